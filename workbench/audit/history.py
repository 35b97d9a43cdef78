"""A file's history for people: who changed what on its sheets, entries and assignments, when, and why."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from db.repos import audit as repo
from db.repos import reviewers as reviewer_repo
from workbench.audit.verify import ACTIONS, TABLE_NAMES
from workbench.campaigns.service import campaign_standard, get_campaign

OBJECTS = {
    **TABLE_NAMES,
    "arbitration": "复核",
    "campaign": "评查活动",
    "draw": "抽取",
    "standard": "评分标准",
    "rectification": "整改台账",
    "attachment": "扫描件",
    "reviewer": "评查人员",
    "document_template": "文书模板",
}
STATUS = {"draft": "草稿", "submitted": "已提交", "issued": "已印发", "void": "已作废"}
KINDS = {"deduction": "扣", "bonus": "加", "veto": "否决", "na": "不适用"}


@dataclass(frozen=True)
class HistoryRow:
    """One change as the history dialog and the inspection workbook show it."""

    seq: int
    at: str  # local time, to the second
    author: str
    what: str
    action: str
    old: str
    new: str
    reason: str


def local_time(at: str) -> str:
    try:
        return datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


def loads(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _entry(value: dict[str, Any]) -> str:
    kind = value.get("kind", "")
    text = KINDS.get(kind, kind)
    if kind in ("deduction", "bonus"):
        text += f" {value.get('points')} 分"
        if (value.get("count") or 1) > 1:
            text += f"（{value['count']} 处）"
    if value.get("reason"):
        text += f"：{value['reason']}"
    if value.get("page"):
        text += f"（第 {value['page']} 页）"
    return text


def describe(table: str, value: Any, names: dict[str, str]) -> str:
    """A recorded value in words: an entry as 扣 2 分：理由（第 7 页）, a status as 已提交."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "；".join(describe(table, v, names) for v in value) or "（无）"
    if not isinstance(value, dict):
        return STATUS.get(str(value), str(value))
    if table in ("score_entry", "arbitration") and "kind" in value:
        return _entry(value)
    if set(value) == {"status"}:
        return STATUS.get(value["status"], str(value["status"]))
    parts = []
    if value.get("reviewer_id"):
        parts.append(f"评查人 {names.get(value['reviewer_id'], value['reviewer_id'])}")
    if value.get("status"):
        parts.append(STATUS.get(value["status"], str(value["status"])))
    if value.get("file"):
        parts.append(f"文件 {value['file']}")
    return "，".join(parts) or json.dumps(value, ensure_ascii=False)


def file_history(db: Database, campaign_id: str, subject_id: str) -> list[HistoryRow]:
    """Every recorded change to one file of a campaign, oldest first."""
    campaign = get_campaign(db, campaign_id)
    items = {i.key: i.text for i in campaign_standard(db, campaign).items_by_key.values()}
    names = reviewer_repo.names_by_id(db)
    sheet_owner = {}
    out = []
    for row in repo.subject_history(db, campaign_id, subject_id):
        old, new = loads(row.old_value), loads(row.new_value)
        table, record_id, action = row.table_name or "", row.record_id or "", row.action or ""
        value = new if isinstance(new, dict) else old if isinstance(old, dict) else {}
        if table == "score_sheet":
            if isinstance(new, dict) and new.get("reviewer_id"):
                sheet_owner[record_id] = names.get(new["reviewer_id"], "")
            owner = sheet_owner.get(record_id, "")
            what = f"评查表（{owner}）" if owner else "评查表"
        elif table == "score_entry":
            key = value.get("item_key", "")
            what = f"{key} {items.get(key, '')}".strip()
        elif table == "arbitration":
            key = record_id.split(":", 1)[-1]
            what = f"复核 {key} {items.get(key, '')}".strip()
        else:
            what = "评查分配"
        out.append(
            HistoryRow(
                seq=row.seq or 0,
                at=local_time(row.at or ""),
                author=row.author or "",
                what=what,
                action=ACTIONS.get(action, action),
                old=describe(table, old, names),
                new=describe(table, new, names),
                reason=row.reason or "",
            )
        )
    return out


def subject_name(db: Database, subject_id: str) -> str:
    return repo.subject_name(db, subject_id)
