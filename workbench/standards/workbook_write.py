"""Export a standard or checklist in the workbook layout, with drop-downs and help for a clerk."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from workbench.common.atomic_file import atomic_path, save_workbook
from workbench.standards.model import Item, RuleKind, Standard
from workbench.standards.validate import (
    CASE_TYPES,
    LEVEL_POINTS_SEP,
    LEVEL_SEP,
    NA_POLICIES,
    PATH_SEP,
    RULE_KINDS,
    SCORE_MODELS,
    STANDARD_KINDS,
    VETO_EFFECTS,
    VETO_KIND,
    fmt,
)
from workbench.standards.workbook_layout import (
    BAND_HEADER,
    BAND_ROW,
    DEFAULT_STEP,
    HEADERS,
    HELP_NOTES,
    HELP_SHEET,
    ITEM_COLUMNS,
    ITEMS_SHEET,
    SETTINGS,
    SETTINGS_SHEET,
    Target,
)

_MAX_ROWS = 1000  # data validation reaches this far, so rows a clerk adds get drop-downs too
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_WRAP = Alignment(wrap_text=True, vertical="top", horizontal="left")


def export_workbook(standard: Standard, path: Path) -> None:
    """Write the workbook next to its target first, so a failed export never leaves half a file."""
    with atomic_path(path) as temporary:
        write_workbook(standard, temporary)


def write_workbook(standard: Standard, target: Target) -> None:
    """Write the standard in the workbook layout to a path or a binary stream."""
    book = Workbook()
    items = book.active
    items.title = ITEMS_SHEET
    _write_items(items, standard)
    _write_settings(book.create_sheet(SETTINGS_SHEET), standard)
    _write_help(book.create_sheet(HELP_SHEET))
    save_workbook(book, target)


def _cell_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value if value != "" else None


def _put_row(ws: Worksheet, row: int, values: list[Any] | tuple[Any, ...], *, header: bool = False) -> None:
    for column, value in enumerate(values, start=1):
        cell: Cell = ws.cell(row, column, _cell_value(value))
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # text that looks like a formula stays text
        cell.alignment = _WRAP
        if header:
            cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL


def _layout(ws: Worksheet, widths: list[int] | tuple[int, ...]) -> None:
    """Column widths, a frozen header row, and printing one page wide with the header on every page."""
    for n, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = "A2"
    ws.page_setup.orientation, ws.page_setup.fitToHeight = "landscape", 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"


def _choices(ws: Worksheet, cells: str, options: list[str] | str, title: str) -> None:
    formula = options if isinstance(options, str) else '"' + ",".join(options) + '"'
    dv = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True)
    dv.errorTitle, dv.error = title, "请从下拉列表中选择"
    dv.add(cells)
    ws.add_data_validation(dv)


def _rule_cells(item: Item) -> tuple[str, str | None, Decimal | None]:
    """(扣分方式, 扣分值, 步长) for an item; the step is written only where it matters or differs."""
    r = item.rule
    if item.veto:
        return VETO_KIND, None, None
    amounts = [a for a in (r.points, r.low, r.high, *r.tiers) if a is not None]
    amount = ("-" if r.kind is RuleKind.RANGE else "/").join(fmt(a) for a in amounts) or None
    if r.kind is RuleKind.LEVELS:
        amount = LEVEL_SEP.join(f"{label}{LEVEL_POINTS_SEP}{fmt(p)}" for label, p in r.levels) or None
    shows_step = r.kind in (RuleKind.RANGE, RuleKind.FREE) or r.step != DEFAULT_STEP
    shows_step = shows_step or (r.kind is RuleKind.BONUS and not r.points)
    return RULE_KINDS[r.kind], amount, r.step if shows_step else None


def _write_items(ws: Worksheet, s: Standard) -> None:
    _put_row(ws, 1, HEADERS, header=True)
    for n, item in enumerate(s.items, start=1):
        kind, amount, step = _rule_cells(item)
        effect = VETO_EFFECTS[item.veto_effect] if item.veto_effect else None
        first, rest = (item.category[0], PATH_SEP.join(item.category[1:])) if item.category else ("", "")
        _put_row(ws, n + 1, [
            n, first, rest, item.text, item.max_points, kind, amount, step, "是" if item.na_allowed else "否",
            effect, item.cap_grade, item.veto_points, item.rule.cap, item.rule_text, item.evidence, item.key,
        ])  # fmt: skip
    _layout(ws, [c[2] for c in ITEM_COLUMNS])
    letter = {h: get_column_letter(n) for n, h in enumerate(HEADERS, start=1)}
    for header in ("扣分值", "项目编号"):  # typed "1-3" must stay text, not become 3 January
        ws.column_dimensions[letter[header]].number_format = "@"
    last = max(_MAX_ROWS, len(s.items) + 1)
    bands = f"'{SETTINGS_SHEET}'!$A${BAND_ROW + 1}:$A${BAND_ROW + 6}"
    for header, options in (
        ("扣分方式", [*RULE_KINDS.values(), VETO_KIND]),
        ("可不适用", ["是", "否"]),
        ("否决效果", list(VETO_EFFECTS.values())),
        ("封顶等次", bands),
    ):
        _choices(ws, f"{letter[header]}2:{letter[header]}{last}", options, header)


def _write_settings(ws: Worksheet, s: Standard) -> None:
    _put_row(ws, 1, ("项目", "值", "说明"), header=True)
    values = {
        "name": s.name,
        "kind": STANDARD_KINDS.get(s.kind, s.kind),
        "issuer": s.issuer,
        "case_types": "、".join(CASE_TYPES.get(c, c) for c in s.case_types),
        "declared_total": s.declared_total,
        "bonus_cap": s.bonus_cap,
        "scale_to_total": "是" if s.scale_to_total else "否",
        "model": SCORE_MODELS[s.model],
        "na_policy": NA_POLICIES[s.na_policy],
        "default_veto_effect": VETO_EFFECTS[s.default_veto_effect],
        "source_note": s.source_note,
    }
    options: dict[str, dict[Any, str]] = {
        "kind": STANDARD_KINDS,
        "scale_to_total": {True: "是", False: "否"},
        "model": SCORE_MODELS,
        "na_policy": NA_POLICIES,
        "default_veto_effect": VETO_EFFECTS,
    }
    for row, (key, (label, hint)) in enumerate(SETTINGS.items(), start=2):
        _put_row(ws, row, (label, values[key], hint))
        if key in options:
            _choices(ws, f"B{row}", list(options[key].values()), label)
    _put_row(ws, BAND_ROW, (*BAND_HEADER, "从高到低填写，2 至 6 个；最低一个等次的最低分为 0"), header=True)
    for n, band in enumerate(s.bands, start=1):
        _put_row(ws, BAND_ROW + n, (band.label, band.minimum))
    _layout(ws, (16, 44, 60))


def _write_help(ws: Worksheet) -> None:
    rows: list[tuple[str, str, str]] = [(h, required, text) for h, _, _, required, text in ITEM_COLUMNS]
    rows += [("", "", ""), ("工作表“设置”的项目", "", "")]
    rows += [(label, "", hint) for label, hint in SETTINGS.values()]
    rows += [("", "", ""), *HELP_NOTES]
    _put_row(ws, 1, ("工作表“评分项目”的列", "是否必填", "填写说明"), header=True)
    for n, row in enumerate(rows, start=2):
        _put_row(ws, n, row, header=row[0] == "工作表“设置”的项目")
    _layout(ws, (22, 14, 90))
