"""Small campaigns built through the services for the "every sentence is true" document tests.

Three departments of four files, one reviewer a file (from another department). By default:
交通局 has one file failed by a veto (执法主体) and nothing else; 市场局 has ordinary deductions;
生态局 has one file whose veto only caps its grade (主要外部文书加盖印章) and a small deduction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlite_utils import Database

from tests.workbench.exports.pdf import pdf_checks
from tests.workbench.small_campaign import REVIEWERS, reviewer_id, score_entries, small_campaign
from workbench.campaigns.office import set_office
from workbench.campaigns.service import Campaign, campaign_standard, update_settings
from workbench.draw.algorithm import DrawPlan
from workbench.draw.service import sample_campaign
from workbench.review.results import campaign_results
from workbench.scoring import Entry, EntryKind

PREFIX = "鄂州司函"
ISSUED_ON = date(2026, 11, 25)
ZERO_VETO = "V01"  # 行政执法主体合法，未超越职权: total 0, 不合格
CAP_VETO = "V06"  # 主要外部文书加盖印章: at most 合格
OTHER = {"交通局": "市场局", "市场局": "生态局", "生态局": "交通局"}


def veto(key: str, reason: str) -> Entry:
    return Entry(key, EntryKind.VETO, reason=reason, page=2)


def deduction(key: str, points: str, reason: str) -> Entry:
    return Entry(key, points=Decimal(points), reason=reason, page=5)


DEFAULT_PLAN: dict[tuple[str, int], list[Entry]] = {
    ("交通局", 1): [veto(ZERO_VETO, "以内设机构名义作出处罚决定")],
    ("市场局", 1): [deduction("I001", "2", "未使用规定的文书格式")],
    ("市场局", 2): [deduction("I003", "1", "一案多卷未合并")],
    ("生态局", 1): [veto(CAP_VETO, "处罚决定书未加盖印章"), deduction("I001", "2", "询问笔录格式不规范")],
}


@dataclass
class Built:
    db: Database
    campaign: Campaign


def build(
    db: Database,
    folder: Path,
    plan: dict[tuple[str, int], list[Entry]] | None = None,
    *,
    unscored: frozenset[tuple[str, int]] = frozenset(),
    draw: DrawPlan | None = None,
) -> Built:
    """The small campaign (drawn by `draw` first, if given), every file under review scored by one
    reviewer per `plan` except those in `unscored`."""
    campaign = small_campaign(db, folder, per_file=1)
    campaign = update_settings(db, campaign, author="组织者", doc_prefix=PREFIX).value
    set_office(
        db, name="鄂州市司法局", contact="王明，0711-3856012", address="鄂州市滨湖南路1号", author="组织者"
    )
    if draw is not None:
        sample_campaign(db, campaign, draw, author="组织者")
    standard = campaign_standard(db, campaign)
    plan = DEFAULT_PLAN if plan is None else plan
    _, files = campaign_results(db, campaign, score=False)
    for f in files:
        n = int(f.case_number.split("〕")[1].rstrip("号"))
        if (f.department, n) in unscored:
            continue
        reviewer = reviewer_id(db, REVIEWERS[OTHER[f.department]][0])
        score_entries(db, standard, campaign, f.subject_id, reviewer, plan.get((f.department, n), []))
    return Built(db, campaign)


def pdf_text(path: Path) -> str:
    """What a reader sees, without whitespace (pdftotext splits lines and spaces Chinese and digits)."""
    return pdf_checks.squeeze(pdf_checks.text(path, layout=False))
