"""Whose score sheet the scoring screen shows for a file, until campaigns assign reviewers."""

from __future__ import annotations

from sqlite_utils import Database

from db.repos import reviewers as reviewer_repo
from db.repos import scores as score_repo
from workbench.campaigns import Campaign


def reviewer_for_file(db: Database, campaign: Campaign, subject_id: str, user: str) -> str | None:
    """The user's own sheet if they have one; else the file's only reviewer's; else the user (as reviewer)."""
    mine = reviewer_repo.all_by_name(db).get(user)
    reviews = [
        s for s in score_repo.campaign_sheets_of_subject(db, campaign.id, subject_id) if s["role"] == "review"
    ]
    if mine and any(s["reviewer_id"] == mine for s in reviews):
        return mine
    if len(reviews) >= 1 and reviews[0]["reviewer_id"]:
        return reviews[0]["reviewer_id"]
    if mine:
        return mine
    with db.atomic():
        return reviewer_repo.ensure(db, [user], user)[user]


def reviewer_name(db: Database, reviewer_id: str | None) -> str:
    return reviewer_repo.names_by_id(db).get(reviewer_id or "", "")
