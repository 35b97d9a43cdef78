"""Whose copy a database is: a reviewer copy is bound to one reviewer and campaign, and runs only what
that reviewer does (scoring their own files); the organiser's and the lead's commands are refused there.

Kept apart from the packaging in copy.py so that the window learns whose copy it shows without loading
the sealing and package code.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from db.repos import exchange as repo
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError


class NotOnACopy(UserError):
    code = "not_on_a_copy"
    template = QT_TRANSLATE_NOOP(
        "UserError", "这是评查人员“{reviewer}”的副本，不能执行“{command}”：请在组织者的工作库中操作。"
    )


# What a reviewer does on their copy; everything else (set-up, draw, assignment, recheck, notices,
# packages out, merges) is the organiser's or the lead's, on the master.
ON_A_COPY = {
    "report",
    "scores import",
    "package open",
    "package return",
    "standard list",
    "campaign list",
    "audit verify",
    "audit export",
    "db backup",
    "db check",
    "db encrypt",
    "db decrypt",
    "user passwd",
    "user list",
}


def refuse_on_copy(db: Database, command: str) -> None:
    """A command run on a reviewer copy that is not the reviewer's to run there is refused."""
    found = binding_of(db)
    if found is not None and command not in ON_A_COPY:
        raise NotOnACopy(reviewer=found.reviewer_name, command=command)


@dataclass(frozen=True)
class Binding:
    campaign_id: str
    reviewer_id: str
    reviewer_name: str
    task_sequence: int
    result_sequence: int


def binding_of(db: Database) -> Binding | None:
    """Whose copy this database is, or None for a master (or one-person) database."""
    row = repo.binding(db)
    if row is None:
        return None
    return Binding(
        row["campaign_id"],
        row["reviewer_id"],
        row["reviewer_name"],
        row["task_sequence"] or 0,
        row["result_sequence"] or 0,
    )


def copy_owner(db: Database) -> str | None:
    """On a reviewer copy, the reviewer it is bound to (the author of everything done there)."""
    found = binding_of(db)
    return found.reviewer_name if found else None
