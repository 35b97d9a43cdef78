"""Fill the Chinese catalogue from JSON lists of {"context", "source", "zh_CN"} (after lupdate).

Usage: .venv/bin/python scripts/merge_translations.py resources/translations/pending/*.json
Entries already translated in the .ts are kept unless the JSON gives a different text.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "workbench_zh_CN.ts"


def main(paths: list[str]) -> int:
    wanted = {}
    for p in paths:
        for entry in json.loads(Path(p).read_text(encoding="utf-8")):
            wanted[(entry["context"], entry["source"])] = entry["zh_CN"]
    tree = ET.parse(TS)
    filled = missing = 0
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = wanted.get((name, message.findtext("source")))
            if text is not None:
                translation.text = text
                translation.attrib.pop("type", None)
                filled += 1
            elif translation.get("type") == "unfinished":
                missing += 1
                print(f"untranslated: [{name}] {message.findtext('source')}", file=sys.stderr)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled}, still untranslated {missing}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
