"""The one counter of 发文字号: 机关代字〔年份〕序号号 (GB/T 9704: 六角括号, no padding).

One counter per issuer code and year serves every campaign's notices and its bulletin alike; a number is
taken when the document is issued and never given again, voided or not (a unique index on issuer, year,
serial guards the race, and the writer reads the counter again up to ATTEMPTS times).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from db.records import audit
from db.repos import notices as repo
from workbench.campaigns.office import require_office
from workbench.campaigns.service import Campaign
from workbench.common.changes import NOTHING, Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError

ISSUED = "issued"
ATTEMPTS = 3  # another writer took the same serial: read the counter again


class NoDocPrefix(UserError):
    code = "no_doc_prefix"
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "评查活动“{campaign}”尚未设置发文机关代字（如“鄂州司函”），无法为整改通知编号。请先在活动设置中填写。",
    )


def notice_number(issuer: str, year: int, serial: int) -> str:
    """机关代字〔年份〕序号号, with 六角括号 U+3014/U+3015 and no padding."""
    return f"{issuer}\u3014{year}\u3015{serial}号"


@dataclass(frozen=True)
class BulletinNumber:
    number: str
    issued_on: date


def bulletin_number(
    db: Database, campaign: Campaign, *, issued_on: date, author: str
) -> Done[BulletinNumber]:
    """The campaign's bulletin number: the one in force, or the next of the notices' counter (one counter
    per issuer code and year serves notices and bulletins alike, GB/T 9704 发文字号). Taking a new number
    changes the campaign (its bulletin); finding the one in force changes nothing."""
    require_office(db, "通报")
    issuer = campaign.doc_prefix.strip()
    if not issuer:
        raise NoDocPrefix(campaign=campaign.name)
    for attempt in range(ATTEMPTS):
        try:
            with db.atomic():
                row = repo.bulletin_in_force(db, campaign.id)
                if row is not None:
                    return Done(BulletinNumber(row.number, date.fromisoformat(row.issued_on)), NOTHING)
                year = issued_on.year
                serial = repo.next_serial(db, issuer, year)
                number = notice_number(issuer, year, serial)
                record = {
                    "campaign_id": campaign.id,
                    "issuer": issuer,
                    "year": year,
                    "serial": serial,
                    "number": number,
                    "issued_on": issued_on.isoformat(),
                    "status": ISSUED,
                }
                bulletin_id = repo.insert_bulletin(db, record, author=author)
                audit(db, author=author, table="bulletin", record_id=bulletin_id, action="issue", new=number)
                return Done(BulletinNumber(number, issued_on), Changes.of(campaigns=[campaign.id]))
        except sqlite3.IntegrityError:
            if attempt == ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")
