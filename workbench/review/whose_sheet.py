"""Whose score sheet the scoring screen opens for a file, for the person at the keyboard.

Rules, strictest first: an assigned reviewer always gets their own sheet (blind: never another's);
on a file assigned to others, a user who is not among them gets no sheet at all (the lead settles
differences in the recheck screen, not here); nobody is handed another reviewer's draft to edit; a
file whose sheets are all submitted shows the first of them (it is locked); otherwise the user scores
in a sheet of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from db.repos import assignments as assignment_repo
from db.repos import campaigns as campaign_repo
from db.repos import reviewers as reviewer_repo
from db.repos import scores as score_repo
from workbench.accounts import has_accounts, roles_of
from workbench.campaigns.service import Campaign
from workbench.common.kinds import Role, SheetState
from workbench.review.sheets import may_read


@dataclass(frozen=True)
class SheetOwner:
    """Whose sheet opens: a reviewer's id, or (id None) `user`, who becomes a reviewer at their first edit."""

    reviewer_id: str | None
    user: str

    @property
    def new_reviewer(self) -> str | None:
        return self.user if self.reviewer_id is None else None


def sheet_owner(db: Database, campaign: Campaign, subject_id: str, user: str) -> SheetOwner | None:
    """Whose sheet to open for `user` on this file, or None when the file is assigned to other reviewers.
    Reads only: opening a file never writes."""
    found = _reviewer_for_file(db, campaign, subject_id, user)
    if found is None:
        return None
    return SheetOwner(found or None, user)


def reviewer_for_file(db: Database, campaign: Campaign, subject_id: str, user: str) -> str | None:
    """Like sheet_owner, but records `user` as a reviewer at once when they are not one (the CLI's way)."""
    found = _reviewer_for_file(db, campaign, subject_id, user)
    if found == "":
        with db.atomic():
            return reviewer_repo.ensure(db, [user], user)[user]
    return found


def _reviewer_for_file(db: Database, campaign: Campaign, subject_id: str, user: str) -> str | None:
    """A reviewer id, "" for `user` not yet a reviewer, or None: assigned to others."""
    mine = reviewer_repo.all_by_name(db).get(user)
    assigned = assignment_repo.reviewers_of(db, campaign.id, subject_id)
    reviews = [
        s for s in score_repo.campaign_sheets_of_subject(db, campaign.id, subject_id) if s.role == "review"
    ]
    if mine and (mine in assigned or any(s.reviewer_id == mine for s in reviews)):
        return mine
    if assigned:
        return None  # blind double scoring: the file belongs to its assigned reviewers
    submitted = [s for s in reviews if s.status == SheetState.SUBMITTED and s.reviewer_id]
    if not assigned and reviews and len(submitted) == len(reviews):
        # every reviewer has submitted (one, or a pair): show the first locked sheet, to whoever may read
        # it, rather than start a sheet no one asked for, which would reopen a scored file
        return submitted[0].reviewer_id if may_read(db, submitted[0], user) else None
    if has_accounts(db) and not roles_of(db, user) & {Role.REVIEWER, Role.LEAD}:
        return None  # an organiser without a scoring role scores nothing
    return (
        mine or ""
    )  # "": not a reviewer yet; the first recorded edit makes them one (reading writes nothing)


def reviewer_name(db: Database, reviewer_id: str | None) -> str:
    return reviewer_repo.names_by_id(db).get(reviewer_id or "", "")


def hidden_files(db: Database, campaign: Campaign, user: str) -> frozenset[str]:
    """The files a reviewer does not see in the case list: those assigned only to others. Nothing is
    hidden from a 组长 or 管理员, nor in a database without accounts."""
    if not has_accounts(db) or roles_of(db, user) & {Role.ADMIN, Role.LEAD}:
        return frozenset()
    mine = {rid for rid, name in reviewer_repo.names_by_id(db).items() if name == user}
    assigned: dict[str, set[str]] = {}
    for subject_id, reviewer_id in assignment_repo.of_campaign(db, campaign.id):
        assigned.setdefault(subject_id, set()).add(reviewer_id)
    own_sheets = {s.subject_id for s in score_repo.campaign_sheets(db, campaign.id) if s.reviewer_id in mine}
    return frozenset(s for s, who in assigned.items() if not who & mine and s not in own_sheets)


@dataclass(frozen=True)
class SheetHeading:
    """What the top of a score sheet names: the file (案号, 当事人) and whose sheet it is."""

    case_number: str
    party: str
    reviewer: str


def sheet_heading(db: Database, campaign: Campaign, subject_id: str, reviewer: str | None) -> SheetHeading:
    """`reviewer`: a reviewer id, or the name of a person who is not a reviewer yet."""
    found = campaign_repo.case_subjects(db, campaign.id, subject_id)
    name = reviewer_repo.names_by_id(db).get(reviewer or "", reviewer or "")
    if not found:
        return SheetHeading("", "", name)
    return SheetHeading(found[0].case_number or "", found[0].party or "", name)


def my_files(db: Database, campaign: Campaign, user: str) -> dict[str, bool]:
    """The files that are `user`'s work in this campaign (assigned, or scored by them): subject id →
    done (their sheet is submitted)."""
    return assignment_repo.files_of_reviewer(db, campaign.id, user)
