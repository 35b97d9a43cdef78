#!/usr/bin/env bash
# update: rescan the sources into the .ts catalogues (then translate the new entries);
# build:  compile the .ts catalogues into the .qm files the app loads (done by setup.sh);
# check:  fail when the Chinese catalogue has an unfinished entry.
set -euo pipefail
cd "$(dirname "$0")/.."
T=resources/translations
BIN=.venv/bin
case "${1:-build}" in
  update)
    # workbench/ carries QT_TRANSLATE_NOOP markers (core errors, template names): scanned too
    $BIN/pyside6-lupdate -extensions py -no-obsolete -target-language zh_CN ui workbench -ts $T/workbench_zh_CN.ts
    # en: the UI's source is English; the core's Chinese messages (UserError) and plurals need entries
    $BIN/pyside6-lupdate -extensions py -no-obsolete -target-language en ui workbench -ts $T/workbench_en.ts
    ;;
  build)
    for f in $T/*.ts; do $BIN/pyside6-lrelease -silent "$f" -qm "${f%.ts}.qm"; done
    ;;
  check)
    if grep -q 'type="unfinished"' $T/workbench_zh_CN.ts; then
      echo "workbench_zh_CN.ts has untranslated entries:" >&2
      grep -B2 'type="unfinished"' $T/workbench_zh_CN.ts | grep '<source>' >&2
      exit 1
    fi
    # en: every core message (Chinese source) and every plural must have its English
    $BIN/python - "$T/workbench_en.ts" <<'PY'
import sys
import xml.etree.ElementTree as ET

missing = [
    m.findtext("source")
    for c in ET.parse(sys.argv[1]).iter("context")
    for m in c.iter("message")
    if (c.findtext("name") == "UserError" or m.get("numerus") == "yes")
    and m.find("translation").get("type") == "unfinished"
]
if missing:
    print("workbench_en.ts has untranslated entries:", *missing, sep="\n", file=sys.stderr)
    sys.exit(1)
PY
    ;;
esac
