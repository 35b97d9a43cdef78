"""Fixtures the dialog tests share."""

from __future__ import annotations

import pytest

import ui.errors
from ui.errors import messages
from ui.jobs import running_jobs, stop_jobs


@pytest.fixture
def shown(qtbot, tmp_path, monkeypatch):
    """Message boxes recorded, never shown; crash logs kept in tmp_path; no job left running."""
    monkeypatch.setattr(ui.errors, "log_folder", lambda: tmp_path / "logs")
    with messages.recording() as boxes:
        yield boxes
    assert stop_jobs(5000)
    qtbot.waitUntil(lambda: not running_jobs(), timeout=5000)
