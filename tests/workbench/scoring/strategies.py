"""Hypothesis strategies: random valid standards and checklists, and the entries a reviewer could record."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from workbench.scoring import Entry, EntryKind, level_deductions
from workbench.standards import (
    DeductionRule,
    GradeBand,
    Item,
    NaPolicy,
    RuleKind,
    ScoreModel,
    Standard,
    VetoEffect,
)

halves = st.integers(min_value=1, max_value=40).map(lambda n: Decimal(n) / 2)


@st.composite
def rules(draw, max_points: Decimal, bonus: bool = True) -> DeductionRule:
    kind = draw(st.sampled_from([k for k in RuleKind if bonus or k is not RuleKind.BONUS]))
    if kind in (RuleKind.FIXED, RuleKind.PER_DEFECT):
        return DeductionRule(kind, points=draw(halves))
    if kind is RuleKind.RANGE:
        low = draw(halves)
        return DeductionRule(kind, low=low, high=low + draw(halves))
    if kind is RuleKind.TIERS:
        return DeductionRule(kind, tiers=tuple(sorted(set(draw(st.lists(halves, min_size=1, max_size=4))))))
    if kind is RuleKind.LEVELS:
        below = draw(st.lists(st.integers(0, int(max_points * 2) - 1), min_size=1, max_size=3, unique=True))
        points = [max_points, *(Decimal(n) / 2 for n in sorted(below, reverse=True))]
        return DeductionRule(kind, levels=tuple((f"档{n}", p) for n, p in enumerate(points)))
    if kind is RuleKind.BONUS:
        cap = draw(halves)
        award = draw(
            st.sampled_from([a for a in (None, Decimal("0.5"), Decimal(1)) if a is None or a <= cap])
        )
        return DeductionRule(kind, points=award, cap=cap)
    return DeductionRule(kind)


@st.composite
def standards(draw, model: ScoreModel | None = None, na_policy: NaPolicy | None = None) -> Standard:
    items = []
    for n in range(draw(st.integers(1, 12))):
        mx = draw(st.integers(1, 30).map(lambda v: Decimal(v) / 2))
        cat = draw(st.sampled_from([("卷面",), ("内容", "立案"), ("内容", "调查取证")]))
        rule = draw(rules(mx, bonus=n > 0))  # the first item is always a base point item
        if rule.kind is RuleKind.BONUS:
            items.append(Item(f"I{n}", ("加分项",), f"加分{n}", Decimal(0), rule))
            continue
        items.append(Item(f"I{n}", cat, f"项目{n}", mx, rule, na_allowed=draw(st.booleans())))
    for n in range(draw(st.integers(0, 3))):
        effect = draw(st.sampled_from(list(VetoEffect)))
        items.append(
            Item(
                f"V{n}",
                ("基本标准",),
                f"否决{n}",
                Decimal(0),
                veto=True,
                veto_effect=effect,
                cap_grade="合格" if effect is VetoEffect.CAP_GRADE else None,
                veto_points=Decimal(5) if effect is VetoEffect.FIXED_DEDUCTION else None,
            )
        )
    four = draw(st.booleans())
    bands = (
        (GradeBand("优秀", Decimal(90)), GradeBand("良好", Decimal(80)), GradeBand("合格", Decimal(60)))
        if four
        else (GradeBand("优秀", Decimal(90)), GradeBand("合格", Decimal(60)))
    ) + (GradeBand("不合格", Decimal(0)),)
    total = sum((i.max_points for i in items if not i.veto), Decimal(0))
    return Standard(
        name="随机标准",
        items=tuple(items),
        declared_total=draw(st.sampled_from([Decimal(100), total])),
        bands=bands,
        model=model or draw(st.sampled_from(list(ScoreModel))),
        na_policy=na_policy or draw(st.sampled_from(list(NaPolicy))),
        bonus_cap=draw(st.one_of(st.none(), halves)),
    )


@st.composite
def deduction_for(draw, item: Item) -> Entry:
    r = item.rule
    if r.kind is RuleKind.FIXED:
        return Entry(item.key, points=r.points)
    if r.kind is RuleKind.PER_DEFECT:
        count = draw(st.integers(1, 6))
        return Entry(item.key, points=r.points * count, count=count)
    if r.kind is RuleKind.RANGE:
        steps = int((r.high - r.low) / r.step)
        return Entry(item.key, points=r.low + r.step * draw(st.integers(0, steps)))
    if r.kind is RuleKind.TIERS:
        return Entry(item.key, points=draw(st.sampled_from(r.tiers)))
    if r.kind is RuleKind.BINARY:
        return Entry(item.key, points=item.max_points)
    if r.kind is RuleKind.LEVELS:
        return Entry(item.key, points=draw(st.sampled_from(level_deductions(item))))
    if r.kind is RuleKind.BONUS:
        return draw(bonus_for(item))
    steps = int(item.max_points / r.step)
    return Entry(item.key, points=r.step * draw(st.integers(1, max(1, steps))))


@st.composite
def bonus_for(draw, item: Item) -> Entry:
    """A bonus a reviewer could record: whole awards, or any amount on the step, never above the cap."""
    r = item.rule
    if r.points:
        count = draw(st.integers(1, max(1, int(r.cap / r.points))))
        return Entry(item.key, EntryKind.BONUS, points=r.points * count, count=count)
    return Entry(item.key, EntryKind.BONUS, points=r.step * draw(st.integers(1, int(r.cap / r.step))))


@st.composite
def entries_for(draw, standard: Standard, vetoes: bool = True, na: bool = True) -> list[Entry]:
    out: list[Entry] = []
    for it in standard.point_items:
        if na and it.na_allowed and draw(st.booleans()) and draw(st.booleans()):
            out.append(Entry(it.key, EntryKind.NOT_APPLICABLE, reason="不适用"))
            continue
        for _ in range(draw(st.integers(0, 2))):
            out.append(draw(deduction_for(it)))
    if vetoes:
        for it in standard.veto_items:
            if draw(st.booleans()):
                out.append(Entry(it.key, EntryKind.VETO, reason="发现否决情形"))
    return out
