"""Conversions between stored score_entry rows and the engine's Entry values."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from db.errors import StoredValueDamaged
from db.repos.scores import EntryRow
from workbench.scoring import Entry, EntryKind

_WITH_POINTS = (EntryKind.DEDUCTION, EntryKind.BONUS)  # the kinds whose points are stored


def entry_from_row(row: EntryRow | tuple) -> Entry:
    """From a stored entry, or a (sheet_id, item_key, kind, points, count, reason, page) tuple."""
    if isinstance(row, EntryRow):
        item_key, kind, points, count, reason, page = (
            row.item_key,
            row.kind,
            row.points,
            row.count,
            row.reason,
            row.page,
        )
    else:
        _, item_key, kind, points, count, reason, page = row
    try:
        entry_kind = EntryKind(kind)
    except ValueError as exc:  # only valid kinds are ever written
        raise StoredValueDamaged(what="扣分记录", value=str(kind)[:40]) from exc
    return Entry(
        item_key=item_key,
        kind=entry_kind,
        points=Decimal(points) if points else Decimal(0),
        count=count,
        reason=reason or "",
        page=page,
    )


def entry_to_row(entry: Entry, sheet_id: str) -> dict[str, Any]:
    return {
        "sheet_id": sheet_id,
        "item_key": entry.item_key,
        "kind": entry.kind.value,
        "points": str(entry.points) if entry.kind in _WITH_POINTS else None,
        "count": entry.count,
        "reason": entry.reason,
        "page": entry.page,
    }
