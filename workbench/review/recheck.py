"""复核定分: the lead compares the reviewers' submitted sheets item by item and settles each difference.

Items on which every reviewer recorded the same thing are accepted as they are. For each other item the
lead takes one reviewer's entries or records their own, always with a reason. The decisions go into the
lead's `final` score sheet (so the file's score comes from the one engine like any other sheet) and into
the `arbitration` table, which keeps who decided what, from whom and why. Submitting the final sheet
makes the file's score final. The list of files awaiting 复核 is in review/recheck_queue.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from db.records import audit, audit_many
from db.repos import recheck as repo
from db.repos import reviewers as reviewer_repo
from db.repos import scores as score_repo
from db.repos.scores import Sheet
from workbench.accounts import has_accounts, require
from workbench.campaigns.closing import check_open
from workbench.campaigns.recheck_rule import recheck_reasons, rule_from_dict
from workbench.campaigns.service import Campaign, campaign_standard
from workbench.common.changes import Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.common.kinds import Role, SheetState
from workbench.review.entries import entry_to_row
from workbench.review.results import signature
from workbench.review.sheets import ReasonRequired, SheetLocked, check_against_sheet, sheet_entries
from workbench.scoring import Entry, ScoreResult, score_sheet
from workbench.standards.model import Item

AGREED, REVIEWER, OWN = "agreed", "reviewer", "own"


class NotReadyForArbitration(UserError):
    code = "not_ready_for_arbitration"
    template = QT_TRANSLATE_NOOP("UserError", "案卷“{case}”还不能复核：{why}")


class NotLead(UserError):
    code = "not_lead"
    template = QT_TRANSLATE_NOOP("UserError", "只有评查组长可以复核定分；“{user}”不是组长。")


class ItemsUndecided(UserError):
    code = "items_undecided"
    template = QT_TRANSLATE_NOOP("UserError", "还有 {count} 个有分歧的评查项目未复核：{items}")


class BadChoice(UserError):
    code = "bad_arbitration_choice"
    template = QT_TRANSLATE_NOOP("UserError", "复核项目「{item}」：{why}")


@dataclass(frozen=True)
class ReviewerSheet:
    reviewer_id: str
    reviewer: str
    sheet_id: str
    entries: tuple[Entry, ...]
    result: ScoreResult


@dataclass(frozen=True)
class Decision:
    decision: str  # agreed | reviewer | own
    source_reviewer_id: str | None
    reason: str
    author: str


@dataclass(frozen=True)
class ItemComparison:
    item: Item
    by_reviewer: tuple[tuple[ReviewerSheet, tuple[Entry, ...]], ...]  # each reviewer's entries on it
    agreed: bool
    decision: Decision | None

    @property
    def settled(self) -> bool:
        return self.agreed or self.decision is not None


@dataclass(frozen=True)
class Comparison:
    subject_id: str
    reviewers: tuple[ReviewerSheet, ...]
    items: tuple[ItemComparison, ...]  # every item of the standard, in standard order
    recheck: tuple[str, ...]  # why the recheck rule flags the file (empty: not flagged)
    final_sheet_id: str | None
    final_submitted: bool
    final_result: ScoreResult | None  # the score as decided so far

    @property
    def disputed(self) -> list[ItemComparison]:
        return [c for c in self.items if not c.agreed]

    @property
    def open_items(self) -> list[ItemComparison]:
        return [c for c in self.items if not c.settled]


def _review_sheets(db: Database, campaign: Campaign, subject_id: str, case: str) -> list[Sheet]:
    sheets = score_repo.campaign_sheets_of_subject(db, campaign.id, subject_id)
    reviews = [s for s in sheets if s.role == "review"]
    if not reviews:
        raise NotReadyForArbitration(case=case, why="还没有评查人评分")
    waiting = [s for s in reviews if s.status != SheetState.SUBMITTED]
    if waiting:
        names = reviewer_repo.names_by_id(db)
        who = "、".join(names.get(s.reviewer_id or "", "（未署名）") for s in waiting)
        raise NotReadyForArbitration(case=case, why=f"{who} 尚未提交评查表")
    return sheets


def compare_file(db: Database, campaign: Campaign, subject_id: str, *, case: str = "") -> Comparison:
    """The reviewers' submitted sheets side by side, item by item, with the lead's decisions so far."""
    standard = campaign_standard(db, campaign)
    sheets = _review_sheets(db, campaign, subject_id, case or subject_id)
    names = reviewer_repo.names_by_id(db)
    reviewers = []
    for s in sheets:
        if s.role != "review":
            continue
        entries = tuple(sheet_entries(db, s.id))
        reviewers.append(
            ReviewerSheet(
                s.reviewer_id or "",
                names.get(s.reviewer_id or "", ""),
                s.id,
                entries,
                score_sheet(standard, entries),
            )
        )
    decided = repo.decisions(db, campaign.id, subject_id)
    items = []
    for item in standard.items:
        per = tuple((r, tuple(e for e in r.entries if e.item_key == item.key)) for r in reviewers)
        agreed = all(signature(es) == signature(per[0][1]) for _, es in per)
        row = decided.get(item.key)
        decision = (
            Decision(row.decision, row.source_reviewer_id, row.reason or "", row.author or "")
            if row and row.decision != AGREED
            else None
        )
        items.append(ItemComparison(item, per, agreed, decision))
    final = next((s for s in sheets if s.role == "final"), None)
    final_result = score_sheet(standard, sheet_entries(db, final.id)) if final else None
    rule = rule_from_dict(campaign.recheck_rule)
    return Comparison(
        subject_id=subject_id,
        reviewers=tuple(reviewers),
        items=tuple(items),
        recheck=tuple(recheck_reasons(rule, [r.result for r in reviewers])),
        final_sheet_id=final.id if final else None,
        final_submitted=bool(final and final.status == SheetState.SUBMITTED),
        final_result=final_result,
    )


def check_lead(db: Database, user: str) -> None:
    """Only a lead arbitrates: a 组长 account, or without accounts a reviewer listed as lead once the
    office has named any; a one-person office arbitrates itself."""
    if has_accounts(db):
        require(db, user, Role.LEAD)
        return
    leads = reviewer_repo.lead_names(db)
    if leads and user not in leads:
        raise NotLead(user=user)


def _final_sheet(db: Database, campaign: Campaign, comparison: Comparison, *, author: str) -> str:
    """The lead's final sheet, created with every agreed item copied from the reviewers."""
    if comparison.final_sheet_id:
        if comparison.final_submitted:
            raise SheetLocked()
        return comparison.final_sheet_id
    lead_id = reviewer_repo.ensure(db, [author], author)[author]
    sheet_id = score_repo.insert_sheet(
        db,
        campaign_id=campaign.id,
        subject_id=comparison.subject_id,
        reviewer_id=lead_id,
        author=author,
        role="final",
    )
    rows = []
    for c in comparison.items:
        if c.agreed and c.by_reviewer:
            rows += [entry_to_row(e, sheet_id) for e in c.by_reviewer[0][1]]
            repo.upsert(
                db,
                campaign_id=campaign.id,
                subject_id=comparison.subject_id,
                item_key=c.item.key,
                decision=AGREED,
                source_reviewer_id=None,
                reason="",
                author=author,
            )
    score_repo.insert_entries(db, rows, author)
    audit(db, author=author, table="score_sheet", record_id=sheet_id, action="create_final")
    return sheet_id


def decide_item(
    db: Database,
    campaign: Campaign,
    subject_id: str,
    item_key: str,
    *,
    author: str,
    reason: str,
    reviewer_id: str | None = None,
    entries: Sequence[Entry] | None = None,
) -> Done[Comparison]:
    """Settle one item: take `reviewer_id`'s entries, or record `entries` of the lead's own (may be empty).
    The value is the file's comparison after the decision."""
    with db.atomic():  # the comparison and the checks see the file as the write leaves it
        return _decide_item(
            db,
            campaign,
            subject_id,
            item_key,
            author=author,
            reason=reason,
            reviewer_id=reviewer_id,
            entries=entries,
        )


def _decide_item(
    db: Database,
    campaign: Campaign,
    subject_id: str,
    item_key: str,
    *,
    author: str,
    reason: str,
    reviewer_id: str | None,
    entries: Sequence[Entry] | None,
) -> Done[Comparison]:
    check_lead(db, author)
    check_open(db, campaign.id)
    standard = campaign_standard(db, campaign)
    item = standard.item(item_key)
    if not reason.strip():
        raise ReasonRequired(what=f"复核项目「{item.text}」")
    if (reviewer_id is None) == (entries is None):
        raise BadChoice(item=item.text, why="请选择采用某位评查人的意见，或填写复核意见")
    comparison = compare_file(db, campaign, subject_id)
    target = next(c for c in comparison.items if c.item.key == item_key)
    if reviewer_id is not None:
        chosen = next((es for r, es in target.by_reviewer if r.reviewer_id == reviewer_id), None)
        if chosen is None:
            raise BadChoice(item=item.text, why="所选人员不是该案卷的评查人")
        new_entries = list(chosen)
    else:
        new_entries = list(entries or ())
        for i, e in enumerate(new_entries):
            if e.item_key != item_key:
                raise BadChoice(item=item.text, why="复核意见只能记录本项目的扣分")
            check_against_sheet(standard, new_entries[:i], e, where="复核：")
    with db.atomic():
        sheet_id = _final_sheet(db, campaign, comparison, author=author)
        gone = repo.delete_entries_of_item(db, sheet_id, item_key)
        audit_many(
            db,
            author=author,
            table="score_entry",
            action="delete",
            changes=[(g["id"], g, None) for g in gone],
            reason=reason.strip(),
        )
        rows = [entry_to_row(e, sheet_id) for e in new_entries]
        score_repo.insert_entries(db, rows, author)
        decision = REVIEWER if reviewer_id is not None else OWN
        repo.upsert(
            db,
            campaign_id=campaign.id,
            subject_id=subject_id,
            item_key=item_key,
            decision=decision,
            source_reviewer_id=reviewer_id,
            reason=reason.strip(),
            author=author,
        )
        audit(
            db,
            author=author,
            table="arbitration",
            record_id=f"{subject_id}:{item_key}",
            action=decision,
            old=gone,
            new=rows,
            reason=reason.strip(),
        )
    changed = Changes.of(sheets=[sheet_id], subjects=[subject_id])
    return Done(compare_file(db, campaign, subject_id), changed)


def finalize_file(db: Database, campaign: Campaign, subject_id: str, *, author: str) -> Done[ScoreResult]:
    """Submit the lead's final sheet once every disputed item is settled; the file's score is then final."""
    with db.atomic():
        return _finalize_file(db, campaign, subject_id, author=author)


def _finalize_file(db: Database, campaign: Campaign, subject_id: str, *, author: str) -> Done[ScoreResult]:
    check_lead(db, author)
    check_open(db, campaign.id)
    comparison = compare_file(db, campaign, subject_id)
    if comparison.open_items:
        shown = "、".join(f"「{c.item.text}」" for c in comparison.open_items[:5])
        raise ItemsUndecided(count=len(comparison.open_items), items=shown)
    with db.atomic():
        sheet_id = _final_sheet(db, campaign, comparison, author=author)
        score_repo.set_sheet_status(db, sheet_id, SheetState.SUBMITTED)
        audit(
            db,
            author=author,
            table="score_sheet",
            record_id=sheet_id,
            action="submit_final",
            old={"status": SheetState.DRAFT},
            new={"status": SheetState.SUBMITTED},
        )
    standard = campaign_standard(db, campaign)
    changed = Changes.of(sheets=[sheet_id], subjects=[subject_id])
    return Done(score_sheet(standard, sheet_entries(db, sheet_id)), changed)
