"""整改通知书: the notice as issued (its number, department, deadline and the snapshot of what it lists),
read back from the store, and voided (its number stays taken, its ledger lines go void with it).

A notice keeps a snapshot of the problems it lists, so a PDF printed again later shows what was issued.
Issuing is in rectification/issuing.py; the number counter in rectification/numbers.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlite_utils import Database

from db.records import audit
from db.repos import notices as repo
from db.repos.notices import NoticeRow
from workbench.accounts import require
from workbench.campaigns.service import Campaign
from workbench.common.changes import Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from workbench.common.kinds import Role
from workbench.rectification.ledger_steps import void_lines

ISSUED, VOID = "issued", "void"


class VoidReasonMissing(UserError):
    code = "void_reason_missing"
    template = QT_TRANSLATE_NOOP("UserError", "作废整改通知（{number}）须写明理由。")


class NoticeAlreadyVoid(UserError):
    code = "notice_already_void"
    template = QT_TRANSLATE_NOOP("UserError", "整改通知（{number}）已经作废。")


@dataclass(frozen=True)
class NoticeProblem:
    """One deduction as the notice lists it."""

    case_number: str  # 案号
    case_title: str  # 案件名称
    category: str
    item_key: str
    item: str
    points: Decimal  # the counted deduction
    reason: str
    page: int | None
    veto: str = ""  # a veto finding: what it did to the file (总分计0分，等次为不合格); "" for a deduction

    @property
    def ledger_text(self) -> str:
        """The problem as its ledger line names it: a veto finding says so, with its effect."""
        if self.veto:
            return f"否决项（{self.veto}）：{self.reason}" if self.reason else f"否决项（{self.veto}）"
        return self.reason


@dataclass(frozen=True)
class NoticeFile:
    """One of the department's scored files, as it stood when the notice was issued."""

    case_number: str
    title: str
    total: Decimal
    grade: str


@dataclass(frozen=True)
class Notice:
    """整改通知书."""

    id: str
    number: str  # 鄂州司函〔2026〕1号
    issuer: str  # 机关代字
    year: int
    serial: int
    department: str
    title: str
    issued_on: date
    deadline: date
    status: str  # issued | void
    campaign_id: str = ""
    mean: Decimal | None = None  # the department's mean score
    files: tuple[NoticeFile, ...] = ()
    problems: tuple[NoticeProblem, ...] = ()
    supplement_of: str = ""  # a supplementary notice: the number of the department's first notice

    @property
    def deadline_days(self) -> int:
        return (self.deadline - self.issued_on).days


# --- reading and voiding ------------------------------------------------------------------------


def notice_from_row(row: NoticeRow) -> Notice:
    """The notice as issued, from its stored row and the snapshot in its body."""
    body = json.loads(row.body or "{}")
    return Notice(
        id=row.id,
        number=row.number,
        issuer=row.issuer,
        year=row.year,
        serial=row.serial,
        department=row.department or body.get("department", ""),
        title=row.title,
        issued_on=date.fromisoformat(row.issued_on),
        deadline=date.fromisoformat(row.deadline),
        status=row.status,
        campaign_id=row.campaign_id,
        mean=None if body.get("mean") in (None, "None") else Decimal(body["mean"]),
        files=tuple(
            NoticeFile(f["case_number"], f["title"], Decimal(f["total"]), f["grade"])
            for f in body.get("files", [])
        ),
        problems=tuple(
            NoticeProblem(**{**p, "points": Decimal(p["points"])}) for p in body.get("problems", [])
        ),
        supplement_of=body.get("supplement_of", ""),
    )


def get_notice(db: Database, notice_id: str) -> Notice:
    row = repo.get(db, notice_id)
    if row is None:
        raise NotFound(what="整改通知", key=notice_id)
    return notice_from_row(row)


def campaign_notices(db: Database, campaign: Campaign) -> list[Notice]:
    """The campaign's notices, voided ones included, in number order."""
    return [notice_from_row(r) for r in repo.for_campaign(db, campaign.id)]


def void_notice(db: Database, notice_id: str, *, author: str, reason: str) -> Done[Notice]:
    """Mark a notice void; its number stays taken and the reason goes into the audit log. The value is
    the notice as it now stands; the changes name it and its ledger lines, void with it."""
    with db.atomic():
        require(db, author, Role.ADMIN)
        notice = get_notice(db, notice_id)
        if notice.status == VOID:
            raise NoticeAlreadyVoid(number=notice.number)
        if not reason.strip():
            raise VoidReasonMissing(number=notice.number)
        repo.set_status(db, notice_id, VOID, author=author)
        audit(
            db,
            author=author,
            table="notice",
            record_id=notice_id,
            action="void",
            old={"status": ISSUED},
            new={"status": VOID},
            reason=reason.strip(),
        )
        lines = void_lines(db, notice_id, author=author, reason=reason.strip())  # its ledger lines go with it
    return Done(get_notice(db, notice_id), Changes.of(notices=[notice_id]) | lines)
