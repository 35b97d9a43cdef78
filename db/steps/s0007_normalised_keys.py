"""The look-alike-proof key (db/keys.py) beside each identifier people type, filled for rows
stored before.

Step 0007_normalised_keys, shipped: never edit it (a change is the next step).
"""

from __future__ import annotations

from sqlite_utils import Database

from db.keys import identity_key


def normalised_keys(db: Database) -> None:
    # The look-alike-proof key (db/keys.py) of each identifier people type, so that （２０２６） and (2026),
    # or a name with a zero-width space, find the record already stored. Not unique: files imported
    # before this step may already hold two look-alikes, and the importers report them.
    for table, column, key in (
        ("case_file", "case_number", "case_key"),
        ("department", "name", "name_key"),
        ("reviewer", "name", "name_key"),
    ):
        db.table(table).add_column(key, str)
        rows = db.execute(f"SELECT id, {column} FROM {table}").fetchall()  # noqa: S608 (constant names)
        db.conn.executemany(
            f"UPDATE {table} SET {key} = ? WHERE id = ?",  # noqa: S608
            [(identity_key(value or ""), id_) for id_, value in rows],
        )
        db.table(table).create_index([key])
