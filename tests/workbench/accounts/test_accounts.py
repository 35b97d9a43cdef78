"""Accounts and roles at service level: who may do what once a database has accounts, and that a
database without accounts works for its one user as before."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from db.connection import open_database
from db.repos import assignments as assignment_repo
from db.repos import reviewers as reviewer_repo
from tests.workbench.small_campaign import LEAD, small_campaign
from workbench.accounts import (
    add_account,
    authenticate,
    disable_account,
    has_accounts,
    parse_roles,
    require,
    roles_of,
    set_password,
    set_roles,
)
from workbench.accounts.passwords import PasswordTooShort
from workbench.accounts.service import (
    AccountDisabled,
    FirstAccountAdmin,
    LastAdmin,
    LockedOut,
    LoginFailed,
    NotAnAccount,
    NotYourSheet,
    RoleRequired,
    UnknownRole,
)
from workbench.assignment.service import assign_campaign
from workbench.campaigns.service import campaign_standard, create_campaign, update_settings
from workbench.common.changes import NOTHING, Changes
from workbench.common.kinds import Role
from workbench.draw.algorithm import DrawPlan
from workbench.draw.service import sample_campaign
from workbench.review.sheets import (
    BlindScoring,
    open_sheet,
    record_entry,
    reopen_sheet,
    sheet_view,
    submit_sheet,
)
from workbench.review.whose_sheet import hidden_files, reviewer_for_file
from workbench.scoring import Entry

ADMIN = "组织者"
PASSWORD = "correct horse"


@pytest.fixture
def office(db, tmp_path):
    """The small campaign, assigned two reviewers a file, then accounts: an organiser, the lead and the
    reviewers. Returns (db, campaign, a file, its two reviewers' names)."""
    campaign = small_campaign(db, tmp_path)
    assign_campaign(db, campaign, per_file=2, author=ADMIN)
    add_account(db, ADMIN, {Role.ADMIN}, PASSWORD, actor=ADMIN)
    add_account(db, LEAD, {Role.LEAD, Role.REVIEWER}, PASSWORD, actor=ADMIN)
    for name in reviewer_repo.all_by_name(db):
        if name not in (ADMIN, LEAD):
            add_account(db, name, {Role.REVIEWER}, PASSWORD, actor=ADMIN)
    subject, _reviewer = assignment_repo.of_campaign(db, campaign.id)[0]
    names = reviewer_repo.names_by_id(db)
    pair = sorted(names[r] for r in assignment_repo.reviewers_of(db, campaign.id, subject))
    return db, campaign, subject, pair


def _sheet(db, campaign, subject, name):
    rid = reviewer_repo.all_by_name(db)[name]
    return open_sheet(db, campaign.id, subject, rid, author=name)


def _deduct(db, campaign, sheet, name):
    standard = campaign_standard(db, campaign)
    record_entry(db, standard, sheet, Entry("I001", points=Decimal(2), reason="缺失"), author=name)


def count(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608


# --- one-person use ---------------------------------------------------------------------------------


def test_without_accounts_everyone_may_do_everything(db, tmp_path):
    campaign = small_campaign(db, tmp_path)
    assert not has_accounts(db)
    assert roles_of(db, "任何人") == frozenset(Role)
    require(db, "任何人", Role.ADMIN)  # passes
    sheet = _sheet(db, campaign, db.execute("SELECT subject_id FROM campaign_subject").fetchone()[0], "赵一")
    submit_sheet(db, sheet, author="赵一")
    reopen_sheet(db, sheet, author="赵一", reason="补充扣分理由")  # no lead to ask in a one-person office
    assert sheet_view(db, sheet, reader="别人").status == "draft"


# --- passwords --------------------------------------------------------------------------------------


def test_the_database_keeps_a_hash_never_the_password(tmp_path):
    path = tmp_path / "wb.sqlite"
    db = open_database(path)
    add_account(db, "张三", {Role.ADMIN}, "Zhang-secret-2026", actor="张三")
    stored = db.execute("SELECT password_hash FROM account").fetchone()[0]
    db.close()
    assert stored.startswith("$argon2id$")
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("wb.sqlite"))
    assert b"Zhang-secret-2026" not in raw
    assert "Zhang-secret-2026".encode("utf-16-le") not in raw
    again = open_database(path)
    assert authenticate(again, "张三", "Zhang-secret-2026").name == "张三"
    again.close()


def test_short_password_refused_and_nothing_stored(db):
    with pytest.raises(PasswordTooShort, match="至少需要 8 个字符"):
        add_account(db, "张三", {Role.ADMIN}, "1234567", actor="张三")
    assert count(db, "account") == 0


def test_first_account_must_be_an_administrator(db):
    with pytest.raises(FirstAccountAdmin):
        add_account(db, "张三", {Role.REVIEWER}, PASSWORD, actor="张三")
    assert not has_accounts(db)


def test_wrong_name_or_password_say_the_same(office):
    db = office[0]
    with pytest.raises(LoginFailed, match=r"^用户名或口令错误。$"):
        authenticate(db, "冒名者", PASSWORD)
    with pytest.raises(LoginFailed, match=r"^用户名或口令错误。$"):
        authenticate(db, ADMIN, "wrong password")
    assert authenticate(db, ADMIN, PASSWORD).roles == {Role.ADMIN}


def test_five_wrong_tries_lock_the_account_across_connections(office, tmp_path):
    db = office[0]
    start = datetime.now(UTC)
    for _ in range(5):
        with pytest.raises(LoginFailed):
            authenticate(db, LEAD, "guess guess", at=start)
    other = open_database(tmp_path / "wb.sqlite")  # another process would see the same
    with pytest.raises(LockedOut, match="连续 5 次口令错误"):
        authenticate(other, LEAD, PASSWORD, at=start + timedelta(minutes=1))
    other.close()
    later = start + timedelta(minutes=6)
    assert authenticate(db, LEAD, PASSWORD, at=later).name == LEAD
    row = db.execute(
        "SELECT failed_tries, locked_until FROM account a JOIN reviewer r ON r.id = a.reviewer_id "
        "WHERE r.name = ?",
        [LEAD],
    ).fetchone()
    assert row == (0, None)


def test_disabled_account_cannot_sign_in_or_act(office):
    db = office[0]
    disable_account(db, LEAD, actor=ADMIN)
    with pytest.raises(AccountDisabled, match="已停用"):
        authenticate(db, LEAD, PASSWORD)
    with pytest.raises(NotAnAccount):
        require(db, LEAD, Role.LEAD)


def test_account_changes_name_the_person(office):
    db = office[0]
    lead = reviewer_repo.all_by_name(db)[LEAD]
    assert set_roles(db, LEAD, {Role.LEAD}, actor=ADMIN) == Changes.of(reviewers=[lead])
    assert set_password(db, LEAD, "a new one, long", actor=ADMIN) == Changes.of(reviewers=[lead])
    assert disable_account(db, LEAD, actor=ADMIN) == Changes.of(reviewers=[lead])
    assert disable_account(db, LEAD, actor=ADMIN) == NOTHING  # already disabled: nothing changed
    done = add_account(db, "新人", {Role.REVIEWER}, PASSWORD, actor=ADMIN, department="市司法局")
    newcomer = reviewer_repo.all_by_name(db)["新人"]  # created with the account
    assert done.changes == Changes.of(reviewers=[newcomer])
    assert db.execute("SELECT reviewer_id FROM account WHERE id = ?", [done.value]).fetchone()[0] == newcomer


def test_role_words_in_chinese_and_english():
    assert parse_roles(["管理员", "lead", "Reviewer"]) == frozenset(Role)
    with pytest.raises(UnknownRole, match="未知的角色：主任"):
        parse_roles(["主任"])


def test_the_last_administrator_stays(office):
    db = office[0]
    with pytest.raises(LastAdmin):
        set_roles(db, ADMIN, {Role.REVIEWER}, actor=ADMIN)
    with pytest.raises(LastAdmin):
        disable_account(db, ADMIN, actor=ADMIN)


def test_only_an_administrator_manages_accounts(office):
    db, _campaign, _subject, (first, _second) = office
    with pytest.raises(RoleRequired, match=f"此操作需要“管理员”角色；“{first}”没有该角色。"):
        add_account(db, "新人", {Role.REVIEWER}, PASSWORD, actor=first)
    with pytest.raises(RoleRequired):
        set_password(db, LEAD, "taken over!", actor=first)
    set_password(db, first, "my own new one", actor=first)  # one's own password: yes
    assert authenticate(db, first, "my own new one").name == first


# --- organiser work --------------------------------------------------------------------------------


def test_reviewer_cannot_create_a_campaign(office):
    db, campaign, _subject, (first, _second) = office
    before = count(db, "campaign")
    with pytest.raises(RoleRequired, match=f"此操作需要“管理员”角色；“{first}”没有该角色。"):
        create_campaign(db, "私建活动", standard=campaign.standard_id, author=first)
    assert count(db, "campaign") == before


def test_lead_cannot_do_organiser_work(office):
    db, campaign, _subject, _pair = office
    with pytest.raises(RoleRequired, match="管理员"):
        update_settings(db, campaign, author=LEAD, doc_prefix="X")
    with pytest.raises(RoleRequired, match="管理员"):
        assign_campaign(db, campaign, per_file=1, author=LEAD)
    with pytest.raises(RoleRequired, match="管理员"):
        sample_campaign(db, campaign, DrawPlan(seed="1", per_department=1), author=LEAD)
    assert count(db, "draw") == 0


def test_a_name_that_is_no_account_is_refused(office):
    db, campaign, *_ = office
    with pytest.raises(NotAnAccount, match="不是本数据库的有效账户"):
        update_settings(db, campaign, author="root", doc_prefix="X")


def test_administrator_does_organiser_work(office):
    db, campaign, *_ = office
    assert update_settings(db, campaign, author=ADMIN, doc_prefix="评查").value.doc_prefix == "评查"


# --- score sheets ----------------------------------------------------------------------------------


def test_reviewer_cannot_reopen_their_submitted_sheet_the_lead_can(office):
    db, campaign, subject, (first, _second) = office
    sheet = _sheet(db, campaign, subject, first)
    submit_sheet(db, sheet, author=first)
    with pytest.raises(RoleRequired, match=f"此操作需要“组长”角色；“{first}”没有该角色。"):
        reopen_sheet(db, sheet, author=first, reason="想改")
    assert sheet_view(db, sheet, reader=first).locked
    reopen_sheet(db, sheet, author=LEAD, reason="扣分理由需补充")
    assert not sheet_view(db, sheet, reader=first).locked


def test_blind_scoring_holds_against_the_python_api(office):
    db, campaign, subject, (first, second) = office
    mine, theirs = _sheet(db, campaign, subject, first), _sheet(db, campaign, subject, second)
    _deduct(db, campaign, theirs, second)
    with pytest.raises(BlindScoring, match=f"“{first}”不能查看“{second}”的评查表"):
        sheet_view(db, theirs, reader=first)
    with pytest.raises(BlindScoring):
        open_sheet(db, campaign.id, subject, reviewer_repo.all_by_name(db)[second], author=first)
    with pytest.raises(NotYourSheet, match=f"这是“{second}”的评查表"):
        _deduct(db, campaign, theirs, first)
    with pytest.raises(NotYourSheet, match=f"这是“{second}”的评查表"):
        submit_sheet(db, theirs, author=first)
    assert len(sheet_view(db, theirs, reader=second).entries) == 1
    submit_sheet(db, mine, author=first)
    with pytest.raises(BlindScoring):  # still blind: the other has not submitted
        sheet_view(db, theirs, reader=first)
    submit_sheet(db, theirs, author=second)
    assert len(sheet_view(db, theirs, reader=first).entries) == 1  # the file is final: nothing is blind


def test_reviewer_gets_no_sheet_and_no_row_of_a_file_assigned_to_others(office):
    db, campaign, subject, (first, _second) = office
    others = {s for s, _ in assignment_repo.of_campaign(db, campaign.id)} - {
        s
        for s, r in assignment_repo.of_campaign(db, campaign.id)
        if r == reviewer_repo.all_by_name(db)[first]
    }
    foreign = sorted(others)[0]
    assert reviewer_for_file(db, campaign, foreign, first) is None
    assert foreign in hidden_files(db, campaign, first)
    assert subject not in hidden_files(db, campaign, first)
    assert hidden_files(db, campaign, ADMIN) == frozenset()
    assert reviewer_for_file(db, campaign, subject, ADMIN) is None  # an organiser scores nothing


def test_a_disabled_reviewer_no_longer_reads_or_writes_their_sheet(office):
    db, campaign, subject, (first, _second) = office
    sheet = _sheet(db, campaign, subject, first)
    disable_account(db, first, actor=ADMIN)
    with pytest.raises(NotAnAccount):
        sheet_view(db, sheet, reader=first)
    with pytest.raises(NotAnAccount):
        _deduct(db, campaign, sheet, first)
