"""Accounts: who may sign in, their roles, a password hash, and the run of wrong passwords.

Step 0009_accounts, shipped: never edit it (a change is the next step).
"""

from __future__ import annotations

from sqlite_utils import Database

from db.steps.tables import record_table


def accounts(db: Database) -> None:
    # An account lets one person (a reviewer row: name, department) sign in: their roles (comma-separated
    # admin / lead / reviewer), an argon2 hash of the password (never the password), whether it is
    # disabled, and the run of wrong passwords that delays the next try (held here so it binds every
    # process). A database without accounts is used by one person, as before.
    record_table(
        db,
        "account",
        {
            "reviewer_id": str,
            "roles": str,
            "password_hash": str,
            "disabled": int,
            "failed_tries": int,
            "locked_until": str,
        },
        foreign_keys=[("reviewer_id", "reviewer", "id")],
    )
    db.table("account").create_index(["reviewer_id"], unique=True)
