"""Properties of merging: order and repetition do not matter, a damaged package changes nothing,
and a merge killed half-way leaves the master as it was."""

from __future__ import annotations

import itertools
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.connection import open_database
from tests.workbench.exchange.helpers import (
    PASS,
    copy_from,
    dump_hash,
    make_master,
    result_of,
    score_on,
    whole_dump,
)
from tests.workbench.small_campaign import FIXED, OTHER_FIXED
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.exchange.copy import open_task_package
from workbench.exchange.merge import apply_merge

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def three_results(tmp_path):
    """A master (checkpointed, to be copied) and three successive results of one reviewer, plus one
    of the other reviewer."""
    m = make_master(tmp_path)
    copy_a = copy_from(m, m.a, tmp_path / "a")
    copy_b = copy_from(m, m.b, tmp_path / "b")
    packages = []
    score_on(copy_a, m.campaign, m.subject, m.a, {FIXED: "一"}, submit=False)
    packages.append(result_of(copy_a, tmp_path / "a", "1.wbresult"))
    score_on(copy_a, m.campaign, m.subject, m.a, {OTHER_FIXED: "二"}, submit=False)
    packages.append(result_of(copy_a, tmp_path / "a", "2.wbresult"))
    score_on(copy_a, m.campaign, m.subject, m.a, {})
    packages.append(result_of(copy_a, tmp_path / "a", "3.wbresult"))
    score_on(copy_b, m.campaign, m.subject, m.b, {FIXED: "乙"})
    packages.append(result_of(copy_b, tmp_path / "b", "b.wbresult"))
    m.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return m, packages


def _merged_state(m, packages: list[Path], order: tuple[int, ...], folder: Path) -> str:
    folder.mkdir()
    path = folder / "master.sqlite"
    shutil.copyfile(m.path, path)
    db = open_database(path)
    try:
        for i in order:
            apply_merge(db, packages[i], author="组织者")
        return dump_hash(db)
    finally:
        db.close()


def test_any_order_and_repetition_of_results_gives_the_same_master(three_results, tmp_path):
    m, packages = three_results
    orders = list(itertools.permutations(range(4)))
    random.Random(7).shuffle(orders)
    expected = _merged_state(m, packages, (0, 1, 2, 3), tmp_path / "in-order")
    for n, order in enumerate(orders[:10]):
        repeated = (*order, order[0], order[-1])
        assert _merged_state(m, packages, repeated, tmp_path / f"o{n}") == expected, order


def _damaged(source: Path, target: Path, rng: random.Random) -> Path:
    data = bytearray(source.read_bytes())
    if rng.random() < 0.3:
        data = data[: rng.randrange(len(data))]
    else:
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    target.write_bytes(bytes(data))
    return target


def test_a_flipped_byte_or_a_truncation_is_always_refused_and_changes_nothing(three_results, tmp_path):
    m, packages = three_results
    before = whole_dump(m.path)
    rng = random.Random(2026)
    for trial in range(100):
        bad = _damaged(packages[trial % 4], tmp_path / f"bad{trial}.wbresult", rng)
        with pytest.raises(KNOWN_ERRORS):
            apply_merge(m.db, bad, author="组织者")
    m.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert whole_dump(m.path) == before


def test_a_damaged_or_wrongly_unlocked_task_package_makes_no_copy(tmp_path):
    m = make_master(tmp_path)
    issued = m.issue(m.a, tmp_path / "out")
    rng = random.Random(11)
    for trial in range(30):
        bad = _damaged(issued.path, tmp_path / f"bad{trial}.wbtask", rng)
        with pytest.raises(KNOWN_ERRORS):
            open_task_package(tmp_path / "copy.sqlite", bad, PASS)
        assert not (tmp_path / "copy.sqlite").exists()
    with pytest.raises(KNOWN_ERRORS, match="口令不正确"):
        open_task_package(tmp_path / "copy.sqlite", issued.path, "WRONG-PASS")
    assert not (tmp_path / "copy.sqlite").exists()


KILLED_MERGE = """
import sys, time
from pathlib import Path
from db.connection import open_database
from workbench.exchange.merge import apply_merge

def slow(done, total):
    print("merging", flush=True)
    time.sleep(60)

db = open_database(Path(sys.argv[1]))
apply_merge(db, Path(sys.argv[2]), author="组织者", progress=slow)
"""


def test_kill_9_during_a_merge_leaves_the_master_as_before(three_results):
    m, packages = three_results
    m.db.close()
    before = whole_dump(m.path)
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_MERGE, str(m.path), str(packages[3])],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "merging"  # inside the transaction, a sheet written
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    time.sleep(0.1)
    reopened = open_database(m.path)  # recovers the WAL: the uncommitted merge is gone
    reopened.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    reopened.close()
    assert whole_dump(m.path) == before
