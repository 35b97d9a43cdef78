"""双随机: the reproducible, verifiable random draw of a campaign's case files (and optionally of units).

The algorithm (version ``sha256-seed-casenumber-v1``), in the style of election-audit tools, so that anyone
with the published seed and the case list can re-derive the draw with a few lines of any language:

1. **Key.** Every case file gets the key ``SHA-256(UTF-8(seed + "\\n" + 案号))``, written as lowercase
   hexadecimal. (Comparing the hex digests as text orders them exactly like the raw 32-byte digests.)
2. **Units (optional, ``departments=D``).** Each department (group) gets the key
   ``SHA-256(UTF-8(seed + "\\n" + department name))``; the departments are ordered by that key (then by
   name) and the first D take part. Without ``departments`` every department takes part.
3. **Unit-chosen files (optional).** Files the unit chose itself (selection ``unit_chosen``) are always
   included, besides the random ones, and leave the random population of their department.
4. **Quota per department**, from n = the number of its files left for the random draw:
   ``per_department=K`` gives k = K; ``share=P`` (0 < P ≤ 1) gives k = ⌈P × n⌉ computed exactly in
   decimal. Then k is raised to ``minimum`` and lowered to ``maximum`` when they are given, and never
   exceeds n.
5. **Draw.** Within each department the files are ordered by key (then by 案号, for a tie that cannot
   happen in practice) and the first k are drawn (selection ``random``), ranked 1..k in that order. The
   department's unit-chosen files follow, ranked k+1.. in key order.
6. **Population hash.** ``SHA-256(UTF-8("\\n".join(sorted 案号)))`` over the whole population (all the
   campaign's files, before any exclusion), with 案号 sorted by Unicode code point. It proves which case
   list the draw was made from.

The result lists the drawn files by department name (code-point order), then rank.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from workbench.common.errors import QT_TRANSLATE_NOOP, UserError

ALGORITHM = "sha256-seed-casenumber-v1"
RANDOM = "random"
UNIT_CHOSEN = "unit_chosen"


# --- errors --------------------------------------------------------------------------------------------


class SeedMissing(UserError):
    code = "draw_seed_missing"
    template = QT_TRANSLATE_NOOP("UserError", "随机种子不能为空：请给出公开的随机种子（--seed）。")


class QuotaMissing(UserError):
    code = "draw_quota_missing"
    template = QT_TRANSLATE_NOOP(
        "UserError", "请指定每个部门抽取的件数（--per-department）或比例（--share），二者选其一。"
    )


class QuotaConflict(UserError):
    code = "draw_quota_conflict"
    template = QT_TRANSLATE_NOOP(
        "UserError", "每个部门抽取的件数（--per-department）与比例（--share）只能指定其一。"
    )


class ShareOutOfRange(UserError):
    code = "draw_share_out_of_range"
    template = QT_TRANSLATE_NOOP("UserError", "抽取比例 {value} 无效：应大于 0 且不超过 1（如 0.1 或 10%）。")


class CountOutOfRange(UserError):
    code = "draw_count_out_of_range"
    template = QT_TRANSLATE_NOOP("UserError", "「{field}」为 {value}，无效：应为不小于 {low} 的整数。")


class MinimumAboveMaximum(UserError):
    code = "draw_minimum_above_maximum"
    template = QT_TRANSLATE_NOOP("UserError", "每个部门最少抽取 {minimum} 件，多于最多抽取的 {maximum} 件。")


class UnknownUnitChosen(UserError):
    code = "draw_unknown_unit_chosen"
    template = QT_TRANSLATE_NOOP("UserError", "单位自选案卷不在本次评查的案卷范围内：{numbers}")


class EmptyPopulation(UserError):
    code = "draw_empty_population"
    template = QT_TRANSLATE_NOOP("UserError", "没有可供抽取的案卷：案卷范围为空。")


class DuplicateCaseNumber(UserError):
    code = "draw_duplicate_case_number"
    template = QT_TRANSLATE_NOOP("UserError", "案卷范围中有重复的案号，无法抽取：{numbers}")


# --- the pure draw -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DrawPlan:
    seed: str
    per_department: int | None = None
    share: Decimal | None = None
    minimum: int | None = None
    maximum: int | None = None
    departments: int | None = None
    unit_chosen: tuple[str, ...] = ()

    def to_params(self) -> dict[str, Any]:
        """The parameters as recorded with the draw (JSON-ready; the seed is stored on its own)."""
        return {
            "per_department": self.per_department,
            "share": None if self.share is None else str(self.share),
            "minimum": self.minimum,
            "maximum": self.maximum,
            "departments": self.departments,
            "unit_chosen": list(self.unit_chosen),
        }

    @classmethod
    def from_params(cls, seed: str, params: dict[str, Any]) -> DrawPlan:
        share = params.get("share")
        return cls(
            seed=seed,
            per_department=params.get("per_department"),
            share=None if share is None else Decimal(share),
            minimum=params.get("minimum"),
            maximum=params.get("maximum"),
            departments=params.get("departments"),
            unit_chosen=tuple(params.get("unit_chosen") or ()),
        )


class DrawnFile(NamedTuple):
    case_number: str
    group: str
    rank: int
    selection: str  # RANDOM or UNIT_CHOSEN


@dataclass(frozen=True)
class DrawResult:
    drawn: list[DrawnFile]
    population_hash: str
    population_size: int
    groups: tuple[str, ...]  # the departments that took part, in name order


def parse_share(text: str) -> Decimal:
    """A share typed by the user ('0.1' or '10%') as an exact Decimal; the range is checked by validate()."""
    raw = text.strip()
    try:
        value = Decimal(raw[:-1]) / 100 if raw.endswith(("%", "％")) else Decimal(raw)
    except InvalidOperation:
        raise ShareOutOfRange(field="share", value=text) from None
    if not value.is_finite():
        raise ShareOutOfRange(field="share", value=text)
    return value


def validate(plan: DrawPlan) -> None:
    if not plan.seed or not plan.seed.strip():
        raise SeedMissing(field="seed")
    if plan.per_department is None and plan.share is None:
        raise QuotaMissing()
    if plan.per_department is not None and plan.share is not None:
        raise QuotaConflict()
    if plan.share is not None and not (0 < plan.share <= 1):
        raise ShareOutOfRange(field="share", value=plan.share)
    for field, value, low in (
        ("per_department", plan.per_department, 0),
        ("minimum", plan.minimum, 0),
        ("maximum", plan.maximum, 0),
        ("departments", plan.departments, 1),
    ):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < low):
            raise CountOutOfRange(field=field, value=value, low=low)
    if plan.minimum is not None and plan.maximum is not None and plan.minimum > plan.maximum:
        raise MinimumAboveMaximum(minimum=plan.minimum, maximum=plan.maximum)


def quota(plan: DrawPlan, n: int) -> int:
    """How many files to draw at random from a department with n files left for the random draw."""
    k = int(plan.per_department or 0) if plan.share is None else math.ceil(plan.share * n)
    if plan.minimum is not None:
        k = max(k, plan.minimum)
    if plan.maximum is not None:
        k = min(k, plan.maximum)
    return max(0, min(k, n))


def object_key(seed: str, case_number: str) -> str:
    """The documented key of one case file: hex SHA-256 of UTF-8 ``seed + "\\n" + 案号``."""
    return hashlib.sha256(f"{seed}\n{case_number}".encode()).hexdigest()


def group_key(seed: str, group: str) -> str:
    """The documented key of one department for the draw of units."""
    return hashlib.sha256(f"{seed}\n{group}".encode()).hexdigest()


def population_hash(case_numbers: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(sorted(case_numbers)).encode()).hexdigest()


def draw(population: Sequence[tuple[str, str]], plan: DrawPlan) -> DrawResult:
    """Draw from (案号, department) pairs by the module's documented algorithm; input order is irrelevant."""
    validate(plan)
    if not population:
        raise EmptyPopulation()
    numbers = [p[0] for p in population]
    if len(set(numbers)) != len(numbers):
        dups = sorted(c for c, count in Counter(numbers).items() if count > 1)
        raise DuplicateCaseNumber(numbers="、".join(dups[:20]))
    group_of = dict(population)
    chosen = tuple(dict.fromkeys(plan.unit_chosen))  # unique, first-given order
    unknown = [c for c in chosen if c not in group_of]
    if unknown:
        raise UnknownUnitChosen(numbers="、".join(unknown))

    all_groups = set(group_of.values())
    if plan.departments is not None and plan.departments < len(all_groups):
        ranked = sorted(all_groups, key=lambda g: (group_key(plan.seed, g), g))
        groups = set(ranked[: plan.departments])
    else:
        groups = all_groups

    # Hash: one copy of the seed's running state per object (the raw digest orders like its hex form).
    base = hashlib.sha256(f"{plan.seed}\n".encode())
    copy = base.copy
    chosen_set = set(chosen)
    buckets: dict[str, list[tuple[bytes, str]]] = {g: [] for g in groups}
    every = len(groups) == len(all_groups)
    for number, group in population:
        if number in chosen_set or not (every or group in groups):
            continue
        h = copy()
        h.update(number.encode())
        buckets[group].append((h.digest(), number))

    chosen_by_group: dict[str, list[str]] = {}
    for number in chosen:
        chosen_by_group.setdefault(group_of[number], []).append(number)

    drawn: list[DrawnFile] = []
    for group in sorted(groups | chosen_by_group.keys()):
        bucket = buckets.get(group, [])
        bucket.sort()
        k = quota(plan, len(bucket)) if group in groups else 0
        drawn.extend(DrawnFile(number, group, i, RANDOM) for i, (_, number) in enumerate(bucket[:k], 1))
        extra = sorted(chosen_by_group.get(group, ()), key=lambda c: (object_key(plan.seed, c), c))
        drawn.extend(DrawnFile(number, group, i, UNIT_CHOSEN) for i, number in enumerate(extra, k + 1))
    return DrawResult(drawn, population_hash(numbers), len(numbers), tuple(sorted(groups)))
