"""What an operation changed, so that each screen refreshes only what it shows (Anki's OpChanges).

Every service that writes returns a `Changes`; one that also makes something the caller needs (the id of
a new entry, a draw record) returns `Done(value, changes)`. The UI hands the changes to one hub
(ui/changes.py), and each view decides from the ids whether to reload. `Changes` values combine with `|`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Generic, TypeVar

T = TypeVar("T")


def _ids(values: Iterable[str] | None) -> frozenset[str]:
    return frozenset(values or ())


@dataclass(frozen=True)
class Changes:
    campaigns: frozenset[str] = field(default_factory=frozenset)  # set-up, scope, status
    subjects: frozenset[str] = field(default_factory=frozenset)  # case files or units: rows, scores, status
    sheets: frozenset[str] = field(default_factory=frozenset)  # score sheets: entries, state
    notices: frozenset[str] = field(default_factory=frozenset)
    ledger_lines: frozenset[str] = field(default_factory=frozenset)
    reviewers: frozenset[str] = field(default_factory=frozenset)  # people, accounts, conflicts
    standards: frozenset[str] = field(default_factory=frozenset)
    settings: frozenset[str] = field(default_factory=frozenset)  # office templates and profile keys
    everything: bool = False  # an import or a merge: reload all

    @classmethod
    def of(
        cls,
        *,
        campaigns: Iterable[str] | None = None,
        subjects: Iterable[str] | None = None,
        sheets: Iterable[str] | None = None,
        notices: Iterable[str] | None = None,
        ledger_lines: Iterable[str] | None = None,
        reviewers: Iterable[str] | None = None,
        standards: Iterable[str] | None = None,
        settings: Iterable[str] | None = None,
        everything: bool = False,
    ) -> Changes:
        return cls(
            _ids(campaigns),
            _ids(subjects),
            _ids(sheets),
            _ids(notices),
            _ids(ledger_lines),
            _ids(reviewers),
            _ids(standards),
            _ids(settings),
            everything,
        )

    def __or__(self, other: Changes) -> Changes:
        merged = {f.name: getattr(self, f.name) | getattr(other, f.name) for f in fields(self)}
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


NOTHING = Changes()


@dataclass(frozen=True)
class Done(Generic[T]):
    """What a writing operation made (`value`) and what it changed."""

    value: T
    changes: Changes
