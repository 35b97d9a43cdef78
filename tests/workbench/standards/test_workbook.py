"""The app's standard workbook: round trips exactly, names every bad cell, refuses what is not a workbook."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from openpyxl import Workbook, load_workbook

from tests.conftest import REPO
from workbench.common.errors import UserErrors
from workbench.standards.model import NaPolicy, RuleKind, Standard, VetoEffect
from workbench.standards.validate import UnreadableFile, validate_standard
from workbench.standards.workbook_layout import HELP_SHEET, ITEMS_SHEET, SETTINGS_SHEET
from workbench.standards.workbook_read import read_workbook
from workbench.standards.workbook_write import export_workbook, write_workbook

from .strategies import standards

D = Decimal
SHIPPED_DIR = REPO / "resources" / "standards"
SHIPPED = sorted(SHIPPED_DIR.glob("*.xlsx"))


def build_script():
    spec = importlib.util.spec_from_file_location("standards_build", SHIPPED_DIR / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def to_bytes(s: Standard) -> io.BytesIO:
    buf = io.BytesIO()
    write_workbook(s, buf)
    buf.seek(0)
    return buf


def round_trip(s: Standard) -> Standard:
    return read_workbook(to_bytes(s), filename="t.xlsx").standard


def edited(s: Standard, edit: Callable[[Workbook], None]) -> io.BytesIO:
    book = load_workbook(to_bytes(s))
    edit(book)
    buf = io.BytesIO()
    book.save(buf)
    buf.seek(0)
    return buf


def errors_of(source: io.BytesIO) -> list[str]:
    with pytest.raises(UserErrors) as caught:
        read_workbook(source, filename="t.xlsx")
    return [e.message for e in caught.value.errors]


@pytest.fixture(scope="module")
def example() -> Standard:
    return build_script().example()


@settings(max_examples=40)
@given(standards())
def test_import_of_export_is_the_same_standard(s: Standard) -> None:
    validate_standard(s)  # the strategy makes valid standards only
    assert round_trip(s) == s


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_workbooks_round_trip_and_match_their_build_script(path: Path) -> None:
    imported = read_workbook(path)
    assert imported.fallbacks == []
    assert round_trip(imported.standard) == imported.standard
    assert imported.standard == build_script().SHIPPED[path.stem]()  # the committed output is up to date


def test_at_least_four_shipped_standards_and_the_example() -> None:
    names = {p.stem for p in SHIPPED}
    assert {
        "测绘地理信息行政处罚案卷评查标准（节选，合计14分）",
        "行政许可案卷评分表",
        "示例-评查标准模板",
    } <= names
    assert len(names) >= 5


def test_shipped_settings_follow_the_published_sources() -> None:
    by_name = {p.stem: read_workbook(p).standard for p in SHIPPED}
    surveying = by_name["测绘地理信息行政处罚案卷评查标准（节选，合计14分）"]
    assert surveying.case_types == ("penalty",)
    assert {surveying.effect_of(i) for i in surveying.veto_items} == {VetoEffect.ZERO_TOTAL}
    assert "内容标准80分缺失" in surveying.source_note
    assert "合计14分" in surveying.source_note
    env = by_name["环境行政处罚案卷评查评分表（节选，合计15分）"]
    assert [env.effect_of(i) for i in env.veto_items] == [VetoEffect.FAIL_REVIEW] * 4
    licensing = by_name["行政许可案卷评分表"]
    assert licensing.case_types == ("licensing",)
    assert [n for n, i in enumerate(licensing.items, start=1) if i.na_allowed] == [5, 7, 8]
    assert licensing.na_policy is NaPolicy.RESCALE
    assert licensing.items_max == D(109)
    assert licensing.scale_to_total  # the form prints no total: scored on 100, the published points kept


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_a_shipped_standard_adds_up_or_is_named_an_excerpt_with_its_sum(path: Path) -> None:
    s = read_workbook(path).standard
    if s.items_max == s.declared_total or s.scale_to_total:
        assert "节选" not in s.name
    else:
        assert s.name.endswith(f"（节选，合计{s.items_max.normalize():f}分）")
        assert path.stem == s.name


def test_the_example_shows_every_deduction_kind_and_veto_effect(example: Standard) -> None:
    checklist_only = {RuleKind.BINARY, RuleKind.LEVELS, RuleKind.BONUS}  # shown by the shipped checklist
    assert {i.rule.kind for i in example.point_items} == set(RuleKind) - checklist_only
    assert {example.effect_of(i) for i in example.veto_items} == set(VetoEffect)
    assert validate_standard(example) == []


def test_the_workbook_helps_a_clerk(example: Standard) -> None:
    book = load_workbook(to_bytes(example))
    assert book.sheetnames == [ITEMS_SHEET, SETTINGS_SHEET, HELP_SHEET]
    items = book[ITEMS_SHEET]
    assert items.freeze_panes == "A2"
    lists = {str(dv.sqref): dv.formula1 for dv in items.data_validations.dataValidation}
    kinds = "固定扣分,按处扣分,区间扣分,档次扣分,自由扣分,是否达标,分档计分,加分项,否决项"
    assert lists["F2:F1000"] == f'"{kinds}"'
    assert lists["I2:I1000"] == '"是,否"'
    assert "等次封顶" in lists["J2:J1000"]
    assert lists["K2:K1000"] == "'设置'!$A$15:$A$20"  # the band labels
    assert items.column_dimensions["D"].width > 30
    settings_sheet = book[SETTINGS_SHEET]
    labels = [c.value for c in settings_sheet["A"][1:11]]
    assert labels[:2] == ["标准名称", "类型"]
    assert labels[4:7] == ["标准总分", "加分总上限", "计分方式"]
    assert labels[-1] == "来源说明"
    assert settings_sheet["B3"].value == "评查标准"
    assert len(settings_sheet.data_validations.dataValidation) == 5
    assert any("区间扣分" in str(c.value) for c in book[HELP_SHEET]["C"])


def test_text_that_looks_like_a_formula_stays_text(example: Standard) -> None:
    s = replace(
        example, items=(replace(example.items[5], text="=SUM(A1)", rule_text="=1+1"), *example.items[6:])
    )
    assert round_trip(s) == s


def test_what_a_clerk_types_is_understood(example: Standard) -> None:
    def edit(book: Workbook) -> None:
        ws = book[ITEMS_SHEET]
        ws["G7"] = 2  # 固定扣分 typed as a number
        ws["G12"] = "1～5分"  # full-width tilde and a unit
        ws["G10"] = "2、1、0.5"
        ws["I16"] = None  # 可不适用 left empty
        ws["J4"] = "评查不及格"  # the environmental sheet's wording
        ws["P8"] = None  # no key: one is generated
        book[SETTINGS_SHEET]["B5"] = "行政处罚，行政许可"

    s = read_workbook(edited(example, edit), filename="t.xlsx").standard
    assert s.items[5].rule.points == D(2)
    assert (s.items[10].rule.low, s.items[10].rule.high) == (D(1), D(5))
    assert s.items[8].rule.tiers == (D(2), D(1), D("0.5"))
    assert s.items[14].na_allowed is False
    assert s.items[2].veto_effect is VetoEffect.FAIL_REVIEW
    assert s.items[6].key not in {i.key for n, i in enumerate(s.items) if n != 6}
    assert s.case_types == ("penalty", "licensing")


def test_every_bad_cell_is_named_and_nothing_imports(example: Standard) -> None:
    def edit(book: Workbook) -> None:
        ws = book[ITEMS_SHEET]
        ws["E7"] = "四分"
        ws["F8"] = "按件扣分"
        ws["G12"] = "一到五"
        ws["I9"] = "也许"
        ws["G13"] = datetime(2025, 1, 3)  # Excel turned "1-3" into a date
        ws["F13"] = "区间扣分"
        book[SETTINGS_SHEET]["B8"] = "加权平均"
        book[SETTINGS_SHEET]["A22"] = "优良率"

    assert errors_of(edited(example, edit)) == [
        "工作表“设置”第 8 行「值」列：“加权平均”不是可选的值（可选：各项得分相加、总分减扣分）",
        "工作表“设置”第 22 行「最低分」列：不能为空",
        "工作表“评分项目”第 7 行「分值」列：“四分”不是数字",
        "工作表“评分项目”第 8 行「扣分方式」列：“按件扣分”不是可选的扣分方式"
        "（可选：固定扣分、按处扣分、区间扣分、档次扣分、自由扣分、是否达标、分档计分、加分项、否决项）",
        "工作表“评分项目”第 9 行「可不适用」列：只能填“是”或“否”，实际为“也许”",
        "工作表“评分项目”第 12 行「扣分值」列：区间扣分应填写如“1-3”，实际为“一到五”",
        "工作表“评分项目”第 13 行「扣分值」列：被 Excel 识别成了日期：请先把该列设为“文本”格式，再填写“1-3”",
    ]


def test_validation_problems_name_sheet_row_and_column(example: Standard) -> None:
    def edit(book: Workbook) -> None:
        book[ITEMS_SHEET]["E3"] = 5  # a veto item with points
        book[ITEMS_SHEET]["P9"] = "I001"  # a duplicate key
        book[SETTINGS_SHEET]["A16"] = "优秀"  # a duplicate band

    assert errors_of(edited(example, edit)) == [
        "工作表“设置”第 16 行：等次名称“优秀”重复",
        "工作表“评分项目”第 3 行「分值」列："
        "评查项目「超越法定权限实施行政处罚」否决项不计分，分值应为 0（现为 5）",
        "工作表“评分项目”第 9 行「项目编号」列：项目编号“I001”重复，与第 2 行相同",
    ]


def test_missing_sheets_and_columns_are_named(example: Standard) -> None:
    def drop_settings(book: Workbook) -> None:
        del book[SETTINGS_SHEET]

    assert errors_of(edited(example, drop_settings)) == ["缺少工作表“设置”"]

    def drop_column(book: Workbook) -> None:
        book[ITEMS_SHEET]["E1"] = "满分"

    assert errors_of(edited(example, drop_column)) == ["工作表“评分项目”第 1 行：缺少列：分值"]


def test_name_argument_overrides_the_sheet(example: Standard) -> None:
    assert read_workbook(to_bytes(example), name="本局标准").standard.name == "本局标准"


@pytest.mark.parametrize(
    "content",
    [b"", b"not a workbook at all", b"PK\x03\x04 truncated zip"],
    ids=["empty", "text", "truncated"],
)
def test_corrupt_files_are_refused_in_chinese(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "标准.xlsx"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match=r"无法读取文件“标准\.xlsx”：不是有效的 Excel 工作簿"):
        read_workbook(path)


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    with pytest.raises(UnreadableFile):
        read_workbook(path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="找不到该文件"):
        read_workbook(tmp_path / "none.xlsx")


def test_export_replaces_the_target_only_when_complete(tmp_path: Path, example: Standard) -> None:
    target = tmp_path / "out.xlsx"
    export_workbook(example, target)
    assert read_workbook(target).standard == example
    assert list(tmp_path.iterdir()) == [target]
