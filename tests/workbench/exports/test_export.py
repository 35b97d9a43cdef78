"""The export service: files appear under their final names only when the whole run is complete; a
cancel or an error leaves the folder as it was; notices are numbered once and written again from their
records."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

import workbench.exports.pdf.bulletin
import workbench.exports.pdf.feedback
import workbench.exports.pdf.fonts
import workbench.exports.pdf.notice
import workbench.exports.pdf.sheets
from db.connection import open_database
from workbench.campaigns.service import Campaign, UnknownDepartment, get_campaign, update_settings
from workbench.common.changes import Changes
from workbench.common.jobs import Cancelled
from workbench.demo.generator import generate_demo
from workbench.exports.checks import KINDS, PDF_KINDS, NothingToExport, NoticePrefixMissing, UnknownExportKind
from workbench.exports.service import export_job, export_outputs
from workbench.exports.staging import safe_file_name
from workbench.exports.workbook import SHEETS
from workbench.rectification.ledger import ledger
from workbench.rectification.notices import campaign_notices
from workbench.reporting.figures import campaign_figures

FAKE = b"%PDF-1.4 fake\n"


@pytest.fixture
def campaign(db) -> Campaign:
    """A 60-file demo campaign with a notice prefix."""
    created = get_campaign(db, generate_demo(db, files=60, seed=5).campaign_id)
    return update_settings(db, created, author="测试", doc_prefix="演司函").value


@pytest.fixture
def fake_pdfs(monkeypatch):
    """PDF writers that write a few bytes and record what they were asked for; no fonts are loaded."""
    calls: list[tuple[str, str]] = []

    def fake(kind: str):
        def write(*args, fonts=None, cancel=None, **kwargs):
            path = next(a for a in args if isinstance(a, Path | str) and str(a).endswith(".part"))
            Path(path).write_bytes(FAKE)
            calls.append((kind, Path(path).name))
            return 1

        return write

    monkeypatch.setattr(workbench.exports.pdf.fonts, "load_fonts", lambda files=None: _Fonts())
    monkeypatch.setattr(workbench.exports.pdf.sheets, "write_evaluation_sheets", fake("sheets"))
    monkeypatch.setattr(workbench.exports.pdf.feedback, "write_feedback", fake("feedback"))
    monkeypatch.setattr(workbench.exports.pdf.bulletin, "write_bulletin", fake("bulletin"))
    monkeypatch.setattr(workbench.exports.pdf.notice, "write_notice", fake("notice"))
    return calls


@pytest.fixture
def out(tmp_path) -> Path:
    """The export folder (tmp_path itself holds the database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


class _Fonts:
    notes = ("未找到仿宋_GB2312，正文改用文泉驿微米黑（已嵌入）。",)


def names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_the_workbook_alone_gets_the_campaign_name(db, campaign, tmp_path):
    out = tmp_path / "out"
    written = export_outputs(db, campaign, out, ["xlsx"], author="测试").value
    assert [p.name for p in written] == [f"{campaign.name}-评查结果.xlsx"]
    assert names(out) == {written[0].name}
    assert load_workbook(written[0], read_only=True).sheetnames == list(SHEETS)


def test_every_kind_writes_one_file_per_department(db, campaign, out, fake_pdfs):
    units = [u.unit for u in campaign_figures(db, campaign).units]
    written = export_outputs(db, campaign, out, KINDS, author="测试", allow_unfinished=True).value
    expected = {f"{campaign.name}-评查结果.xlsx", "评查通报.pdf"}
    for unit in units:
        expected |= {f"评查表-{unit}.pdf", f"评查反馈意见-{unit}.pdf"}
    notices = {n.department for n in campaign_notices(db, campaign)}
    expected |= {f"整改通知书-{unit}.pdf" for unit in notices}
    assert {p.name for p in written} == names(out) == expected
    assert notices
    assert notices <= set(units)
    assert all(p.read_bytes() == FAKE for p in written if p.suffix == ".pdf")
    assert written.notes[0].startswith("未找到仿宋")


def test_departments_limit_the_per_department_files(db, campaign, out, fake_pdfs):
    unit = campaign_figures(db, campaign).units[0].unit
    written = export_outputs(db, campaign, out, ["sheets", "feedback"], departments=[unit], author="测").value
    assert {p.name for p in written} == {f"评查表-{unit}.pdf", f"评查反馈意见-{unit}.pdf"}
    with pytest.raises(UnknownDepartment):
        export_outputs(db, campaign, out, ["sheets"], departments=["不存在的局"], author="测")


def test_notices_are_numbered_once_and_rewritten_from_their_records(db, campaign, tmp_path, fake_pdfs):
    issued = export_outputs(db, campaign, tmp_path / "a", ["notices"], author="测试", allow_unfinished=True)
    first = [(n.department, n.number) for n in campaign_notices(db, campaign)]
    lines = [line.id for line in ledger(db, campaign, today=date.today())]  # the notices open these lines
    assert lines
    assert issued.changes == Changes.of(
        notices=[n.id for n in campaign_notices(db, campaign)], ledger_lines=lines
    )
    again = export_outputs(db, campaign, tmp_path / "b", ["notices"], author="测试", allow_unfinished=True)
    assert not again.changes  # written again from their records: nothing issued, nobody told to refresh
    assert [(n.department, n.number) for n in campaign_notices(db, campaign)] == first
    assert names(tmp_path / "b") == {f"整改通知书-{d}.pdf" for d, _ in first} == {p.name for p in again.value}
    assert all("〔" in number and number.endswith("号") for _, number in first)


def test_cancel_leaves_the_folder_as_it_was(db, campaign, out, fake_pdfs, monkeypatch):
    (out / "评查通报.pdf").write_bytes(b"an earlier export")
    (out / "notes.txt").write_text("mine")
    cancel = threading.Event()
    real = workbench.exports.pdf.feedback.write_feedback

    def write_then_cancel(*args, **kwargs):
        cancel.set()  # the user presses Cancel while the first feedback is being written
        return real(*args, **kwargs)

    monkeypatch.setattr(workbench.exports.pdf.feedback, "write_feedback", write_then_cancel)
    with pytest.raises(Cancelled):
        export_outputs(db, campaign, out, KINDS, author="测试", allow_unfinished=True, cancel=cancel)
    assert names(out) == {"评查通报.pdf", "notes.txt"}
    assert (out / "评查通报.pdf").read_bytes() == b"an earlier export"
    assert any(kind == "sheets" for kind, _ in fake_pdfs)  # some files were complete, and are gone
    assert campaign_notices(db, campaign) == []  # notices come last: none was issued


def test_an_error_removes_the_files_of_the_run_and_is_raised(db, campaign, out, fake_pdfs, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(workbench.exports.pdf.bulletin, "write_bulletin", broken)
    kinds = ["xlsx", "sheets", "bulletin"]
    with pytest.raises(RuntimeError, match="disk on fire"):
        export_outputs(db, campaign, out, kinds, author="测试", allow_unfinished=True)
    assert names(out) == set()


def test_notices_need_a_prefix_before_anything_is_written(db, out, fake_pdfs):
    campaign = get_campaign(db, generate_demo(db, files=30, seed=6).campaign_id)
    campaign = update_settings(db, campaign, author="测试", doc_prefix="").value  # the demo sets one
    with pytest.raises(NoticePrefixMissing, match="发文机关代字"):
        export_outputs(db, campaign, out, KINDS, author="测试", allow_unfinished=True)
    assert names(out) == set()
    assert fake_pdfs == []


def test_kinds_are_checked(db, campaign, out):
    with pytest.raises(NothingToExport):
        export_outputs(db, campaign, out, [], author="测试")
    with pytest.raises(UnknownExportKind, match="docx"):
        export_outputs(db, campaign, out, ["xlsx", "docx"], author="测试")
    assert names(out) == set()


def test_file_names_are_safe_on_windows():
    assert safe_file_name('评查表-a\\b/c:d*e?f"g<h>i|j.pdf') == "评查表-a_b_c_d_e_f_g_h_i_j.pdf"
    assert safe_file_name("名称. ") == "名称"
    long = safe_file_name("局" * 300 + ".pdf")
    assert len(long) <= 120
    assert long.endswith(".pdf")


def test_a_campaign_name_with_slashes_still_names_its_workbook(db, campaign, out):
    db["campaign"].update(campaign.id, {"name": "2026/上半年:评查"})
    written = export_outputs(db, get_campaign(db, campaign.id), out, ["xlsx"], author="测试").value
    assert [p.name for p in written] == ["2026_上半年_评查-评查结果.xlsx"]


def test_the_job_opens_its_own_connection_and_reports_progress(db, campaign, out):
    seen: list[tuple[int, int]] = []
    written = export_job(
        Path(db.conn.execute("PRAGMA database_list").fetchone()[2]),
        campaign.id,
        out,
        ["xlsx"],
        author="测试",
        progress=lambda done, total: seen.append((done, total)),
    ).value
    assert len(written) == 1
    assert seen[-1][0] == seen[-1][1]


def test_real_writers_make_pdfs(tmp_path):
    """The documents modules themselves, on a small campaign (fonts from the system)."""
    db = open_database(tmp_path / "real.sqlite")
    try:
        campaign = get_campaign(db, generate_demo(db, files=40, seed=9).campaign_id)
        campaign = update_settings(db, campaign, author="测试", doc_prefix="演司函").value
        unit = campaign_figures(db, campaign).units[0].unit
        written = export_outputs(
            db, campaign, tmp_path / "out", PDF_KINDS, departments=[unit], author="测", allow_unfinished=True
        ).value
    finally:
        db.close()
    assert {p.suffix for p in written} == {".pdf"}
    assert len(written) >= 3
    assert all(p.read_bytes().startswith(b"%PDF") for p in written)
