"""双随机 draws of a campaign's files, the cross-review assignment, and declared conflicts (回避).

Step 0003_draw_and_assignment, shipped: never edit it (a change is the next step).
"""

from __future__ import annotations

from sqlite_utils import Database

from db.steps.tables import record_table


def draw_and_assignment(db: Database) -> None:
    # 双随机: one published, reproducible draw of a campaign's files (the latest one is in force).
    record_table(
        db,
        "draw",
        {
            "campaign_id": str,
            "seed": str,
            "algorithm": str,
            "params": str,  # JSON: quotas per department, share, minimum, maximum, unit-chosen files
            "population_hash": str,  # SHA-256 over the sorted 案号 of the population
            "population_size": int,
            "drawn": int,
        },
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db.table("draw").create_index(["campaign_id"])
    db.table("campaign_subject").add_column("draw_id", str)
    db.table("campaign_subject").add_column("draw_rank", int)
    # Cross review: who scores which file; a reviewer never gets a file of their own department.
    record_table(
        db,
        "assignment",
        {"campaign_id": str, "subject_id": str, "reviewer_id": str},
        foreign_keys=[("campaign_id", "campaign", "id"), ("reviewer_id", "reviewer", "id")],
    )
    db.table("assignment").create_index(["campaign_id", "subject_id", "reviewer_id"], unique=True)
    db.table("assignment").create_index(["reviewer_id"])
    # Declared conflicts (回避) beyond the own department: a department or a single file.
    record_table(
        db,
        "conflict",
        {"reviewer_id": str, "department_id": str, "subject_id": str, "reason": str},
        foreign_keys=[("reviewer_id", "reviewer", "id")],
    )
    db.table("conflict").create_index(["reviewer_id"])
