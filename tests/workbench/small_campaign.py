"""A small campaign built through the services: 3 departments of 4 files, 2 reviewers each and a lead."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlite_utils import Database

from workbench.assignment.reviewers import import_reviewers
from workbench.campaigns.service import Campaign, create_campaign
from workbench.cases.importer import import_cases
from workbench.demo.generator import load_demo_standard
from workbench.review.sheets import open_sheet, record_entry, submit_sheet
from workbench.scoring import Entry
from workbench.standards.model import Standard
from workbench.standards.service import save_standard

DEPARTMENTS = {"交通局": "交罚", "市场局": "市监罚", "生态局": "环罚"}
REVIEWERS = {"交通局": ("赵一", "钱二"), "市场局": ("孙三", "李四"), "生态局": ("周五", "吴六")}
LEAD = "郑组长"
FIXED = "I001"  # fixed 2 points
OTHER_FIXED = "I003"  # fixed 1 point


def register_file(folder: Path, per_department: int = 4) -> Path:
    path = folder / "cases.csv"
    lines = ["案号,案件名称,执法部门"]
    for dept, prefix in DEPARTMENTS.items():
        lines += [f"{prefix}〔2026〕{n}号,{dept}案件{n},{dept}" for n in range(1, per_department + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def reviewers_file(folder: Path) -> Path:
    path = folder / "reviewers.csv"
    lines = ["姓名,所在单位,角色", f"{LEAD},司法局,组长"]
    lines += [f"{name},{dept},评查人员" for dept, names in REVIEWERS.items() for name in names]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def load_people_and_cases(db: Database, folder: Path) -> Standard:
    """Cases, reviewers and the demo standard; no campaign yet."""
    import_cases(db, register_file(folder), author="录入员")
    import_reviewers(db, reviewers_file(folder), author="组织者")
    return save_standard(db, load_demo_standard(), author="组织者")


def small_campaign(db: Database, folder: Path, *, per_file: int = 2) -> Campaign:
    standard = load_people_and_cases(db, folder)
    return create_campaign(
        db, "2026年交叉评查", standard=standard.id or "", author="组织者", reviewers_per_file=per_file
    ).value


def reviewer_id(db: Database, name: str) -> str:
    return db.execute("SELECT id FROM reviewer WHERE name = ?", [name]).fetchone()[0]


def score(
    db: Database,
    standard: Standard,
    campaign: Campaign,
    subject: str,
    reviewer: str,
    items: tuple[str, ...] = (),
    *,
    submit: bool = True,
) -> str:
    """One reviewer's sheet for one file: a fixed deduction per item key, then submitted (or left draft)."""
    entries = [
        Entry(key, points=standard.item(key).rule.points or Decimal(0), reason="缺失") for key in items
    ]
    return score_entries(db, standard, campaign, subject, reviewer, entries, submit=submit)


def score_entries(
    db: Database,
    standard: Standard,
    campaign: Campaign,
    subject: str,
    reviewer: str,
    entries: list[Entry],
    *,
    submit: bool = True,
) -> str:
    """One reviewer's sheet for one file with these entries, then submitted (or left draft)."""
    sheet = open_sheet(db, campaign.id, subject, reviewer, author="评查人")
    for entry in entries:
        record_entry(db, standard, sheet, entry, author="评查人")
    if submit:
        submit_sheet(db, sheet, author="评查人")
    return sheet
