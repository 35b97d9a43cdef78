"""评查人员名单 import: roles and column synonyms, existing reviewers reported not duplicated, departments
created, and any bad row named by sheet, row and column with nothing imported."""

from __future__ import annotations

import csv

import pytest
from openpyxl import Workbook

from workbench.assignment.reviewers import import_reviewers
from workbench.cli.main import main
from workbench.common.changes import Changes
from workbench.common.errors import UserErrors


def write_xlsx(path, rows, title="评查人员"):
    book = Workbook()
    book.active.title = title
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def write_csv(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def count(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608


GOOD = [
    ["2026年评查人员名单"],
    ["序号", "姓名", "单位", "角色"],
    [1, "张三", "市司法局", "组长"],
    [2, "李四", "市交通运输局", "评查人员"],
    [3, "王五", "市自然资源局", ""],
    [4, "赵六", "市交通运输局", "成员"],
]


def test_import_roles_departments_and_summary(db, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", GOOD)
    preview = import_reviewers(db, path, author="测试", dry_run=True)
    assert count(db, "reviewer") == 0
    assert count(db, "department") == 0
    assert len(preview.value.added) == 4
    assert not preview.changes  # a preview changes nothing
    done = import_reviewers(db, path, author="测试")
    result = done.value
    # what changed: the four reviewers added, by id
    assert done.changes == Changes.of(reviewers=[r for (r,) in db.execute("SELECT id FROM reviewer")])
    rows = db.execute(
        "SELECT r.name, d.name, r.role FROM reviewer r JOIN department d ON d.id = r.department_id"
    ).fetchall()
    assert sorted(rows) == sorted(
        [
            ("张三", "市司法局", "lead"),
            ("李四", "市交通运输局", "reviewer"),
            ("王五", "市自然资源局", "reviewer"),
            ("赵六", "市交通运输局", "reviewer"),
        ]
    )
    assert result.new_departments == ["市交通运输局", "市司法局", "市自然资源局"]
    assert result.summary()[0] == "已导入 4 名评查人员（其中组长 1 名）。"
    assert count(db, "audit_log") == 1


def test_existing_reviewer_is_reported_not_duplicated(db, tmp_path):
    import_reviewers(db, write_xlsx(tmp_path / "a.xlsx", GOOD), author="测试")
    again = write_csv(
        tmp_path / "b.csv",
        [["姓名", "所在部门", "角色"], ["李四", "市交通运输局", "评查员"], ["李四", "市应急管理局", "牵头"]],
    )
    result = import_reviewers(db, again, author="测试").value
    assert result.existing == [("李四", "市交通运输局")]
    assert result.added == [("李四", "市应急管理局", "lead")]
    assert count(db, "reviewer") == 5
    assert any("已存在、未重复导入：李四（市交通运输局）" in line for line in result.summary())


def test_bad_role_names_the_row_and_imports_nothing(db, tmp_path):
    rows = [*GOOD, [5, "孙七", "市市场监管局", "观察员"], [6, "", "市市场监管局", "成员"]]
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    with pytest.raises(UserErrors) as exc:
        import_reviewers(db, path, author="测试")
    msg = exc.value.message
    assert "工作表“评查人员”第 7 行「角色」列：角色“观察员”无法识别" in msg
    assert "第 8 行「姓名」列：姓名为空" in msg
    assert count(db, "reviewer") == 0
    assert count(db, "department") == 0


def test_duplicate_row_and_missing_header(db, tmp_path):
    dup = write_csv(tmp_path / "d.csv", [["姓名", "所在单位"], ["甲", "市司法局"], ["甲", "市司法局"]])
    with pytest.raises(UserErrors, match="第 3 行「姓名」列：“甲（市司法局）”与第 2 行重复"):
        import_reviewers(db, dup, author="测试")
    none = write_csv(tmp_path / "n.csv", [["名字", "地方"], ["甲", "市司法局"]])
    with pytest.raises(UserErrors, match="找不到表头"):
        import_reviewers(db, none, author="测试")
    assert count(db, "reviewer") == 0


def test_cli_reviewers_import(tmp_path, capsys):
    db_path = tmp_path / "cli.sqlite"
    bad = write_csv(tmp_path / "bad.csv", [["姓名", "所在单位", "角色"], ["甲", "市司法局", "主任"]])
    assert main(["--db", str(db_path), "reviewers", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "第 2 行「角色」列：角色“主任”无法识别" in err
    good = write_xlsx(tmp_path / "good.xlsx", GOOD)
    assert main(["--db", str(db_path), "reviewers", "import", str(good), "--dry-run"]) == 0
    assert "预览（未写入）" in capsys.readouterr().out
    assert main(["--db", str(db_path), "reviewers", "import", str(good)]) == 0
    assert "已导入 4 名评查人员" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("评查人", "reviewer"),
        ("评查员", "reviewer"),
        ("组员", "reviewer"),
        ("专家", "reviewer"),
        ("组长", "lead"),
        ("副组长", "lead"),
        ("", "reviewer"),
    ],
)
def test_the_role_words_offices_print(db, tmp_path, word, role):
    path = write_csv(tmp_path / "r.csv", [["姓名", "所在单位", "角色"], ["甲", "市司法局", word]])
    assert import_reviewers(db, path, author="测试").value.added == [("甲", "市司法局", role)]


def test_a_name_with_an_invisible_character_is_the_reviewer_already_stored(db, tmp_path):
    import_reviewers(
        db, write_csv(tmp_path / "a.csv", [["姓名", "所在单位"], ["王五", "市司法局"]]), author="t"
    )
    again = write_csv(tmp_path / "b.csv", [["姓名", "所在单位"], ["王\u200b五 ", "市司法局\ufeff"]])
    result = import_reviewers(db, again, author="t").value
    assert (result.added, result.existing) == ([], [("王五", "市司法局")])


def test_the_conflicts_column_declares_conflicts_and_names_unknown_units(db, tmp_path):
    rows = [
        ["姓名", "单位", "回避单位"],
        ["张三", "市司法局", "市交通运输局、市自然资源局"],
        ["李四", "市交通运输局", ""],
        ["王五", "市自然资源局", "市某不存在局"],
    ]
    with pytest.raises(UserErrors) as raised:
        import_reviewers(db, write_xlsx(tmp_path / "bad.xlsx", rows), author="组长")
    (problem,) = raised.value.errors
    assert "回避单位" in problem.message
    assert "市某不存在局" in problem.message
    assert count(db, "reviewer") == 0

    rows[3][2] = "市司法局"
    done = import_reviewers(db, write_xlsx(tmp_path / "good.xlsx", rows), author="组长")
    result = done.value
    # what changed: the three reviewers added, two of whom also declared conflicts
    assert done.changes == Changes.of(reviewers=[r for (r,) in db.execute("SELECT id FROM reviewer")])
    assert sorted(result.conflicts) == [
        ("张三", "市交通运输局"),
        ("张三", "市自然资源局"),
        ("王五", "市司法局"),
    ]
    assert count(db, "conflict") == 3
    again = import_reviewers(db, write_xlsx(tmp_path / "good.xlsx", rows), author="组长")
    assert again.value.conflicts == []  # declared once
    assert not again.changes
    assert count(db, "conflict") == 3


def test_reviewers_conflict_add_on_the_command_line(tmp_path, capsys):
    path = tmp_path / "w.sqlite"
    roster = write_xlsx(
        tmp_path / "r.xlsx", [["姓名", "单位"], ["张三", "市司法局"], ["李四", "市交通运输局"]]
    )
    assert main(["--db", str(path), "reviewers", "import", str(roster)]) == 0
    args = ["--db", str(path), "reviewers", "conflict", "add", "--reviewer", "张三"]
    assert main([*args, "--department", "市交通运输局", "--reason", "曾在该局任职"]) == 0
    assert main([*args, "--department", "市无此局", "--reason", "x"]) == 2  # named, nothing written
    assert main([*args, "--reason", "缺少对象"]) == 2
    capsys.readouterr()
    assert main(["--db", str(path), "reviewers", "conflict", "list"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == "张三\t市交通运输局\t曾在该局任职"


def test_argparse_speaks_chinese(capsys):
    with pytest.raises(SystemExit) as raised:
        main(["reviewers", "conflict", "add", "--reviewer", "张三"])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("用法：")
    assert "缺少必需的参数：--reason" in err
