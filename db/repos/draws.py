"""双随机 draws: the recorded draw of a campaign and the marks it leaves on the campaign's subjects."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from db.records import stamp


@dataclass(frozen=True, slots=True)
class DrawRow:
    """One recorded draw: `params` is its JSON plan, `population_hash` the SHA-256 over the sorted 案号."""

    id: str
    campaign_id: str
    seed: str
    algorithm: str
    params: str
    population_hash: str
    population_size: int
    drawn: int
    author: str
    created_at: str


_SELECT_DRAW = (
    "SELECT id, campaign_id, seed, algorithm, params, population_hash, population_size, drawn, author,"
    " created_at FROM draw"
)


def campaign_population(db: Database, campaign_id: str) -> list[tuple[str, str, str]]:
    """(案号, department name or '', subject id) of every case file in the campaign."""
    sql = """
        SELECT coalesce(c.case_number, u.name) AS case_number, coalesce(d.name, ''), cs.subject_id
        FROM campaign_subject cs
        LEFT JOIN case_file c ON c.id = cs.subject_id
        LEFT JOIN department u ON u.id = cs.subject_id AND c.id IS NULL  -- a unit under a checklist
        LEFT JOIN department d ON d.id = coalesce(c.department_id, u.id)
        WHERE cs.campaign_id = ?
    """
    return [tuple(r) for r in db.execute(sql, [campaign_id])]


def score_sheet_count(db: Database, campaign_id: str) -> int:
    return db.execute("SELECT count(*) FROM score_sheet WHERE campaign_id = ?", [campaign_id]).fetchone()[0]


def insert_draw(
    db: Database,
    *,
    campaign_id: str,
    seed: str,
    algorithm: str,
    params: str,
    population_hash: str,
    population_size: int,
    drawn: int,
    author: str,
    at: str,
) -> str:
    row = stamp(
        {
            "campaign_id": campaign_id,
            "seed": seed,
            "algorithm": algorithm,
            "params": params,
            "population_hash": population_hash,
            "population_size": population_size,
            "drawn": drawn,
        },
        author,
        at=at,
    )
    db.table("draw").insert(row)
    return row["id"]


def mark_drawn(
    db: Database, campaign_id: str, draw_id: str, marks: Sequence[tuple[str, int, str]], *, at: str
) -> None:
    """Clear the previous draw's marks, then mark (subject id, rank, selection) as drawn by draw_id."""
    db.execute(
        "UPDATE campaign_subject SET draw_id = NULL, draw_rank = NULL, selection = 'all', updated_at = ?"
        " WHERE campaign_id = ? AND (draw_id IS NOT NULL OR selection != 'all')",
        [at, campaign_id],
    )
    # by row id: the unique index is (campaign_id, subject_kind, subject_id), so a WHERE on campaign and
    # subject alone would scan the campaign's rows once per mark (minutes for 100,000 drawn files)
    sql = "SELECT subject_id, id FROM campaign_subject WHERE campaign_id = ?"
    row_of = dict(db.execute(sql, [campaign_id]).fetchall())
    db.conn.executemany(
        "UPDATE campaign_subject SET draw_id = ?, draw_rank = ?, selection = ?, updated_at = ? WHERE id = ?",
        ((draw_id, rank, selection, at, row_of[subject]) for subject, rank, selection in marks),
    )


def latest_draw(db: Database, campaign_id: str) -> DrawRow | None:
    sql = _SELECT_DRAW + " WHERE campaign_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1"
    row = db.execute(sql, [campaign_id]).fetchone()
    return DrawRow(*row) if row else None


def marked(db: Database, campaign_id: str, draw_id: str) -> list[tuple[str, str, int, str]]:
    """(案号, department, rank, selection) of the subjects marked by a draw, by department then rank."""
    sql = """
        SELECT coalesce(c.case_number, u.name) AS case_number, coalesce(d.name, '') AS dept, cs.draw_rank,
               cs.selection
        FROM campaign_subject cs
        LEFT JOIN case_file c ON c.id = cs.subject_id
        LEFT JOIN department u ON u.id = cs.subject_id AND c.id IS NULL  -- a unit under a checklist
        LEFT JOIN department d ON d.id = coalesce(c.department_id, u.id)
        WHERE cs.campaign_id = ? AND cs.draw_id = ?
        ORDER BY dept, cs.draw_rank
    """
    return [tuple(r) for r in db.execute(sql, [campaign_id, draw_id])]


def marked_subject_ids(db: Database, campaign_id: str, draw_id: str) -> list[str]:
    sql = """
        SELECT cs.subject_id, coalesce(d.name, '') AS dept
        FROM campaign_subject cs
        LEFT JOIN case_file c ON c.id = cs.subject_id
        LEFT JOIN department u ON u.id = cs.subject_id AND c.id IS NULL  -- a unit under a checklist
        LEFT JOIN department d ON d.id = coalesce(c.department_id, u.id)
        WHERE cs.campaign_id = ? AND cs.draw_id = ?
        ORDER BY dept, cs.draw_rank
    """
    return [r[0] for r in db.execute(sql, [campaign_id, draw_id])]
