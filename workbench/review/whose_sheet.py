"""Whose score sheet the scoring screen opens for a file, for the person at the keyboard.

Rules, strictest first: an assigned reviewer always gets their own sheet (blind: never another's);
on a file assigned to others, a user who is not among them gets no sheet at all (the lead settles
differences in the recheck screen, not here); nobody is handed another reviewer's draft to edit; a
file's only submitted sheet may be shown (it is locked); otherwise the user scores in a sheet of
their own.
"""

from __future__ import annotations

from sqlite_utils import Database

from db.repos import assignments as assignment_repo
from db.repos import reviewers as reviewer_repo
from db.repos import scores as score_repo
from workbench.accounts import has_accounts, roles_of
from workbench.campaigns.service import Campaign
from workbench.common.kinds import Role
from workbench.review.sheets import may_read


def reviewer_for_file(db: Database, campaign: Campaign, subject_id: str, user: str) -> str | None:
    """The reviewer id whose sheet to open for `user` on this file (creating the user as reviewer), or
    None when the file is assigned to other reviewers."""
    mine = reviewer_repo.all_by_name(db).get(user)
    assigned = assignment_repo.reviewers_of(db, campaign.id, subject_id)
    reviews = [
        s for s in score_repo.campaign_sheets_of_subject(db, campaign.id, subject_id) if s["role"] == "review"
    ]
    if mine and (mine in assigned or any(s["reviewer_id"] == mine for s in reviews)):
        return mine
    if assigned:
        return None  # blind double scoring: the file belongs to its assigned reviewers
    submitted = [s for s in reviews if s["status"] == "submitted" and s["reviewer_id"]]
    if not assigned and len(reviews) == 1 and submitted:
        # a single-reviewer campaign: show the locked sheet, to whoever may read it
        return submitted[0]["reviewer_id"] if may_read(db, submitted[0], user) else None
    if has_accounts(db) and not roles_of(db, user) & {Role.REVIEWER, Role.LEAD}:
        return None  # an organiser without a scoring role scores nothing
    if mine:
        return mine
    with db.atomic():
        return reviewer_repo.ensure(db, [user], user)[user]


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
    own_sheets = {
        s["subject_id"] for s in score_repo.campaign_sheets(db, campaign.id) if s["reviewer_id"] in mine
    }
    return frozenset(s for s, who in assigned.items() if not who & mine and s not in own_sheets)
