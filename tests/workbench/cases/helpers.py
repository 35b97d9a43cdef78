"""Registers written on the fly, the way departments send them, and a look at what the database holds."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlite_utils import Database

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "cases"
TITLE = "2026年某局行政处罚案件台账"
HEADER = [
    "序号",
    "案号",
    "案件名称",
    "当事人",
    "承办人",
    "立案日期",
    "结案日期",
    "罚款金额（元）",
    "执法部门",
]


def case(n: int, **changes: object) -> list[object]:
    """One ordinary register row under HEADER; keyword changes replace cells by header name (金额 for the
    amount, whose header has a unit)."""
    cells: dict[str, object] = {
        "序号": n,
        "案号": f"某监罚〔2026〕{n}号",
        "案件名称": f"某公司未按规定明码标价案{n}",
        "当事人": "某某商贸有限公司",
        "承办人": "张三、李四",
        "立案日期": "2026-03-05",
        "结案日期": "2026-04-01",
        "金额": "1,200.50",
        "执法部门": "市场监督管理局",
    }
    cells.update(changes)
    return list(cells.values())


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]], *, title: str | None = TITLE) -> Path:
    """A workbook with these rows per sheet, under a merged title row and a blank row when `title` is set."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        if title:
            sheet.append([title])
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(len(r) for r in rows))
            sheet.append([])
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def register(path: Path, *rows: list[object], header: list[str] = HEADER) -> Path:
    """One sheet 案件 with the title in row 1, a blank row 2, the header in row 3 and data from row 4."""
    return write_xlsx(path, {"案件": [header, *rows]})


def counts(db: Database) -> tuple[int, int]:
    """(case files, departments): what a failed import must leave as it found."""
    return (
        db.execute("SELECT count(*) FROM case_file").fetchone()[0],
        db.execute("SELECT count(*) FROM department").fetchone()[0],
    )


def stored(db: Database) -> list[dict[str, object]]:
    """The stored case files with their department names, in 案号 order."""
    sql = """SELECT c.*, d.name AS department FROM case_file c JOIN department d ON d.id = c.department_id
             ORDER BY c.case_number"""
    cursor = db.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
