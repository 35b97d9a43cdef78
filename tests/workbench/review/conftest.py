"""A one-file campaign under the demo standard, with a draft sheet for 王评."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlite_utils import Database

from workbench.campaigns.service import Campaign, campaign_standard, create_campaign
from workbench.cases.importer import import_cases
from workbench.demo.generator import load_demo_standard
from workbench.review.sheets import open_sheet
from workbench.standards.model import Standard
from workbench.standards.service import save_standard


@dataclass(frozen=True)
class DraftSheet:
    db: Database
    campaign: Campaign
    standard: Standard
    sheet_id: str
    subject: str


@pytest.fixture
def draft(db, tmp_path) -> DraftSheet:
    register = tmp_path / "cases.csv"
    register.write_text(
        "案号,案件名称,执法部门\n交罚〔2026〕1号,某运输公司超限运输案,市交通运输局\n", encoding="utf-8"
    )
    import_cases(db, register, author="录入员")
    standard = save_standard(db, load_demo_standard(), author="组长")
    campaign = create_campaign(db, "2026年交通专项评查", standard=standard.id, author="组长").value
    subject = db.execute("SELECT subject_id FROM campaign_subject").fetchone()[0]
    sheet_id = open_sheet(db, campaign.id, subject, None, author="王评")
    return DraftSheet(db, campaign, campaign_standard(db, campaign), sheet_id, subject)
