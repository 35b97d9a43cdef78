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
    assert summary.files == report["summary"]["files"] == 800  # drawn from a register of twice as many
    assert len(cases) == len({number for number, *_ in cases}) == 1600
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


def test_demo_has_a_verified_draw_reviewer_pairs_a_lead_and_an_office(tmp_path):
    from workbench.campaigns.office import get_office
    from workbench.demo import names
    from workbench.draw.service import verify_campaign
    from workbench.review.results import FileStatus, campaign_results

    db = open_database(tmp_path / "r.sqlite")
    try:
        generate_demo(db, files=400, seed=3)
        campaign = list_campaigns(db)[0]
        assert campaign.doc_prefix == names.DOC_PREFIX
        assert campaign.reviewers_per_file == 2
        assert get_office(db).name == names.OFFICE_NAME
        report = verify_campaign(db, campaign)
        assert report.ok, report.lines()
        _, files = campaign_results(db, campaign)
        assert len(files) == 400
        reviews = Counter(
            s
            for (s,) in db.execute(
                "SELECT subject_id FROM score_sheet WHERE role = 'review' AND status = 'submitted'"
            )
        )
        assert Counter(reviews.values()).keys() <= {1, 2}
        assert sum(1 for n in reviews.values() if n == 2) > 150  # pairs of reviewers
        finals = [s for (s,) in db.execute("SELECT subject_id FROM score_sheet WHERE role = 'final'")]
        assert finals  # disagreements the lead settled, each with its reasons
        assert db.execute("SELECT count(DISTINCT subject_id) FROM arbitration").fetchone()[0] == len(finals)
        from workbench.reporting.findings import reviewer_label

        settled = [f for f in files if f.decided_by]
        assert settled
        for f in settled:  # 评查人 names both reviewers, the lead as 复核
            assert reviewer_label(f) == f"{'、'.join(f.reviewers)}（复核：{f.decided_by}）"
            assert len(f.reviewers) == 2
        status = {f.subject_id: f.status for f in files}
        assert all(status[s] is FileStatus.FINAL for s in finals)
        assert FileStatus.AWAITING_ARBITRATION in status.values()  # and a few still wait
        for f in files:  # each reason belongs to its item
            for e in f.entries:
                if e.kind.value == "deduction":
                    assert e.reason in names.ITEM_REASONS[e.item_key]
                elif e.kind.value == "veto":
                    assert e.reason in names.VETO_ITEM_REASONS[e.item_key]
    finally:
        db.close()
