"""The recheck rule: a line any reviewer falls below, differing grades, or a gap between totals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from workbench.campaigns.recheck_rule import BadRecheckRule, RecheckRule, recheck_reasons, rule_from_dict
from workbench.scoring.engine import ScoreResult


def result(total: str, grade: str) -> ScoreResult:
    t = Decimal(total)
    return ScoreResult(items={}, categories={}, points=t, total=t, maximum=Decimal(100), grade=grade)


def test_below_the_line_flags_even_when_reviewers_agree():
    rule = RecheckRule(below=Decimal(70), grades_differ=False)
    assert recheck_reasons(rule, [result("65", "合格"), result("65", "合格")]) == ["有评查人总分低于 70 分"]
    assert recheck_reasons(rule, [result("70", "合格"), result("71", "合格")]) == []


def test_differing_grades_and_gap():
    rule = RecheckRule(below=None, grades_differ=True, gap=Decimal(5))
    reasons = recheck_reasons(rule, [result("91", "优秀"), result("84", "合格")])
    assert reasons == ["评查人评定等次不同", "评查人总分相差超过 5 分"]
    assert recheck_reasons(rule, [result("85", "合格"), result("80", "合格")]) == []  # exactly 5: not more


def test_rule_round_trips_and_rejects_nonsense():
    rule = RecheckRule(below=Decimal(60), grades_differ=False, gap=Decimal("7.5"))
    assert rule_from_dict(rule.to_dict()) == rule
    assert rule_from_dict({}) == rule_from_dict(None)
    with pytest.raises(BadRecheckRule, match="gap"):
        rule_from_dict({"gap": "十分"})
    with pytest.raises(BadRecheckRule, match="below"):
        rule_from_dict({"below": "-1"})
