"""Dates, amounts, case types and officers as departments write them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.cases.values import (
    BadValue,
    cell_text,
    officers,
    parse_amount,
    parse_case_type,
    parse_date,
    parse_procedure,
)


@pytest.mark.parametrize(
    "cell",
    [
        "2026-03-05",
        "2026/3/5",
        "2026.3.5",
        "2026年3月5日",
        "2026年03月05日",
        "2026 年 3 月 5 日",
        "２０２６年３月５日",
        "20260305",
        " 2026-03-05 ",
        "2026-03-05 00:00:00",
        "2026/3/5 9:30",
        date(2026, 3, 5),
        datetime(2026, 3, 5, 14, 30),
        46086.0,  # Excel serial
        46086.75,  # serial with a time of day
        46086,  # .xls gives ints for whole numbers
        20260305.0,  # yyyymmdd typed into a number cell
    ],
)
def test_every_date_spelling_reads_as_iso(cell):
    assert parse_date(cell) == "2026-03-05"


@pytest.mark.parametrize("cell", ["", "   ", None, "无", "/", "-"])
def test_empty_dates_read_as_none(cell):
    assert parse_date(cell) is None


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("2026-02-30", "日期“2026-02-30”不存在"),
        ("2026-13-01", "不存在"),
        ("1979-12-31", "年份超出 1980–2100 年"),
        ("2101-01-01", "年份超出"),
        ("明年三月", "不是可识别的日期"),
        ("2026-3/5", "不是可识别的日期"),
        ("05/03/2026", "不是可识别的日期"),
        (12.0, "“12”不是日期"),
        (True, "不是日期"),
    ],
)
def test_impossible_or_unreadable_dates_are_refused(cell, reason):
    with pytest.raises(BadValue, match=reason):
        parse_date(cell)


@pytest.mark.parametrize(
    ("cell", "fen"),
    [
        (1234.5, 123450),
        (1234, 123400),
        (0.1 + 0.2, 30),  # 0.30000000000000004 must not become 31 fen or 29
        (1.005, 101),  # half up on the shortest repr, not on the binary value 1.00499999…
        ("1234.5", 123450),
        ("1,234.50", 123450),
        ("1，234", 123400),
        ("3万元", 30_000_00),
        ("3.5万", 35_000_00),
        ("1200元", 120_000),
        ("１２００", 120_000),
        ("¥1,200.00", 120_000),
        ("人民币 1200 元", 120_000),
        ("0", 0),
    ],
)
def test_every_amount_spelling_reads_in_fen(cell, fen):
    assert parse_amount(cell) == fen


def test_a_wan_header_multiplies_plain_numbers_but_not_explicit_units():
    assert parse_amount(0.5, in_wan=True) == 5000_00
    assert parse_amount("1.2", in_wan=True) == 12000_00
    assert parse_amount("3000元", in_wan=True) == 3000_00


@pytest.mark.parametrize("cell", ["", "  ", None, "无", "/"])
def test_empty_amounts_read_as_none(cell):
    assert parse_amount(cell) is None


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("-200", "不能为负数"),
        (-0.5, "不能为负数"),
        ("-3万元", "不能为负数"),
        ("三千元", "不是金额"),
        ("12a", "不是金额"),
    ],
)
def test_negative_or_non_numeric_amounts_are_refused(cell, reason):
    with pytest.raises(BadValue, match=reason):
        parse_amount(cell)


def test_a_boolean_cell_is_not_an_amount_even_after_a_one_was_cached():
    assert parse_amount(1.0) == 100
    with pytest.raises(BadValue):
        parse_amount(True)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("行政处罚", "penalty"),
        ("行政许可", "licensing"),
        ("行政强制", "compulsion"),
        ("行政检查", "inspection"),
        ("行政征收", "levy"),
        ("行政征用", "levy"),
        ("行政确认", "confirmation"),
        ("行政给付", "benefit"),
        ("行政裁决", "adjudication"),
        ("行政复议", "reconsideration"),
        (" 行政 许可 ", "licensing"),
        ("许可", "licensing"),
        ("", "penalty"),
    ],
)
def test_case_types_map_to_ids(cell, expected):
    assert parse_case_type(cell) == expected


def test_an_unknown_case_type_is_refused():
    with pytest.raises(BadValue, match="未知的案件类型“行政奖励”"):
        parse_case_type("行政奖励")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("一般程序", "ordinary"), ("普通程序", "ordinary"), ("简易程序", "summary"), ("", "")],
)
def test_procedures_map_to_ids(cell, expected):
    assert parse_procedure(cell) == expected


def test_an_unknown_procedure_is_refused():
    with pytest.raises(BadValue, match="未知的程序“听证程序”"):
        parse_procedure("听证程序")


@pytest.mark.parametrize(
    "cell",
    ["张三、李四", "张三，李四", "张三,李四", "张三;李四", "张三；李四", "张三 李四", " 张三 、 李四 "],
)
def test_officer_lists_are_joined_with_the_enumeration_comma(cell):
    assert officers(cell) == "张三、李四"


def test_number_cells_read_as_people_see_them():
    assert cell_text(20260001.0) == "20260001"
    assert cell_text(12.5) == "12.5"
    assert cell_text(7) == "7"
    assert cell_text(datetime(2026, 3, 5)) == "2026-03-05"


valid_dates = st.dates(min_value=date(1980, 1, 1), max_value=date(2100, 12, 31))
DATE_FORMS = [
    lambda d: d.isoformat(),
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: f"{d.year}.{d.month}.{d.day}",
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: d.strftime("%Y%m%d"),
    lambda d: d,
    lambda d: datetime(d.year, d.month, d.day, 8, 15),
    lambda d: float((d - date(1899, 12, 30)).days),
    lambda d: float(d.strftime("%Y%m%d")),
]


@given(valid_dates, st.sampled_from(DATE_FORMS))
def test_any_valid_date_in_any_form_reads_back_as_itself(day, form):
    assert parse_date(form(day)) == day.isoformat()


@given(valid_dates, st.integers(min_value=1, max_value=3))
def test_a_date_past_the_end_of_its_month_is_refused(day, past):
    end = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    with pytest.raises(BadValue, match="不存在"):
        parse_date(f"{end.year}-{end.month}-{end.day + past}")


def _grouped(yuan: Decimal, separator: str) -> str:
    whole, _, cents = f"{yuan:.2f}".partition(".")
    return f"{int(whole):,}".replace(",", separator) + "." + cents


AMOUNT_FORMS = [
    lambda fen: f"{Decimal(fen) / 100:.2f}",
    lambda fen: _grouped(Decimal(fen) / 100, ","),
    lambda fen: _grouped(Decimal(fen) / 100, "，"),
    lambda fen: f"{Decimal(fen) / 100:.2f}元",
    lambda fen: _grouped(Decimal(fen) / 100, ",") + "元",
    lambda fen: f"{(Decimal(fen) / 1_000_000).normalize():f}万元",
    lambda fen: f"{(Decimal(fen) / 1_000_000).normalize():f}万",
    lambda fen: f"{Decimal(fen) / 100:.2f}".translate(str.maketrans("0123456789.", "０１２３４５６７８９．")),
    lambda fen: fen / 100,  # a number cell
]


@given(st.integers(min_value=0, max_value=10**13), st.sampled_from(AMOUNT_FORMS))
def test_any_amount_in_any_form_reads_back_in_fen(fen, form):
    assert parse_amount(form(fen)) == fen
