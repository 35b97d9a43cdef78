"""Shared fixtures: offscreen Qt, a fresh database per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything creates a QApplication

from db.connection import open_database  # noqa: E402

SHARED_STANDARDS = Path(__file__).resolve().parents[2] / "shared" / "domain" / "standards"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "wb.sqlite")
    yield database
    database.close()
