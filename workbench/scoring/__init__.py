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
from workbench.scoring.rules import (
    BonusNotAllowed,
    allowed_amounts,
    check_bonus,
    check_deduction,
    check_entry,
    level_deductions,
)
from workbench.scoring.units import FileOutcome, UnitResult, file_outcome, rank_units

__all__ = [
    "BonusNotAllowed",
    "CategoryScore",
    "Entry",
    "EntryKind",
    "FileOutcome",
    "ItemScore",
    "ScoreResult",
    "UnitResult",
    "allowed_amounts",
    "check_bonus",
    "check_deduction",
    "check_entry",
    "file_outcome",
    "grade_for",
    "level_deductions",
    "rank_units",
    "round2",
    "score_sheet",
]
