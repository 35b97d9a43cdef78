"""R2/R3: is a recorded deduction or bonus one the item's rule allows? Checked before anything is stored."""

from __future__ import annotations

from decimal import Decimal

from workbench.common.errors import QT_TRANSLATE_NOOP, DeductionNotAllowed, NotApplicableNotAllowed, UserError
from workbench.scoring.engine import ZERO, Entry, EntryKind
from workbench.standards.model import Item, RuleKind


class BonusNotAllowed(UserError):
    code = "bonus_not_allowed"
    template = QT_TRANSLATE_NOOP("UserError", "{where}评查项目「{item}」不允许加 {value} 分：{why}")


def _on_step(value: Decimal, start: Decimal, step: Decimal) -> bool:
    return step <= 0 or (value - start) % step == 0


def _fmt(value: Decimal) -> str:
    return format(value.normalize(), "f")


def allowed_amounts(item: Item) -> str:
    """The rule in words, for error messages and tooltips."""
    r = item.rule
    match r.kind:
        case RuleKind.FIXED:
            return f"只能扣 {_fmt(r.points or ZERO)} 分"
        case RuleKind.PER_DEFECT:
            return f"每处扣 {_fmt(r.points or ZERO)} 分，按处数累计，扣完为止"
        case RuleKind.RANGE:
            return f"扣 {_fmt(r.low or ZERO)}–{_fmt(r.high or ZERO)} 分，以 {_fmt(r.step)} 分为单位"
        case RuleKind.TIERS:
            return "只能扣 " + " / ".join(_fmt(t) for t in r.tiers) + " 分之一"
        case RuleKind.BINARY:
            return f"达标得 {_fmt(item.max_points)} 分，未达标不得分"
        case RuleKind.LEVELS:
            return "按档次得分：" + " / ".join(f"{label} {_fmt(p)} 分" for label, p in r.levels)
        case RuleKind.BONUS:
            cap = _fmt(r.cap or ZERO)
            if r.points:
                return f"每项加 {_fmt(r.points)} 分，最多加 {cap} 分"
            return f"加分不超过 {cap} 分，以 {_fmt(r.step)} 分为单位"
        case _:
            return f"扣分不超过 {_fmt(item.max_points)} 分，以 {_fmt(r.step)} 分为单位"


def level_deductions(item: Item) -> tuple[Decimal, ...]:
    """LEVELS: the deductions (max − awarded) a reviewer may record, one per level below the top."""
    return tuple(item.max_points - p for _, p in item.rule.levels if p < item.max_points)


def check_deduction(item: Item, points: Decimal, count: int | None = None, *, where: str = "") -> Decimal:
    """Validate one deduction; return the points it deducts (per-defect: points × count)."""

    def refuse(why: str) -> DeductionNotAllowed:
        return DeductionNotAllowed(where=where, item=item.text, value=_fmt(points), why=why)

    if item.veto:
        raise refuse("这是否决项，应记录为否决情形，不扣分")
    if points <= 0:
        raise refuse("扣分必须大于 0")
    r = item.rule
    match r.kind:
        case RuleKind.FIXED:
            if points != r.points:
                raise refuse(allowed_amounts(item))
        case RuleKind.PER_DEFECT:
            unit = r.points or ZERO
            if count is not None:
                if count < 1 or points != unit * count:
                    raise refuse(f"{count} 处应扣 {_fmt(unit * max(count, 0))} 分")
            elif unit <= 0 or points % unit != 0:
                raise refuse(allowed_amounts(item))
        case RuleKind.RANGE:
            low, high = r.low or ZERO, r.high or item.max_points
            if not (low <= points <= high) or not _on_step(points, low, r.step):
                raise refuse(allowed_amounts(item))
        case RuleKind.TIERS:
            if points not in r.tiers:
                raise refuse(allowed_amounts(item))
        case RuleKind.BINARY:
            if points != item.max_points:
                raise refuse(f"是否达标项目未达标时扣除全部 {_fmt(item.max_points)} 分，不能部分扣分")
        case RuleKind.LEVELS:
            if points not in level_deductions(item):
                raise refuse(allowed_amounts(item))
        case RuleKind.BONUS:
            raise refuse("这是加分项，应记录加分，不扣分")
        case RuleKind.FREE:
            if points > item.max_points or not _on_step(points, ZERO, r.step):
                raise refuse(allowed_amounts(item))
    return points


def check_bonus(item: Item, points: Decimal, count: int | None = None, *, where: str = "") -> Decimal:
    """Validate one bonus (加分): positive, within the item's cap, in whole awards or on the step."""

    def refuse(why: str) -> BonusNotAllowed:
        return BonusNotAllowed(where=where, item=item.text, value=_fmt(points), why=why)

    r = item.rule
    if not item.bonus:
        raise refuse("这不是加分项")
    if points <= 0:
        raise refuse("加分必须大于 0")
    if r.cap is not None and points > r.cap:
        raise refuse(allowed_amounts(item))
    if r.points:
        if count is not None and (count < 1 or points != r.points * count):
            raise refuse(f"{count} 项应加 {_fmt(r.points * max(count, 0))} 分")
        if points % r.points != 0:
            raise refuse(allowed_amounts(item))
    elif not _on_step(points, ZERO, r.step):
        raise refuse(allowed_amounts(item))
    return points


def check_entry(item: Item, entry: Entry, *, where: str = "") -> None:
    """Validate any entry against its item before it is stored."""
    if entry.kind is EntryKind.DEDUCTION:
        check_deduction(item, entry.points, entry.count, where=where)
    elif entry.kind is EntryKind.BONUS:
        check_bonus(item, entry.points, entry.count, where=where)
    elif entry.kind is EntryKind.NOT_APPLICABLE and not item.na_allowed:
        raise NotApplicableNotAllowed(where=where, item=item.text)
    elif entry.kind is EntryKind.VETO and not item.veto:
        raise DeductionNotAllowed(where=where, item=item.text, value="—", why="这不是否决项")
