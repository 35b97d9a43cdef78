"""The navigator: campaigns, and under each its departments with assigned / scored / submitted counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ui.changes import hub
from workbench.campaigns.service import Campaign, list_campaigns
from workbench.common.changes import Changes
from workbench.common.workspace import Workspace
from workbench.reporting.progress import (
    DepartmentProgress,
    campaign_progress,
    departments_progress,
    total_progress,
)

CAMPAIGN, DEPARTMENT = 1, 2


class Navigator(QTreeWidget):
    campaign_selected = Signal(object, object)  # (Campaign, department name or None for all)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Campaign / department"), self.tr("Assigned / scored / submitted")])
        self.setUniformRowHeights(True)
        self.header().setStretchLastSection(False)  # the counts keep their width; long names give way
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.currentItemChanged.connect(self.on_current)
        self.workspace: Workspace | None = None
        hub().changed.connect(self.on_changed)

    def load(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.blockSignals(True)
        self.clear()
        for campaign in list_campaigns(workspace.db):
            name = self.tr("{name} (closed)").format(name=campaign.name) if campaign.closed else campaign.name
            node = QTreeWidgetItem(self, [name, ""])
            node.setData(0, Qt.ItemDataRole.UserRole, (CAMPAIGN, campaign, None))
            self._fill(node, campaign)
            node.setExpanded(True)
        self.blockSignals(False)

    def _fill(self, node: QTreeWidgetItem, campaign: Campaign) -> None:
        assert self.workspace is not None
        rows = campaign_progress(self.workspace.db, campaign)
        node.takeChildren()
        for row in rows:
            child = QTreeWidgetItem(node, [row.department, _counts(row)])
            child.setData(0, Qt.ItemDataRole.UserRole, (DEPARTMENT, campaign, row.department))
            child.setData(1, Qt.ItemDataRole.UserRole, row)
            child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        node.setText(1, _counts(total_progress(rows)))
        node.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def refresh_counts(self) -> None:
        """Recount every campaign (one grouped query each)."""
        for i in range(self.topLevelItemCount()):
            node = self.topLevelItem(i)
            _, campaign, _ = node.data(0, Qt.ItemDataRole.UserRole)
            self._show_counts(node, campaign_progress(self.workspace.db, campaign), whole=True)

    def on_changed(self, changes: Changes) -> None:
        """From the hub: a changed campaign is recounted whole; an edited file recounts its department."""
        if self.workspace is None:
            return
        if changes.everything:
            self.load(self.workspace)
            return
        for i in range(self.topLevelItemCount()):
            node = self.topLevelItem(i)
            _, campaign, _ = node.data(0, Qt.ItemDataRole.UserRole)
            if campaign.id in changes.campaigns:
                self._show_counts(node, campaign_progress(self.workspace.db, campaign), whole=True)
            elif changes.subjects:
                rows = departments_progress(self.workspace.db, campaign, changes.subjects)
                self._show_counts(node, rows, whole=False)

    def _show_counts(self, node: QTreeWidgetItem, rows: list[DepartmentProgress], *, whole: bool) -> None:
        """Set the departments' counts in `rows`; the campaign's total from all its departments' texts."""
        by_name = {r.department: r for r in rows}
        totals = []
        for j in range(node.childCount()):
            child = node.child(j)
            if (row := by_name.get(child.text(0))) is not None:
                child.setText(1, _counts(row))
                child.setData(1, Qt.ItemDataRole.UserRole, row)
            elif whole:
                continue
            if (shown := child.data(1, Qt.ItemDataRole.UserRole)) is not None:
                totals.append(shown)
        node.setText(1, _counts(total_progress(list(by_name.values()) if whole else totals)))

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


def _counts(row: DepartmentProgress) -> str:
    return f"{row.assigned} / {row.scored} / {row.submitted}"
