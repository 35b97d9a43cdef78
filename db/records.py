"""Stable ids, timestamps and authorship for every record, plus the audit trail."""

from __future__ import annotations

import json
import os
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database


def new_id() -> str:
    """A random id that cannot collide with one made on another laptop."""
    return str(uuid.uuid4())


_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


def new_ids(n: int) -> list[str]:
    """n random version-4 UUIDs from one urandom call: bulk imports spend a third of their time in uuid4()."""
    h = os.urandom(16 * n).hex()
    return [
        f"{h[i : i + 8]}-{h[i + 8 : i + 12]}-4{h[i + 13 : i + 16]}-"
        f"{_VARIANT[h[i + 16]]}{h[i + 17 : i + 20]}-{h[i + 20 : i + 32]}"
        for i in range(0, 32 * n, 32)
    ]


def now() -> str:
    """UTC time as ISO 8601 with milliseconds, sortable as text."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def stamp(record: dict[str, Any], author: str, *, at: str | None = None) -> dict[str, Any]:
    """Give a new record its id, times and author (keeps an id it already has)."""
    at = at or now()
    return {
        "id": record.get("id") or new_id(),
        "created_at": at,
        "updated_at": at,
        "author": author,
        **record,
    }


def audit(
    db: Database,
    *,
    author: str,
    table: str,
    record_id: str,
    action: str,
    old: Any = None,
    new: Any = None,
    reason: str = "",
    at: str | None = None,
) -> None:
    """Record who changed what, when, from which value to which, and why."""
    db.table("audit_log").insert(
        {
            "id": new_id(),
            "at": at or now(),
            "author": author,
            "table_name": table,
            "record_id": record_id,
            "action": action,
            "old_value": None if old is None else json.dumps(old, ensure_ascii=False, default=str),
            "new_value": None if new is None else json.dumps(new, ensure_ascii=False, default=str),
            "reason": reason,
        }
    )
