"""The demo campaign: the same seed gives the same campaign, and it has something for every screen."""

from __future__ import annotations

from collections import Counter

from db.connection import open_database
from workbench.campaigns.service import list_campaigns
from workbench.demo.generator import generate_demo
from workbench.reporting.report import campaign_report


def demo_report(path, seed):
    db = open_database(path)
    summary = generate_demo(db, files=800, seed=seed)
    report = campaign_report(db, list_campaigns(db)[0])
    cases = db.execute(
        "SELECT case_number, party, officers, filed_on, amount_fen FROM case_file ORDER BY 1"
    ).fetchall()
    db.close()
    return summary, report, cases


def test_same_seed_same_campaign_and_another_seed_another(tmp_path):
    _, first, first_cases = demo_report(tmp_path / "a.sqlite", 11)
    _, again, again_cases = demo_report(tmp_path / "b.sqlite", 11)
    _, _other, other_cases = demo_report(tmp_path / "c.sqlite", 12)
    assert first_cases == again_cases
    assert first["files"] == again["files"]
    assert first["departments"] == again["departments"]
    assert first_cases != other_cases


def test_demo_has_scored_files_vetoes_drafts_and_disagreements(tmp_path):
    summary, report, cases = demo_report(tmp_path / "d.sqlite", 2026)
    assert summary.departments == 18
    assert len(cases) == summary.files == report["summary"]["files"] == 800
    assert len({number for number, *_ in cases}) == 800
    s = report["summary"]
    assert s["final"] > 300
    assert s["in_progress"] > 0
    assert s["awaiting_arbitration"] > 0
    assert s["unscored"] > 0
    grades = Counter(f["grade"] for f in report["files"])
    assert set(grades) == {"优秀", "合格", "不合格"}
    assert any(f["veto"] for f in report["files"])
    assert len(report["departments"]) == 18
    assert all(f["department"].startswith("市") for f in report["files"])
