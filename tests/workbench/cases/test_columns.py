"""Header detection: synonyms, units, titles above the header, and rows that are not headers."""

from __future__ import annotations

import pytest

from workbench.cases.columns import FIELDS, find_header, header_name


@pytest.mark.parametrize(
    ("field", "synonym"),
    [(field, name) for field, names in FIELDS.items() for name in names if name != "案由"],
)
def test_every_synonym_is_recognised(field, synonym):
    header = find_header([["案号" if field != "case_number" else "序号", synonym]])
    assert header is not None
    assert header.columns[field] == 1


@pytest.mark.parametrize(
    ("cell", "name", "in_wan"),
    [
        ("罚款金额（元）", "罚款金额", False),
        ("罚款金额(万元)", "罚款金额", True),
        ("罚款金额（万元）", "罚款金额", True),
        ("罚款金额/万元", "罚款金额", True),
        ("罚款金额万元", "罚款金额", True),
        ("处罚金额元", "处罚金额", False),
        (" 案 号 ", "案号", False),
        ("结案\n日期", "结案日期", False),
        ("*案号", "案号", False),
        ("案号【必填】", "案号", False),
        ("案号：", "案号", False),
        ("备注（元）", "备注", False),
        (12.0, "", False),
    ],
)
def test_header_names_are_normalised(cell, name, in_wan):
    assert header_name(cell) == (name, in_wan)


def test_the_header_is_found_under_a_merged_title_and_a_blank_row():
    rows = [
        ["2026年某局行政处罚案件台账", "", "", ""],
        ["", "", "", ""],
        ["序号", "案号", "当事人", "罚款金额（万元）"],
        [1, "某罚〔2026〕1号", "某公司", 0.5],
    ]
    header = find_header(rows)
    assert header is not None
    assert header.row == 3
    assert header.columns == {"case_number": 1, "party": 2, "amount": 3}
    assert header.texts["amount"] == "罚款金额（万元）"
    assert header.amount_in_wan


def test_the_row_naming_most_fields_wins():
    rows = [["案号", "说明"], ["案号", "当事人", "立案日期"], ["案号", "当事人"]]
    assert find_header(rows).row == 2


def test_a_header_needs_a_case_number():
    assert find_header([["当事人", "立案日期", "结案日期", "执法部门"]]) is None


def test_only_the_first_fifteen_rows_are_searched():
    rows = [[""]] * 15 + [["案号", "当事人"]]
    assert find_header(rows) is None
    assert find_header(rows[1:]).row == 15


def test_case_name_and_cause_both_present():
    header = find_header([["案号", "案由", "案件名称"]])
    assert header.columns["title"] == 2
    assert header.columns["cause"] == 1


def test_a_lone_cause_column_serves_as_title_and_cause():
    header = find_header([["案号", "案由"]])
    assert header.columns["title"] == header.columns["cause"] == 1


def test_the_preferred_synonym_wins_when_two_columns_fit():
    header = find_header([["处罚决定书文号", "立案号", "当事人"]])
    assert header.columns["case_number"] == 1
