"""Invariants of the one scoring engine, over random standards and recorded entries."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from tests.workbench.scoring.strategies import deduction_for, entries_for, standards
from workbench.scoring import check_entry, grade_for, score_sheet
from workbench.standards import NaPolicy, ScoreModel


@given(st.data())
def test_total_stays_between_zero_and_the_maximum(data):
    standard = data.draw(standards())
    result = score_sheet(standard, data.draw(entries_for(standard)))
    assert Decimal(0) <= result.total <= result.maximum
    for s in result.items.values():
        assert Decimal(0) <= s.score <= s.item.max_points


@given(st.data())
def test_total_is_the_sum_of_item_scores_when_no_veto_applies(data):
    standard = data.draw(standards(model=ScoreModel.SUM_OF_ITEMS, na_policy=NaPolicy.FULL_MARKS))
    result = score_sheet(standard, data.draw(entries_for(standard, vetoes=False)))
    assert not result.veto
    assert result.total == sum(s.score for s in result.items.values())


@given(st.data())
def test_adding_a_deduction_never_raises_a_score(data):
    standard = data.draw(standards())
    entries = data.draw(entries_for(standard))
    item = data.draw(st.sampled_from(standard.point_items))
    extra = data.draw(deduction_for(item))
    before = score_sheet(standard, entries)
    after = score_sheet(standard, [*entries, extra])
    assert after.total <= before.total
    assert after.items[item.key].score <= before.items[item.key].score
    for path, cat in after.categories.items():
        assert cat.score <= before.categories[path].score


@given(st.data())
def test_grade_is_consistent_with_the_bands(data):
    standard = data.draw(standards())
    result = score_sheet(standard, data.draw(entries_for(standard)))
    labels = [b.label for b in standard.bands]
    by_score = labels.index(grade_for(standard, result.total))
    # a veto may only push the grade down, never up
    assert labels.index(result.grade) >= by_score
    if not result.veto:
        assert result.grade == grade_for(standard, result.total)
        band = standard.bands[by_score]
        assert result.total >= band.minimum
        if by_score > 0:
            assert result.total < standard.bands[by_score - 1].minimum


@given(st.data())
def test_generated_entries_pass_the_rule_check(data):
    """The strategies only make entries a reviewer could record; the validator agrees."""
    standard = data.draw(standards())
    for entry in data.draw(entries_for(standard)):
        check_entry(standard.item(entry.item_key), entry)
