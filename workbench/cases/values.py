"""Cell values of a case register (案件台账): dates, amounts, case types and officers, as stored.

Registers arrive from many systems, so each parser accepts every spelling we have seen and rejects the
rest with a Chinese reason (`BadValue`) that the importer prefixes with sheet, row and column.
Parsers of repeating values are cached: a register of 10,000 rows holds a few hundred distinct dates.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

FIRST_YEAR, LAST_YEAR = 1980, 2100
MAX_AMOUNT_YUAN = 100_000_000_000  # 1000 亿元: above any penalty ever imposed, far below SQLite's limit
EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01, counting Excel's phantom 1900-02-29
_SERIALS = range(
    (date(FIRST_YEAR, 1, 1) - EXCEL_EPOCH).days, (date(LAST_YEAR, 12, 31) - EXCEL_EPOCH).days + 1
)

# Cells people type to say "none" (无罚款, 未结案); they read as empty rather than as an error.
PLACEHOLDERS = frozenset({"无", "/", "-", "—", "——", "－"})

CASE_TYPES = {
    "行政处罚": "penalty",
    "行政许可": "licensing",
    "行政强制": "compulsion",
    "行政强制措施": "compulsion",
    "行政强制执行": "compulsion",
    "行政检查": "inspection",
    "行政征收": "levy",
    "行政征用": "levy",
    "行政征收征用": "levy",
    "行政征收(征用)": "levy",
    "行政确认": "confirmation",
    "行政给付": "benefit",
    "行政裁决": "adjudication",
    "行政复议": "reconsideration",
}
CASE_TYPES |= {name.removeprefix("行政"): id_ for name, id_ in CASE_TYPES.items()}  # 处罚, 许可, …
CASE_TYPES |= {id_: id_ for id_ in set(CASE_TYPES.values())}  # a register exported by the workbench
DEFAULT_CASE_TYPE = "penalty"

PROCEDURES = {
    "一般程序": "ordinary",
    "普通程序": "ordinary",  # the 2021 行政处罚法 renamed 一般程序 to 普通程序
    "一般": "ordinary",
    "普通": "ordinary",
    "简易程序": "summary",
    "简易": "summary",
    "ordinary": "ordinary",
    "summary": "summary",
}

_DATE = re.compile(
    r"(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|(\d{2})(\d{2}))"
    r"(?:[\sT]*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"  # systems often export 2026-03-05 00:00:00
)
_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)(万元|万|元)?")
_OFFICER_SEPARATORS = re.compile(r"[、，,;；\s]+")
_SPACES = re.compile(r"\s+")
_FEN = Decimal(100)
_WAN = Decimal(10_000)


class BadValue(ValueError):
    """A cell that does not hold what its column promises; str() is the Chinese reason."""


def cell_text(cell: object) -> str:
    """Text of a cell as a person reads it: 12345.0 from a number cell reads 12345."""
    if type(cell) is str:
        return cell.strip()
    if type(cell) is float:
        return str(int(cell)) if cell.is_integer() else repr(cell)
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else cell.isoformat(" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return "" if cell is None else str(cell).strip()


def texts(cells: Iterable[object]) -> list[str]:
    """cell_text of a whole column, with the common case (a str cell) inline."""
    return [c.strip() if type(c) is str else cell_text(c) for c in cells]


# The parsers below are cached on the cell value (typed, so True is not 1.0) and are mapped over whole
# columns: a cache hit costs about a tenth of a parse. Failures raise BadValue and are not cached.


@lru_cache(maxsize=8192, typed=True)
def parse_date(cell: object) -> str | None:
    """ISO date (YYYY-MM-DD) of a cell, None if empty; raises BadValue."""
    if type(cell) is str:
        return _date_from_text(cell)
    if isinstance(cell, datetime):
        cell = cell.date()
    if isinstance(cell, date):
        return _checked(cell.year, cell.month, cell.day, cell.isoformat())
    if (type(cell) is float or type(cell) is int) and math.isfinite(number := float(cell)):
        if number.is_integer() and 10_000_000 <= number <= 99_999_999:  # 20260305 typed into a number cell
            return _date_from_text(str(int(number)))
        if int(number) in _SERIALS:  # an Excel serial date whose cell lost its date format
            return (EXCEL_EPOCH + timedelta(days=int(number))).isoformat()
    if cell is None:
        return None
    raise BadValue(f"“{cell_text(cell)}”不是日期")


def _date_from_text(text: str) -> str | None:
    text = text.strip()
    if not text or text in PLACEHOLDERS:
        return None
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # ２０２６年３月５日
    m = _DATE.fullmatch(text)
    if m is None:
        raise BadValue(f"“{text}”不是可识别的日期，请写作 2026-03-05、2026/3/5、2026年3月5日 或 20260305")
    year, _, m1, d1, m2, d2, m3, d3 = m.groups()
    return _checked(int(year), int(m1 or m2 or m3), int(d1 or d2 or d3), text)


def _checked(year: int, month: int, day: int, shown: str) -> str:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadValue(f"日期“{shown}”的年份超出 {FIRST_YEAR}–{LAST_YEAR} 年")
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise BadValue(f"日期“{shown}”不存在") from None


@lru_cache(maxsize=8192, typed=True)
def parse_amount(cell: object, in_wan: bool = False) -> int | None:
    """Amount in fen (分) of a cell, None if empty; `in_wan` when the header says 万元. Raises BadValue."""
    if type(cell) is str:
        return _amount_from_text(cell, in_wan)
    if type(cell) in (float, int):
        # str() gives the shortest decimal that round-trips: 1234.56 stays 1234.56, not 1234.559999…
        return _fen(Decimal(str(cell)), in_wan, cell_text(cell))
    if cell is None:
        return None
    raise BadValue(f"“{cell_text(cell)}”不是金额")


def _amount_from_text(text: str, in_wan: bool) -> int | None:
    text = text.strip()
    if not text or text in PLACEHOLDERS:
        return None
    shown = text
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # １２００, full-width comma ，
    text = _SPACES.sub("", text).replace(",", "").removeprefix("¥").removeprefix("人民币")
    m = _AMOUNT.fullmatch(text.removeprefix("-"))
    if m is None:
        raise BadValue(f"“{shown}”不是金额，请写作 1234.50、1,234.50、1200元 或 3.5万元")
    if text.startswith("-"):
        raise BadValue(f"金额“{shown}”不能为负数")
    number, unit = m.groups()
    return _fen(Decimal(number), in_wan if unit is None else unit.startswith("万"), shown)


def _fen(amount: Decimal, in_wan: bool, shown: str) -> int:
    try:
        fen = (amount * (_WAN * _FEN if in_wan else _FEN)).quantize(1, rounding=ROUND_HALF_UP)
    except InvalidOperation:  # nan, inf, or too many digits for the context
        raise BadValue(f"“{shown}”不是金额") from None
    if fen < 0:
        raise BadValue(f"金额“{shown}”不能为负数")
    if fen > MAX_AMOUNT_YUAN * 100:
        raise BadValue(f"金额“{shown}”超出范围：应在 0 至 1000 亿元之间")
    return int(fen)


@lru_cache(maxsize=1024, typed=True)
def parse_case_type(cell: object) -> str:
    """Case-type id (§3.6 of the domain guide); empty means 行政处罚. Raises BadValue."""
    text = _compact(cell)
    if not text:
        return DEFAULT_CASE_TYPE
    try:
        return CASE_TYPES[text]
    except KeyError:
        raise BadValue(f"未知的案件类型“{text}”，应为行政处罚、行政许可、行政强制、行政检查等") from None


@lru_cache(maxsize=1024, typed=True)
def parse_procedure(cell: object) -> str:
    """Procedure id (一般程序 → ordinary, 简易程序 → summary); empty stays empty. Raises BadValue."""
    text = _compact(cell)
    if not text:
        return ""
    try:
        return PROCEDURES[text]
    except KeyError:
        raise BadValue(f"未知的程序“{text}”，应为一般程序（普通程序）或简易程序") from None


def _compact(cell: object) -> str:
    return _SPACES.sub("", unicodedata.normalize("NFKC", cell)) if type(cell) is str else cell_text(cell)


@lru_cache(maxsize=8192, typed=True)
def officers(cell: object) -> str:
    """承办人 list joined by 、 whatever separators the register used."""
    return "、".join(name for name in _OFFICER_SEPARATORS.split(cell_text(cell)) if name)
