"""The published standards shipped in resources/ are the shared domain files, byte for byte."""

from __future__ import annotations

import pytest

from tests.conftest import REPO, SHARED_STANDARDS

DOMAIN = REPO.parent / "shared" / "domain" / "standards"


@pytest.mark.skipif(not DOMAIN.is_dir(), reason="../shared is not beside this checkout")
def test_shipped_copies_match_the_shared_domain_files():
    shared = sorted(p.name for p in DOMAIN.glob("*.csv"))
    assert shared == sorted(p.name for p in SHARED_STANDARDS.glob("*.csv"))
    for name in shared:
        assert (SHARED_STANDARDS / name).read_bytes() == (DOMAIN / name).read_bytes(), name
