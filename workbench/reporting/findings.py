"""What one file's final score records, as the documents list it: its deductions (each with the part the
item floor counted), its veto findings and its items marked not applicable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from workbench.review.results import FileResult
from workbench.scoring import Entry, EntryKind
from workbench.scoring.engine import ZERO
from workbench.standards.model import Item, ScoreModel, Standard, VetoEffect

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


@dataclass(frozen=True, slots=True)
class VetoFinding:
    """One veto item a file's final score found triggered (否决项), with what it did to the file."""

    case_number: str
    department: str
    category: str
    item_key: str
    item_text: str
    effect: VetoEffect
    effect_text: str  # 总分计0分，等次为不合格 / 等次不得高于合格 / 扣5分
    reason: str
    page: int | None
    reviewer: str


@dataclass(frozen=True, slots=True)
class NotApplicable:
    """One item a file's final score marked 不适用 (N/A), as the workbook lists it."""

    case_number: str
    department: str
    category: str
    item_key: str
    item_text: str
    reason: str
    page: int | None
    reviewer: str


def reviewer_label(result: FileResult) -> str:
    """评查人: the reviewers who scored the file, and the lead who settled it as 复核 (not the lead alone)."""
    names = "、".join(result.reviewers)
    if not result.decided_by:
        return names
    return f"{names}（复核：{result.decided_by}）" if names else f"{result.decided_by}（复核）"


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


SEVERITY = {
    VetoEffect.ZERO_TOTAL: 0,
    VetoEffect.DEDUCT_ALL: 0,
    VetoEffect.FAIL_REVIEW: 1,
    VetoEffect.CAP_GRADE: 2,
    VetoEffect.FIXED_DEDUCTION: 3,
}


def veto_effect_text(standard: Standard, item: Item) -> str:
    """What a triggered veto item does to a file, in the words of the engine's rule (R6)."""
    labels = [b.label for b in standard.bands]
    effect = standard.effect_of(item)
    if effect in (VetoEffect.ZERO_TOTAL, VetoEffect.DEDUCT_ALL):
        return f"总分计0分，等次为{labels[-1]}"
    if effect is VetoEffect.FAIL_REVIEW:
        return f"等次为{labels[-1]}"
    if effect is VetoEffect.CAP_GRADE:
        cap = item.cap_grade if item.cap_grade in labels else labels[min(1, len(labels) - 1)]
        return f"等次不得高于{cap}"
    amount = item.veto_points or ZERO
    return f"扣{format(amount.normalize(), 'f')}分"


def file_vetoes(standard: Standard, result: FileResult) -> list[VetoFinding]:
    """The final entries' veto findings that the engine applied, in standard order."""
    if result.result is None or not result.result.vetoes:
        return []
    applied = {it.key: it for it in result.result.vetoes}
    out = []
    seen = set()
    for e in result.entries:
        item = applied.get(e.item_key)
        if e.kind is not EntryKind.VETO or item is None or e.item_key in seen:
            continue
        seen.add(e.item_key)
        out.append(
            VetoFinding(
                case_number=result.case_number,
                department=result.department,
                category=item.category_path,
                item_key=item.key,
                item_text=item.text,
                effect=standard.effect_of(item),
                effect_text=veto_effect_text(standard, item),
                reason=e.reason,
                page=e.page,
                reviewer=reviewer_label(result),
            )
        )
    order = {it.key: i for i, it in enumerate(standard.items)}
    return sorted(out, key=lambda v: order.get(v.item_key, len(order)))


def file_not_applicable(standard: Standard, result: FileResult) -> list[NotApplicable]:
    """The final entries' N/A marks, in standard order."""
    if result.result is None:
        return []
    order = {it.key: i for i, it in enumerate(standard.items)}
    items = standard.items_by_key
    marks = [e for e in result.entries if e.kind is EntryKind.NOT_APPLICABLE and e.item_key in items]
    return [
        NotApplicable(
            case_number=result.case_number,
            department=result.department,
            category=items[e.item_key].category_path,
            item_key=e.item_key,
            item_text=items[e.item_key].text,
            reason=e.reason,
            page=e.page,
            reviewer=reviewer_label(result),
        )
        for e in sorted(marks, key=lambda e: order.get(e.item_key, len(order)))
    ]
