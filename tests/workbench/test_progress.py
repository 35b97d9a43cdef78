"""Navigator counts agree with the files' statuses."""

from __future__ import annotations

from collections import Counter

from workbench.campaigns.service import list_campaigns
from workbench.demo.generator import generate_demo
from workbench.reporting.progress import campaign_progress, total_progress
from workbench.review.results import FileStatus, campaign_results


def test_progress_counts_match_file_statuses(db):
    generate_demo(db, files=400, seed=5)
    campaign = list_campaigns(db)[0]
    rows = campaign_progress(db, campaign)
    _, results = campaign_results(db, campaign)
    by_dept = Counter(r.department for r in results)
    assert {r.department: r.files for r in rows} == dict(by_dept)
    total = total_progress(rows)
    assert total.files == 400
    assert total.assigned == 0  # the demo assigns nobody: 已分配 counts files with a reviewer, not scope
    assert total.scored == sum(r.status is not FileStatus.UNSCORED for r in results)
    submitted = sum(r.status in (FileStatus.FINAL, FileStatus.AWAITING_ARBITRATION) for r in results)
    assert total.submitted == submitted
