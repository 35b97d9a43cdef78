"""A campaign's files keep their natural 案号 order, so the case list opens on ordered ids alone; a
person's sheets are found without reading the campaign's.

Step 0012_subject_order, shipped: never edit it (a change is the next step).
"""

from __future__ import annotations

from sqlite_utils import Database


def subject_order(db: Database) -> None:
    # position: the subject's rank in natural 案号 order (unit name for a supervision round) within its
    # campaign; NULL until computed (workbench/campaigns/subject_order.py, which knows the natural
    # order). The covering index gives the list its ordered ids without reading a single table row.
    db.table("campaign_subject").add_column("position", int)
    db.execute(
        "CREATE INDEX idx_campaign_subject_order"
        " ON campaign_subject (campaign_id, position, draw_id, subject_id)"
    )
    db.execute("CREATE INDEX idx_campaign_subject_subject_id ON campaign_subject (subject_id)")
    # A person's own sheets, without reading every sheet of the campaign ("my files" at opening)
    db.execute("CREATE INDEX idx_score_sheet_reviewer_id ON score_sheet (reviewer_id, campaign_id)")
    # A new 案号 or unit name makes the stored rank unknown; the next reader ranks the campaign again.
    db.execute(
        """CREATE TRIGGER campaign_subject_case_renumbered
           AFTER UPDATE OF case_number ON case_file WHEN NEW.case_number IS NOT OLD.case_number
           BEGIN UPDATE campaign_subject SET position = NULL WHERE subject_id = NEW.id; END"""
    )
    db.execute(
        """CREATE TRIGGER campaign_subject_unit_renamed
           AFTER UPDATE OF name ON department WHEN NEW.name IS NOT OLD.name
           BEGIN UPDATE campaign_subject SET position = NULL WHERE subject_id = NEW.id; END"""
    )
