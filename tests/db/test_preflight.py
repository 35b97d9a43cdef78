"""Bad database paths at start: a clear message naming the file, and nothing written or changed."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import namedtuple

import pytest

import db.preflight
from db.connection import open_database
from db.errors import DatabaseTooNew, StorageError
from db.migrations import SCHEMA_VERSION


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_missing_folder_is_named_and_not_created(tmp_path):
    target = tmp_path / "移走的文件夹" / "评查.sqlite"
    with pytest.raises(StorageError) as caught:
        open_database(target)
    assert "文件夹" in caught.value.message
    assert "不存在" in caught.value.message
    assert not target.parent.exists()


def test_a_file_that_is_not_a_database_is_left_alone(tmp_path):
    target = tmp_path / "案件台账.sqlite"
    target.write_bytes("案号,案件名称\n".encode() * 100)
    before = digest(target)
    with pytest.raises(StorageError) as caught:
        open_database(target)
    assert "不是工作台的数据库文件" in caught.value.message
    assert digest(target) == before


def test_another_programs_sqlite_database_gets_none_of_our_tables(tmp_path):
    target = tmp_path / "other.sqlite"
    con = sqlite3.connect(target)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()
    before = digest(target)
    with pytest.raises(StorageError) as caught:
        open_database(target)
    assert "其他程序" in caught.value.message
    assert digest(target) == before


def test_a_database_of_a_newer_version_is_refused_unchanged(tmp_path):
    target = tmp_path / "newer.sqlite"
    open_database(target).close()
    con = sqlite3.connect(target)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    before = digest(target)
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(target)
    assert "更新版本" in caught.value.message
    assert digest(target) == before


def test_a_full_disk_is_reported_before_anything_is_written(tmp_path, monkeypatch):
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(db.preflight.shutil, "disk_usage", lambda _folder: usage(10**9, 10**9, 1024))
    target = tmp_path / "new.sqlite"
    with pytest.raises(StorageError) as caught:
        open_database(target)
    assert "磁盘空间不足" in caught.value.message
    assert not target.exists()


def test_a_folder_given_as_the_database_is_refused(tmp_path):
    with pytest.raises(StorageError) as caught:
        open_database(tmp_path)
    assert "文件夹" in caught.value.message


def test_our_own_database_still_opens(tmp_path):
    target = tmp_path / "ours.sqlite"
    open_database(target).close()
    open_database(target).close()  # the second open passes every check


@pytest.mark.parametrize(("readonly", "expected"), [("folder", "只读"), ("file", "文件只读")])
def test_read_only_places_are_named(tmp_path, monkeypatch, readonly, expected):
    target = tmp_path / "ro.sqlite"
    open_database(target).close()
    before = digest(target)
    # the tests run as root, for whom chmod changes nothing: simulate what an office user meets
    denied = target.parent if readonly == "folder" else target
    real = db.preflight.os.access
    monkeypatch.setattr(db.preflight.os, "access", lambda p, mode: False if p == denied else real(p, mode))
    with pytest.raises(StorageError) as caught:
        open_database(target)
    assert expected in caught.value.message
    assert digest(target) == before


def test_a_relative_path_is_checked_too(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    open_database("rel.sqlite").close()
    open_database("rel.sqlite").close()  # the second open reads the existing file's header and tables
