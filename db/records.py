"""Stable ids, timestamps and authorship for every record, plus the audit trail."""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterable
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


# --- the audit trail: a hash chain --------------------------------------------------------------------
# Each audit_log row carries `seq` (1, 2, ...), `prev_hash` (the previous row's `hash`, GENESIS for the
# first) and `hash` = SHA-256 over prev_hash + the canonical JSON of its own fields. Editing, removing or
# reordering a row breaks the chain from there on; `workbench audit verify` says where.

GENESIS = "0" * 64
BASELINE_START = "baseline_start"  # an upgrade records a table as it stands; what came before is history
CHAINED = (
    "seq",
    "id",
    "at",
    "author",
    "table_name",
    "record_id",
    "action",
    "old_value",
    "new_value",
    "reason",
)


# What `audit verify` holds each table to: these fields of every row must equal what the audit log last
# recorded for that row (the merge of the `new` objects of its rows, or gone after a "delete").
TRACKED: dict[str, tuple[str, ...]] = {
    "score_entry": ("sheet_id", "item_key", "kind", "points", "count", "reason", "page"),
    "score_sheet": ("campaign_id", "subject_id", "reviewer_id", "role", "status"),
    "assignment": ("campaign_id", "subject_id", "reviewer_id"),
    "notice": ("campaign_id", "department_id", "issuer", "year", "serial", "number", "status"),
}


def tracked(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """The fields of a row that the audit log vouches for."""
    return {k: row.get(k) for k in TRACKED[table]}


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)


_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def chain_hash(prev_hash: str, row: dict[str, Any]) -> str:
    """The hash a row must carry: SHA-256 of the previous hash followed by the row's canonical JSON."""
    content = _CANONICAL.encode({k: row.get(k) for k in CHAINED})
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


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
    audit_many(
        db, author=author, table=table, action=action, changes=[(record_id, old, new)], reason=reason, at=at
    )


def audit_many(
    db: Database,
    *,
    author: str,
    table: str,
    action: str,
    changes: Iterable[tuple[str, Any, Any]],
    reason: str = "",
    at: str | None = None,
) -> None:
    """One audit row per (record_id, old, new), chained in order: the one writer of audit_log."""
    at = at or now()
    head = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = head if head else (0, GENESIS)
    rows = []
    changes = list(changes)
    ids = iter(new_ids(len(changes)))  # one urandom call: a merge audits tens of thousands of rows
    for record_id, old, new in changes:
        seq += 1
        row = {
            "seq": seq,
            "id": next(ids),
            "at": at,
            "author": author,
            "table_name": table,
            "record_id": record_id,
            "action": action,
            "old_value": _json(old),
            "new_value": _json(new),
            "reason": reason,
        }
        row["prev_hash"] = prev
        prev = row["hash"] = chain_hash(prev, row)
        rows.append(row)
    if rows:
        cols = (*CHAINED, "prev_hash", "hash")
        db.conn.executemany(
            f"INSERT INTO audit_log ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",  # noqa: S608
            [tuple(r[c] for c in cols) for r in rows],
        )


def import_audit(db: Database, rows: Iterable[dict[str, Any]]) -> int:
    """Audit rows written on another laptop (a reviewer's copy), appended to this chain in their order.

    Each keeps its id, time, author, action, values and reason; one whose id is already here is skipped,
    so importing the same rows twice changes nothing. Returns how many were appended."""
    rows = [r for r in rows if r.get("id")]
    if not rows:
        return 0
    ids = [r["id"] for r in rows]
    known: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        known |= {r[0] for r in db.execute(f"SELECT id FROM audit_log WHERE id IN ({marks})", chunk)}  # noqa: S608
    head = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = head if head else (0, GENESIS)
    out = []
    for r in rows:
        if r["id"] in known:
            continue
        known.add(r["id"])
        seq += 1
        row = {k: r.get(k) for k in CHAINED if k != "seq"}
        row["seq"] = seq
        row["prev_hash"] = prev
        prev = row["hash"] = chain_hash(prev, row)
        out.append(row)
    if out:
        cols = (*CHAINED, "prev_hash", "hash")
        db.conn.executemany(
            f"INSERT INTO audit_log ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",  # noqa: S608
            [tuple(r[c] for c in cols) for r in out],
        )
    return len(out)
