"""Storage that fails after open (full, read-only, damaged) says so in Chinese; a damaged file is refused."""

from __future__ import annotations

import contextlib
import errno
import io
import random
import sqlite3

import pytest

from db.connection import open_database
from db.errors import DatabaseDamaged, EmptyDatabaseFile, StorageError
from workbench.cli.main import main
from workbench.demo.generator import generate_demo


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(argv)
    return rc, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    campaign_id = generate_demo(db, files=200, seed=5).campaign_id
    db.close()
    return path, campaign_id


def test_a_zero_byte_file_is_not_turned_into_a_database(tmp_path):
    path = tmp_path / "评查.sqlite"
    path.touch()
    rc, _, err = run(["--db", str(path), "campaign", "list"])
    assert rc == 2
    assert "空文件（0 字节）" in err
    assert path.stat().st_size == 0
    with pytest.raises(EmptyDatabaseFile):
        open_database(path)


def test_byte_flipped_databases_are_refused_or_read_right_never_read_wrong(demo_file, tmp_path):
    path, campaign_id = demo_file
    rc, reference, _ = run(["--db", str(path), "report", "--campaign", campaign_id, "--json"])
    assert rc == 0
    original = path.read_bytes()
    tally = {"refused": 0, "same": 0, "other": 0}
    for seed in range(24):
        rng = random.Random(seed)
        data = bytearray(original)
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        flipped = tmp_path / f"flip{seed}.sqlite"
        flipped.write_bytes(bytes(data))
        rc, out, err = run(["--db", str(flipped), "report", "--campaign", campaign_id, "--json"])
        assert "Traceback" not in err
        assert rc != 0 or out == reference, f"seed {seed}: different figures with exit 0"
        tally["refused" if rc == 2 else "same" if rc == 0 else "other"] += 1
    assert tally["refused"] >= 4, tally  # about 45 % of flips land in a b-tree or an index


def test_a_damaged_file_names_its_backups(demo_file, tmp_path):
    path, _ = demo_file
    target = tmp_path / "评查.sqlite"
    (tmp_path / "评查.sqlite.bak-v4").write_bytes(path.read_bytes())
    target.write_bytes(path.read_bytes())
    _corrupt_an_index(target)
    with pytest.raises(DatabaseDamaged, match=r"已损坏.*评查\.sqlite\.bak-v4"):
        open_database(target)
    rc, _, err = run(["--db", str(target), "campaign", "list"])
    assert rc == 2
    assert "评查.sqlite.bak-v4" in err


def _corrupt_an_index(path):
    """Change one stored 案号 in place: the table and its unique index then disagree, as after a bit flip
    that every query would silently read past."""
    db = sqlite3.connect(path)
    (number,) = db.execute("SELECT case_number FROM case_file ORDER BY rowid LIMIT 1").fetchone()
    db.close()
    data = path.read_bytes()
    raw = number.encode()
    at = data.index(raw)
    last = raw[-1:]
    changed = b"X" if last != b"X" else b"Y"
    path.write_bytes(data[: at + len(raw) - 1] + changed + data[at + len(raw) :])


def test_a_damaged_word_in_a_closed_vocabulary_is_refused(demo_file, tmp_path):
    """A flipped bit in a submitted sheet's state passes integrity_check; the file would then count the
    sheet as a draft in every figure (seen: 评查中 9 read as 10 with exit 0)."""
    path, campaign_id = demo_file
    target = tmp_path / "word.sqlite"
    target.write_bytes(path.read_bytes())
    data = target.read_bytes()
    at = data.index(b"reviewsubmitted") + len(b"reviewsubm")
    target.write_bytes(data[:at] + b"y" + data[at + 1 :])  # "submitted" -> "submytted", in place
    rc, _, err = run(["--db", str(target), "report", "--campaign", campaign_id, "--json"])
    assert rc == 2
    assert "score_sheet" in err
    assert "submytted" in err


def test_the_checked_vocabularies_are_the_ones_the_workbench_writes():
    from db.integrity import CLOSED_VOCABULARIES
    from workbench.common.kinds import SheetState, SubjectKind
    from workbench.scoring.engine import EntryKind

    words = {(table, column): set(allowed) for table, column, allowed in CLOSED_VOCABULARIES}
    assert words[("score_sheet", "status")] == set(SheetState)
    assert words[("score_entry", "kind")] == set(EntryKind)
    assert words[("campaign_subject", "subject_kind")] == set(SubjectKind)


def test_a_full_disk_while_writing_is_the_prepared_message(demo_file, tmp_path):
    path, _ = demo_file
    target = tmp_path / "full.sqlite"
    target.write_bytes(path.read_bytes())
    db = open_database(target)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # the file cannot grow: SQLITE_FULL on the next page
    with pytest.raises(StorageError, match="磁盘空间不足"), db.atomic():
        db.execute("CREATE TABLE filler (x)")  # a new table needs a new page
    db.close()


def test_a_read_only_database_refuses_an_edit_with_the_prepared_message(demo_file, tmp_path):
    from workbench.campaigns.service import get_campaign
    from workbench.review.results import campaign_results
    from workbench.review.sheets import open_sheet

    path, campaign_id = demo_file
    target = tmp_path / "ro.sqlite"
    target.write_bytes(path.read_bytes())
    db = open_database(target)
    campaign = get_campaign(db, campaign_id)
    _, files = campaign_results(db, campaign)
    db.execute("PRAGMA query_only = 1")  # as a read-only file or folder does (chmod means nothing to root)
    with pytest.raises(StorageError, match="只读"):
        open_sheet(db, campaign.id, files[-1].subject_id, "nobody", author="甲")
    db.close()


def test_the_cli_maps_storage_failures_outside_a_transaction(monkeypatch, tmp_path):
    from workbench.cli import commands

    def broken(db, args):
        exc = sqlite3.OperationalError("disk I/O error")
        exc.sqlite_errorname = "SQLITE_IOERR_WRITE"
        raise exc

    monkeypatch.setattr(commands, "campaign_list", broken)
    rc, _, err = run(["--db", str(tmp_path / "a.sqlite"), "campaign", "list"])
    assert rc == 2
    assert "读写文件时出错" in err
    assert "内部错误" not in err


def test_an_export_to_a_full_disk_is_the_prepared_message(demo_file, tmp_path, monkeypatch):
    from workbench.exports import service

    path, campaign_id = demo_file

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(service, "write_workbook", full)
    out = tmp_path / "out"
    rc, _, err = run(["--db", str(path), "export", "xlsx", "--campaign", campaign_id, "--out", f"{out}/"])
    assert rc == 2
    assert "磁盘空间不足" in err
    assert list(out.iterdir()) == []  # no temporary left behind


def test_db_check_runs_the_full_check_and_names_a_dangling_reference(demo_file, tmp_path):
    path, _ = demo_file
    rc, out, _ = run(["--db", str(path), "db", "check"])
    assert rc == 0
    assert "完好" in out
    target = tmp_path / "dangling.sqlite"
    target.write_bytes(path.read_bytes())
    raw = sqlite3.connect(target)  # foreign keys are off on a bare connection, as in an old tool
    raw.execute("DELETE FROM department WHERE id = (SELECT department_id FROM case_file LIMIT 1)")
    raw.commit()
    raw.close()
    rc, _, err = run(["--db", str(target), "db", "check"])
    assert rc == 2
    assert "引用了不存在的 department 记录" in err
