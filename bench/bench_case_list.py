"""Filter and sort 100,000 case-list rows through the real model and view, against plain-list baselines.

Builds synthetic CaseListRow values in memory (demo word lists; the demo database at 100k takes ~20 s
and its scoring dominates), loads them into the case list's RowsModel under a shown QTableView
(offscreen), with a current row so persistent indexes are in play, and times, median of 5:
  filter: filter_rows() + model.set_rows() (which re-sorts by the active column), for several searches;
          baseline: filter_rows() alone, a list comprehension.      Goal < 50 ms.
  sort:   model.sort() on 总分 and on 案号, starting each time from another column's order;
          baseline: list.sort() of the same rows in the same order by the same key.  Goal < 100 ms.
  paint:  one repaint of the viewport after a sort (the view only asks for the visible rows).
Run: .venv/bin/python bench/bench_case_list.py [rows]
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from operator import attrgetter
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything creates a QApplication
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from ui.cases.case_list_model import CaseListModel
from workbench.demo import names
from workbench.reporting.case_list import CaseListRow, filter_rows, make_row, natural_key
from workbench.review.results import FileStatus
from workbench.standards.model import DEFAULT_BANDS

REPEAT = 5
SEARCHES = ("食品", "张", "市监罚〔2025〕1", "有限公司 食品", "")  # "" shows every row: the worst case
DESC = Qt.SortOrder.DescendingOrder
ASC = Qt.SortOrder.AscendingOrder


def person(rng: random.Random) -> str:
    return rng.choice(names.SURNAMES) + "".join(rng.choice(names.GIVEN) for _ in range(rng.choice((1, 2))))


def party(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return person(rng)
    return f"{rng.choice(names.DISTRICTS)}{rng.choice(names.BRANDS)}{rng.choice(names.TRADES)}有限公司"


def synthetic_rows(n: int, seed: int = 2026) -> list[CaseListRow]:
    """Rows shaped like a scored campaign: 40% unscored, a few in progress or disputed, the rest final."""
    rng = random.Random(seed)
    counters: dict[str, int] = {}
    files = []
    for i in range(n):
        department, abbr, _, causes = rng.choice(names.DEPARTMENTS)
        counters[abbr] = counters.get(abbr, 0) + 1
        who = party(rng)
        roll = rng.random()
        status = (
            FileStatus.UNSCORED
            if roll < 0.4
            else FileStatus.IN_PROGRESS
            if roll < 0.43
            else FileStatus.AWAITING_ARBITRATION
            if roll < 0.45
            else FileStatus.FINAL
        )
        total = Decimal(rng.randrange(110, 201)) / 2 if status is FileStatus.FINAL else None
        files.append(
            {
                "subject_id": f"{i:032x}",
                "case_number": f"{abbr}罚〔{rng.choice((2025, 2026))}〕{counters[abbr]}号",
                "department": department,
                "title": f"{who}{rng.choice(causes)}案",
                "party": who,
                "officers": f"{person(rng)}、{person(rng)}",
                "case_type": "penalty",
                "status": status,
                "total": total,
                "grade": next(b.label for b in DEFAULT_BANDS if total >= b.minimum) if total else None,
                "reviewers": [person(rng)] if status is not FileStatus.UNSCORED else [],
            }
        )
    rng.shuffle(files)  # a register comes in any order; case_list ranks 案号 the same way
    started = time.perf_counter()
    files.sort(key=lambda f: natural_key(f["case_number"]))
    rows = [make_row(**f, number_rank=rank) for rank, f in enumerate(files)]
    print(f"rows: {n:,}  (ranking by 案号 and make_row: {time.perf_counter() - started:.2f} s)")
    return rows


def median_ms(run: Callable[[], object], before: Callable[[], object] = lambda: None) -> float:
    times = []
    for _ in range(REPEAT):
        before()
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rows = synthetic_rows(n)
    grades = tuple(b.label for b in DEFAULT_BANDS)

    model = CaseListModel()
    model.set_case_list(rows, grades)
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(24)  # as the panel: uniform, fixed row heights
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.resize(1400, 900)
    view.show()
    model.sort(model.CASE_NUMBER, ASC)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(model.index(n // 2, 0), flags)
    app.processEvents()

    print(f"\nfilter, median of {REPEAT} (model sorted by 案号; goal < 50 ms)")
    print(f"  {'search':<16}{'shown':>8}{'filter_rows':>14}{'+ set_rows':>13}{'ratio':>8}")
    for text in SEARCHES:
        shown = len(filter_rows(rows, text=text))
        plain = median_ms(lambda text=text: filter_rows(rows, text=text))
        full = median_ms(lambda text=text: model.set_rows(filter_rows(rows, text=text)))
        print(f"  {text or '(none)':<16}{shown:>8,}{plain:>11.1f} ms{full:>10.1f} ms{full / plain:>8.2f}")
    model.set_rows(rows)
    view.selectionModel().setCurrentIndex(model.index(n // 2, 0), flags)
    anchor = model.row_at(view.currentIndex())

    print(f"\nsort, median of {REPEAT}, each from the 当事人 order (goal < 100 ms)")
    print(f"  {'column':<16}{'model.sort':>12}{'list.sort':>13}{'ratio':>8}")
    last, first = float("-inf"), float("inf")  # a single list.sort needs stand-ins for "no total"
    cases = [  # the model's keys: total_key (a float) and number_rank (an int)
        ("总分 desc", model.TOTAL, DESC, lambda r: last if r.total_key is None else r.total_key),
        ("总分 asc", model.TOTAL, ASC, lambda r: first if r.total_key is None else r.total_key),
        ("案号 desc", model.CASE_NUMBER, DESC, attrgetter("number_rank")),
        ("案号 asc", model.CASE_NUMBER, ASC, attrgetter("number_rank")),
    ]
    by_party = sorted(rows, key=attrgetter("party"))
    baseline: list[CaseListRow] = []
    for label, column, order, key in cases:
        in_model = median_ms(lambda c=column, o=order: model.sort(c, o), lambda: model.sort(model.PARTY, ASC))
        plain = median_ms(
            lambda k=key, o=order: baseline.sort(key=k, reverse=o == DESC),
            lambda: baseline.__setitem__(slice(None), by_party),
        )
        print(f"  {label:<16}{in_model:>9.1f} ms{plain:>10.1f} ms{in_model / plain:>8.2f}")
    assert model.row_at(view.currentIndex()) is anchor, "the current row did not follow its file"

    model.sort(model.TOTAL, DESC)
    paint = median_ms(view.viewport().repaint)
    print(f"\npaint the visible rows after a sort, median of {REPEAT}: {paint:.1f} ms")
    view.close()


if __name__ == "__main__":
    main()
