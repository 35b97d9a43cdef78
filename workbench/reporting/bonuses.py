"""加分明细: each recorded bonus of a final score and the part of it that counts.

The engine credits a bonus item up to its own cap (ItemScore.score) and all bonus items together up to
the standard's cap (ScoreResult.bonus). Recorded bonuses are counted in standard order until those
limits are used up, so a subject's counted bonuses re-add to the engine's bonus exactly, as its
counted deductions re-add to the base points (findings.file_deductions).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from workbench.reporting.figures import CampaignFigures
from workbench.reporting.findings import recorded
from workbench.review.results import FileResult
from workbench.scoring import EntryKind
from workbench.standards.model import Standard


@dataclass(frozen=True, slots=True)
class Bonus:
    """One recorded bonus (加分) of a final score; fields as findings.Deduction."""

    case_number: str
    department: str
    category: str
    item_key: str
    item_text: str
    points: Decimal  # as recorded
    counted: Decimal  # the part within the item's cap and the standard's bonus cap
    reason: str
    page: int | None
    reviewer: str


def file_bonuses(standard: Standard, result: FileResult) -> list[Bonus]:
    """The final entries' bonuses in standard order, each with its counted part."""
    score = result.result
    if score is None or not standard.bonus_items:
        return []
    order = {it.key: i for i, it in enumerate(standard.items)}
    item_room = {key: s.score for key, s in score.items.items() if s.item.bonus and not s.not_applicable}
    room = score.bonus
    out = []
    for e in sorted(result.entries, key=lambda e: order.get(e.item_key, len(order))):
        if e.kind is not EntryKind.BONUS or not e.points or e.item_key not in item_room:
            continue
        item = standard.items_by_key[e.item_key]
        counted = min(e.points, item_room[e.item_key], room)
        item_room[e.item_key] -= counted
        room -= counted
        out.append(recorded(Bonus, result, item, e, counted))
    return out


def campaign_bonuses(figures: CampaignFigures) -> list[Bonus]:
    """Every final subject's bonuses, in the order of figures.final."""
    return [b for f in figures.final for b in file_bonuses(figures.standard, f)]
