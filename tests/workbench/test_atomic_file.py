"""The one file writer: exclusive random temporaries, never through a planted link, stale ones cleaned."""

from __future__ import annotations

import errno
import os
import time

import pytest

from workbench.common import atomic_file
from workbench.common.atomic_file import FileWriteError, atomic_path, clean_stale, is_temporary


def test_a_planted_link_is_never_written_through(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "out"
    out.mkdir()
    # the old predictable names, and the target itself, all point at the victim
    for name in (".~成绩.xlsx.part", "成绩.xlsx.part", "成绩.xlsx"):
        (out / name).symlink_to(victim)
    with atomic_path(out / "成绩.xlsx") as temporary:
        assert not temporary.is_symlink()
        assert temporary.parent == out
        assert is_temporary(temporary.name)
        temporary.write_bytes(b"new content")
    assert victim.read_text() == "keep me"
    assert not (out / "成绩.xlsx").is_symlink()  # the link at the target was replaced, not followed
    assert (out / "成绩.xlsx").read_bytes() == b"new content"


def test_two_writers_never_share_a_temporary(tmp_path):
    with atomic_path(tmp_path / "a.pdf") as one, atomic_path(tmp_path / "a.pdf") as two:
        assert one != two


def test_a_failed_write_leaves_neither_the_target_nor_a_temporary(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"old")

    def write_half(temporary):
        temporary.write_bytes(b"half")
        raise RuntimeError

    with pytest.raises(RuntimeError), atomic_path(tmp_path / "report.pdf") as temporary:
        write_half(temporary)
    assert (tmp_path / "report.pdf").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_full_disk_is_a_chinese_message(tmp_path):
    with pytest.raises(FileWriteError, match="磁盘空间不足"), atomic_path(tmp_path / "x.xlsx"):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_a_chinese_message(tmp_path):
    with pytest.raises(FileWriteError, match="文件夹不存在"), atomic_path(tmp_path / "nope" / "x.pdf"):
        pass


def test_stale_temporaries_of_ours_are_removed_and_nothing_else(tmp_path):
    old = time.time() - atomic_file.STALE_AFTER - 60
    ours_old = tmp_path / ".~成绩.xlsx.ab12cd.part"
    ours_new = tmp_path / ".~通报.pdf.ef34gh.part"
    someone_elses = tmp_path / "draft.part"
    for p in (ours_old, ours_new, someone_elses):
        p.write_bytes(b"x")
    os.utime(ours_old, (old, old))
    os.utime(someone_elses, (old, old))
    assert clean_stale(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([ours_new.name, someone_elses.name])


def test_writing_into_a_folder_cleans_its_stale_left_overs(tmp_path):
    left = tmp_path / ".~成绩.xlsx.part"  # what a killed export of the old code left
    left.write_bytes(b"x" * 100)
    old = time.time() - atomic_file.STALE_AFTER - 1
    os.utime(left, (old, old))
    with atomic_path(tmp_path / "成绩.xlsx") as temporary:
        temporary.write_bytes(b"ok")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["成绩.xlsx"]


def test_a_failed_workbook_save_prints_no_ignored_exception(tmp_path):
    import subprocess
    import sys

    script = f"""
import errno, io
from openpyxl import Workbook
from workbench.common.atomic_file import save_workbook

class Full(io.FileIO):
    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

book = Workbook()
book.active["A1"] = "x" * 100000
try:
    save_workbook(book, Full({str(tmp_path / "w.xlsx")!r}, "w"))
except OSError:
    print("refused")
import gc; gc.collect()
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "refused"
    assert "Exception ignored" not in done.stderr, done.stderr
