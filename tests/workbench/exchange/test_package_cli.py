"""`workbench package …` end to end: issue, open on two laptops, paper scores there, return, merge."""

from __future__ import annotations

import json

from db.connection import open_database
from tests.conftest import REPO
from tests.workbench.exchange.helpers import make_master
from tests.workbench.small_campaign import FIXED, OTHER_FIXED
from workbench.assignment.reviewers import import_reviewers
from workbench.assignment.service import assign_campaign
from workbench.campaigns.service import campaign_standard
from workbench.campaigns.supervision import create_round
from workbench.cli.main import main
from workbench.exchange.copy import open_task_package
from workbench.exchange.issue import issue_task_package
from workbench.exchange.merge import NEW, apply_merge
from workbench.review.sheets import open_sheet, set_remarks, submit_sheet
from workbench.standards.service import import_standard_file, save_imported


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_whole_exchange_from_the_command_line(tmp_path, capsys, monkeypatch):
    m = make_master(tmp_path)
    standard = campaign_standard(m.db, m.campaign)
    number = m.db.execute("SELECT case_number FROM case_file WHERE id = ?", [m.subject]).fetchone()[0]
    people = [(m.name(m.a), [FIXED]), (m.name(m.b), [FIXED, OTHER_FIXED])]
    m.db.close()
    laptops = {}
    for name, items in people:
        code, out, err = run(
            capsys, "--db", m.path, "package", "issue", "--campaign", m.campaign.id, "--reviewer", name,
            "--out", tmp_path / "usb",
        )  # fmt: skip
        assert code == 0, err
        passphrase = next(line for line in out.splitlines() if line.startswith("口令：")).removeprefix(
            "口令："
        )
        package = out.splitlines()[-1]
        copy = tmp_path / f"{name}.sqlite"
        code, _, err = run(capsys, "--db", copy, "package", "open", package, "--passphrase", "wrong")
        assert code == 2
        assert "口令不正确" in err
        assert not copy.exists()  # a refused package leaves no empty copy behind
        monkeypatch.setenv("WORKBENCH_PASSPHRASE", passphrase.lower())  # typed casually
        code, out, err = run(capsys, "--db", copy, "package", "open", package)
        assert code == 0, err
        assert f"已建立“{name}”的评查人员副本" in out
        sheet = tmp_path / f"{name}.csv"
        rows = ["案号,评查项目,扣分,理由,评查人"]
        rows += [
            f"{number},{standard.item(k).text},{standard.item(k).rule.points},纸质评查表,{name}"
            for k in items
        ]
        sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
        code, _, err = run(capsys, "--db", copy, "scores", "import", sheet, "--campaign", m.campaign.id)
        assert code == 0, err
        code, out, err = run(capsys, "--db", copy, "package", "return", "--out", tmp_path / "back")
        assert code == 0, err
        laptops[name] = out.splitlines()[-1]
    for result in laptops.values():
        code, out, err = run(capsys, "--db", m.path, "package", "merge", result, "--dry-run")
        assert code == 0, err
        assert "新增评查表：1" in out
        code, out, err = run(capsys, "--db", m.path, "package", "merge", result)
        assert code == 0, err
        code, out, _ = run(capsys, "--db", m.path, "package", "merge", result)
        assert "已经合并过" in out
    code, out, _ = run(capsys, "--db", m.path, "package", "list", "--campaign", m.campaign.id, "--json")
    listed = {r["reviewer"]: r for r in json.loads(out)}
    assert {r["issued"] for r in listed.values()} == {1}
    assert {r["merged"] for r in listed.values()} == {1}
    code, out, _ = run(capsys, "--db", m.path, "report", "--campaign", m.campaign.id, "--json")
    report = json.loads(out)
    assert report["summary"]["awaiting_arbitration"] >= 1  # the two laptops disagree: the lead decides


def test_a_supervision_round_travels_the_same_way(tmp_path):
    db = open_database(tmp_path / "master.sqlite")
    path = REPO / "resources" / "checklists" / "法治政府建设督察考核清单.xlsx"
    checklist = save_imported(db, import_standard_file(path).standard, author="法治办")
    units = ["甲区人民政府", "乙县人民政府"]
    round_ = create_round(db, "2026年督察", checklist=checklist.id or "", units=units, author="法治办").value
    people = tmp_path / "people.csv"
    people.write_text(
        "姓名,所在单位,角色\n王督察,市司法局,评查人员\n陈督察,市财政局,评查人员\n", encoding="utf-8"
    )
    import_reviewers(db, people, author="法治办")
    assign_campaign(db, round_, per_file=1, author="法治办")
    wang = db.execute("SELECT id FROM reviewer WHERE name = '王督察'").fetchone()[0]
    issued = issue_task_package(db, round_, "王督察", tmp_path, author="法治办", scans_folder=None).value
    opened = open_task_package(tmp_path / "wang.sqlite", issued.path, issued.passphrase)
    copy = open_database(tmp_path / "wang.sqlite")
    names = {r[0] for r in copy.execute("SELECT name FROM department")}
    assert set(units) & names  # the units travel as the subjects
    unit = copy.execute("SELECT subject_id FROM assignment WHERE reviewer_id = ?", [wang]).fetchone()[0]
    sheet = open_sheet(copy, round_.id, unit, wang, author="王督察")
    set_remarks(copy, sheet, "资料齐全", author="王督察")
    submit_sheet(copy, sheet, author="王督察")
    from workbench.exchange.copy import make_result_package

    result = make_result_package(copy, tmp_path / "wang.sqlite", tmp_path)
    plan, _ = apply_merge(db, result.path, author="法治办")
    assert opened.subjects == 1
    assert plan.counts()[NEW] == 1
    assert db.execute("SELECT remarks, status FROM score_sheet WHERE subject_id = ?", [unit]).fetchone() == (
        "资料齐全",
        "submitted",
    )


def test_a_reviewer_copy_refuses_the_organisers_commands(tmp_path, capsys):
    from tests.workbench.exchange.helpers import copy_from

    m = make_master(tmp_path)
    copy_from(m, m.a, tmp_path / "a")
    copy = tmp_path / "a" / "copy.sqlite"
    for args in (
        ("sample", "--campaign", m.campaign.id, "--seed", "1", "--per-department", "1"),
        ("assign", "--campaign", m.campaign.id),
        ("recheck", "list", "--campaign", m.campaign.id),
        ("package", "issue", "--campaign", m.campaign.id, "--reviewer", m.name(m.b), "--out", tmp_path),
    ):
        code, _, err = run(capsys, "--db", copy, *args)
        assert code == 2, args
        assert f"评查人员“{m.name(m.a)}”的副本" in err
    code, _, err = run(capsys, "--db", copy, "report", "--campaign", m.campaign.id)
    assert code == 0, err
