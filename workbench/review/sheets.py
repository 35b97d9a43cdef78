"""Edits to one score sheet: each is validated, durable on return, audited, and refused once submitted."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlite_utils import Database

from db.records import audit
from db.repos import assignments as assignment_repo
from db.repos import reviewers as reviewer_repo
from db.repos import scores as repo
from workbench.accounts import has_accounts, require, require_owner, roles_of
from workbench.campaigns.closing import check_open
from workbench.campaigns.service import campaign_standard, get_campaign
from workbench.common.changes import Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from workbench.common.kinds import Role, SheetState
from workbench.review.entries import entry_from_row, entry_to_row
from workbench.scoring import Entry, EntryKind, check_entry
from workbench.standards.model import RuleKind, Standard

DRAFT, SUBMITTED = SheetState.DRAFT, SheetState.SUBMITTED
_ONE_FINDING = (RuleKind.BINARY, RuleKind.LEVELS)  # met or not / one level: a second entry makes no sense


class SheetLocked(UserError):
    code = "sheet_locked"
    template = QT_TRANSLATE_NOOP("UserError", "该评查表已提交，不能再修改；如需修改请由组长退回。")


class EntryConflict(UserError):
    code = "entry_conflict"
    template = QT_TRANSLATE_NOOP("UserError", "{where}评查项目「{item}」{why}")


class ReasonsMissing(UserError):
    code = "reasons_missing"
    template = QT_TRANSLATE_NOOP("UserError", "{count} 项扣分没有填写理由，评查文书将无从引用：{items}")


class ReasonRequired(UserError):
    code = "reason_required"
    template = QT_TRANSLATE_NOOP("UserError", "{what}必须填写理由。")


class BlindScoring(UserError):
    code = "blind_scoring"
    template = QT_TRANSLATE_NOOP(
        "UserError", "评查是背对背的：该案卷评查完成前，“{user}”不能查看“{owner}”的评查表。"
    )


_UNOWNED = (Role.ADMIN, Role.LEAD)  # who may write a sheet that names no reviewer (paper scores, final)


def file_is_final(db: Database, campaign_id: str, subject_id: str) -> bool:
    """Every reviewer of the file has submitted (or the lead's final sheet is): nothing is blind any more."""
    sheets = repo.campaign_sheets_of_subject(db, campaign_id, subject_id)
    if any(s.role == "final" and s.status == SUBMITTED for s in sheets):
        return True
    reviews = [s for s in sheets if s.role == "review"]
    assigned = assignment_repo.reviewers_of(db, campaign_id, subject_id)
    return bool(reviews) and all(s.status == SUBMITTED for s in reviews) and len(reviews) >= len(assigned)


def may_read(db: Database, sheet: repo.Sheet, reader: str) -> bool:
    """Blind scoring: a reviewer reads only their own sheet of a file until every sheet of it is submitted;
    a 组长 or 管理员 who does not score the file reads any. Without accounts everybody reads everything."""
    if not has_accounts(db):
        return True
    roles = roles_of(db, reader)
    if not roles:  # not an account, or a disabled one
        return False
    names = reviewer_repo.names_by_id(db)
    if names.get(sheet.reviewer_id or "") == reader:
        return True
    campaign_id, subject_id = sheet.campaign_id, sheet.subject_id
    mine = {rid for rid, name in names.items() if name == reader}
    on_file = bool(mine & set(assignment_repo.reviewers_of(db, campaign_id, subject_id))) or any(
        s.reviewer_id in mine for s in repo.campaign_sheets_of_subject(db, campaign_id, subject_id)
    )
    final = file_is_final(db, campaign_id, subject_id)
    if roles & set(_UNOWNED):
        return final or not on_file
    return final and on_file


def _check_read(db: Database, sheet: repo.Sheet, reader: str) -> None:
    require(db, reader)  # an active account (or no accounts at all)
    if not may_read(db, sheet, reader):
        owner = reviewer_repo.names_by_id(db).get(sheet.reviewer_id or "", "（未指定评查人）")
        raise BlindScoring(user=reader, owner=owner)


def open_sheet(
    db: Database,
    campaign_id: str,
    subject_id: str,
    reviewer_id: str | None,
    *,
    author: str,
    role: str = "review",
) -> str:
    """The reviewer's sheet for this subject, created on first use (only by that reviewer)."""
    found = repo.find_sheet(db, campaign_id, subject_id, reviewer_id, role)
    if found:
        _check_read(db, _stored(db, found), author)
        return found
    with db.atomic():  # looked up again under the write lock: another window may have just made it
        found = repo.find_sheet(db, campaign_id, subject_id, reviewer_id, role)
        if found:
            _check_read(db, _stored(db, found), author)
            return found
        require_owner(db, author, reviewer_id, others=_UNOWNED)
        return repo.insert_sheet(
            db,
            campaign_id=campaign_id,
            subject_id=subject_id,
            reviewer_id=reviewer_id,
            author=author,
            role=role,
        )


def find_sheet(
    db: Database, campaign_id: str, subject_id: str, reviewer_id: str | None, *, role: str = "review"
) -> str | None:
    """The reviewer's sheet for this subject if one exists; reads only (opening a file writes nothing)."""
    return repo.find_sheet(db, campaign_id, subject_id, reviewer_id, role)


def start_sheet(
    db: Database,
    campaign_id: str,
    subject_id: str,
    reviewer_id: str | None,
    *,
    author: str,
    new_reviewer: str | None = None,
) -> Done[str]:
    """At the first recorded edit: the sheet (and `new_reviewer` as a reviewer record, when the person
    scoring is not one yet), both in one transaction. Returns the sheet's id."""
    with db.atomic():
        reviewers: set[str] = set()
        if reviewer_id is None and new_reviewer:
            reviewer_id = reviewer_repo.ensure(db, [new_reviewer], author)[new_reviewer]
            reviewers.add(reviewer_id)
        found = repo.find_sheet(db, campaign_id, subject_id, reviewer_id, "review")
        if found is None:
            require_owner(db, author, reviewer_id, others=_UNOWNED)
            found = repo.insert_sheet(
                db, campaign_id=campaign_id, subject_id=subject_id, reviewer_id=reviewer_id, author=author
            )
    return Done(found, Changes.of(sheets=[found], subjects=[subject_id], reviewers=reviewers))


def _changed(sheet: repo.Sheet) -> Changes:
    return Changes.of(sheets=[sheet.id], subjects=[sheet.subject_id])


def sheet_entries(db: Database, sheet_id: str) -> list[Entry]:
    return [entry_from_row(r) for r in repo.entries_of_sheet(db, sheet_id)]


def check_against_sheet(standard: Standard, existing: list[Entry], entry: Entry, *, where: str = "") -> None:
    """Validate an entry alone (R2) and beside what the sheet already holds (N/A excludes deductions)."""
    item = standard.item(entry.item_key)
    check_entry(item, entry, where=where)
    kinds = {e.kind for e in existing if e.item_key == entry.item_key}
    if entry.kind is EntryKind.NOT_APPLICABLE and kinds:
        raise EntryConflict(where=where, item=item.text, why="已有扣分记录，不能再标记为不适用")
    if entry.kind is EntryKind.DEDUCTION and EntryKind.NOT_APPLICABLE in kinds:
        raise EntryConflict(where=where, item=item.text, why="已标记为不适用，不能扣分")
    if entry.kind is EntryKind.DEDUCTION and item.rule.kind in _ONE_FINDING and EntryKind.DEDUCTION in kinds:
        raise EntryConflict(where=where, item=item.text, why="已评定，请修改原记录")
    if entry.kind is EntryKind.VETO and EntryKind.VETO in kinds:
        raise EntryConflict(where=where, item=item.text, why="已记录该否决情形")
    if entry.kind is EntryKind.VETO and not entry.reason.strip():
        raise ReasonRequired(what=f"否决项「{item.text}」")


def _stored(db: Database, sheet_id: str) -> repo.Sheet:
    sheet = repo.get_sheet(db, sheet_id)
    if sheet is None:
        raise NotFound(what="评查表", key=sheet_id)
    return sheet


def _require_draft(db: Database, sheet_id: str, author: str) -> repo.Sheet:
    """The sheet, if it is a draft and `author` is its reviewer (the only one who may change it)."""
    sheet = _stored(db, sheet_id)
    require_owner(db, author, sheet.reviewer_id, others=_UNOWNED)
    if sheet.status != DRAFT:
        raise SheetLocked()
    check_open(db, sheet.campaign_id)
    return sheet


def record_entry(db: Database, standard: Standard, sheet_id: str, entry: Entry, *, author: str) -> Done[str]:
    """Add a deduction, bonus, veto finding or N/A mark to a draft sheet; the value is the entry's id."""
    with db.atomic():  # the checks see the sheet as it is when the write lands
        sheet = _require_draft(db, sheet_id, author)
        check_against_sheet(standard, sheet_entries(db, sheet_id), entry)
        row = entry_to_row(entry, sheet_id)
        (entry_id,) = repo.insert_entries(db, [row], author)  # audited there, as every insert is
    return Done(entry_id, _changed(sheet))


def update_entry(
    db: Database, standard: Standard, entry_id: str, *, author: str, audit_reason: str = "", **changes: Any
) -> Changes:
    """Change points, count, reason or page of an entry; the audit keeps old and new values and why."""
    with db.atomic():
        old = repo.get_entry(db, entry_id)
        if old is None:
            raise NotFound(what="扣分记录", key=entry_id)
        sheet = _require_draft(db, old.sheet_id, author)
        updated = replace(entry_from_row(old), **changes)
        others = [entry_from_row(r) for r in repo.entries_of_sheet(db, old.sheet_id) if r.id != entry_id]
        check_against_sheet(standard, others, updated)
        new = entry_to_row(updated, old.sheet_id)
        repo.update_entry(db, entry_id, new)
        audit(
            db,
            author=author,
            table="score_entry",
            record_id=entry_id,
            action="update",
            old=old.as_dict(),
            new=new,
            reason=audit_reason,
        )
    return _changed(sheet)


def delete_entry(db: Database, entry_id: str, *, author: str, reason: str = "") -> Changes:
    with db.atomic():
        old = repo.get_entry(db, entry_id)
        if old is None:
            raise NotFound(what="扣分记录", key=entry_id)
        sheet = _require_draft(db, old.sheet_id, author)
        repo.delete_entry(db, entry_id)
        audit(
            db,
            author=author,
            table="score_entry",
            record_id=entry_id,
            action="delete",
            old=old.as_dict(),
            reason=reason,
        )
    return _changed(sheet)


def submit_sheet(db: Database, sheet_id: str, *, author: str) -> Changes:
    """draft → submitted: the sheet is locked against edits. Every deduction needs its reason (the
    documents quote it) unless the campaign lets reasons be left out."""
    with db.atomic():
        sheet = _require_draft(db, sheet_id, author)
        check_reasons(db, sheet_id)  # again inside the write: an edit may have landed since the screen asked
        repo.set_sheet_status(db, sheet_id, SUBMITTED)
        audit(
            db,
            author=author,
            table="score_sheet",
            record_id=sheet_id,
            action="submit",
            old={"status": DRAFT},
            new={"status": SUBMITTED},
        )
    return _changed(sheet)


def check_reasons(db: Database, sheet_id: str) -> None:
    """Raise ReasonsMissing (naming the first such item as `item_key`) when the sheet would be refused
    for deductions without a reason; the screen asks this before it offers to submit."""
    campaign = get_campaign(db, _stored(db, sheet_id).campaign_id)
    if campaign.reasons_optional:
        return
    missing = [
        e for e in sheet_entries(db, sheet_id) if e.kind is EntryKind.DEDUCTION and not e.reason.strip()
    ]
    if missing:
        standard = campaign_standard(db, campaign)
        shown = "、".join(f"「{standard.item(e.item_key).text}」" for e in missing[:5])
        raise ReasonsMissing(count=len(missing), items=shown, item_key=missing[0].item_key)


def reopen_sheet(db: Database, sheet_id: str, *, author: str, reason: str) -> Changes:
    """The lead sends a submitted sheet back to draft; the reason goes into the audit log."""
    if not reason.strip():
        raise ReasonRequired(what="退回评查表")
    with db.atomic():
        require(db, author, Role.LEAD)
        sheet = repo.get_sheet(db, sheet_id)
        if sheet is None:
            raise NotFound(what="评查表", key=sheet_id)
        repo.set_sheet_status(db, sheet_id, DRAFT)
        audit(
            db,
            author=author,
            table="score_sheet",
            record_id=sheet_id,
            action="reopen",
            old={"status": sheet.status},
            new={"status": DRAFT},
            reason=reason,
        )
    return _changed(sheet)


# --- What a scoring screen reads and writes: entries with their ids, the sheet's status and remarks -----


@dataclass(frozen=True)
class StoredEntry:
    """An entry as stored, with the id that edits, deletes and undo need."""

    id: str
    entry: Entry


@dataclass(frozen=True)
class SheetView:
    """One sheet as a screen shows it: who and what it scores, whether it is locked, and its entries."""

    id: str
    campaign_id: str
    subject_id: str
    reviewer_id: str | None
    role: str
    status: str
    remarks: str
    entries: tuple[StoredEntry, ...]

    @classmethod
    def unsaved(cls, campaign_id: str, subject_id: str, reviewer_id: str | None) -> SheetView:
        """A sheet not yet stored (nothing recorded): the first edit creates it."""
        return cls("", campaign_id, subject_id, reviewer_id, "review", DRAFT, "", ())

    @property
    def stored(self) -> bool:
        return bool(self.id)

    @property
    def locked(self) -> bool:
        return self.status != DRAFT

    def plain_entries(self) -> list[Entry]:
        return [s.entry for s in self.entries]

    def of_item(self, item_key: str) -> list[StoredEntry]:
        return [s for s in self.entries if s.entry.item_key == item_key]


def sheet_entry_rows(db: Database, sheet_id: str) -> list[StoredEntry]:
    """The sheet's entries in the order they were recorded, each with its id."""
    return [StoredEntry(r.id, entry_from_row(r)) for r in repo.entries_of_sheet(db, sheet_id)]


def sheet_view(db: Database, sheet_id: str, *, reader: str) -> SheetView:
    """The sheet as `reader` may see it: refused while scoring is blind (see may_read)."""
    sheet = repo.get_sheet(db, sheet_id)
    if sheet is None:
        raise NotFound(what="评查表", key=sheet_id)
    _check_read(db, sheet, reader)
    return SheetView(
        id=sheet.id,
        campaign_id=sheet.campaign_id,
        subject_id=sheet.subject_id,
        reviewer_id=sheet.reviewer_id,
        role=sheet.role,
        status=sheet.status,
        remarks=sheet.remarks or "",
        entries=tuple(sheet_entry_rows(db, sheet_id)),
    )


def set_remarks(db: Database, sheet_id: str, text: str, *, author: str) -> Changes:
    """The reviewer's remarks on the whole file (评查意见); audited, refused once submitted."""
    with db.atomic():
        sheet = _require_draft(db, sheet_id, author)
        old = sheet.remarks or ""
        if text == old:
            return Changes()
        repo.set_sheet_remarks(db, sheet_id, text)
        audit(
            db,
            author=author,
            table="score_sheet",
            record_id=sheet_id,
            action="remarks",
            old=old,
            new=text,
        )
    return _changed(sheet)
