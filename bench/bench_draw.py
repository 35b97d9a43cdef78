"""The 双随机 draw at the scale of 重庆's 2020 platform: 261,372 objects in 7,656 groups.

Synthesises random 案号 (deterministic RNG) spread over 7,656 groups of uneven size and times, best of 3:
  draw:     workbench.draw.algorithm.draw() with a share quota (5%, minimum 1, maximum 5)
            and a population hash;
  baseline: bare hashlib.sha256 over the same keys (UTF-8 of seed + "\\n" + 案号) plus one sort of the
            (group, digest) tuples.                                           Goal: ratio ≤ 2×.
Run: .venv/bin/python bench/bench_draw.py [objects] [groups]
"""

from __future__ import annotations

import hashlib
import random
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.draw.algorithm import DrawPlan, draw

OBJECTS, GROUPS = 261_372, 7_656
REPEAT = 3
SEED = "2026-11-25 公开种子"
PREFIXES = ("市监罚", "交罚", "人社罚", "环罚", "文旅罚", "应急罚", "农罚", "住建罚", "卫健罚", "税罚")


def population(objects: int, groups: int) -> list[tuple[str, str]]:
    rng = random.Random(20260)
    names = [f"重庆市第{i}检查组" for i in range(groups)]
    weights = [rng.paretovariate(1.5) for _ in names]  # a few big departments, many small ones
    picks = rng.choices(names, weights, k=objects)
    for i, name in enumerate(names):  # every group has at least one object
        picks[i] = name
    rng.shuffle(picks)
    numbers = set()
    while len(numbers) < objects:
        numbers.add(f"{rng.choice(PREFIXES)}〔{rng.randint(2019, 2026)}〕{rng.randint(1, 99999)}号")
    return list(zip(sorted(numbers, key=lambda _: rng.random()), picks, strict=True))


def baseline(pop: list[tuple[str, str]]) -> list[tuple[str, bytes]]:
    sha = hashlib.sha256
    return sorted([(g, sha(f"{SEED}\n{c}".encode()).digest()) for c, g in pop])


def best(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEAT):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    objects = int(sys.argv[1]) if len(sys.argv) > 1 else OBJECTS
    groups = int(sys.argv[2]) if len(sys.argv) > 2 else GROUPS
    pop = population(objects, groups)
    plan = DrawPlan(seed=SEED, share=Decimal("0.05"), minimum=1, maximum=5)
    result = draw(pop, plan)
    t_draw = best(lambda: draw(pop, plan))
    t_base = best(lambda: baseline(pop))
    t_hash = best(lambda: [hashlib.sha256(f"{SEED}\n{c}".encode()).digest() for c, _ in pop])
    n_groups = len({g for _, g in pop})
    print(f"population: {len(pop):,} objects in {n_groups:,} groups; drawn {len(result.drawn):,}")
    print(f"draw():               {t_draw * 1000:8.1f} ms  (best of {REPEAT})")
    print(f"sha256 + sort (bare): {t_base * 1000:8.1f} ms  (best of {REPEAT})")
    print(f"  of which hashing:   {t_hash * 1000:8.1f} ms")
    print(f"ratio:                {t_draw / t_base:8.2f}×  (goal ≤ 2×)")


if __name__ == "__main__":
    main()
