"""Password hashing with argon2id (argon2-cffi): the database keeps only the hash, never the password."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from workbench.common.errors import QT_TRANSLATE_NOOP, UserError

MIN_LENGTH = 8
_hasher = PasswordHasher()  # the library's recommended parameters (RFC 9106 low-memory profile)


@cache
def _dummy_hash() -> str:
    """Checked when the name is unknown, so a wrong name takes as long as a wrong password. Made at the
    first sign-in rather than at import: hashing takes 0.1 s, a tenth of the window's start-up."""
    return _hasher.hash("not a password of anyone")


class PasswordTooShort(UserError):
    code = "password_too_short"
    template = QT_TRANSLATE_NOOP("UserError", "口令至少需要 {minimum} 个字符。")


def hash_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise PasswordTooShort(minimum=MIN_LENGTH)
    return _hasher.hash(password)


def password_matches(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False
