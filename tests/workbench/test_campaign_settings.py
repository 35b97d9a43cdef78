"""Campaign set-up: notice prefix, reviewers per file and the recheck rule, from the CLI and the service."""

from __future__ import annotations

from decimal import Decimal

import pytest

from db.connection import open_database
from workbench.campaigns.errors import BadReviewersPerFile
from workbench.campaigns.recheck_rule import RecheckRule, rule_from_dict
from workbench.campaigns.service import create_campaign, get_campaign, list_campaigns, update_settings
from workbench.cli.main import main
from workbench.common.changes import Changes
from workbench.demo.generator import generate_demo


def test_cli_create_stores_the_settings_and_assign_uses_them(tmp_path, capsys):
    path = tmp_path / "c.sqlite"
    db = open_database(path)
    generate_demo(db, files=80, seed=2)
    standard_id = list_campaigns(db)[0].standard_id
    db.close()
    code = main(
        [
            "--db", str(path), "campaign", "create", "2026年抽查", "--standard", standard_id,
            "--doc-prefix", "鄂州司函", "--reviewers-per-file", "3", "--recheck-below", "70",
            "--recheck-gap", "10",
        ]
    )  # fmt: skip
    assert code == 0
    campaign_id = capsys.readouterr().out.strip().splitlines()[-1]
    db = open_database(path)
    campaign = get_campaign(db, campaign_id)
    assert campaign.doc_prefix == "鄂州司函"
    assert campaign.reviewers_per_file == 3
    assert rule_from_dict(campaign.recheck_rule) == RecheckRule(Decimal(70), True, Decimal(10))
    db.close()
    assert main(["--db", str(path), "assign", "--campaign", campaign_id]) == 0
    db = open_database(path)
    per_file = db.execute(
        "SELECT count(*) FROM assignment WHERE campaign_id = ? GROUP BY subject_id", [campaign_id]
    ).fetchall()
    assert {n for (n,) in per_file} == {3}
    db.close()


def test_create_campaign_reports_the_new_campaign(db):
    generate_demo(db, files=40, seed=2)
    standard = list_campaigns(db)[0].standard_id
    done = create_campaign(db, "2026年第二次评查", standard=standard, author="组长")
    assert done.changes == Changes.of(campaigns=[done.value.id])
    assert get_campaign(db, done.value.id).name == "2026年第二次评查"


def test_update_settings_is_audited_and_checked(db):
    generate_demo(db, files=40, seed=2)
    campaign = list_campaigns(db)[0]
    with pytest.raises(BadReviewersPerFile):
        update_settings(db, campaign, author="组长", reviewers_per_file=4)
    done = update_settings(db, campaign, author="组长", doc_prefix=" 张司函 ", reviewers_per_file=1)
    assert done.changes == Changes.of(campaigns=[campaign.id])  # what changed: that campaign's set-up
    assert not update_settings(db, campaign, author="组长").changes  # no setting given, nothing changed
    changed = done.value
    assert (changed.doc_prefix, changed.reviewers_per_file) == ("张司函", 1)
    (new,) = db.execute(
        "SELECT new_value FROM audit_log WHERE record_id = ? AND action = 'settings'", [campaign.id]
    ).fetchone()
    assert "张司函" in new
