"""Accounts: a reviewer row (the person) plus roles, a password hash and the wrong-password count."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from db.records import now, stamp

_SELECT = """
SELECT a.id, r.id AS reviewer_id, r.name, d.name AS department, a.roles, a.password_hash,
       a.disabled, a.failed_tries, a.locked_until, a.created_at
FROM account a JOIN reviewer r ON r.id = a.reviewer_id LEFT JOIN department d ON d.id = r.department_id
"""


@dataclass(frozen=True, slots=True)
class AccountRow:
    """An account with its person's name and department, as stored (roles comma-separated)."""

    id: str
    reviewer_id: str
    name: str
    department: str | None
    roles: str | None
    password_hash: str | None
    disabled: int | None
    failed_tries: int | None
    locked_until: str | None
    created_at: str


def any_account(db: Database) -> bool:
    return db.execute("SELECT 1 FROM account LIMIT 1").fetchone() is not None


def by_name(db: Database, name: str) -> AccountRow | None:
    row = db.execute(_SELECT + " WHERE r.name = ? ORDER BY a.created_at LIMIT 1", [name]).fetchone()
    return AccountRow(*row) if row else None


def all_accounts(db: Database) -> list[AccountRow]:
    return [AccountRow(*r) for r in db.execute(_SELECT + " ORDER BY a.created_at, r.name")]


def insert(db: Database, reviewer_id: str, roles: str, password_hash: str, author: str) -> str:
    row = stamp(
        {
            "reviewer_id": reviewer_id,
            "roles": roles,
            "password_hash": password_hash,
            "disabled": 0,
            "failed_tries": 0,
            "locked_until": None,
        },
        author,
    )
    db.table("account").insert(row)
    return row["id"]


def update(db: Database, account_id: str, **values: object) -> None:
    db.table("account").update(account_id, {**values, "updated_at": now()})


def reviewer_name(db: Database, reviewer_id: str | None) -> str | None:
    row = db.execute("SELECT name FROM reviewer WHERE id = ?", [reviewer_id]).fetchone()
    return row[0] if row else None
