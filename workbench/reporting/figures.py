"""Every figure the outputs show (workbook, feedback, bulletin, notices), computed once from the engine.

Nothing in the outputs adds points up by itself: file totals come from `score_sheet` (through
`campaign_results`), department means and ranks from `rank_units`, and each deduction's counted part
is what the engine's item floor left of it, so a file's counted deductions re-add to its total.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from sqlite_utils import Database

from workbench.campaigns.service import Campaign
from workbench.draw.service import latest_draw
from workbench.review.results import FileResult, FileStatus, campaign_results
from workbench.scoring import Entry, EntryKind, FileOutcome, UnitResult, file_outcome, rank_units
from workbench.scoring.engine import ZERO
from workbench.standards.model import Item, ScoreModel, Standard

PERCENT = Decimal("0.01")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)  # 400,000 of them in a large campaign
class Deduction:
    """One recorded deduction of a file's final score (扣分明细)."""

    case_number: str
    department: str
    category: str
    item_key: str
    item_text: str
    points: Decimal  # as recorded
    counted: Decimal  # the part that counts after the item's floor (扣完为止)
    reason: str
    page: int | None
    reviewer: str


@dataclass(frozen=True)
class CommonProblem:
    """One standard item across the campaign's final files (常见问题), ranked by files deducted."""

    item: Item
    files: int
    share: Decimal  # files deducted / final files, as a percentage with 2 decimals
    points: Decimal  # Σ counted points lost on this item
    departments: tuple[str, ...]
    rank: int


@dataclass(frozen=True)
class CampaignFigures:
    campaign: Campaign
    standard: Standard
    files: list[FileResult]  # every file under review, in 案号 order
    final: list[FileResult]  # those with a final score
    units: list[UnitResult]  # department ranking
    deductions: list[Deduction]
    problems: list[CommonProblem]
    grade_counts: dict[str, int]  # band label → final files, in band order
    mean: Decimal | None
    vetoed: int
    drawn: int | None  # files drawn (双随机), None when the campaign had no draw
    population: int | None

    def share(self, count: int) -> Decimal:
        """count as a percentage of the final files, half-up to 2 decimals (R15)."""
        return percent(count, len(self.final))

    def of_department(self, department: str) -> CampaignFigures:
        """The same figures for one department's files (its feedback and notice)."""
        files = [f for f in self.files if f.department == department]
        return _figures(self.campaign, self.standard, files, self.drawn, self.population, ranking=self.units)

    def unit(self, department: str) -> UnitResult | None:
        return next((u for u in self.units if u.unit == department), None)


def percent(count: int, of: int) -> Decimal:
    """count as a percentage of `of`, half-up to 2 decimals (R15); 0 when there is nothing to count."""
    return (Decimal(count) * 100 / of).quantize(PERCENT, rounding=ROUND_HALF_UP) if of else ZERO


def reviewer_label(result: FileResult) -> str:
    return result.decided_by or "、".join(result.reviewers)


def recorded(cls: Callable[..., T], result: FileResult, item: Item, entry: Entry, counted: Decimal) -> T:
    """One recorded deduction or bonus of a final score as the outputs list it."""
    return cls(
        case_number=result.case_number,
        department=result.department,
        category=item.category_path,
        item_key=item.key,
        item_text=item.text,
        points=entry.points,
        counted=counted,
        reason=entry.reason,
        page=entry.page,
        reviewer=reviewer_label(result),
    )


def file_deductions(standard: Standard, result: FileResult) -> list[Deduction]:
    """The final entries' deductions in standard order, each with its counted part."""
    if result.result is None:
        return []
    order = {it.key: i for i, it in enumerate(standard.items)}
    floored = standard.model is ScoreModel.SUM_OF_ITEMS
    left: dict[str, Decimal] = {}
    out = []
    for e in sorted(result.entries, key=lambda e: order.get(e.item_key, len(order))):
        score = result.result.items.get(e.item_key)
        if e.kind is not EntryKind.DEDUCTION or not e.points or score is None or score.not_applicable:
            continue
        item = score.item
        counted = e.points
        if floored:
            room = left.setdefault(e.item_key, item.max_points)
            counted = min(e.points, room)
            left[e.item_key] = room - counted
        out.append(recorded(Deduction, result, item, e, counted))
    return out


def common_problems(
    standard: Standard, final: list[FileResult], deductions: list[Deduction]
) -> list[CommonProblem]:
    files: dict[str, set[str]] = {}
    points: dict[str, Decimal] = {}
    departments: dict[str, set[str]] = {}
    for d in deductions:
        files.setdefault(d.item_key, set()).add(d.case_number)
        points[d.item_key] = points.get(d.item_key, ZERO) + d.counted
        departments.setdefault(d.item_key, set()).add(d.department)
    order = {it.key: i for i, it in enumerate(standard.items)}
    keys = sorted(files, key=lambda k: (-len(files[k]), -points[k], order.get(k, 0)))
    out: list[CommonProblem] = []
    for key in keys:
        n = len(files[key])
        rank = out[-1].rank if out and out[-1].files == n and out[-1].points == points[key] else len(out) + 1
        share = percent(n, len(final))
        out.append(
            CommonProblem(
                item=standard.items_by_key[key],
                files=n,
                share=share,
                points=points[key],
                departments=tuple(sorted(departments[key])),
                rank=rank,
            )
        )
    return out


def _figures(
    campaign: Campaign,
    standard: Standard,
    files: list[FileResult],
    drawn: int | None,
    population: int | None,
    ranking: list[UnitResult] | None = None,
) -> CampaignFigures:
    final = [f for f in files if f.status is FileStatus.FINAL and f.result is not None]
    deductions = [d for f in final for d in file_deductions(standard, f)]
    units = ranking
    if units is None:
        themselves = campaign.subject_kind == "unit"  # a supervision round grades each unit by its sheet
        units = rank_units(standard, _outcomes(standard, final), units_scored_themselves=themselves)
    if ranking is not None:
        names = {f.department for f in files}
        units = [u for u in ranking if u.unit in names]
    grade_counts = {b.label: 0 for b in standard.bands}
    for f in final:
        assert f.result is not None
        grade_counts[f.result.grade] = grade_counts.get(f.result.grade, 0) + 1
    mean = None
    if final:
        total = sum((f.result.total for f in final if f.result), ZERO)
        mean = (total / len(final)).quantize(PERCENT, rounding=ROUND_HALF_UP)
    return CampaignFigures(
        campaign=campaign,
        standard=standard,
        files=files,
        final=final,
        units=units,
        deductions=deductions,
        problems=common_problems(standard, final, deductions),
        grade_counts=grade_counts,
        mean=mean,
        vetoed=sum(1 for f in final if f.result and f.result.veto),
        drawn=drawn,
        population=population,
    )


def _outcomes(standard: Standard, final: Iterable[FileResult]) -> Iterable[FileOutcome]:
    return (file_outcome(standard, f.department, f.result) for f in final if f.result)


def campaign_figures(db: Database, campaign: Campaign) -> CampaignFigures:
    """All output figures of a campaign, from its files' final scores."""
    standard, files = campaign_results(db, campaign)
    draw = latest_draw(db, campaign)
    drawn = len(draw.drawn) if draw is not None else None
    population = draw.population_size if draw is not None else None
    return _figures(campaign, standard, files, drawn, population)
