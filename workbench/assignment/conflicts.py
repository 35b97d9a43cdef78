"""Declared conflicts (回避) by name, as people enter them: a reviewer must not score a department's files,
or one file. The assignment honours them (workbench.assignment.service)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from db.repos import assignments as assignment_repo
from db.repos import cases as case_repo
from db.repos import departments as department_repo
from db.repos import reviewers as reviewer_repo
from workbench.assignment.reviewers import ConflictInvalid, declare_conflict
from workbench.common.changes import Done
from workbench.common.errors import NotFound


@dataclass(frozen=True)
class DeclaredConflict:
    id: str
    reviewer: str
    department: str  # "" when the conflict names one file
    case_number: str  # "" when it names a department
    reason: str


def add_conflict(
    db: Database,
    reviewer: str,
    *,
    department: str = "",
    case_number: str = "",
    reason: str,
    author: str,
) -> Done[str]:
    """Declare that `reviewer` (a name) avoids `department` or the file `case_number` (one of them)."""
    reviewer_id = reviewer_repo.all_by_name(db).get(reviewer.strip())
    if reviewer_id is None:
        raise NotFound(what="评查人员", key=reviewer)
    if bool(department.strip()) == bool(case_number.strip()):
        raise ConflictInvalid(why="请指定一个部门或一件案卷（二选一）。")
    department_id = subject_id = None
    if department.strip():
        department_id = department_repo.all_by_name(db).get(department.strip())
        if department_id is None:
            raise NotFound(what="执法部门", key=department)
    else:
        subject_id = case_repo.by_number(db, [case_number.strip()]).get(case_number.strip())
        if subject_id is None:
            raise NotFound(what="案卷", key=case_number)
    return declare_conflict(
        db, reviewer_id, department_id=department_id, subject_id=subject_id, reason=reason, author=author
    )


def declared_conflicts(db: Database) -> list[DeclaredConflict]:
    """Every declared conflict, by reviewer name."""
    reviewers = reviewer_repo.names_by_id(db)
    departments = {id_: name for name, id_ in department_repo.all_by_name(db).items()}
    rows = assignment_repo.conflicts(db)
    numbers = case_repo.numbers_by_id(db, [r.subject_id for r in rows if r.subject_id])
    return sorted(
        (
            DeclaredConflict(
                r.id,
                reviewers.get(r.reviewer_id, ""),
                departments.get(r.department_id or "", ""),
                numbers.get(r.subject_id or "", ""),
                r.reason or "",
            )
            for r in rows
        ),
        key=lambda c: (c.reviewer, c.department, c.case_number),
    )


def reviewer_names(db: Database) -> list[str]:
    """Every reviewer's name, sorted, once."""
    return sorted({r.name for r in assignment_repo.reviewers_with_departments(db)})


def department_names(db: Database) -> list[str]:
    return sorted(department_repo.all_by_name(db))
