"""The navigator: campaigns, and under each its departments with assigned / scored / submitted counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ui.changes import hub
from ui.errors import show_error
from ui.jobs import Job, start_job
from workbench.campaigns.service import Campaign, list_campaigns
from workbench.common.changes import Changes
from workbench.common.workspace import Workspace
from workbench.reporting.progress import (
    DepartmentProgress,
    campaign_progress,
    departments_progress,
    progress_of_campaigns,
    total_progress,
)

CAMPAIGN, DEPARTMENT = 1, 2


class Navigator(QTreeWidget):
    campaign_selected = Signal(object, object)  # (Campaign, department name or None for all)
    counts_loaded = Signal()  # the departments and their counts arrived from the background job

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
        self.counts_pending = False
        self._generation = 0  # each load; a count job's answer for an older one is dropped
        self._stale = False
        hub().changed.connect(self.on_changed)

    def load(self, workspace: Workspace, *, background: bool = False) -> None:
        """The campaigns with their departments and counts. background=True lists the campaigns at once
        and their departments when a job has counted them (a second on 100,000 files): the window
        does not wait for them; counts_loaded follows."""
        self.workspace = workspace
        self._generation += 1
        self.blockSignals(True)
        self.clear()
        campaigns = list_campaigns(workspace.db)
        for campaign in campaigns:
            name = self.tr("{name} (closed)").format(name=campaign.name) if campaign.closed else campaign.name
            node = QTreeWidgetItem(self, [name, ""])
            node.setData(0, Qt.ItemDataRole.UserRole, (CAMPAIGN, campaign, None))
            if not background:
                self._fill(node, campaign, campaign_progress(workspace.db, campaign))
            node.setExpanded(True)
        self.blockSignals(False)
        if background:
            self._count_later(workspace, campaigns)

    def _count_later(self, workspace: Workspace, campaigns: list[Campaign]) -> None:
        self.counts_pending, self._stale = True, False
        generation = self._generation
        job = Job(_counted, generation, workspace.path, campaigns)
        job.signals.finished.connect(self._counts_arrived)  # a bound slot: dropped if the window closes
        job.signals.failed.connect(self._count_failed)
        start_job(job, after_paint=True)

    def _count_failed(self, exc: BaseException) -> None:
        self.counts_pending = False
        show_error(self, exc)

    def _counts_arrived(self, counted: Counted) -> None:
        """The departments under each campaign; counted again if anything changed meanwhile."""
        generation, campaigns, counts = counted
        if self.workspace is None or generation != self._generation:
            return  # loaded again since: that load's job answers
        if self._stale:
            self._count_later(self.workspace, campaigns)
            return
        self.blockSignals(True)  # adding children moves no selection, but be sure nothing is announced
        for i in range(self.topLevelItemCount()):
            node = self.topLevelItem(i)
            _, campaign, _ = node.data(0, Qt.ItemDataRole.UserRole)
            self._fill(node, campaign, counts.get(campaign.id, []))
        self.blockSignals(False)
        self.counts_pending = False
        self.counts_loaded.emit()

    def _fill(self, node: QTreeWidgetItem, campaign: Campaign, rows: list[DepartmentProgress]) -> None:
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
        if self.counts_pending:  # the job's counts may predate this change: count again when they come
            self._stale = True
            if not changes.everything:
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


Counted = tuple[int, list[Campaign], dict[str, list[DepartmentProgress]]]


def _counted(generation: int, path: Path, campaigns: list[Campaign], **job: Any) -> Counted:
    """The count job: which load it answers, and each campaign's departments with their counts."""
    return generation, campaigns, progress_of_campaigns(path, campaigns, **job)
