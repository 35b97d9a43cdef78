"""The published plain shape: a CSV of `category,item,max_points,deduction_rule,veto`, one row per item.

It is how the project's real standards were transcribed (see the shared domain notes): points exact, the
deduction wording verbatim. The importer reads the rule from the wording where it is regular and falls
back to a free deduction up to the item maximum otherwise, telling the user which items fell back.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from workbench.common.errors import ImportProblem, UserError, UserErrors, where
from workbench.common.spreadsheet import read_csv_text
from workbench.standards.model import DeductionRule, Item, Standard
from workbench.standards.validate import (
    PATH_SEP,
    ImportedStandard,
    Origin,
    UnreadableFile,
    rule_problems,
    validate_standard,
)
from workbench.standards.wording import read_wording

COLUMNS = ("category", "item", "max_points", "deduction_rule", "veto")
_YES = {"yes", "y", "true", "1", "是"}
_NO = {"no", "n", "false", "0", "否", ""}
_FIELD_COLUMNS = {
    "category": "category",
    "text": "item",
    "max_points": "max_points",
    "rule": "deduction_rule",
    "veto_effect": "veto",
    "na_allowed": "veto",
}


def decode(data: bytes, name: str = "") -> str:
    """UTF-8 with or without a BOM, else GBK (as GB18030, its superset): what Excel and WPS save."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(name=name, why="文件编码无法识别，请另存为 UTF-8 编码的 CSV")


def read_plain_csv(path: Path, *, name: str | None = None) -> ImportedStandard:
    """Import a CSV in the published plain shape; the standard is named after the file unless `name`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(name=path.name, why=exc.strerror or "无法打开") from exc
    if not data.strip():
        raise UnreadableFile(name=path.name, why="文件是空的（没有表头，也没有评查项目）")
    return parse_plain_csv(decode(data, path.name), name=name or path.stem, source=f"文件“{path.name}”")


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _header_problem(header: list[str]) -> ImportProblem | None:
    found = tuple(h.strip().lstrip("\ufeff") for h in header)
    if found == COLUMNS:
        return None
    problem = f"表头应为“{','.join(COLUMNS)}”，实际为“{','.join(found)}”"
    return ImportProblem(where=where(row=1), problem=problem)


def parse_plain_csv(text: str, *, name: str, source: str = "") -> ImportedStandard:
    """Parse the plain shape from text; every bad row is reported, and a bad file imports nothing."""
    named = Path(source.removeprefix("文件“").removesuffix("”") or name)
    rows = [[str(cell) for cell in row] for row in read_csv_text(text.lstrip("\ufeff"), named)]
    if not rows:
        raise UserErrors([ImportProblem(where="", problem="文件是空的")], source=source)
    if (header_problem := _header_problem(rows[0])) is not None:
        raise UserErrors([header_problem], source=source)
    errors: list[UserError] = []
    items: list[Item] = []
    fallbacks: list[tuple[str, str]] = []
    item_rows: list[int] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(COLUMNS):
            problem = f"应有 {len(COLUMNS)} 列，实际 {len(row)} 列（含逗号的内容要用英文双引号括起来）"
            errors.append(ImportProblem(where=where(row=number), problem=problem))
            continue
        category, text, points, wording, veto = (cell.strip() for cell in row)
        if not points and veto.lower() in _YES:
            points = "0"  # a published veto row prints no points: it has none
        mx = _decimal(points)
        if mx is None:
            problem = f"分值“{points}”不是数字"
            errors.append(ImportProblem(where=where(row=number, column="max_points"), problem=problem))
        if veto.lower() not in _YES | _NO:
            problem = f"只能填 yes 或 no，实际为“{veto}”"
            errors.append(ImportProblem(where=where(row=number, column="veto"), problem=problem))
        if mx is None:
            continue
        path = tuple(part.strip() for part in category.split(PATH_SEP.strip())) if category else ()
        item = Item(
            key=f"I{len(items) + 1:03d}",
            category=path,
            text=text,
            max_points=mx,
            rule_text=wording,
            veto=veto.lower() in _YES,
        )
        if not item.veto:
            item, why = _with_rule(item)
            if why:
                fallbacks.append((text, why))
        items.append(item)
        item_rows.append(number)
    if errors:
        raise UserErrors(errors, source=source)
    standard = Standard(name=name.strip(), items=tuple(items), source_note=f"由公布的评分表导入：{source}")
    origin = Origin(item_rows=tuple(item_rows), columns=_FIELD_COLUMNS)
    warnings = validate_standard(standard, origin=origin, source=source)
    return ImportedStandard(standard, warnings, fallbacks)


def _with_rule(item: Item) -> tuple[Item, str]:
    """The item with the rule its wording states, or with a free deduction and the reason why."""
    reading = read_wording(item.rule_text, max_points=item.max_points)
    if reading.rule is None:
        return replace(item, rule=DeductionRule()), reading.why
    read = replace(item, rule=reading.rule)
    problems = rule_problems(read)
    if problems:
        return replace(item, rule=DeductionRule()), f"扣分标准与分值不符：{problems[0][1]}"
    return read, ""
