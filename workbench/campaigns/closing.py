"""Closing a finished campaign: it is then locked (no score edit, submit or recheck decision); only the
organiser reopens it, with a reason. Both are audited."""

from __future__ import annotations

from sqlite_utils import Database

from db.records import audit, now
from db.repos import campaigns as repo
from db.repos import reviewers as reviewer_repo
from workbench.campaigns.service import (
    CLOSED,
    REVIEWING,
    Campaign,
    CampaignClosed,
    NotOrganiser,
    get_campaign,
)
from workbench.common.changes import Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError


class ReopenReasonRequired(UserError):
    code = "reopen_reason_required"
    template = QT_TRANSLATE_NOOP("UserError", "重新开启评查活动必须填写理由。")


def check_open(db: Database, campaign_id: str) -> None:
    """Refuse a write to a closed campaign."""
    row = repo.get(db, campaign_id)
    if row is not None and row.status == CLOSED:
        raise CampaignClosed(name=row.name)


def _check_organiser(db: Database, user: str, what: str) -> None:
    leads = reviewer_repo.lead_names(db)
    if leads and user not in leads:
        raise NotOrganiser(what=what, user=user)


def close_campaign(db: Database, campaign: Campaign, *, author: str) -> Done[Campaign]:
    """Close (lock) the campaign."""
    _check_organiser(db, author, "结束评查活动")
    with db.atomic():
        check_open(db, campaign.id)
        repo.update_settings(db, campaign.id, status=CLOSED, closed_at=now(), closed_by=author)
        audit(db, author=author, table="campaign", record_id=campaign.id, action="close", old=campaign.status)
    return Done(get_campaign(db, campaign.id), Changes.of(campaigns=[campaign.id]))


def reopen_campaign(db: Database, campaign: Campaign, *, author: str, reason: str) -> Done[Campaign]:
    """Open a closed campaign again: the organiser only, with a reason kept in the audit log."""
    _check_organiser(db, author, "重新开启评查活动")
    if not reason.strip():
        raise ReopenReasonRequired()
    with db.atomic():
        repo.update_settings(db, campaign.id, status=REVIEWING, closed_at=None, closed_by=None)
        audit(
            db,
            author=author,
            table="campaign",
            record_id=campaign.id,
            action="reopen",
            old=CLOSED,
            new=REVIEWING,
            reason=reason.strip(),
        )
    return Done(get_campaign(db, campaign.id), Changes.of(campaigns=[campaign.id]))
