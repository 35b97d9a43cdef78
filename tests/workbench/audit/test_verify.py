"""The audit log is a hash chain, and `audit verify` holds the scored tables to it: a change made with
sqlite3 (a deduction, a status, an assignment, a notice number) or to the log itself is named."""

from __future__ import annotations

import itertools
import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from db.connection import open_database
from db.records import GENESIS, chain_hash
from tests.scenarios import LEAD, dispute, two_reviewer_campaign
from workbench.assignment.service import reassign
from workbench.audit.verify import verify
from workbench.campaigns.service import update_settings
from workbench.cli.main import main
from workbench.demo.generator import generate_demo
from workbench.rectification.issuing import issue_notices
from workbench.rectification.notices import void_notice
from workbench.review.recheck import decide_item, finalize_file
from workbench.review.sheets import delete_entry, reopen_sheet, sheet_entry_rows, update_entry

V4 = Path(__file__).resolve().parents[2] / "fixtures" / "v4" / "notices_v4.sqlite"


def worked_campaign(db, tmp_path):
    """A campaign taken through scoring, a dispute settled by the lead, a reassignment, an edit after a
    reopen, and notices issued and one voided: every writer of the checked tables has run."""
    campaign = two_reviewer_campaign(db, tmp_path)
    standard, subject, (a, b), _, differ = dispute(db, campaign)
    decide_item(db, campaign, subject, differ.key, author=LEAD, reason="第二位评查人意见成立", reviewer_id=b)
    finalize_file(db, campaign, subject, author=LEAD)
    sheet_a = db.execute(
        "SELECT id FROM score_sheet WHERE subject_id = ? AND reviewer_id = ?", [subject, a]
    ).fetchone()[0]
    reopen_sheet(db, sheet_a, author=LEAD, reason="页码有误")
    first, second = sheet_entry_rows(db, sheet_a)
    update_entry(db, standard, first.id, author="评查人", audit_reason="更正页码", page=9)
    delete_entry(db, second.id, author="评查人", reason="重复")
    other, old = db.execute(
        "SELECT a.subject_id, a.reviewer_id FROM assignment a WHERE a.campaign_id = ? AND a.subject_id NOT IN"
        " (SELECT subject_id FROM score_sheet) LIMIT 1",
        [campaign.id],
    ).fetchone()
    taken = {r for (r,) in db.execute("SELECT reviewer_id FROM assignment WHERE subject_id = ?", [other])}
    dept = db.execute("SELECT department_id FROM case_file WHERE id = ?", [other]).fetchone()[0]
    free = db.execute(
        "SELECT id FROM reviewer WHERE department_id IS NOT ? AND role != '组长' ORDER BY name", [dept]
    ).fetchall()
    new = next(r for (r,) in free if r not in taken)
    reassign(db, campaign, other, old, new, author=LEAD, reason="回避")
    return campaign, subject


def cli(capsys, path, *args):
    code = main(["--db", str(path), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def edit(path, sql, params=()):
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_every_writer_leaves_the_tables_as_the_log_says(db, tmp_path):
    worked_campaign(db, tmp_path)
    verdict = verify(db)
    assert verdict.ok, verdict.problem
    assert verdict.table_rows == sum(
        db[t].count for t in ("score_entry", "score_sheet", "assignment", "notice")
    )
    assert verdict.audit_rows == db["audit_log"].count


def test_notices_issued_and_voided_verify(db):
    summary = generate_demo(db, files=120, seed=7)
    from workbench.campaigns.service import get_campaign

    campaign = update_settings(
        db, get_campaign(db, summary.campaign_id), author="t", doc_prefix="鄂州司函"
    ).value
    issued = issue_notices(db, campaign, author="科员", deadline_days=15, issued_on=date(2026, 5, 1)).value
    void_notice(db, issued[0].id, author="科员", reason="单位名称有误")
    assert verify(db).ok
    db.execute("UPDATE notice SET number = '鄂州司函〔2026〕99号' WHERE id = ?", [issued[1].id])
    db.conn.commit()
    verdict = verify(db)
    assert "整改通知书" in verdict.problem
    assert "「文号」" in verdict.problem
    assert issued[1].number in verdict.problem


def test_the_chain_links_each_row_to_the_one_before(db, tmp_path):
    worked_campaign(db, tmp_path)
    rows = list(db.query("SELECT * FROM audit_log ORDER BY seq"))
    assert [r["seq"] for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0]["prev_hash"] == GENESIS
    for before, row in itertools.pairwise(rows):
        assert row["prev_hash"] == before["hash"]
        assert row["hash"] == chain_hash(before["hash"], row)


def test_a_deduction_changed_with_sqlite3_fails_verify_naming_it(tmp_path, capsys):
    path = tmp_path / "wb.sqlite"
    db = open_database(path)
    worked_campaign(db, tmp_path)
    entry_id, sheet = db.execute(
        "SELECT id, sheet_id FROM score_entry WHERE kind = 'deduction' ORDER BY id LIMIT 1"
    ).fetchone()
    case = db.execute(
        "SELECT c.case_number FROM score_sheet s JOIN case_file c ON c.id = s.subject_id WHERE s.id = ?",
        [sheet],
    ).fetchone()[0]
    db.close()
    code, out, err = cli(capsys, path, "audit", "verify")
    assert code == 0, err
    assert "审计核验通过" in out
    edit(path, "UPDATE score_entry SET points = '0.5' WHERE id = ?", [entry_id])
    code, out, err = cli(capsys, path, "audit", "verify")
    assert code == 1
    assert entry_id in err
    assert case in err
    assert "「分值」在表中为 0.5" in err


@pytest.mark.parametrize(
    ("sql", "says"),
    [
        ("UPDATE score_sheet SET status = 'draft' WHERE status = 'submitted'", "「状态」在表中为 draft"),
        (
            "UPDATE assignment SET reviewer_id = 'someone-else'"
            " WHERE rowid = (SELECT min(rowid) FROM assignment)",
            "「评查人」",
        ),
        ("DELETE FROM score_entry WHERE rowid = (SELECT max(rowid) FROM score_entry)", "已从表中消失"),
        (
            "INSERT INTO score_entry (id, created_at, updated_at, author, sheet_id, item_key, kind, points)"
            " SELECT 'forged', '', '', 'x', id, 'I001', 'deduction', '2' FROM score_sheet LIMIT 1",
            "扣分记录 forged",
        ),
    ],
)
def test_other_table_edits_are_named(tmp_path, capsys, sql, says):
    path = tmp_path / "wb.sqlite"
    db = open_database(path)
    worked_campaign(db, tmp_path)
    db.close()
    edit(path, sql)
    code, _, err = cli(capsys, path, "audit", "verify")
    assert code == 1
    assert says in err


def test_an_edited_audit_row_is_named(tmp_path, capsys):
    path = tmp_path / "wb.sqlite"
    db = open_database(path)
    worked_campaign(db, tmp_path)
    db.close()
    edit(path, "UPDATE audit_log SET reason = '无' WHERE seq = 5")
    code, _, err = cli(capsys, path, "audit", "verify")
    assert code == 1
    assert "第 5 条审计记录" in err
    assert "内容与其哈希不符" in err


def test_a_forged_hash_breaks_the_link_to_the_next_row(tmp_path, capsys):
    """Recomputing the edited row's own hash is not enough: the next row still points to the old one."""
    path = tmp_path / "wb.sqlite"
    db = open_database(path)
    worked_campaign(db, tmp_path)
    row = next(db.query("SELECT * FROM audit_log WHERE seq = 7"))
    row["author"] = "别人"
    forged = chain_hash(row["prev_hash"], row)
    db.close()
    edit(path, "UPDATE audit_log SET author = '别人', hash = ? WHERE seq = 7", [forged])
    code, _, err = cli(capsys, path, "audit", "verify")
    assert code == 1
    assert "第 8 条审计记录" in err
    assert "不衔接" in err


def test_a_removed_audit_row_is_noticed(tmp_path, capsys):
    path = tmp_path / "wb.sqlite"
    db = open_database(path)
    worked_campaign(db, tmp_path)
    db.close()
    edit(path, "DELETE FROM audit_log WHERE seq = 3")
    code, _, err = cli(capsys, path, "audit", "verify")
    assert code == 1
    assert "第 3 条审计记录缺失" in err


def test_rewriting_the_chain_from_an_edit_on_is_caught_by_the_tables(tmp_path, capsys):
    """A forger who recomputes every hash after the row they changed keeps the chain whole; the table
    the row speaks of still disagrees with it."""
    path = tmp_path / "wb.sqlite"
    db = open_database(path)
    worked_campaign(db, tmp_path)
    (start,) = db.execute("SELECT max(seq) FROM audit_log WHERE table_name = 'assignment'").fetchone()
    rows = list(db.query("SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq", [start]))
    new = json.loads(rows[0]["new_value"])
    new["reviewer_id"] = "someone-else"
    rows[0]["new_value"] = json.dumps(new, ensure_ascii=False)
    prev = rows[0]["prev_hash"]
    for row in rows:
        row["prev_hash"], row["hash"] = prev, chain_hash(prev, row)
        prev = row["hash"]
    db.close()
    conn = sqlite3.connect(path)
    conn.executemany(
        "UPDATE audit_log SET new_value = ?, prev_hash = ?, hash = ? WHERE seq = ?",
        [(r["new_value"], r["prev_hash"], r["hash"], r["seq"]) for r in rows],
    )
    conn.commit()
    conn.close()
    code, _, err = cli(capsys, path, "audit", "verify")
    assert code == 1
    assert "评查分配" in err
    assert "「评查人」" in err


def test_a_v4_file_is_chained_and_recorded_as_it_stood(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copyfile(V4, path)
    raw = sqlite3.connect(path)
    before = raw.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    notices = raw.execute("SELECT count(*) FROM notice").fetchone()[0]
    raw.close()
    db = open_database(path)
    verdict = verify(db)
    assert verdict.ok, verdict.problem
    baseline = db.execute("SELECT count(*) FROM audit_log WHERE action = 'baseline'").fetchone()[0]
    assert baseline == verdict.table_rows >= notices > 0
    assert (
        db.execute("SELECT min(seq), max(seq) FROM audit_log WHERE action = 'baseline'").fetchone()[0]
        > before
    )
    db.close()


def test_a_row_slipped_into_the_log_with_sqlite3_is_named(tmp_path, capsys):
    path = tmp_path / "wb.sqlite"
    db = open_database(path)
    worked_campaign(db, tmp_path)
    db.close()
    edit(
        path,
        "INSERT INTO audit_log (id, at, author, table_name, record_id, action) VALUES"
        " ('slipped', '2026-01-01T00:00:00.000Z', '某人', 'score_entry', 'x', 'delete')",
    )
    code, _, err = cli(capsys, path, "audit", "verify")
    assert code == 1
    assert "没有编号（slipped" in err
