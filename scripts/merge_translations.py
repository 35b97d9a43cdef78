"""Fill the catalogues from JSON lists of {"context", "source", "zh_CN"[, "numerus", "en"]} (after lupdate).

Usage: .venv/bin/python scripts/merge_translations.py resources/translations/pending/*.json
zh_CN gets every entry; en gets the plural forms of numerus entries (its other strings are the source).
Exits 1 while the Chinese catalogue still has an untranslated entry.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "translations"


def _set(message: ET.Element, forms: list[str]) -> None:
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]


def merge(ts: Path, wanted: dict[tuple[str, str], list[str]], *, required: bool) -> int:
    tree = ET.parse(ts)
    missing = 0
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            forms = wanted.get((name, message.findtext("source")))
            if forms:
                _set(message, forms)
            elif required and message.find("translation").get("type") == "unfinished":
                missing += 1
                print(f"untranslated: [{name}] {message.findtext('source')}", file=sys.stderr)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main(paths: list[str]) -> int:
    zh: dict[tuple[str, str], list[str]] = {}
    en: dict[tuple[str, str], list[str]] = {}
    for p in paths:
        for entry in json.loads(Path(p).read_text(encoding="utf-8")):
            key = (entry["context"], entry["source"])
            zh[key] = [entry["zh_CN"]]
            if entry.get("numerus") and entry.get("en"):
                en[key] = list(entry["en"])
    missing = merge(FOLDER / "workbench_zh_CN.ts", zh, required=True)
    merge(FOLDER / "workbench_en.ts", en, required=False)
    print(f"zh_CN: {len(zh)} entries given, {missing} still untranslated; en plurals: {len(en)}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
