"""R12–R14: a department's score is the mean of its files' final scores, ranked and graded alike.

In a supervision round each unit is scored itself, and a unit with a one-vote veto (一票否决) ranks below
every unit without one, whatever its points: the veto is the verdict on the unit. A department in a
case review keeps R13 (its vetoed files count at their final score, the mean decides).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from workbench.scoring.engine import CENT, ZERO, ScoreResult, grade_for
from workbench.standards.model import Standard, VetoEffect


@dataclass(frozen=True)
class FileOutcome:
    unit: str
    total: Decimal
    grade: str
    vetoed: bool = False  # a veto item was triggered on this sheet (R6)


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
    vetoed: int = 0  # files (in a round: the unit's own sheet) with a triggered veto


def file_outcome(standard: Standard, unit: str, result: ScoreResult) -> FileOutcome:
    """A scored sheet as ranking sees it; a veto that only deducts points (fixed_deduction) is no verdict."""
    vetoed = any(standard.effect_of(v) is not VetoEffect.FIXED_DEDUCTION for v in result.vetoes)
    return FileOutcome(unit, result.total, result.grade, vetoed)


def rank_units(
    standard: Standard, outcomes: Iterable[FileOutcome], *, units_scored_themselves: bool = False
) -> list[UnitResult]:
    """Rank by mean (desc), then total (desc), then name; equal mean and total share a rank.

    A department's grade is that of its mean (R13). In a supervision round each unit is itself the
    scored subject (`units_scored_themselves`): its grade is its own sheet's, vetoes included, and a
    vetoed unit ranks below every unit without a veto.
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
        vetoed = sum(1 for f in files if f.vetoed)
        hi, lo = max(f.total for f in files), min(f.total for f in files)
        rows.append((unit, len(files), total, mean, grades, hi, lo, vetoed))

    def below(vetoed: int) -> bool:  # the veto tier a unit ranks in: only a round's units have one
        return units_scored_themselves and vetoed > 0

    rows.sort(key=lambda r: (below(r[7]), -r[3], -r[2], r[0]))
    results: list[UnitResult] = []
    for n, (unit, count, total, mean, grades, hi, lo, vetoed) in enumerate(rows, start=1):
        prev = results[-1] if results else None
        same = prev and (below(prev.vetoed), prev.mean, prev.total) == (below(vetoed), mean, total)
        rank = prev.rank if prev and same else n
        grade = grade_for(standard, mean)
        if units_scored_themselves and count == 1:
            grade = next(label for label, n in grades.items() if n)
        results.append(UnitResult(unit, count, total, mean, grade, grades, hi, lo, rank, vetoed))
    return results
