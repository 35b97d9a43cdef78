"""A small supervision round (督察轮次) scored through the services, for the round output tests.

Four units, one inspector each (never their own unit), and findings of every kind the checklist knows:
yes/no, graded levels, per-defect deductions beyond an item's floor, bonus beyond an item's cap, a veto.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlite_utils import Database

from tests.conftest import REPO
from workbench.assignment.reviewers import import_reviewers
from workbench.assignment.service import assign_campaign
from workbench.campaigns.office import set_office
from workbench.campaigns.service import Campaign, campaign_standard
from workbench.campaigns.supervision import create_round
from workbench.review.sheets import open_sheet, record_entry, submit_sheet
from workbench.scoring import Entry, EntryKind
from workbench.standards.service import import_standard_file, save_imported

CHECKLIST = REPO / "resources" / "checklists" / "法治政府建设督察考核清单.xlsx"
ROUND_NAME = "2026年法治政府建设督察"
DOC_PREFIX = "某市法督函"
INSPECTORS = {
    "赵督察": "市交通运输局",
    "钱督察": "市生态环境局",
    "孙督察": "甲区人民政府",
    "李督察": "市市场监督管理局",
}
UNITS = ["市交通运输局", "市生态环境局", "市市场监督管理局", "甲区人民政府"]
VETOED = "市市场监督管理局"
D = Decimal


def findings() -> dict[str, list[Entry]]:
    """What each unit's inspector records (C: 三级指标, B: 加分项, V: 否决项)."""
    return {
        "市交通运输局": [
            Entry("C27", points=D(4), reason="未按时报送年度法治政府建设情况报告", page=3),
            Entry("C32", points=D(1), reason="法制审核由办公室兼管"),
            Entry("C02", points=D(2), count=2, reason="两件许可超期办结", page=12),
            Entry("B01", kind=EntryKind.BONUS, points=D(3), count=1, reason="获评省级法治政府建设示范项目"),
        ],
        "市生态环境局": [
            Entry("C02", points=D(3), count=3, reason="三件许可超期办结", page=5),
            Entry("C02", points=D(2), count=2, reason="两件变相审批"),  # 5 > 4: 扣完为止
            Entry("C14", points=D(2), count=2, reason="执法结果未按时公示", page=8),
            Entry("C27", points=D(4), reason="年度报告未向社会公开"),
            Entry("B01", kind=EntryKind.BONUS, points=D(3), count=1, reason="示范项目"),
            Entry("B02", kind=EntryKind.BONUS, points=D(1), count=1, reason="经验做法被省政府推广"),
            Entry("B02", kind=EntryKind.BONUS, points=D(2), count=2, reason="两次在省级媒体宣传"),  # cap 2
        ],
        "市市场监督管理局": [
            Entry("V01", kind=EntryKind.VETO, reason="发生重大违法行政案件，被省政府通报", page=1),
            Entry("C10", points=D(3), reason="未公布年度重大行政决策事项目录"),
            Entry("C27", points=D(4), reason="未按时报送年度报告"),
        ],
        "甲区人民政府": [
            Entry("C01", points=D(3), reason="权责清单未动态调整", page=2),
            Entry("C05", points=D(1), reason="网上可办率85%"),
            Entry("C11", points=D(2), count=1, reason="一项决策未开展风险评估", page=20),
            Entry("C28", points=D(4), count=2, reason="上年督察发现的两项问题逾期未整改"),
            Entry("C23", points=D(4), count=2, reason="两件行政复议决定被撤销", page=31),
        ],
    }


def roster(tmp_path: Path) -> Path:
    path = tmp_path / "inspectors.csv"
    rows = ["姓名,所在单位,角色", "周组长,市司法局,组长"]
    rows += [f"{name},{unit}," for name, unit in INSPECTORS.items()]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def set_up_round(db: Database, tmp_path: Path, *, doc_prefix: str = DOC_PREFIX) -> Campaign:
    """The round created and assigned (one inspector per unit), nothing scored yet."""
    checklist = save_imported(db, import_standard_file(CHECKLIST).standard, author="法治办")
    import_reviewers(db, roster(tmp_path), author="法治办")
    round_ = create_round(
        db,
        ROUND_NAME,
        checklist=checklist.id,
        units=UNITS,
        author="法治办",
        year=2026,
        doc_prefix=doc_prefix,
        reviewers_per_file=1,
    ).value
    assign_campaign(db, round_, per_file=1, author="法治办")
    set_office(
        db, name="江城市人民政府", contact="李华，0711-3850000", address="江城市政府路1号", author="法治办"
    )
    return round_


def unit_seats(db: Database, round_: Campaign) -> dict[str, tuple[str, str, str]]:
    """Unit name → (subject id, inspector id, inspector name)."""
    sql = """
        SELECT d.name, a.subject_id, a.reviewer_id, r.name FROM assignment a
        JOIN department d ON d.id = a.subject_id JOIN reviewer r ON r.id = a.reviewer_id
        WHERE a.campaign_id = ?
    """
    return {row[0]: tuple(row[1:]) for row in db.execute(sql, [round_.id])}


def score_units(db: Database, round_: Campaign, units: list[str] | None = None) -> None:
    """Each named unit's findings recorded and submitted by its inspector (one sheet: final)."""
    standard = campaign_standard(db, round_)
    seats = unit_seats(db, round_)
    plan = findings()
    for unit in units if units is not None else UNITS:
        subject_id, reviewer_id, name = seats[unit]
        sheet = open_sheet(db, round_.id, subject_id, reviewer_id, author=name)
        for entry in plan[unit]:
            record_entry(db, standard, sheet, entry, author=name)
        submit_sheet(db, sheet, author=name)


def scored_round(db: Database, tmp_path: Path, *, doc_prefix: str = DOC_PREFIX) -> Campaign:
    round_ = set_up_round(db, tmp_path, doc_prefix=doc_prefix)
    score_units(db, round_)
    return round_
