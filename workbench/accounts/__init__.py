"""People who sign in: accounts with roles and a password, and the one check every write makes."""

from workbench.accounts.service import (
    ROLE_NAMES,
    Account,
    add_account,
    authenticate,
    disable_account,
    get_account,
    has_accounts,
    list_accounts,
    parse_roles,
    require,
    require_owner,
    roles_of,
    set_password,
    set_roles,
)

__all__ = [
    "ROLE_NAMES",
    "Account",
    "add_account",
    "authenticate",
    "disable_account",
    "get_account",
    "has_accounts",
    "list_accounts",
    "parse_roles",
    "require",
    "require_owner",
    "roles_of",
    "set_password",
    "set_roles",
]
