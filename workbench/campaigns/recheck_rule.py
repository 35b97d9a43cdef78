"""复核规则: when the reviewers' submitted scores of a file send it to the lead for a recheck.

Real practice (domain README §2.5): recheck when any reviewer's total is below a line (60 or 70), when
the reviewers' grades differ, or when their totals are more than N points apart. Files whose reviewers
disagree on any item always need the lead's item-by-item decision; the rule decides which files the
lead must look at even when they agree, and which are listed first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.scoring import ScoreResult


class BadRecheckRule(UserError):
    code = "bad_recheck_rule"
    template = QT_TRANSLATE_NOOP("UserError", "复核规则“{field}”的值“{value}”无效：{why}")


@dataclass(frozen=True)
class RecheckRule:
    below: Decimal | None = None  # any reviewer's total under this line
    grades_differ: bool = True
    gap: Decimal | None = None  # totals more than this many points apart

    def to_dict(self) -> dict[str, Any]:
        return {
            "below": None if self.below is None else str(self.below),
            "grades_differ": self.grades_differ,
            "gap": None if self.gap is None else str(self.gap),
        }


DEFAULT_RULE = RecheckRule(below=Decimal(60), grades_differ=True, gap=None)


def _amount(data: dict[str, Any], name: str) -> Decimal | None:
    value = data.get(name)
    if value in (None, ""):
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise BadRecheckRule(field=name, value=value, why="不是数字") from None
    if not amount.is_finite() or amount < 0:
        raise BadRecheckRule(field=name, value=value, why="应为不小于 0 的数")
    return amount


def rule_from_dict(data: dict[str, Any] | None) -> RecheckRule:
    """The campaign's stored rule; an empty one is the default (below 60, grades differ)."""
    if not data:
        return DEFAULT_RULE
    return RecheckRule(
        below=_amount(data, "below"),
        grades_differ=bool(data.get("grades_differ", False)),
        gap=_amount(data, "gap"),
    )


def recheck_reasons(rule: RecheckRule, results: Sequence[ScoreResult]) -> list[str]:
    """Why the rule flags these reviewers' results (Chinese, for the lead); empty when it does not."""
    if not results:
        return []
    reasons = []
    totals = [r.total for r in results]
    if rule.below is not None and min(totals) < rule.below:
        reasons.append(f"有评查人总分低于 {rule.below:f} 分")
    if rule.grades_differ and len({r.grade for r in results}) > 1:
        reasons.append("评查人评定等次不同")
    if rule.gap is not None and max(totals) - min(totals) > rule.gap:
        reasons.append(f"评查人总分相差超过 {rule.gap:f} 分")
    return reasons
