"""Registers as offices keep them (issue 18): totals and footers, hidden sheets, look-alike 案号, and an
updated register imported again with `update`."""

from __future__ import annotations

import sqlite3

import pytest
from openpyxl import Workbook

from db.connection import open_database
from db.keys import identity_key
from db.migrations import SCHEMA_VERSION
from tests.workbench.cases.helpers import HEADER, case, counts, register, stored
from workbench.cases.importer import import_cases
from workbench.common.errors import UserErrors


def test_identity_key_folds_what_a_reader_cannot_tell_apart():
    same = [
        "某监罚〔2026〕1号",
        "某监罚(２０２６)1号",
        "某监罚（2026）1号",
        "\ufeff某监罚[2026]1号\u200b",
        "某监罚 〔2026〕 1号",
    ]
    assert {identity_key(s) for s in same} == {"某监罚〔2026〕1号"}
    assert identity_key("某监罚〔2026〕1号") != identity_key("某监罚〔2026〕11号")


def test_totals_and_footers_are_skipped_and_listed(db, tmp_path):
    path = register(
        tmp_path / "r.xlsx",
        case(1),
        case(2),
        ["合计", "", "", "", "", "", "", "2401", ""],
        ["填表人：王五", None, None, None, "审核人：赵六"],
        [None, None, None, None, None, "制表日期：2026年4月1日"],
    )
    result = import_cases(db, path, author="t").value
    assert result.imported == 2
    assert [(row, text) for _, row, text in result.skipped_rows] == [
        (6, "合计"),
        (7, "填表人：王五"),
        (8, "制表日期：2026年4月1日"),
    ]
    assert any(
        line.startswith("跳过合计行和落款行：工作表“案件”第 6 行（合计）") for line in result.summary()
    )


def test_a_hidden_sheet_is_not_imported_and_the_summary_says_so(db, tmp_path):
    book = Workbook()
    shown = book.active
    shown.title = "案件"
    for row in (HEADER, case(1)):
        shown.append(row)
    for state in ("hidden", "veryHidden"):
        sheet = book.create_sheet(f"旧台账{state}")
        sheet.append(HEADER)
        sheet.append(case(9))
        sheet.sheet_state = state
    book.save(path := tmp_path / "r.xlsx")
    result = import_cases(db, path, author="t").value
    assert [r["case_number"] for r in stored(db)] == ["某监罚〔2026〕1号"]
    assert (
        "未导入隐藏的工作表：旧台账hidden、旧台账veryHidden（如需导入，请在 Excel 中取消隐藏后重新导入）"
        in result.summary()
    )


def test_look_alike_numbers_within_one_file_are_one_case(db, tmp_path):
    path = register(tmp_path / "r.xlsx", case(1), case(2, 案号="某监罚（２０２６）1号"))
    with pytest.raises(UserErrors) as exc:
        import_cases(db, path, author="t")
    assert (
        "第 5 行「案号」列：案号“某监罚（２０２６）1号”与第 4 行的“某监罚〔2026〕1号”只差全角半角"
        in exc.value.message
    )
    assert counts(db) == (0, 0)


def test_a_department_spelt_with_an_invisible_character_is_the_same_department(db, tmp_path):
    import_cases(db, register(tmp_path / "a.xlsx", case(1)), author="t")
    import_cases(db, register(tmp_path / "b.xlsx", case(2, 执法部门="市场监督\u200b管理局 ")), author="t")
    assert counts(db) == (2, 1)


def test_update_lists_each_change_writes_it_audited_and_deletes_nothing(db, tmp_path):
    import_cases(db, register(tmp_path / "a.xlsx", case(1), case(2), case(3)), author="t")
    updated = register(
        tmp_path / "b.xlsx",
        case(1),
        case(2, 结案日期="2026-04-20", 金额="3,000"),
        case(4),
    )
    with pytest.raises(UserErrors, match="命令行加 --update"):
        import_cases(db, updated, author="t")
    preview = import_cases(db, updated, author="t", update=True, dry_run=True).value
    lines = preview.summary()
    assert "共 3 条案件：新案件 1 条，更新 1 条，与案件库相同 1 条（不删除台账中没有的案件）" in lines
    assert (
        "  某监罚〔2026〕2号：结案日期：2026-04-01 → 2026-04-20；处罚金额：1,200.50 元 → 3,000.00 元" in lines
    )
    assert len(stored(db)) == 3
    import_cases(db, updated, author="王五", update=True)
    rows = {r["case_number"]: r for r in stored(db)}
    assert sorted(rows) == [
        "某监罚〔2026〕1号",
        "某监罚〔2026〕2号",
        "某监罚〔2026〕3号",
        "某监罚〔2026〕4号",
    ]
    assert rows["某监罚〔2026〕2号"]["closed_on"] == "2026-04-20"
    assert rows["某监罚〔2026〕2号"]["amount_fen"] == 300_000
    [audit] = db.execute(
        "SELECT author, old_value, new_value FROM audit_log WHERE action = 'update_from_register'"
    )
    assert audit[0] == "王五"
    assert '"closed_on": "2026-04-01"' in audit[1]
    assert '"closed_on": "2026-04-20"' in audit[2]


def test_the_migration_backfills_the_keys_of_stored_rows(tmp_path):
    path = tmp_path / "old.sqlite"
    db = open_database(path)
    db.execute(
        "INSERT INTO department (id, created_at, updated_at, name) VALUES ('d', 'x', 'x', '司法\u200b局')"
    )
    db.execute(
        "INSERT INTO case_file (id, created_at, updated_at, case_number, department_id)"
        " VALUES ('c', 'x', 'x', '司罚（２０２６）1号', 'd')"
    )
    db.conn.commit()
    db.close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE case_file SET case_key = NULL")
    raw.execute("UPDATE department SET name_key = NULL")
    raw.commit()
    raw.close()
    from sqlite_utils import Database

    from db.steps.s0007_normalised_keys import normalised_keys  # the step, on rows without their keys

    again = Database(path)  # as a v5 database was: without the key columns
    for table, key in (("case_file", "case_key"), ("department", "name_key"), ("reviewer", "name_key")):
        again.execute(f"DROP INDEX idx_{table}_{key}")
        again[table].transform(drop={key})
    normalised_keys(again)
    assert again.execute("SELECT case_key FROM case_file").fetchone()[0] == "司罚〔2026〕1号"
    assert again.execute("SELECT name_key FROM department").fetchone()[0] == "司法局"
    again.close()
    assert open_database(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
