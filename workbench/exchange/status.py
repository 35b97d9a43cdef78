"""Per reviewer: when their task package was issued and when their results last came back."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlite_utils import Database

from db.repos import exchange as repo
from db.repos import reviewers as reviewer_repo
from workbench.campaigns.service import Campaign
from workbench.exchange.sealing import RESULT, TASK


@dataclass(frozen=True)
class PackageStatus:
    reviewer: str
    issued: int
    last_issued: str
    merged: int
    last_merged: str
    open_conflicts: int

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _local(at: str | None) -> str:
    return (at or "")[:16].replace("T", " ")


def package_status(db: Database, campaign: Campaign) -> list[PackageStatus]:
    names = reviewer_repo.names_by_id(db)
    by_reviewer: dict[str, list[dict]] = {}
    for row in repo.packages(db, campaign.id):
        by_reviewer.setdefault(row["reviewer_id"], []).append(row)
    conflicts: dict[str, int] = {}
    for c in repo.conflicts(db, campaign.id):
        conflicts[c["reviewer_id"]] = conflicts.get(c["reviewer_id"], 0) + 1
    out = []
    for reviewer_id, rows in by_reviewer.items():
        tasks = [r for r in rows if r["kind"] == TASK]
        results = [r for r in rows if r["kind"] == RESULT]
        out.append(
            PackageStatus(
                names.get(reviewer_id, reviewer_id),
                len(tasks),
                _local(max((r["made_at"] for r in tasks), default="")),
                len(results),
                _local(max((r["merged_at"] for r in results), default="")),
                conflicts.get(reviewer_id, 0),
            )
        )
    return sorted(out, key=lambda s: s.reviewer)
