"""Paper score sheets of a supervision round: bonus, yes/no and levels rows import as the panel has them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import Workbook

from tests.conftest import REPO
from workbench.campaigns.service import campaign_standard
from workbench.campaigns.supervision import create_round
from workbench.common.changes import Changes
from workbench.common.errors import UserErrors
from workbench.review.paper_import import import_scores
from workbench.review.sheets import sheet_entries
from workbench.scoring import EntryKind, score_sheet
from workbench.standards.service import import_standard_file, save_imported

CHECKLIST = REPO / "resources" / "checklists" / "法治政府建设督察考核清单.xlsx"
UNIT, OTHER = "甲区人民政府", "市交通运输局"
BINARY = "C27"  # 按时报送年度法治政府建设情况报告: 4, not met loses all
BINARY_TOO = "C01"  # 按规定公布权责清单并动态调整: 3
LEVELS = "C32"  # 设立法制审核机构: 专门机构 3 / 兼管 2 / 无 0
LEVELS_TOO = "C33"  # 配备法制工作人员: 专职 2 / 兼职 1 / 未配备 0
PER_DEFECT = "C02"  # 4, 1 per defect
BONUS_ONE = "B01"  # +3, cap 3
BONUS_EACH = "B02"  # +1 each, cap 2


@pytest.fixture
def round_(db):
    checklist = save_imported(db, import_standard_file(CHECKLIST).standard, author="法治办")
    campaign = create_round(
        db, "2026年法治政府建设督察", checklist=checklist.id, units=[UNIT, OTHER], author="法治办"
    ).value
    return campaign, campaign_standard(db, campaign)


def sheet(tmp_path, rows, header=("被督察单位", "评查项目", "扣分/加分", "理由", "评查人")):
    book = Workbook()
    book.active.append(list(header))
    for row in rows:
        book.active.append(list(row))
    path = tmp_path / "scores.xlsx"
    book.save(path)
    return path


def stored(db, campaign, unit):
    (sheet_id,) = db.execute(
        "SELECT s.id FROM score_sheet s JOIN department d ON d.id = s.subject_id"
        " WHERE s.campaign_id = ? AND d.name = ?",
        [campaign.id, unit],
    ).fetchone()
    return sheet_entries(db, sheet_id)


def test_bonus_yes_no_and_levels_rows_import_as_the_panel_records_them(db, round_, tmp_path):
    campaign, standard = round_
    text = {key: standard.item(key).text for key in (BINARY, BINARY_TOO, LEVELS, LEVELS_TOO, PER_DEFECT)}
    text |= {key: standard.item(key).text for key in (BONUS_ONE, BONUS_EACH)}
    path = sheet(
        tmp_path,
        [
            (UNIT, text[BINARY], "未达标", "未按时报送年度报告", "赵督察"),
            (UNIT, text[BINARY_TOO], "达标", "", "赵督察"),  # met: nothing to record
            (UNIT, text[LEVELS], "兼管", "由办公室兼管", "赵督察"),
            (UNIT, text[LEVELS_TOO], 1, "兼职人员", "赵督察"),  # a level may also be given as its deduction
            (UNIT, text[PER_DEFECT], 2, "两件超期", "赵督察"),
            (UNIT, text[BONUS_ONE], "+3", "获评省级示范", "赵督察"),
            (UNIT, text[BONUS_EACH], "加2分", "两项经验被推广", "赵督察"),
            (OTHER, text[LEVELS], "专门机构", "", "钱督察"),  # the top level: a sheet with nothing on it
        ],
    )
    preview = import_scores(db, campaign, path, author="录入员", dry_run=True)
    assert not preview.changes  # a preview changes nothing
    done = import_scores(db, campaign, path, author="录入员")
    result = done.value
    # what changed: the campaign (reloaded whole), the two sheets created and their two inspectors
    sheets = db.execute(
        "SELECT id, reviewer_id FROM score_sheet WHERE campaign_id = ?", [campaign.id]
    ).fetchall()
    assert done.changes == Changes.of(
        campaigns=[campaign.id], sheets=[s for s, _ in sheets], reviewers=[r for _, r in sheets]
    )
    assert len(sheets) == 2
    assert (result.deductions, result.bonuses, result.sheets, len(result.files)) == (4, 2, 2, 2)
    assert result.summary() == [
        "已导入 4 条扣分、2 条加分、0 条否决情形、0 个不适用标记，涉及 2 个单位、2 份评查表。"
    ]

    entries = stored(db, campaign, UNIT)
    found = {e.item_key: (e.kind, e.points, e.count) for e in entries}
    assert found == {
        BINARY: (EntryKind.DEDUCTION, Decimal(4), None),
        LEVELS: (EntryKind.DEDUCTION, Decimal(1), None),
        LEVELS_TOO: (EntryKind.DEDUCTION, Decimal(1), None),
        PER_DEFECT: (EntryKind.DEDUCTION, Decimal(2), 2),
        BONUS_ONE: (EntryKind.BONUS, Decimal(3), 1),
        BONUS_EACH: (EntryKind.BONUS, Decimal(2), 2),
    }
    scored = score_sheet(standard, entries)
    assert (scored.bonus, scored.total) == (5, 100 - 4 - 1 - 1 - 2 + 5)
    assert any("评为“兼管”" in r for r in scored.reasons)
    assert stored(db, campaign, OTHER) == []
    assert score_sheet(standard, []).total == 100


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ((BONUS_ONE, "4"), "不允许加 4 分"),  # beyond the item's cap
        ((BONUS_EACH, "1.5"), "不允许加 1.5 分"),  # not a whole number of awards
        ((BONUS_ONE, "很多"), "加分“很多”不是数字"),
        ((BINARY, "2"), "不能部分扣分"),  # a yes/no item loses all or nothing
        ((LEVELS, "较好"), "扣分“较好”不是数字"),  # no such level
        ((LEVELS, "2"), "按档次得分"),  # 3 − 2 = 1 is no level of this item
    ],
)
def test_a_bad_checklist_row_is_named_and_nothing_is_imported(db, round_, tmp_path, row, expected):
    campaign, standard = round_
    key, value = row
    good = (OTHER, standard.item(BINARY).text, "未达标", "未报送", "钱督察")
    path = sheet(tmp_path, [good, (UNIT, standard.item(key).text, value, "x", "赵督察")])
    with pytest.raises(UserErrors) as raised:
        import_scores(db, campaign, path, author="录入员")
    assert expected in str(raised.value)
    assert "第 3 行" in str(raised.value)
    assert db.execute("SELECT count(*) FROM score_sheet").fetchone()[0] == 0


def test_a_unit_not_in_the_round_is_named_as_a_unit(db, round_, tmp_path):
    campaign, standard = round_
    path = sheet(tmp_path, [("乙县人民政府", standard.item(BINARY).text, "未达标", "x", "赵督察")])
    with pytest.raises(UserErrors) as raised:
        import_scores(db, campaign, path, author="录入员")
    assert "被督察单位“乙县人民政府”不在本督察轮次中" in str(raised.value)
