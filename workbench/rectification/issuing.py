"""Issuing 整改通知书: a numbered notice per department with deducted or vetoed files, and its ledger lines.

The notice keeps a snapshot of the problems and files it lists, so a PDF printed again later shows what was
issued; a department whose files were finalised with problems after its notice gets a supplementary notice
(补充通知) with only those. Reading and voiding notices is in rectification/notices.py, the counter in
rectification/numbers.py.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlite_utils import Database

from db.keys import identity_key
from db.records import audit
from db.repos import departments as department_repo
from db.repos import notices as repo
from workbench.accounts import require
from workbench.campaigns.office import require_office
from workbench.campaigns.service import Campaign, UnknownDepartment
from workbench.common.changes import NOTHING, Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.common.kinds import Role
from workbench.rectification.ledger_steps import create_lines
from workbench.rectification.notices import ISSUED, Notice, NoticeProblem, campaign_notices, notice_from_row
from workbench.rectification.numbers import ATTEMPTS, NoDocPrefix, notice_number
from workbench.reporting.figures import CampaignFigures, campaign_figures
from workbench.reporting.wording import wording_for

MAX_DEADLINE_DAYS = 365  # a rectification deadline longer than a year is a typing slip


class NoticeExists(UserError):
    code = "notice_exists"
    template = QT_TRANSLATE_NOOP(
        "UserError", "{department}在本次评查中已有整改通知（{number}）。如需重发，请先将其作废。"
    )


class BadDeadline(UserError):
    code = "bad_deadline"
    template = QT_TRANSLATE_NOOP("UserError", "整改期限应为 1 至 {maximum} 天，现为 {days} 天。")


class IssuedNotices(list[Notice]):
    """The notices issued, and the departments passed over (and why)."""

    def __init__(self, notices: Sequence[Notice], *, no_problems=(), already_issued=()) -> None:
        super().__init__(notices)
        self.no_problems: tuple[str, ...] = tuple(no_problems)  # no deducted final file
        self.already_issued: tuple[str, ...] = tuple(already_issued)  # "单位（文号）"

    def skipped_message(self, *, already: bool = True) -> str:
        """Chinese lines saying which departments got no notice, empty when none was skipped;
        already=False leaves out those whose notice in force is simply written again."""
        lines = []
        if self.no_problems:
            lines.append(f"以下单位没有已定分的扣分或否决案卷，未发整改通知：{'、'.join(self.no_problems)}")
        if already and self.already_issued:
            lines.append(f"以下单位已有整改通知，未重复发出：{'、'.join(self.already_issued)}")
        return "\n".join(lines)


@dataclass
class _Plan:
    department: str
    figures: CampaignFigures
    problems: list[NoticeProblem] = field(default_factory=list)
    supplement_of: str = ""  # the number of the notice in force this one supplements


def issue_notices(
    db: Database,
    campaign: Campaign,
    departments: Sequence[str] | None = None,
    *,
    author: str,
    issued_on: date,
    deadline_days: int,
    figures: CampaignFigures | None = None,
    pass_over_existing: bool = False,
) -> Done[IssuedNotices]:
    """Number and record one notice per department with deducted or vetoed final files, in one transaction.

    `departments` None means every department of the campaign; one named explicitly that already has
    a notice in force is refused (void it first), while a run over all of them passes it over
    (`pass_over_existing` passes it over always: an export writes the notice in force instead).
    `figures` saves recomputing them when the caller has them already. A department with a notice in
    force whose files were finalised with problems after it was issued gets a supplementary notice
    (补充通知) listing only those files, so no problem is left out silently. Whether a department has a
    notice is read inside the transaction that issues it, so two exports never issue two. The changes
    name the new notices and their ledger lines.
    """
    require_office(db, "整改通知书")  # nothing is numbered before the office profile is filled in
    issuer = identity_key(campaign.doc_prefix)  # stored before 0007 with an invisible character too
    if not issuer:
        raise NoDocPrefix(campaign=campaign.name)
    days = deadline_days
    if not 1 <= days <= MAX_DEADLINE_DAYS:
        raise BadDeadline(days=days, maximum=MAX_DEADLINE_DAYS)
    figures = figures if figures is not None else campaign_figures(db, campaign)
    refuse = departments is not None and not pass_over_existing
    deadline = issued_on + timedelta(days=days)
    for attempt in range(ATTEMPTS):
        try:
            with db.atomic():  # the check for a notice in force and the issuing under one write lock
                dept_ids = department_repo.all_by_name(db)
                plans, no_problems, already = _plans(db, campaign, figures, departments, dept_ids, refuse)
                notices, changed = _insert(db, campaign, plans, dept_ids, issuer, issued_on, deadline, author)
            break
        except sqlite3.IntegrityError:
            if attempt == ATTEMPTS - 1:
                raise
    return Done(IssuedNotices(notices, no_problems=no_problems, already_issued=already), changed)


def _plans(
    db: Database,
    campaign: Campaign,
    figures: CampaignFigures,
    departments: Sequence[str] | None,
    dept_ids: dict[str, str],
    refuse: bool,
) -> tuple[list[_Plan], list[str], list[str]]:
    """(the notices to issue, departments without deducted files, departments with a notice in force)."""
    existing = repo.issued_by_department(db, campaign.id)
    covered = _covered_files(db, campaign)
    plans, no_problems, already = [], [], []
    for name in _departments(figures, departments, dept_ids):
        own = figures.of_department(name)
        if name in existing:
            first = min(covered[name][1], key=lambda n: (n.year, n.serial))
            new = [f for f in own.final if f.case_number not in covered[name][0]]
            problems = _problems(own, only={f.case_number for f in new})
            if problems:
                plans.append(_Plan(name, _only(own, new), problems, supplement_of=first.number))
                continue
            if refuse:
                raise NoticeExists(department=name, number=existing[name].number)
            already.append(f"{name}（{existing[name].number}）")
            continue
        problems = _problems(own)
        if not problems:
            no_problems.append(name)
            continue
        plans.append(_Plan(name, own, problems))
    return plans, no_problems, already


def _departments(figures: CampaignFigures, wanted: Sequence[str] | None, known: dict[str, str]) -> list[str]:
    present = list(
        dict.fromkeys([u.unit for u in figures.units] + sorted({f.department for f in figures.files}))
    )
    if wanted is None:
        return present
    for name in wanted:
        if name not in known:
            raise UnknownDepartment(name=name, known="、".join(present) or "（无）")
    return list(dict.fromkeys(wanted))


def _covered_files(db: Database, campaign: Campaign) -> dict[str, tuple[set[str], list[Notice]]]:
    """Department → (files its notices in force listed as final, those notices)."""
    out: dict[str, tuple[set[str], list[Notice]]] = {}
    for notice in campaign_notices(db, campaign):
        if notice.status != ISSUED:
            continue
        files, notices = out.setdefault(notice.department, (set(), []))
        files.update(f.case_number for f in notice.files)
        files.update(p.case_number for p in notice.problems)
        notices.append(notice)
    return out


def _only(figures: CampaignFigures, files: list) -> CampaignFigures:
    """The department's figures restricted to `files` (a supplementary notice's snapshot)."""
    from dataclasses import replace

    numbers = {f.case_number for f in files}
    return replace(figures, final=[f for f in figures.final if f.case_number in numbers])


def _problems(figures: CampaignFigures, only: set[str] | None = None) -> list[NoticeProblem]:
    """Veto findings first, then the counted deductions (issue 14: a veto is the gravest problem);
    `only` limits them to those case numbers."""
    if only is not None:
        return [p for p in _problems(figures) if p.case_number in only]
    titles = {f.case_number: f.title for f in figures.final}
    vetoes = [
        NoticeProblem(
            case_number=v.case_number,
            case_title=titles.get(v.case_number, ""),
            category=v.category,
            item_key=v.item_key,
            item=v.item_text,
            points=Decimal(0),
            reason=v.reason,
            page=v.page,
            veto=v.effect_text,
        )
        for v in figures.vetoes
    ]
    return vetoes + [
        NoticeProblem(
            case_number=d.case_number,
            case_title=titles.get(d.case_number, ""),
            category=d.category,
            item_key=d.item_key,
            item=d.item_text,
            points=d.counted,
            reason=d.reason,
            page=d.page,
        )
        for d in figures.deductions
        if d.counted
    ]


def _insert(
    db: Database,
    campaign: Campaign,
    plans: list[_Plan],
    dept_ids: dict[str, str],
    issuer: str,
    issued_on: date,
    deadline: date,
    author: str,
) -> tuple[list[Notice], Changes]:
    year = issued_on.year
    out = []
    changed = NOTHING
    with db.atomic():
        require(db, author, Role.ADMIN)
        serial = repo.next_serial(db, issuer, year)
        for plan in plans:
            unit = plan.figures.unit(plan.department)
            body = {
                "department": plan.department,
                "campaign": campaign.name,
                "mean": None if unit is None else str(unit.mean),
                "files": [
                    {
                        "case_number": f.case_number,
                        "title": f.title,
                        "total": str(f.result.total),
                        "grade": f.result.grade,
                    }
                    for f in plan.figures.final
                    if f.result is not None
                ],
                "problems": [_problem_json(p) for p in plan.problems],
                **({"supplement_of": plan.supplement_of} if plan.supplement_of else {}),
            }
            row = {
                "campaign_id": campaign.id,
                "department_id": dept_ids.get(plan.department),
                "issuer": issuer,
                "year": year,
                "serial": serial,
                "number": notice_number(issuer, year, serial),
                "title": wording_for(campaign).notice_title(
                    plan.department, supplement=bool(plan.supplement_of)
                ),
                "issued_on": issued_on.isoformat(),
                "deadline": deadline.isoformat(),
                "status": ISSUED,
                "body": json.dumps(body, ensure_ascii=False),
            }
            notice_id = repo.insert(db, row, author=author)
            audit(db, author=author, table="notice", record_id=notice_id, action="issue", new=row["number"])
            changed |= Changes.of(notices=[notice_id])
            changed |= create_lines(  # 整改台账: one line per problem, in the same transaction as the notice
                db,
                notice_id=notice_id,
                campaign_id=campaign.id,
                department_id=str(row["department_id"]),
                deadline=deadline,
                problems=plan.problems,
                author=author,
            )
            stored = repo.get(db, notice_id)
            assert stored is not None  # written above, in this transaction
            out.append(notice_from_row(stored))
            serial += 1
    return out, changed


def _problem_json(p: NoticeProblem) -> dict:
    return {
        "case_number": p.case_number,
        "case_title": p.case_title,
        "category": p.category,
        "item_key": p.item_key,
        "item": p.item,
        "points": str(p.points),
        "reason": p.reason,
        "page": p.page,
        **({"veto": p.veto} if p.veto else {}),
    }
