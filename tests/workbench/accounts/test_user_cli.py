"""`user` commands and signing in on the command line: exit codes, messages, and that a refused command
changes nothing in the database (compared as a full SQL dump before and after)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.workbench.small_campaign import register_file
from workbench.cli import user_commands
from workbench.cli.main import main

ADMIN_PW, REVIEWER_PW = "admin-pass-1", "reviewer-pass-1"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def dump(path, *, skip_accounts: bool = False) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        lines = list(conn.iterdump())
    finally:
        conn.close()
    return [line for line in lines if not (skip_accounts and line.startswith('INSERT INTO "account"'))]


@pytest.fixture
def office(tmp_path, capsys, monkeypatch):
    """A database with an administrator 张三 and a reviewer 李四; no password in the environment."""
    path = tmp_path / "wb.sqlite"
    monkeypatch.setenv("WORKBENCH_NEW_PASSWORD", ADMIN_PW)
    code, out, _ = run(capsys, "--db", path, "--user", "张三", "user", "add", "张三", "--role", "管理员")
    assert code == 0
    admin_id = out.splitlines()[-1]
    monkeypatch.setenv("WORKBENCH_PASSWORD", ADMIN_PW)
    monkeypatch.setenv("WORKBENCH_NEW_PASSWORD", REVIEWER_PW)
    code, out, err = run(
        capsys,
        "--db",
        path,
        "--user",
        "张三",
        "user",
        "add",
        "李四",
        "--role",
        "reviewer",
        "--department",
        "交通局",
    )
    assert code == 0, err
    monkeypatch.delenv("WORKBENCH_PASSWORD")
    monkeypatch.delenv("WORKBENCH_NEW_PASSWORD")
    return path, admin_id, out.splitlines()[-1]


def test_first_account_needs_no_login_and_ids_end_the_output(office, capsys, monkeypatch):
    path, admin_id, reviewer_id = office
    monkeypatch.setenv("WORKBENCH_PASSWORD", REVIEWER_PW)
    code, out, _ = run(capsys, "--db", path, "--user", "李四", "user", "list", "--json")
    assert code == 0
    rows = {r["name"]: r for r in json.loads(out)}
    assert rows["张三"]["id"] == admin_id
    assert rows["张三"]["roles"] == ["admin"]
    assert rows["李四"]["id"] == reviewer_id
    assert rows["李四"]["department"] == "交通局"
    assert rows["李四"]["roles"] == ["reviewer"]


def test_first_account_must_be_an_administrator(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WORKBENCH_NEW_PASSWORD", ADMIN_PW)
    code, _, err = run(capsys, "--db", tmp_path / "wb.sqlite", "user", "add", "王五", "--role", "评查人员")
    assert code == 2
    assert "第一个账户必须具有“管理员”角色" in err


def test_forged_user_without_password_is_refused(office, capsys):
    path, *_ = office
    before = dump(path)
    code, out, err = run(
        capsys, "--db", path, "--user", "张三", "cases", "import", register_file(path.parent)
    )
    assert code == 2
    assert "WORKBENCH_PASSWORD" in err
    assert out == ""
    assert dump(path) == before


@pytest.mark.parametrize(("name", "password"), [("张三", "not-his-password"), ("无此人", ADMIN_PW)])
def test_wrong_name_or_password_exits_2_and_changes_nothing(office, capsys, monkeypatch, name, password):
    path, *_ = office
    before = dump(path, skip_accounts=True)
    monkeypatch.setenv("WORKBENCH_PASSWORD", password)
    code, out, err = run(capsys, "--db", path, "--user", name, "cases", "import", register_file(path.parent))
    assert code == 2
    assert err.strip() == "错误：用户名或口令错误。"
    assert out == ""
    assert dump(path, skip_accounts=True) == before  # only the count of wrong tries moved


def test_reviewer_calling_an_organiser_command_exits_2_and_changes_nothing(office, capsys, monkeypatch):
    path, *_ = office
    before = dump(path)
    monkeypatch.setenv("WORKBENCH_PASSWORD", REVIEWER_PW)
    code, _, err = run(capsys, "--db", path, "--user", "李四", "cases", "import", register_file(path.parent))
    assert code == 2
    assert "此操作需要“管理员”角色；“李四”没有该角色。" in err
    code, _, err = run(capsys, "--db", path, "--user", "李四", "user", "add", "王五", "--role", "管理员")
    assert code == 2
    assert dump(path) == before


def test_disabled_account_is_told_so(office, capsys, monkeypatch):
    path, *_ = office
    monkeypatch.setenv("WORKBENCH_PASSWORD", ADMIN_PW)
    assert run(capsys, "--db", path, "--user", "张三", "user", "disable", "李四")[0] == 0
    monkeypatch.setenv("WORKBENCH_PASSWORD", REVIEWER_PW)
    code, _, err = run(capsys, "--db", path, "--user", "李四", "user", "list")
    assert code == 2
    assert "用户名或口令错误" in err
    assert "“李四”已停用" in err


def test_passwd_and_roles(office, capsys, monkeypatch):
    path, *_ = office
    monkeypatch.setenv("WORKBENCH_PASSWORD", REVIEWER_PW)
    monkeypatch.setenv("WORKBENCH_NEW_PASSWORD", "new-reviewer-pass")
    assert run(capsys, "--db", path, "--user", "李四", "user", "passwd", "李四")[0] == 0
    assert run(capsys, "--db", path, "--user", "李四", "user", "list")[0] == 2  # the old one is gone
    monkeypatch.setenv("WORKBENCH_PASSWORD", ADMIN_PW)
    code, out, _ = run(
        capsys,
        "--db",
        path,
        "--user",
        "张三",
        "user",
        "roles",
        "李四",
        "--role",
        "组长",
        "--role",
        "评查人员",
    )
    assert code == 0
    assert "组长、评查人员" in out
    code, out, _ = run(capsys, "--db", path, "--user", "张三", "user", "list")
    assert "李四\t交通局\t组长、评查人员\t在用" in out


def test_new_password_prompted_twice_must_match(office, capsys, monkeypatch):
    path, *_ = office
    before = dump(path)
    monkeypatch.setenv("WORKBENCH_PASSWORD", ADMIN_PW)
    answers = iter(["first-try-123", "second-try-456"])
    monkeypatch.setattr(user_commands.getpass, "getpass", lambda _prompt="": next(answers))
    monkeypatch.setattr(user_commands.sys.stdin, "isatty", lambda: True, raising=False)
    code, _, err = run(capsys, "--db", path, "--user", "张三", "user", "add", "王五", "--role", "评查人员")
    assert code == 2
    assert "两次输入的口令不一致" in err
    assert dump(path) == before
