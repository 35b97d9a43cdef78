"""Turn an .xlsx, .xls or .csv register into sheets of raw cell rows, or a Chinese reason why not.

Excel files go through python-calamine (about ten times faster than openpyxl); CSV files come from
other systems in UTF-8 (with or without BOM) or GBK/GB18030. Nothing here knows what the columns mean.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from python_calamine import CalamineError, CalamineSheet, CalamineWorkbook, PasswordError

from workbench.common.errors import ImportProblem, UserErrors

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls")
SUFFIXES = (*WORKBOOK_SUFFIXES, ".csv")
CSV_ENCODINGS = ("utf-8-sig", "gb18030")  # gb18030 is a superset of GBK and GB2312
_ZIP, _OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xlsx / .xls (and encrypted files)
_NOT_A_WORKBOOK = "不是有效的 Excel 工作簿：文件可能已损坏，或是其他类型的文件改了扩展名"


@dataclass(frozen=True)
class Sheet:
    """One sheet's cells; rows[i] is the row the spreadsheet shows as number i + 1."""

    name: str  # "" for a CSV file, which has no sheets
    rows: list[list[object]]


def file_error(path: Path, problem: str) -> UserErrors:
    """A problem with the file as a whole, in the same shape as the row problems."""
    return UserErrors([ImportProblem(where="", problem=problem)], source=f"文件“{path.name}”")


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "文件不存在"
    if isinstance(exc, PermissionError):  # on Windows also a workbook still open in Excel
        return "没有读取权限，或文件正被其他程序（如 Excel）占用"
    if isinstance(exc, IsADirectoryError):
        return "这是一个文件夹"
    return f"读取出错（{exc.strerror or exc}）"


def read_sheets(path: Path) -> list[Sheet]:
    """All sheets of the file, in workbook order; raises UserErrors for a file we cannot read."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        shown = f"“{suffix}”" if suffix else "（无扩展名）"
        raise file_error(path, f"不支持的文件类型{shown}：请导入 Excel 工作簿（.xlsx、.xls）或 CSV 文件")
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise file_error(path, f"无法打开文件：{_os_reason(exc)}") from exc
    if not head:
        raise file_error(path, "文件是空的（0 字节）")
    if suffix == ".csv":
        return [_read_csv(path)]
    return _read_workbook(path, suffix, head)


def _read_workbook(path: Path, suffix: str, head: bytes) -> list[Sheet]:
    if not head.startswith((_ZIP, _OLE)):
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):  # what many web systems save as .xls
            raise file_error(
                path, "文件内容是网页（HTML）而不是 Excel 工作簿：请用 Excel 或 WPS 打开后另存为 .xlsx"
            )
        raise file_error(path, _NOT_A_WORKBOOK)
    try:
        if head.startswith(_ZIP) == (suffix != ".xls"):
            book = CalamineWorkbook.from_path(path)  # calamine picks the format from the extension
        else:  # an .xlsx saved as .xls or the reverse: let calamine look at the content instead
            with path.open("rb") as f:
                book = CalamineWorkbook.from_filelike(f)
        with book:
            return [_sheet(book.get_sheet_by_name(name)) for name in book.sheet_names]
    except PasswordError as exc:
        raise file_error(path, "文件设有打开密码：请在 Excel 中取消密码后再导入") from exc
    except (CalamineError, ValueError) as exc:
        raise file_error(path, _NOT_A_WORKBOOK) from exc
    except OSError as exc:
        raise file_error(path, f"无法读取文件：{_os_reason(exc)}") from exc
    except BaseException as exc:
        if type(exc).__name__ == "PanicException":  # calamine's Rust code gave up on a malformed file
            raise file_error(path, _NOT_A_WORKBOOK) from exc
        raise


def _sheet(sheet: CalamineSheet) -> Sheet:
    rows = cast(list[list[object]], list(sheet.iter_rows()))  # from row 1, from the first used column
    offset = sheet.start[1] if sheet.start else 0
    for (top, left), (bottom, right) in sheet.merged_cell_ranges or ():
        # A department or case type merged down over its rows reads, as on screen, on each of them.
        left, right = left - offset, right - offset
        if top < len(rows) and 0 <= left < len(rows[top]):
            value = rows[top][left]
            for cells in rows[top : bottom + 1]:
                cells[left : right + 1] = [value] * len(cells[left : right + 1])
    return Sheet(sheet.name, rows)


def _read_csv(path: Path) -> Sheet:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise file_error(path, f"无法读取文件：{_os_reason(exc)}") from exc
    if b"\x00" in data:  # binary, or UTF-16 ("Unicode 文本"), which no CSV export we know of uses
        raise file_error(path, "不是 CSV 文本文件：文件含有二进制内容，请另存为 CSV（UTF-8 或 GBK 编码）")
    for encoding in CSV_ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise file_error(path, "无法识别 CSV 文件的编码：请另存为 UTF-8 或 GBK 编码的 CSV")
    sample = text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","  # some systems export tab-separated
    try:
        rows = cast(list[list[object]], list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)))
    except csv.Error as exc:
        raise file_error(path, "CSV 文件格式有误：可能有未闭合的引号或过长的单元格") from exc
    return Sheet("", rows)
