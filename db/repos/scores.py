"""评查表 and its entries: one reviewer's scoring of one subject, and what it recorded per item."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any, NamedTuple

from sqlite_utils import Database

from db.records import audit_many, new_id, new_ids, now, tracked

_ENTRY_COLS = ("sheet_id", "item_key", "kind", "points", "count", "reason", "page")


class Sheet(NamedTuple):
    """A score sheet as stored. A named tuple, not a dataclass: a 10,000-file campaign reads 20,000 of them
    at start-up, and a named tuple is built from the cursor's tuple three times faster than a dict (a frozen
    dataclass is slower than the dict)."""

    id: str
    campaign_id: str
    subject_id: str
    reviewer_id: str | None  # None: paper scores, or the lead's final sheet
    role: str  # "review" or "final" (the lead's 复核定分)
    status: str  # a workbench.common.kinds.SheetState value
    remarks: str | None
    updated_at: str


_SELECT_SHEET = (
    "SELECT id, campaign_id, subject_id, reviewer_id, role, status, remarks, updated_at FROM score_sheet"
)


@dataclass(frozen=True, slots=True)
class EntryRow:
    """A score entry as stored, every column (an edit audits the whole old row)."""

    id: str
    created_at: str
    updated_at: str
    author: str | None
    sheet_id: str
    item_key: str
    kind: str  # a workbench.scoring.EntryKind value
    points: str | None  # a decimal as text, for deductions and bonuses
    count: int | None
    reason: str | None
    page: int | None

    def as_dict(self) -> dict[str, Any]:
        """Column → value, as the audit log records a row."""
        return asdict(self)


_SELECT_ENTRY = (
    "SELECT id, created_at, updated_at, author, sheet_id, item_key, kind, points, count, reason, page"
    " FROM score_entry"
)


def find_sheet(
    db: Database, campaign_id: str, subject_id: str, reviewer_id: str | None, role: str
) -> str | None:
    sql = (
        "SELECT id FROM score_sheet WHERE campaign_id = ? AND subject_id = ? AND role = ?"
        " AND reviewer_id IS ?"
    )
    row = db.execute(sql, [campaign_id, subject_id, role, reviewer_id]).fetchone()
    return row[0] if row else None


def insert_sheet(
    db: Database,
    *,
    campaign_id: str,
    subject_id: str,
    reviewer_id: str | None,
    author: str,
    role: str = "review",
    status: str = "draft",
) -> str:
    sheet_id = new_id()
    insert_sheets(
        db,
        [
            {
                "id": sheet_id,
                "campaign_id": campaign_id,
                "subject_id": subject_id,
                "reviewer_id": reviewer_id,
                "role": role,
                "status": status,
            }
        ],
        author,
    )
    return sheet_id


def set_sheet_status(db: Database, sheet_id: str, status: str) -> None:
    db.execute("UPDATE score_sheet SET status = ?, updated_at = ? WHERE id = ?", [status, now(), sheet_id])


def get_sheet(db: Database, sheet_id: str) -> Sheet | None:
    row = db.execute(_SELECT_SHEET + " WHERE id = ?", [sheet_id]).fetchone()
    return Sheet(*row) if row else None


def insert_entries(db: Database, entries: Iterable[dict[str, Any]], author: str) -> list[str]:
    """Bulk insert entries (dicts keyed by sheet_id, item_key, kind, points, count, reason, page)."""
    at = now()
    entries = list(entries)
    rows: list[tuple[Any, ...]] = [
        (i, at, at, author, *(e.get(c) for c in _ENTRY_COLS))
        for i, e in zip(new_ids(len(entries)), entries, strict=True)
    ]
    db.conn.executemany(
        "INSERT INTO score_entry (id, created_at, updated_at, author, sheet_id, item_key, kind, points,"
        " count, reason, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    changes = [(r[0], None, tracked("score_entry", e)) for r, e in zip(rows, entries, strict=True)]
    audit_many(db, author=author, table="score_entry", action="create", changes=changes)
    return [r[0] for r in rows]


def insert_sheets(db: Database, sheets: Iterable[dict[str, Any]], author: str) -> None:
    """Bulk insert sheets that already carry their ids."""
    at = now()
    sheets = [{"reviewer_id": None, "role": "review", "status": "draft", "remarks": "", **s} for s in sheets]
    db.conn.executemany(
        "INSERT INTO score_sheet (id, created_at, updated_at, author, campaign_id, subject_id, reviewer_id,"
        " role, status, remarks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                s["id"],
                at,
                at,
                author,
                s["campaign_id"],
                s["subject_id"],
                s["reviewer_id"],
                s["role"],
                s["status"],
                s["remarks"],
            )
            for s in sheets
        ),
    )
    changes = [(s["id"], None, tracked("score_sheet", s)) for s in sheets]
    audit_many(db, author=author, table="score_sheet", action="create", changes=changes)


def get_entry(db: Database, entry_id: str) -> EntryRow | None:
    row = db.execute(_SELECT_ENTRY + " WHERE id = ?", [entry_id]).fetchone()
    return EntryRow(*row) if row else None


def update_entry(db: Database, entry_id: str, changes: dict[str, Any]) -> None:
    db.table("score_entry").update(entry_id, {**changes, "updated_at": now()})


def delete_entry(db: Database, entry_id: str) -> None:
    db.table("score_entry").delete(entry_id)


def entries_of_sheet(db: Database, sheet_id: str) -> list[EntryRow]:
    cur = db.execute(_SELECT_ENTRY + " WHERE sheet_id = ? ORDER BY created_at", [sheet_id])
    return [EntryRow(*r) for r in cur]


def campaign_sheets(db: Database, campaign_id: str) -> list[Sheet]:
    cur = db.execute(_SELECT_SHEET + " WHERE campaign_id = ? ORDER BY created_at", [campaign_id])
    return list(map(Sheet._make, cur))


def campaign_entries(db: Database, campaign_id: str) -> Iterable[tuple]:
    """(sheet_id, item_key, kind, points, count, reason, page) for every entry of a campaign."""
    sql = """
        SELECT e.sheet_id, e.item_key, e.kind, e.points, e.count, e.reason, e.page
        FROM score_entry e JOIN score_sheet s ON s.id = e.sheet_id
        WHERE s.campaign_id = ?
        ORDER BY e.created_at
    """
    return db.execute(sql, [campaign_id])


def new_sheet_id() -> str:
    return new_id()


def set_sheet_remarks(db: Database, sheet_id: str, remarks: str) -> None:
    db.execute("UPDATE score_sheet SET remarks = ?, updated_at = ? WHERE id = ?", [remarks, now(), sheet_id])


def campaign_sheets_of_subject(db: Database, campaign_id: str, subject_id: str) -> list[Sheet]:
    sql = _SELECT_SHEET + " WHERE campaign_id = ? AND subject_id = ? ORDER BY created_at"
    return list(map(Sheet._make, db.execute(sql, [campaign_id, subject_id])))
