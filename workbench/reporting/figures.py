"""Every figure the outputs show (workbook, feedback, bulletin, notices), computed once from the engine.

Nothing in the outputs adds points up by itself: file totals come from `score_sheet` (through
`campaign_results`), department means and ranks from `rank_units`, and each deduction's counted part
is what the engine's item floor left of it, so a file's counted deductions re-add to its total.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from sqlite_utils import Database

from workbench.campaigns.service import Campaign
from workbench.common.kinds import SubjectKind
from workbench.draw.service import latest_draw
from workbench.reporting.findings import (
    SEVERITY,
    Deduction,
    VetoFinding,
    file_deductions,
    file_vetoes,
)
from workbench.review.results import FileResult, FileStatus, campaign_results
from workbench.scoring import FileOutcome, UnitResult, file_outcome, rank_units
from workbench.scoring.engine import ZERO
from workbench.standards.model import Item, Standard

PERCENT = Decimal("0.01")
T = TypeVar("T")


@dataclass(frozen=True)
class VetoCount:
    """One veto item across the campaign's final files: how many files it hit, and its effect."""

    item: Item
    files: int
    effect_text: str
    departments: tuple[str, ...]


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
    vetoes: list[VetoFinding] = field(default_factory=list)  # veto findings of final files, 案号 order
    seed: str | None = None  # the recorded draw's seed, None when the campaign had no draw

    @property
    def unfinished(self) -> int:
        """Files under review without a final score yet."""
        return len(self.files) - len(self.final)

    @property
    def vetoed_departments(self) -> set[str]:
        return {v.department for v in self.vetoes}

    def veto_counts(self) -> list[VetoCount]:
        """Veto items by files hit (most first, then standard order)."""
        files: dict[str, set[str]] = {}
        departments: dict[str, set[str]] = {}
        effects: dict[str, str] = {}
        for v in self.vetoes:
            files.setdefault(v.item_key, set()).add(v.case_number)
            departments.setdefault(v.item_key, set()).add(v.department)
            effects[v.item_key] = v.effect_text
        order = {it.key: i for i, it in enumerate(self.standard.items)}
        keys = sorted(files, key=lambda k: (-len(files[k]), order.get(k, 0)))
        items = self.standard.items_by_key
        return [VetoCount(items[k], len(files[k]), effects[k], tuple(sorted(departments[k]))) for k in keys]

    def veto_effects(self) -> dict[str, int]:
        """Files by the real effect of their vetoes (the most severe one each), in severity order:
        effect text → files. A file whose vetoes only deducted points or capped the grade is not 不合格."""
        worst: dict[str, tuple[int, str]] = {}
        for v in self.vetoes:
            rank = SEVERITY[v.effect]
            if v.case_number not in worst or rank < worst[v.case_number][0]:
                worst[v.case_number] = (rank, v.effect_text)
        out: dict[str, int] = {}
        for _, text in sorted(worst.values()):
            out[text] = out.get(text, 0) + 1
        return out

    def share(self, count: int) -> Decimal:
        """count as a percentage of the final files, half-up to 2 decimals (R15)."""
        return percent(count, len(self.final))

    def of_department(self, department: str) -> CampaignFigures:
        """The same figures for one department's files (its feedback and notice)."""
        files = [f for f in self.files if f.department == department]
        c, drawn, population = self.campaign, self.drawn, self.population
        return _figures(c, self.standard, files, drawn, population, ranking=self.units, seed=self.seed)

    def unit(self, department: str) -> UnitResult | None:
        return next((u for u in self.units if u.unit == department), None)


def percent(count: int, of: int) -> Decimal:
    """count as a percentage of `of`, half-up to 2 decimals (R15); 0 when there is nothing to count."""
    return (Decimal(count) * 100 / of).quantize(PERCENT, rounding=ROUND_HALF_UP) if of else ZERO


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
    seed: str | None = None,
) -> CampaignFigures:
    final = [f for f in files if f.status is FileStatus.FINAL and f.result is not None]
    deductions = [d for f in final for d in file_deductions(standard, f)]
    units = ranking
    if units is None:
        themselves = (
            campaign.subject_kind == SubjectKind.UNIT
        )  # a supervision round grades each unit by its sheet
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
        vetoes=[v for f in final for v in file_vetoes(standard, f)],
        seed=seed,
    )


def _outcomes(standard: Standard, final: Iterable[FileResult]) -> Iterable[FileOutcome]:
    return (file_outcome(standard, f.department, f.result) for f in final if f.result)


def campaign_figures(db: Database, campaign: Campaign) -> CampaignFigures:
    """All output figures of a campaign, from its files' final scores."""
    standard, files = campaign_results(db, campaign)
    draw = latest_draw(db, campaign)
    drawn = len(draw.drawn) if draw is not None else None
    population = draw.population_size if draw is not None else None
    seed = draw.seed if draw is not None else None
    return _figures(campaign, standard, files, drawn, population, seed=seed)


TYPICAL = 5  # typical problems a bulletin quotes


def typical_problems(figures: CampaignFigures, limit: int = TYPICAL) -> list[tuple[str, str, str]]:
    """(item, 案号, reason): one quoted deduction for each of the most common problems, each reason quoted
    once; what the bulletin (PDF and Word) quotes as typical problems."""
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    by_item: dict[str, list[Deduction]] = {}
    for d in figures.deductions:
        if d.reason.strip():
            by_item.setdefault(d.item_key, []).append(d)
    for problem in figures.problems:
        for d in by_item.get(problem.item.key, []):
            if d.reason not in seen:
                seen.add(d.reason)
                out.append((problem.item.text, d.case_number, d.reason.rstrip("。；;")))
                break
        if len(out) == limit:
            break
    return out
