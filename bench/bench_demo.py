"""Time `workbench demo --files N` (default 100,000) as a whole command, and a raw baseline.

The baseline, measured in the same run, is a bare sqlite3 executemany of N case-file-sized rows into a
fresh WAL database: the floor any generator must stand on. Machines here are noisy, so read the ratio.
Usage: python bench/bench_demo.py [--files N] [--repeat R]
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def raw_insert(path: Path, n: int) -> float:
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(
        "CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, f TEXT, g INTEGER)"
    )
    with conn:
        conn.executemany(
            "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    f"{i:036d}",
                    f"市监罚〔2025〕{i}号",
                    "某某公司销售过期食品案",
                    "某某公司",
                    "张三、李四",
                    "2025-01-01",
                    "2025-02-01",
                    i,
                )
                for i in range(n)
            ),
        )
    conn.close()
    return time.perf_counter() - started


def demo(path: Path, n: int) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(path), "demo", "--files", str(n)],
        check=True,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--files", type=int, default=100_000)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    demo_times, raw_times = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.repeat):
            raw_times.append(raw_insert(Path(tmp) / f"raw{r}.sqlite", args.files))
            demo_times.append(demo(Path(tmp) / f"demo{r}.sqlite", args.files))
    d, b = min(demo_times), min(raw_times)
    print(
        f"demo --files {args.files}: best {d:.2f} s of {args.repeat} (whole command, incl. interpreter start)"
    )
    print(f"raw executemany of {args.files} rows: best {b:.3f} s")
    print(f"ratio demo / raw insert: {d / b:.1f}x")


if __name__ == "__main__":
    main()
