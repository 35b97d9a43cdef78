"""The one scoring engine: recorded entries in, item/category scores, total and grade out.

Every screen and export that shows a score calls `score_sheet`; nothing else adds points up.
Order of work: base points from the point items (R1–R5, R8), then bonus points (加分项: each item capped
at its own cap, then all of them at the standard's bonus cap), then the veto effects (R6) on that sum,
then the grade (R7). So a total may exceed the base maximum by at most `Standard.bonus_max`, and a
zero_total veto still gives 0 whatever the bonus.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from workbench.standards.model import Item, NaPolicy, RuleKind, ScoreModel, Standard, VetoEffect

ZERO = Decimal(0)
CENT = Decimal("0.01")


class EntryKind(StrEnum):
    DEDUCTION = "deduction"
    VETO = "veto"
    NOT_APPLICABLE = "na"
    BONUS = "bonus"  # 加分: positive points on a bonus item


@dataclass(frozen=True)
class Entry:
    """One thing a reviewer recorded against an item: a deduction, a bonus, a veto finding or an N/A mark."""

    item_key: str
    kind: EntryKind = EntryKind.DEDUCTION
    points: Decimal = ZERO  # the deduction (per-defect: points × count) or, for BONUS, the points added
    count: int | None = None
    reason: str = ""
    page: int | None = None


@dataclass(frozen=True, slots=True)
class ItemScore:
    item: Item
    deducted: Decimal  # Σ recorded deductions, before the floor
    score: Decimal  # max(0, max − deducted); the maximum when N/A counts as full marks; bonus: credited
    applicable: bool = True
    not_applicable: bool = False
    bonus: Decimal = ZERO  # bonus items: Σ recorded bonus before the item's cap (score is what counts)

    @property
    def at_floor(self) -> bool:
        """扣完为止: the item is at 0 (deductions beyond its maximum are lost)."""
        return self.applicable and self.deducted > 0 and self.score == 0

    @property
    def lost(self) -> Decimal:
        """Deductions beyond the item's maximum, which R1 discards."""
        return max(ZERO, self.deducted - self.item.max_points)


@dataclass(frozen=True)
class CategoryScore:
    path: str
    score: Decimal  # includes the item-capped bonus of its bonus items, so it may exceed the maximum
    maximum: Decimal


@dataclass(frozen=True)
class ScoreResult:
    items: dict[str, ItemScore]
    categories: dict[str, CategoryScore]
    points: Decimal  # base points, before bonus and veto effects
    total: Decimal  # the file's score: points + bonus, then veto effects
    maximum: Decimal  # the most the base points could be under its N/A marks (bonus comes on top)
    grade: str
    vetoes: tuple[Item, ...] = ()
    reasons: tuple[str, ...] = field(default=())
    all_not_applicable: bool = False
    bonus: Decimal = ZERO  # bonus points added to the base, after the item caps and the standard's cap

    @property
    def veto(self) -> bool:
        return bool(self.vetoes)


def _decimals(value: Decimal) -> int:
    """Digits after the point of a finite Decimal (its exponent is an int then)."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) else 0


def round2(value: Decimal) -> Decimal:
    """Half-up to 2 decimals (R15); exact values pass through unchanged."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP) if _decimals(value) > 2 else value


def grade_for(standard: Standard, score: Decimal) -> str:
    """R7: the first band from the top whose inclusive minimum the score reaches."""
    for band in standard.bands:
        if score >= band.minimum:
            return band.label
    return standard.bands[-1].label


def _fmt(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def _deduction_text(item: Item, points: Decimal) -> str:
    """How a deduction reads in reasons: a level or "not met" where the rule is one of those."""
    if item.rule.kind is RuleKind.LEVELS and (label := item.level_of(points)) is not None:
        return f"「{item.text}」评为“{label}”，得 {_fmt(item.max_points - points)} 分"
    if item.rule.kind is RuleKind.BINARY and points == item.max_points:
        return f"「{item.text}」未达标，扣 {_fmt(points)} 分"
    return f"「{item.text}」扣 {_fmt(points)} 分"


class _Plan:
    """What every sheet scored against one standard shares: built once per standard version."""

    def __init__(self, standard: Standard) -> None:
        self.clean = {it.key: ItemScore(it, ZERO, it.max_points) for it in standard.point_items}
        self.base_keys = frozenset(it.key for it in standard.point_items if not it.bonus)
        self.items_max = standard.items_max
        full: dict[str, Decimal] = {}
        for it in standard.point_items:
            for path in standard.ancestors[it.key]:
                full[path] = full.get(path, ZERO) + it.max_points
        self.full_categories = full


_plans: dict[int, tuple[Standard, _Plan]] = {}


def _plan(standard: Standard) -> _Plan:
    cached = _plans.get(id(standard))
    if cached is None or cached[0] is not standard:
        if len(_plans) > 64:
            _plans.clear()
        cached = _plans[id(standard)] = (standard, _Plan(standard))
    return cached[1]


def score_sheet(standard: Standard, entries: Iterable[Entry]) -> ScoreResult:
    """Score one subject (a case file, or a unit under a checklist) against a standard."""
    plan = _plan(standard)
    by_key = standard.items_by_key
    deducted: dict[str, Decimal] = {}
    awarded: dict[str, Decimal] = {}
    na: set[str] = set()
    vetoed: set[str] = set()
    reasons: list[str] = []
    for e in entries:
        item = by_key[e.item_key]  # KeyError for an entry that names no item of this standard
        if e.kind is EntryKind.NOT_APPLICABLE:
            na.add(e.item_key)
        elif e.kind is EntryKind.VETO:
            vetoed.add(e.item_key)
        elif e.kind is EntryKind.BONUS:
            awarded[e.item_key] = awarded.get(e.item_key, ZERO) + e.points
            text = f"「{item.text}」加 {_fmt(e.points)} 分"
            reasons.append(f"{text}：{e.reason}" if e.reason else text)
        else:
            deducted[e.item_key] = deducted.get(e.item_key, ZERO) + e.points
            if e.points:
                text = _deduction_text(item, e.points)
                reasons.append(f"{text}：{e.reason}" if e.reason else text)

    items = dict(plan.clean)  # untouched items share one precomputed score each
    drop_na = standard.na_policy is not NaPolicy.FULL_MARKS
    lost: dict[str, Decimal] = {}  # category path → points its items lost
    dropped: dict[str, Decimal] = {}  # category path → maximum of its items dropped as N/A
    loss = na_max = applicable_deducted = ZERO
    for key in na:
        if key not in items:
            continue
        it = by_key[key]
        items[key] = ItemScore(it, ZERO, it.max_points, applicable=not drop_na, not_applicable=True)
        if drop_na:
            na_max += it.max_points
            for path in standard.ancestors[key]:
                dropped[path] = dropped.get(path, ZERO) + it.max_points
    for key, d in deducted.items():
        if key in na or key not in items:
            continue
        it = by_key[key]
        score = max(ZERO, it.max_points - d)
        items[key] = ItemScore(it, d, score)
        applicable_deducted += d
        if score != it.max_points:
            item_loss = it.max_points - score
            loss += item_loss
            for path in standard.ancestors[key]:
                lost[path] = lost.get(path, ZERO) + item_loss
        if d > it.max_points:
            reasons.append(f"「{it.text}」扣完为止，计 0 分（超出部分 {_fmt(d - it.max_points)} 分不计）")
    bonus, gained = _credit_bonus(standard, awarded, na, items, reasons)

    categories = {
        path: CategoryScore(
            path,
            full - lost.get(path, ZERO) - dropped.get(path, ZERO) + gained.get(path, ZERO),
            full - dropped.get(path, ZERO),
        )
        for path, full in plan.full_categories.items()
    }
    applicable_max = plan.items_max - na_max
    if standard.model is ScoreModel.SUM_OF_ITEMS:
        points = applicable_max - loss
        maximum = applicable_max
    else:
        base = standard.declared_total - na_max
        points = max(ZERO, base - applicable_deducted)
        maximum = base
    all_na = bool(plan.base_keys) and drop_na and plan.base_keys <= na
    scale = standard.na_policy is NaPolicy.RESCALE or standard.scale_to_total
    if scale and maximum > 0 and maximum != standard.declared_total:
        # R8/R9: the applicable points, however many, are brought onto the declared total (RESCALE for N/A
        # items, or 折算为百分制 chosen for a standard whose items do not add up to it)
        points = round2(points * standard.declared_total / maximum)
        maximum = standard.declared_total
    if all_na:
        reasons.append("全部评分项目均不适用，无法计分")

    total, grade, veto_items = _apply_vetoes(standard, points + bonus, vetoed, reasons)
    return ScoreResult(
        items=items,
        categories=categories,
        points=points,
        total=total,
        maximum=maximum,
        grade=grade,
        vetoes=veto_items,
        reasons=tuple(reasons),
        all_not_applicable=all_na,
        bonus=bonus,
    )


def _credit_bonus(
    standard: Standard,
    awarded: dict[str, Decimal],
    na: set[str],
    items: dict[str, ItemScore],
    reasons: list[str],
) -> tuple[Decimal, dict[str, Decimal]]:
    """Bonus per item up to its cap, then all of it up to the standard's cap.

    Returns what the total gains, and per category path the item-capped bonus its items earned.
    """
    total = ZERO
    gained: dict[str, Decimal] = {}
    for key, amount in awarded.items():
        it = standard.items_by_key[key]
        if key in na or key not in items or not it.bonus:
            continue
        cap = it.rule.cap if it.rule.cap is not None else amount
        credited = min(amount, cap)
        items[key] = ItemScore(it, ZERO, credited, bonus=amount)
        total += credited
        for path in standard.ancestors[key]:
            gained[path] = gained.get(path, ZERO) + credited
        if amount > cap:
            reasons.append(f"「{it.text}」加分以 {_fmt(cap)} 分为限（超出部分 {_fmt(amount - cap)} 分不计）")
    if standard.bonus_cap is not None and total > standard.bonus_cap:
        reasons.append(f"加分合计 {_fmt(total)} 分，以加分总上限 {_fmt(standard.bonus_cap)} 分为限")
        total = standard.bonus_cap
    return total, gained


def _apply_vetoes(
    standard: Standard, points: Decimal, vetoed: set[str], reasons: list[str]
) -> tuple[Decimal, str, tuple[Item, ...]]:
    """R6: each triggered veto acts per its own effect; the most severe grade effect wins."""
    veto_items = tuple(it for it in standard.veto_items if it.key in vetoed)
    total = points
    labels = [b.label for b in standard.bands]
    worst_grade_index = 0  # 0 = no restriction
    zero = False
    for it in veto_items:
        effect = standard.effect_of(it)
        if effect in (VetoEffect.ZERO_TOTAL, VetoEffect.DEDUCT_ALL):
            zero = True
            reasons.append(f"否决项「{it.text}」：评查总分为 0 分，为不合格卷")
        elif effect is VetoEffect.FAIL_REVIEW:
            worst_grade_index = max(worst_grade_index, len(labels) - 1)
            reasons.append(f"否决项「{it.text}」：评查不及格，等次为{labels[-1]}")
        elif effect is VetoEffect.CAP_GRADE:
            cap = labels.index(it.cap_grade) if it.cap_grade in labels else min(1, len(labels) - 1)
            worst_grade_index = max(worst_grade_index, cap)
            reasons.append(f"否决项「{it.text}」：等次不得高于{labels[cap]}")
        elif effect is VetoEffect.FIXED_DEDUCTION:
            amount = it.veto_points or ZERO
            total = max(ZERO, total - amount)
            reasons.append(f"否决项「{it.text}」：扣 {_fmt(amount)} 分")
    if zero:
        total = ZERO
    grade = grade_for(standard, total)
    if labels.index(grade) < worst_grade_index:
        grade = labels[worst_grade_index]
    return total, grade, veto_items
