"""整改台账: one line per problem a notice lists, followed to 销号; notices from v4 get their lines
here.

Step 0005_rectification, shipped: never edit it (a change is the next step).
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from db.records import new_id, now
from db.steps.tables import record_table


def rectification(db: Database) -> None:
    # 整改台账: one line per problem a notice lists, followed from issue to close-out (销号). Lines are
    # written with their notice; a voided notice's lines are void. Notices from v4 get theirs here,
    # from the snapshot in their body.
    record_table(
        db,
        "rectification",
        {
            "notice_id": str,
            "campaign_id": str,
            "department_id": str,
            "line": int,  # 1, 2, ... within the notice, in the order it lists its problems
            "case_number": str,
            "item": str,
            "problem": str,
            "points": str,  # Decimal as text
            "deadline": str,
            "status": str,  # issued | reported | returned | verified | closed_out | void
            "reported_on": str,
            "report": str,  # summary of the unit's written reply
            "verified_on": str,
            "verifier": str,
            "verification": str,
            "closed_on": str,
            "closed_by": str,
            "reason": str,  # why it was returned, or the close-out note
        },
        foreign_keys=[("notice_id", "notice", "id"), ("campaign_id", "campaign", "id")],
    )
    db.table("rectification").create_index(["notice_id", "line"], unique=True)
    db.table("rectification").create_index(["campaign_id"])
    at = now()
    rows = []
    sql = "SELECT id, campaign_id, department_id, deadline, status, author, body FROM notice"
    for notice in db.query(sql):
        problems = json.loads(notice["body"] or "{}").get("problems", [])
        for line, problem in enumerate(problems, start=1):
            rows.append(
                {
                    "id": new_id(),
                    "created_at": at,
                    "updated_at": at,
                    "author": notice["author"],
                    "notice_id": notice["id"],
                    "campaign_id": notice["campaign_id"],
                    "department_id": notice["department_id"],
                    "line": line,
                    "case_number": problem.get("case_number", ""),
                    "item": problem.get("item", ""),
                    "problem": problem.get("reason", ""),
                    "points": problem.get("points"),
                    "deadline": notice["deadline"],
                    "status": "void" if notice["status"] == "void" else "issued",
                }
            )
    db.table("rectification").insert_all(rows)
