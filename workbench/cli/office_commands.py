"""`office set` and `office show`: the issuing office (发文机关) numbered documents are signed with."""

from __future__ import annotations

import argparse

from sqlite_utils import Database

from workbench.campaigns.office import get_office, set_office


def add_parsers(sub: argparse._SubParsersAction) -> None:
    office = sub.add_parser("office", help="发文机关信息：名称、联系人、地址").add_subparsers(
        dest="action", required=True
    )
    put = office.add_parser("set", help="填写发文机关信息（制发通报和整改通知书前必须填写）")
    put.add_argument("--name", required=True, help="发文机关全称，如 鄂州市司法局")
    put.add_argument("--contact", required=True, help="联系人及电话，如 王明，0711-3856012")
    put.add_argument("--address", required=True, help="机关地址")
    put.set_defaults(run=office_set)
    office.add_parser("show", help="显示发文机关信息").set_defaults(run=office_show)


def office_set(db: Database, args: argparse.Namespace) -> int:
    office = set_office(
        db, name=args.name, contact=args.contact, address=args.address, author=args.author
    ).value
    print(f"发文机关：{office.name}\n联系人：{office.contact}\n地址：{office.address}")
    return 0


def office_show(db: Database, args: argparse.Namespace) -> int:
    office = get_office(db)
    if office is None:
        print("尚未填写发文机关信息。")
        return 0
    print(f"发文机关：{office.name}\n联系人：{office.contact}\n地址：{office.address}")
    return 0
