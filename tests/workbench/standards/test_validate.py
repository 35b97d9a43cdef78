"""Hard problems refuse a standard and name the item and row; doubtful ones are warnings."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from workbench.common.errors import UserErrors
from workbench.standards.model import DeductionRule, GradeBand, Item, NaPolicy, RuleKind, Standard, VetoEffect
from workbench.standards.validate import Origin, validate_standard

D = Decimal
GOOD = Standard(
    name="测试标准",
    items=(
        Item("I001", ("卷面",), "文书规范", D(60), DeductionRule(RuleKind.PER_DEFECT, points=D(1))),
        Item("I002", ("内容",), "证据充分", D(40), DeductionRule(RuleKind.RANGE, low=D(1), high=D(5))),
        Item("I003", ("基本标准",), "主体合法", D(0), veto=True),
    ),
)
ORIGIN = Origin(items_sheet="评分项目", item_rows=(2, 3, 4), columns={"max_points": "分值", "rule": "扣分值"})


def problems(s: Standard, origin: Origin | None = None) -> list[str]:
    with pytest.raises(UserErrors) as caught:
        validate_standard(s, origin=origin)
    return [e.message for e in caught.value.errors]


def with_item(n: int, **changes: object) -> Standard:
    items = list(GOOD.items)
    items[n] = replace(items[n], **changes)
    return replace(GOOD, items=tuple(items))


def test_a_good_standard_has_no_warnings() -> None:
    assert validate_standard(GOOD) == []


def test_errors_name_sheet_row_column_and_item() -> None:
    s = with_item(0, max_points=D(-1))
    assert problems(s, ORIGIN) == [
        "工作表“评分项目”第 2 行「分值」列：评查项目「文书规范」分值不能为负数（现为 -1）"
    ]


@pytest.mark.parametrize(
    ("n", "changes", "expected"),
    [
        (0, {"rule": DeductionRule(RuleKind.FIXED)}, "固定扣分的扣分值必须大于 0"),
        (0, {"rule": DeductionRule(RuleKind.PER_DEFECT, points=D(0))}, "按处扣分的扣分值必须大于 0"),
        (1, {"rule": DeductionRule(RuleKind.RANGE, low=D(3), high=D(1))}, "扣分区间的下限 3 分大于上限 1 分"),
        (
            1,
            {"rule": DeductionRule(RuleKind.RANGE, low=D(1), high=D(50))},
            "扣分区间的上限 50 分超过该项分值 40 分",
        ),
        (1, {"rule": DeductionRule(RuleKind.TIERS)}, "档次扣分至少要列出一个扣分值"),
        (1, {"rule": DeductionRule(RuleKind.FREE, step=D(0))}, "步长必须大于 0"),
        (2, {"max_points": D(5)}, "否决项不计分，分值应为 0（现为 5）"),
        (2, {"na_allowed": True}, "否决项不能设为“可不适用”"),
        (2, {"veto_effect": VetoEffect.CAP_GRADE, "cap_grade": "良好"}, "封顶等次“良好”不在等次表中"),
        (2, {"veto_effect": VetoEffect.FIXED_DEDUCTION}, "否决扣分必须大于 0"),
        (2, {"cap_grade": "合格"}, "只有否决效果为“等次封顶”时才填写封顶等次"),
        (0, {"veto_effect": VetoEffect.ZERO_TOTAL}, "只有否决项才填写否决效果"),
        (0, {"text": " "}, "评查内容不能为空"),
        (0, {"category": ()}, "类别不能为空"),
        (0, {"key": "I002"}, "项目编号“I002”重复"),
    ],
)
def test_item_problems_are_refused(n: int, changes: dict, expected: str) -> None:
    found = problems(with_item(n, **changes))
    assert len(found) == 1
    assert expected in found[0]


def test_duplicate_key_names_both_rows() -> None:
    s = with_item(1, key="I001")
    assert problems(s, ORIGIN) == ["工作表“评分项目”第 3 行：项目编号“I001”重复，与第 2 行相同"]


def test_a_standard_without_point_items_is_refused() -> None:
    s = replace(GOOD, items=GOOD.veto_items)
    assert "没有任何计分项目" in problems(s)[0]


@pytest.mark.parametrize(
    ("bands", "expected"),
    [
        ((GradeBand("合格", D(0)),), "等次应有 2 至 6 个（现有 1 个）"),
        (tuple(GradeBand(f"第{n}等", D(60 - n * 10)) for n in range(7)), "等次应有 2 至 6 个（现有 7 个）"),
        ((GradeBand("优秀", D(60)), GradeBand("合格", D(60)), GradeBand("不合格", D(0))), "从高到低排列"),
        ((GradeBand("合格", D(90)), GradeBand("合格", D(0))), "等次名称“合格”重复"),
        ((GradeBand("优秀", D(90)), GradeBand("不合格", D(10))), "最低一个等次“不合格”的最低分应为 0"),
        ((GradeBand("", D(90)), GradeBand("不合格", D(0))), "等次名称不能为空"),
    ],
)
def test_band_problems_are_refused(bands: tuple[GradeBand, ...], expected: str) -> None:
    found = problems(replace(GOOD, bands=bands))
    assert len(found) == 1
    assert expected in found[0]


def test_band_errors_name_the_band_row() -> None:
    s = replace(GOOD, bands=(GradeBand("优秀", D(90)), GradeBand("不合格", D(10))))
    origin = Origin(settings_sheet="设置", band_rows=(12, 13))
    assert problems(s, origin)[0].startswith("工作表“设置”第 13 行：")


def test_settings_problems_are_refused() -> None:
    s = replace(GOOD, name="", declared_total=D(0), case_types=("penalty", "traffic"))
    found = problems(s)
    assert found[0] == "标准名称不能为空"
    assert found[1] == "标准总分必须大于 0"
    assert found[2].startswith("适用案件类型“traffic”无法识别")


def test_all_problems_are_reported_at_once() -> None:
    s = replace(with_item(0, max_points=D(-1)), name="")
    assert len(problems(s)) == 2


def test_totals_that_do_not_add_up_are_a_warning_and_kept() -> None:
    s = with_item(0, max_points=D(69))
    assert validate_standard(s) == ["各项分值合计 109 分，与标准总分 100 分不一致，已按公布的分值保留"]
    assert s.items_max == D(109)


def test_doubtful_settings_are_warnings() -> None:
    big = with_item(0, rule=DeductionRule(RuleKind.FIXED, points=D(80)))
    seal = Item("I004", ("基本标准",), "印章", D(0), veto=True, veto_effect=VetoEffect.CAP_GRADE)
    s = replace(big, na_policy=NaPolicy.RESCALE, items=(*big.items, seal))
    warnings = validate_standard(s)
    assert "评查项目「文书规范」扣分值 80 分超过该项分值 60 分，扣完为止" in warnings
    assert "1 个“等次封顶”否决项未填写封顶等次，按“合格”处理" in warnings
    assert "不适用项处理方式为“按比例折算”，但没有项目可标记为不适用" in warnings
