"""督察轮次: units scored under a checklist, with cross review and the same results machinery."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO
from workbench.assignment.reviewers import import_reviewers
from workbench.assignment.service import assign_campaign, assignments
from workbench.campaigns.service import campaign_standard
from workbench.campaigns.supervision import NotAChecklist, NoUnits, create_round
from workbench.common.changes import Changes
from workbench.reporting.report import campaign_report
from workbench.review.sheets import open_sheet, record_entry, submit_sheet
from workbench.scoring import Entry, score_sheet
from workbench.standards.model import RuleKind
from workbench.standards.service import import_standard_file, save_imported

CHECKLIST = REPO / "resources" / "checklists" / "法治政府建设督察考核清单.xlsx"
UNITS = ["市交通运输局", "市生态环境局", "市市场监督管理局", "甲区人民政府"]


@pytest.fixture
def checklist(db):
    return save_imported(db, import_standard_file(CHECKLIST).standard, author="法治办")


def roster(tmp_path: Path) -> Path:
    path = tmp_path / "inspectors.csv"
    rows = ["姓名,所在单位,角色", "赵督察,市交通运输局,", "钱督察,市生态环境局,", "孙督察,甲区人民政府,"]
    rows += ["李督察,市市场监督管理局,", "周组长,市司法局,组长"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_round_scores_units_and_keeps_inspectors_off_their_own_unit(db, checklist, tmp_path):
    import_reviewers(db, roster(tmp_path), author="法治办")
    done = create_round(db, "2026年法治政府建设督察", checklist=checklist.id, units=UNITS, author="法治办")
    round_ = done.value
    assert done.changes == Changes.of(campaigns=[round_.id])  # what changed: the new round
    assert round_.subject_kind == "unit"
    result = assign_campaign(db, round_, per_file=2, author="法治办")
    assert result is not None
    rows = assignments(db, round_)
    assert {r.case_number for r in rows} == set(UNITS)
    assert all(r.department != r.reviewer_department for r in rows)

    standard = campaign_standard(db, round_)
    item = next(it for it in standard.point_items if it.rule.kind is RuleKind.BINARY)
    (unit_id,) = db.execute(
        "SELECT subject_id FROM assignment WHERE campaign_id = ? LIMIT 1", [round_.id]
    ).fetchone()
    for (rid,) in db.execute(
        "SELECT reviewer_id FROM assignment WHERE campaign_id = ? AND subject_id = ?", [round_.id, unit_id]
    ).fetchall():
        sheet = open_sheet(db, round_.id, unit_id, rid, author="督察")
        record_entry(
            db, standard, sheet, Entry(item.key, points=item.max_points, reason="未见佐证材料"), author="督察"
        )
        submit_sheet(db, sheet, author="督察")
    report = campaign_report(db, round_)
    (scored,) = report["files"]
    assert scored["total"] == score_sheet(standard, [Entry(item.key, points=item.max_points)]).total
    assert scored["case_number"] in UNITS


def test_round_needs_a_checklist_and_units(db, checklist, tmp_path):
    standard_csv = REPO / "resources" / "standards" / "示例-评查标准模板.xlsx"
    case_standard = save_imported(db, import_standard_file(standard_csv).standard, author="法治办")
    with pytest.raises(NotAChecklist):
        create_round(db, "督察", checklist=case_standard.id, units=UNITS, author="法治办")
    with pytest.raises(NoUnits):
        create_round(db, "督察", checklist=checklist.id, units=[" "], author="法治办")
    assert db.execute("SELECT count(*) FROM campaign").fetchone()[0] == 0
