"""Find the header row of a case register (案件台账), which column holds which field, and read the fields.

Every department names its columns differently and often puts a merged title above them, so we scan the
first rows for known names and their synonyms and take the row that names the most fields.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from workbench.cases.values import (
    DEFAULT_CASE_TYPE,
    BadValue,
    officers,
    parse_amount,
    parse_case_type,
    parse_date,
    parse_procedure,
    texts,
)

HEADER_SCAN_ROWS = 15

# Field → accepted header names, the preferred first: when two columns both fit, the earlier name wins.
FIELDS: dict[str, tuple[str, ...]] = {
    "case_number": ("案号", "案件编号", "文号", "立案号", "案件号", "处罚决定书文号", "决定书文号"),
    "title": ("案件名称", "案由"),
    "cause": ("案由", "违法行为"),
    "party": ("当事人", "行政相对人", "相对人", "被处罚人", "当事人名称"),
    "officers": ("承办人", "执法人员", "办案人员", "承办人员"),
    "filed_on": ("立案日期", "立案时间"),
    "closed_on": ("结案日期", "决定日期", "结案时间", "处罚决定日期", "作出决定日期"),
    "amount": ("处罚金额", "罚没金额", "罚款金额", "罚款数额"),
    "case_type": ("案件类型", "执法类别", "行为类别", "类型"),
    "procedure": ("程序", "适用程序"),
    "department": ("执法部门", "执法单位", "单位", "办案单位", "实施机关", "处罚机关"),
}
LABELS = {field: names[0] for field, names in FIELDS.items()}  # the name we show for a field
_KNOWN = frozenset(name for names in FIELDS.values() for name in names)

_SPACES = re.compile(r"\s+")
_BRACKETED = re.compile(r"[(\[【<《].*?[)\]】>》]")  # 处罚金额(元), 罚款（万元）after NFKC, 【必填】


@dataclass(frozen=True)
class Header:
    """Where a sheet's header is and what it maps."""

    row: int  # 1-based, as the spreadsheet numbers it
    columns: dict[str, int]  # field → 0-based column index in the row lists
    texts: dict[str, str]  # field → the header as written (whitespace removed), for messages
    amount_in_wan: bool  # the amount header says 万元


def header_name(cell: object) -> tuple[str, bool]:
    """(the field name a header cell stands for, whether it names the unit 万元)."""
    if type(cell) is not str or not cell:
        return "", False
    text = _SPACES.sub("", unicodedata.normalize("NFKC", cell)).replace("*", "")  # * marks required
    in_wan = "万元" in text
    name = _BRACKETED.sub("", text).rstrip("/:")
    if name not in _KNOWN:  # 罚款金额万元, 罚款金额/元
        for unit in ("万元", "元"):
            if (bare := name.removesuffix(unit).rstrip("/:")) in _KNOWN:
                return bare, in_wan
    return name, in_wan


def find_header(rows: Sequence[Sequence[object]]) -> Header | None:
    """The header among the first rows: the one naming most fields, 案号 among them; None if none does."""
    best: Header | None = None
    for index, cells in enumerate(rows[:HEADER_SCAN_ROWS]):
        names = [header_name(cell) for cell in cells]
        columns = _assign([name for name, _ in names])
        if "case_number" in columns and (best is None or len(columns) > len(best.columns)):
            texts = {field: _SPACES.sub("", str(cells[col])) for field, col in columns.items()}
            in_wan = "amount" in columns and names[columns["amount"]][1]
            best = Header(index + 1, columns, texts, in_wan)
    return best


def _assign(names: list[str]) -> dict[str, int]:
    """Give each field its best column; a column serves one field, except 案由 may be title and cause."""
    columns: dict[str, int] = {}
    claimed: set[int] = set()
    for field, synonyms in FIELDS.items():
        ranked = [
            (synonyms.index(n), col) for col, n in enumerate(names) if n in synonyms and col not in claimed
        ]
        if ranked:
            columns[field] = min(ranked)[1]
            claimed.add(columns[field])
    if "cause" not in columns and "title" in columns and names[columns["title"]] == "案由":
        columns["cause"] = columns["title"]  # a register with only 案由: it names the case and its cause
    return columns


def looked_for() -> str:
    """Which header names we accept, for the message when a file has none of them."""
    others = "、".join(LABELS[field] for field in FIELDS if field != "case_number")
    return (
        f"需要“案号”列（也可写作{'、'.join(FIELDS['case_number'][1:])}），"
        f"在每个工作表的前 {HEADER_SCAN_ROWS} 行中查找；可识别的其他列：{others}"
    )


# CaseRow's fields after sheet and row; a missing column gives the default (or "").
ROW_FIELDS: tuple[str, ...] = ("case_number", "department", "title", "cause", "party", "officers")
ROW_FIELDS += ("case_type", "procedure", "filed_on", "closed_on", "amount")
_DEFAULTS = {"filed_on": None, "closed_on": None, "amount": None, "case_type": DEFAULT_CASE_TYPE}


def parse_columns(
    header: Header, rows: Sequence[Sequence[object]], bad_cell: Callable[[int, str, str], None]
) -> dict[str, list[Any]]:
    """Each of ROW_FIELDS for these rows, as a list; bad_cell(index in rows, field, reason) for each bad cell.

    Works column by column, mapping cached parsers over each column (several times faster than a loop
    over cells), and goes cell by cell only through a column with a bad value, to name each one.
    """
    parsers: dict[str, Callable[[object], Any]] = {
        "officers": officers,
        "filed_on": parse_date,
        "closed_on": parse_date,
        "amount": partial(parse_amount, in_wan=header.amount_in_wan),
        "case_type": parse_case_type,
        "procedure": parse_procedure,
    }
    columns = list(zip(*rows, strict=False))
    values: dict[str, list[Any]] = {}
    for field in ROW_FIELDS:
        if field not in header.columns:
            values[field] = [_DEFAULTS.get(field, "")] * len(rows)
            continue
        cells, parse = columns[header.columns[field]], parsers.get(field)
        if parse is None:
            values[field] = texts(cells)
            continue
        try:
            values[field] = list(map(parse, cells))
            continue
        except BadValue:
            pass
        values[field] = []
        for i, cell in enumerate(cells):
            try:
                values[field].append(parse(cell))
            except BadValue as exc:
                values[field].append(None)
                bad_cell(i, field, str(exc))
    return values
