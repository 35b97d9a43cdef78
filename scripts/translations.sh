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
    $BIN/pyside6-lupdate -extensions py -no-obsolete -pluralonly -target-language en ui workbench -ts $T/workbench_en.ts
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
    ;;
esac
