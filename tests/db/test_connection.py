"""The store: a new file gets the whole schema, a newer one is refused, a failed upgrade changes nothing."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from db import connection
from db.connection import open_database
from db.errors import DatabaseTooNew, StorageError
from db.migrations import SCHEMA_VERSION, migrations


def test_every_step_bumps_the_schema_version():
    assert len(migrations.pending(Database(memory=True))) == SCHEMA_VERSION


def test_new_file_gets_the_schema_in_wal_mode(tmp_path):
    db = open_database(tmp_path / "new.sqlite")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL: a score edit survives a power cut
    for table in ("case_file", "standard", "campaign", "score_sheet", "score_entry", "audit_log"):
        assert db[table].exists()
    record_columns = {"id", "created_at", "updated_at", "author"}
    assert record_columns <= set(db["score_entry"].columns_dict)
    db.close()


def test_reopening_applies_nothing_twice(tmp_path):
    path = tmp_path / "again.sqlite"
    open_database(path).close()
    db = open_database(path)
    assert not migrations.pending(db)
    assert not list(tmp_path.glob("*.bak-v*"))  # no upgrade, no backup
    db.close()


def test_a_file_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(DatabaseTooNew, match="更新版本"):
        open_database(path)


def test_a_failing_step_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "half.sqlite"
    open_database(path).close()

    @migrations(name="9999_broken")
    def _broken(db):
        db["department"].add_column("note", str)
        raise RuntimeError("boom")

    monkeypatch.setattr(connection, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    try:
        with pytest.raises(RuntimeError):
            open_database(path)
    finally:
        migrations._migrations.pop()
    db = Database(path)
    assert "note" not in db["department"].columns_dict
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert (tmp_path / f"half.sqlite.bak-v{SCHEMA_VERSION}").exists()  # backed up before trying


def test_a_file_that_is_not_a_database_gets_a_chinese_error(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is a text file, not sqlite" * 100)
    with pytest.raises(StorageError, match="不是工作台的数据库文件"):
        open_database(path)


def test_a_version_1_file_is_backed_up_then_upgraded_with_its_data(tmp_path):
    path = tmp_path / "v1.sqlite"
    old = Database(path)
    with old.atomic():
        migrations.apply(old, stop_before="0002_attachment")
        old.execute("PRAGMA user_version = 1")
    old["department"].insert(
        {"id": "d1", "created_at": "t", "updated_at": "t", "author": "a", "name": "市局"}
    )
    old.close()
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db["attachment"].exists()
    assert [r["name"] for r in db["department"].rows] == ["市局"]
    backup = Database(tmp_path / "v1.sqlite.bak-v1")
    assert not backup["attachment"].exists()
    assert backup["department"].count == 1
    db.close()
