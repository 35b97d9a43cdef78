"""Signing in on the command line, and `user add / list / passwd / disable / roles`.

Once a database has accounts, every command runs as `--user NAME` (else WORKBENCH_USER or the login
name) after the password from WORKBENCH_PASSWORD or a no-echo prompt. New passwords come from
WORKBENCH_NEW_PASSWORD or a prompt asked twice. Passwords are never printed or written anywhere.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from sqlite_utils import Database

from workbench.accounts import (
    ROLE_NAMES,
    add_account,
    authenticate,
    disable_account,
    has_accounts,
    list_accounts,
    parse_roles,
    set_password,
    set_roles,
)
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.common.workspace import current_user

ROLE_HELP = "角色：管理员|组长|评查人员（或 admin|lead|reviewer），可重复"


class PasswordNeeded(UserError):
    code = "password_needed"
    template = QT_TRANSLATE_NOOP(
        "UserError", "{what}：请设置环境变量 {variable}，或在终端中运行以便输入（输入不回显）。"
    )


class PasswordsDiffer(UserError):
    code = "passwords_differ"
    template = QT_TRANSLATE_NOOP("UserError", "两次输入的口令不一致，未作任何修改。")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    user = sub.add_parser("user", help="账户与角色（管理员、组长、评查人员）").add_subparsers(
        dest="action", required=True
    )
    add = user.add_parser("add", help="新建账户（口令取自 WORKBENCH_NEW_PASSWORD 或两次输入），输出其编号")
    add.add_argument("name")
    add.add_argument("--role", action="append", required=True, help=ROLE_HELP)
    add.add_argument("--department", default=None, help="所在单位")
    add.set_defaults(run=user_add)
    lst = user.add_parser("list", help="列出账户")
    lst.add_argument("--json", action="store_true", help="输出 JSON")
    lst.set_defaults(run=user_list)
    pw = user.add_parser("passwd", help="修改口令（本人，或由管理员修改他人的）")
    pw.add_argument("name")
    pw.set_defaults(run=user_passwd)
    dis = user.add_parser("disable", help="停用账户")
    dis.add_argument("name")
    dis.set_defaults(run=user_disable)
    roles = user.add_parser("roles", help="设置账户的角色（取代原有角色）")
    roles.add_argument("name")
    roles.add_argument("--role", action="append", required=True, help=ROLE_HELP)
    roles.set_defaults(run=user_roles)


def _secret(variable: str, prompt: str, what: str) -> str:
    value = os.environ.get(variable)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise PasswordNeeded(what=what, variable=variable)
    return getpass.getpass(prompt)


def sign_in(db: Database, user: str | None) -> str:
    """Who runs this command. Without accounts: the name given (one-person use, as before). With
    accounts: the name must sign in with its password, or the command does nothing."""
    if not has_accounts(db):
        return user or current_user()
    name = user or current_user()
    password = _secret("WORKBENCH_PASSWORD", f"“{name}”的口令：", "需要登录口令")
    return authenticate(db, name, password).name


def _new_password() -> str:
    if (value := os.environ.get("WORKBENCH_NEW_PASSWORD")) is not None:
        return value
    first = _secret("WORKBENCH_NEW_PASSWORD", "新口令：", "需要新口令")
    if getpass.getpass("再次输入新口令：") != first:
        raise PasswordsDiffer()
    return first


def user_add(db: Database, args: argparse.Namespace) -> int:
    roles = parse_roles(args.role)
    account_id = add_account(
        db, args.name, roles, _new_password(), actor=args.author, department=args.department
    ).value
    shown = "、".join(ROLE_NAMES[r] for r in ROLE_NAMES if r in roles)
    print(f"已为“{args.name.strip()}”建立账户（{shown}），编号：")
    print(account_id)
    return 0


def user_list(db: Database, args: argparse.Namespace) -> int:
    accounts = list_accounts(db)
    if args.json:
        rows = [
            {
                "id": a.id,
                "name": a.name,
                "department": a.department,
                "roles": sorted(r.value for r in a.roles),
                "disabled": a.disabled,
            }
            for a in accounts
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not accounts:
        print("尚无账户：本数据库供一人使用。可用 `user add 姓名 --role 管理员` 建立第一个账户。")
    for a in accounts:
        state = "已停用" if a.disabled else "在用"
        print(f"{a.name}\t{a.department or '—'}\t{a.role_names}\t{state}")
    return 0


def user_passwd(db: Database, args: argparse.Namespace) -> int:
    set_password(db, args.name, _new_password(), actor=args.author)
    print(f"已修改“{args.name}”的口令。")
    return 0


def user_disable(db: Database, args: argparse.Namespace) -> int:
    disable_account(db, args.name, actor=args.author)
    print(f"已停用“{args.name}”的账户。")
    return 0


def user_roles(db: Database, args: argparse.Namespace) -> int:
    roles = parse_roles(args.role)
    set_roles(db, args.name, roles, actor=args.author)
    print(f"“{args.name}”的角色现为：" + "、".join(ROLE_NAMES[r] for r in ROLE_NAMES if r in roles) + "。")
    return 0
