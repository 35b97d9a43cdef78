"""The one scoring engine and the rules that guard what goes into it."""

from workbench.scoring.engine import (
    CategoryScore,
    Entry,
    EntryKind,
    ItemScore,
    ScoreResult,
    grade_for,
    round2,
    score_sheet,
)
from workbench.scoring.rules import allowed_amounts, check_deduction, check_entry
from workbench.scoring.units import FileOutcome, UnitResult, rank_units

__all__ = [
    "CategoryScore",
    "Entry",
    "EntryKind",
    "FileOutcome",
    "ItemScore",
    "ScoreResult",
    "UnitResult",
    "allowed_amounts",
    "check_deduction",
    "check_entry",
    "grade_for",
    "rank_units",
    "round2",
    "score_sheet",
]
