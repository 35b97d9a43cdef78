"""The hostile and odd files of issue 18, written at test time (small, nothing binary in the repository).

Each returns the path it wrote. `corpus(folder)` writes them all: name → path. Every one must be refused
by every import command with exit 2, a message naming the file, and the database unchanged.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook

REGISTER = ["案号", "案件名称", "执法部门", "罚款金额（元）"]
SCORES = ["案号", "评查项目", "扣分", "理由", "页码"]
PLAIN = "category,item,max_points,deduction_rule,veto"


def _book(path: Path, cells: dict[str, object], *, rows: list[list[object]] | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "案件"
    for row in rows or [REGISTER]:
        sheet.append(row)
    for ref, value in cells.items():
        sheet[ref] = value
    book.save(path)
    return path


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def shared_strings_bomb(path: Path) -> Path:
    """A valid workbook whose sharedStrings part unpacks 20 MB from a few KB."""
    plain = path.with_name("plain-for-bomb.xlsx")
    _book(plain, {})
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info, source.read(info.filename))
        strings = b"<si><t>" + b"a" * 64 + b"</t></si>"
        body = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        out.writestr("xl/sharedStrings.xml", body + strings * 300_000 + b"</sst>")
    plain.unlink()
    return path


def encrypted(path: Path) -> Path:
    """What an Office password makes of a workbook: an OLE file with an EncryptedPackage stream."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    directory = "EncryptionInfo".encode("utf-16-le").ljust(128, b"\0")
    directory += "EncryptedPackage".encode("utf-16-le").ljust(128, b"\0")
    path.write_bytes(header + directory + bytes(4096))
    return path


def corpus(folder: Path, item: str) -> dict[str, Path]:
    """`item`: the text of an item of the campaign's standard, for the score sheets."""
    f = folder
    files = {
        "cell_at_XFD1048576": _book(f / "far.xlsx", {"XFD1048576": "x"}),
        "cell_at_XFD3000": _book(f / "wide.xlsx", {"XFD3000": "x"}),
        "shared_strings_bomb": shared_strings_bomb(f / "bomb.xlsx"),
        "formula_without_value": _book(
            f / "formula.xlsx", {}, rows=[REGISTER, ["交罚〔2026〕9号", "某案", "交通局", "=1+2"]]
        ),
        "encrypted_xlsx": encrypted(f / "locked.xlsx"),
        "encrypted_xls": encrypted(f / "locked.xls"),
        "empty_csv": f / "empty.csv",
        "empty_xlsx": f / "empty.xlsx",
        "html_as_xls": f / "web.xls",
        "truncated_zip": f / "broken.xlsx",
        "binary_csv": f / "binary.csv",
        "cell_of_200000_characters": _csv(
            f / "long.csv", [",".join(REGISTER), "交罚〔2026〕9号," + "长" * 200_000]
        ),
        "amount_20_digits": _csv(
            f / "amount20.csv", [",".join(REGISTER), "交罚〔2026〕9号,某案,交通局,12345678901234567890"]
        ),
        "amount_9.3e16_number_cell": _book(
            f / "amount_e16.xlsx", {}, rows=[REGISTER, ["交罚〔2026〕9号", "某案", "交通局", 9.3e16]]
        ),
        "full_width_case_number": _csv(
            f / "fullwidth.csv", [",".join(REGISTER), "交罚（２０２６）1号,某案,交通局,"]
        ),
        "zero_width_case_number": _csv(
            f / "zw.csv", [",".join(REGISTER), "\u200b交罚〔2026〕1号\ufeff,某案,交通局,"]
        ),
        "page_inf": _csv(f / "page_inf.csv", [",".join(SCORES), "交罚〔2026〕1号," + item + ",1,理由,inf"]),
        "page_1e30": _csv(
            f / "page_1e30.csv", [",".join(SCORES), "交罚〔2026〕1号," + item + ",1,理由,1e30"]
        ),
        "points_1e308": _csv(
            f / "points_1e308.csv", [",".join(SCORES), "交罚〔2026〕1号," + item + ",1e308,理由,"]
        ),
        "points_1E+100000": _csv(
            f / "points_huge.csv", [",".join(SCORES), "交罚〔2026〕1号," + item + ",1E+100000,理由,"]
        ),
        "max_points_1E+999999": _csv(f / "std_huge.csv", [PLAIN, "类,项目甲,1E+999999,扣1分,no"]),
        "reviewer_look_alike": _csv(
            f / "people.csv", ["姓名,所在单位,角色", "王五,司法局,组员", "王\u200b五,司法局,专家"]
        ),
    }
    files["empty_csv"].write_bytes(b"")
    files["empty_xlsx"].write_bytes(b"")
    files["html_as_xls"].write_text("<html><body><table><tr><td>案号</td></tr></table></body></html>")
    files["truncated_zip"].write_bytes(b"PK\x03\x04" + bytes(100))
    files["binary_csv"].write_bytes(b"\x00\x01\x02" * 100)
    return files
