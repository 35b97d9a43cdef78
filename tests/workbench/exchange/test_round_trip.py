"""Task packages out, scoring on two laptops, result packages back: the master ends as one database would."""

from __future__ import annotations

import json
import shutil

import pytest

from db.connection import open_database
from tests.workbench.exchange.helpers import PASS, copy_from, dump_hash, make_master, result_of, score_on
from tests.workbench.small_campaign import FIXED, OTHER_FIXED
from workbench.common.changes import Changes
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.exchange.binding import binding_of
from workbench.exchange.content import unpack
from workbench.exchange.copy import make_result_package, open_task_package
from workbench.exchange.issue import issue_task_package
from workbench.exchange.merge import CONFLICT, NEW, OLDER, UNCHANGED, UPDATED, apply_merge, plan_merge
from workbench.exchange.sealing import unseal
from workbench.reporting.report import campaign_report


def test_two_laptops_give_the_report_of_one_database(tmp_path):
    m = make_master(tmp_path)
    m.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(m.path, tmp_path / "single.sqlite")  # the same campaign, to score in one database
    copy_a = copy_from(m, m.a, tmp_path / "a")
    copy_b = copy_from(m, m.b, tmp_path / "b")
    score_on(copy_a, m.campaign, m.subject, m.a, {FIXED: "送达回证缺失"})
    score_on(copy_b, m.campaign, m.subject, m.b, {FIXED: "送达回证未附"})
    for copy, folder in ((copy_a, tmp_path / "a"), (copy_b, tmp_path / "b")):
        plan, changes = apply_merge(m.db, result_of(copy, folder), author="组织者")
        assert plan.counts()[NEW] == 1
        assert m.subject in changes.subjects
    single = open_database(tmp_path / "single.sqlite")
    score_on(single, m.campaign, m.subject, m.a, {FIXED: "送达回证缺失"})
    score_on(single, m.campaign, m.subject, m.b, {FIXED: "送达回证未附"})
    merged = campaign_report(m.db, m.campaign)
    assert merged["files"]  # the shared file is final: both reviewers agree
    assert json.dumps(merged, sort_keys=True, default=str) == json.dumps(
        campaign_report(single, m.campaign), sort_keys=True, default=str
    )
    single.close()


def test_a_task_package_carries_nothing_of_another_reviewers_work(tmp_path):
    m = make_master(tmp_path)
    score_on(m.db, m.campaign, m.subject, m.b, {FIXED: "乙的独有理由ZQX"})
    issued = m.issue(m.a, tmp_path / "out")
    raw = issued.path.read_bytes()
    _, content = unseal(issued.path, passphrase=PASS)
    data, _ = unpack(content, issued.path.name)
    text = json.dumps(data, ensure_ascii=False)
    assert "乙的独有理由ZQX" not in text
    assert m.name(m.b) not in text
    assert {r["reviewer_id"] for r in data["tables"]["assignment"]} == {m.a}
    assert all(s["reviewer_id"] == m.a for s in data["tables"]["score_sheet"])
    assert "乙的独有理由".encode() not in raw
    case_number = m.db.execute("SELECT case_number FROM case_file WHERE id = ?", [m.subject]).fetchone()[0]
    assert case_number.encode() not in raw  # the files' data travels sealed


def test_merging_twice_changes_nothing_and_says_so(tmp_path):
    m = make_master(tmp_path)
    copy_a = copy_from(m, m.a, tmp_path / "a")
    score_on(copy_a, m.campaign, m.subject, m.a, {FIXED: "缺失"})
    package = result_of(copy_a, tmp_path / "a")
    apply_merge(m.db, package, author="组织者")
    before = dump_hash(m.db)
    plan, changes = apply_merge(m.db, package, author="组织者")
    assert plan.already_merged
    assert not changes
    assert "已经合并过" in "\n".join(plan.summary_lines())
    assert dump_hash(m.db) == before


def test_an_older_result_never_overwrites_a_newer_one(tmp_path):
    m = make_master(tmp_path)
    copy_a = copy_from(m, m.a, tmp_path / "a")
    score_on(copy_a, m.campaign, m.subject, m.a, {FIXED: "第一次"}, submit=False)
    first = result_of(copy_a, tmp_path / "a", "r1.wbresult")
    score_on(copy_a, m.campaign, m.subject, m.a, {OTHER_FIXED: "第二次"})
    second = result_of(copy_a, tmp_path / "a", "r2.wbresult")
    assert apply_merge(m.db, second, author="组织者")[0].counts()[NEW] == 1
    after_second = dump_hash(m.db)
    assert plan_merge(m.db, first).counts()[OLDER] == 1
    apply_merge(m.db, first, author="组织者")
    assert dump_hash(m.db) == after_second


def test_both_sides_changed_keeps_the_masters_version_and_lists_the_conflict(tmp_path):
    from workbench.exchange.conflicts import TAKE_REVIEWER, open_conflicts, resolve

    m = make_master(tmp_path)
    copy_a = copy_from(m, m.a, tmp_path / "a")
    score_on(m.db, m.campaign, m.subject, m.a, {FIXED: "组织者录入的纸质评查表"})  # typed in at the master
    master_version = dump_hash(m.db, ("score_sheet", "score_entry"))
    score_on(copy_a, m.campaign, m.subject, m.a, {OTHER_FIXED: "评查人员本机"})
    package = result_of(copy_a, tmp_path / "a")
    plan, _ = apply_merge(m.db, package, author="组织者")
    assert plan.counts()[CONFLICT] == 1
    (conflict,) = open_conflicts(m.db, m.campaign.id)
    assert conflict.master is not None
    assert conflict.incoming is not None
    assert [e["reason"] for e in conflict.master.entries] == ["组织者录入的纸质评查表"]
    assert [e["reason"] for e in conflict.incoming.entries] == ["评查人员本机"]
    assert conflict.reviewer == m.name(m.a)
    assert dump_hash(m.db, ("score_sheet", "score_entry")) == master_version
    resolve(m.db, conflict.id, TAKE_REVIEWER, author="组织者", reason="以评查人员为准")
    reasons = [r[0] for r in m.db.execute("SELECT reason FROM score_entry")]
    assert "评查人员本机" in reasons
    assert "组织者录入的纸质评查表" not in reasons
    assert open_conflicts(m.db, m.campaign.id) == []


def test_a_file_reassigned_since_issue_is_kept_aside_and_not_counted(tmp_path):
    from workbench.assignment.service import reassign

    m = make_master(tmp_path)
    copy_a = copy_from(m, m.a, tmp_path / "a")
    score_on(copy_a, m.campaign, m.subject, m.a, {FIXED: "已改派"})
    others = [
        r[0]
        for r in m.db.execute("SELECT id FROM reviewer WHERE id NOT IN (?, ?) AND role != 'lead'", [m.a, m.b])
    ]
    for candidate in others:
        try:
            reassign(m.db, m.campaign, m.subject, m.a, candidate, author="组织者", reason="回避")
            break
        except KNOWN_ERRORS:
            continue
    plan, changes = apply_merge(m.db, result_of(copy_a, tmp_path / "a"), author="组织者")
    assert plan.counts()["aside"] == 1
    assert not changes.sheets
    assert m.db.execute("SELECT count(*) FROM score_sheet WHERE reviewer_id = ?", [m.a]).fetchone()[0] == 0
    assert m.db.execute("SELECT kind FROM exchange_conflict").fetchone()[0] == "aside"


def test_reopening_the_same_package_changes_nothing_and_a_refresh_keeps_local_work(tmp_path):
    m = make_master(tmp_path)
    folder = tmp_path / "a"
    copy_a = copy_from(m, m.a, folder)
    first = sorted(folder.glob("*.wbtask"))[0]
    assert open_task_package(folder / "copy.sqlite", first, PASS).unchanged
    score_on(copy_a, m.campaign, m.subject, m.a, {FIXED: "本机修改"}, submit=False)
    reissued = m.issue(m.a, folder)
    opened = open_task_package(folder / "copy.sqlite", reissued.path, PASS)
    assert not opened.unchanged
    assert opened.kept_local == 0
    reasons = [r[0] for r in copy_a.execute("SELECT reason FROM score_entry")]
    assert reasons == ["本机修改"]
    assert binding_of(copy_a).task_sequence == 2
    with pytest.raises(KNOWN_ERRORS, match="更新的第 2 号"):
        open_task_package(folder / "copy.sqlite", first, PASS)


def test_a_copy_is_bound_to_its_reviewer(tmp_path):
    m = make_master(tmp_path)
    copy_from(m, m.a, tmp_path / "a")
    for_b = m.issue(m.b, tmp_path / "b")
    with pytest.raises(KNOWN_ERRORS, match="另一项任务"):
        open_task_package(tmp_path / "a" / "copy.sqlite", for_b.path, PASS)
    with pytest.raises(KNOWN_ERRORS, match="已有评查活动"):
        open_task_package(m.path, for_b.path, PASS)
    with pytest.raises(KNOWN_ERRORS, match="不是评查人员副本"):
        make_result_package(m.db, m.path, tmp_path / "out")


def test_a_result_for_another_campaign_or_an_unknown_reviewer_is_refused(tmp_path):
    m = make_master(tmp_path)
    untouched = tmp_path / "before-issue.sqlite"
    m.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # WAL: the file alone holds the campaign then
    shutil.copyfile(m.path, untouched)
    copy_a = copy_from(m, m.a, tmp_path / "a")
    score_on(copy_a, m.campaign, m.subject, m.a, {FIXED: "x"})
    package = result_of(copy_a, tmp_path / "a")
    (tmp_path / "other").mkdir()
    other = make_master(tmp_path / "other")
    with pytest.raises(KNOWN_ERRORS, match="另一项评查活动"):
        plan_merge(other.db, package)
    never_issued = open_database(untouched)
    with pytest.raises(KNOWN_ERRORS, match="没有向评查人员"):
        apply_merge(never_issued, package, author="组织者")
    never_issued.close()


def test_unchanged_sheets_are_reported_as_such(tmp_path):
    m = make_master(tmp_path)
    copy_a = copy_from(m, m.a, tmp_path / "a")
    score_on(copy_a, m.campaign, m.subject, m.a, {FIXED: "x"})
    package = result_of(copy_a, tmp_path / "a", "r1.wbresult")
    apply_merge(m.db, package, author="组织者")
    again = result_of(copy_a, tmp_path / "a", "r2.wbresult")
    plan, changes = apply_merge(m.db, again, author="组织者")
    assert plan.counts()[UNCHANGED] == 1
    assert not changes.sheets
    assert plan.counts()[UPDATED] == 0


def test_the_audit_log_vouches_for_masters_and_copies_after_the_exchange(tmp_path):
    from workbench.audit.verify import verify
    from workbench.exchange.conflicts import TAKE_REVIEWER, open_conflicts, resolve

    m = make_master(tmp_path)
    copy_a = copy_from(m, m.a, tmp_path / "a")
    copy_b = copy_from(m, m.b, tmp_path / "b")
    score_on(copy_a, m.campaign, m.subject, m.a, {FIXED: "甲"})
    score_on(m.db, m.campaign, m.subject, m.b, {FIXED: "组织者录入"})  # B's sheet typed in at the master
    score_on(copy_b, m.campaign, m.subject, m.b, {OTHER_FIXED: "乙"})
    for copy in (copy_a, copy_b):
        assert verify(copy).ok
    apply_merge(m.db, result_of(copy_a, tmp_path / "a"), author="组织者")
    apply_merge(m.db, result_of(copy_b, tmp_path / "b"), author="组织者")  # a conflict
    assert verify(m.db).ok
    (conflict,) = open_conflicts(m.db, m.campaign.id)
    resolve(m.db, conflict.id, TAKE_REVIEWER, author="组织者", reason="以评查人员为准")
    assert verify(m.db).ok
    m.db.execute("UPDATE score_entry SET points = '0' WHERE reason = '甲'")  # a change outside the app
    m.db.conn.commit()
    assert not verify(m.db).ok


def test_with_accounts_the_reviewer_signs_in_on_their_copy_as_a_reviewer_only(tmp_path, monkeypatch):
    from argon2 import PasswordHasher
    from argon2.profiles import CHEAPEST

    from workbench.accounts import authenticate, passwords, roles_of
    from workbench.accounts.service import add_account
    from workbench.common.kinds import Role

    monkeypatch.setattr(passwords, "_hasher", PasswordHasher.from_parameters(CHEAPEST))
    m = make_master(tmp_path)
    add_account(m.db, "主任", {Role.ADMIN}, "organiser-pass", actor="")
    add_account(m.db, m.name(m.a), {Role.REVIEWER, Role.LEAD}, "reviewer-pass", actor="主任")
    with pytest.raises(KNOWN_ERRORS, match="管理员"):  # only the organiser issues packages
        issue_task_package(m.db, m.campaign, m.name(m.a), tmp_path, author=m.name(m.a), scans_folder=None)
    done = issue_task_package(m.db, m.campaign, m.name(m.a), tmp_path, author="主任", scans_folder=None)
    assert done.changes == Changes.of(reviewers=[m.a])  # what changed: that reviewer's package records
    issued = done.value
    open_task_package(tmp_path / "copy.sqlite", issued.path, issued.passphrase)
    copy = open_database(tmp_path / "copy.sqlite")
    assert authenticate(copy, m.name(m.a), "reviewer-pass").name == m.name(m.a)  # the same password
    assert roles_of(copy, m.name(m.a)) == {Role.REVIEWER}  # a lead on the master, a reviewer here
    assert roles_of(copy, "主任") == frozenset()  # nobody else's account travels
    copy.close()
