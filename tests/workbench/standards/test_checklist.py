"""Supervision checklists (督察清单): the new scoring methods validate, read and write through the standard
workbook, and the shipped template imports cleanly and scores a hand-worked unit as expected."""

from __future__ import annotations

import importlib.util
import io
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal as D  # noqa: N817 (short for readable tables)

import pytest
from openpyxl import Workbook, load_workbook

from tests.conftest import REPO
from workbench.common.errors import UserErrors
from workbench.scoring import Entry, EntryKind, check_entry, score_sheet
from workbench.standards.model import (
    CASE_FILE,
    CHECKLIST,
    DeductionRule,
    Item,
    RuleKind,
    Standard,
    VetoEffect,
    standard_from_dict,
    standard_to_dict,
)
from workbench.standards.service import import_standard_file, report_lines
from workbench.standards.validate import validate_standard
from workbench.standards.workbook_layout import ITEMS_SHEET, SETTINGS_SHEET
from workbench.standards.workbook_read import read_workbook
from workbench.standards.workbook_write import write_workbook

CHECKLISTS = REPO / "resources" / "checklists"
SHIPPED = CHECKLISTS / "法治政府建设督察考核清单.xlsx"
LEVELS = DeductionRule(RuleKind.LEVELS, levels=(("专门机构", D(3)), ("兼管", D(2)), ("无", D(0))))
SMALL = Standard(
    name="小清单",
    kind=CHECKLIST,
    bonus_cap=D(4),
    items=(
        Item(
            "A",
            ("组织领导", "责任落实"),
            "列入年度工作要点",
            D(4),
            DeductionRule(RuleKind.BINARY),
            evidence="工作要点",
        ),
        Item("B", ("组织领导", "机构队伍"), "设立法制机构", D(3), LEVELS),
        Item("C", ("其他",), "其余", D(93), DeductionRule(RuleKind.FREE)),
        Item("X", ("加分项",), "获评示范", D(0), DeductionRule(RuleKind.BONUS, points=D(3), cap=D(3))),
    ),
)


def build_script():
    spec = importlib.util.spec_from_file_location("checklists_build", CHECKLISTS / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def to_bytes(s: Standard, edit: Callable[[Workbook], None] | None = None) -> io.BytesIO:
    buf = io.BytesIO()
    write_workbook(s, buf)
    if edit is not None:
        buf.seek(0)
        book = load_workbook(buf)
        edit(book)
        buf = io.BytesIO()
        book.save(buf)
    buf.seek(0)
    return buf


def problems(s: Standard) -> list[str]:
    with pytest.raises(UserErrors) as caught:
        validate_standard(s)
    return [e.message for e in caught.value.errors]


def import_errors(source: io.BytesIO) -> list[str]:
    with pytest.raises(UserErrors) as caught:
        read_workbook(source, filename="t.xlsx")
    return [e.message for e in caught.value.errors]


def with_item(key: str, **changes: object) -> Standard:
    return replace(SMALL, items=tuple(replace(i, **changes) if i.key == key else i for i in SMALL.items))


# --- the model and its validation ------------------------------------------------------------------------


def test_a_stored_standard_without_the_new_fields_still_loads_as_a_case_file_standard() -> None:
    body = standard_to_dict(SMALL)
    assert standard_from_dict(body) == SMALL
    for key in ("kind", "bonus_cap"):
        del body[key]
    for item in body["items"]:
        del item["evidence"]
        for key in ("levels", "cap"):
            del item["rule"][key]
    old = standard_from_dict({**body, "items": [i for i in body["items"] if i["rule"]["kind"] == "free"]})
    assert (old.kind, old.bonus_cap, old.items[0].evidence) == (CASE_FILE, None, "")


def test_a_good_checklist_validates_and_knows_its_bonus_room() -> None:
    assert validate_standard(SMALL) == []
    assert SMALL.items_max == 100
    assert SMALL.bonus_max == 3  # the item cap is below the checklist's cap of 4
    assert replace(SMALL, bonus_cap=D(2)).bonus_max == 2


@pytest.mark.parametrize(
    ("key", "changes", "expected"),
    [
        ("A", {"max_points": D(0)}, "是否达标的项目分值必须大于 0"),
        ("B", {"rule": DeductionRule(RuleKind.LEVELS, levels=(("专门机构", D(3)),))}, "至少要列出两档"),
        ("B", {"rule": replace(LEVELS, levels=(("专门机构", D(3)), ("专门机构", D(2))))}, "档次名称重复"),
        ("B", {"rule": replace(LEVELS, levels=(("甲/乙", D(3)), ("无", D(0))))}, "不能含有“/”"),
        ("B", {"rule": replace(LEVELS, levels=(("甲", D(3)), ("乙", D(3))))}, "两档的得分相同"),
        (
            "B",
            {"rule": replace(LEVELS, levels=(("甲", D(5)), ("乙", D(0))))},
            "每一档的得分都应在 0 至该项分值 3 分之间",
        ),
        (
            "B",
            {"rule": replace(LEVELS, levels=(("甲", D(2)), ("乙", D(0))))},
            "最高一档应得满分 3 分（现为 2 分）",
        ),
        ("X", {"max_points": D(2)}, "加分项不计入基本分，分值应为 0（现为 2）"),
        ("X", {"rule": DeductionRule(RuleKind.BONUS)}, "加分项的加分上限必须大于 0"),
        (
            "X",
            {"rule": DeductionRule(RuleKind.BONUS, points=D(4), cap=D(3))},
            "每项加分值应大于 0 且不超过加分上限 3 分",
        ),
        ("X", {"na_allowed": True}, "加分项不能设为“可不适用”"),
        ("A", {"rule": DeductionRule(RuleKind.BINARY, cap=D(2))}, "只有加分项才填写加分上限"),
    ],
)
def test_bad_checklist_items_are_refused_by_name(key: str, changes: dict, expected: str) -> None:
    (message,) = problems(with_item(key, **changes))
    assert expected in message
    assert f"「{SMALL.item(key).text}」" in message


def test_bad_checklist_settings_are_refused_or_warned() -> None:
    assert problems(replace(SMALL, kind="survey")) == ["类型“survey”无法识别（可选：评查标准、督察清单）"]
    assert problems(replace(SMALL, bonus_cap=D(0))) == ["加分总上限必须大于 0"]
    only_bonus = replace(SMALL, items=(SMALL.items[-1],))
    assert "没有任何计分项目（否决项、加分项以外的项目）" in problems(only_bonus)
    no_bonus = replace(SMALL, items=SMALL.items[:-1])
    assert validate_standard(no_bonus)[-1] == "设置了加分总上限 4 分，但没有加分项"


# --- the workbook ----------------------------------------------------------------------------------------


def test_a_checklist_round_trips_through_the_workbook_with_type_levels_cap_and_evidence() -> None:
    book = load_workbook(to_bytes(SMALL))
    rows = list(book[ITEMS_SHEET].iter_rows(values_only=True))
    header = rows[0]
    by_key = {r[header.index("项目编号")]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert by_key["A"]["扣分方式"] == "是否达标"
    assert by_key["A"]["佐证材料"] == "工作要点"
    assert (by_key["B"]["扣分方式"], by_key["B"]["扣分值"]) == ("分档计分", "专门机构:3/兼管:2/无:0")
    assert (by_key["X"]["扣分方式"], by_key["X"]["扣分值"], by_key["X"]["加分上限"]) == ("加分项", "3", 3)
    settings = {r[0]: r[1] for r in book[SETTINGS_SHEET].iter_rows(values_only=True)}
    assert (settings["类型"], settings["加分总上限"]) == ("督察清单", 4)
    assert read_workbook(to_bytes(SMALL), filename="t.xlsx").standard == SMALL


def test_levels_typed_by_a_clerk_are_understood() -> None:
    def edit(book: Workbook) -> None:
        book[ITEMS_SHEET]["G3"] = "专门机构：3、兼管：2分、无：0"  # full-width colons, 、 and a unit

    assert read_workbook(to_bytes(SMALL, edit), filename="t.xlsx").standard == SMALL


def test_bad_checklist_cells_are_named_and_nothing_imports() -> None:
    def edit(book: Workbook) -> None:
        ws = book[ITEMS_SHEET]
        ws["G2"] = "4"  # 是否达标 takes no amount
        ws["G3"] = "专门机构3/兼管:2"  # a level without its colon
        book[SETTINGS_SHEET]["B3"] = "考核表"

    assert import_errors(to_bytes(SMALL, edit)) == [
        "工作表“设置”第 3 行「值」列：“考核表”不是可选的值（可选：评查标准、督察清单）",
        "工作表“评分项目”第 2 行「扣分值」列：是否达标不填扣分值（未达标扣除该项全部分值）",
        "工作表“评分项目”第 3 行「扣分值」列："
        "分档计分应填写“档名:得分”，用“/”分隔，如“专门机构:3/兼管:2/无:0”；“专门机构3”无法识别",
    ]

    def no_cap(book: Workbook) -> None:  # cells fine, so the standard is validated: the rule names the cell
        book[ITEMS_SHEET]["M5"] = None

    assert import_errors(to_bytes(SMALL, no_cap)) == [
        "工作表“评分项目”第 5 行「加分上限」列：评查项目「获评示范」加分项的加分上限必须大于 0"
    ]


def test_an_old_workbook_without_the_new_cells_reads_as_a_case_file_standard() -> None:
    old = import_standard_file(REPO / "resources" / "standards" / "示例-评查标准模板.xlsx").standard
    assert (old.kind, old.bonus_cap) == (CASE_FILE, None)
    assert all(i.evidence == "" for i in old.items)


# --- the shipped template ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> Standard:
    imported = import_standard_file(SHIPPED)
    assert imported.warnings == []
    assert imported.fallbacks == []
    return imported.standard


def test_the_shipped_checklist_matches_its_json_source(shipped: Standard) -> None:
    script = build_script()
    source = SHIPPED.with_suffix(".json")
    assert source in script.sources()
    assert shipped == script.load(source)  # the committed workbook is up to date
    assert read_workbook(to_bytes(shipped), filename="t.xlsx").standard == shipped


def test_the_shipped_checklist_is_a_realistic_three_level_template(shipped: Standard) -> None:
    assert shipped.kind == CHECKLIST
    assert shipped.items_max == shipped.declared_total == 100
    base = [i for i in shipped.point_items if not i.bonus]
    assert len(base) >= 25
    assert all(len(i.category) == 2 and i.evidence for i in base)  # 一级 > 二级 > the 三级 indicator
    tops = {i.category[0] for i in base}
    assert {"依法全面履行政府职能", "重大行政决策", "行政执法", "行政复议与诉讼", "组织领导"} <= tops
    kinds = {i.rule.kind for i in base}
    assert {RuleKind.BINARY, RuleKind.LEVELS, RuleKind.PER_DEFECT} <= kinds
    assert [(i.rule.points, i.rule.cap) for i in shipped.bonus_items] == [(D(3), D(3)), (D(1), D(2))]
    assert shipped.bonus_cap == 5
    assert [shipped.effect_of(i) for i in shipped.veto_items] == [VetoEffect.FAIL_REVIEW]
    assert [(b.label, b.minimum) for b in shipped.bands] == [
        ("优秀", 90),
        ("良好", 80),
        ("合格", 60),
        ("不合格", 0),
    ]
    assert shipped.item("C23").rule == DeductionRule(RuleKind.PER_DEFECT, points=D(2))
    assert "视为未开展工作" in shipped.item("C27").rule_text


def test_the_shipped_checklist_scores_a_hand_worked_unit(shipped: Standard) -> None:
    entries = [
        Entry("C27", points=D(4), reason="未报送年度报告，无佐证材料"),  # 是否达标: not met, −4
        Entry("C32", points=D(1), reason="由办公室兼管"),  # 分档计分: 兼管 2 of 3
        Entry("C23", points=D(4), count=2, reason="2件复议决定被撤销"),  # 每件扣2分
        Entry("C05", points=D(1)),  # 80%—90%: 2 of 3
        Entry("B01", EntryKind.BONUS, points=D(3), count=1, reason="获评省级示范"),
        Entry("B02", EntryKind.BONUS, points=D(1), count=1),
        Entry("B02", EntryKind.BONUS, points=D(2), count=2),  # 3 promotions: capped at the item's 2
    ]
    for e in entries:
        check_entry(shipped.item(e.item_key), e)
    r = score_sheet(shipped, entries)
    assert r.points == 100 - 4 - 1 - 4 - 1 == 90
    assert (r.items["B01"].score, r.items["B02"].score) == (3, 2)
    assert r.bonus == 5  # 3 + 2, exactly the checklist's bonus cap
    assert (r.total, r.grade) == (95, "优秀")
    assert r.categories["组织领导 > 机构队伍"].score == 4
    assert r.categories["加分项"].score == 5
    assert "「设立法制审核机构」评为“兼管”，得 2 分：由办公室兼管" in r.reasons

    worse = [*entries[:4], Entry("C16", points=D(3)), Entry("C17", points=D(6), count=3)]
    r = score_sheet(shipped, worse)  # 90 − 3 − 4 (item 17 floors at 0)
    assert (r.total, r.grade) == (83, "良好")

    vetoed = score_sheet(shipped, [*entries, Entry("V01", EntryKind.VETO, reason="发生重大违法行政案件")])
    assert (vetoed.total, vetoed.grade) == (95, "不合格")  # the score stands, the grade is forced


def test_the_import_report_speaks_of_indicators_bonus_and_vetoes() -> None:
    lines = report_lines(import_standard_file(SHIPPED))
    assert lines == [
        "督察清单“法治政府建设督察考核清单”：共 37 个指标，其中计分指标 34 个，加分项 2 个，否决项 1 个。",
        "计分指标分值合计 100 分，标准总分 100 分，加分最多 5 分。",
    ]
