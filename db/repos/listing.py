"""The case list's first paint: every file under review with the counts its status follows from, in one
grouped query (the engine's totals come later, from a job)."""

from __future__ import annotations

from sqlite_utils import Database

_QUICK = """
WITH scope AS (
    SELECT cs.subject_id FROM campaign_subject cs
    WHERE cs.campaign_id = :c AND (cs.draw_id IS NOT NULL OR NOT EXISTS (
        SELECT 1 FROM campaign_subject x WHERE x.campaign_id = :c AND x.draw_id IS NOT NULL))
), sheets AS (
    SELECT subject_id, max(role = 'final' AND status = 'submitted') AS final,
           sum(role = 'review') AS reviews, sum(role = 'review' AND status = 'submitted') AS submitted
    FROM score_sheet WHERE campaign_id = :c GROUP BY subject_id
), assigned AS (
    SELECT a.subject_id, count(*) AS n,
           sum(EXISTS (SELECT 1 FROM score_sheet s
                       WHERE s.campaign_id = :c AND s.subject_id = a.subject_id
                         AND s.reviewer_id = a.reviewer_id AND s.role = 'review'
                         AND s.status = 'submitted')) AS done
    FROM assignment a WHERE a.campaign_id = :c GROUP BY a.subject_id
)
SELECT scope.subject_id, coalesce(c.case_number, u.name), coalesce(d.name, ''), coalesce(c.title, u.name, ''),
       coalesce(c.party, ''), coalesce(c.officers, ''), coalesce(c.case_type, ''),
       coalesce(s.final, 0), coalesce(s.reviews, 0), coalesce(s.submitted, 0),
       coalesce(a.n, 0), coalesce(a.done, 0)
FROM scope
LEFT JOIN case_file c ON c.id = scope.subject_id
LEFT JOIN department u ON u.id = scope.subject_id AND c.id IS NULL  -- a unit under a checklist
LEFT JOIN department d ON d.id = coalesce(c.department_id, u.id)
LEFT JOIN sheets s ON s.subject_id = scope.subject_id
LEFT JOIN assigned a ON a.subject_id = scope.subject_id
"""


def quick_rows(
    db: Database, campaign_id: str
) -> list[tuple[str, str, str, str, str, str, str, int, int, int, int, int]]:
    """(subject id, 案号 or unit name, department, title, party, officers, case type, final sheet
    submitted, review sheets, review sheets submitted, reviewers assigned, assigned reviewers who
    submitted) for every file under review (the drawn ones, once there is a draw), unordered."""
    return [tuple(r) for r in db.execute(_QUICK, {"c": campaign_id})]
