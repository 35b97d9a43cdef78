"""Rows the task and result packages carry, and the master's and the copy's exchange records."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

from sqlite_utils import Database

from db.records import audit_many, new_id, now, stamp, tracked

# Tables a package copies row for row, in the order a copy inserts them (foreign keys first).
COPIED = (
    "department",
    "standard",
    "reviewer",
    "account",
    "campaign",
    "case_file",
    "campaign_subject",
    "assignment",
    "attachment",
    "score_sheet",
    "score_entry",
)


def _rows(db: Database, table: str, where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    return list(db[table].rows_where(where, list(params), order_by="id"))


def _in(ids: Iterable[str]) -> tuple[str, list[str]]:
    values = sorted(set(ids))
    return "(" + ",".join("?" for _ in values) + ")", values


def rows_by_id(db: Database, table: str, ids: Iterable[str]) -> list[dict[str, Any]]:
    marks, values = _in(ids)
    return _rows(db, table, f"id IN {marks}", values) if values else []


def account_rows(db: Database, reviewer_id: str) -> list[dict[str, Any]]:
    """The reviewer's account, to sign in on their copy: a reviewer there, never more; no lockout carried."""
    rows = _rows(db, "account", "reviewer_id = ? AND coalesce(disabled, 0) = 0", [reviewer_id])
    return [{**r, "roles": "reviewer", "failed_tries": 0, "locked_until": None} for r in rows]


def assigned_subjects(db: Database, campaign_id: str, reviewer_id: str) -> list[str]:
    sql = "SELECT subject_id FROM assignment WHERE campaign_id = ? AND reviewer_id = ? ORDER BY subject_id"
    return [r[0] for r in db.execute(sql, [campaign_id, reviewer_id])]


def assignment_rows(db: Database, campaign_id: str, reviewer_id: str) -> list[dict[str, Any]]:
    return _rows(db, "assignment", "campaign_id = ? AND reviewer_id = ?", [campaign_id, reviewer_id])


def subject_rows(db: Database, campaign_id: str, subject_ids: Iterable[str]) -> list[dict[str, Any]]:
    marks, values = _in(subject_ids)
    return _rows(db, "campaign_subject", f"campaign_id = ? AND subject_id IN {marks}", [campaign_id, *values])


def attachment_rows(db: Database, subject_ids: Iterable[str]) -> list[dict[str, Any]]:
    marks, values = _in(subject_ids)
    return _rows(db, "attachment", f"subject_id IN {marks}", values) if values else []


def review_sheets(db: Database, campaign_id: str, reviewer_id: str) -> list[dict[str, Any]]:
    """A reviewer's own sheets of a campaign (never the lead's final sheet)."""
    where = "campaign_id = ? AND reviewer_id = ? AND role = 'review'"
    return _rows(db, "score_sheet", where, [campaign_id, reviewer_id])


def review_sheet(db: Database, campaign_id: str, reviewer_id: str, subject_id: str) -> dict[str, Any] | None:
    where = "campaign_id = ? AND reviewer_id = ? AND subject_id = ? AND role = 'review'"
    rows = _rows(db, "score_sheet", where, [campaign_id, reviewer_id, subject_id])
    return rows[0] if rows else None


def entries_of(db: Database, sheet_ids: Iterable[str]) -> list[dict[str, Any]]:
    marks, values = _in(sheet_ids)
    if not values:
        return []
    return list(db["score_entry"].rows_where(f"sheet_id IN {marks}", values, order_by="created_at, id"))


def audit_rows(db: Database, record_ids: Iterable[str]) -> list[dict[str, Any]]:
    marks, values = _in(record_ids)
    if not values:
        return []
    where = f"table_name IN ('score_sheet', 'score_entry') AND record_id IN {marks}"
    return list(db["audit_log"].rows_where(where, values, order_by="at, id"))


def upsert_rows(db: Database, table: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        db.table(table).insert_all(rows, replace=True)


def insert_rows(db: Database, table: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        db.table(table).insert_all(rows)


def replace_sheet(db: Database, sheet: dict[str, Any], entries: list[dict[str, Any]]) -> None:
    """The sheet row and exactly these entries (its other entries go)."""
    db.execute("DELETE FROM score_entry WHERE sheet_id = ?", [sheet["id"]])
    db.table("score_sheet").insert(sheet, replace=True)
    insert_rows(db, "score_entry", entries)


def delete_rows(db: Database, table: str, ids: list[str]) -> None:
    db.conn.executemany(f"DELETE FROM [{table}] WHERE id = ?", [(i,) for i in ids])  # noqa: S608


def delete_sheet(db: Database, sheet_id: str) -> None:
    db.execute("DELETE FROM score_entry WHERE sheet_id = ?", [sheet_id])
    db.execute("DELETE FROM score_sheet WHERE id = ?", [sheet_id])


# --- the master's records -----------------------------------------------------------------------


def secret(db: Database, campaign_id: str, reviewer_id: str) -> str | None:
    sql = "SELECT secret FROM exchange_key WHERE campaign_id = ? AND reviewer_id = ?"
    row = db.execute(sql, [campaign_id, reviewer_id]).fetchone()
    return row[0] if row else None


def insert_secret(db: Database, campaign_id: str, reviewer_id: str, value: str, author: str) -> None:
    row = {"campaign_id": campaign_id, "reviewer_id": reviewer_id, "secret": value}
    db.table("exchange_key").insert(stamp(row, author))


def next_sequence(db: Database, campaign_id: str, reviewer_id: str, kind: str) -> int:
    sql = "SELECT max(sequence) FROM exchange_package WHERE campaign_id = ? AND reviewer_id = ? AND kind = ?"
    return (db.execute(sql, [campaign_id, reviewer_id, kind]).fetchone()[0] or 0) + 1


def record_package(db: Database, row: dict[str, Any], author: str) -> None:
    db.table("exchange_package").insert(stamp(row, author))


def package_seen(db: Database, package_id: str, kind: str) -> dict[str, Any] | None:
    rows = _rows(db, "exchange_package", "package_id = ? AND kind = ?", [package_id, kind])
    return rows[0] if rows else None


def packages(db: Database, campaign_id: str) -> list[dict[str, Any]]:
    return list(db["exchange_package"].rows_where("campaign_id = ?", [campaign_id], order_by="created_at"))


def sheet_origin(db: Database, campaign_id: str, reviewer_id: str, subject_id: str) -> dict[str, Any] | None:
    where = "campaign_id = ? AND reviewer_id = ? AND subject_id = ?"
    rows = _rows(db, "exchange_sheet", where, [campaign_id, reviewer_id, subject_id])
    return rows[0] if rows else None


def set_sheet_origin(db: Database, author: str, **values: Any) -> None:
    key = (values["campaign_id"], values["reviewer_id"], values["subject_id"])
    found = sheet_origin(db, *key)
    if found is None:
        db.table("exchange_sheet").insert(stamp(values, author))
    else:
        db.table("exchange_sheet").update(found["id"], {**values, "updated_at": now()})


def insert_conflict(db: Database, row: dict[str, Any], author: str) -> str:
    record = stamp(row, author)
    db.table("exchange_conflict").insert(record)
    return str(record["id"])


def conflicts(db: Database, campaign_id: str, *, open_only: bool = True) -> list[dict[str, Any]]:
    where = "campaign_id = ?" + (" AND status = 'open'" if open_only else "")
    return list(db["exchange_conflict"].rows_where(where, [campaign_id], order_by="created_at"))


def get_conflict(db: Database, conflict_id: str) -> dict[str, Any] | None:
    rows = _rows(db, "exchange_conflict", "id = ?", [conflict_id])
    return rows[0] if rows else None


def resolve_conflict(db: Database, conflict_id: str, status: str, author: str) -> None:
    at = now()
    db.table("exchange_conflict").update(
        conflict_id, {"status": status, "resolved_by": author, "resolved_at": at, "updated_at": at}
    )


# --- the reviewer copy's binding ------------------------------------------------------------------


def binding(db: Database) -> dict[str, Any] | None:
    rows = list(db["exchange_binding"].rows_where(order_by="created_at", limit=1))
    return rows[0] if rows else None


def save_binding(db: Database, row: dict[str, Any], author: str) -> None:
    found = binding(db)
    if found is None:
        db.table("exchange_binding").insert(stamp(row, author))
    else:
        db.table("exchange_binding").update(found["id"], {**row, "updated_at": now()})


def has_work(db: Database) -> bool:
    """Whether a database already holds campaigns (a master, or someone's working database)."""
    return bool(db.execute("SELECT count(*) FROM campaign").fetchone()[0])


# --- bulk reads and writes for merging a whole result package at once ----------------------------------


def review_sheets_by_subject(db: Database, campaign_id: str, reviewer_id: str) -> dict[str, dict[str, Any]]:
    return {s["subject_id"]: s for s in review_sheets(db, campaign_id, reviewer_id)}


def review_entries(db: Database, campaign_id: str, reviewer_id: str) -> dict[str, list[dict[str, Any]]]:
    """The entries of a reviewer's sheets in a campaign, by sheet id."""
    sql = """
        SELECT e.* FROM score_entry e JOIN score_sheet s ON s.id = e.sheet_id
        WHERE s.campaign_id = ? AND s.reviewer_id = ? AND s.role = 'review'
        ORDER BY e.created_at, e.id
    """
    out: dict[str, list[dict[str, Any]]] = {}
    for row in db.query(sql, [campaign_id, reviewer_id]):
        out.setdefault(row["sheet_id"], []).append(row)
    return out


def origins(db: Database, campaign_id: str, reviewer_id: str) -> dict[str, dict[str, Any]]:
    where = "campaign_id = ? AND reviewer_id = ?"
    return {r["subject_id"]: r for r in db["exchange_sheet"].rows_where(where, [campaign_id, reviewer_id])}


def _insert_many(db: Database, table: str, rows: list[dict[str, Any]], verb: str = "INSERT") -> None:
    if not rows:
        return
    columns = list(db[table].columns_dict)
    sql = f"{verb} INTO [{table}] ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    if all(len(r) == len(columns) for r in rows) and all(c in rows[0] for c in columns):
        pick = itemgetter(*columns)  # rows from a table of the same schema: one C call a row
        values = [pick(r) for r in rows]
    else:  # rows from an older schema: what they lack is NULL
        values = [tuple(r.get(c) for c in columns) for r in rows]
    db.conn.executemany(sql, values)


def take_sheets(
    db: Database, sheets: list[dict[str, Any]], entries: list[dict[str, Any]], replaced: list[str]
) -> None:
    """Replace sheets whole: the replaced sheets' entries go, the incoming sheets and entries land."""
    db.conn.executemany("DELETE FROM score_entry WHERE sheet_id = ?", [(s,) for s in replaced])
    db.conn.executemany("DELETE FROM score_sheet WHERE id = ?", [(s,) for s in replaced])
    _insert_many(db, "score_sheet", sheets, "INSERT OR REPLACE")
    _insert_many(db, "score_entry", entries)


def record_merged(db: Database, rows: list[dict[str, Any]], author: str) -> None:
    """Each taken sheet's merged content hash and result sequence (one row per reviewer and subject)."""
    at = now()
    db.conn.executemany(
        """INSERT INTO exchange_sheet (id, created_at, updated_at, author, campaign_id, reviewer_id,
               subject_id, base_hash, base_sequence, merged_hash, result_sequence)
           VALUES (?, ?, ?, ?, ?, ?, ?, '', 0, ?, ?)
           ON CONFLICT (campaign_id, reviewer_id, subject_id) DO UPDATE SET
               merged_hash = excluded.merged_hash, result_sequence = excluded.result_sequence,
               updated_at = excluded.updated_at""",
        [
            (new_id(), at, at, author, r["campaign_id"], r["reviewer_id"], r["subject_id"], r["merged_hash"],
             r["result_sequence"])
            for r in rows
        ],
    )  # fmt: skip


def audit_state(db: Database, author: str, action: str, table: str, rows: list[dict[str, Any]]) -> None:
    """The audit log's word for rows a package wrote or removed (`delete`), so that `audit verify` finds
    every table row as the log last recorded it."""
    changes = [(r["id"], None, None if action == "delete" else tracked(table, r)) for r in rows]
    audit_many(db, author=author, table=table, action=action, changes=changes)
