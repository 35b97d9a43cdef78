"""What the item editor's state means for the stored entries: which entry it shows, and the one record,
change or delete that the state asks for. Plain functions of the item, its entries and the form."""

from __future__ import annotations

from dataclasses import replace

from ui.scoring.item_editor import FormState
from workbench.review.sheets import StoredEntry
from workbench.scoring import Entry, EntryKind
from workbench.standards.model import Item, RuleKind

_SPECIAL = (RuleKind.FIXED, RuleKind.PER_DEFECT, RuleKind.BINARY, RuleKind.BONUS)  # not a plain amount


def target_entry(
    item: Item | None, stored: list[StoredEntry], *, adding: bool, chosen_id: str | None
) -> StoredEntry | None:
    """The entry the editor shows: the veto finding, the N/A mark, or the chosen deduction."""
    if item is None:
        return None
    if item.veto:
        return next((s for s in stored if s.entry.kind is EntryKind.VETO), None)
    na = next((s for s in stored if s.entry.kind is EntryKind.NOT_APPLICABLE), None)
    if na is not None:
        return na
    if adding:
        return None
    deductions = [s for s in stored if s.entry.kind in (EntryKind.DEDUCTION, EntryKind.BONUS)]
    chosen = next((s for s in deductions if s.id == chosen_id), None)
    return chosen or (deductions[0] if deductions else None)


def wanted_entry(
    item: Item, stored: list[StoredEntry], state: FormState, target: StoredEntry | None
) -> tuple[StoredEntry | None, Entry | None]:
    """(the stored entry to change, what it should become); None on either side: record or delete."""
    base = {"reason": state.reason, "page": state.page}
    if item.veto:
        veto = next((s for s in stored if s.entry.kind is EntryKind.VETO), None)
        return veto, Entry(item.key, EntryKind.VETO, **base) if state.defect else None
    na = next((s for s in stored if s.entry.kind is EntryKind.NOT_APPLICABLE), None)
    if state.na:
        return na, Entry(item.key, EntryKind.NOT_APPLICABLE, **base)
    if na is not None:
        return na, None
    if target is not None and not state.value_touched:  # only the reason or page changed
        return target, replace(target.entry, **base)
    rule, desired = item.rule, None
    if rule.kind is RuleKind.FIXED and state.defect and rule.points:
        desired = Entry(item.key, points=rule.points, **base)
    elif rule.kind is RuleKind.PER_DEFECT and state.count > 0 and rule.points:
        desired = Entry(item.key, points=rule.points * state.count, count=state.count, **base)
    elif rule.kind is RuleKind.BINARY and state.defect:
        desired = Entry(item.key, points=item.max_points, **base)  # not met: the whole item
    elif rule.kind is RuleKind.BONUS and state.value is not None:
        count = int(state.value / rule.points) if rule.points and state.value % rule.points == 0 else None
        desired = Entry(item.key, EntryKind.BONUS, points=state.value, count=count, **base)
    elif rule.kind not in _SPECIAL and state.value is not None:  # range, tiers, free; a level's deduction
        desired = Entry(item.key, points=state.value, **base)
    return target, desired
