"""Encryption at rest, whole backups and the integrity check: the encrypted file reads only under its
password, and every failure (wrong key, truncated file, existing target) changes nothing."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from db import connection
from db.connection import SQLITE_HEADER, connect, database_key, is_encrypted, open_database
from db.errors import DatabaseFileError, DatabaseKeyRequired, StorageError, WrongDatabaseKey
from db.files import backup_to, backups_folder, daily_backup, decrypt_file, encrypt_file, integrity
from workbench.cli.main import main
from workbench.demo.generator import generate_demo

KEY = "开会口令 'quoted' 123"


@pytest.fixture
def plain(tmp_path):
    path = tmp_path / "plain.sqlite"
    db = open_database(path)
    generate_demo(db, files=60, seed=3)
    db.close()
    return path


def counts(db) -> tuple[int, int, int]:
    """Row counts of a few tables; closes the database."""
    try:
        return tuple(db[t].count for t in ("case_file", "score_entry", "audit_log"))
    finally:
        db.close()


def cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_encrypted_copy_has_no_sqlite_header_and_the_same_data(plain, tmp_path):
    before = counts(open_database(plain))
    out = encrypt_file(plain, KEY, tmp_path / "enc.sqlite")
    assert out.read_bytes()[:16] != SQLITE_HEADER
    assert is_encrypted(out)
    assert b"CREATE TABLE" not in out.read_bytes()
    assert counts(open_database(out, key=KEY)) == before
    assert plain.read_bytes()[:16] == SQLITE_HEADER  # the source is left as it was


def test_encrypt_in_place_then_decrypt_back(plain):
    before = counts(open_database(plain))
    encrypt_file(plain, KEY)
    assert is_encrypted(plain)
    with pytest.raises(DatabaseKeyRequired, match="已加密"):
        open_database(plain)
    decrypt_file(plain, KEY)
    assert plain.read_bytes()[:16] == SQLITE_HEADER
    assert counts(open_database(plain)) == before


def test_a_wrong_key_is_refused_and_changes_nothing(plain, tmp_path):
    enc = encrypt_file(plain, KEY, tmp_path / "enc.sqlite")
    data = enc.read_bytes()
    with pytest.raises(WrongDatabaseKey, match="数据库口令不正确"):
        open_database(enc, key="wrong")
    with pytest.raises(WrongDatabaseKey):
        decrypt_file(enc, "wrong")
    assert enc.read_bytes() == data
    assert not list(tmp_path.glob("*.part"))


def test_a_truncated_encrypted_file_is_reported_as_damaged(plain, tmp_path):
    enc = encrypt_file(plain, KEY, tmp_path / "enc.sqlite")
    data = enc.read_bytes()
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(data[: len(data) // 2 // 4096 * 4096])
    with pytest.raises(StorageError, match="已损坏或不完整"):
        open_database(cut, key=KEY)
    odd = tmp_path / "odd.sqlite"
    odd.write_bytes(data[:5000])  # not whole pages: not taken for an encrypted database
    with pytest.raises(StorageError):
        open_database(odd, key=KEY)


def test_encrypt_refuses_an_existing_target_or_an_encrypted_source(plain, tmp_path):
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"mine")
    with pytest.raises(DatabaseFileError, match="已存在"):
        encrypt_file(plain, KEY, taken)
    assert taken.read_bytes() == b"mine"
    enc = encrypt_file(plain, KEY, tmp_path / "enc.sqlite")
    with pytest.raises(DatabaseFileError, match="已经加密"):
        encrypt_file(enc, KEY)


def test_the_key_opens_jobs_connections_in_the_same_process(plain, tmp_path):
    enc = encrypt_file(plain, KEY, tmp_path / "enc.sqlite")
    open_database(enc, key=KEY).close()
    assert database_key(enc) == KEY
    open_database(enc).close()  # a worker's connection: the remembered key


def test_backup_is_a_consistent_snapshot_including_uncheckpointed_edits(plain, tmp_path):
    db = open_database(plain)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    db["department"].insert({"id": "late", "created_at": "x", "updated_at": "x", "name": "最后一刻"})
    db.conn.commit()
    assert (plain.with_name(plain.name + "-wal")).stat().st_size > 0
    out = backup_to(db, tmp_path / "copy.sqlite")
    copy = sqlite3.connect(out)
    assert copy.execute("SELECT name FROM department WHERE id = 'late'").fetchone() == ("最后一刻",)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()
    db.close()


def test_an_encrypted_database_backs_up_encrypted(plain, tmp_path):
    enc = encrypt_file(plain, KEY, tmp_path / "enc.sqlite")
    db = open_database(enc, key=KEY)
    out = backup_to(db, tmp_path / "copy.sqlite", KEY)
    db.close()
    assert is_encrypted(out)
    conn = connect(out, KEY)
    assert integrity(conn) == []
    conn.close()
    with pytest.raises(WrongDatabaseKey):
        connect(out, "wrong")


def test_daily_backups_keep_the_newest_few(plain):
    db = open_database(plain)
    start = date(2026, 3, 1)
    for n in range(7):
        daily_backup(db, plain, key=None, keep=5, today=start + timedelta(days=n))
    assert daily_backup(db, plain, key=None, keep=5, today=start + timedelta(days=6)) is None  # once a day
    db.close()
    names = sorted(p.name for p in backups_folder(plain).iterdir())
    assert names == [f"plain-2026-03-0{d}.sqlite" for d in range(3, 8)]


def test_cli_encrypt_report_backup_check_and_wrong_key(plain, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WORKBENCH_DB_KEY", KEY)
    enc = tmp_path / "enc.sqlite"
    code, out, err = cli(capsys, "--db", plain, "db", "encrypt", "--out", enc)
    assert code == 0, err
    code, out, err = cli(capsys, "--db", enc, "campaign", "list")
    assert code == 0, err
    campaign = out.split()[0]
    assert cli(capsys, "--db", enc, "report", "--campaign", campaign)[0] == 0
    assert cli(capsys, "--db", enc, "audit", "verify")[0] == 0
    assert cli(capsys, "--db", enc, "db", "check")[0] == 0
    code, out, err = cli(capsys, "--db", enc, "db", "backup", "--out", tmp_path / "b.sqlite")
    assert code == 0, err
    assert is_encrypted(tmp_path / "b.sqlite")
    data = enc.read_bytes()
    monkeypatch.setenv("WORKBENCH_DB_KEY", "wrong")
    code, _, err = cli(capsys, "--db", enc, "report", "--campaign", campaign)
    assert code == 2
    assert "数据库口令不正确" in err
    code, _, err = cli(capsys, "--db", enc, "db", "decrypt")
    assert code == 2
    assert enc.read_bytes() == data
    monkeypatch.delenv("WORKBENCH_DB_KEY")
    monkeypatch.setattr(connection, "_KEYS", {})  # a new process: no password remembered
    code, _, err = cli(capsys, "--db", enc, "report", "--campaign", campaign)
    assert code == 2
    assert "需要数据库口令" in err


def test_cli_check_reports_a_damaged_file(plain, tmp_path, capsys):
    conn = sqlite3.connect(plain)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'name', 'nom') WHERE name = 'department'")
    conn.commit()
    conn.close()
    code, _, err = cli(capsys, "--db", plain, "db", "check")
    assert code in (1, 2)
    assert "完整性" in err or "数据库" in err


def test_the_shared_fixture_is_encrypted_when_asked(db, tmp_path):
    from tests.conftest import ENCRYPTED

    assert is_encrypted(tmp_path / "wb.sqlite") == ENCRYPTED


def test_encrypting_in_place_is_refused_while_the_app_has_the_file_open(plain):
    data = plain.read_bytes()
    app = open_database(plain)  # the window's connection
    try:
        with pytest.raises(DatabaseFileError, match="正被其他程序使用"):
            encrypt_file(plain, KEY)
    finally:
        app.close()
    assert plain.read_bytes()[:16] == SQLITE_HEADER
    assert len(plain.read_bytes()) >= len(data) // 2
    encrypt_file(plain, KEY)  # once it is closed
    assert is_encrypted(plain)


def test_cli_asks_twice_without_echo_and_a_mismatch_changes_nothing(plain, capsys, monkeypatch):
    from workbench.cli import db_commands

    monkeypatch.delenv("WORKBENCH_DB_KEY", raising=False)
    monkeypatch.setattr(db_commands.sys.stdin, "isatty", lambda: True, raising=False)
    answers = iter(["一个口令", "另一个口令"])
    monkeypatch.setattr(db_commands.getpass, "getpass", lambda prompt: next(answers))
    data = plain.read_bytes()
    code, _, err = cli(capsys, "--db", plain, "db", "encrypt")
    assert code == 2
    assert "两次输入的口令不一致" in err
    assert plain.read_bytes() == data
