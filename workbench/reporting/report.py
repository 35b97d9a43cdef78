"""The campaign report: per-file and per-department results, all from the one scoring engine."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlite_utils import Database

from workbench.campaigns.service import Campaign
from workbench.common.kinds import SubjectKind
from workbench.review.results import FileStatus, campaign_results
from workbench.scoring import file_outcome, rank_units


def number(value: Decimal) -> int | float:
    """A Decimal as a JSON number: integral values as ints, others as their shortest float."""
    return int(value) if value == value.to_integral_value() else float(value)


def campaign_report(db: Database, campaign: Campaign) -> dict[str, Any]:
    standard, results = campaign_results(db, campaign)
    final = [r for r in results if r.status is FileStatus.FINAL and r.result is not None]
    files = [
        {
            "case_number": r.case_number,
            "department": r.department,
            "title": r.title,
            "total": number(r.result.total),
            "grade": r.result.grade,
            "veto": r.result.veto,
            "vetoes": [v.text for v in r.result.vetoes],
            "reviewers": list(r.reviewers),
        }
        for r in final
        if r.result is not None
    ]
    units = rank_units(
        standard,
        (file_outcome(standard, r.department, r.result) for r in final if r.result),
        units_scored_themselves=campaign.subject_kind == SubjectKind.UNIT,
    )
    departments = [
        {
            "department": u.unit,
            "files": u.files,
            "mean": number(u.mean),
            "total": number(u.total),
            "grade": u.grade,
            "grades": u.grades,
            "highest": number(u.highest),
            "lowest": number(u.lowest),
            "rank": u.rank,
        }
        for u in units
    ]
    counts: dict[str, int] = {s.value: 0 for s in FileStatus}
    for r in results:
        counts[r.status.value] += 1
    return {
        "campaign": {
            "id": campaign.id,
            "name": campaign.name,
            "year": campaign.year,
            "subject_kind": campaign.subject_kind,
        },
        "standard": {"id": standard.id, "name": standard.name, "version": standard.version},
        "summary": {"files": len(results), **counts},
        "files": files,
        "departments": departments,
    }
