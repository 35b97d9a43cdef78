"""A long listing whose rows are read when first looked at: the ids come first, fields on demand.

The case list opens on a campaign's ordered ids and reads the fields of the rows a view paints, a window
at a time. It is a plain Sequence otherwise: iterating, sorting or filtering reads the rest (in large
windows), so code that needs every row still works, paying then what opening used to pay.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Generic, TypeVar, overload

T = TypeVar("T")
WINDOW = 256  # rows read together when one is asked for: a screenful and the next


class LazyRows(Sequence[T], Generic[T]):
    """Rows keyed by ids in a fixed order; `fetch(ids)` returns their rows, in the same order."""

    def __init__(
        self, ids: Sequence[str], fetch: Callable[[Sequence[str]], list[T]], cache: dict[str, T] | None = None
    ) -> None:
        self.ids = list(ids)
        self._fetch = fetch
        self._cache: dict[str, T] = {} if cache is None else cache
        self._where: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, n: int) -> T: ...
    @overload
    def __getitem__(self, n: slice) -> list[T]: ...
    def __getitem__(self, n: int | slice) -> T | list[T]:
        if isinstance(n, slice):
            wanted = self.ids[n]
            self._read(wanted)
            return [self._cache[i] for i in wanted]
        key = self.ids[n]
        row = self._cache.get(key)
        if row is None:
            start = (n if n >= 0 else len(self.ids) + n) // WINDOW * WINDOW
            self._read(self.ids[start : start + WINDOW])
            row = self._cache[key]
        return row

    def __setitem__(self, n: int, row: T) -> None:
        """A re-read row (after an edit) replaces the one held."""
        self._cache[self.ids[n]] = row

    def __iter__(self) -> Iterator[T]:
        self.read_all()
        return (self._cache[i] for i in self.ids)

    def read_all(self) -> None:
        """Every row, in windows of a few thousand (what filtering or sorting needs)."""
        for start in range(0, len(self.ids), 16 * WINDOW):
            self._read(self.ids[start : start + 16 * WINDOW])

    @property
    def read_count(self) -> int:
        """How many rows have been read so far (all subsets together)."""
        return len(self._cache)

    def position_of(self, key: str) -> int:
        """Where the row of this id is, or -1: without reading any row."""
        if self._where is None:
            self._where = {k: n for n, k in enumerate(self.ids)}
        return self._where.get(key, -1)

    def subset(self, keep: Callable[[str], bool]) -> LazyRows[T]:
        """The rows whose ids pass `keep`, in the same order, sharing what has been read."""
        return LazyRows([i for i in self.ids if keep(i)], self._fetch, self._cache)

    def _read(self, ids: Sequence[str]) -> None:
        missing = [i for i in ids if i not in self._cache]
        if missing:
            self._cache.update(zip(missing, self._fetch(missing), strict=True))
