#!/usr/bin/env bash
# Prove the wheel alone is enough: build it, install it with its dependencies into a fresh venv outside
# the checkout, and run a campaign end to end from an empty folder, then the GUI in Chinese.
#   bash scripts/check_wheel.sh        (about a minute with a warm pip cache; not part of CI)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d /tmp/workbench-wheel.XXXXXX)
.venv/bin/pip wheel . -w "$WORK/wheel" --no-deps -q
echo "wheel: $(ls "$WORK"/wheel/*.whl) ($(du -h "$WORK"/wheel/*.whl | cut -f1))"
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q "$WORK"/wheel/*.whl
BIN=$WORK/venv/bin
mkdir "$WORK/run" && cd "$WORK/run"  # nothing of the checkout is reachable from here
export WORKBENCH_HOME=$WORK/home QT_QPA_PLATFORM=offscreen

"$BIN/workbench" --version
"$BIN/workbench-gui" --version
campaign=$("$BIN/workbench" --db demo.sqlite demo --files 500 | tail -n 1)
"$BIN/workbench" --db demo.sqlite export xlsx --campaign "$campaign" --out demo.xlsx

# a register, a shipped standard (package data), a campaign and paper scores
"$BIN/python" - <<'PY'
from openpyxl import Workbook
book = Workbook()
book.active.append(["案号", "案件名称", "当事人", "承办人", "立案日期", "结案日期", "执法部门"])
book.active.append(["测罚〔2026〕1号", "甲公司违法测绘案", "甲公司", "王一、李二", "2026-01-05", "2026-02-01", "市自然资源局"])
book.active.append(["测罚〔2026〕2号", "乙公司违法测绘案", "乙公司", "王一、李二", "2026-01-06", "2026-02-03", "市自然资源局"])
book.save("cases.xlsx")
scores = Workbook()
scores.active.append(["案号", "评查项目", "扣分", "理由"])
scores.active.append(["测罚〔2026〕1号", "一案一卷", 1, "卷内混入他案材料"])
scores.save("scores.xlsx")
PY
standard=$("$BIN/python" -c "from workbench.common.resources import resource_path as r; print(r('standards', '测绘地理信息行政处罚案卷评查标准.xlsx'))")
"$BIN/workbench" --db work.sqlite cases import cases.xlsx
sid=$("$BIN/workbench" --db work.sqlite standard import "$standard" | tail -n 1)
cid=$("$BIN/workbench" --db work.sqlite campaign create "2026年测绘案卷评查" --standard "$sid" | tail -n 1)
"$BIN/workbench" --db work.sqlite scores import scores.xlsx --campaign "$cid"
"$BIN/workbench" --db work.sqlite report --campaign "$cid" | head -n 5
"$BIN/workbench" --db work.sqlite export xlsx --campaign "$cid" --out work.xlsx
"$BIN/workbench" --db demo.sqlite export pdf --campaign "$campaign" --out pdf --kind bulletin | tail -n 2

"$BIN/workbench-gui" --db demo.sqlite --screenshot main.png 2>/dev/null
"$BIN/workbench-gui" --screenshot start.png 2>/dev/null
ls -la "$WORK/run"
echo "wheel check passed: $WORK/run (main.png and start.png are in Chinese)"
