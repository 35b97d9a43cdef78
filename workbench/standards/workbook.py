"""The app's own standard workbook: a clerk can fill it in, and it carries everything the model holds.

Sheets: 评分项目 (one row per item), 设置 (name, totals, policies and the grade table) and 说明 (help).
Import names every bad cell by sheet, row and column and imports nothing unless all is well; export writes
the same layout, so that import(export(s)) == s. The layout is described in docs/standards-workbook.md.
"""

from __future__ import annotations

import os
import re
import unicodedata
import warnings
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from workbench.errors import ImportProblem, UserError, UserErrors, where
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
    NA_POLICIES,
    PATH_SEP,
    RULE_KINDS,
    SCORE_MODELS,
    VETO_EFFECTS,
    VETO_KIND,
    ImportedStandard,
    Origin,
    UnreadableFile,
    fmt,
    validate_standard,
)

ITEMS_SHEET, SETTINGS_SHEET, HELP_SHEET = "评分项目", "设置", "说明"
# fmt: off
ITEM_COLUMNS = (  # (header, model field, width, required, help): the 说明 sheet shows the help
    ("序号", "", 6, "否", "仅供阅读，导入时忽略"),
    ("一级类别", "category", 16, "是", "如“基本标准”“案卷卷面标准”“立案阶段”"),
    ("二级类别", "", 18, "否", "如“询问笔录”；更深的层级用“ > ”连接"),
    ("评查内容", "text", 46, "是", "评查项目的文字"),
    ("分值", "max_points", 8, "是", "该项满分；否决项填 0 或不填"),
    ("扣分方式", "", 12, "是", "固定扣分 / 按处扣分 / 区间扣分 / 档次扣分 / 自由扣分 / 否决项"),
    ("扣分值", "rule", 14, "视方式", "固定、按处扣分填一个数，如 2；区间填“1-3”；档次填“10/5/2/1/0.5”"),
    ("步长", "step", 8, "否", "区间扣分和自由扣分的最小单位，不填为 0.5"),
    ("可不适用", "na_allowed", 10, "否", "是：评查人可将该项标为不适用；不填为否"),
    ("否决效果", "veto_effect", 14, "否", "仅否决项填写；不填按“设置”中的否决项默认效果"),
    ("封顶等次", "cap_grade", 10, "否", "否决效果为“等次封顶”时，触发后最高只能评到的等次"),
    ("否决扣分", "veto_points", 10, "否", "否决效果为“扣固定分”时扣的分数"),
    ("扣分标准原文", "", 46, "否", "公布的扣分标准原文，原样保留，供评查时对照"),
    ("项目编号", "key", 10, "否", "项目的固定编号；新增项目可不填，导入时自动编号"),
)
# fmt: on
HEADERS = tuple(c[0] for c in ITEM_COLUMNS)
REQUIRED = tuple(c[0] for c in ITEM_COLUMNS if c[3] == "是")
FIELD_COLUMNS = {c[1]: c[0] for c in ITEM_COLUMNS if c[1]}  # model field → column, for messages
# model field → (label in column A of 设置, hint in column C), in sheet order
SETTINGS = {
    "name": ("标准名称", "必填"),
    "issuer": ("发布机关", "可不填"),
    "case_types": ("适用案件类型", "用顿号分隔：" + "、".join(CASE_TYPES.values())),
    "declared_total": ("标准总分", "通常为 100；与各项分值合计不一致时导入会提示，但不会修改"),
    "model": ("计分方式", " / ".join(SCORE_MODELS.values())),
    "na_policy": ("不适用项处理", " / ".join(NA_POLICIES.values())),
    "default_veto_effect": ("否决项默认效果", "否决项未填“否决效果”时采用"),
    "source_note": ("来源说明", "标准出处、缺漏情况等"),
}
BAND_HEADER = ("等次", "最低分")
BAND_ROW = len(SETTINGS) + 3  # the band table's header row: one blank row below the settings
_MAX_ROWS = 1000  # data validation reaches this far, so rows a clerk adds get drop-downs too
_STEP = Decimal("0.5")
_RANGE = re.compile(r"(\d+(?:\.\d+)?)分?(?:-|~|—|–|−|〜|至|到)+(\d+(?:\.\d+)?)分?")
_LIST = re.compile(r"[/、,;]+")
_YES, _NO = {"是", "yes", "y", "true", "1", "√"}, {"否", "no", "n", "false", "0", ""}
_KINDS = {label: kind for kind, label in RULE_KINDS.items()}
_EFFECTS = {label: e for e, label in VETO_EFFECTS.items()} | {"评查不及格": VetoEffect.FAIL_REVIEW}
_CASES = {label: key for key, label in CASE_TYPES.items()} | {key: key for key in CASE_TYPES}
_CHOICES = {
    "model": {label: m for m, label in SCORE_MODELS.items()},
    "na_policy": {label: p for p, label in NA_POLICIES.items()},
    "default_veto_effect": _EFFECTS,
}
Target = Path | IO[bytes]


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
    settings, bands, origin = _read_settings(book[SETTINGS_SHEET], errors)
    items, item_rows = _read_items(book[ITEMS_SHEET], errors)
    if errors:
        raise UserErrors(errors, source=f"文件“{filename}”")
    fallback_name = Path(filename).stem if filename else ""
    settings["name"] = name or settings.get("name") or fallback_name
    standard = Standard(items=tuple(items), bands=tuple(bands), **settings)
    setting_rows, band_rows = origin
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
    if key == "declared_total":
        return row.number("值")
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
    for column in ("评查内容", "一级类别"):
        if not row.text(column):
            row.fail(column, "不能为空")
    na = row.text("可不适用").lower()
    if na not in _YES | _NO:
        row.fail("可不适用", f"只能填“是”或“否”，实际为“{row.text('可不适用')}”")
    parts = (p.strip() for col in ("一级类别", "二级类别") for p in row.text(col).split(PATH_SEP))
    category = tuple(p for p in parts if p)
    max_points = row.number("分值", required=not veto)
    rule = DeductionRule() if veto else _read_rule(row, _KINDS[kind_label])
    if veto and (row.text("扣分值") or row.text("步长")):
        row.fail("扣分值", "否决项不填扣分值和步长")
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
    )


def _read_rule(row: _Row, kind: RuleKind) -> DeductionRule:
    step = row.number("步长")
    step = _STEP if step is None else step
    raw = row.cells.get("扣分值")
    text = unicodedata.normalize("NFKC", row.text("扣分值")).replace(" ", "")
    if kind is RuleKind.FREE:
        if text:
            row.fail("扣分值", "自由扣分不填扣分值（扣分不超过该项分值）")
        return DeductionRule(kind, step=step)
    if kind in (RuleKind.FIXED, RuleKind.PER_DEFECT):
        return DeductionRule(kind, points=row.number("扣分值", required=True), step=step)
    if isinstance(raw, date):
        row.fail("扣分值", "被 Excel 识别成了日期：请先把该列设为“文本”格式，再填写“1-3”")
        return DeductionRule(kind, step=step)
    if kind is RuleKind.RANGE:
        m = _RANGE.fullmatch(text)
        if not m:
            row.fail("扣分值", f"区间扣分应填写如“1-3”，实际为“{text}”")
            return DeductionRule(kind, step=step)
        return DeductionRule(kind, low=Decimal(m[1]), high=Decimal(m[2]), step=step)
    tiers: list[Decimal] = []
    for part in (p.removesuffix("分") for p in _LIST.split(text) if p):
        try:
            tiers.append(Decimal(part))
        except InvalidOperation:
            row.fail("扣分值", f"档次扣分应填写如“10/5/2/1/0.5”，“{part}”不是数字")
    return DeductionRule(kind, tiers=tuple(tiers), step=step)


# --- export ---------------------------------------------------------------------------------------------

HELP_NOTES = (  # (topic, value, meaning): one row each on the 说明 sheet
    ("扣分方式", "固定扣分", "发现问题扣一个固定分数（扣分值）"),
    ("", "按处扣分", "每发现一处扣一次扣分值，累计扣完该项分值为止"),
    ("", "区间扣分", "在区间内按步长酌情扣分，如“1-3”"),
    ("", "档次扣分", "从列出的档次中选一个，如“10/5/2/1/0.5”"),
    ("", "自由扣分", "扣分不超过该项分值，按步长扣分"),
    ("否决效果", "总分为零", "评查总分为 0 分，等次为最低一档"),
    ("", "扣除全部分数", "扣 100 分，不计负分"),
    ("", "评查不合格", "分数不变，等次定为最低一档（如“评查不及格”）"),
    ("", "等次封顶", "分数不变，等次不高于“封顶等次”"),
    ("", "扣固定分", "从总分中扣除“否决扣分”所填分数"),
    ("计分方式", "各项得分相加", "每项扣完为止，总分为各项得分之和"),
    ("", "总分减扣分", "标准总分减去全部扣分，最低 0 分"),
    ("不适用项处理", "按满分计", "不适用的项目按满分计算"),
    ("", "按比例折算", "按适用项目的满分折算到标准总分"),
    ("", "不计入", "不适用的项目不计入得分和满分"),
    ("导入", "", "逐格检查并列出所有问题（工作表、行、列）；有任何问题时不导入任何内容"),
)
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_WRAP = Alignment(wrap_text=True, vertical="top", horizontal="left")


def export_workbook(standard: Standard, path: Path) -> None:
    """Write the workbook next to its target first, so a failed export never leaves half a file."""
    partial = path.with_name(path.name + ".part")
    write_workbook(standard, partial)
    os.replace(partial, path)


def write_workbook(standard: Standard, target: Target) -> None:
    """Write the standard in the workbook layout to a path or a binary stream."""
    book = Workbook()
    items = book.active
    items.title = ITEMS_SHEET
    _write_items(items, standard)
    _write_settings(book.create_sheet(SETTINGS_SHEET), standard)
    _write_help(book.create_sheet(HELP_SHEET))
    book.save(target)


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
    shows_step = r.kind in (RuleKind.RANGE, RuleKind.FREE) or r.step != _STEP
    return RULE_KINDS[r.kind], amount, r.step if shows_step else None


def _write_items(ws: Worksheet, s: Standard) -> None:
    _put_row(ws, 1, HEADERS, header=True)
    for n, item in enumerate(s.items, start=1):
        kind, amount, step = _rule_cells(item)
        effect = VETO_EFFECTS[item.veto_effect] if item.veto_effect else None
        first, rest = (item.category[0], PATH_SEP.join(item.category[1:])) if item.category else ("", "")
        _put_row(ws, n + 1, [
            n, first, rest, item.text, item.max_points, kind, amount, step, "是" if item.na_allowed else "否",
            effect, item.cap_grade, item.veto_points, item.rule_text, item.key,
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
        "issuer": s.issuer,
        "case_types": "、".join(CASE_TYPES.get(c, c) for c in s.case_types),
        "declared_total": s.declared_total,
        "model": SCORE_MODELS[s.model],
        "na_policy": NA_POLICIES[s.na_policy],
        "default_veto_effect": VETO_EFFECTS[s.default_veto_effect],
        "source_note": s.source_note,
    }
    options = {"model": SCORE_MODELS, "na_policy": NA_POLICIES, "default_veto_effect": VETO_EFFECTS}
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
