"""Whose score sheet the scoring screen opens for a file, for the person at the keyboard.

Rules, strictest first: an assigned reviewer always gets their own sheet (blind: never another's);
on a file assigned to others, a user who is not among them gets no sheet at all (the lead settles
differences in the recheck screen, not here); nobody is handed another reviewer's draft to edit; a
file whose sheets are all submitted shows the first of them (it is locked); otherwise the user scores
in a sheet of their own.
"""

from __future__ import annotations

from sqlite_utils import Database

from db.repos import assignments as assignment_repo
from db.repos import reviewers as reviewer_repo
from db.repos import scores as score_repo
from workbench.campaigns.service import Campaign


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
    if not assigned and reviews and len(submitted) == len(reviews):
        # every reviewer has submitted (one, or a pair): show the first locked sheet rather than start
        # a sheet no one asked for, which would reopen a scored file
        return submitted[0]["reviewer_id"]
    if mine:
        return mine
    with db.atomic():
        return reviewer_repo.ensure(db, [user], user)[user]


def reviewer_name(db: Database, reviewer_id: str | None) -> str:
    return reviewer_repo.names_by_id(db).get(reviewer_id or "", "")
