"""How much the case-register import adds to merely reading the workbook with python-calamine.

Makes a realistic 10,000-row register (merged title, Chinese text, dates as text in mixed formats and as
date cells, amounts) in a temporary folder, then times, best of 5 each:
  (a) the floor any import pays: opening it with python-calamine and iterating every row of every sheet,
      plus a bare executemany of the very rows the import stores (every column, ids and keys made in
      advance) into the same tables, with their indexes, of a fresh database, in one transaction;
  (b) import_cases() of the same file into a fresh database (a new file each repetition, opened and
      migrated before the clock starts), with the parsers' value caches emptied as in a new process.
Also shown: read_cases() alone, to tell parsing from writing. The target is (b)/(a) <= 1.5.
Run: .venv/bin/python bench/bench_case_import.py [rows]
"""

from __future__ import annotations

import gc
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from python_calamine import CalamineWorkbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.connection import open_database
from workbench.cases import import_cases, read_cases, values

REPEAT = 5
CACHED_PARSERS = (values.parse_date, values.parse_amount, values.parse_case_type, values.parse_procedure)
CACHED_PARSERS += (values.officers,)
HEADER = ["序号", "案号", "案件名称", "案由", "当事人", "承办人", "立案日期", "结案日期", "罚款金额（元）"]
HEADER += ["案件类型", "适用程序", "执法部门"]
DEPARTMENTS = ["市场监督管理局", "生态环境局", "交通运输局", "城市管理局", "应急管理局", "文化和旅游局"]
CAUSES = ["未按规定明码标价", "销售过期食品", "超标排放大气污染物", "无证经营", "未按规定设置安全警示标志"]
PARTIES = ["某某商贸有限公司", "张某某", "某某餐饮店", "某某建设工程有限公司", "李某"]
OFFICERS = ["张三、李四", "王五，赵六", "孙七;周八", "吴九 郑十"]
TYPES = ["行政处罚", "行政处罚", "行政处罚", "行政许可", "行政强制", "行政检查", ""]


def make_register(path: Path, rows: int) -> None:
    """A register like those departments send: title row, blank row, header, then mixed-format rows."""
    rnd = random.Random(2026)
    book = Workbook()
    sheet = book.active
    sheet.title = "案件台账"
    sheet.append(["2026年某市行政执法案件台账"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append([])
    sheet.append(HEADER)
    start = date(2025, 1, 1)
    for n in range(1, rows + 1):
        filed = start + timedelta(days=rnd.randrange(365))
        closed = filed + timedelta(days=rnd.randrange(90))
        style = n % 4
        filed_cell: object = (
            filed,  # a real date cell
            filed.isoformat(),
            f"{filed.year}/{filed.month}/{filed.day}",
            f"{filed.year}年{filed.month}月{filed.day}日",
        )[style]
        closed_cell: object = closed if style % 2 else closed.strftime("%Y%m%d")
        amount: object = rnd.choice(
            [rnd.randrange(100, 500_000) / 100, f"{rnd.randrange(1, 200) * 100:,}", ""]
        )
        dept = DEPARTMENTS[n % len(DEPARTMENTS)]
        cause = rnd.choice(CAUSES)
        sheet.append(
            [
                n,
                f"{dept[:2]}罚〔2025〕{n:05d}号",
                f"{rnd.choice(PARTIES)}{cause}案",
                cause,
                rnd.choice(PARTIES),
                rnd.choice(OFFICERS),
                filed_cell,
                closed_cell,
                amount,
                rnd.choice(TYPES),
                rnd.choice(["一般程序", "简易程序", ""]),
                dept,
            ]
        )
    book.save(path)


def best_of(*runs: Callable[[int], object]) -> list[float]:
    """Best time of each run; the runs take turns so that a slow spell of the machine hits them alike."""
    times: list[list[float]] = [[] for _ in runs]
    for n in range(REPEAT):
        for run, spent in zip(runs, times, strict=True):
            gc.collect()  # start each from the same heap; the collector stays on, as in the app
            started = time.perf_counter()
            run(n)
            spent.append(time.perf_counter() - started)
    return [min(spent) for spent in times]


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        register = folder / "register.xlsx"
        make_register(register, rows)

        def raw_read(_: int) -> None:
            book = CalamineWorkbook.from_path(register)
            for name in book.sheet_names:
                for _row in book.get_sheet_by_name(name).iter_rows():
                    pass

        databases = [open_database(folder / f"wb{n}.sqlite") for n in range(REPEAT)]  # opened untimed
        bare_dbs = [open_database(folder / f"bare{n}.sqlite") for n in range(REPEAT)]
        imported = []
        sample = open_database(folder / "sample.sqlite")  # the rows exactly as an import stores them
        import_cases(sample, register, author="bench")
        stored = {
            table: (cursor := sample.execute(f"SELECT * FROM {table}"), cursor.fetchall())  # noqa: S608
            for table in ("department", "case_file")
        }
        inserts = {
            table: (
                f"INSERT INTO {table} ({', '.join(d[0] for d in cursor.description)}) "  # noqa: S608
                f"VALUES ({', '.join('?' * len(cursor.description))})",
                rows,
            )
            for table, (cursor, rows) in stored.items()
        }
        sample.close()

        def floor(n: int) -> None:
            raw_read(n)
            db = bare_dbs[n]
            with db.conn:
                for sql, rows in inserts.values():
                    db.conn.executemany(sql, rows)

        def cold() -> None:
            for parser in CACHED_PARSERS:  # as in a fresh process: no value seen before
                parser.cache_clear()

        def parse_only(_: int) -> None:
            cold()
            read_cases(register)

        def full_import(n: int) -> None:
            cold()
            imported.append(import_cases(databases[n], register, author="bench").value.imported)

        raw, base, parsed, full = best_of(raw_read, floor, parse_only, full_import)
        for db in (*databases, *bare_dbs):
            db.close()
    assert imported == [rows] * REPEAT, imported
    print(f"rows: {rows}")
    print(f"(a) calamine read + bare executemany, best of {REPEAT}: {base * 1000:.1f} ms")
    print(f"    of which the calamine read alone: {raw * 1000:.1f} ms")
    print(f"(b) import_cases, best of {REPEAT}: {full * 1000:.1f} ms")
    print(f"    of which read_cases (read and check, no database): {parsed * 1000:.1f} ms")
    print(f"ratio (b)/(a): {full / base:.2f} (target <= 1.5); against the read alone: {full / raw:.2f}")


if __name__ == "__main__":
    main()
