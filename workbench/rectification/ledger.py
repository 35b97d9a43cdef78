"""整改台账: every problem a notice lists, followed from issue to close-out (销号).

A line is 已下发 issued with its notice; the unit's written reply makes it 已反馈 reported; the office's
check makes it 审核通过 verified, or 退回 returned to wait for a new reply; only a verified line is
销号 closed_out. Each transition is audited and taken by a whole batch of lines or by none. Voiding a
notice voids its lines. Timers: 临期 within three days of the deadline, 逾期 past it while the line is
still open (not verified, not closed out). This module reads the ledger; the steps that write it are in
rectification/ledger_steps.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlite_utils import Database

from db.repos import rectification as repo
from db.repos.rectification import LineRow
from workbench.campaigns.service import Campaign
from workbench.common.errors import QT_TRANSLATE_NOOP, NotFound, UserError

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
    return [line_from_row(r, today) for r in repo.for_campaign(db, campaign_id, include_void=include_void)]


def ledger_lines(db: Database, line_ids: Iterable[str], *, today: date) -> list[LedgerLine]:
    """The lines of these ids that exist, in ledger order, with their timers as of `today`: what a screen
    reads again after a step instead of the whole ledger."""
    rows = repo.by_ids(db, list(line_ids))
    return sorted((line_from_row(r, today) for r in rows.values()), key=lambda line: (line.order, line.line))


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


def line_from_row(row: LineRow, today: date | None) -> LedgerLine:
    """The line as the ledger shows it; with `today`, its timer (临期, 逾期) as of that day."""
    line = LedgerLine(
        id=row.id,
        notice_id=row.notice_id,
        notice_number=row.notice_number,
        line=row.line,
        department=row.department or "",
        case_number=row.case_number or "",
        item=row.item or "",
        problem=row.problem or "",
        points=Decimal(row.points or "0"),
        issued_on=date.fromisoformat(row.issued_on),
        deadline=date.fromisoformat(row.deadline),
        status=row.status,
        reported_on=_date(row.reported_on),
        report=row.report or "",
        verified_on=_date(row.verified_on),
        verifier=row.verifier or "",
        verification=row.verification or "",
        closed_on=_date(row.closed_on),
        closed_by=row.closed_by or "",
        reason=row.reason or "",
        order=(row.year, row.issuer, row.serial),
    )
    return line if today is None else replace(line, due=due_state(line, today))


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
