"""Shared fixtures: offscreen Qt, a fresh database per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything creates a QApplication

from db.connection import open_database

settings.register_profile("workbench", max_examples=120, deadline=None)
settings.load_profile("workbench")

SHARED_STANDARDS = Path(__file__).resolve().parents[2] / "shared" / "domain" / "standards"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "wb.sqlite")
    yield database
    database.close()
