"""A supervision round scored through the screens and exported through the export dialog: the workbook
and the PDFs come out for units (督察), with the scores the panel showed."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings

import ui.errors
from tests.ui.test_supervision_round import inspector_window, score_one_of_each_kind
from tests.workbench.exports.pdf import pdf_checks
from tests.workbench.exports.round_helpers import (
    DOC_PREFIX,
    ROUND_NAME,
    UNITS,
    score_units,
    set_up_round,
    unit_seats,
)
from ui.errors import messages
from ui.exports import ExportDialog
from ui.jobs import running_jobs, stop_jobs
from ui.settings import UiSettings
from workbench.common.workspace import Workspace
from workbench.rectification.notices import campaign_notices
from workbench.reporting.report import campaign_report

BY_PANEL = "甲区人民政府"  # scored through the scoring panel; the other units through the services


@pytest.fixture
def shown(qtbot, tmp_path, monkeypatch):
    """Message boxes recorded, never shown; no job left running."""
    monkeypatch.setattr(ui.errors, "log_folder", lambda: tmp_path / "logs")
    with messages.recording(answers=[True] * 20) as boxes:
        yield boxes
    assert stop_jobs(5000)
    qtbot.waitUntil(lambda: not running_jobs(), timeout=5000)


def test_a_round_scored_on_screen_exports_its_workbook_and_documents(qtbot, tmp_path, shown):
    path = tmp_path / "round.sqlite"
    office = Workspace.open(path, author="法治办")
    round_ = set_up_round(office.db, tmp_path)
    subject_id, _, inspector = unit_seats(office.db, round_)[BY_PANEL]

    window = inspector_window(qtbot, path, inspector, tmp_path / "inspector.ini", round_.id)
    panel = score_one_of_each_kind(window, subject_id)
    shown_total = panel.result.total
    assert shown_total == 96  # 100 − 4 (not met) − 1 (兼管) − 2 (two defects) + 3 (bonus)
    panel.submit()
    score_units(office.db, round_, [u for u in UNITS if u != BY_PANEL])

    settings = UiSettings(QSettings(str(tmp_path / "office.ini"), QSettings.Format.IniFormat))
    dialog = ExportDialog(office, round_, settings)
    qtbot.addWidget(dialog)
    opened = []
    dialog.open_folder = opened.append  # no file manager under tests
    dialog.open()
    assert {dialog.departments.item(n).text() for n in range(dialog.departments.count())} == set(UNITS)
    out = tmp_path / "导出"
    dialog.set_folder(out)
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as blocker:
        dialog.export_button.click()
    written = {p.name: p for p in blocker.args[0]}
    assert opened == [out]
    assert shown[0].kind == "ask"  # submit the sheet?
    assert all(box.kind == "inform" for box in shown[1:])  # at most a note on the fonts substituted

    # the workbook: the round's sheets, the panel's score, totals re-added from the detail rows
    book = load_workbook(written[f"{ROUND_NAME}-督察结果.xlsx"])
    assert book.sheetnames == ["汇总", "单位排名", "单位得分", "扣分明细", "常见问题"]
    units = {row[0]: row for row in book["单位得分"].iter_rows(min_row=2, values_only=True)}
    head = next(book["单位得分"].iter_rows(values_only=True))
    assert head[:2] == ("被督察单位", "督察人员")
    total, grade = head.index("总分"), head.index("等次")
    assert Decimal(str(units[BY_PANEL][total])) == shown_total
    assert units[BY_PANEL][grade] == panel.result.grade
    assert units[BY_PANEL][1] == inspector
    net: dict[str, Decimal] = defaultdict(Decimal)
    for unit, _, _, kind, _, counted, *_ in book["扣分明细"].iter_rows(min_row=2, values_only=True):
        if kind in ("否决", "不适用"):  # listed, counting no points
            continue
        net[unit] += Decimal(str(counted)) * (1 if kind == "加分" else -1)
    assert Decimal(100) + net[BY_PANEL] == shown_total
    report = campaign_report(office.db, round_)
    ranks = {d["department"]: d["rank"] for d in report["departments"]}
    assert {row[1]: row[0] for row in book["单位排名"].iter_rows(min_row=2, values_only=True)} == ranks

    # the PDFs: embedded fonts, A4, 督察 wording, the unit names and the notice numbers
    for name in (f"督察评分表-{BY_PANEL}.pdf", f"督察反馈意见-{BY_PANEL}.pdf", "督察情况通报.pdf"):
        assert pdf_checks.all_fonts_embedded(written[name]), name
        assert pdf_checks.is_a4(written[name]), name
        content = pdf_checks.squeeze(pdf_checks.text(written[name], layout=False))
        assert "督察" in content
        assert BY_PANEL in content
    bulletin = pdf_checks.squeeze(pdf_checks.text(written["督察情况通报.pdf"], layout=False))
    assert all(unit in bulletin for unit in UNITS)
    notices = {n.department: n for n in campaign_notices(office.db, round_)}
    assert set(notices) == set(UNITS)
    mine = notices[BY_PANEL]
    assert mine.number.startswith(f"{DOC_PREFIX}〔{date.today().year}〕")
    notice_pdf = written[f"整改通知书-{BY_PANEL}.pdf"]
    assert pdf_checks.all_fonts_embedded(notice_pdf)
    assert pdf_checks.is_a4(notice_pdf)
    content = pdf_checks.squeeze(pdf_checks.text(notice_pdf, layout=False))
    assert mine.number in content
    assert f"关于{BY_PANEL}法治政府建设督察发现问题整改的通知" in content
    office.close()
