"""The results workbook of a 10,000-file campaign with about 400,000 deductions, against raw openpyxl.

Builds CampaignFigures in memory (the demo standard, synthetic files of 40 deductions each scored by the
real engine; the demo database holds far fewer deductions per file) and times, median of REPEAT:
  workbook: workbench.exports.workbook.write_workbook (styles, formats, widths, print set-up, text guard);
  baseline: a bare openpyxl write-only workbook of the same five sheets holding the same values, made
            into plain lists beforehand (not timed), no styles.             Goal: ratio ≤ 1.3×.
Then, in a fresh process, the peak memory write_workbook allocates (tracemalloc, started once the
figures exist) and the process's peak RSS.                                  Goal: < 150 MB.
Run: .venv/bin/python bench/bench_workbook.py [--files N] [--per-file D] [--repeat R]
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.campaigns.service import Campaign
from workbench.demo import names
from workbench.demo.generator import load_demo_standard
from workbench.exports.sheet_writer import number
from workbench.exports.workbook import SHEETS, top_categories, write_workbook
from workbench.reporting import figures as figures_module
from workbench.reporting.figures import CampaignFigures
from workbench.review.results import FileResult, FileStatus
from workbench.scoring import Entry, EntryKind, score_sheet
from workbench.standards.validate import CASE_TYPES

HALF = Decimal("0.5")


def synthetic_figures(files: int, per_file: int, seed: int = 2026) -> CampaignFigures:
    """Files spread over the demo departments, each with `per_file` deductions and a rare veto."""
    rng = random.Random(seed)
    standard = load_demo_standard().with_identity(id="bench", lineage_id="bench", version=1)
    items = standard.point_items
    reviewers = [f"{rng.choice(names.SURNAMES)}{rng.choice(names.GIVEN)}" for _ in range(40)]
    counters: dict[str, int] = {}
    results = []
    for n in range(files):
        department, abbr, _, causes = rng.choice(names.DEPARTMENTS)
        counters[abbr] = counters.get(abbr, 0) + 1
        party = f"{rng.choice(names.DISTRICTS)}{rng.choice(names.BRANDS)}{rng.choice(names.TRADES)}有限公司"
        entries = [
            Entry(
                (item := rng.choice(items)).key,
                points=HALF * rng.randrange(1, 5),
                reason=rng.choice(names.REASONS.get(item.category[-1], names.REASONS["案卷卷面"])),
                page=rng.randrange(1, 80),
            )
            for _ in range(per_file)
        ]
        if rng.random() < 0.01:
            entries.append(Entry(rng.choice(standard.veto_items).key, EntryKind.VETO, reason="主体不合法"))
        results.append(
            FileResult(
                subject_id=f"{n:032x}",
                case_number=f"{abbr}罚〔2025〕{counters[abbr]}号",
                department=department,
                title=f"{party}{rng.choice(causes)}案",
                party=party,
                case_type="penalty",
                officers="",
                status=FileStatus.FINAL,
                reviewers=(rng.choice(reviewers),),
                result=score_sheet(standard, entries),
                entries=tuple(entries),
            )
        )
    campaign = Campaign("bench", "2026年度全市行政执法案卷评查（基准）", 2026, "bench", "open")
    return figures_module._figures(campaign, standard, results, files, files * 10)  # the module's builder


def plain_rows(f: CampaignFigures) -> list[tuple[str, list[list[Any]]]]:
    """The same values write_workbook writes, as plain lists (built before the baseline's clock starts)."""
    bands = [b.label for b in f.standard.bands]
    categories = top_categories(f)
    summary = [["项目", "内容"], ["评查活动", f.campaign.name], ["年度", f.campaign.year]]
    summary += [[label, count, number(f.share(count))] for label, count in f.grade_counts.items()]
    units = [["排名", "单位", "案卷数", "平均分", "最高分", "最低分", *bands, "等次"]]
    units += [
        [u.rank, u.unit, u.files, number(u.mean), number(u.highest), number(u.lowest)]
        + [u.grades.get(b, 0) for b in bands]
        + [u.grade]
        for u in f.units
    ]
    files = [["案号", "单位", "案件名称", "当事人", "类型", "评查人", *categories, "总分", "等次", "否决项"]]
    for r in f.final:
        assert r.result is not None
        files.append(
            [r.case_number, r.department, r.title, r.party, CASE_TYPES[r.case_type], r.reviewers[0]]
            + [number(r.result.categories[c].score) for c in categories]
            + [number(r.result.total), r.result.grade, "、".join(v.text for v in r.result.vetoes)]
        )
    details = [["案号", "单位", "类别", "评查项目", "扣分", "计入扣分", "扣分理由", "页码", "评查人"]]
    details += [
        [
            d.case_number,
            d.department,
            d.category,
            d.item_text,
            number(d.points),
            number(d.counted),
            d.reason,
            d.page,
            d.reviewer,
        ]
        for d in f.deductions
    ]
    problems = [["排名", "类别", "评查项目", "扣分案卷数", "占比（%）", "扣分合计", "涉及单位"]]
    problems += [
        [
            p.rank,
            p.item.category_path,
            p.item.text,
            p.files,
            number(p.share),
            number(p.points),
            "、".join(p.departments),
        ]
        for p in f.problems
    ]
    return list(zip(SHEETS, (summary, units, files, details, problems), strict=True))


def raw_write(sheets: list[tuple[str, list[list[Any]]]], path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for title, rows in sheets:
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    book.save(path)


def timed(run: Any) -> tuple[float, float]:
    """(wall, CPU) seconds: the CPU time is steadier on a machine shared with other work."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def memory(files: int, per_file: int) -> None:
    """Child process: the peak of what write_workbook allocates, and the process's peak RSS."""
    f = synthetic_figures(files, per_file)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with tempfile.TemporaryDirectory() as tmp:
        tracemalloc.start()
        write_workbook(f, Path(tmp) / "mem.xlsx")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{peak / 2**20:.1f} {rss_before:.0f} {rss_after:.0f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--per-file", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--memory", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory:
        memory(args.files, args.per_file)
        return

    started = time.perf_counter()
    f = synthetic_figures(args.files, args.per_file)
    sheets = plain_rows(f)
    print(
        f"campaign: {len(f.final):,} files, {len(f.deductions):,} deductions, {len(f.units)} departments, "
        f"{len(f.problems)} items (built in {time.perf_counter() - started:.1f} s)"
    )
    ours: list[tuple[float, float]] = []
    raw: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(args.repeat):  # interleaved, so a busy moment hits both
            raw.append(timed(lambda n=n: raw_write(sheets, Path(tmp) / f"raw{n}.xlsx")))
            ours.append(timed(lambda n=n: write_workbook(f, Path(tmp) / f"ours{n}.xlsx")))
            size = (Path(tmp) / f"ours{n}.xlsx").stat().st_size / 2**20
    print(f"\nwrite, median of {args.repeat} (goal ≤ 1.3×; file {size:.1f} MB)")
    for clock, i in (("wall", 0), ("CPU", 1)):
        a, b = statistics.median(t[i] for t in ours), statistics.median(t[i] for t in raw)
        print(f"  {clock:<5} write_workbook {a:7.2f} s   runs: {', '.join(f'{t[i]:.2f}' for t in ours)}")
        print(f"  {clock:<5} raw write-only {b:7.2f} s   runs: {', '.join(f'{t[i]:.2f}' for t in raw)}")
        print(f"  {clock:<5} ratio          {a / b:7.2f}")

    child = [
        sys.executable,
        __file__,
        "--memory",
        "--files",
        str(args.files),
        "--per-file",
        str(args.per_file),
    ]
    peak, rss_before, rss_after = subprocess.run(
        child, check=True, capture_output=True, text=True
    ).stdout.split()
    print("\nmemory of write_workbook, in a fresh process (goal < 150 MB)")
    print(f"  tracemalloc peak while writing   {float(peak):8.1f} MB")
    print(
        f"  process peak RSS: figures built  {float(rss_before):8.0f} MB,"
        f" after writing {float(rss_after):.0f} MB"
    )


if __name__ == "__main__":
    main()
