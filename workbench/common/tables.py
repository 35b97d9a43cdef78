"""Small readers shared by the importers of typed-in sheets (scores, reviewers, assignments)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def cell_text(value: object) -> str:
    """A cell as the user typed it: 3.0 from Excel reads back as "3", None as ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def find_header(
    rows: list[list[object]],
    columns: Mapping[str, Sequence[str]],
    required: Sequence[str],
    *,
    look: int = 15,
) -> tuple[int, dict[str, int]] | None:
    """(row index, field → column) of the first of the top `look` rows naming every required column.

    Headers match ignoring whitespace; each column serves one field only.
    """
    for index, row in enumerate(rows[:look]):
        cells = ["".join(cell_text(c).split()) for c in row]
        found: dict[str, int] = {}
        for key, names in columns.items():
            for col, cell in enumerate(cells):
                if cell in names and col not in found.values():
                    found[key] = col
                    break
        if all(k in found for k in required):
            return index, found
    return None
