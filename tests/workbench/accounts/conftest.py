"""Account tests hash many passwords: the cheapest argon2 parameters keep them quick (the stored hash
still names its parameters, so verification is the same code)."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from workbench.accounts import passwords


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch):
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher.from_parameters(CHEAPEST))
