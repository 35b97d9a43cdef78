"""`round create` from the command line: units named, listed in a file or a sheet column; the checklist
imports through `standard import` and `standard list` tells it from a case-file standard."""

from __future__ import annotations

import sqlite3

import pytest
from openpyxl import Workbook

from tests.conftest import REPO
from workbench.cli.main import main
from workbench.cli.round_commands import read_units

CHECKLIST = REPO / "resources" / "checklists" / "法治政府建设督察考核清单.xlsx"
CASE_STANDARD = REPO / "resources" / "standards" / "示例-评查标准模板.xlsx"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def query(path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path, capsys):
    """A database holding the shipped checklist and a case-file standard."""
    path = tmp_path / "round.sqlite"
    assert run(capsys, "--db", path, "standard", "import", CASE_STANDARD)[0] == 0
    code, out, _ = run(capsys, "--db", path, "standard", "import", CHECKLIST)
    assert code == 0
    assert "督察清单“法治政府建设督察考核清单”" in out
    return path


def test_standard_list_shows_the_kind(db, capsys):
    code, out, _ = run(capsys, "--db", db, "standard", "list")
    assert code == 0
    kinds = {line.split("\t")[-1]: line.split("\t")[1] for line in out.splitlines()}
    assert kinds["法治政府建设督察考核清单"] == "督察清单"
    assert set(kinds.values()) == {"督察清单", "评查标准"}


def test_round_create_names_units_and_prints_the_id_last(db, tmp_path, capsys):
    units = tmp_path / "units.txt"
    units.write_text("\ufeff市交通运输局\n\n 甲区人民政府 \n市生态环境局\n", encoding="utf-8")
    code, out, err = run(
        capsys,
        "--db",
        db,
        "--user",
        "法治办",
        "round",
        "create",
        "2026年法治政府建设督察",
        "--checklist",
        "法治政府建设督察考核清单",
        "--unit",
        "市市场监督管理局",
        "--unit",
        "市交通运输局",  # also in the file: counted once
        "--units-file",
        units,
        "--doc-prefix",
        "鄂州法督",
        "--reviewers-per-file",
        "3",
    )
    assert code == 0, err
    round_id = out.splitlines()[-1]
    assert "被督察单位 4 个" in out
    ((name, year, kind, prefix, per_unit),) = query(
        db,
        "SELECT name, year, subject_kind, doc_prefix, reviewers_per_file FROM campaign WHERE id = ?",
        [round_id],
    )
    assert (name, year, kind, prefix, per_unit) == ("2026年法治政府建设督察", 2026, "unit", "鄂州法督", 3)
    subjects = query(
        db,
        "SELECT d.name FROM campaign_subject cs JOIN department d ON d.id = cs.subject_id "
        "WHERE cs.campaign_id = ? ORDER BY d.name",
        [round_id],
    )
    assert sorted(n for (n,) in subjects) == sorted(
        ["市市场监督管理局", "市交通运输局", "甲区人民政府", "市生态环境局"]
    )
    code, out, _ = run(capsys, "--db", db, "campaign", "list")
    assert round_id in out


def test_a_case_file_standard_or_no_unit_is_refused_and_nothing_created(db, capsys):
    code, _, err = run(
        capsys,
        "--db",
        db,
        "round",
        "create",
        "督察",
        "--checklist",
        "示例评查标准（演示用）",
        "--unit",
        "市交通运输局",
    )
    assert code == 2
    assert "不是督察清单" in err
    code, _, err = run(
        capsys, "--db", db, "round", "create", "督察", "--checklist", "法治政府建设督察考核清单"
    )
    assert code == 2
    assert "至少要包含一个被督察单位" in err
    assert query(db, "SELECT count(*) FROM campaign") == [(0,)]
    assert query(db, "SELECT count(*) FROM department") == [(0,)]


def test_units_come_from_a_unit_column_or_a_one_name_per_row_sheet(tmp_path):
    book = Workbook()
    book.active.append(["2026年督察单位名单"])
    book.active.append(["序号", "单位", "联系人"])
    book.active.append([1, "市交通运输局", "王一"])
    book.active.append([2, "乙县人民政府", "李二"])
    book.save(tmp_path / "units.xlsx")
    assert read_units(tmp_path / "units.xlsx") == ["市交通运输局", "乙县人民政府"]

    plain = tmp_path / "plain.csv"
    plain.write_text("市交通运输局\n乙县人民政府\n", encoding="gb18030")
    assert read_units(plain) == ["市交通运输局", "乙县人民政府"]


def test_a_sheet_without_a_unit_column_is_refused(tmp_path, capsys, db):
    register = tmp_path / "register.csv"
    register.write_text("案号,执法部门\n交罚〔2026〕1号,市交通运输局\n", encoding="utf-8")
    code, _, err = run(
        capsys, "--db", db, "round", "create", "督察", "--checklist", "法治政府建设督察考核清单",
        "--units-file", register,
    )  # fmt: skip
    assert code == 2
    assert "找不到“单位”列" in err
    assert query(db, "SELECT count(*) FROM campaign") == [(0,)]
