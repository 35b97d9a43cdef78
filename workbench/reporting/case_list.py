"""The case list (案卷列表): one flat row per file of a campaign, filtered and sorted in plain Python.

Rows carry what the table shows plus a folded search text and their rank in natural 案号 order, both
computed once at load, so that filtering and sorting 100,000 rows stay under a tenth of a second
(comparing Chinese strings or tuples is what makes a sort slow; ranks are ints).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from operator import attrgetter
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db.connection import worker_database
from db.repos import assignments as assignment_repo
from db.repos import reviewers as reviewer_repo
from db.repos import scores as score_repo
from workbench.campaigns.service import Campaign, campaign_standard
from workbench.common.jobs import Progress, check_cancel
from workbench.common.lazy_rows import LazyRows
from workbench.common.text_order import natural_key as natural_key  # re-exported for the outputs
from workbench.review.entries import entry_from_row
from workbench.review.results import STATUS_LABELS, FileResult, FileStatus, campaign_results, final_entries
from workbench.scoring import score_sheet
from workbench.standards.validate import CASE_TYPES

SEPARATOR = "、"
_WIDE = re.compile("[\u3000\uff01-\uff5e]")  # full-width space, letters, digits and punctuation
_NARROW = {0x3000: " "} | {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}  # their ASCII twins
STATUS_ORDER = {status: n for n, status in enumerate(FileStatus)}  # workflow order, unscored first


def fold(text: str) -> str:
    """What search compares: full-width ASCII as ASCII, 〔〕 and 【】 as [], lower case.

    （） are common (个体工商户 names) and replaced directly; the regex gate keeps str.translate, slow
    on CJK text (7 µs), to the few strings with other full-width characters.
    """
    text = text.replace("（", "(").replace("）", ")")
    if _WIDE.search(text):
        text = text.translate(_NARROW)
    # people type [2025] for 〔2025〕 in a 案号
    return text.replace("〔", "[").replace("〕", "]").replace("【", "[").replace("】", "]").lower()


@dataclass(frozen=True, slots=True)
class CaseListRow:
    """One file of a campaign as the case list shows it."""

    subject_id: str
    case_number: str  # 案号
    department: str  # 执法单位
    title: str  # 案件名称
    party: str  # 当事人
    officers: str  # 承办人, "、"-joined as registered
    case_type: str  # Chinese label, e.g. 行政处罚
    status: FileStatus
    status_label: str  # Chinese, e.g. 已定分
    total: Decimal | None  # set when FINAL
    grade: str | None  # set when FINAL
    reviewers: str  # 评查人, "、"-joined
    search_text: str  # folded case number, title, party, officers and reviewers, one per line
    # Sort keys that compare fast: Decimal and Chinese-string comparisons take 3 to 20 times longer.
    number_rank: int = field(default=0, compare=False, repr=False)  # place in natural 案号 order
    total_key: float | None = field(default=None, compare=False, repr=False)  # exact: 2 decimals at most


@dataclass(frozen=True)
class CaseList:
    """A campaign's rows with what the filters offer."""

    rows: Sequence[CaseListRow]  # LazyRows from quick_case_list
    departments: tuple[str, ...]  # sorted, as found in the rows
    grades: tuple[str, ...]  # the frozen standard's band labels, highest first
    ranked: bool = True  # the order came from stored ranks (False: worked out now, worth storing)


def make_row(
    *,
    subject_id: str,
    case_number: str,
    department: str,
    title: str,
    party: str,
    officers: str,
    case_type: str,
    status: FileStatus,
    total: Decimal | None,
    grade: str | None,
    reviewers: Iterable[str],
    number_rank: int = 0,
) -> CaseListRow:
    """A row with its derived fields (labels, search text) filled in."""
    names = SEPARATOR.join(filter(None, reviewers))
    return CaseListRow(
        subject_id=subject_id,
        case_number=case_number,
        department=department,
        title=title,
        party=party,
        officers=officers,
        case_type=CASE_TYPES.get(case_type, case_type),
        status=status,
        status_label=STATUS_LABELS[status],
        total=total,
        grade=grade,
        reviewers=names,
        search_text=fold(f"{case_number}\n{title}\n{party}\n{officers}\n{names}"),
        number_rank=number_rank,
        total_key=_total_key(total),
    )


def _total_key(total: Decimal | None) -> float | None:
    return None if total is None else float(total)


def _with_assigned(scorers: Iterable[str], assigned: Iterable[str]) -> list[str]:
    """The file's reviewers: those who scored it, then those assigned who have not yet."""
    names = list(scorers)
    return names + [a for a in assigned if a not in names]


def _assigned_names(db: Database, campaign: Campaign) -> dict[str, list[str]]:
    names = reviewer_repo.names_by_id(db)
    out: dict[str, list[str]] = {}
    for subject_id, reviewer_id in assignment_repo.of_campaign(db, campaign.id):
        out.setdefault(subject_id, []).append(names.get(reviewer_id, ""))
    return out


def _from_result(r: FileResult, number_rank: int, assigned: Iterable[str] = ()) -> CaseListRow:
    return make_row(
        subject_id=r.subject_id,
        case_number=r.case_number,
        department=r.department,
        title=r.title,
        party=r.party,
        officers=r.officers,
        case_type=r.case_type,
        status=r.status,
        total=r.result.total if r.result else None,
        grade=r.result.grade if r.result else None,
        reviewers=_with_assigned(r.reviewers, assigned),
        number_rank=number_rank,
    )


def case_list(db: Database, campaign: Campaign, *, scored: bool = True) -> CaseList:
    """Every file of the campaign, in 案号 order, with the departments and grades to filter by.

    scored=False leaves totals and grades empty and is ten times faster: the window shows that at once
    and fills in the scores from scored_case_list, run off the UI thread.
    """
    standard, results = campaign_results(db, campaign, score=scored)
    assigned = _assigned_names(db, campaign)  # so that search finds a file by its reviewer before scoring
    rows = [_from_result(r, n, assigned.get(r.subject_id, ())) for n, r in enumerate(results)]
    departments = tuple(sorted({r.department for r in rows if r.department}))
    return CaseList(rows, departments, tuple(b.label for b in standard.bands))


def case_list_rows(db: Database, campaign: Campaign) -> list[CaseListRow]:
    return list(case_list(db, campaign).rows)


def refresh_row(db: Database, campaign: Campaign, row: CaseListRow) -> CaseListRow:
    """The row again after a score edit: status, total, grade and reviewers from this file's sheets only.

    Mirrors campaign_results for one subject, so one edit does not rescore the whole campaign.
    """
    sheets = score_repo.campaign_sheets_of_subject(db, campaign.id, row.subject_id)
    entries = {s.id: [entry_from_row(e) for e in score_repo.entries_of_sheet(db, s.id)] for s in sheets}
    assigned_ids = assignment_repo.reviewers_of(db, campaign.id, row.subject_id)
    status, chosen = final_entries(sheets, entries, assigned_ids)
    result = score_sheet(campaign_standard(db, campaign), chosen) if chosen is not None else None
    total = result.total if result else None
    names = reviewer_repo.names_by_id(db) if sheets or assigned_ids else {}
    reviewers = _with_assigned(
        (names.get(s.reviewer_id, "") for s in sheets if s.role == "review" and s.reviewer_id),
        (names.get(r, "") for r in assigned_ids),
    )
    return replace(
        row,
        status=status,
        status_label=STATUS_LABELS[status],
        total=total,
        grade=result.grade if result else None,
        reviewers=(joined := SEPARATOR.join(filter(None, reviewers))),
        search_text=row.search_text.rpartition("\n")[0] + "\n" + fold(joined),  # reviewers are the last line
        total_key=_total_key(total),
    )


def filter_rows(
    rows: Sequence[CaseListRow],
    *,
    text: str = "",
    department: str | None = None,
    status: FileStatus | None = None,
    grade: str | None = None,
) -> list[CaseListRow]:
    """Rows matching every given condition; text matches case-insensitively, each word somewhere."""
    out: Iterable[CaseListRow] = rows
    if department is not None:
        out = [r for r in out if r.department == department]
    if status is not None:
        out = [r for r in out if r.status == status]
    if grade is not None:
        out = [r for r in out if r.grade == grade]
    # one pass per word, longest first (likely the rarest): each pass is a plain `in`, and they narrow
    for word in sorted(set(fold(text).split()), key=len, reverse=True):
        out = [r for r in out if word in r.search_text]
    return list(out)


def keep_files(rows: Sequence[CaseListRow], keep: Callable[[str], bool]) -> Sequence[CaseListRow]:
    """The rows whose file (subject id) passes `keep`, in order: lazy rows stay lazy, nothing is read."""
    if isinstance(rows, LazyRows):
        return rows.subset(keep)
    return [r for r in rows if keep(r.subject_id)]


SortKey = Callable[[CaseListRow], Any]  # None means "no value": such rows sort last in either order

SORT_KEYS: dict[str, SortKey] = {
    "case_number": attrgetter("number_rank"),
    "department": attrgetter("department"),
    "title": attrgetter("title"),
    "party": attrgetter("party"),
    "case_type": attrgetter("case_type"),
    "status": lambda r: STATUS_ORDER[r.status],
    "total": attrgetter("total_key"),
    "reviewers": lambda r: r.reviewers or None,
}


def grade_key(grades: Sequence[str]) -> SortKey:
    """Grades by band, so ascending runs from the fail band up like the totals; ungraded files None."""
    rank = {label: len(grades) - n for n, label in enumerate(grades)}
    return lambda r: rank.get(r.grade) if r.grade is not None else None


def scored_case_list(
    path: Path,
    campaign: Campaign,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> CaseList:
    """The full, scored listing on a connection of its own (a job: a Database is thread-bound)."""
    check_cancel(cancel)
    with worker_database(path) as db:  # a job's connection: shares the window's integrity check
        listing = case_list(db, campaign)
    check_cancel(cancel)
    return listing
