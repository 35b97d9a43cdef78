"""Standard versions are immutable rows in lineages, audited, and found by id, prefix or name."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest

from db.repos import standards as repo
from workbench.common.errors import NotFound, UserError, UserErrors
from workbench.standards.model import DeductionRule, Item, RuleKind, Standard
from workbench.standards.service import (
    latest_version,
    list_standards,
    load_standard,
    resolve_standard_id,
    save_standard,
    standard_versions,
)

S = Standard(
    name="测试标准",
    items=(
        Item(
            "I001", ("卷面",), "文书规范", Decimal(100), DeductionRule(RuleKind.PER_DEFECT, points=Decimal(1))
        ),
        Item("I002", ("基本标准",), "主体合法", Decimal(0), veto=True),
    ),
    issuer="某局",
    case_types=("penalty",),
)


def test_saving_twice_in_one_lineage_gives_versions_1_and_2_and_keeps_the_first(db) -> None:
    first = save_standard(db, S, author="张三")
    body_before = repo.get(db, first.id).body
    edited = replace(
        S, items=(replace(S.items[0], max_points=Decimal(90)), *S.items[1:]), declared_total=Decimal(90)
    )
    second = save_standard(db, edited, author="李四", lineage_id=first.lineage_id)
    assert (first.version, second.version) == (1, 2)
    assert second.lineage_id == first.lineage_id
    assert second.id != first.id
    assert repo.get(db, first.id).body == body_before
    assert load_standard(db, first.id) == S.with_identity(id=first.id, lineage_id=first.lineage_id, version=1)
    assert load_standard(db, second.id).items[0].max_points == Decimal(90)
    assert latest_version(db, first.lineage_id).id == second.id
    assert [v.version for v in standard_versions(db, first.lineage_id)] == [2, 1]


def test_a_new_lineage_starts_at_version_1(db) -> None:
    a = save_standard(db, S, author="张三")
    b = save_standard(db, S, author="张三")
    assert a.lineage_id != b.lineage_id
    assert (a.version, b.version) == (1, 1)


def test_every_version_is_audited(db) -> None:
    first = save_standard(db, S, author="张三")
    second = save_standard(db, S, author="李四", lineage_id=first.lineage_id)
    rows = list(db["audit_log"].rows_where("table_name = 'standard'", order_by="at"))
    assert [(r["record_id"], r["author"], r["action"]) for r in rows] == [
        (first.id, "张三", "create_version"),
        (second.id, "李四", "create_version"),
    ]
    assert json.loads(rows[1]["new_value"])["version"] == 2


def test_an_invalid_standard_is_not_stored(db) -> None:
    with pytest.raises(UserErrors):
        save_standard(db, replace(S, name=""), author="张三")
    assert db["standard"].count == 0
    assert db["audit_log"].count == 0


def test_list_shows_counts_latest_lineage_first_and_newest_version_first(db) -> None:
    a1 = save_standard(db, replace(S, name="乙标准"), author="张三")
    b1 = save_standard(db, replace(S, name="甲标准"), author="张三")
    a2 = save_standard(db, replace(S, name="乙标准"), author="张三", lineage_id=a1.lineage_id)
    rows = list_standards(db)
    assert [r.id for r in rows] == [a2.id, a1.id, b1.id]  # 乙 was saved last
    by_lineage = [r.id for r in rows if r.lineage_id == a1.lineage_id]
    assert by_lineage == [a2.id, a1.id]
    assert (rows[0].items, rows[0].vetoes, rows[0].issuer) == (2, 1, "某局")


def test_load_of_an_unknown_id_says_so(db) -> None:
    with pytest.raises(NotFound, match="找不到评分标准：nope"):
        load_standard(db, "nope")


def test_resolve_by_full_id_prefix_and_name(db) -> None:
    first = save_standard(db, S, author="张三")
    second = save_standard(db, S, author="张三", lineage_id=first.lineage_id)
    assert resolve_standard_id(db, first.id) == first.id
    assert resolve_standard_id(db, first.id[:8]) == first.id
    assert resolve_standard_id(db, f"  {second.id[:6]} ") == second.id
    assert resolve_standard_id(db, "测试标准") == second.id  # the latest version of that name


def test_resolve_refuses_short_ambiguous_and_unknown(db) -> None:
    first = save_standard(db, S, author="张三")
    with pytest.raises(UserError, match="至少要有 6 位"):
        resolve_standard_id(db, first.id[:3])
    with pytest.raises(NotFound, match="找不到评分标准"):
        resolve_standard_id(db, "没有这个标准")
    save_standard(db, S, author="张三")  # another lineage with the same name
    with pytest.raises(UserError, match="对应多个评分标准"):
        resolve_standard_id(db, "测试标准")


def test_an_ambiguous_prefix_is_refused(db) -> None:
    a = save_standard(db, S, author="张三")
    b = save_standard(db, S, author="张三")
    db.execute("UPDATE standard SET id = ? WHERE id = ?", ["abcdef-1", a.id])  # test set-up only
    db.execute("UPDATE standard SET id = ? WHERE id = ?", ["abcdef-2", b.id])
    with pytest.raises(UserError, match="对应多个评分标准"):
        resolve_standard_id(db, "abcdef")
    assert resolve_standard_id(db, "abcdef-2") == "abcdef-2"
