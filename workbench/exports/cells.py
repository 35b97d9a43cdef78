"""The one guard for user text written to a spreadsheet cell (results workbook and ledger alike).

Text typed by users (party names, reasons, replies) that starts like a formula or an error value
(= + - @ #) must stay text: openpyxl would store "=..." as a formula and "#N/A" as an error.
"""

from __future__ import annotations

from typing import Any

# What spreadsheets read as the start of a formula, and "#" of the error values (#N/A).
GUARDED_STARTS = ("=", "+", "-", "@", "#")


def needs_guard(text: str) -> bool:
    return text.startswith(GUARDED_STARTS)


def set_text(cell: Any, value: str) -> Any:
    """Write `value` into an openpyxl cell (normal or write-only) as text, shown as typed."""
    cell.value = value  # openpyxl makes "=..." a formula (and "#N/A" an error) here,
    cell.data_type = "s"  # so the type is set back to string after the value
    if needs_guard(value):
        cell.quotePrefix = True  # and Excel/LibreOffice keep it text when the cell is edited
    return cell
