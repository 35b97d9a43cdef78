"""The window's way of opening: the integrity check runs in the background, and no write lands before
its verdict. A damaged file is still refused, only a moment later."""

from __future__ import annotations

import sqlite3

import pytest

from db.connection import open_database, worker_database
from db.errors import DatabaseDamaged
from workbench.demo.generator import generate_demo


def dump(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "评查.sqlite"
    db = open_database(path)
    generate_demo(db, files=40, seed=3)
    db.close()
    return path


def break_a_reference(path) -> None:
    raw = sqlite3.connect(path)
    first = "SELECT min(rowid) FROM score_sheet"
    raw.execute(f"UPDATE score_sheet SET reviewer_id = 'nobody' WHERE rowid = ({first})")  # noqa: S608
    raw.commit()
    raw.close()


def test_a_damaged_file_opens_for_reading_but_refuses_every_write(demo):
    break_a_reference(demo)
    before = dump(demo)
    db = open_database(demo, check_later=True)
    try:
        assert db.execute("SELECT count(*) FROM case_file").fetchone()[0] > 0  # the window can paint
        with pytest.raises(DatabaseDamaged, match="引用了不存在的 reviewer 记录"), db.atomic():
            db.execute("UPDATE case_file SET title = '改过' WHERE rowid = 1")
        with pytest.raises(DatabaseDamaged):
            db.execute("DELETE FROM case_file")
    finally:
        db.close()
    assert dump(demo) == before


def test_a_sound_file_writes_once_the_check_has_passed(demo):
    db = open_database(demo, check_later=True)
    try:
        with db.atomic():
            db.execute("UPDATE case_file SET title = '改过' WHERE rowid = 1")
        assert db.integrity is None  # the verdict was awaited once, then forgotten
    finally:
        db.close()
    assert "改过" in dump(demo)


def test_a_jobs_connection_shares_the_windows_check(demo, monkeypatch):
    db = open_database(demo, check_later=True)
    db.integrity.result()
    import db.connection as connection

    monkeypatch.setattr(connection, "check_integrity", lambda *a: pytest.fail("checked a second time"))
    with worker_database(demo) as job_db:
        assert job_db.execute("SELECT count(*) FROM case_file").fetchone()[0] > 0
    db.close()
