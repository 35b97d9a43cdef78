"""A campaign with a disputed file run to the end with the command line alone, and the CLI's guards:
`--campaign` resolution, `campaign set`, `demo` twice, `export --out` folders and suffixes."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook, load_workbook

from tests.conftest import SHARED_STANDARDS
from workbench.cli.main import main

SURVEYING = SHARED_STANDARDS / "surveying_penalty_standard.csv"
FORMAT_ITEM = "使用国家局制定或经备案的行政执法文书格式文本"  # fixed: 扣2分
ONE_CASE_ONE_FILE = "一案一卷"  # fixed: 扣1分


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


def ok(capsys, *args) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert "内部错误" not in err
    return out


def test_a_campaign_with_a_disputed_file_runs_to_the_end_on_the_command_line(tmp_path, capsys):
    db = tmp_path / "cli.sqlite"
    header = ["案号", "案件名称", "当事人", "承办人", "立案日期", "结案日期", "执法部门"]
    rows = [
        [
            f"测罚〔2026〕{n}号",
            f"测绘案{n}",
            "甲公司",
            "王一、李二",
            "2026-01-05",
            "2026-02-01",
            "市自然资源局",
        ]
        for n in range(1, 5)
    ] + [
        [f"住建罚〔2026〕{n}号", f"建设案{n}", "乙公司", "赵三、钱四", "2026-01-07", "2026-02-10", "市住建局"]
        for n in range(1, 5)
    ]
    ok(capsys, "--db", db, "cases", "import", write_xlsx(tmp_path / "cases.xlsx", [header, *rows]))
    standard_id = ok(capsys, "--db", db, "standard", "import", SURVEYING).strip().splitlines()[-1]
    out = ok(capsys, "--db", db, "campaign", "create", "2026年测绘案卷评查", "--standard", standard_id)
    campaign = out.strip().splitlines()[-1]
    # the published fragment adds up to 14 points: no "below 60" line, or every file would be flagged
    out = ok(
        capsys, "--db", db, "campaign", "set", campaign[:8], "--doc-prefix", "鄂州司函", "--recheck-below", ""
    )
    assert "鄂州司函" in out

    drawn = ok(
        capsys, "--db", db, "sample", "--campaign", campaign, "--seed", "2026", "--per-department", "2"
    )
    drawn = drawn.split()
    assert len(drawn) == 4

    people = [
        ["姓名", "所在单位", "角色"],
        ["周评", "市住建局", "评查人员"],
        ["吴评", "市住建局", "评查人员"],
        ["郑评", "市自然资源局", "评查人员"],
        ["王评", "市自然资源局", "评查人员"],
        ["李组长", "市司法局", "组长"],
    ]
    ok(capsys, "--db", db, "reviewers", "import", write_xlsx(tmp_path / "people.xlsx", people))
    ok(capsys, "--db", db, "assign", "--campaign", campaign, "--reviewers-per-file", "2")
    pairs = json.loads(ok(capsys, "--db", db, "assignments", "--campaign", campaign, "--json"))
    reviewers: dict[str, list[str]] = {}
    for p in pairs:
        reviewers.setdefault(p["case_number"], []).append(p["reviewer"])
    assert sorted(reviewers) == sorted(drawn)

    disputed = drawn[0]
    first, second = sorted(reviewers[disputed])
    sheet = [["案号", "评查项目", "扣分", "理由", "页码", "评查人"]]
    for case in drawn:
        for name in sorted(reviewers[case]):
            if case == disputed and name == first:
                sheet.append([case, FORMAT_ITEM, 2, "未使用规定文书", 3, name])
                sheet.append([case, ONE_CASE_ONE_FILE, 1, "两案合卷", None, name])
            elif case == disputed:
                sheet.append([case, ONE_CASE_ONE_FILE, 1, "两案合卷", None, name])
            else:
                sheet.append([case, "无扣分", None, "", None, name])  # a clean file: a sheet without entries
    out = ok(
        capsys,
        "--db",
        db,
        "scores",
        "import",
        write_xlsx(tmp_path / "scores.xlsx", sheet),
        "--campaign",
        campaign,
    )
    assert "8 份评查表" in out

    queue = json.loads(ok(capsys, "--db", db, "recheck", "list", "--campaign", campaign, "--json"))
    assert [f["case_number"] for f in queue] == [disputed]
    (item,) = queue[0]["items"]  # 一案一卷 agrees; only the format item is disputed
    assert item["item"] == FORMAT_ITEM
    values = {r["reviewer"]: r["entries"] for r in item["reviewers"]}
    assert values[first][0]["points"] == "2"
    assert values[first][0]["reason"] == "未使用规定文书"
    assert values[second] == []
    assert "未决定" in ok(capsys, "--db", db, "recheck", "list", "--campaign", campaign)

    code, _, err = run(
        capsys,
        "--db",
        db,
        "--user",
        "李组长",
        "recheck",
        "finalize",
        "--campaign",
        campaign,
        "--case",
        disputed,
    )
    assert code == 2
    assert "还有 1 个有分歧的评查项目未复核" in err
    out = ok(
        capsys,
        "--db", db, "--user", "李组长",
        "recheck", "decide", "--campaign", campaign, "--case", disputed,
        "--item", FORMAT_ITEM, "--take", first, "--reason", "复核确认未使用规定文书",
    )  # fmt: skip
    assert "recheck finalize" in out
    out = ok(
        capsys,
        "--db",
        db,
        "--user",
        "李组长",
        "recheck",
        "finalize",
        "--campaign",
        campaign,
        "--case",
        disputed,
    )
    assert "已定分" in out

    report = json.loads(ok(capsys, "--db", db, "report", "--campaign", campaign, "--json"))
    assert report["summary"]["final"] == 4
    assert report["summary"]["awaiting_arbitration"] == 0
    files = {f["case_number"]: f for f in report["files"]}
    assert files[disputed]["total"] == files[drawn[1]]["total"] - 3  # 2 (decided) + 1 (agreed)
    assert not json.loads(ok(capsys, "--db", db, "recheck", "list", "--campaign", campaign, "--json"))

    out_dir = tmp_path / "导出"
    written = ok(capsys, "--db", db, "export", "xlsx", "--campaign", campaign, "--out", f"{out_dir}/").strip()
    assert written.startswith(str(out_dir))
    assert written.endswith(".xlsx")
    assert load_workbook(written).sheetnames[0] == "汇总"


@pytest.fixture
def demo_db(tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    campaign = ok(capsys, "--db", db, "demo", "--files", "40").strip().splitlines()[-1]
    return db, campaign


def test_demo_on_a_database_that_has_it_says_so(capsys, demo_db):
    db, campaign = demo_db
    code, _, err = run(capsys, "--db", db, "demo", "--files", "40", "--seed", "9")
    assert code == 2
    assert "已有演示数据" in err
    assert campaign in err


@pytest.mark.parametrize("key", ["%", "_", "a", "%%%%%%", "______"])
def test_wildcards_and_one_character_do_not_resolve_a_campaign(capsys, demo_db, key):
    db, _ = demo_db
    code, _, err = run(capsys, "--db", db, "report", "--campaign", key)
    assert code == 2
    assert "评查活动" in err


def test_a_campaign_resolves_by_id_prefix_of_six_or_by_exact_name(capsys, demo_db):
    db, campaign = demo_db
    assert ok(capsys, "--db", db, "report", "--campaign", campaign[:6])
    assert ok(capsys, "--db", db, "report", "--campaign", "2026年度全市行政执法案卷评查")
    code, _, err = run(capsys, "--db", db, "report", "--campaign", campaign[:5])
    assert code == 2
    assert "至少要有 6 位" in err


def test_campaign_set_changes_the_recheck_rule_and_keeps_the_rest(capsys, demo_db):
    db, campaign = demo_db
    out = ok(
        capsys, "--db", db, "campaign", "set", campaign, "--recheck-gap", "10", "--reviewers-per-file", "3"
    )
    assert "每件 3 名" in out
    assert "相差超过 10 分" in out
    assert "低于 60 分" in out  # the default line stays
    code, _, err = run(capsys, "--db", db, "campaign", "set", campaign, "--reviewers-per-file", "9")
    assert code == 2
    assert "1 到 3" in err


def test_export_out_suffix_must_match_and_a_folder_gets_the_default_name(capsys, demo_db, tmp_path):
    db, campaign = demo_db
    code, _, err = run(
        capsys, "--db", db, "export", "xlsx", "--campaign", campaign, "--out", tmp_path / "r.pdf"
    )
    assert code == 2
    assert ".xlsx" in err
    assert not (tmp_path / "r.pdf").exists()
    code, _, err = run(
        capsys, "--db", db, "export", "pdf", "--campaign", campaign, "--out", tmp_path / "r.xlsx"
    )
    assert code == 2
    written = ok(capsys, "--db", db, "export", "xlsx", "--campaign", campaign, "--out", tmp_path / "新文件夹")
    assert (tmp_path / "新文件夹").is_dir()
    assert written.strip().endswith("评查结果.xlsx")
