"""Cross assignment of 3,500 files in 18 departments to 60 reviewers, 2 reviewers per file.

Deterministic synthetic data (random.Random(2026)): department sizes are uneven, as in a real draw;
60 reviewers spread over the departments, a handful of declared conflicts (single files and whole
departments). Times
`workbench.assignment.solver.assign` (best of 3) and checks the hard rules and the balance.
Usage: python bench/bench_assign.py [--files N] [--reviewers R] [--departments D] [--per-file K]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.assignment.solver import FileSlot, ReviewerSlot, assign, loads


def population(files: int, reviewers: int, departments: int, seed: int = 2026):
    rng = random.Random(seed)
    depts = [f"部门{i:02d}" for i in range(departments)]
    weights = [rng.uniform(0.3, 3.0) for _ in depts]
    file_slots = [FileSlot(f"case-{i:05d}", d) for i, d in enumerate(rng.choices(depts, weights, k=files))]
    reviewer_slots = [
        ReviewerSlot(f"rev-{i:03d}", f"评查人{i}", depts[i % departments]) for i in range(reviewers)
    ]
    conflicts = {(rng.choice(reviewer_slots).id, rng.choice(file_slots).subject_id) for _ in range(40)}
    for r in rng.sample(reviewer_slots, 5):  # whole-department conflicts, expanded to files
        other = rng.choice([d for d in depts if d != r.department])
        conflicts |= {(r.id, f.subject_id) for f in file_slots if f.department == other}
    return file_slots, reviewer_slots, conflicts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=3500)
    parser.add_argument("--reviewers", type=int, default=60)
    parser.add_argument("--departments", type=int, default=18)
    parser.add_argument("--per-file", type=int, default=2)
    args = parser.parse_args()
    files, reviewers, conflicts = population(args.files, args.reviewers, args.departments)
    times, result = [], {}
    for _ in range(3):
        started = time.perf_counter()
        result = assign(files, reviewers, per_file=args.per_file, conflicts=conflicts, seed="bench")
        times.append(time.perf_counter() - started)
    dept = {r.id: r.department for r in reviewers}
    assert all(len(set(rs)) == args.per_file for rs in result.values())
    assert all(
        dept[r] != f.department and (r, f.subject_id) not in conflicts
        for f in files
        for r in result[f.subject_id]
    )
    counts = loads(result, [r.id for r in reviewers]).values()
    print(
        f"assign: {args.files} files, {args.departments} departments, {args.reviewers} reviewers, "
        f"{args.per_file} per file, {len(conflicts)} conflict pairs"
    )
    print(f"  best of 3: {min(times) * 1000:.1f} ms (runs: {', '.join(f'{t * 1000:.1f}' for t in times)} ms)")
    print(f"  loads: min {min(counts)}, max {max(counts)}")


if __name__ == "__main__":
    main()
