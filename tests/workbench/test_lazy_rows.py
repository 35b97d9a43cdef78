"""LazyRows: a listing read a window at a time as it is looked at, a plain sequence otherwise."""

from __future__ import annotations

from workbench.common.lazy_rows import WINDOW, LazyRows


def counting(n: int) -> tuple[LazyRows[str], list[int]]:
    asked: list[int] = []

    def fetch(ids):
        asked.append(len(ids))
        return [f"row {i}" for i in ids]

    return LazyRows([str(i) for i in range(n)], fetch), asked


def test_looking_at_one_row_reads_its_window_once():
    rows, asked = counting(10 * WINDOW)
    assert len(rows) == 10 * WINDOW
    assert asked == []
    assert rows[WINDOW + 3] == f"row {WINDOW + 3}"
    assert rows[WINDOW + 4] == f"row {WINDOW + 4}"
    assert rows[-1] == f"row {10 * WINDOW - 1}"
    assert asked == [WINDOW, WINDOW]  # the second window of rows, then the last; nothing twice


def test_iterating_reads_the_rest_in_large_windows_and_keeps_the_order():
    rows, asked = counting(5 * WINDOW)
    rows[0]
    assert list(rows) == [f"row {i}" for i in range(5 * WINDOW)]
    assert sum(asked) == 5 * WINDOW
    assert len(asked) == 2
    assert sorted(rows, key=len)[-1] == f"row {5 * WINDOW - 1}"  # it sorts like a list (stable)


def test_a_replaced_row_is_what_is_read_back_and_subsets_share_it():
    rows, _asked = counting(50)
    rows[10] = "edited"
    assert rows[10] == "edited"
    evens = rows.subset(lambda i: int(i) % 2 == 0)
    assert len(evens) == 25
    assert evens[5] == "edited"
    assert evens.position_of("10") == 5
    assert evens.position_of("11") == -1
    assert rows[2:4] == ["row 2", "row 3"]
