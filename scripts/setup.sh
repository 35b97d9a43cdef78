#!/usr/bin/env bash
# Install everything the workbench needs on a fresh Debian-based machine, then either launch the app
# on a demo database (`setup.sh app`) or run the whole test suite (`setup.sh test`).
set -euo pipefail
cd "$(dirname "$0")/.."

QT_OFFSCREEN="libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3"
QT_XCB="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0"
# wqy: 黑体 headings and the widest fallback; arphic uming/gbsn00lp: 宋/明 for the 仿宋 body, the title and
# page numbers; arphic ukai/gkai00mp: 楷体 headings (docs: /work/shared/fonts.md, issue 14 item 6);
# hanazono: rare CJK Ext A/B characters in names
CJK_FONT="fonts-wqy-microhei fonts-arphic-uming fonts-arphic-ukai fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-hanazono"
TOOLS="xvfb xauth poppler-utils"

install_system() {
  local missing=()
  for pkg in $QT_OFFSCREEN $QT_XCB $CJK_FONT $TOOLS; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_python() {
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  bash scripts/translations.sh build
}

case "${1:-}" in
  app)
    install_system
    install_python
    db="${WORKBENCH_DEMO_DB:-demo.sqlite}"
    [ -f "$db" ] || .venv/bin/workbench --db "$db" demo --files 3000 --seed 2026
    exec .venv/bin/python main.py --db "$db"
    ;;
  test)
    install_system
    install_python
    export QT_QPA_PLATFORM=offscreen
    .venv/bin/ruff check .
    .venv/bin/ruff format --check .
    .venv/bin/lint-imports
    .venv/bin/mypy
    bash scripts/translations.sh check
    WORKBENCH_TEST_ENCRYPTED=1 .venv/bin/python -m pytest -q tests/workbench/review tests/workbench/audit tests/workbench/test_recheck.py tests/workbench/test_arbitration.py tests/workbench/test_rectification.py tests/workbench/test_notices.py tests/workbench/exports/test_export.py tests/db/test_files.py
    exec .venv/bin/python -m pytest -q
    ;;
  *)
    echo "usage: scripts/setup.sh app|test" >&2
    exit 2
    ;;
esac
