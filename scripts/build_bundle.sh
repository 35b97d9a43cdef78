#!/usr/bin/env bash
# Build the desktop bundle (PyInstaller, one folder) and a .deb from it, and smoke-test both:
#   bash scripts/build_bundle.sh            -> out/bundle/dist/workbench/ and out/bundle/*.deb
# Needs the checkout's .venv (scripts/setup.sh test) and dpkg-deb; takes a few minutes. Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python
OUT=$ROOT/out/bundle
APP=case-review-workbench
VERSION=$($PY -c "import workbench; print(workbench.__version__)")
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
# The bundle carries the build machine's libraries and needs its glibc or newer: build on the oldest
# system you ship to (docs/packaging.md).
GLIBC=$(ldd --version 2>&1 | awk 'NR == 1 {print $NF}')  # awk reads it all: no SIGPIPE under pipefail

step() { printf '\n== %s\n' "$*"; }
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }

step "PyInstaller and the translation catalogues"
$PY -m PyInstaller --version >/dev/null 2>&1 || $PY -m pip install -q "pyinstaller>=6.10,<7"
bash scripts/translations.sh build

step "bundle (one folder)"
started=$(date +%s)
rm -rf "$OUT/dist" "$OUT/build"
$PY -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$OUT/dist" --workpath "$OUT/build" packaging/workbench.spec
BUNDLE=$OUT/dist/workbench
echo "built in $(( $(date +%s) - started )) s; $(du -sh "$BUNDLE" | cut -f1) on disk"

smoke() {  # $1: the folder holding workbench and workbench-gui
  local bin=$1 tmp
  tmp=$(mktemp -d)
  (
    cd "$tmp"  # outside the checkout: only the bundle's own files can be found
    export WORKBENCH_HOME=$tmp/home QT_QPA_PLATFORM=offscreen
    [[ "$("$bin/workbench" --version)" == *"$VERSION"* ]] || fail "workbench --version"
    [[ "$("$bin/workbench-gui" --version)" == *"$VERSION"* ]] || fail "workbench-gui --version"
    campaign=$("$bin/workbench" --db demo.sqlite demo --files 300 | tail -n 1)
    "$bin/workbench" --db demo.sqlite export xlsx --campaign "$campaign" --out results.xlsx >/dev/null
    [ -s results.xlsx ] || fail "export xlsx"
    "$bin/workbench" --db demo.sqlite export pdf --campaign "$campaign" --out pdf --kind bulletin >/dev/null
    ls pdf/*.pdf >/dev/null 2>&1 || fail "export pdf"
    "$bin/workbench-gui" --db demo.sqlite --screenshot main.png 2>/dev/null
    "$bin/workbench-gui" --screenshot start.png 2>/dev/null
    [ "$(stat -c %s main.png)" -gt 20000 ] || fail "main window screenshot"
    [ "$(stat -c %s start.png)" -gt 5000 ] || fail "start page screenshot"
    [ ! -e demo.sqlite.lock ] || fail "lock file left behind"
    if command -v xvfb-run >/dev/null; then  # the desktop's own platform plugin, not only offscreen
      QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" "$bin/workbench-gui" --screenshot xcb.png 2>/dev/null
      [ "$(stat -c %s xcb.png)" -gt 5000 ] || fail "start page under X11 (xcb)"
    fi
    echo "smoke test passed in $tmp (main.png, start.png, results.xlsx, pdf/)"
  )
}

step "smoke test of the bundle"
smoke "$BUNDLE"

step ".deb"
STAGE=$OUT/deb/${APP}_${VERSION}_${ARCH}
rm -rf "$OUT/deb"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/icons/hicolor/scalable/apps" \
  "$STAGE/usr/share/icons/hicolor/256x256/apps"
cp -a "$BUNDLE" "$STAGE/opt/$APP"
ln -s "/opt/$APP/workbench" "$STAGE/usr/bin/workbench"
ln -s "/opt/$APP/workbench-gui" "$STAGE/usr/bin/workbench-gui"
install -m 644 packaging/linux/$APP.desktop "$STAGE/usr/share/applications/"
install -m 644 packaging/linux/$APP-mime.xml "$STAGE/usr/share/mime/packages/$APP.xml"
install -m 644 resources/icons/workbench.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP.svg"
install -m 644 resources/icons/workbench.png "$STAGE/usr/share/icons/hicolor/256x256/apps/$APP.png"
# desktop-file-utils, shared-mime-info and the icon cache refresh themselves through dpkg triggers
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: $APP
Version: $VERSION
Architecture: $ARCH
Maintainer: Case Review Workbench <workbench@localhost>
Installed-Size: $(du -sk "$STAGE" | cut -f1)
Depends: libc6 (>= $GLIBC), libglib2.0-0, libgl1, libegl1, libfontconfig1, libfreetype6, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-render-util0, libxcb-shape0, libxcb-randr0, libxcb-xfixes0, libxcb-xkb1, fonts-wqy-microhei
Recommends: fonts-arphic-uming, fonts-arphic-ukai, fonts-arphic-gbsn00lp, fonts-arphic-gkai00mp, xdg-utils
Section: misc
Priority: optional
Homepage: https://example.invalid/case-review-workbench
Description: 案卷评查工作台 Case Review Workbench
 Offline desktop workbench for administrative-enforcement case-file reviews
 (行政执法案卷评查) and rule-of-law supervision rounds: case lists, the draw,
 blind double scoring, recheck, and the results as Excel and PDF documents.
CONTROL
DEB=$OUT/${APP}_${VERSION}_${ARCH}.deb
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
echo "$(basename "$DEB"): $(du -h "$DEB" | cut -f1)"

step "smoke test of the .deb (unpacked, not installed)"
UNPACK=$OUT/deb-check
rm -rf "$UNPACK"
dpkg-deb -x "$DEB" "$UNPACK"
[ "$(readlink "$UNPACK/usr/bin/workbench-gui")" = "/opt/$APP/workbench-gui" ] || fail "/usr/bin symlink"
grep -q "Name\[zh_CN\]=案卷评查工作台" "$UNPACK/usr/share/applications/$APP.desktop" || fail "desktop entry"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$UNPACK/usr/share/applications/$APP.desktop"; fi
smoke "$UNPACK/opt/$APP"
rm -rf "$UNPACK"

step "sizes"
echo "bundle folder: $(du -sh "$BUNDLE" | cut -f1) ($(find "$BUNDLE" -type f | wc -l) files)"
echo "largest parts:"
du -a "$BUNDLE" | sort -rn | awk 'NR>1 && NR<=13 {printf "  %6.1f MB  %s\n", $1/1024, $2}' | sed "s|$BUNDLE/||"
echo ".deb: $(du -h "$DEB" | cut -f1)"
