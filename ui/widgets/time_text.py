"""Times as a person reads them: stored times are UTC (ISO 8601); screens show local time."""

from __future__ import annotations

from datetime import UTC, datetime


def local_time(stored: str) -> str:
    """2026-03-05T02:15:09Z → 2026-03-05 10:15 on a machine in China; the stored text if unreadable."""
    try:
        moment = datetime.fromisoformat(stored.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return stored
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
