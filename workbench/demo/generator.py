"""Generate departments, case files, reviewers, a standard and a partly scored campaign."""

from __future__ import annotations

import json
import random
import sqlite3
import threading
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlite_utils import Database

from db.records import audit, new_id, now, stamp
from db.repos import campaigns as campaign_repo
from db.repos import cases as case_repo
from db.repos import departments as department_repo
from db.repos import reviewers as reviewer_repo
from db.repos import scores as score_repo
from workbench.campaigns.office import get_office, set_office
from workbench.campaigns.service import get_campaign
from workbench.campaigns.subject_order import rank_subjects
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.common.jobs import Progress, check_cancel, no_progress
from workbench.common.resources import resource_path
from workbench.demo import names
from workbench.draw.algorithm import DrawPlan
from workbench.draw.service import sample_campaign
from workbench.review.entries import entry_to_row
from workbench.scoring import Entry, EntryKind
from workbench.standards.model import Item, RuleKind, Standard, standard_from_dict
from workbench.standards.service import save_standard

DEMO_STANDARD = resource_path("standards", "demo", "demo_penalty_standard.json")
CAMPAIGN_NAME = "2026年度全市行政执法案卷评查"


class DemoPresent(UserError):
    code = "demo_present"
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "该数据库已有演示数据：评查活动“{name}”（编号 {id}）。如需另一份演示数据，请用 --db 指定一个新文件。",
    )


class DemoClash(UserError):
    code = "demo_clash"
    template = QT_TRANSLATE_NOOP(
        "UserError", "演示数据的案号与数据库中已有的案卷重复。请在一个新的数据库文件中生成演示数据。"
    )


@dataclass(frozen=True)
class DemoSummary:
    campaign_id: str
    standard_id: str
    departments: int
    files: int
    reviewers: int
    scored: int


def load_demo_standard() -> Standard:
    return standard_from_dict(json.loads(DEMO_STANDARD.read_text(encoding="utf-8")))


def generate_demo(
    db: Database,
    *,
    files: int = 3000,
    seed: int = 2026,
    scored_share: float = 0.6,
    author: str = "演示数据",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> DemoSummary:
    """Fill the database with a realistic campaign; the same seed always gives the same data.

    The register holds twice `files` case files; a recorded 双随机 draw (a published seed, half of each
    department's files) chooses the `files` under review. Each drawn file has two reviewers from other
    departments; most agree, some disagree and the lead settled most of those (复核定分), a few wait.
    The office profile and the campaign's 机关代字 are set, so every document can be tried on it.
    """
    progress = progress or no_progress
    rng = random.Random(seed)
    try:
        with db.atomic():
            return _generate(db, rng, files, seed, scored_share, author, progress, cancel)
    except sqlite3.IntegrityError as exc:  # another seed's demo, or cases of the office's own, share 案号
        raise DemoClash() from exc


def _generate(
    db: Database,
    rng: random.Random,
    files: int,
    seed: int,
    scored_share: float,
    author: str,
    progress: Progress,
    cancel: threading.Event | None,
) -> DemoSummary:
    if present := campaign_repo.find_ids(db, CAMPAIGN_NAME):  # checked under the write lock
        raise DemoPresent(name=CAMPAIGN_NAME, id=present[0])
    standard = save_standard(db, load_demo_standard(), author=author)
    dept_ids = department_repo.ensure(db, [d[0] for d in names.DEPARTMENTS] + [names.ORGANISER], author)
    check_cancel(cancel)
    case_rows = _case_rows(rng, files, dept_ids)
    progress(1, 4)
    case_ids = case_repo.insert_many(db, case_rows, author)
    reviewers, lead = _reviewers(rng, db, dept_ids, author)
    progress(2, 4)
    check_cancel(cancel)
    assert standard.id is not None  # a stored standard has its id
    campaign_id = campaign_repo.insert(
        db, name=CAMPAIGN_NAME, year=2026, standard_id=standard.id, author=author
    )
    campaign_repo.update_settings(db, campaign_id, doc_prefix=names.DOC_PREFIX, reviewers_per_file=2)
    campaign_repo.add_subjects(db, campaign_id, case_ids, author=author)
    rank_subjects(db, campaign_id)
    plan = DrawPlan(seed=names.DRAW_SEED, share=Decimal("0.5"))
    record = sample_campaign(db, get_campaign(db, campaign_id), plan, author=author).value
    by_number = {row["case_number"]: (case_id, row) for case_id, row in zip(case_ids, case_rows, strict=True)}
    drawn = [by_number[f.case_number] for f in record.drawn]
    scored = _score(rng, db, standard, campaign_id, drawn, reviewers, lead, scored_share, author)
    progress(3, 4)
    check_cancel(cancel)
    if get_office(db) is None:  # the demo office signs the documents tried on the demo
        set_office(  # its Done is dropped: the demo is written before any screen shows it
            db,
            name=names.OFFICE_NAME,
            contact=names.OFFICE_CONTACT,
            address=names.OFFICE_ADDRESS,
            author=author,
        )
    audit(
        db,
        author=author,
        table="campaign",
        record_id=campaign_id,
        action="demo",
        new={"files": len(drawn), "register": len(case_rows), "seed": seed, "scored": scored},
    )
    progress(4, 4)
    return DemoSummary(
        campaign_id, standard.id or "", len(names.DEPARTMENTS), len(drawn), len(reviewers) + 1, scored
    )


def _person(rng: random.Random) -> str:
    given = rng.choice(names.GIVEN) + (rng.choice(names.GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(names.SURNAMES) + given


def _company(rng: random.Random) -> str:
    form = rng.choice(names.FORMS)
    if form == "个体工商户":
        shop = f"{rng.choice(names.BRANDS)}{rng.choice(names.SHOP_TRADES)}店"
        return f"{rng.choice(names.DISTRICTS)}区{shop}（{_person(rng)}）"
    return f"{rng.choice(names.DISTRICTS)}{rng.choice(names.BRANDS)}{rng.choice(names.TRADES)}{form}"


def _case_rows(rng: random.Random, files: int, dept_ids: dict[str, str]) -> list[dict]:
    """Two case files of a department per file to be drawn: a draw of half of each department's files
    then gives exactly `files`."""
    weights = [d[2] for d in names.DEPARTMENTS]
    counters: dict[str, int] = {}
    start = date(2025, 1, 2)
    rows = []
    picks = [d for d in rng.choices(names.DEPARTMENTS, weights, k=files) for _ in range(2)]
    for dname, abbr, _, causes in picks:
        counters[dname] = counters.get(dname, 0) + 1
        filed = start + timedelta(days=rng.randrange(330))
        closed = filed + timedelta(days=rng.randrange(5, 88))
        year = closed.year
        party = _company(rng) if rng.random() < 0.62 else _person(rng)
        cause = rng.choice(causes)
        amount = rng.choice((0, 200, 500, 1000, 2000, 3000, 5000, 10000, 20000, 50000, 100000, 200000))
        if amount and rng.random() < 0.3:
            amount = amount * rng.randrange(11, 30) // 10
        rows.append(
            {
                "case_number": f"{abbr}罚〔{year}〕{counters[dname]}号",
                "department_id": dept_ids[dname],
                "title": f"{party}{cause}案",
                "cause": cause,
                "party": party,
                "officers": f"{_person(rng)}、{_person(rng)}",
                "case_type": "penalty",
                "procedure": "ordinary" if rng.random() < 0.9 else "summary",
                "filed_on": filed.isoformat(),
                "closed_on": closed.isoformat(),
                "amount_fen": amount * 100 if amount else None,
                "source_file": "演示数据",
            }
        )
    return rows


def _reviewers(
    rng: random.Random, db: Database, dept_ids: dict[str, str], author: str
) -> tuple[list[tuple[str, str]], tuple[str, str]]:
    """Two reviewers from each department plus a lead from the organiser; returns the reviewers as
    (id, department_id) and the lead as (id, name)."""
    rows = [{"name": _person(rng), "department_id": dept_ids[names.ORGANISER], "role": "lead"}]
    for dname, *_ in names.DEPARTMENTS:
        rows += [
            {"name": _person(rng), "department_id": dept_ids[dname], "role": "reviewer"} for _ in range(2)
        ]
    ids = reviewer_repo.insert_many(db, rows, author)
    reviewers = [(i, r["department_id"]) for i, r in zip(ids, rows, strict=True) if r["role"] == "reviewer"]
    return reviewers, (ids[0], rows[0]["name"])


def _deduction(rng: random.Random, item: Item) -> Entry:
    r = item.rule
    reason = rng.choice(
        names.ITEM_REASONS.get(item.key) or names.REASONS.get(item.category[-1], ("见卷内材料",))
    )
    page = rng.randrange(1, 60)
    if r.kind is RuleKind.FIXED:
        return Entry(item.key, points=r.points or Decimal(0), reason=reason, page=page)
    if r.kind is RuleKind.PER_DEFECT:
        count = min(rng.choice((1, 1, 1, 2, 2, 3)), 5)
        return Entry(item.key, points=(r.points or Decimal(0)) * count, count=count, reason=reason, page=page)
    if r.kind is RuleKind.RANGE:
        low, high = r.low or r.step, r.high or item.max_points
        n = int((high - low) / r.step)
        return Entry(item.key, points=low + r.step * rng.randrange(n + 1), reason=reason, page=page)
    if r.kind is RuleKind.TIERS:
        return Entry(item.key, points=rng.choice(r.tiers), reason=reason, page=page)
    return Entry(
        item.key,
        points=r.step * rng.randrange(1, int(item.max_points / r.step) + 1),
        reason=reason,
        page=page,
    )


def _sheet_entries(rng: random.Random, standard: Standard, quality: float) -> list[Entry]:
    out = []
    for item in standard.point_items:
        if item.na_allowed and rng.random() < 0.3:
            why = rng.choice(names.NA_ITEM_REASONS.get(item.key, names.NA_REASONS))
            out.append(Entry(item.key, EntryKind.NOT_APPLICABLE, reason=why))
        elif rng.random() < 0.2 * quality:
            out.append(_deduction(rng, item))
    if rng.random() < 0.015:
        veto = rng.choice(standard.veto_items)
        why = rng.choice(names.VETO_ITEM_REASONS.get(veto.key, names.VETO_REASONS))
        out.append(Entry(veto.key, EntryKind.VETO, reason=why, page=rng.randrange(1, 40)))
    return out


def _disagree(rng: random.Random, standard: Standard, entries: list[Entry]) -> list[Entry]:
    """A second reviewer's sheet that differs from `entries` on one item: a deduction missed, or one
    more found."""
    deductions = [e for e in entries if e.kind is EntryKind.DEDUCTION]
    if deductions and rng.random() < 0.5:
        dropped = rng.choice(deductions)
        return [e for e in entries if e is not dropped]
    used = {e.item_key for e in entries}
    free = [it for it in standard.point_items if it.key not in used and not it.bonus]
    return [*entries, _deduction(rng, rng.choice(free))] if free else entries[:-1]


def _score(
    rng: random.Random,
    db: Database,
    standard: Standard,
    campaign_id: str,
    drawn: list[tuple[str, dict]],
    reviewers: list[tuple[str, str]],
    lead: tuple[str, str],
    scored_share: float,
    author: str,
) -> int:
    """Two reviewers from other departments score a share of the drawn files: most pairs agree, a few
    are drafts or half done, some disagree and the lead settled most of those. No assignment rows are
    written, so whoever opens the demo may score any file (an assignment would make them blind)."""
    # departments in first-seen order (their ids are random): the same seed gives the same qualities
    quality = {d: rng.uniform(0.5, 1.6) for d in dict.fromkeys(row["department_id"] for _, row in drawn)}
    sheets: list[dict] = []
    entries: list[dict] = []
    decisions: list[dict] = []
    scored = 0
    lead_id, _ = lead

    def sheet(case_id: str, reviewer_id: str, status: str, found: list[Entry], role: str = "review") -> None:
        sheet_id = new_id()
        sheets.append(
            {
                "id": sheet_id,
                "campaign_id": campaign_id,
                "subject_id": case_id,
                "reviewer_id": reviewer_id,
                "role": role,
                "status": status,
            }
        )
        entries.extend(entry_to_row(e, sheet_id) for e in found)

    for case_id, row in drawn:
        others = [r for r in reviewers if r[1] != row["department_id"]]
        first, second = (r[0] for r in rng.sample(others, 2))
        roll = rng.random()
        if roll >= scored_share:
            continue
        share = roll / scored_share
        found = _sheet_entries(rng, standard, quality[row["department_id"]])
        if share < 0.04:  # begun by one reviewer
            sheet(case_id, first, "draft", found)
            continue
        scored += 1
        if share < 0.07:  # one submitted, the other still working
            sheet(case_id, first, "submitted", found)
            sheet(case_id, second, "draft", found)
            continue
        if share >= 0.13:  # both submitted and agree: final
            sheet(case_id, first, "submitted", found)
            sheet(case_id, second, "submitted", found)
            continue
        other = _disagree(rng, standard, found)
        sheet(case_id, first, "submitted", found)
        sheet(case_id, second, "submitted", other)
        if share < 0.11:  # the lead settled it, adopting the first reviewer on the disputed items
            sheet(case_id, lead_id, "submitted", found, role="final")
            mine = {(e.item_key, e.kind.value, e.points) for e in found}
            theirs = {(e.item_key, e.kind.value, e.points) for e in other}
            for key in sorted({k for k, *_ in mine ^ theirs}):
                decisions.append(
                    {
                        "campaign_id": campaign_id,
                        "subject_id": case_id,
                        "item_key": key,
                        "decision": "reviewer",
                        "source_reviewer_id": first,
                        "reason": rng.choice(names.ARBITRATION_REASONS),
                    }
                )
    score_repo.insert_sheets(db, sheets, author)
    score_repo.insert_entries(db, entries, author)
    at = now()
    db.table("arbitration").insert_all([stamp(d, author, at=at) for d in decisions])
    return scored
