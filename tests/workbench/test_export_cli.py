"""`workbench export xlsx|pdf` end to end: the written paths on stdout, one a line; Chinese errors, exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

import workbench.exports.pdf.bulletin
import workbench.exports.pdf.feedback
import workbench.exports.pdf.fonts
import workbench.exports.pdf.notice
import workbench.exports.pdf.sheets
from db.connection import open_database
from workbench.campaigns.service import get_campaign, update_settings
from workbench.cli.main import main
from workbench.exports.workbook import SHEETS


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path, capsys) -> tuple[Path, str]:
    """A 60-file demo database and its campaign id."""
    db = tmp_path / "demo.sqlite"
    code, out, _ = run(capsys, "--db", db, "demo", "--files", 60, "--seed", 4)
    assert code == 0
    return db, out.strip().splitlines()[-1]


@pytest.fixture
def fake_pdfs(monkeypatch) -> list[str]:
    """PDF writers that write a few bytes (the writers are tested in tests/workbench/documents)."""
    made: list[str] = []

    def write(*args, **kwargs):
        path = next(Path(a) for a in args if str(a).endswith(".part"))
        path.write_bytes(b"%PDF-1.4 fake\n")
        made.append(path.name)
        return 1

    class Fonts:
        notes = ()

    monkeypatch.setattr(workbench.exports.pdf.fonts, "load_fonts", lambda files=None: Fonts())
    for module, name in (
        (workbench.exports.pdf.sheets, "write_evaluation_sheets"),
        (workbench.exports.pdf.feedback, "write_feedback"),
        (workbench.exports.pdf.bulletin, "write_bulletin"),
        (workbench.exports.pdf.notice, "write_notice"),
    ):
        monkeypatch.setattr(module, name, write)
    return made


def test_export_xlsx_writes_the_workbook_and_prints_its_path(demo, tmp_path, capsys):
    db, campaign = demo
    target = tmp_path / "结果" / "评查结果.xlsx"
    code, out, err = run(capsys, "--db", db, "export", "xlsx", "--campaign", campaign[:8], "--out", target)
    assert code == 0, err
    assert out.splitlines() == [str(target)]
    assert load_workbook(target, read_only=True).sheetnames == list(SHEETS)
    assert sorted(p.name for p in target.parent.iterdir()) == ["评查结果.xlsx"]


def test_export_xlsx_into_a_folder_uses_the_campaign_name(demo, tmp_path, capsys):
    db, campaign = demo
    code, out, _ = run(capsys, "--db", db, "export", "xlsx", "--campaign", campaign, "--out", tmp_path)
    assert code == 0
    assert Path(out.strip()).name == "2026年度全市行政执法案卷评查-评查结果.xlsx"
    assert Path(out.strip()).is_file()


def test_export_pdf_of_one_kind_and_department(demo, tmp_path, capsys, fake_pdfs):
    db, campaign = demo
    report = json.loads(run(capsys, "--db", db, "report", "--campaign", campaign, "--json")[1])
    first, second = (d["department"] for d in report["departments"][:2])
    out_dir = tmp_path / "文书"
    args = ("--db", db, "export", "pdf", "--campaign", campaign, "--out", out_dir, "--kind", "feedback")
    code, out, err = run(capsys, *args, "--department", first, "--department", second)
    assert code == 0, err
    written = [Path(p) for p in out.splitlines()]
    assert {p.name for p in written} == {f"评查反馈意见-{first}.pdf", f"评查反馈意见-{second}.pdf"}
    assert sorted(out_dir.iterdir()) == sorted(written)


def test_export_pdf_without_a_kind_writes_all_four(demo, tmp_path, capsys, fake_pdfs):
    db, campaign = demo
    database = open_database(db)
    try:  # the demo sets a 机关代字: take it away
        update_settings(database, get_campaign(database, campaign), author="测试", doc_prefix="")
    finally:
        database.close()
    args = ("--db", db, "export", "pdf", "--campaign", campaign, "--out", tmp_path / "o")
    code, out, err = run(capsys, *args)
    assert code == 2  # notices need the campaign's 机关代字: refused before anything is written
    assert "发文机关代字" in err
    assert out == ""
    assert fake_pdfs == []
    database = open_database(db)
    try:
        update_settings(database, get_campaign(database, campaign), author="测试", doc_prefix="演司函")
    finally:
        database.close()
    code, out, err = run(capsys, *args)
    assert code == 2  # the demo leaves files unscored: numbered documents wait for them
    assert "未定分" in err
    assert "--allow-unfinished" in err
    assert out == ""
    assert fake_pdfs == []
    database = open_database(db)
    try:
        assert database["notice"].count == 0  # no number taken
    finally:
        database.close()
    code, out, err = run(capsys, *args, "--allow-unfinished")
    assert code == 0, err
    kinds = {Path(p).stem.split("-")[0] for p in out.splitlines()}
    assert kinds == {"评查表", "评查反馈意见", "评查通报", "整改通知书"}


def test_export_errors_are_chinese_and_exit_2(demo, tmp_path, capsys, fake_pdfs):
    db, campaign = demo
    code, _, err = run(
        capsys, "--db", db, "export", "pdf", "--campaign", campaign, "--out", tmp_path / "x", "--kind",
        "sheets", "--department", "不存在局",
    )  # fmt: skip
    assert code == 2
    assert "找不到执法部门“不存在局”" in err
    assert fake_pdfs == []
    target = tmp_path / "y.xlsx"
    code, _, err = run(capsys, "--db", db, "export", "xlsx", "--campaign", "没有这个活动", "--out", target)
    assert code == 2
    assert "找不到评查活动" in err
    assert not target.exists()
