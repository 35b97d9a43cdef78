"""The domain's worked examples (R1–R13), each as a test."""

from __future__ import annotations

from decimal import Decimal as D  # noqa: N817 (short for readable tables)

import pytest

from workbench.common.errors import DeductionNotAllowed, NotApplicableNotAllowed
from workbench.scoring import Entry, EntryKind, FileOutcome, check_entry, rank_units, score_sheet
from workbench.standards import (
    DeductionRule,
    GradeBand,
    Item,
    NaPolicy,
    RuleKind,
    ScoreModel,
    Standard,
    VetoEffect,
)

PER1 = DeductionRule(RuleKind.PER_DEFECT, points=D(1))


def surveying(**kw) -> Standard:
    """测绘 卷面 fragment plus a 96-point filler, so totals are out of 100."""
    items = (
        Item("V1", ("基本标准",), "行政处罚实施主体合法", D(0), veto=True),
        Item("I2", ("案卷卷面标准",), "文书规范填写", D(4), PER1),
        Item("I7", ("案卷卷面标准",), "逐页编号", D(2), PER1),
        Item("F", ("案卷内容标准",), "其余内容", D(94), DeductionRule(RuleKind.FREE)),
        Item(
            "C",
            ("案卷内容标准",),
            "基本要素",
            D(0),
            veto=True,
            veto_effect=VetoEffect.CAP_GRADE,
            cap_grade="合格",
        ),
        Item("P", ("实体评查",), "处罚适当", D(0), veto=True, veto_effect=VetoEffect.FAIL_REVIEW),
    )
    return Standard(name="测绘", items=items, **kw)


def test_per_defect_item_floors_at_zero():
    s = surveying()
    r = score_sheet(s, [Entry("I2", points=D(3), count=3), Entry("I7", points=D(3), count=3)])
    assert r.items["I2"].score == 1
    assert r.items["I7"].score == 0
    assert r.items["I7"].at_floor
    assert r.total == 95  # loses 5, not 6
    assert any("扣完为止" in reason for reason in r.reasons)


def test_zero_total_veto_overrides_points():
    s = surveying()
    r = score_sheet(s, [Entry("V1", EntryKind.VETO, reason="主体不合法"), Entry("F", points=D(4))])
    assert (r.points, r.total, r.grade, r.veto) == (96, 0, "不合格", True)


def test_cap_grade_keeps_the_score_but_not_the_grade():
    r = score_sheet(surveying(), [Entry("C", EntryKind.VETO), Entry("F", points=D(7))])
    assert (r.total, r.grade) == (93, "合格")


def test_fail_review_forces_the_lowest_band():
    r = score_sheet(surveying(), [Entry("P", EntryKind.VETO)])
    assert (r.total, r.grade) == (100, "不合格")


@pytest.mark.parametrize(
    ("deducted", "grade"), [(D(10), "优秀"), (D("10.5"), "合格"), (D(40), "合格"), (D("40.5"), "不合格")]
)
def test_band_edges_are_inclusive(deducted, grade):
    r = score_sheet(surveying(), [Entry("F", points=deducted)])
    assert r.grade == grade


def test_subtractive_model_counts_deductions_beyond_an_item_maximum():
    s = surveying(model=ScoreModel.TOTAL_MINUS_DEDUCTIONS)
    r = score_sheet(s, [Entry("I2", points=D(3), count=3), Entry("I7", points=D(3), count=3)])
    assert r.total == 94


def test_rescale_drops_na_items_from_the_denominator():
    items = (
        Item("A", ("表",), "受理", D(50), DeductionRule(RuleKind.FREE)),
        Item("B", ("表",), "听证", D(30), DeductionRule(RuleKind.FREE), na_allowed=True),
        Item("C", ("表",), "收费", D(29), DeductionRule(RuleKind.FREE)),
    )
    s = Standard(name="许可", items=items, na_policy=NaPolicy.RESCALE)  # 109 points, as published
    r = score_sheet(s, [Entry("B", EntryKind.NOT_APPLICABLE, reason="无需听证"), Entry("A", points=D(10))])
    assert r.maximum == 100
    assert r.total == D("87.34")  # 69 / 79 × 100, half-up
    full = score_sheet(Standard(name="许可", items=items), [Entry("B", EntryKind.NOT_APPLICABLE)])
    assert (full.total, full.maximum) == (109, 109)


def test_category_subtotals_include_ancestors():
    items = (
        Item("A", ("调查取证阶段", "询问笔录"), "签名", D(2), PER1),
        Item("B", ("调查取证阶段", "检查笔录"), "时间", D(2), PER1),
    )
    r = score_sheet(Standard(name="记分表", items=items), [Entry("A", points=D(1))])
    assert r.categories["调查取证阶段"].score == 3
    assert r.categories["调查取证阶段 > 询问笔录"].score == 1
    assert r.categories["调查取证阶段"].maximum == 4


def test_rule_check_refuses_amounts_the_item_does_not_allow():
    s = surveying()
    with pytest.raises(DeductionNotAllowed, match="每处扣 1 分"):
        check_entry(s.item("I2"), Entry("I2", points=D("1.5")))
    with pytest.raises(DeductionNotAllowed, match="大于 0"):
        check_entry(s.item("F"), Entry("F", points=D(0)))
    with pytest.raises(NotApplicableNotAllowed):
        check_entry(s.item("I2"), Entry("I2", EntryKind.NOT_APPLICABLE))
    check_entry(s.item("I2"), Entry("I2", points=D(2), count=2))


def test_ranking_breaks_equal_means_by_total_then_name():
    s = surveying()
    outcomes = [FileOutcome("X局", D(95), "优秀"), FileOutcome("X局", D(85), "合格")]
    outcomes += [FileOutcome("Y局", D(90), "优秀")] * 3
    outcomes += [FileOutcome("A局", D(90), "优秀")] * 3
    ranked = rank_units(s, outcomes)
    assert [(u.unit, u.rank) for u in ranked] == [("A局", 1), ("Y局", 1), ("X局", 3)]
    assert ranked[2].grades == {"优秀": 1, "合格": 1, "不合格": 0}
    assert ranked[2].mean == 90


def test_unit_mean_is_rounded_half_up_and_graded_on_the_shown_value():
    s = surveying()
    ranked = rank_units(s, [FileOutcome("甲", D("89.995"), "合格"), FileOutcome("甲", D("89.995"), "合格")])
    assert ranked[0].mean == D("90.00")
    assert ranked[0].grade == "优秀"


def test_a_unit_scored_itself_keeps_its_own_grade_and_a_department_the_grade_of_its_mean():
    s = surveying()
    vetoed = FileOutcome("甲区人民政府", D(93), "不合格")  # 一票否决: score stands, grade forced down
    assert rank_units(s, [vetoed], units_scored_themselves=True)[0].grade == "不合格"
    assert rank_units(s, [vetoed])[0].grade == "优秀"  # a department: graded on its mean (R13)


def test_four_tier_bands():
    bands = (
        GradeBand("优秀", D(90)),
        GradeBand("良好", D(80)),
        GradeBand("合格", D(60)),
        GradeBand("不合格", D(0)),
    )
    r = score_sheet(surveying(bands=bands), [Entry("F", points=D(15))])
    assert r.grade == "良好"


def test_rescale_brings_a_109_point_form_onto_the_declared_total_even_without_na():
    items = (
        Item("A", ("表",), "受理", D(80), DeductionRule(RuleKind.FREE)),
        Item("B", ("表",), "收费", D(29), DeductionRule(RuleKind.FREE)),
    )
    s = Standard(name="许可", items=items, na_policy=NaPolicy.RESCALE)
    assert (score_sheet(s, []).total, score_sheet(s, []).maximum) == (100, 100)
    assert score_sheet(s, [Entry("B", points=D(10))]).total == D("90.83")  # 99 / 109 × 100


def test_a_round_unit_with_a_veto_ranks_below_every_unit_without_one():
    s = surveying()
    outcomes = [
        FileOutcome("甲区", D(95), "优秀"),
        FileOutcome("乙区", D(93), "不合格", vetoed=True),  # 一票否决: more points, still below
        FileOutcome("丙区", D(93), "优秀"),
        FileOutcome("丁区", D(61), "合格"),
    ]
    ranked = rank_units(s, outcomes, units_scored_themselves=True)
    assert [(u.unit, u.rank) for u in ranked] == [("甲区", 1), ("丙区", 2), ("丁区", 3), ("乙区", 4)]
    assert ranked[-1].vetoed == 1


def test_a_department_with_a_vetoed_file_keeps_the_rank_of_its_mean():
    s = surveying()
    outcomes = [FileOutcome("甲局", D(95), "不合格", vetoed=True), FileOutcome("乙局", D(90), "优秀")]
    assert [u.unit for u in rank_units(s, outcomes)] == ["甲局", "乙局"]  # R13: the mean decides
