"""A scoring standard (评查标准) as data: categories, items, deduction rules, vetoes, grade bands.

A supervision checklist (督察清单) is the same object with `kind = CHECKLIST`: its indicator levels
(一级/二级) are the category path, the 三级 indicator is the item, and the evidence a unit must show is
`Item.evidence`, so the navigator, the scoring panel, the engine and the outputs serve both.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from functools import cached_property
from typing import Any


class RuleKind(StrEnum):
    """How a reviewer records a deduction against an item (扣分标准)."""

    FIXED = "fixed"  # one defect costs exactly `points` (未使用规定文书，扣2分)
    PER_DEFECT = "per_defect"  # `points` per occurrence, item floors at 0 (每项扣1分)
    RANGE = "range"  # any amount in [low, high] on `step` (扣1-3分)
    TIERS = "tiers"  # one of the listed amounts (10 / 5 / 2 / 1 / 0.5)
    FREE = "free"  # any amount up to the item maximum on `step` (wording not regular, or none)
    BINARY = "binary"  # 是否达标: not met costs the whole maximum, nothing in between
    LEVELS = "levels"  # 分档计分: the reviewer picks a level; recorded as max − the level's points
    BONUS = "bonus"  # 加分项: max_points 0; positive bonus entries up to `cap` (and the standard's bonus_cap)


CASE_FILE, CHECKLIST = "case_file", "checklist"  # Standard.kind: 评查标准 / 督察清单


class VetoEffect(StrEnum):
    """What a triggered veto item (否决项) does; the word 一票否决 means different things per issuer."""

    ZERO_TOTAL = "zero_total"  # 总分为零 / 不合格卷
    DEDUCT_ALL = "deduct_all"  # 扣100分, floored at 0
    FAIL_REVIEW = "fail_review"  # grade forced to the lowest band, score unchanged
    CAP_GRADE = "cap_grade"  # grade at most `cap_grade` (基本要素问题 → not 优秀)
    FIXED_DEDUCTION = "fixed_deduction"  # an ordinary deduction of `veto_points` from the total


class ScoreModel(StrEnum):
    SUM_OF_ITEMS = "sum_of_items"  # total = Σ floored item scores (pattern A)
    TOTAL_MINUS_DEDUCTIONS = "total_minus_deductions"  # total = max(0, T − Σ deductions) (pattern B)


class NaPolicy(StrEnum):
    """How an item marked 不适用 counts (R8)."""

    FULL_MARKS = "full_marks"  # N/A counts as no defect: the item keeps its maximum
    RESCALE = "rescale"  # drop it from the denominator and rescale the points to the declared total
    EXCLUDE = "exclude"  # drop it from points and maximum alike; report the raw points


@dataclass(frozen=True)
class DeductionRule:
    kind: RuleKind = RuleKind.FREE
    points: Decimal | None = None  # FIXED, PER_DEFECT
    low: Decimal | None = None  # RANGE
    high: Decimal | None = None  # RANGE
    step: Decimal = Decimal("0.5")  # RANGE, FREE
    tiers: tuple[Decimal, ...] = ()  # TIERS
    levels: tuple[tuple[str, Decimal], ...] = ()  # LEVELS: (label, points awarded), highest first
    cap: Decimal | None = None  # BONUS: the most this item adds; `points`, if set, is one award's amount


@dataclass(frozen=True)
class Item:
    """评查内容: one line of the standard. `key` is stable across versions of one standard."""

    key: str
    category: tuple[str, ...]
    text: str
    max_points: Decimal
    rule: DeductionRule = field(default_factory=DeductionRule)
    rule_text: str = ""  # the published wording, verbatim
    veto: bool = False
    veto_effect: VetoEffect | None = None
    cap_grade: str | None = None  # for CAP_GRADE: the highest grade a vetoed file may get
    veto_points: Decimal | None = None  # for FIXED_DEDUCTION
    na_allowed: bool = False
    evidence: str = ""  # 佐证材料: what the inspected unit must show (checklists)

    @property
    def bonus(self) -> bool:
        """加分项: adds to the total beyond the base maximum instead of deducting."""
        return not self.veto and self.rule.kind is RuleKind.BONUS

    def level_of(self, deduction: Decimal) -> str | None:
        """LEVELS: the label of the level a recorded deduction (max − awarded) stands for."""
        awarded = self.max_points - deduction
        return next((label for label, points in self.rule.levels if points == awarded), None)

    @property
    def category_path(self) -> str:
        return " > ".join(self.category)


@dataclass(frozen=True)
class GradeBand:
    """等次: files scoring at least `minimum` (inclusive) get `label`."""

    label: str
    minimum: Decimal


DEFAULT_BANDS = (
    GradeBand("优秀", Decimal(90)),
    GradeBand("合格", Decimal(60)),
    GradeBand("不合格", Decimal(0)),
)


@dataclass(frozen=True)
class Standard:
    """One version of a scoring standard. Campaigns freeze the version they use."""

    name: str
    items: tuple[Item, ...]
    issuer: str = ""
    case_types: tuple[str, ...] = ()
    declared_total: Decimal = Decimal(100)
    bands: tuple[GradeBand, ...] = DEFAULT_BANDS  # highest first; the last is the fail band
    model: ScoreModel = ScoreModel.SUM_OF_ITEMS
    na_policy: NaPolicy = NaPolicy.FULL_MARKS
    default_veto_effect: VetoEffect = VetoEffect.ZERO_TOTAL
    source_note: str = ""
    kind: str = CASE_FILE  # CASE_FILE (评查标准) or CHECKLIST (督察清单)
    bonus_cap: Decimal | None = None  # the most all bonus items together add; None: only the item caps
    # 折算为百分制: when the items do not add up to the declared total (a form of 109 points), the office may
    # have the points scaled onto it; off, the published points count as they are (R9)
    scale_to_total: bool = False
    id: str | None = None  # set once stored
    lineage_id: str | None = None  # shared by all versions of one standard
    version: int = 1

    @cached_property
    def point_items(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if not i.veto)

    @cached_property
    def veto_items(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.veto)

    @cached_property
    def bonus_items(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.bonus)

    @cached_property
    def bonus_max(self) -> Decimal:
        """The most bonus points can add to a total: Σ item caps, limited by the standard's bonus cap."""
        caps = sum((i.rule.cap or Decimal(0) for i in self.bonus_items), Decimal(0))
        return caps if self.bonus_cap is None else min(caps, self.bonus_cap)

    @cached_property
    def items_max(self) -> Decimal:
        """Σ item maxima over point items; may differ from the declared total (R9)."""
        return sum((i.max_points for i in self.point_items), Decimal(0))

    @cached_property
    def items_by_key(self) -> dict[str, Item]:
        return {it.key: it for it in self.items}

    @cached_property
    def ancestors(self) -> dict[str, tuple[str, ...]]:
        """Item key → the paths of its category and every ancestor, root first (for subtotals)."""
        return {
            it.key: tuple(" > ".join(it.category[:depth]) for depth in range(1, len(it.category) + 1))
            for it in self.items
        }

    def item(self, key: str) -> Item:
        return self.items_by_key[key]

    def item_by_text(self, text: str) -> Item | None:
        """Find an item by its wording as printed (whitespace-insensitive)."""
        wanted = "".join(text.split())
        for it in self.items:
            if "".join(it.text.split()) == wanted:
                return it
        return None

    def categories(self) -> list[str]:
        """Category paths and all their ancestors, in first-seen order."""
        seen: dict[str, None] = {}
        for it in self.items:
            for depth in range(1, len(it.category) + 1):
                seen.setdefault(" > ".join(it.category[:depth]), None)
        return list(seen)

    def effect_of(self, item: Item) -> VetoEffect:
        return item.veto_effect or self.default_veto_effect

    def with_identity(self, *, id: str, lineage_id: str, version: int) -> Standard:
        return replace(self, id=id, lineage_id=lineage_id, version=version)


# --- JSON form, stored as the body of a standard version -----------------------------------------------


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _rule_to_dict(rule: DeductionRule) -> dict[str, Any]:
    return {
        "kind": rule.kind.value,
        "points": None if rule.points is None else str(rule.points),
        "low": None if rule.low is None else str(rule.low),
        "high": None if rule.high is None else str(rule.high),
        "step": str(rule.step),
        "tiers": [str(t) for t in rule.tiers],
        "levels": [[label, str(points)] for label, points in rule.levels],
        "cap": None if rule.cap is None else str(rule.cap),
    }


def _rule_from_dict(d: dict[str, Any]) -> DeductionRule:
    return DeductionRule(
        kind=RuleKind(d["kind"]),
        points=_dec(d.get("points")),
        low=_dec(d.get("low")),
        high=_dec(d.get("high")),
        step=Decimal(str(d.get("step") or "0.5")),
        tiers=tuple(Decimal(str(t)) for t in d.get("tiers") or ()),
        levels=tuple((str(label), Decimal(str(points))) for label, points in d.get("levels") or ()),
        cap=_dec(d.get("cap")),
    )


def standard_to_dict(s: Standard) -> dict[str, Any]:
    return {
        "name": s.name,
        "issuer": s.issuer,
        "case_types": list(s.case_types),
        "declared_total": str(s.declared_total),
        "bands": [{"label": b.label, "minimum": str(b.minimum)} for b in s.bands],
        "model": s.model.value,
        "na_policy": s.na_policy.value,
        "default_veto_effect": s.default_veto_effect.value,
        "source_note": s.source_note,
        "kind": s.kind,
        "bonus_cap": None if s.bonus_cap is None else str(s.bonus_cap),
        "scale_to_total": s.scale_to_total,
        "items": [
            {
                "key": i.key,
                "category": list(i.category),
                "text": i.text,
                "max_points": str(i.max_points),
                "rule": _rule_to_dict(i.rule),
                "rule_text": i.rule_text,
                "veto": i.veto,
                "veto_effect": None if i.veto_effect is None else i.veto_effect.value,
                "cap_grade": i.cap_grade,
                "veto_points": None if i.veto_points is None else str(i.veto_points),
                "na_allowed": i.na_allowed,
                "evidence": i.evidence,
            }
            for i in s.items
        ],
    }


def standard_from_dict(d: dict[str, Any]) -> Standard:
    return Standard(
        name=d["name"],
        issuer=d.get("issuer", ""),
        case_types=tuple(d.get("case_types") or ()),
        declared_total=Decimal(str(d.get("declared_total", "100"))),
        bands=tuple(GradeBand(b["label"], Decimal(str(b["minimum"]))) for b in d["bands"]),
        model=ScoreModel(d.get("model", ScoreModel.SUM_OF_ITEMS.value)),
        na_policy=NaPolicy(d.get("na_policy", NaPolicy.FULL_MARKS.value)),
        default_veto_effect=VetoEffect(d.get("default_veto_effect", VetoEffect.ZERO_TOTAL.value)),
        source_note=d.get("source_note", ""),
        kind=d.get("kind") or CASE_FILE,  # stored before checklists existed: a case-file standard
        bonus_cap=_dec(d.get("bonus_cap")),
        scale_to_total=bool(d.get("scale_to_total")),
        items=tuple(
            Item(
                key=i["key"],
                category=tuple(i["category"]),
                text=i["text"],
                max_points=Decimal(str(i["max_points"])),
                rule=_rule_from_dict(i.get("rule") or {"kind": RuleKind.FREE.value}),
                rule_text=i.get("rule_text", ""),
                veto=bool(i.get("veto")),
                veto_effect=VetoEffect(i["veto_effect"]) if i.get("veto_effect") else None,
                cap_grade=i.get("cap_grade"),
                veto_points=_dec(i.get("veto_points")),
                na_allowed=bool(i.get("na_allowed")),
                evidence=i.get("evidence", ""),
            )
            for i in d["items"]
        ),
    )
