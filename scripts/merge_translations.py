"""Fill the catalogues from JSON lists of {"context", "source", "zh_CN"[, "numerus", "en"]} (after lupdate).

Usage: .venv/bin/python scripts/merge_translations.py resources/translations/pending/*.json
zh_CN gets every entry; en gets the plural forms of numerus entries and the English of the core's Chinese
messages ("en": the UI's other strings are English in the source).
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


# Contexts whose source text is not English (the core writes Chinese): the English catalogue needs them all.
EN_REQUIRED = ("UserError",)


def merge(
    ts: Path, wanted: dict[tuple[str, str], list[str]], *, required: bool, contexts: tuple[str, ...] = ()
) -> int:
    """Fill `ts`; count what is left unfinished (everything when `required`, else only in `contexts`, and
    plural entries)."""
    tree = ET.parse(ts)
    missing = 0
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            forms = wanted.get((name, message.findtext("source")))
            if forms:
                _set(message, forms)
            elif (required or name in contexts or message.get("numerus") == "yes") and message.find(
                "translation"
            ).get("type") == "unfinished":
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
            if entry.get("en"):
                en[key] = list(entry["en"]) if entry.get("numerus") else [entry["en"]]
    missing = merge(FOLDER / "workbench_zh_CN.ts", zh, required=True)
    missing_en = merge(FOLDER / "workbench_en.ts", en, required=False, contexts=EN_REQUIRED)
    print(
        f"zh_CN: {len(zh)} entries given, {missing} still untranslated; en: {len(en)}, {missing_en} missing"
    )
    return 1 if missing or missing_en else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
