"""R12–R14: a department's score is the mean of its files' final scores, ranked and graded alike."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from workbench.scoring.engine import CENT, ZERO, grade_for
from workbench.standards.model import Standard


@dataclass(frozen=True)
class FileOutcome:
    unit: str
    total: Decimal
    grade: str


@dataclass(frozen=True)
class UnitResult:
    unit: str
    files: int
    total: Decimal  # Σ file scores: the tie-break after the mean
    mean: Decimal  # rounded half-up to 2 decimals; ranking and grading use this shown value
    grade: str
    grades: dict[str, int]
    highest: Decimal
    lowest: Decimal
    rank: int


def rank_units(
    standard: Standard, outcomes: Iterable[FileOutcome], *, units_scored_themselves: bool = False
) -> list[UnitResult]:
    """Rank by mean (desc), then total (desc), then name; equal mean and total share a rank.

    A department's grade is that of its mean (R13). In a supervision round each unit is itself the
    scored subject (`units_scored_themselves`): its grade is its own sheet's, vetoes included.
    """
    by_unit: dict[str, list[FileOutcome]] = {}
    for o in outcomes:
        by_unit.setdefault(o.unit, []).append(o)
    rows = []
    for unit, files in by_unit.items():
        total = sum((f.total for f in files), ZERO)
        mean = (total / len(files)).quantize(CENT, rounding=ROUND_HALF_UP)
        grades = {b.label: 0 for b in standard.bands}
        for f in files:
            grades[f.grade] = grades.get(f.grade, 0) + 1
        rows.append(
            (unit, len(files), total, mean, grades, max(f.total for f in files), min(f.total for f in files))
        )
    rows.sort(key=lambda r: (-r[3], -r[2], r[0]))
    results: list[UnitResult] = []
    for n, (unit, count, total, mean, grades, hi, lo) in enumerate(rows, start=1):
        prev = results[-1] if results else None
        rank = prev.rank if prev and (prev.mean, prev.total) == (mean, total) else n
        grade = grade_for(standard, mean)
        if units_scored_themselves and count == 1:
            grade = next(label for label, n in grades.items() if n)
        results.append(UnitResult(unit, count, total, mean, grade, grades, hi, lo, rank))
    return results
