"""Reasons may be optional per campaign; closing a campaign locks it and records who closed it.

Step 0010_campaign_closing, shipped: never edit it (a change is the next step).
"""

from __future__ import annotations

from sqlite_utils import Database


def campaign_closing(db: Database) -> None:
    # A campaign may let a deduction go without a reason (the default requires one: the documents quote
    # it). Closing a campaign locks it (status "closed"); who closed or reopened it and why go into the
    # audit log, the latest closing here.
    db.table("campaign").add_column("reasons_optional", int)
    db.table("campaign").add_column("closed_at", str)
    db.table("campaign").add_column("closed_by", str)
