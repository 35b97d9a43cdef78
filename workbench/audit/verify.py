"""`audit verify`: the hash chain is unbroken, and the checked tables hold what the audit log last recorded.

A hash chain without a secret shows any edit made without recomputing every later hash; someone who
rewrites the whole chain is caught by comparing the head hash with one noted earlier (verify prints it,
the inspection workbook carries it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from db.records import BASELINE_START, GENESIS, TRACKED, chain_hash
from db.repos import audit as repo

TABLE_NAMES = {
    "score_entry": "扣分记录",
    "score_sheet": "评查表",
    "assignment": "评查分配",
    "notice": "整改通知书",
}
FIELD_NAMES = {
    "sheet_id": "所属评查表",
    "item_key": "评查项目",
    "kind": "类型",
    "points": "分值",
    "count": "次数",
    "reason": "理由",
    "page": "页码",
    "campaign_id": "评查活动",
    "subject_id": "案卷",
    "reviewer_id": "评查人",
    "role": "角色",
    "status": "状态",
    "department_id": "单位",
    "issuer": "机关代字",
    "year": "年度",
    "serial": "序号",
    "number": "文号",
}
ACTIONS = {
    "create": "新增",
    "update": "修改",
    "delete": "删除",
    "submit": "提交",
    "reopen": "退回",
    "remarks": "评查意见",
    "import": "导入纸质评查表",
    "baseline": "升级时记录",
    "baseline_start": "升级时记录",
    "create_final": "建立定分表",
    "submit_final": "定分",
    "agreed": "复核：意见一致",
    "reviewer": "复核：采用评查人意见",
    "own": "复核：组长意见",
    "reassign": "改派",
    "issue": "印发",
    "void": "作废",
}
_GONE = object()  # the last audit row of a record deleted it


@dataclass(frozen=True)
class Verdict:
    """What verify found: `problem` is empty when everything holds."""

    audit_rows: int
    table_rows: int
    head: str  # the last row's hash: note it to catch a rewrite of the whole chain
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


def _plain(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def _shown(value: Any) -> str:
    return "（空）" if value in (None, "") else str(value)


def _row_label(row: repo.AuditRow) -> str:
    table, action = row.table_name or "", row.action or ""
    return (
        f"第 {row.seq} 条审计记录（{row.at}，{row.author}，"
        f"{TABLE_NAMES.get(table, row.table_name)} {row.record_id}，"
        f"{ACTIONS.get(action, row.action)}）"
    )


def _record_label(db: Database, table: str, record_id: str) -> str:
    where = repo.where_is(db, table, record_id)
    words = (("case_number", "案号"), ("reviewer", "评查人"), ("number", "文号"))
    shown = "，".join(f"{word}“{value}”" for k, word in words if (value := getattr(where, k)))
    return f"{TABLE_NAMES[table]} {record_id}" + (f"（{shown}）" if shown else "")


def verify(db: Database) -> Verdict:
    """Walk the chain, folding what it records per row, then hold every checked table to it."""
    expected: dict[tuple[str, str], Any] = {}
    prev, count = GENESIS, 0
    for row in repo.chain(db):
        count += 1
        if row.seq != count:
            if row.seq is None:
                why = f"有一条审计记录没有编号（{row.id}，{row.at}），不是工作台写入的"
            else:
                why = f"第 {count} 条审计记录缺失，或记录的顺序被改动（此处是第 {row.seq} 条）"
            return Verdict(count - 1, 0, prev, why)
        if row.prev_hash != prev:
            why = f"{_row_label(row)}与前一条记录的哈希不衔接：前面的记录被删除或改动过"
            return Verdict(count - 1, 0, prev, why)
        if row.hash != chain_hash(prev, row.chained()):
            return Verdict(count - 1, 0, prev, f"{_row_label(row)}的内容与其哈希不符：该记录被改动过")
        prev = row.hash
        table = row.table_name
        if table in TRACKED:
            key = (table, row.record_id or "")
            if row.action == BASELINE_START:  # an upgrade recorded the table as it stood: start afresh
                expected = {k: v for k, v in expected.items() if k[0] != table}
            elif row.action == "delete":
                expected[key] = _GONE
            else:
                try:
                    new = json.loads(row.new_value) if row.new_value else None
                except ValueError:
                    return Verdict(count, 0, prev, f"{_row_label(row)}的新值不是有效的记录")
                if isinstance(new, dict):
                    state = expected.get(key)
                    state = {} if state is None or state is _GONE else state
                    expected[key] = {**state, **{k: new[k] for k in TRACKED[table] if k in new}}
    checked = 0
    for table, fields in TRACKED.items():
        present = set()
        for r in repo.tracked_rows(db, table):
            checked += 1
            present.add(r.id)
            want = expected.get((table, r.id))
            why = ""
            if want is None:
                why = "在审计日志中没有记录：它不是由工作台写入的"
            elif want is _GONE:
                why = "在审计日志中已删除，却仍在表中"
            else:
                for field in fields:
                    if field in want and _plain(r.values[field]) != _plain(want[field]):
                        why = (
                            f"的「{FIELD_NAMES.get(field, field)}」在表中为 {_shown(r.values[field])}，"
                            f"审计日志最后记录的是 {_shown(want[field])}：该记录在工作台之外被改动过"
                        )
                        break
            if why:
                return Verdict(count, checked, prev, _record_label(db, table, r.id) + why)
        for (t, record_id), want in expected.items():
            if t == table and want is not _GONE and record_id not in present:
                why = f"{TABLE_NAMES[table]} {record_id} 已从表中消失，但审计日志没有记录删除"
                return Verdict(count, checked, prev, why)
    return Verdict(count, checked, prev)
