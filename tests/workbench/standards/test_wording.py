"""The wording parser on real published phrases and their common variants."""

from __future__ import annotations

from decimal import Decimal

import pytest

from workbench.standards.model import DeductionRule, RuleKind
from workbench.standards.wording import (
    EMPTY,
    NO_AMOUNT,
    PER_RANGE,
    SEVERAL,
    chinese_number,
    normalize,
    parse_deduction,
    read_wording,
)

D = Decimal


def fixed(points: str) -> DeductionRule:
    return DeductionRule(RuleKind.FIXED, points=D(points))


def per(points: str) -> DeductionRule:
    return DeductionRule(RuleKind.PER_DEFECT, points=D(points))


def between(low: str, high: str, step: str = "0.5") -> DeductionRule:
    return DeductionRule(RuleKind.RANGE, low=D(low), high=D(high), step=D(step))


def tiers(*amounts: str) -> DeductionRule:
    return DeductionRule(RuleKind.TIERS, tiers=tuple(D(a) for a in amounts))


LICENSING_12 = (
    "共8项，每项1.5分：(1)一案一卷；(2)使用统一规范的卷皮；(3)卷内目录填写规范；(4)卷内材料排列有序；"
    "(5)卷内材料有页号；(6)装订整齐、无金属物；(7)纸张无破损、大小规格统一；"
    "(8)打印清晰，手写使用钢笔或毛笔，铅笔或圆珠笔材料入卷前复印"
)


@pytest.mark.parametrize(
    ("wording", "expected"),
    [
        # 测绘 案卷卷面标准, verbatim
        ("未使用规定的执法文书，扣2分", fixed("2")),
        ("漏项、内容不完整、表述不清楚、用语不规范等，每项扣1分", per("1")),
        ("未按规定立卷，扣1分", fixed("1")),
        ("未使用统一的封面，扣1分", fixed("1")),
        ("未按顺序填写、页码有误，每项扣1分", per("1")),
        ("未按顺序组卷，扣1分", fixed("1")),
        ("未编页号或页号混乱，每项扣1分", per("1")),
        # 行政许可案卷评分表 item 12
        (LICENSING_12, per("1.5")),
        # fixed
        ("扣2分", fixed("2")),
        ("未书面告知的，扣3分", fixed("3")),
        ("扣两分", fixed("2")),
        ("扣二分", fixed("2")),
        ("扣十分", fixed("10")),
        ("扣十五分", fixed("15")),
        ("扣半分", fixed("0.5")),
        ("扣零点五分", fixed("0.5")),
        ("扣２分", fixed("2")),
        ("扣１．５分", fixed("1.5")),
        ("扣除2分", fixed("2")),
        ("未填写的扣1分，填写错误的扣1分", fixed("1")),
        # per defect
        ("每项扣1分", per("1")),
        ("每缺一项扣2分", per("2")),
        ("每处扣0.5分", per("0.5")),
        ("每处扣０．５分", per("0.5")),
        ("每发现一处扣两分", per("2")),
        ("扣0.5分/处", per("0.5")),
        ("每项扣1分，扣完为止", per("1")),
        ("每项扣1分，扣完为止，不计负分", per("1")),
        # range
        ("扣1-3分", between("1", "3")),
        ("扣1～3分", between("1", "3")),
        ("扣1~3分", between("1", "3")),
        ("扣1至3分", between("1", "3")),
        ("扣1到3分", between("1", "3")),
        ("酌情扣1—3分", between("1", "3")),
        ("酌情扣1——3分", between("1", "3")),
        ("扣0.5–2分", between("0.5", "2")),
        ("扣1分至3分", between("1", "3")),
        ("扣一至三分", between("1", "3")),
        ("扣5-15分", between("5", "15")),
        ("扣0.2-1分", between("0.2", "1", "0.1")),
        # tiers
        ("扣10分、5分、2分、1分或0.5分", tiers("10", "5", "2", "1", "0.5")),
        ("分别扣10/5/2/1/0.5分", tiers("10", "5", "2", "1", "0.5")),
        ("扣10、5、2、1、0.5分", tiers("10", "5", "2", "1", "0.5")),
        ("视情节扣2分或1分", tiers("2", "1")),
        # free deduction stated in words
        ("扣完为止", DeductionRule(RuleKind.FREE)),
        ("酌情扣分，扣完为止", DeductionRule(RuleKind.FREE)),
    ],
)
def test_regular_wording_is_read(wording: str, expected: DeductionRule) -> None:
    assert parse_deduction(wording) == expected


@pytest.mark.parametrize(
    ("wording", "why"),
    [
        ("", EMPTY),
        ("   ", EMPTY),
        ("未告知的扣3分，告知不完整的扣1分", SEVERAL),
        ("每项扣1分，最多扣3分", SEVERAL),
        ("每处扣1-3分", PER_RANGE),
        ("实施主体不合法的，为不合格卷，评查总分为零分", NO_AMOUNT),
        ("实体评查任一项不合格的，评查不及格", NO_AMOUNT),
        ("按有关规定执行", NO_AMOUNT),
        ("该项不得分", NO_AMOUNT),  # without the item maximum there is no amount
    ],
)
def test_irregular_wording_says_why(wording: str, why: str) -> None:
    reading = read_wording(wording)
    assert reading.rule is None
    assert reading.why == why


def test_no_points_means_the_item_maximum_when_known() -> None:
    assert parse_deduction("未告知的，该项不得分", max_points=D(4)) == fixed("4")


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("两", "2"),
        ("十", "10"),
        ("十五", "15"),
        ("二十", "20"),
        ("一百", "100"),
        ("零点五", "0.5"),
        ("半", "0.5"),
    ],
)
def test_chinese_numbers(token: str, value: str) -> None:
    assert chinese_number(token) == D(value)


def test_normalize_turns_full_width_into_half_width() -> None:
    assert normalize("扣１～３分， 每项") == "扣1~3分,每项"
