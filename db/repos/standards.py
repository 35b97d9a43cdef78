"""评分标准 versions: one immutable row per version, grouped by lineage. Nothing here UPDATEs a body."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from db.records import audit, stamp

TABLE = "standard"
_SELECT = "SELECT id, created_at, author, lineage_id, version, name, issuer, case_types, body FROM standard"


@dataclass(frozen=True, slots=True)
class StandardRow:
    """One stored version; `body` is the standard's full JSON definition, `case_types` comma-separated."""

    id: str
    created_at: str
    author: str | None
    lineage_id: str
    version: int
    name: str
    issuer: str | None
    case_types: str | None
    body: str


def _rows(db: Database, sql: str, params: list[Any]) -> list[StandardRow]:
    return [StandardRow(*r) for r in db.execute(sql, params)]


def insert_version(
    db: Database,
    *,
    body: dict[str, Any],
    name: str,
    issuer: str,
    case_types: tuple[str, ...],
    lineage_id: str,
    author: str,
) -> StandardRow:
    """Store the next version of a lineage (1 for a new one) with its audit row, in one transaction."""
    with db.atomic():
        version = max_version(db, lineage_id) + 1
        row = stamp(
            {
                "lineage_id": lineage_id,
                "version": version,
                "name": name,
                "issuer": issuer,
                "case_types": ",".join(case_types),
                "body": json.dumps(body, ensure_ascii=False),
            },
            author,
        )
        db.table(TABLE).insert(row)
        summary = {"name": name, "lineage_id": lineage_id, "version": version}
        audit(db, author=author, table=TABLE, record_id=row["id"], action="create_version", new=summary)
    return StandardRow(
        id=row["id"],
        created_at=row["created_at"],
        author=author,
        lineage_id=lineage_id,
        version=version,
        name=name,
        issuer=issuer,
        case_types=row["case_types"],
        body=row["body"],
    )


def max_version(db: Database, lineage_id: str) -> int:
    """The highest stored version of a lineage, 0 when it has none."""
    found = db.execute("SELECT MAX(version) FROM standard WHERE lineage_id = ?", [lineage_id]).fetchone()
    return int(found[0] or 0)


def get(db: Database, standard_id: str) -> StandardRow | None:
    rows = _rows(db, _SELECT + " WHERE id = ?", [standard_id])
    return rows[0] if rows else None


def latest(db: Database, lineage_id: str) -> StandardRow | None:
    rows = _rows(db, _SELECT + " WHERE lineage_id = ? ORDER BY version DESC LIMIT 1", [lineage_id])
    return rows[0] if rows else None


def versions(db: Database, lineage_id: str) -> list[StandardRow]:
    """Every version of one lineage, newest first."""
    return _rows(db, _SELECT + " WHERE lineage_id = ? ORDER BY version DESC", [lineage_id])


def all_versions(db: Database) -> list[StandardRow]:
    """Every stored version: the most recently saved lineage first, newest version first within each."""
    sql = """
        SELECT s.id, s.created_at, s.author, s.lineage_id, s.version, s.name, s.issuer, s.case_types, s.body
        FROM standard AS s
        JOIN (SELECT lineage_id, MAX(created_at) AS saved, MAX(rowid) AS last_row
              FROM standard GROUP BY lineage_id) AS l
          ON l.lineage_id = s.lineage_id
        ORDER BY l.saved DESC, l.last_row DESC, s.version DESC
    """
    return _rows(db, sql, [])


def ids_with_prefix(db: Database, prefix: str) -> list[str]:
    """Ids starting with `prefix`, compared literally (LIKE would treat _ and % as wildcards)."""
    sql = "SELECT id FROM standard WHERE substr(id, 1, ?) = ? ORDER BY created_at"
    return [r[0] for r in db.execute(sql, [len(prefix), prefix])]


def with_name(db: Database, name: str) -> list[StandardRow]:
    """Versions whose name is exactly `name`, newest first."""
    return _rows(db, _SELECT + " WHERE name = ? ORDER BY version DESC, created_at DESC", [name])
