"""复核: the lead's item-by-item decisions on a file whose reviewers disagree."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlite_utils import Database

from db.records import now, stamp


@dataclass(frozen=True, slots=True)
class DecisionRow:
    """The lead's stored decision on one item: agreed, a reviewer's entries (`source_reviewer_id`) or own."""

    item_key: str
    decision: str  # agreed | reviewer | own
    source_reviewer_id: str | None
    reason: str | None
    author: str | None
    updated_at: str


_COLS = ", ".join(f.name for f in fields(DecisionRow))


def decisions(db: Database, campaign_id: str, subject_id: str) -> dict[str, DecisionRow]:
    """item_key → the decision."""
    sql = f"SELECT {_COLS} FROM arbitration WHERE campaign_id = ? AND subject_id = ?"  # noqa: S608
    return {r[0]: DecisionRow(*r) for r in db.execute(sql, [campaign_id, subject_id])}


def upsert(
    db: Database,
    *,
    campaign_id: str,
    subject_id: str,
    item_key: str,
    decision: str,
    source_reviewer_id: str | None,
    reason: str,
    author: str,
) -> None:
    found = db.execute(
        "SELECT id FROM arbitration WHERE campaign_id = ? AND subject_id = ? AND item_key = ?",
        [campaign_id, subject_id, item_key],
    ).fetchone()
    values = {"decision": decision, "source_reviewer_id": source_reviewer_id, "reason": reason}
    if found:
        db.table("arbitration").update(found[0], {**values, "author": author, "updated_at": now()})
    else:
        row = {"campaign_id": campaign_id, "subject_id": subject_id, "item_key": item_key, **values}
        db.table("arbitration").insert(stamp(row, author))


def delete_entries_of_item(db: Database, sheet_id: str, item_key: str) -> list[dict[str, Any]]:
    """Remove a sheet's entries on one item; returns the rows as they were stored, the audit log's record
    of what was removed (a plain snapshot of every column, not a record the workbench reads)."""
    gone = list(db["score_entry"].rows_where("sheet_id = ? AND item_key = ?", [sheet_id, item_key]))
    db.execute("DELETE FROM score_entry WHERE sheet_id = ? AND item_key = ?", [sheet_id, item_key])
    return gone
