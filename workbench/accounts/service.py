"""Accounts and roles: who may sign in, and the one check (`require`) every write makes.

A person is a reviewer row (name, department); an account adds roles and a password hash. A database
without any account is used by one person, as before: every check passes. Once an account exists,
every write names its actor, and the actor must be an active account holding the role the write needs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlite_utils import Database

from db.records import audit
from db.repos import accounts as repo
from db.repos import departments as department_repo
from db.repos import reviewers as reviewer_repo
from workbench.accounts.passwords import hash_password, password_matches
from workbench.common.changes import NOTHING, Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from workbench.common.kinds import Role

ROLE_NAMES = {Role.ADMIN: "管理员", Role.LEAD: "组长", Role.REVIEWER: "评查人员"}
_ROLE_WORDS = {
    Role.ADMIN: ("管理员", "admin", "administrator", "organiser", "organizer"),
    Role.LEAD: ("组长", "lead", "leader"),
    Role.REVIEWER: ("评查人员", "评查人", "reviewer"),
}
MAX_TRIES = 5  # wrong passwords in a row before the next try is refused for a while
LOCK_MINUTES = 5


class LoginFailed(UserError):
    code = "login_failed"
    template = QT_TRANSLATE_NOOP("UserError", "用户名或口令错误。")


class AccountDisabled(UserError):
    code = "account_disabled"
    template = QT_TRANSLATE_NOOP("UserError", "用户名或口令错误：账户“{user}”已停用，请联系管理员。")


class LockedOut(UserError):
    code = "locked_out"
    template = QT_TRANSLATE_NOOP(
        "UserError", "账户“{user}”连续 {tries} 次口令错误，已暂停登录，请 {minutes} 分钟后再试。"
    )


class RoleRequired(UserError):
    code = "role_required"
    template = QT_TRANSLATE_NOOP("UserError", "此操作需要“{role}”角色；“{user}”没有该角色。")


class NotAnAccount(UserError):
    code = "not_an_account"
    template = QT_TRANSLATE_NOOP("UserError", "“{user}”不是本数据库的有效账户，请用自己的账户登录。")


class NotYourSheet(UserError):
    code = "not_your_sheet"
    template = QT_TRANSLATE_NOOP(
        "UserError", "这是“{owner}”的评查表，只有评查人本人可以修改；“{user}”不能修改。"
    )


class AccountExists(UserError):
    code = "account_exists"
    template = QT_TRANSLATE_NOOP("UserError", "“{user}”已有账户。")


class FirstAccountAdmin(UserError):
    code = "first_account_admin"
    template = QT_TRANSLATE_NOOP("UserError", "数据库的第一个账户必须具有“管理员”角色。")


class LastAdmin(UserError):
    code = "last_admin"
    template = QT_TRANSLATE_NOOP("UserError", "“{user}”是唯一的管理员，不能停用或取消其“管理员”角色。")


class UnknownRole(UserError):
    code = "unknown_role"
    template = QT_TRANSLATE_NOOP("UserError", "未知的角色：{word}（可用：管理员、组长、评查人员）。")


class NoRole(UserError):
    code = "no_role"
    template = QT_TRANSLATE_NOOP("UserError", "账户至少需要一个角色（管理员、组长、评查人员）。")


class NameRequired(UserError):
    code = "name_required"
    template = QT_TRANSLATE_NOOP("UserError", "姓名不能为空。")


@dataclass(frozen=True)
class Account:
    id: str
    name: str
    department: str
    roles: frozenset[Role]
    disabled: bool
    reviewer_id: str

    def has(self, role: Role) -> bool:
        return role in self.roles

    @property
    def role_names(self) -> str:
        return "、".join(ROLE_NAMES[r] for r in Role if r in self.roles)


def _account(row: repo.AccountRow) -> Account:
    return Account(
        id=row.id,
        name=row.name,
        department=row.department or "",
        roles=_stored_roles(row.roles),
        disabled=bool(row.disabled),
        reviewer_id=row.reviewer_id,
    )


def _stored_roles(text: str | None) -> frozenset[Role]:
    return frozenset(Role(w) for w in (text or "").split(",") if w)


def _store_roles(roles: Iterable[Role]) -> str:
    chosen = set(roles)
    return ",".join(r.value for r in Role if r in chosen)


def parse_roles(words: Iterable[str]) -> frozenset[Role]:
    """'管理员' / 'admin', '组长' / 'lead', '评查人员' / 'reviewer' → roles; an unknown word is an error."""
    roles = set()
    for word in words:
        key = "".join(word.split()).lower()
        role = next((r for r, names in _ROLE_WORDS.items() if key in names), None)
        if role is None:
            raise UnknownRole(word=word)
        roles.add(role)
    if not roles:
        raise NoRole()
    return frozenset(roles)


# --- reading ---------------------------------------------------------------------------------------


def has_accounts(db: Database) -> bool:
    return repo.any_account(db)


def list_accounts(db: Database) -> list[Account]:
    return [_account(r) for r in repo.all_accounts(db)]


def get_account(db: Database, name: str) -> Account:
    row = repo.by_name(db, name)
    if row is None:
        raise NotFound(what="账户", key=name)
    return _account(row)


def roles_of(db: Database, name: str) -> frozenset[Role]:
    """What `name` may do: every role in a database without accounts; none for an unknown or disabled name."""
    if not repo.any_account(db):
        return frozenset(Role)
    row = repo.by_name(db, name)
    if row is None or row.disabled:
        return frozenset()
    return _stored_roles(row.roles)


# --- the checks --------------------------------------------------------------------------------------


def _active(db: Database, actor: str) -> Account | None:
    """The actor's account; None when the database has no accounts (one-person use)."""
    if not repo.any_account(db):
        return None
    row = repo.by_name(db, actor)
    if row is None or row.disabled:
        raise NotAnAccount(user=actor)
    return _account(row)


def require(db: Database, actor: str, *roles: Role) -> None:
    """Pass when the database has no accounts, or `actor` is an active account holding one of `roles`
    (any active account when no role is named). Call it inside the write's transaction."""
    account = _active(db, actor)
    if account is None or not roles or account.roles & set(roles):
        return
    raise RoleRequired(role="”或“".join(ROLE_NAMES[r] for r in roles), user=actor)


def require_owner(
    db: Database, actor: str, reviewer_id: str | None, *, others: tuple[Role, ...] = ()
) -> None:
    """Only the reviewer a score sheet belongs to may change it (or, for a sheet of nobody, `others`)."""
    account = _active(db, actor)
    if account is None:
        return
    owner = repo.reviewer_name(db, reviewer_id)
    if owner == account.name:
        return
    if owner is None and account.roles & set(others):
        return
    raise NotYourSheet(owner=owner or "（未指定评查人）", user=actor)


# --- sign-in -------------------------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC)


def authenticate(db: Database, name: str, password: str, *, at: datetime | None = None) -> Account:
    """The account of `name` if `password` is its password. Five wrong passwords in a row refuse every
    try for LOCK_MINUTES, counted in the database so that it holds across processes."""
    at = at or _now()
    row = repo.by_name(db, name.strip())
    if row is None:
        password_matches(None, password)  # as slow as a wrong password: the name stays secret
        raise LoginFailed()
    if row.locked_until and datetime.fromisoformat(row.locked_until) > at:
        raise LockedOut(user=row.name, tries=row.failed_tries, minutes=LOCK_MINUTES)
    if not password_matches(row.password_hash, password):
        tries = (row.failed_tries or 0) + 1
        until = (at + timedelta(minutes=LOCK_MINUTES)).isoformat() if tries >= MAX_TRIES else None
        with db.atomic():
            repo.update(db, row.id, failed_tries=tries, locked_until=until)
        raise LoginFailed()
    if row.disabled:
        raise AccountDisabled(user=row.name)
    if row.failed_tries or row.locked_until:
        with db.atomic():
            repo.update(db, row.id, failed_tries=0, locked_until=None)
    return _account(row)


# --- managing accounts (管理员) --------------------------------------------------------------------------


def add_account(
    db: Database,
    name: str,
    roles: Iterable[Role],
    password: str,
    *,
    actor: str,
    department: str | None = None,
) -> Done[str]:
    """A new account for `name` (the reviewer of that name, created if unknown). The first account of a
    database needs no actor and must be a 管理员; later ones are made by a 管理员.

    Returns the account's id; changes: the person (reviewer) it belongs to."""
    name, roles = name.strip(), frozenset(roles)
    if not name:
        raise NameRequired()
    if not roles:
        raise NoRole()
    password_hash = hash_password(password)
    with db.atomic():
        first = not repo.any_account(db)
        if first and Role.ADMIN not in roles:
            raise FirstAccountAdmin()
        if first:
            actor = name  # nobody is signed in yet: the first 管理员 records their own account
        else:
            require(db, actor, Role.ADMIN)
        if repo.by_name(db, name) is not None:
            raise AccountExists(user=name)
        reviewer_id = reviewer_repo.all_by_name(db).get(name)
        if reviewer_id is None:
            reviewer_id = reviewer_repo.ensure(db, [name], actor)[name]
        if department:
            department_id = department_repo.ensure(db, [department], actor)[department]
            db.table("reviewer").update(reviewer_id, {"department_id": department_id})
        account_id = repo.insert(db, reviewer_id, _store_roles(roles), password_hash, actor)
        audit(
            db,
            author=actor,
            table="account",
            record_id=account_id,
            action="create",
            new={"name": name, "roles": _store_roles(roles), "department": department or ""},
        )
    return Done(account_id, Changes.of(reviewers=[reviewer_id]))


def set_password(db: Database, name: str, password: str, *, actor: str) -> Changes:
    """A new password: the account holder changes their own, a 管理员 anyone's. Unlocks the account.

    Changes: the account holder (reviewer)."""
    password_hash = hash_password(password)
    with db.atomic():
        account = get_account(db, name)
        if actor != account.name:
            require(db, actor, Role.ADMIN)
        else:
            require(db, actor)
        repo.update(db, account.id, password_hash=password_hash, failed_tries=0, locked_until=None)
        audit(db, author=actor, table="account", record_id=account.id, action="password")
    return Changes.of(reviewers=[account.reviewer_id])


def _check_admin_left(db: Database, account: Account, *, losing_admin: bool) -> None:
    if not (losing_admin and account.has(Role.ADMIN)):
        return
    admins = [a for a in list_accounts(db) if a.has(Role.ADMIN) and not a.disabled]
    if [a.id for a in admins] == [account.id]:
        raise LastAdmin(user=account.name)


def disable_account(db: Database, name: str, *, actor: str) -> Changes:
    """Stop an account signing in (not the last 管理员). Changes: the holder, or nothing if already off."""
    with db.atomic():
        require(db, actor, Role.ADMIN)
        account = get_account(db, name)
        if account.disabled:
            return NOTHING
        _check_admin_left(db, account, losing_admin=True)
        repo.update(db, account.id, disabled=1)
        audit(db, author=actor, table="account", record_id=account.id, action="disable", old=0, new=1)
    return Changes.of(reviewers=[account.reviewer_id])


def set_roles(db: Database, name: str, roles: Iterable[Role], *, actor: str) -> Changes:
    """Give an account these roles (not taking 管理员 from the last one). Changes: the holder."""
    roles = frozenset(roles)
    if not roles:
        raise NoRole()
    with db.atomic():
        require(db, actor, Role.ADMIN)
        account = get_account(db, name)
        _check_admin_left(db, account, losing_admin=Role.ADMIN not in roles)
        old, new = _store_roles(account.roles), _store_roles(roles)
        repo.update(db, account.id, roles=new)
        audit(db, author=actor, table="account", record_id=account.id, action="roles", old=old, new=new)
    return Changes.of(reviewers=[account.reviewer_id])
