"""Shared fixtures: offscreen Qt, a fresh database per test."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything creates a QApplication
# settings, logs and new databases of the test run stay out of the real home folder
os.environ.setdefault("WORKBENCH_HOME", tempfile.mkdtemp(prefix="workbench-tests-"))

from db.connection import open_database

settings.register_profile("workbench", max_examples=120, deadline=None)
settings.load_profile("workbench")

REPO = Path(__file__).resolve().parents[1]
# Byte-identical copies of ../shared/domain/standards/*.csv, so a clone alone runs the tests
SHARED_STANDARDS = REPO / "resources" / "standards" / "published"


# WORKBENCH_TEST_ENCRYPTED=1 runs the tests on SQLCipher files: the shared `db` fixture and databases
# the CLI creates are encrypted under TEST_KEY (scripts/setup.sh test runs a subset so).
ENCRYPTED = os.environ.get("WORKBENCH_TEST_ENCRYPTED") == "1"
TEST_KEY = "测试口令"
if ENCRYPTED:
    os.environ["WORKBENCH_DB_KEY"] = TEST_KEY


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "wb.sqlite", key=TEST_KEY if ENCRYPTED else None)
    yield database
    database.close()
