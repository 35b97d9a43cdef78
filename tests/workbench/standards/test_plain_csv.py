"""The four real published CSVs import, with the fallbacks and warnings the user must be told about."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import SHARED_STANDARDS
from workbench.common.errors import UserErrors
from workbench.standards.model import RuleKind, VetoEffect
from workbench.standards.plain_csv import parse_plain_csv, read_plain_csv
from workbench.standards.wording import EMPTY

D = Decimal
SURVEYING = SHARED_STANDARDS / "surveying_penalty_standard.csv"
LICENSING = SHARED_STANDARDS / "licensing_case_file_score_form.csv"
PENALTY_DOCS = SHARED_STANDARDS / "penalty_documents_score_sheet.csv"
ENVIRONMENTAL = SHARED_STANDARDS / "environmental_penalty_score_sheet.csv"
HEADER = "category,item,max_points,deduction_rule,veto\n"


def published_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("path", sorted(SHARED_STANDARDS.glob("*.csv")), ids=lambda p: p.stem)
def test_every_shared_csv_imports_with_exactly_the_irregular_items_as_fallbacks(path: Path) -> None:
    imported = read_plain_csv(path)
    rows = published_rows(path)
    s = imported.standard
    assert [i.text for i in s.items] == [r["item"] for r in rows]
    assert [i.max_points for i in s.items] == [D(r["max_points"]) for r in rows]  # never "fixed" (R9)
    assert [i.rule_text for i in s.items] == [r["deduction_rule"] for r in rows]
    assert [i.key for i in s.items] == [f"I{n:03d}" for n in range(1, len(rows) + 1)]
    unworded = [r["item"] for r in rows if r["veto"] == "no" and not r["deduction_rule"]]
    assert imported.fallbacks == [(text, EMPTY) for text in unworded]  # every printed wording was read
    assert [i.text for i in s.point_items if i.rule.kind is RuleKind.FREE] == unworded
    total = sum(D(r["max_points"]) for r in rows if r["veto"] == "no")
    assert imported.warnings == [
        f"各项分值合计 {total.normalize():f} 分，与标准总分 100 分不一致，已按公布的分值保留"
    ]


def test_surveying_rules_are_read_from_the_wording() -> None:
    imported = read_plain_csv(SURVEYING, name="测绘")
    s = imported.standard
    assert s.name == "测绘"
    forms = s.item_by_text("按国家局制定的测绘地理信息行政执法文书规范填写")
    assert forms is not None
    assert (forms.rule.kind, forms.rule.points, forms.max_points) == (RuleKind.PER_DEFECT, D(1), D(4))
    template = s.item_by_text("使用国家局制定或经备案的行政执法文书格式文本")
    assert template is not None
    assert (template.rule.kind, template.rule.points) == (RuleKind.FIXED, D(2))
    one_file = s.item_by_text("一案一卷")
    assert one_file is not None
    assert (one_file.rule.kind, one_file.rule.points, one_file.max_points) == (RuleKind.FIXED, D(1), D(2))
    assert imported.fallbacks == []
    assert s.items_max == D(14)


def test_surveying_vetoes_zero_the_total_by_default() -> None:
    s = read_plain_csv(SURVEYING).standard
    assert len(s.veto_items) == 9
    assert {s.effect_of(i) for i in s.veto_items} == {VetoEffect.ZERO_TOTAL}
    assert all(i.max_points == 0 and i.category == ("基本标准",) for i in s.veto_items)
    first = s.veto_items[0]
    assert first.rule_text == "实施主体不合法的，为不合格卷，评查总分为零分"


def test_licensing_item_12_is_per_sub_item_and_empty_wording_falls_back() -> None:
    imported = read_plain_csv(LICENSING)
    s = imported.standard
    item12 = s.items[11]
    assert (item12.rule.kind, item12.rule.points, item12.max_points) == (RuleKind.PER_DEFECT, D("1.5"), D(12))
    assert len(imported.fallbacks) == 11
    assert {why for _, why in imported.fallbacks} == {EMPTY}
    assert s.items_max == D(109)
    assert "各项分值合计 109 分，与标准总分 100 分不一致，已按公布的分值保留" in imported.warnings


def test_two_level_categories_are_split_into_a_path() -> None:
    s = read_plain_csv(PENALTY_DOCS).standard
    assert s.items[0].category == ("立案阶段", "立案审批文书")
    assert "调查取证阶段 > 询问笔录" in s.categories()


def test_environmental_substantive_checks_are_vetoes() -> None:
    s = read_plain_csv(ENVIRONMENTAL).standard
    assert [i.text for i in s.veto_items] == [
        "处罚主体具有合法资格",
        "违法事实清楚，证据确凿",
        "处罚依据合法充分，适用准确",
        "处罚内容适当，不畸轻畸重",
    ]
    assert all(i.category == ("实体评查",) for i in s.veto_items)
    assert len(s.point_items) == 13


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gbk"])
def test_encodings_excel_and_wps_save_are_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "自定义标准.csv"
    path.write_bytes((HEADER + "卷面,文书规范,4,每项扣1分,no\r\n").encode(encoding))
    s = read_plain_csv(path).standard
    assert s.name == "自定义标准"
    assert (s.items[0].text, s.items[0].rule.kind) == ("文书规范", RuleKind.PER_DEFECT)


def test_unreadable_wording_is_reported_with_its_reason() -> None:
    imported = parse_plain_csv(HEADER + "卷面,告知,3,未告知的扣3分，告知不完整的扣1分,no\n", name="x")
    assert imported.standard.items[0].rule.kind is RuleKind.FREE
    assert imported.fallbacks == [("告知", "扣分标准中有多个不同的扣分值或扣分方式")]


def test_a_rule_that_contradicts_the_points_falls_back_rather_than_failing() -> None:
    imported = parse_plain_csv(HEADER + "卷面,封面,2,扣1-5分,no\n", name="x")
    assert imported.standard.items[0].rule.kind is RuleKind.FREE
    assert imported.fallbacks[0][1].startswith("扣分标准与分值不符")


def test_bad_rows_are_all_named_and_nothing_imports() -> None:
    text = HEADER + "卷面,甲,两分,,no\n卷面,乙,1,,maybe\n卷面,丙,1,,no,extra\n"
    with pytest.raises(UserErrors) as caught:
        parse_plain_csv(text, name="x", source="文件“x.csv”")
    messages = [e.message for e in caught.value.errors]
    assert messages == [
        "第 2 行「max_points」列：分值“两分”不是数字",
        "第 3 行「veto」列：只能填 yes 或 no，实际为“maybe”",
        "第 4 行：应有 5 列，实际 6 列（含逗号的内容要用英文双引号括起来）",
    ]
    assert caught.value.message.startswith("文件“x.csv”有 3 处错误，未导入任何数据")


def test_validation_errors_name_the_csv_row() -> None:
    text = HEADER + "卷面,甲,2,,no\n基本标准,乙,5,不合格,yes\n"
    with pytest.raises(UserErrors) as caught:
        parse_plain_csv(text, name="x")
    assert [e.message for e in caught.value.errors] == [
        "第 3 行「max_points」列：评查项目「乙」否决项不计分，分值应为 0（现为 5）"
    ]


def test_wrong_header_is_refused() -> None:
    with pytest.raises(UserErrors, match="表头应为"):
        parse_plain_csv("类别,项目,分值\n", name="x")


def test_a_published_veto_row_without_points_is_a_veto() -> None:
    text = (
        "category,item,max_points,deduction_rule,veto\n"
        "基本标准,主体不合法,,不合格卷,yes\n"
        "卷面,文书规范,10,每项扣1分,no\n"
    )
    [veto, item] = parse_plain_csv(text, name="表").standard.items
    assert (veto.veto, veto.max_points) == (True, Decimal(0))
    assert (item.veto, item.max_points) == (False, Decimal(10))


def test_a_blank_points_cell_of_an_ordinary_row_is_still_an_error() -> None:
    text = "category,item,max_points,deduction_rule,veto\n卷面,文书规范,,每项扣1分,no\n"
    with pytest.raises(UserErrors, match="分值“”不是数字"):
        parse_plain_csv(text, name="表")
