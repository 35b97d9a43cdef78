"""The issuing office's profile (发文机关): the name every numbered document is signed with, the contact
person (附注 联系人) and the address. Nothing is numbered until it is filled in (issue 14: no notice goes
out signed ××市司法局 with 联系人：×××)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from db.records import audit
from db.repos import office as repo
from workbench.common.changes import Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError

MAX_NAME = 40  # 发文机关 full names run to about 20 characters
MAX_LINE = 80
PLACEHOLDER_MARKS = ("××", "×××", "XX", "xx", "＊＊")
OFFICE_SETTING = "office_profile"  # the name `set_office` reports in `Changes.settings`


class OfficeProfileMissing(UserError):
    code = "office_profile_missing"
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "尚未填写发文机关信息（机关名称、联系人、地址），无法制发{document}。"
        "请先在“设置 → 发文机关信息”中填写，"
        "或在命令行运行 office set --name 名称 --contact 联系人 --address 地址。",
    )


class BadOfficeField(UserError):
    code = "bad_office_field"
    template = QT_TRANSLATE_NOOP("UserError", "发文机关信息的“{field}”{problem}")


@dataclass(frozen=True)
class OfficeProfile:
    name: str  # 发文机关 full name: 鄂州市司法局
    contact: str  # 联系人 and phone: 王明，0711-3856012
    address: str  # 鄂州市滨湖南路1号


def get_office(db: Database) -> OfficeProfile | None:
    """The office profile, or None while it has not been filled in."""
    row = repo.get(db)
    if row is None or row.name is None or not row.name.strip():
        return None
    return OfficeProfile(row.name, row.contact or "", row.address or "")


def require_office(db: Database, document: str = "编号公文") -> OfficeProfile:
    office = get_office(db)
    if office is None:
        raise OfficeProfileMissing(document=document)
    return office


def _checked(field: str, value: str, maximum: int) -> str:
    text = " ".join(value.split())
    if not text:
        raise BadOfficeField(field=field, problem="不能为空。")
    if len(text) > maximum:
        raise BadOfficeField(field=field, problem=f"过长（{len(text)} 字，最多 {maximum} 字）。")
    if any(mark in text for mark in PLACEHOLDER_MARKS):
        raise BadOfficeField(field=field, problem=f"仍是占位文字“{text}”，请填写实际内容。")
    return text


def set_office(db: Database, *, name: str, contact: str, address: str, author: str) -> Done[OfficeProfile]:
    """Store the office profile after checking every field; a bad field stores nothing.

    Changes: the setting `OFFICE_SETTING`."""
    values = {
        "name": _checked("机关名称", name, MAX_NAME),
        "contact": _checked("联系人", contact, MAX_LINE),
        "address": _checked("地址", address, MAX_LINE),
    }
    with db.atomic():
        old = get_office(db)
        repo.put(db, values, author=author)
        audit(
            db,
            author=author,
            table="office_profile",
            record_id=repo.ROW_ID,
            action="save",
            old=None if old is None else f"{old.name}；{old.contact}；{old.address}",
            new="；".join(values.values()),
        )
    return Done(OfficeProfile(**values), Changes.of(settings=[OFFICE_SETTING]))
