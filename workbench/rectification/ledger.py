"""整改台账: every problem a notice lists, followed from issue to close-out (销号).

A line is 已下发 issued with its notice; the unit's written reply makes it 已反馈 reported; the office's
check makes it 审核通过 verified, or 退回 returned to wait for a new reply; only a verified line is
销号 closed_out. Each transition is audited and taken by a whole batch of lines or by none. Voiding a
notice voids its lines. Timers: 临期 within three days of the deadline, 逾期 past it while the line is
still open (not verified, not closed out).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlite_utils import Database

from db.records import audit
from db.repos import rectification as repo
from db.transactions import in_write_transaction
from workbench.accounts import require
from workbench.campaigns.service import Campaign
from workbench.common.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from workbench.common.kinds import Role

ISSUED, REPORTED, RETURNED, VERIFIED, CLOSED_OUT, VOID = (
    "issued",
    "reported",
    "returned",
    "verified",
    "closed_out",
    "void",
)
STATUSES = (ISSUED, REPORTED, RETURNED, VERIFIED, CLOSED_OUT, VOID)
STATUS_LABELS = {
    ISSUED: "已下发",
    REPORTED: "已反馈",
    RETURNED: "退回",
    VERIFIED: "审核通过",
    CLOSED_OUT: "已销号",
    VOID: "已作废",
}
OPEN = frozenset({ISSUED, RETURNED, REPORTED})  # the timers run until the office verifies
DUE_SOON, OVERDUE = "due_soon", "overdue"
DUE_LABELS = {DUE_SOON: "临期", OVERDUE: "逾期", "": ""}
DUE_SOON_DAYS = 3


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


class AmbiguousLine(UserError):
    code = "ambiguous_line"
    template = QT_TRANSLATE_NOOP("UserError", "“{key}”对应多个整改事项，请给出更长的编号。")


class BadLineKey(UserError):
    code = "bad_line_key"
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "“{key}”不是整改事项的编号：应写作“通知文号#项号”（如 鄂州司函〔2026〕3号#2）或事项编号。",
    )


@dataclass(frozen=True)
class LedgerLine:
    """One line of the 整改台账."""

    id: str
    notice_id: str
    notice_number: str
    line: int
    department: str
    case_number: str
    item: str
    problem: str
    points: Decimal
    issued_on: date
    deadline: date
    status: str
    reported_on: date | None = None
    report: str = ""
    verified_on: date | None = None
    verifier: str = ""
    verification: str = ""
    closed_on: date | None = None
    closed_by: str = ""
    reason: str = ""
    due: str = ""  # DUE_SOON, OVERDUE or "" on the day the ledger was read
    order: tuple[int, str, int] = (0, "", 0)  # year, issuer, serial of its notice: the ledger's order

    @property
    def key(self) -> str:
        """How people name the line: 鄂州司函〔2026〕3号#2."""
        return f"{self.notice_number}#{self.line}"

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class LedgerSummary:
    """One department's lines: how many were reported, verified, closed out, and are overdue."""

    department: str
    lines: int
    reported: int  # a reply is on record and was not returned (reported, verified or closed out)
    verified: int  # verified or closed out
    closed: int
    overdue: int
    due_soon: int


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
) -> list[str]:
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
    return repo.insert_lines(db, rows, author=author)


def void_lines(db: Database, notice_id: str, *, author: str, reason: str) -> int:
    """Every line of a voided notice becomes void, audited; call inside the void's transaction."""
    require(db, author, Role.ADMIN)
    count = 0
    for row in repo.for_notice(db, notice_id):
        if row["status"] == VOID:
            continue
        repo.update(db, row["id"], {"status": VOID}, author=author)
        audit(
            db,
            author=author,
            table="rectification",
            record_id=row["id"],
            action="void",
            old=row["status"],
            new=VOID,
            reason=reason,
        )
        count += 1
    return count


# --- transitions -----------------------------------------------------------------------------------


@in_write_transaction
def record_report(
    db: Database, line_ids: Sequence[str], *, reported_on: date, report: str, author: str
) -> list[LedgerLine]:
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
) -> list[LedgerLine]:
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
) -> list[LedgerLine]:
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
    return [_line(rows[i], None) for i in ids]


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
) -> list[LedgerLine]:
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
    return [_line(rows[line.id], today) for line in lines]


def _stored(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


# --- reading ---------------------------------------------------------------------------------------


def due_state(line: LedgerLine, today: date) -> str:
    """OVERDUE past the deadline while open, DUE_SOON within DUE_SOON_DAYS of it, else ""."""
    if line.status not in OPEN:
        return ""
    left = (line.deadline - today).days
    if left < 0:
        return OVERDUE
    return DUE_SOON if left <= DUE_SOON_DAYS else ""


def ledger(
    db: Database, campaign: Campaign | str, *, today: date, include_void: bool = False
) -> list[LedgerLine]:
    """The campaign's lines in notice-number order, with their timers as of `today`."""
    campaign_id = campaign if isinstance(campaign, str) else campaign.id
    return [_line(r, today) for r in repo.for_campaign(db, campaign_id, include_void=include_void)]


def ledger_summary(lines: Iterable[LedgerLine]) -> list[LedgerSummary]:
    """Per department, in the order the departments first appear (notice-number order); void lines skipped."""
    by_department: dict[str, list[LedgerLine]] = {}
    for line in lines:
        if line.status != VOID:
            by_department.setdefault(line.department, []).append(line)
    return [summarize(name, own) for name, own in by_department.items()]


def summarize(department: str, lines: Iterable[LedgerLine]) -> LedgerSummary:
    """The counts of one group of lines (a department's, or all of them as 合计)."""
    live = [line for line in lines if line.status != VOID]
    statuses = [line.status for line in live]
    return LedgerSummary(
        department=department,
        lines=len(live),
        reported=sum(s in {REPORTED, VERIFIED, CLOSED_OUT} for s in statuses),
        verified=sum(s in {VERIFIED, CLOSED_OUT} for s in statuses),
        closed=statuses.count(CLOSED_OUT),
        overdue=sum(line.due == OVERDUE for line in live),
        due_soon=sum(line.due == DUE_SOON for line in live),
    )


def resolve_lines(db: Database, keys: Sequence[str]) -> list[str]:
    """Line ids from "<notice number>#<line>" (鄂州司函〔2026〕3号#2) or an id prefix, in order."""
    out = []
    for raw in keys:
        key = raw.strip().replace("＃", "#")
        if "#" in key:
            number, _, tail = key.rpartition("#")
            if not number or not tail.strip().isdigit():
                raise BadLineKey(key=raw)
            ids = repo.ids_by_number(db, number.strip(), int(tail))
        elif key:
            ids = repo.ids_by_prefix(db, key)
        else:
            raise BadLineKey(key=raw)
        if not ids:
            raise NotFound(what="整改事项", key=raw)
        if len(ids) > 1:
            raise AmbiguousLine(key=raw)
        out.append(ids[0])
    return out


def _line(row: dict[str, Any], today: date | None) -> LedgerLine:
    line = LedgerLine(
        id=row["id"],
        notice_id=row["notice_id"],
        notice_number=row["notice_number"],
        line=row["line"],
        department=row["department"] or "",
        case_number=row["case_number"] or "",
        item=row["item"] or "",
        problem=row["problem"] or "",
        points=Decimal(row["points"] or "0"),
        issued_on=date.fromisoformat(row["issued_on"]),
        deadline=date.fromisoformat(row["deadline"]),
        status=row["status"],
        reported_on=_date(row["reported_on"]),
        report=row["report"] or "",
        verified_on=_date(row["verified_on"]),
        verifier=row["verifier"] or "",
        verification=row["verification"] or "",
        closed_on=_date(row["closed_on"]),
        closed_by=row["closed_by"] or "",
        reason=row["reason"] or "",
        order=(row["year"], row["issuer"], row["serial"]),
    )
    return line if today is None else replace(line, due=due_state(line, today))


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
