"""The case list at first paint: the campaign's ordered ids, and the fields and statuses of the rows a view
paints, read a window at a time (one grouped query each).

The engine's totals and grades (and the reviewers column) follow from `scored_case_list`, run as a job;
this listing is what the window shows meanwhile. On 100,000 files it opens on the ids alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from db.repos import listing
from workbench.campaigns.service import Campaign, campaign_standard
from workbench.campaigns.subject_order import ordered_subjects
from workbench.common.lazy_rows import LazyRows
from workbench.reporting.case_list import CaseList, CaseListRow, make_row
from workbench.review.results import status_from_counts


def quick_case_list(db: Database, campaign: Campaign) -> CaseList:
    """Every file under review in natural 案号 order with its status; no totals, grades or reviewers,
    and no departments to filter by yet (they come with the scored listing). The rows are read when
    first looked at."""
    ids, ranked = ordered_subjects(db, campaign.id)

    def fetch(wanted: Sequence[str]) -> list[CaseListRow]:
        found = {}
        for r in listing.quick_rows(db, campaign.id, wanted):
            found[r[0]] = _row(r, r[12] if ranked and r[12] is not None else rows.position_of(r[0]))
        return [found[subject] for subject in wanted]

    rows = LazyRows(ids, fetch)  # sorted by 案号 on the stored rank, or on the place in `ids` if unranked

    bands = tuple(b.label for b in campaign_standard(db, campaign).bands)
    return CaseList(rows, (), bands, ranked)


def _row(r: listing.QuickRow, number_rank: int) -> CaseListRow:
    subject_id, number, department, title, party, officers, case_type = r[:7]
    final, reviews, submitted, assigned, assigned_done = r[7:12]
    return make_row(
        subject_id=subject_id,
        case_number=number,
        department=department,
        title=title,
        party=party,
        officers=officers,
        case_type=case_type,
        status=status_from_counts(
            final=final, reviews=reviews, submitted=submitted, assigned=assigned, assigned_done=assigned_done
        ),
        total=None,
        grade=None,
        reviewers=(),
        number_rank=number_rank,
    )
