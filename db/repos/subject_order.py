"""The stored natural order of a campaign's files (campaign_subject.position, step 0012)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from sqlite_utils import Database

# The files under review: the drawn ones once there is a draw, else all (as the listings scope them).
# From the covering index (campaign_id, position, draw_id, subject_id) alone.
_ORDERED = """
SELECT subject_id FROM campaign_subject
WHERE campaign_id = :c AND (draw_id IS NOT NULL OR NOT EXISTS (
    SELECT 1 FROM campaign_subject x WHERE x.campaign_id = :c AND x.draw_id IS NOT NULL))
ORDER BY position
"""
_NAMES = """
SELECT cs.rowid, cs.subject_id, coalesce(c.case_number, u.name, ''), cs.draw_id IS NOT NULL
FROM campaign_subject cs
LEFT JOIN case_file c ON c.id = cs.subject_id
LEFT JOIN department u ON u.id = cs.subject_id AND c.id IS NULL
WHERE cs.campaign_id = :c
"""


def ordered_ids(db: Database, campaign_id: str) -> list[str] | None:
    """The subject ids under review in stored order; None when a file has no stored position yet
    (added or renumbered since the campaign was last ranked)."""
    unranked = db.execute(
        "SELECT 1 FROM campaign_subject WHERE campaign_id = ? AND position IS NULL LIMIT 1", [campaign_id]
    ).fetchone()
    if unranked:
        return None
    return [r[0] for r in db.execute(_ORDERED, {"c": campaign_id})]


class Named(NamedTuple):
    row: int  # the campaign_subject row, to store its rank by
    subject_id: str
    name: str  # 案号, or the unit's name in a supervision round
    in_scope: bool  # under review: drawn, or every file before a draw


def names(db: Database, campaign_id: str) -> list[Named]:
    """Every file of the campaign with what ranks it."""
    rows = [Named(r, s, n, bool(d)) for r, s, n, d in db.execute(_NAMES, {"c": campaign_id})]
    if not any(r.in_scope for r in rows):  # no draw yet: every file is under review
        return [r._replace(in_scope=True) for r in rows]
    return rows


def store(db: Database, rows: Sequence[Named]) -> None:
    """Rank these files in this order (0, 1, 2, …)."""
    db.conn.executemany(
        "UPDATE campaign_subject SET position = ? WHERE rowid = ?", ((n, r.row) for n, r in enumerate(rows))
    )
