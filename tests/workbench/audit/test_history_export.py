"""A file's history reads as who, when, old → new and why; the inspection workbook holds every row as text."""

from __future__ import annotations

from openpyxl import load_workbook

from db.connection import open_database
from tests.workbench.audit.test_verify import cli, edit, worked_campaign
from workbench.audit.history import file_history
from workbench.review.sheets import reopen_sheet


def test_a_files_history_names_the_edit_its_values_and_reason(db, tmp_path):
    campaign, subject = worked_campaign(db, tmp_path)
    rows = file_history(db, campaign.id, subject)
    actions = [r.action for r in rows]
    assert actions.index("新增") < actions.index("提交") < actions.index("退回") < actions.index("修改")
    (update,) = [r for r in rows if r.action == "修改"]
    assert update.author == "评查人"
    assert update.reason == "更正页码"
    assert update.new.startswith("扣 ")
    assert update.new.endswith("（第 9 页）")
    assert update.old != update.new
    (reopen,) = [r for r in rows if r.action == "退回"]
    assert (reopen.old, reopen.new, reopen.reason) == ("已提交", "草稿", "页码有误")
    assert "复核：采用评查人意见" in actions
    assert "定分" in actions
    assert all(r.at[:2] == "20" and len(r.at) == 19 for r in rows)


def test_another_files_history_is_not_mixed_in(db, tmp_path):
    campaign, subject = worked_campaign(db, tmp_path)
    other = db.execute(
        "SELECT subject_id FROM assignment WHERE subject_id != ? ORDER BY subject_id LIMIT 1", [subject]
    ).fetchone()[0]
    assert all(r.reason != "更正页码" for r in file_history(db, campaign.id, other))


def test_export_writes_every_row_and_keeps_formula_like_text_as_text(tmp_path, capsys):
    path = tmp_path / "wb.sqlite"
    db = open_database(path)
    worked_campaign(db, tmp_path)

    sheet = db.execute(
        "SELECT id FROM score_sheet WHERE status = 'submitted' AND role = 'review'"
    ).fetchone()[0]
    reopen_sheet(db, sheet, author='=HYPERLINK("http://x")', reason="=1+1")
    count = db["audit_log"].count
    db.close()
    out = tmp_path / "audit.xlsx"
    code, stdout, err = cli(capsys, path, "audit", "export", "--out", out)
    assert code == 0, err
    assert stdout.strip().splitlines()[-1] == str(out)
    book = load_workbook(out)
    summary = {r[0]: r[1] for r in book["核验"].iter_rows(values_only=True)}
    assert summary["核验结果"] == "通过"
    ws = book["审计日志"]
    assert ws.max_row == count + 1
    last = list(ws[ws.max_row])
    assert last[2].value == '=HYPERLINK("http://x")'
    assert last[2].data_type == "s"
    assert last[8].value == "=1+1"
    assert last[8].data_type == "s"


def test_export_of_a_tampered_log_says_so(tmp_path, capsys):
    path = tmp_path / "wb.sqlite"
    db = open_database(path)
    worked_campaign(db, tmp_path)
    db.close()
    edit(path, "UPDATE audit_log SET author = '别人' WHERE seq = 4")
    out = tmp_path / "audit.xlsx"
    assert cli(capsys, path, "audit", "export", "--out", out)[0] == 0
    summary = {r[0]: r[1] for r in load_workbook(out)["核验"].iter_rows(values_only=True)}
    assert summary["核验结果"] == "未通过"
    assert "第 4 条审计记录" in summary["问题"]


def test_export_refuses_another_file_type(tmp_path, capsys):
    path = tmp_path / "wb.sqlite"
    open_database(path).close()
    code, _, err = cli(capsys, path, "audit", "export", "--out", tmp_path / "audit.csv")
    assert code == 2
    assert ".xlsx" in err
    assert not (tmp_path / "audit.csv").exists()
