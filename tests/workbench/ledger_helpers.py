"""A small demo campaign with its rectification notices issued: the ledger tests' starting point."""

from __future__ import annotations

from datetime import date, timedelta

from sqlite_utils import Database

from workbench.campaigns.service import Campaign, get_campaign, update_settings
from workbench.demo.generator import generate_demo
from workbench.rectification.issuing import issue_notices
from workbench.rectification.notices import Notice

PREFIX = "鄂州司函"


def issued_campaign(
    db: Database, *, files: int = 20, days_ago: int = 5, deadline_days: int = 15
) -> tuple[Campaign, list[Notice]]:
    """Notices issued `days_ago` days before today, due `deadline_days` after issue."""
    campaign = get_campaign(db, generate_demo(db, files=files, seed=3).campaign_id)
    campaign = update_settings(db, campaign, author="组织者", doc_prefix=PREFIX).value
    issued_on = date.today() - timedelta(days=days_ago)
    notices = issue_notices(
        db, campaign, author="科员", issued_on=issued_on, deadline_days=deadline_days
    ).value
    return campaign, list(notices)
