"""The issuing office (发文机关) every numbered document signs, and bulletins numbered from the
notices' counter.

Step 0011_office_profile, shipped: never edit it (a change is the next step).
"""

from __future__ import annotations

from sqlite_utils import Database

from db.steps.tables import record_table


def office_profile(db: Database) -> None:
    # The issuing office (发文机关) every numbered document names and signs: one row, id "office".
    # Notices and bulletins are refused until it is filled in, so no ×× placeholder is ever signed.
    record_table(db, "office_profile", {"name": str, "contact": str, "address": str})
    # A campaign's bulletin (通报) takes its 发文字号 from the same per-issuer, per-year counter as the
    # notices (db/repos/notices.next_serial reads both tables); one bulletin in force per campaign.
    record_table(
        db,
        "bulletin",
        {
            "campaign_id": str,
            "issuer": str,
            "year": int,
            "serial": int,
            "number": str,
            "issued_on": str,
            "status": str,  # issued | void
        },
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db.table("bulletin").create_index(["issuer", "year", "serial"], unique=True)
    db.table("bulletin").create_index(["campaign_id"])
