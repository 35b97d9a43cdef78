"""The case list's rows before the engine's totals arrive (from a job): files with the counts their status
follows from, in one grouped query over the ids asked for (the rows a view paints)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlite_utils import Database

_QUICK = """
WITH scope AS (
    SELECT value AS subject_id FROM json_each(:ids)
), sheets AS (
    SELECT subject_id, max(role = 'final' AND status = 'submitted') AS final,
           sum(role = 'review') AS reviews, sum(role = 'review' AND status = 'submitted') AS submitted
    FROM score_sheet WHERE campaign_id = :c AND subject_id IN scope GROUP BY subject_id
), assigned AS (
    SELECT a.subject_id, count(*) AS n,
           sum(EXISTS (SELECT 1 FROM score_sheet s
                       WHERE s.campaign_id = :c AND s.subject_id = a.subject_id
                         AND s.reviewer_id = a.reviewer_id AND s.role = 'review'
                         AND s.status = 'submitted')) AS done
    FROM assignment a WHERE a.campaign_id = :c AND a.subject_id IN scope GROUP BY a.subject_id
)
SELECT scope.subject_id, coalesce(c.case_number, u.name), coalesce(d.name, ''), coalesce(c.title, u.name, ''),
       coalesce(c.party, ''), coalesce(c.officers, ''), coalesce(c.case_type, ''),
       coalesce(s.final, 0), coalesce(s.reviews, 0), coalesce(s.submitted, 0),
       coalesce(a.n, 0), coalesce(a.done, 0), cs.position
FROM scope
-- by file, not by campaign: the unary + keeps the planner on the subject_id index
LEFT JOIN campaign_subject cs ON cs.subject_id = scope.subject_id AND +cs.campaign_id = :c
LEFT JOIN case_file c ON c.id = scope.subject_id
LEFT JOIN department u ON u.id = scope.subject_id AND c.id IS NULL  -- a unit under a checklist
LEFT JOIN department d ON d.id = coalesce(c.department_id, u.id)
LEFT JOIN sheets s ON s.subject_id = scope.subject_id
LEFT JOIN assigned a ON a.subject_id = scope.subject_id
"""


QuickRow = tuple[str, str, str, str, str, str, str, int, int, int, int, int, int | None]


def quick_rows(db: Database, campaign_id: str, subject_ids: Sequence[str]) -> list[QuickRow]:
    """(subject id, 案号 or unit name, department, title, party, officers, case type, final sheet
    submitted, review sheets, review sheets submitted, reviewers assigned, assigned reviewers who
    submitted, stored natural rank or None) for these files of the campaign, unordered."""
    ids = json.dumps(list(subject_ids))
    return [tuple(r) for r in db.execute(_QUICK, {"c": campaign_id, "ids": ids})]
