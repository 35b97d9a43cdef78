"""The command line end to end: import a register and a standard, create a campaign, import paper
scores, and read the report; bad input exits 2 with row-named errors and changes nothing."""

from __future__ import annotations

import json
import sqlite3

import pytest
from openpyxl import Workbook

from tests.conftest import SHARED_STANDARDS
from workbench.cli.main import main

SURVEYING = SHARED_STANDARDS / "surveying_penalty_standard.csv"


def write_xlsx(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def table_counts(path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = ("case_file", "department", "standard", "campaign", "score_sheet", "score_entry")
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}  # noqa: S608
    finally:
        conn.close()


@pytest.fixture
def campaign(tmp_path, capsys):
    """A database with three case files, the 测绘 standard and a campaign over all files."""
    db = tmp_path / "cli.sqlite"
    register = write_xlsx(
        tmp_path / "cases.xlsx",
        [
            ["2026年测绘行政处罚案件台账"],
            ["案号", "案件名称", "当事人", "承办人", "立案日期", "结案日期", "处罚金额", "执法部门"],
            [
                "测罚〔2026〕1号",
                "甲公司违法测绘案",
                "甲公司",
                "王一、李二",
                "2026-01-05",
                "2026/2/1",
                "1万元",
                "市自然资源局",
            ],
            [
                "测罚〔2026〕2号",
                "乙公司违法测绘案",
                "乙公司",
                "王一、李二",
                "2026.1.6",
                "2026年2月3日",
                "5000",
                "市自然资源局",
            ],
            [
                "住建罚〔2026〕7号",
                "丙公司未批先建案",
                "丙公司",
                "赵三、钱四",
                "2026-01-07",
                "2026-02-10",
                "",
                "市住建局",
            ],
        ],
    )
    assert run(capsys, "--db", db, "cases", "import", register)[0] == 0
    code, out, _ = run(capsys, "--db", db, "standard", "import", SURVEYING)
    assert code == 0
    standard_id = out.strip().splitlines()[-1]
    code, out, _ = run(
        capsys, "--db", db, "campaign", "create", "2026年测绘案卷评查", "--standard", standard_id
    )
    assert code == 0
    return db, out.strip().splitlines()[-1]


def test_paper_scores_flow_into_the_json_report(tmp_path, capsys, campaign):
    db, campaign_id = campaign
    scores = write_xlsx(
        tmp_path / "scores.xlsx",
        [
            ["案号", "评查项目", "扣分", "理由", "页码", "评查人"],
            ["测罚〔2026〕1号", "按国家局制定的测绘地理信息行政执法文书规范填写", 3, "漏填三项", 4, "周评"],
            [
                "测罚〔2026〕1号",
                "卷内材料逐页编号，页号用阿拉伯数字写在有文字页的右下角；案卷封面、卷内目录、备考表不编号",
                3,
                "三处未编号",
                7,
                "周评",
            ],
            ["测罚〔2026〕2号", "执法人员不少于2人", None, "仅一人询问", 2, "周评"],
            ["住建罚〔2026〕7号", "一案一卷", 1, "两案合卷", None, "吴评"],
        ],
    )
    code, out, err = run(capsys, "--db", db, "scores", "import", scores, "--campaign", campaign_id)
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "report", "--campaign", campaign_id, "--json")
    assert code == 0
    report = json.loads(out)
    files = {f["case_number"]: f for f in report["files"]}
    # 14 points in the published fragment: item 2 loses 3 (of 4), item 7 floors at 0 (of 2)
    assert files["测罚〔2026〕1号"]["total"] == 14 - 3 - 2
    assert files["测罚〔2026〕2号"] == {
        **files["测罚〔2026〕2号"],
        "total": 0,
        "grade": "不合格",
        "veto": True,
    }
    assert files["住建罚〔2026〕7号"]["total"] == 13
    depts = {d["department"]: d for d in report["departments"]}
    assert depts["市自然资源局"]["mean"] == 4.5
    assert depts["市自然资源局"]["files"] == 2
    assert depts["市住建局"]["rank"] == 1
    assert depts["市自然资源局"]["grades"]["不合格"] == 2
    assert isinstance(depts["市自然资源局"]["mean"], float)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (["测罚〔2026〕9号", "一案一卷", 1, "x"], "第 2 行「案号」列：案号“测罚〔2026〕9号”不在本评查活动中"),
        (["测罚〔2026〕1号", "卷宗装帧精美", 1, "x"], "第 2 行「评查项目」列"),
        (["测罚〔2026〕1号", "一案一卷", 2, "x"], "不允许扣 2 分：只能扣 1 分"),
        (["测罚〔2026〕1号", "一案一卷", "两分", "x"], "扣分“两分”不是数字"),
        (["测罚〔2026〕1号", "执法人员不少于2人", 3, "x"], "是否决项，扣分应留空"),
    ],
)
def test_a_bad_score_row_is_named_and_nothing_is_imported(tmp_path, capsys, campaign, row, expected):
    db, campaign_id = campaign
    good = ["测罚〔2026〕2号", "一案一卷", 1, "两案合卷"]
    scores = write_xlsx(tmp_path / "bad.xlsx", [["案号", "评查项目", "扣分", "理由"], row, good])
    before = table_counts(db)
    code, _, err = run(capsys, "--db", db, "scores", "import", scores, "--campaign", campaign_id)
    assert code == 2
    assert expected in err
    assert "Traceback" not in err
    assert table_counts(db) == before


def test_importing_the_same_paper_sheet_twice_is_refused(tmp_path, capsys, campaign):
    db, campaign_id = campaign
    scores = write_xlsx(
        tmp_path / "s.xlsx", [["案号", "评查项目", "扣分", "理由"], ["测罚〔2026〕1号", "一案一卷", 1, "x"]]
    )
    assert run(capsys, "--db", db, "scores", "import", scores, "--campaign", campaign_id)[0] == 0
    code, _, err = run(capsys, "--db", db, "scores", "import", scores, "--campaign", campaign_id)
    assert code == 2
    assert "已存在，不能重复导入" in err


def test_campaign_create_prints_the_id_last_and_limits_to_departments(tmp_path, capsys, campaign):
    db, _ = campaign
    code, out, _ = run(capsys, "--db", db, "standard", "list")
    standard_id = out.split()[0]
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "campaign",
        "create",
        "住建专项",
        "--standard",
        standard_id,
        "--department",
        "市住建局",
    )
    assert code == 0
    new_id = out.strip().splitlines()[-1]
    conn = sqlite3.connect(db)
    assert (
        conn.execute("SELECT count(*) FROM campaign_subject WHERE campaign_id = ?", [new_id]).fetchone()[0]
        == 1
    )
    code, _, err = run(
        capsys, "--db", db, "campaign", "create", "x", "--standard", standard_id, "--department", "不存在局"
    )
    assert code == 2
    assert "找不到执法部门“不存在局”" in err


def test_unknown_campaign_and_standard_are_user_errors(tmp_path, capsys):
    db = tmp_path / "empty.sqlite"
    code, _, err = run(capsys, "--db", db, "report", "--campaign", "nope", "--json")
    assert code == 2
    assert "找不到评查活动" in err
    code, _, err = run(capsys, "--db", db, "campaign", "create", "x", "--standard", "nope")
    assert code == 2


def test_a_paper_sheet_with_no_deduction_records_a_submitted_clean_sheet(tmp_path, capsys, campaign):
    db, campaign_id = campaign
    scores = write_xlsx(
        tmp_path / "clean.xlsx",
        [
            ["案号", "评查项目", "扣分", "理由", "评查人"],
            ["测罚〔2026〕1号", "无扣分", None, None, "周评"],  # the whole file is clean
            ["测罚〔2026〕2号", "一案一卷", 0, "", "周评"],  # 扣分 0: checked, nothing deducted
        ],
    )
    code, out, err = run(capsys, "--db", db, "scores", "import", scores, "--campaign", campaign_id)
    assert code == 0, err
    assert "0 条扣分" in out
    assert "2 份评查表" in out
    report = json.loads(run(capsys, "--db", db, "report", "--campaign", campaign_id, "--json")[1])
    files = {f["case_number"]: f for f in report["files"]}
    assert files["测罚〔2026〕1号"]["total"] == 14  # full marks of the 14-point fragment
    assert files["测罚〔2026〕2号"]["total"] == 14
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM score_entry").fetchone()[0] == 0
    assert {r[0] for r in conn.execute("SELECT status FROM score_sheet")} == {"submitted"}


def test_a_no_deduction_row_with_points_is_refused(tmp_path, capsys, campaign):
    db, campaign_id = campaign
    scores = write_xlsx(
        tmp_path / "odd.xlsx", [["案号", "评查项目", "扣分", "理由"], ["测罚〔2026〕1号", "无扣分", 2, "x"]]
    )
    code, _, err = run(capsys, "--db", db, "scores", "import", scores, "--campaign", campaign_id)
    assert code == 2
    assert "第 2 行「扣分」列" in err
