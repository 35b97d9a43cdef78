"""Invariants of the one scoring engine, over random standards, checklists and recorded entries."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from tests.workbench.scoring.strategies import bonus_for, deduction_for, entries_for, standards
from workbench.scoring import Entry, EntryKind, check_entry, grade_for, score_sheet
from workbench.standards import Item, NaPolicy, RuleKind, ScoreModel, Standard, VetoEffect


def _base_items(standard: Standard) -> list[Item]:
    return [i for i in standard.point_items if not i.bonus]


@given(st.data())
def test_total_stays_between_zero_and_the_maximum_plus_the_bonus_caps(data):
    standard = data.draw(standards())
    result = score_sheet(standard, data.draw(entries_for(standard)))
    assert Decimal(0) <= result.total <= result.maximum + standard.bonus_max
    assert Decimal(0) <= result.bonus <= standard.bonus_max
    for s in result.items.values():
        top = s.item.rule.cap if s.item.bonus else s.item.max_points
        assert Decimal(0) <= s.score <= top


@given(st.data())
def test_total_is_the_sum_of_item_scores_plus_the_capped_bonus_when_no_veto_applies(data):
    standard = data.draw(standards(model=ScoreModel.SUM_OF_ITEMS, na_policy=NaPolicy.FULL_MARKS))
    result = score_sheet(standard, data.draw(entries_for(standard, vetoes=False)))
    assert not result.veto
    base = sum(s.score for s in result.items.values() if not s.item.bonus)
    assert result.points == base
    assert result.total == base + result.bonus


@given(st.data())
def test_bonus_follows_the_item_caps_then_the_standard_cap_exactly(data):
    standard = data.draw(standards())
    entries = data.draw(entries_for(standard))
    result = score_sheet(standard, entries)
    credited = Decimal(0)
    for item in standard.bonus_items:
        recorded = sum((e.points for e in entries if e.item_key == item.key), Decimal(0))
        assert result.items[item.key].score == min(recorded, item.rule.cap)
        credited += min(recorded, item.rule.cap)
    cap = standard.bonus_cap
    assert result.bonus == (credited if cap is None else min(credited, cap))


@given(st.data())
def test_adding_a_deduction_never_raises_a_score(data):
    standard = data.draw(standards())
    entries = data.draw(entries_for(standard))
    item = data.draw(st.sampled_from(_base_items(standard)))
    extra = data.draw(deduction_for(item))
    before = score_sheet(standard, entries)
    after = score_sheet(standard, [*entries, extra])
    assert after.total <= before.total
    assert after.items[item.key].score <= before.items[item.key].score
    for path, cat in after.categories.items():
        assert cat.score <= before.categories[path].score


@given(st.data())
def test_adding_a_bonus_never_lowers_a_score(data):
    standard = data.draw(standards())
    if not standard.bonus_items:
        return
    entries = data.draw(entries_for(standard))
    item = data.draw(st.sampled_from(standard.bonus_items))
    before = score_sheet(standard, entries)
    after = score_sheet(standard, [*entries, data.draw(bonus_for(item))])
    assert after.total >= before.total
    assert after.bonus >= before.bonus
    assert after.items[item.key].score >= before.items[item.key].score
    for path, cat in after.categories.items():
        assert cat.score >= before.categories[path].score


@given(st.data())
def test_a_zero_total_veto_wins_over_any_bonus(data):
    standard = data.draw(standards())
    veto = Item("VZ", ("基本标准",), "一票否决", Decimal(0), veto=True, veto_effect=VetoEffect.ZERO_TOTAL)
    standard = replace(standard, items=(*standard.items, veto))
    entries = data.draw(entries_for(standard))
    bonuses = [data.draw(bonus_for(i)) for i in standard.bonus_items]
    result = score_sheet(standard, [*entries, *bonuses, Entry("VZ", EntryKind.VETO, reason="重大违法")])
    assert result.total == 0
    assert result.grade == standard.bands[-1].label


@given(st.data())
def test_a_chosen_level_scores_exactly_its_points(data):
    standard = data.draw(standards(na_policy=NaPolicy.FULL_MARKS))
    levelled = [i for i in standard.point_items if i.rule.kind is RuleKind.LEVELS]
    if not levelled:
        return
    item = data.draw(st.sampled_from(levelled))
    label, awarded = data.draw(st.sampled_from(item.rule.levels))
    entries = [] if awarded == item.max_points else [Entry(item.key, points=item.max_points - awarded)]
    result = score_sheet(standard, entries)
    assert result.items[item.key].score == awarded
    for entry in entries:
        check_entry(item, entry)
        assert item.level_of(entry.points) == label


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


@given(st.data())
def test_scaled_to_the_declared_total_the_points_keep_their_share(data):
    """折算为百分制: a standard whose items add up to something else is scored on its declared total, each
    file keeping the share of the points it would have had unscaled."""
    standard = data.draw(standards(model=ScoreModel.SUM_OF_ITEMS, na_policy=NaPolicy.FULL_MARKS))
    standard = replace(standard, declared_total=data.draw(st.sampled_from([Decimal(100), Decimal(150)])))
    entries = data.draw(entries_for(standard, vetoes=False))
    raw = score_sheet(standard, entries)
    scaled = score_sheet(replace(standard, scale_to_total=True), entries)
    assert scaled.maximum == standard.declared_total
    if raw.maximum > 0:
        exact = raw.points * standard.declared_total / raw.maximum
        assert abs(scaled.points - exact) <= Decimal("0.005")
        assert Decimal(0) <= scaled.points <= standard.declared_total
    assert scaled.bonus == raw.bonus  # bonus points are added on top, never scaled
