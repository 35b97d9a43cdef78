"""The errors a screen or the CLI shows as a message rather than a crash: the user's and storage's."""

from __future__ import annotations

from db.errors import DatabaseError
from workbench.common.errors import UserError

KNOWN_ERRORS: tuple[type[Exception], ...] = (UserError, DatabaseError)
