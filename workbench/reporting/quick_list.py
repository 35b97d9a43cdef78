"""The case list at first paint: the files, their departments and statuses from one grouped query.

The engine's totals and grades (and the reviewers column) follow from `scored_case_list`, run as a job;
this listing is what the window shows meanwhile, a tenth of the work on a 10,000-file campaign.
"""

from __future__ import annotations

from sqlite_utils import Database

from db.repos import listing
from workbench.campaigns.service import Campaign, campaign_standard
from workbench.common.text_order import natural_key
from workbench.reporting.case_list import CaseList, make_row
from workbench.review.results import status_from_counts


def quick_case_list(db: Database, campaign: Campaign) -> CaseList:
    """Every file under review in natural 案号 order with its status; no totals, grades or reviewers."""
    rows = sorted(listing.quick_rows(db, campaign.id), key=lambda r: natural_key(r[1]))
    out = [
        make_row(
            subject_id=subject_id,
            case_number=number,
            department=department,
            title=title,
            party=party,
            officers=officers,
            case_type=case_type,
            status=status_from_counts(
                final=final,
                reviews=reviews,
                submitted=submitted,
                assigned=assigned,
                assigned_done=assigned_done,
            ),
            total=None,
            grade=None,
            reviewers=(),
            number_rank=n,
        )
        for n, (
            subject_id,
            number,
            department,
            title,
            party,
            officers,
            case_type,
            final,
            reviews,
            submitted,
            assigned,
            assigned_done,
        ) in enumerate(rows)
    ]
    departments = tuple(sorted({r.department for r in out if r.department}))
    return CaseList(out, departments, tuple(b.label for b in campaign_standard(db, campaign).bands))
