"""Import a standard workbook, naming every bad cell and importing nothing unless all is well."""

from __future__ import annotations

import re
import unicodedata
import warnings
import zipfile
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from workbench.common.errors import ImportProblem, UserError, UserErrors, where
from workbench.common.spreadsheet import check_workbook
from workbench.standards.model import (
    DEFAULT_BANDS,
    DeductionRule,
    GradeBand,
    Item,
    RuleKind,
    Standard,
    VetoEffect,
)
from workbench.standards.validate import (
    CASE_TYPES,
    LEVEL_POINTS_SEP,
    NA_POLICIES,
    PATH_SEP,
    RULE_KINDS,
    SCORE_MODELS,
    STANDARD_KINDS,
    VETO_EFFECTS,
    VETO_KIND,
    ImportedStandard,
    Origin,
    UnreadableFile,
    fmt,
    validate_standard,
)
from workbench.standards.workbook_layout import (
    BAND_HEADER,
    DEFAULT_STEP,
    FIELD_COLUMNS,
    HEADERS,
    ITEMS_SHEET,
    REQUIRED,
    SETTINGS,
    SETTINGS_SHEET,
    Target,
)

_RANGE = re.compile(r"(\d+(?:\.\d+)?)分?(?:-|~|—|–|−|〜|至|到)+(\d+(?:\.\d+)?)分?")
_LIST = re.compile(r"[/、,;]+")
_LEVELS = re.compile(r"[/、,;／，；]+")
_YES, _NO = {"是", "yes", "y", "true", "1", "√"}, {"否", "no", "n", "false", "0", ""}
_KINDS = {label: kind for kind, label in RULE_KINDS.items()}
_EFFECTS = {label: e for e, label in VETO_EFFECTS.items()} | {"评查不及格": VetoEffect.FAIL_REVIEW}
_CASES = {label: key for key, label in CASE_TYPES.items()} | {key: key for key in CASE_TYPES}
_CHOICES: dict[str, dict[str, Any]] = {
    "kind": {label: k for k, label in STANDARD_KINDS.items()},
    "model": {label: m for m, label in SCORE_MODELS.items()},
    "na_policy": {label: p for p, label in NA_POLICIES.items()},
    "default_veto_effect": _EFFECTS,
}


# --- reading cells ------------------------------------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        return fmt(Decimal(repr(value)))
    return str(value).strip()


def _number(value: Any) -> Decimal | None:
    """A cell as a decimal; None when empty; raises ValueError when it is not a number."""
    if isinstance(value, bool | date):
        raise ValueError
    if isinstance(value, int | float):
        return Decimal(repr(value))
    text = unicodedata.normalize("NFKC", _text(value)).removesuffix("分").strip()
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError from None
    if not number.is_finite():
        raise ValueError
    return number


class _Row:
    """One sheet row, reading cells by header and collecting problems that name the cell."""

    def __init__(self, sheet: str, number: int, cells: dict[str, Any], errors: list[UserError]) -> None:
        self.sheet, self.row, self.cells, self.errors = sheet, number, cells, errors

    def fail(self, column: str, problem: str) -> None:
        self.errors.append(ImportProblem(where=where(self.sheet, self.row, column), problem=problem))

    def text(self, column: str) -> str:
        return _text(self.cells.get(column))

    def number(self, column: str, *, required: bool = False) -> Decimal | None:
        try:
            value = _number(self.cells.get(column))
        except ValueError:
            self.fail(column, f"“{self.text(column)}”不是数字")
            return None
        if value is None and required:
            self.fail(column, "不能为空")
        return value

    def choice(self, column: str, options: dict[str, Any], default: Any = None) -> Any:
        text = self.text(column)
        if not text:
            return default
        if text not in options:
            self.fail(column, f"“{text}”不是可选的值（可选：{'、'.join(options)}）")
        return options.get(text, default)


# --- import ---------------------------------------------------------------------------------------------


def read_workbook(source: Target, *, name: str | None = None, filename: str = "") -> ImportedStandard:
    """Import a standard workbook; raises UnreadableFile or UserErrors, and then nothing is imported."""
    filename = filename or (source.name if isinstance(source, Path) else "")
    book = _open(source, filename)
    errors: list[UserError] = []
    for sheet in (ITEMS_SHEET, SETTINGS_SHEET):
        if sheet not in book.sheetnames:
            errors.append(ImportProblem(where="", problem=f"缺少工作表“{sheet}”"))
    if errors:
        raise UserErrors(errors, source=f"文件“{filename}”")
    settings, bands, rows_of = _read_settings(book[SETTINGS_SHEET], errors)
    items, item_rows = _read_items(book[ITEMS_SHEET], errors)
    if errors:
        raise UserErrors(errors, source=f"文件“{filename}”")
    fallback_name = Path(filename).stem if filename else ""
    settings["name"] = name or settings.get("name") or fallback_name
    standard = Standard(items=tuple(items), bands=tuple(bands), **settings)
    setting_rows, band_rows = rows_of
    origin = Origin(
        items_sheet=ITEMS_SHEET,
        item_rows=tuple(item_rows),
        columns=FIELD_COLUMNS,
        settings_sheet=SETTINGS_SHEET,
        setting_rows=setting_rows,
        band_rows=band_rows,
    )
    return ImportedStandard(standard, validate_standard(standard, origin=origin, source=f"文件“{filename}”"))


def _open(source: Target, filename: str) -> Any:
    if isinstance(source, Path) and zipfile.is_zipfile(source):
        check_workbook(source)  # openpyxl lays out a sheet as densely as calamine: same limits first
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about Excel features it drops; none are ours
            return load_workbook(source, data_only=True)
    except FileNotFoundError as exc:
        raise UnreadableFile(name=filename, why="找不到该文件") from exc
    except Exception as exc:  # zipfile, XML and openpyxl errors alike mean "not a usable workbook"
        why = "不是有效的 Excel 工作簿（.xlsx），或文件已损坏。请在 Excel 中打开后另存为 .xlsx 再导入"
        raise UnreadableFile(name=filename, why=why) from exc


def _read_settings(
    ws: Worksheet, errors: list[UserError]
) -> tuple[dict[str, Any], list[GradeBand], tuple[dict[str, int], tuple[int, ...]]]:
    by_label = {label: key for key, (label, _) in SETTINGS.items()}
    values: dict[str, Any] = {}
    rows: dict[str, int] = {}
    bands: list[GradeBand] = []
    band_rows: list[int] = []
    in_bands = False
    for number, cells in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        label, value = _text(cells[0] if cells else None), cells[1] if len(cells) > 1 else None
        row = _Row(ws.title, number, {"项目": label, "值": value, BAND_HEADER[1]: value}, errors)
        if not label and not _text(value):
            continue
        if in_bands:
            minimum = row.number(BAND_HEADER[1], required=True)
            bands.append(GradeBand(label, minimum if minimum is not None else Decimal(0)))
            band_rows.append(number)
        elif label == BAND_HEADER[0]:
            in_bands, rows["bands"] = True, number
        elif label in by_label:
            rows[by_label[label]] = number
            values[by_label[label]] = _setting(by_label[label], row)
        else:
            row.fail("项目", f"未知的设置项“{label}”")
    settings = {k: v for k, v in values.items() if v is not None}
    return settings, bands or list(DEFAULT_BANDS), (rows, tuple(band_rows))


def _setting(key: str, row: _Row) -> Any:
    if key in ("declared_total", "bonus_cap"):
        return row.number("值")
    if key == "scale_to_total":
        return row.choice("值", {"是": True, "否": False}, default=False)
    if key in _CHOICES:
        return row.choice("值", _CHOICES[key])
    if key != "case_types":
        return row.text("值")
    parts = [p.strip() for p in _LIST.split(unicodedata.normalize("NFKC", row.text("值"))) if p.strip()]
    if unknown := [p for p in parts if p not in _CASES]:
        known = "、".join(CASE_TYPES.values())
        row.fail("值", f"案件类型“{'、'.join(unknown)}”无法识别（可选：{known}）")
    return tuple(dict.fromkeys(_CASES[p] for p in parts if p in _CASES))


def _read_items(ws: Worksheet, errors: list[UserError]) -> tuple[list[Item], list[int]]:
    rows = list(ws.iter_rows(values_only=True))
    header = [_text(v) for v in (rows[0] if rows else ())]
    missing = [h for h in REQUIRED if h not in header]
    if missing:
        errors.append(ImportProblem(where=where(ws.title, 1), problem=f"缺少列：{'、'.join(missing)}"))
        return [], []
    items: list[Item] = []
    numbers: list[int] = []
    for number, values in enumerate(rows[1:], start=2):
        cells = {h: v for h, v in zip(header, values, strict=False) if h}
        if all(_text(v) == "" for h, v in cells.items() if h != HEADERS[0]):
            continue
        item = _read_item(_Row(ws.title, number, cells, errors))
        if item is not None:
            items.append(item)
            numbers.append(number)
    used = {i.key for i in items}
    fresh = (k for k in (f"I{n:03d}" for n in range(1, 10**6)) if k not in used)
    return [i if i.key else replace(i, key=next(fresh)) for i in items], numbers


def _read_item(row: _Row) -> Item | None:
    kind_label = row.text("扣分方式")
    if kind_label != VETO_KIND and kind_label not in _KINDS:
        options = "、".join([*RULE_KINDS.values(), VETO_KIND])
        row.fail(
            "扣分方式", f"“{kind_label}”不是可选的扣分方式（可选：{options}）" if kind_label else "不能为空"
        )
        return None
    veto = kind_label == VETO_KIND
    bonus = not veto and _KINDS[kind_label] is RuleKind.BONUS
    for column in ("评查内容", "一级类别"):
        if not row.text(column):
            row.fail(column, "不能为空")
    na = row.text("可不适用").lower()
    if na not in _YES | _NO:
        row.fail("可不适用", f"只能填“是”或“否”，实际为“{row.text('可不适用')}”")
    parts = (p.strip() for col in ("一级类别", "二级类别") for p in row.text(col).split(PATH_SEP))
    category = tuple(p for p in parts if p)
    max_points = row.number("分值", required=not (veto or bonus))
    rule = DeductionRule() if veto else _read_rule(row, _KINDS[kind_label])
    if veto and (row.text("扣分值") or row.text("步长")):
        row.fail("扣分值", "否决项不填扣分值和步长")
    if veto and row.text("加分上限"):
        row.fail("加分上限", "否决项不填加分上限")
    return Item(
        key=row.text("项目编号"),
        category=category,
        text=row.text("评查内容"),
        max_points=max_points if max_points is not None else Decimal(0),
        rule=rule,
        rule_text=row.text("扣分标准原文"),
        veto=veto,
        veto_effect=row.choice("否决效果", _EFFECTS),
        cap_grade=row.text("封顶等次") or None,
        veto_points=row.number("否决扣分"),
        na_allowed=na in _YES,
        evidence=row.text("佐证材料"),
    )


def _read_rule(row: _Row, kind: RuleKind) -> DeductionRule:
    step = row.number("步长")
    step = DEFAULT_STEP if step is None else step
    raw = row.cells.get("扣分值")
    text = unicodedata.normalize("NFKC", row.text("扣分值")).replace(" ", "")
    cap = row.number("加分上限")  # validation refuses it on any kind but a bonus item, naming the cell
    if kind in (RuleKind.FREE, RuleKind.BINARY):
        if text:
            why = "扣分不超过该项分值" if kind is RuleKind.FREE else "未达标扣除该项全部分值"
            row.fail("扣分值", f"{RULE_KINDS[kind]}不填扣分值（{why}）")
        return DeductionRule(kind, step=step, cap=cap)
    if kind in (RuleKind.FIXED, RuleKind.PER_DEFECT):
        return DeductionRule(kind, points=row.number("扣分值", required=True), step=step, cap=cap)
    if kind is RuleKind.BONUS:
        return DeductionRule(kind, points=row.number("扣分值"), step=step, cap=cap)
    if isinstance(raw, date):
        row.fail("扣分值", "被 Excel 识别成了日期：请先把该列设为“文本”格式，再填写“1-3”")
        return DeductionRule(kind, step=step)
    if kind is RuleKind.RANGE:
        m = _RANGE.fullmatch(text)
        if not m:
            row.fail("扣分值", f"区间扣分应填写如“1-3”，实际为“{text}”")
            return DeductionRule(kind, step=step, cap=cap)
        return DeductionRule(kind, low=Decimal(m[1]), high=Decimal(m[2]), step=step, cap=cap)
    if kind is RuleKind.LEVELS:
        return DeductionRule(kind, levels=_read_levels(row, row.text("扣分值")), step=step, cap=cap)
    tiers: list[Decimal] = []
    for part in (p.removesuffix("分") for p in _LIST.split(text) if p):
        try:
            tiers.append(Decimal(part))
        except InvalidOperation:
            row.fail("扣分值", f"档次扣分应填写如“10/5/2/1/0.5”，“{part}”不是数字")
    return DeductionRule(kind, tiers=tuple(tiers), step=step, cap=cap)


def _read_levels(row: _Row, text: str) -> tuple[tuple[str, Decimal], ...]:
    """“专门机构:3/兼管:2/无:0” (also “：” and “、”): (label, points awarded), labels kept as typed."""
    levels: list[tuple[str, Decimal]] = []
    for part in (p.strip() for p in _LEVELS.split(text) if p.strip()):
        label, _, amount = part.replace("：", LEVEL_POINTS_SEP).rpartition(LEVEL_POINTS_SEP)
        try:
            points = _number(amount)
        except ValueError:
            points = None
        if not label.strip() or points is None:
            example = "专门机构:3/兼管:2/无:0"
            row.fail("扣分值", f"分档计分应填写“档名:得分”，用“/”分隔，如“{example}”；“{part}”无法识别")
            continue
        levels.append((label.strip(), points))
    return tuple(levels)
