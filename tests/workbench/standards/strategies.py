"""Hypothesis strategies: random valid standards using every field the workbook must carry."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from workbench.standards.model import (
    DeductionRule,
    GradeBand,
    Item,
    NaPolicy,
    RuleKind,
    ScoreModel,
    Standard,
    VetoEffect,
)
from workbench.standards.validate import CASE_TYPES, LEVEL_FORBIDDEN, STANDARD_KINDS

# Chinese, ASCII, full-width punctuation, spaces and newlines inside; "=" to test formula-looking text.
ALPHABET = "评查案卷文书立案调查取证送达结案扣分每项处甲乙丙abcXYZ0123456789 -=、，。（）()/.%\n"
halves = st.integers(min_value=1, max_value=60).map(lambda n: Decimal(n) / 2)
steps = st.sampled_from([Decimal("0.5"), Decimal("0.25"), Decimal(1)])


def words(alphabet: str = ALPHABET, max_size: int = 16) -> st.SearchStrategy[str]:
    return st.text(alphabet=alphabet, min_size=1, max_size=max_size).map(str.strip).filter(bool)


maybe_words = st.one_of(st.just(""), words())
category_names = words(ALPHABET.replace("\n", ""), 8)


@st.composite
def rules(draw: st.DrawFn, max_points: Decimal, *, bonus: bool = True) -> DeductionRule:
    kind = draw(st.sampled_from([k for k in RuleKind if bonus or k is not RuleKind.BONUS]))
    step = draw(steps)
    if kind in (RuleKind.FIXED, RuleKind.PER_DEFECT):
        return DeductionRule(kind, points=draw(halves), step=step)
    if kind is RuleKind.RANGE:
        high = draw(st.integers(1, int(max_points * 2)).map(lambda n: Decimal(n) / 2))
        low = draw(st.integers(0, int(high * 2)).map(lambda n: Decimal(n) / 2))
        return DeductionRule(kind, low=low, high=high, step=step)
    if kind is RuleKind.TIERS:
        return DeductionRule(kind, tiers=tuple(draw(st.lists(halves, min_size=1, max_size=5))), step=step)
    if kind is RuleKind.LEVELS:
        return DeductionRule(kind, levels=draw(levels(max_points)), step=step)
    if kind is RuleKind.BONUS:
        cap = draw(halves)
        points = draw(st.one_of(st.none(), st.integers(1, int(cap * 2)).map(lambda n: Decimal(n) / 2)))
        return DeductionRule(kind, points=points, step=step, cap=cap)
    return DeductionRule(kind, step=step)


level_labels = words("".join(c for c in ALPHABET if c not in LEVEL_FORBIDDEN), 6)


@st.composite
def levels(draw: st.DrawFn, max_points: Decimal) -> tuple[tuple[str, Decimal], ...]:
    """2–4 levels, the top one the item's maximum, labels and points all different."""
    below = draw(st.lists(st.integers(0, int(max_points * 2) - 1), min_size=1, max_size=3, unique=True))
    points = [max_points, *(Decimal(n) / 2 for n in sorted(below, reverse=True))]
    labels = draw(st.lists(level_labels, min_size=len(points), max_size=len(points), unique=True))
    return tuple(zip(labels, points, strict=True))


@st.composite
def bands(draw: st.DrawFn) -> tuple[GradeBand, ...]:
    labels = draw(
        st.lists(words(max_size=4).filter(lambda t: "\n" not in t), min_size=2, max_size=6, unique=True)
    )
    minima = sorted(draw(st.lists(halves, min_size=len(labels) - 1, max_size=len(labels) - 1, unique=True)))
    return tuple(
        GradeBand(label, m) for label, m in zip(labels, [*reversed(minima), Decimal(0)], strict=True)
    )


@st.composite
def veto_items(
    draw: st.DrawFn,
    key: str,
    category: tuple[str, ...],
    text: str,
    wording: str,
    default: VetoEffect,
    labels: list,
) -> Item:
    effect = draw(st.one_of(st.none(), st.sampled_from(list(VetoEffect))))
    effective = effect or default
    cap = draw(st.one_of(st.none(), st.sampled_from(labels))) if effective is VetoEffect.CAP_GRADE else None
    points = draw(halves) if effective is VetoEffect.FIXED_DEDUCTION else None
    return Item(
        key, category, text, Decimal(0), rule_text=wording, veto=True, veto_effect=effect, cap_grade=cap,
        veto_points=points,
    )  # fmt: skip


@st.composite
def standards(draw: st.DrawFn) -> Standard:
    grade_bands = draw(bands())
    labels = [b.label for b in grade_bands]
    default_effect = draw(st.sampled_from(list(VetoEffect)))
    keys = draw(st.lists(words("ABCKVXYZ0123456789-_", 6), min_size=1, max_size=14, unique=True))
    items = []
    for n, key in enumerate(keys):
        category = tuple(draw(st.lists(category_names, min_size=1, max_size=3)))
        text, wording = draw(words()), draw(maybe_words)
        if n and draw(st.integers(0, 3)) == 0:
            items.append(draw(veto_items(key, category, text, wording, default_effect, labels)))
            continue
        mx = draw(halves)
        rule = draw(rules(mx, bonus=n > 0))  # the first item keeps a base point item in every standard
        evidence = draw(maybe_words)
        if rule.kind is RuleKind.BONUS:  # bonus points sit outside the base maximum and are never N/A
            items.append(Item(key, category, text, Decimal(0), rule, wording, evidence=evidence))
            continue
        na = draw(st.booleans())
        items.append(Item(key, category, text, mx, rule, wording, na_allowed=na, evidence=evidence))
    return Standard(
        name=draw(words()),
        items=tuple(items),
        issuer=draw(maybe_words),
        case_types=tuple(draw(st.lists(st.sampled_from(list(CASE_TYPES)), unique=True, max_size=3))),
        declared_total=draw(st.one_of(st.just(Decimal(100)), halves)),
        bands=grade_bands,
        model=draw(st.sampled_from(list(ScoreModel))),
        na_policy=draw(st.sampled_from(list(NaPolicy))),
        default_veto_effect=default_effect,
        source_note=draw(maybe_words),
        kind=draw(st.sampled_from(list(STANDARD_KINDS))),
        bonus_cap=draw(st.one_of(st.none(), halves)),
    )
