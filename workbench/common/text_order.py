"""The order people expect for 案号 and names: 市监罚〔2025〕9号 before 市监罚〔2025〕10号."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[str | int, ...]:
    """Digit runs compare as numbers, the rest as text."""
    parts: list[str | int] = list(_DIGITS.split(text))
    parts[1::2] = map(int, parts[1::2])
    return tuple(parts)
