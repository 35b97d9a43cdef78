"""Campaign set-up (机关代字, reviewers per file, recheck rule, subject kind), the lead's 复核
decisions, 整改通知书 with their never-reused numbers, and the office's own document wording.

Step 0004_campaign_settings_arbitration_notices, shipped: never edit it (a change is the next step).
"""

from __future__ import annotations

from sqlite_utils import Database

from db.steps.tables import record_table


def campaign_settings_arbitration_notices(db: Database) -> None:
    # Campaign set-up: 机关代字 for notice numbers, reviewers per file, the recheck rule (JSON), and
    # whether the campaign scores case files or units under a supervision checklist.
    db.table("campaign").add_column("doc_prefix", str)
    db.table("campaign").add_column("reviewers_per_file", int)
    db.table("campaign").add_column("recheck_rule", str)
    db.table("campaign").add_column("subject_kind", str)
    # The lead's item-by-item arbitration of a file whose reviewers disagree; the final entries live
    # in the lead's `final` score sheet, this table keeps each decision and its reason.
    record_table(
        db,
        "arbitration",
        {
            "campaign_id": str,
            "subject_id": str,
            "item_key": str,
            "decision": str,  # agreed | reviewer | own
            "source_reviewer_id": str,
            "reason": str,
        },
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db.table("arbitration").create_index(["campaign_id", "subject_id", "item_key"], unique=True)
    # 整改通知书: numbered per issuer code (机关代字) and year, never reused; voided numbers stay.
    record_table(
        db,
        "notice",
        {
            "campaign_id": str,
            "department_id": str,
            "issuer": str,
            "year": int,
            "serial": int,
            "number": str,
            "title": str,
            "issued_on": str,
            "deadline": str,
            "status": str,  # issued | void
            "body": str,  # JSON snapshot of what the notice lists
        },
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db.table("notice").create_index(["issuer", "year", "serial"], unique=True)
    db.table("notice").create_index(["campaign_id"])
    # The office's own wording of document templates (bulletin, notice...), overriding the shipped ones.
    record_table(db, "document_template", {"name": str, "body": str})
    db.table("document_template").create_index(["name"], unique=True)
