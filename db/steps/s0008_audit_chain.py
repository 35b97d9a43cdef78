"""The audit log becomes a hash chain, and every audited row so far is recorded as it stands
(baseline).

Step 0008_audit_chain, shipped: never edit it (a change is the next step).
"""

from __future__ import annotations

from sqlite_utils import Database

from db.records import BASELINE_START, GENESIS, TRACKED, audit_many, chain_hash, tracked


def audit_chain(db: Database) -> None:
    # The audit log becomes a hash chain (db/records.py): rows so far are chained in the order they were
    # written, then every row of the tables `audit verify` checks is recorded as it stands ("baseline"),
    # so that from this upgrade on a change made outside the workbench shows.
    db.table("audit_log").add_column("seq", int)
    db.table("audit_log").add_column("prev_hash", str)
    db.table("audit_log").add_column("hash", str)
    prev = GENESIS
    cols = ("id", "at", "author", "table_name", "record_id", "action", "old_value", "new_value", "reason")
    sql = f"SELECT {', '.join(cols)} FROM audit_log ORDER BY at, rowid"  # noqa: S608
    updates = []
    for seq, values in enumerate(db.execute(sql).fetchall(), start=1):
        row = {"seq": seq, **dict(zip(cols, values, strict=True))}
        digest = chain_hash(prev, row)
        updates.append((seq, prev, digest, row["id"]))
        prev = digest
    db.conn.executemany("UPDATE audit_log SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?", updates)
    db.table("audit_log").create_index(["seq"], unique=True)
    for table, fields in TRACKED.items():
        sql = f"SELECT id, {', '.join(fields)} FROM {table} ORDER BY created_at, id"  # noqa: S608
        cursor = db.execute(sql)
        names = [c[0] for c in cursor.description]
        rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
        if not (rows or updates):  # a new database: nothing to record
            continue
        audit_many(
            db,
            author="系统升级",
            table=table,
            action=BASELINE_START,
            changes=[("*", None, {"rows": len(rows)})],
        )
        audit_many(
            db,
            author="系统升级",
            table=table,
            action="baseline",
            changes=[(r["id"], None, tracked(table, r)) for r in rows],
        )
