"""`audit export`: the whole audit log as a workbook for an inspection, with the verify result and the
chain's head hash. User text (names, reasons, values) is written as text, never as a formula."""

from __future__ import annotations

import os
from pathlib import Path

from sqlite_utils import Database

from db.repos import audit as repo
from db.repos import reviewers as reviewer_repo
from workbench.audit.history import ACTIONS, OBJECTS, describe, loads, local_time
from workbench.audit.verify import verify
from workbench.exports.sheet_writer import text_cell

COLUMNS = (
    ("序号", 8),
    ("时间", 20),
    ("操作人", 12),
    ("对象", 12),
    ("记录编号", 38),
    ("操作", 14),
    ("原值", 40),
    ("新值", 40),
    ("理由", 30),
    ("上一条哈希", 20),
    ("本条哈希", 20),
)


def write_audit_workbook(db: Database, path: Path) -> tuple[Path, int]:
    """Write 核验 (the verify result) and 审计日志 (every row, in chain order); returns (path, rows)."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    verdict = verify(db)
    names = reviewer_repo.names_by_id(db)
    book = Workbook(write_only=True)
    summary = book.create_sheet("核验")
    summary.column_dimensions["A"].width = 16
    summary.column_dimensions["B"].width = 90
    lines = [
        ("核验结果", "通过" if verdict.ok else "未通过"),
        ("审计记录", f"{verdict.audit_rows} 条"),
        ("核对的表记录", f"{verdict.table_rows} 条"),
        ("链尾哈希", verdict.head),
        ("问题", verdict.problem or "无"),
    ]
    for label, value in lines:
        summary.append([label, text_cell(summary, value)])
    ws = book.create_sheet("审计日志")
    for n, (_, width) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = "A2"
    ws.append([h for h, _ in COLUMNS])
    count = 0
    for row in repo.chain(db):
        table = row.table_name or ""
        values = [
            local_time(row.at or ""),
            row.author or "",
            OBJECTS.get(table, table),
            row.record_id or "",
            ACTIONS.get(row.action or "", row.action or ""),
            describe(table, loads(row.old_value), names),
            describe(table, loads(row.new_value), names),
            row.reason or "",
            row.prev_hash or "",
            row.hash or "",
        ]
        ws.append([row.seq, *(text_cell(ws, v) for v in values)])
        count += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    try:
        book.save(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path, count
