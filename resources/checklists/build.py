"""Build the shipped checklist workbooks (督察清单) from the JSON beside them.

Run from the repository root:  .venv/bin/python resources/checklists/build.py
Each `<name>.json` is a standard in the stored form (workbench.standards.model.standard_from_dict, keys with
their default may be left out); it is validated and written through the app's own workbook exporter as
`<name>.xlsx`, which the app imports back unchanged. Edit the JSON, never the workbook, then rerun.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from workbench.standards.model import Standard, standard_from_dict  # noqa: E402 (after the path set-up)
from workbench.standards.validate import validate_standard  # noqa: E402
from workbench.standards.workbook_write import export_workbook  # noqa: E402


def load(path: Path) -> Standard:
    """The checklist a JSON source describes."""
    return standard_from_dict(json.loads(path.read_text(encoding="utf-8")))


def sources() -> list[Path]:
    return sorted(HERE.glob("*.json"))


def main() -> int:
    for source in sources():
        checklist = load(source)
        warnings = validate_standard(checklist)
        export_workbook(checklist, source.with_suffix(".xlsx"))
        print(
            f"{source.stem}.xlsx：{len(checklist.items)} 项，其中加分项 {len(checklist.bonus_items)} 项，"
            f"否决项 {len(checklist.veto_items)} 项"
        )
        for line in warnings:
            print(f"  提示：{line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
