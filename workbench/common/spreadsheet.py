"""Turn an .xlsx, .xls or .csv register into sheets of raw cell rows, or a Chinese reason why not.

Excel files go through python-calamine (about ten times faster than openpyxl); CSV files come from
other systems in UTF-8 (with or without BOM) or GBK/GB18030. Nothing here knows what the columns mean.

A workbook is looked at before it is read (`check_workbook`): calamine and openpyxl lay a sheet out as a
dense grid, so one cell at XFD1048576 in a 6 KB file would ask for 512 GiB. The archive's declared sizes,
each sheet's used range and its cell count are checked against the limits below first, and cheaply.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import cast
from xml.etree import ElementTree

from python_calamine import CalamineError, CalamineSheet, CalamineWorkbook, PasswordError, SheetVisibleEnum

from workbench.common.errors import ImportProblem, UserErrors, where

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls")
SUFFIXES = (*WORKBOOK_SUFFIXES, ".csv")
CSV_ENCODINGS = ("utf-8-sig", "gb18030")  # gb18030 is a superset of GBK and GB2312
_ZIP, _OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xlsx / .xls (and encrypted files)
_NOT_A_WORKBOOK = "不是有效的 Excel 工作簿：文件可能已损坏，或是其他类型的文件改了扩展名"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # the stream an Office password puts the workbook in
_PASSWORD = "文件设有打开密码：请在 Excel 或 WPS 中取消密码（文件 → 信息 → 保护工作簿）后再导入"

# What one import reads at most. A register of a whole city for a year is some 20,000 rows and 30 columns.
MAX_FILE_BYTES = 100 * 2**20  # on disk
MAX_UNPACKED_BYTES = 256 * 2**20  # all parts of an .xlsx together, unpacked
MAX_RATIO = 100  # unpacked / packed of one part over 8 MB: more is a zip bomb, not a spreadsheet
MAX_ROWS = 100_000  # per sheet
MAX_COLUMNS = 100  # per sheet, to column CV: the grid the readers allocate is rows × columns
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
LIMITS = (
    f"每个工作表最多 {MAX_ROWS} 行、{MAX_COLUMNS} 列，"
    f"每个单元格最多 {MAX_CELL_CHARS} 个字符，文件最大 {MAX_FILE_BYTES // 2**20} MB、"
    f"解压后最大 {MAX_UNPACKED_BYTES // 2**20} MB"
)
_RATIO_FROM = 8 * 2**20
_SCAN_CHUNK = 4 * 2**20


@dataclass(frozen=True)
class Sheet:
    """One sheet's cells; rows[i] is the row the spreadsheet shows as number i + 1."""

    name: str  # "" for a CSV file, which has no sheets
    rows: list[list[object]]
    hidden: bool = False  # hidden or very hidden in Excel: not read (rows is empty); importers say so


def hidden_names(sheets: list[Sheet]) -> list[str]:
    """Names of the hidden sheets, for the line that says they were not imported."""
    return [sheet.name for sheet in sheets if sheet.hidden]


def column_name(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column letters Excel shows."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_name(row: int, column: int) -> str:
    """(0-based row, 0-based column) → D5."""
    return f"{column_name(column)}{row + 1}"


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
    _check_size(path)
    if suffix == ".csv":
        return [_read_csv(path)]
    return _read_workbook(path, suffix, head)


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise file_error(path, f"无法读取文件：{_os_reason(exc)}") from exc
    if size > MAX_FILE_BYTES:
        raise file_error(path, f"文件有 {size / 2**20:.0f} MB，超过可导入的上限（{LIMITS}）")


_ROW_REF = re.compile(rb"<(?:\w+:)?row\b[^>]*?\sr=\"(\d+)\"")
# A cell with content (not <c r="A5" s="1"/>, which calamine skips): its address is where it lands.
_CELL_REF = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]+)(\d+)\"[^>]*(?<!/)>")
# Cheap first look, one pass: an address or row number past the limits (3 letters, CW…ZZ, 6 digits), or a
# formula. Only a part where it finds one is scanned cell by cell; registers never are.
_SUSPECT = re.compile(rb'r="(?:[A-Z]{3}|C[W-Z]|[D-Z][A-Z]|[A-Z]{0,2}\d{6})')  # literal prefix: fast
_FORMULA, _PREFIXED_FORMULA = re.compile(rb"<f[\s>/]"), re.compile(rb":f[\s>/]")
_UNADDRESSED = re.compile(rb"<(?:\w+:)?c(?:>|\s(?![^>]*\br=)[^>]*(?<!/)>)")  # placed after the one before
_BARE_FORMULA = re.compile(  # a formula whose result was never saved: no <v>, or an empty one
    rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]+\d+)\"[^>]*>\s*"
    rb"<(?:\w+:)?f\b(?:[^>]*/>|[^>]*>[^<]*</(?:\w+:)?f>)\s*"
    rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
)
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def check_workbook(path: Path) -> None:
    """Refuse an .xlsx that would take more memory to read than a register can need; raises UserErrors.

    Reads only the archive's directory and streams each worksheet's XML once through a few regular
    expressions: the used range comes from the cells' own addresses (a <dimension> can lie), and reading
    a part to its end makes zipfile check its declared size (CRC). An .xls is bounded by its format.
    """
    path = Path(path)
    _check_size(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            unpacked = sum(info.file_size for info in infos)
            if unpacked > MAX_UNPACKED_BYTES:
                raise file_error(
                    path, f"文件解压后有 {unpacked / 2**20:.0f} MB，超过可导入的上限（{LIMITS}）"
                )
            for info in infos:
                if info.file_size > _RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                    raise file_error(
                        path,
                        f"文件中的“{info.filename}”压缩比异常（{info.compress_size} 字节解压为 "
                        f"{info.file_size} 字节），不像正常的工作簿，未导入",
                    )
            problems = [p for name, part in _sheet_parts(archive) for p in _scan_sheet(archive, name, part)]
            if "xl/sharedStrings.xml" in archive.NameToInfo:  # read through once: zipfile checks its size
                with archive.open("xl/sharedStrings.xml") as stream:
                    while stream.read(_SCAN_CHUNK):
                        pass
    except zipfile.BadZipFile as exc:  # also a part whose content does not match its declared size
        raise file_error(path, _NOT_A_WORKBOOK) from exc
    except (KeyError, ElementTree.ParseError, EOFError, NotImplementedError, ValueError) as exc:
        raise file_error(path, _NOT_A_WORKBOOK) from exc
    except OSError as exc:
        raise file_error(path, f"无法读取文件：{_os_reason(exc)}") from exc
    if problems:
        raise UserErrors(problems, source=f"文件“{path.name}”")


def _sheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, worksheet part) in workbook order, from xl/workbook.xml and its relationships."""
    names = set(archive.namelist())
    if not {"xl/workbook.xml", "xl/_rels/workbook.xml.rels"} <= names:
        return []  # not a workbook at all: the reader says so in its own words
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    parts = []
    for sheet in book.iter():
        if not sheet.tag.endswith("}sheet"):
            continue
        target = targets.get(sheet.get(_REL), "")
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        if part in names:
            parts.append((sheet.get("name", ""), part))
    return parts


def _scan_sheet(archive: zipfile.ZipFile, name: str, part: str) -> list[ImportProblem]:
    rows = columns = 0
    bare: list[str] = []
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_SCAN_CHUNK):
            data = tail + chunk
            cut = data.rfind(b"</row>") + 6  # a row may straddle two chunks: keep its start for the next
            if cut < 6 or len(data) - cut > _SCAN_CHUNK:
                cut = len(data)
            data, tail = data[:cut], data[cut:]
            rows, columns = _scan(data, rows, columns, bare)
        if tail:
            rows, columns = _scan(tail, rows, columns, bare)
    where_ = f"工作表“{name}”"
    if rows > MAX_ROWS or columns > MAX_COLUMNS:
        last = f"{column_name(max(columns, 1) - 1)}{max(rows, 1)}"
        problem = (
            f"已用区域到单元格 {last}（{rows} 行 × {columns} 列），超过可导入的上限（{LIMITS}）："
            "请删除表格下方和右侧多余的行列，或只把需要的数据复制到新工作簿后再导入"
        )
        return [ImportProblem(where=f"{where_}：", problem=problem)]
    if bare:
        shown = "、".join(bare[:10]) + (f" 等 {len(bare)} 个单元格" if len(bare) > 10 else "")
        problem = (
            f"单元格 {shown} 是公式，但文件里没有保存公式的计算结果（由其他程序生成、未经 Excel 保存的文件"
            "常见）：请在 Excel 或 WPS 中打开该文件、保存后再导入，或把公式粘贴为数值"
        )
        return [ImportProblem(where=f"{where_}：", problem=problem)]
    return []


def _scan(data: bytes, rows: int, columns: int, bare: list[str]) -> tuple[int, int]:
    if not (_SUSPECT.search(data) or _FORMULA.search(data) or _PREFIXED_FORMULA.search(data)):
        return rows, columns
    if _UNADDRESSED.search(data) and (found := _ROW_REF.findall(data)):
        rows = max(rows, max(map(int, found)))  # cells without an address: their rows still count
    refs = set(_CELL_REF.findall(data))
    if refs:
        columns = max(columns, max(_column_number(letters) for letters, _ in refs))
        rows = max(rows, max(int(number) for _, number in refs))
    if b"<f" in data or b":f" in data:
        bare += (ref.decode() for ref in _BARE_FORMULA.findall(data))
    return rows, columns


def _read_workbook(path: Path, suffix: str, head: bytes) -> list[Sheet]:
    if not head.startswith((_ZIP, _OLE)):
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):  # what many web systems save as .xls
            raise file_error(
                path, "文件内容是网页（HTML）而不是 Excel 工作簿：请用 Excel 或 WPS 打开后另存为 .xlsx"
            )
        raise file_error(path, _NOT_A_WORKBOOK)
    if head.startswith(_OLE) and _encrypted(path):
        raise file_error(path, _PASSWORD)
    if head.startswith(_ZIP):
        check_workbook(path)
    try:
        if head.startswith(_ZIP) == (suffix != ".xls"):
            book = CalamineWorkbook.from_path(path)  # calamine picks the format from the extension
        else:  # an .xlsx saved as .xls or the reverse: let calamine look at the content instead
            with path.open("rb") as f:
                book = CalamineWorkbook.from_filelike(f)
        with book:
            return [
                _sheet(book.get_sheet_by_name(meta.name))
                if meta.visible == SheetVisibleEnum.Visible
                else Sheet(meta.name, [], hidden=True)
                for meta in book.sheets_metadata
            ]
    except PasswordError as exc:
        raise file_error(path, _PASSWORD) from exc
    except (CalamineError, ValueError) as exc:
        raise file_error(path, _NOT_A_WORKBOOK) from exc
    except OSError as exc:
        raise file_error(path, f"无法读取文件：{_os_reason(exc)}") from exc
    except BaseException as exc:
        if type(exc).__name__ == "PanicException":  # calamine's Rust code gave up on a malformed file
            raise file_error(path, _NOT_A_WORKBOOK) from exc
        raise


def _encrypted(path: Path) -> bool:
    """An OLE file holding an EncryptedPackage stream: an .xlsx under an Office password."""
    with path.open("rb") as f:
        return _ENCRYPTED in f.read(MAX_FILE_BYTES)


def _sheet(sheet: CalamineSheet) -> Sheet:
    rows = cast(list[list[object]], list(sheet.iter_rows()))  # from row 1, from the first used column
    # No cell check here: the scan bounded the grid (≤ MAX_COLUMNS wide), and Excel cells hold ≤ 32,767
    # characters; a longer one from another program costs its length and nothing more.
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
    return Sheet("", read_csv_text(text, path, delimiter=delimiter))


def read_csv_text(text: str, path: Path, *, delimiter: str = ",") -> list[list[object]]:
    """Rows of a CSV text within the limits; raises UserErrors naming the line of a bad or huge cell."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[object]] = []
    try:
        rows.extend(cast(Iterator[list[object]], reader))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            problem = f"单元格超过 {csv.field_size_limit()} 个字符，超过可导入的上限（{LIMITS}）"
        else:
            problem = "CSV 文件格式有误：可能有未闭合的英文双引号"
        raise UserErrors(
            [ImportProblem(where=where(row=reader.line_num), problem=problem)], source=f"文件“{path.name}”"
        ) from exc
    if len(rows) > MAX_ROWS:
        raise file_error(path, f"文件有 {len(rows)} 行，超过可导入的上限（{LIMITS}）")
    if bad_cell := _check_cells("", rows):
        raise UserErrors([bad_cell], source=f"文件“{path.name}”")
    return rows


def _check_cells(sheet: str, rows: list[list[object]]) -> ImportProblem | None:
    """A row wider than the limit or a cell longer than Excel allows, named; None when all is well."""
    for number, cells in enumerate(rows):
        if len(cells) > MAX_COLUMNS:
            problem = f"有 {len(cells)} 列，超过可导入的上限（{LIMITS}）"
            return ImportProblem(where=where(sheet, number + 1), problem=problem)
        if sum(len(c) for c in cells if type(c) is str) <= MAX_CELL_CHARS:
            continue
        for column, cell in enumerate(cells):
            if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
                problem = (
                    f"单元格 {cell_name(number, column)} 有 {len(cell)} 个字符，超过可导入的上限（{LIMITS}）"
                )
                return ImportProblem(where=where(sheet, number + 1), problem=problem)
    return None
