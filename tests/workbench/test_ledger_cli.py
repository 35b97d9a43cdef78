"""`workbench ledger`: list (text and JSON, overdue only), report, verify, close and export; refusals are
Chinese on stderr with exit code 2 and change nothing."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from db.connection import open_database
from tests.workbench.ledger_helpers import issued_campaign
from workbench.cli.main import main

TODAY = date.today()


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ledger_db(tmp_path):
    """A database with issued notices; (path, campaign id, notice numbers, deadline)."""
    path = tmp_path / "wb.sqlite"
    db = open_database(path)
    campaign, notices = issued_campaign(db)
    db.close()
    return path, campaign.id, [n.number for n in notices], notices[0].deadline


def status_of(path, key: str) -> str:
    number, _, line = key.partition("#")
    db = open_database(path)
    try:
        sql = "SELECT r.status FROM rectification r JOIN notice n ON n.id = r.notice_id WHERE n.number = ?"
        return db.execute(f"{sql} AND r.line = ?", [number, int(line)]).fetchone()[0]
    finally:
        db.close()


def test_list_shows_every_line_and_json_carries_the_summary(ledger_db, capsys):
    path, campaign, numbers, _ = ledger_db
    code, out, err = run(capsys, "--db", path, "ledger", "--campaign", campaign)
    assert code == 0
    rows = out.strip().splitlines()
    assert rows[0].startswith("事项\t单位\t案号")
    assert rows[1].startswith(f"{numbers[0]}#1\t")
    assert "已下发" in rows[1]
    assert f"共 {len(rows) - 1} 项" in err

    code, out, _ = run(capsys, "--db", path, "ledger", "--campaign", campaign[:8], "--json")
    data = json.loads(out)
    assert len(data["lines"]) == len(rows) - 1
    assert data["lines"][0]["key"] == f"{numbers[0]}#1"
    assert data["lines"][0]["status_label"] == "已下发"
    assert sum(s["lines"] for s in data["summary"]) == len(rows) - 1


def test_overdue_lists_only_late_lines_as_of_the_day_given(ledger_db, capsys):
    path, campaign, _, deadline = ledger_db
    code, out, _ = run(capsys, "--db", path, "ledger", "--campaign", campaign, "--overdue")
    assert code == 0
    assert out.strip().splitlines()[1:] == []
    late = deadline + timedelta(days=1)
    _, out, err = run(capsys, "--db", path, "ledger", "--campaign", campaign, "--overdue", "--today", late)
    lines = out.strip().splitlines()[1:]
    assert lines
    assert all(line.endswith("\t逾期") for line in lines)
    assert f"逾期 {len(lines)}" in err


def test_report_verify_close_then_export(ledger_db, capsys, tmp_path):
    path, campaign, numbers, _ = ledger_db
    first, second = f"{numbers[0]}#1", f"{numbers[0]}#2"
    code, out, _ = run(
        capsys,
        "--db",
        path,
        "--user",
        "科员",
        "ledger",
        "report",
        first,
        second,
        "--date",
        TODAY,
        "--text",
        "已整改",
    )
    assert (code, out.splitlines()) == (0, [f"{first}\t已反馈", f"{second}\t已反馈"])
    code, out, _ = run(capsys, "--db", path, "ledger", "verify", second, "--return", "--text", "材料不全")
    assert (code, out.strip()) == (0, f"{second}\t退回")
    code, out, _ = run(capsys, "--db", path, "ledger", "verify", first, "--pass")
    assert (code, out.strip()) == (0, f"{first}\t审核通过")
    code, out, _ = run(capsys, "--db", path, "--user", "组长", "ledger", "close", first, "--reason", "到位")
    assert (code, out.strip()) == (0, f"{first}\t已销号")

    target = tmp_path / "台账.xlsx"
    code, out, _ = run(capsys, "--db", path, "ledger", "export", "--campaign", campaign, "--out", target)
    assert (code, out.strip()) == (0, str(target))
    ws = load_workbook(target)["整改台账"]
    header = [c.value for c in ws[1]]
    row = dict(zip(header, (c.value for c in ws[2]), strict=True))
    assert (row["状态"], row["销号人"], row["退回或销号说明"]) == ("已销号", "组长", "到位")
    code, _, _ = run(capsys, "--db", path, "ledger", "--campaign", campaign, "export", "--out", target)
    assert code == 0  # the campaign may come before the action too


def test_refusals_are_chinese_exit_2_and_change_nothing(ledger_db, capsys):
    path, _, numbers, _ = ledger_db
    first, second = f"{numbers[0]}#1", f"{numbers[0]}#2"
    run(capsys, "--db", path, "ledger", "report", first, "--date", TODAY, "--text", "已整改")
    run(capsys, "--db", path, "ledger", "verify", first, "--pass")
    code, out, err = run(capsys, "--db", path, "ledger", "close", first, second)
    assert (code, out) == (2, "")
    assert f"整改事项 {second}（已下发）不能销号" in err
    assert (status_of(path, first), status_of(path, second)) == ("verified", "issued")
    code, _, err = run(capsys, "--db", path, "ledger", "verify", second, "--return")
    assert code == 2
    assert "只有已反馈的事项才能审核" in err
    code, _, err = run(
        capsys, "--db", path, "ledger", "report", f"{numbers[0]}#999", "--date", TODAY, "--text", "x"
    )
    assert (code, err.strip()) == (2, f"错误：找不到整改事项：{numbers[0]}#999")
    code, _, err = run(capsys, "--db", path, "ledger")
    assert (code, err.strip()) == (2, "错误：请用 --campaign 指定评查活动。")
    with pytest.raises(SystemExit):
        main(["--db", str(path), "ledger", "report", first, "--date", "2026-13-01", "--text", "x"])
    assert "YYYY-MM-DD" in capsys.readouterr().err
