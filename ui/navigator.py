"""The navigator: campaigns, and under each its departments with assigned / scored / submitted counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from workbench.campaigns.service import Campaign, list_campaigns
from workbench.common.workspace import Workspace
from workbench.reporting.progress import campaign_progress, total_progress

CAMPAIGN, DEPARTMENT = 1, 2


class Navigator(QTreeWidget):
    campaign_selected = Signal(object, object)  # (Campaign, department name or None for all)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Campaign / department"), self.tr("Assigned / scored / submitted")])
        self.setUniformRowHeights(True)
        self.currentItemChanged.connect(self.on_current)
        self.workspace: Workspace | None = None

    def load(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.blockSignals(True)
        self.clear()
        for campaign in list_campaigns(workspace.db):
            node = QTreeWidgetItem(self, [campaign.name, ""])
            node.setData(0, Qt.ItemDataRole.UserRole, (CAMPAIGN, campaign, None))
            self._fill(node, campaign)
            node.setExpanded(True)
        self.blockSignals(False)
        self.resizeColumnToContents(0)

    def _fill(self, node: QTreeWidgetItem, campaign: Campaign) -> None:
        assert self.workspace is not None
        rows = campaign_progress(self.workspace.db, campaign)
        node.takeChildren()
        for row in rows:
            child = QTreeWidgetItem(node, [row.department, _counts(row)])
            child.setData(0, Qt.ItemDataRole.UserRole, (DEPARTMENT, campaign, row.department))
            child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        node.setText(1, _counts(total_progress(rows)))
        node.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def refresh_counts(self) -> None:
        """Recount after edits (cheap: one grouped query per campaign)."""
        for i in range(self.topLevelItemCount()):
            node = self.topLevelItem(i)
            _, campaign, _ = node.data(0, Qt.ItemDataRole.UserRole)
            rows = {r.department: r for r in campaign_progress(self.workspace.db, campaign)}
            for j in range(node.childCount()):
                child = node.child(j)
                if (row := rows.get(child.text(0))) is not None:
                    child.setText(1, _counts(row))
            node.setText(1, _counts(total_progress(list(rows.values()))))

    def select_campaign(self, campaign_id: str) -> bool:
        for i in range(self.topLevelItemCount()):
            node = self.topLevelItem(i)
            if node.data(0, Qt.ItemDataRole.UserRole)[1].id == campaign_id:
                self.setCurrentItem(node)
                return True
        return False

    def on_current(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        _, campaign, department = current.data(0, Qt.ItemDataRole.UserRole)
        self.campaign_selected.emit(campaign, department)


def _counts(row) -> str:
    return f"{row.assigned} / {row.scored} / {row.submitted}"
