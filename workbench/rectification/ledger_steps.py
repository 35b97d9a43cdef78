"""整改台账 steps: lines made with their notice and voided with it, and the office's steps to 销号.

Each step (已反馈 the unit's reply, 审核 verified or 退回 returned, 销号 closed out) is taken by a whole
batch of lines or by none, and audited line by line. Reading the ledger and its timers is in
rectification/ledger.py; this module only writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from sqlite_utils import Database

from db.records import audit
from db.repos import rectification as repo
from db.transactions import in_write_transaction
from workbench.accounts import require
from workbench.common.changes import Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from workbench.common.kinds import Role
from workbench.rectification.ledger import (
    CLOSED_OUT,
    ISSUED,
    REPORTED,
    RETURNED,
    VERIFIED,
    VOID,
    LedgerLine,
    line_from_row,
)


class IllegalTransition(UserError):
    code = "illegal_transition"
    template = QT_TRANSLATE_NOOP(
        "UserError", "整改事项 {line}（{status}）不能{action}：{why}本次选择的事项均未办理。"
    )


class ReportMissing(UserError):
    code = "report_missing"
    template = QT_TRANSLATE_NOOP("UserError", "登记整改事项 {line} 的反馈须填写单位书面反馈的情况。")


class ReturnReasonMissing(UserError):
    code = "return_reason_missing"
    template = QT_TRANSLATE_NOOP("UserError", "退回整改事项 {line} 须写明理由。")


class DateTooEarly(UserError):
    code = "date_too_early"
    template = QT_TRANSLATE_NOOP(
        "UserError", "整改事项 {line} 的{what}日期 {date} 早于{earlier}日期 {before}。"
    )


class DateInFuture(UserError):
    code = "date_in_future"
    template = QT_TRANSLATE_NOOP("UserError", "整改事项 {line} 的{what}日期 {date} 晚于今天（{today}）。")


class NoLinesChosen(UserError):
    code = "no_lines_chosen"
    template = QT_TRANSLATE_NOOP("UserError", "请先选择要办理的整改事项。")


# --- creation with the notice, and voiding ----------------------------------------------------------


def create_lines(
    db: Database,
    *,
    notice_id: str,
    campaign_id: str,
    department_id: str | None,
    deadline: date,
    problems: Iterable[Any],
    author: str,
) -> Changes:
    """One issued line per problem of a newly issued notice; call inside the notice's transaction."""
    rows = [
        {
            "notice_id": notice_id,
            "campaign_id": campaign_id,
            "department_id": department_id,
            "line": n,
            "case_number": p.case_number,
            "item": p.item,
            "problem": getattr(p, "ledger_text", p.reason),
            "points": str(p.points),
            "deadline": deadline.isoformat(),
            "status": ISSUED,
        }
        for n, p in enumerate(problems, start=1)
    ]
    return Changes.of(ledger_lines=repo.insert_lines(db, rows, author=author))


def void_lines(db: Database, notice_id: str, *, author: str, reason: str) -> Changes:
    """Every line of a voided notice becomes void, audited; call inside the void's transaction."""
    require(db, author, Role.ADMIN)
    voided = []
    for row in repo.for_notice(db, notice_id):
        if row.status == VOID:
            continue
        repo.update(db, row.id, {"status": VOID}, author=author)
        audit(
            db,
            author=author,
            table="rectification",
            record_id=row.id,
            action="void",
            old=row.status,
            new=VOID,
            reason=reason,
        )
        voided.append(row.id)
    return Changes.of(ledger_lines=voided)


# --- transitions -----------------------------------------------------------------------------------


@in_write_transaction
def record_report(
    db: Database, line_ids: Sequence[str], *, reported_on: date, report: str, author: str
) -> Done[list[LedgerLine]]:
    """已反馈: the unit's written reply (its date and a summary) for lines issued or returned."""
    lines = _load(db, line_ids)
    _check(lines, "登记反馈", {ISSUED, RETURNED}, "只有已下发或被退回的事项才能登记反馈。")
    text = report.strip()
    if not text:
        raise ReportMissing(line=lines[0].key)
    _not_after_today(lines[0], "反馈", reported_on)
    for line in lines:
        if reported_on < line.issued_on:
            raise DateTooEarly(
                line=line.key, what="反馈", date=reported_on, earlier="通知下发", before=line.issued_on
            )
    values = {
        "status": REPORTED,
        "reported_on": reported_on.isoformat(),
        "report": text,
        "verified_on": None,
        "verifier": "",
        "verification": "",
    }
    return _apply(db, lines, "report", lambda _line: values, author=author)


@in_write_transaction
def verify(
    db: Database,
    line_ids: Sequence[str],
    *,
    passed: bool,
    verification: str,
    verifier: str,
    author: str,
    on: date | None = None,
) -> Done[list[LedgerLine]]:
    """审核: a reported line passes (verified) or goes back to the unit (returned, with the reason)."""
    on = on or date.today()
    lines = _load(db, line_ids)
    _check(lines, "审核", {REPORTED}, "只有已反馈的事项才能审核。")
    text = verification.strip()
    if not passed and not text:
        raise ReturnReasonMissing(line=lines[0].key)
    _not_after_today(lines[0], "审核", on)
    for line in lines:
        if line.reported_on is not None and on < line.reported_on:
            raise DateTooEarly(line=line.key, what="审核", date=on, earlier="反馈", before=line.reported_on)
    values = {
        "status": VERIFIED if passed else RETURNED,
        "verified_on": on.isoformat(),
        "verifier": verifier.strip() or author,
        "verification": text,
    }
    if not passed:
        values["reason"] = text
    return _apply(db, lines, "verify" if passed else "return", lambda _line: values, author=author)


@in_write_transaction
def close_out(
    db: Database, line_ids: Sequence[str], *, author: str, reason: str = "", on: date | None = None
) -> Done[list[LedgerLine]]:
    """销号: only a verified line is closed out; who closed it and when go into the ledger."""
    on = on or date.today()
    lines = _load(db, line_ids)
    _check(lines, "销号", {VERIFIED}, "只有审核通过的事项才能销号。")
    _not_after_today(lines[0], "销号", on)
    for line in lines:
        if line.verified_on is not None and on < line.verified_on:
            raise DateTooEarly(line=line.key, what="销号", date=on, earlier="审核", before=line.verified_on)
    values = {
        "status": CLOSED_OUT,
        "closed_on": on.isoformat(),
        "closed_by": author,
        "reason": reason.strip(),
    }
    return _apply(db, lines, "close_out", lambda _line: values, author=author)


def _load(db: Database, line_ids: Sequence[str]) -> list[LedgerLine]:
    ids = list(dict.fromkeys(line_ids))
    if not ids:
        raise NoLinesChosen()
    rows = repo.by_ids(db, ids)
    missing = [i for i in ids if i not in rows]
    if missing:
        raise NotFound(what="整改事项", key=missing[0])
    return [line_from_row(rows[i], None) for i in ids]


def _check(lines: list[LedgerLine], action: str, allowed: set[str], why: str) -> None:
    """Refuse the whole batch on its first line that cannot take this step."""
    for line in lines:
        if line.status not in allowed:
            reason = "所属整改通知已作废。" if line.status == VOID else why
            raise IllegalTransition(line=line.key, status=line.status_label, action=action, why=reason)


def _not_after_today(line: LedgerLine, what: str, when: date) -> None:
    """A reply cannot be received, nor a line verified or closed, on a day still to come."""
    today = date.today()
    if when > today:
        raise DateInFuture(line=line.key, what=what, date=when, today=today)


def _apply(
    db: Database,
    lines: list[LedgerLine],
    action: str,
    values: Callable[[LedgerLine], dict[str, Any]],
    *,
    author: str,
) -> Done[list[LedgerLine]]:
    """Take one step for every line, audited; the value is the lines as they now stand."""
    with db.atomic():
        require(db, author, Role.ADMIN)
        for line in lines:
            new = values(line)
            old = {k: _stored(getattr(line, k)) for k in new}
            repo.update(db, line.id, new, author=author)
            audit(
                db, author=author, table="rectification", record_id=line.id, action=action, old=old, new=new
            )
    rows = repo.by_ids(db, [line.id for line in lines])
    today = date.today()
    changed = Changes.of(ledger_lines=[line.id for line in lines])
    return Done([line_from_row(rows[line.id], today) for line in lines], changed)


def _stored(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value
