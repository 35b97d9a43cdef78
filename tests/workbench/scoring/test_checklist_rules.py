"""Checklist scoring methods (是否达标, 分档计分, 加分项) as worked examples, and what the rules refuse."""

from __future__ import annotations

from decimal import Decimal as D  # noqa: N817 (short for readable tables)

import pytest

from workbench.common.errors import DeductionNotAllowed
from workbench.scoring import (
    BonusNotAllowed,
    Entry,
    EntryKind,
    allowed_amounts,
    check_entry,
    level_deductions,
    score_sheet,
)
from workbench.standards import CHECKLIST, DeductionRule, GradeBand, Item, RuleKind, Standard, VetoEffect

BINARY = DeductionRule(RuleKind.BINARY)
LEVELS = DeductionRule(RuleKind.LEVELS, levels=(("专门机构", D(3)), ("兼管", D(2)), ("无", D(0))))
BONUS3 = DeductionRule(RuleKind.BONUS, points=D(3), cap=D(3))
BONUS_FREE = DeductionRule(RuleKind.BONUS, cap=D(4), step=D(1))


def checklist(**kw) -> Standard:
    items = (
        Item("A1", ("组织领导", "责任落实"), "制定年度法治政府建设工作计划", D(4), BINARY),
        Item("A2", ("组织领导", "机构队伍"), "设立法制审核机构", D(3), LEVELS),
        Item(
            "B1", ("行政复议",), "行政复议决定被纠错", D(10), DeductionRule(RuleKind.PER_DEFECT, points=D(2))
        ),
        Item("C1", ("其他",), "其余指标", D(83), DeductionRule(RuleKind.FREE)),
        Item("X1", ("加分项",), "获评法治政府建设示范", D(0), BONUS3),
        Item("X2", ("加分项",), "工作经验被上级推广", D(0), BONUS_FREE),
        Item("V1", ("否决项",), "发生重大违法行政案件", D(0), veto=True, veto_effect=VetoEffect.ZERO_TOTAL),
    )
    bands = (
        GradeBand("优秀", D(90)),
        GradeBand("良好", D(80)),
        GradeBand("合格", D(60)),
        GradeBand("不合格", D(0)),
    )
    return Standard(name="清单", items=items, bands=bands, kind=CHECKLIST, bonus_cap=D(5), **kw)


def test_binary_not_met_loses_the_whole_item():
    r = score_sheet(checklist(), [Entry("A1", points=D(4), reason="未制定")])
    assert r.items["A1"].score == 0
    assert r.total == 96
    assert "「制定年度法治政府建设工作计划」未达标，扣 4 分：未制定" in r.reasons


def test_a_level_is_recorded_as_max_minus_its_points():
    s = checklist()
    assert level_deductions(s.item("A2")) == (D(1), D(3))
    r = score_sheet(s, [Entry("A2", points=D(1))])
    assert r.items["A2"].score == 2
    assert r.total == 99
    assert "「设立法制审核机构」评为“兼管”，得 2 分" in r.reasons
    assert allowed_amounts(s.item("A2")) == "按档次得分：专门机构 3 分 / 兼管 2 分 / 无 0 分"


def test_bonus_is_capped_per_item_then_in_total_and_may_pass_the_declared_total():
    s = checklist()
    r = score_sheet(s, [Entry("X1", EntryKind.BONUS, points=D(3), count=1)])
    assert (r.points, r.bonus, r.total, r.maximum) == (100, 3, 103, 100)
    assert r.categories["加分项"].score == 3
    entries = [
        Entry("X1", EntryKind.BONUS, points=D(3)),
        Entry("X2", EntryKind.BONUS, points=D(2)),
        Entry("X2", EntryKind.BONUS, points=D(3)),  # X2 reaches 5, capped at 4
        Entry("B1", points=D(4), count=2),
    ]
    r = score_sheet(s, entries)
    assert r.items["X2"].score == 4
    assert r.items["X2"].bonus == 5
    assert r.bonus == 5  # 3 + 4 = 7, capped at the checklist's 5
    assert r.total == 96 + 5
    assert any("以 4 分为限" in x for x in r.reasons)
    assert any("以加分总上限 5 分为限" in x for x in r.reasons)


def test_vetoes_win_over_bonus():
    s = checklist()
    bonus = Entry("X1", EntryKind.BONUS, points=D(3))
    r = score_sheet(s, [bonus, Entry("V1", EntryKind.VETO, reason="重大违法")])
    assert (r.total, r.grade) == (0, "不合格")


@pytest.mark.parametrize(
    ("entry", "error", "why"),
    [
        (Entry("A1", points=D(2)), DeductionNotAllowed, "不能部分扣分"),
        (Entry("A2", points=D(2)), DeductionNotAllowed, "按档次得分"),
        (Entry("A2", points=D(0)), DeductionNotAllowed, "扣分必须大于 0"),
        (Entry("X1", points=D(3)), DeductionNotAllowed, "这是加分项"),
        (Entry("A1", EntryKind.BONUS, points=D(1)), BonusNotAllowed, "这不是加分项"),
        (Entry("X1", EntryKind.BONUS, points=D(6)), BonusNotAllowed, "最多加 3 分"),
        (Entry("X1", EntryKind.BONUS, points=D(2)), BonusNotAllowed, "每项加 3 分"),
        (Entry("X2", EntryKind.BONUS, points=D("1.5")), BonusNotAllowed, "以 1 分为单位"),
        (Entry("X2", EntryKind.BONUS, points=D(-1)), BonusNotAllowed, "加分必须大于 0"),
    ],
)
def test_the_rules_refuse_what_the_item_does_not_allow(entry, error, why):
    s = checklist()
    with pytest.raises(error, match=why):
        check_entry(s.item(entry.item_key), entry)


def test_allowed_entries_pass():
    s = checklist()
    for entry in (
        Entry("A1", points=D(4)),
        Entry("A2", points=D(3)),
        Entry("X1", EntryKind.BONUS, points=D(3), count=1),
        Entry("X2", EntryKind.BONUS, points=D(4)),
    ):
        check_entry(s.item(entry.item_key), entry)
