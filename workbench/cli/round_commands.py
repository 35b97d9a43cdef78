"""`round create`: a supervision round (督察轮次) over named units; its id goes on the last line."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlite_utils import Database

from workbench.campaigns.supervision import create_round
from workbench.cli.setup_args import add_setup_arguments, recheck_rule
from workbench.common.spreadsheet import SUFFIXES, file_error, read_sheets
from workbench.common.tables import cell_text, find_header

UNIT_HEADERS = {"unit": ("单位", "被督察单位", "被考核单位", "单位名称", "被督察单位名称")}
TEXT_ENCODINGS = ("utf-8-sig", "gb18030")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Register `round create` under the main parser's subcommands."""
    rounds = sub.add_parser("round", help="督察轮次：按督察清单考核各单位").add_subparsers(
        dest="action", required=True
    )
    create = rounds.add_parser("create", help="新建督察轮次，输出其编号")
    create.add_argument("name")
    create.add_argument("--checklist", required=True, help="督察清单编号（或其前缀、名称）")
    create.add_argument("--year", type=int, default=None)
    create.add_argument(
        "--unit", action="append", default=[], metavar="单位", help="被督察单位（可重复；新单位自动建立）"
    )
    create.add_argument(
        "--units-file",
        type=Path,
        default=None,
        help="被督察单位名单：每行一个单位的文本文件，或含“单位”列的 .csv/.xlsx",
    )
    add_setup_arguments(create, reviewer="督察人", per_subject="每个单位")
    create.set_defaults(run=round_create)


def read_units(path: Path) -> list[str]:
    """Unit names from a file, in file order: a 单位 column of a sheet, or one name per line.

    A sheet without a 单位 header is read only when each row holds one name, so a register with many
    columns is never taken for a list of units by its first column.
    """
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        return _text_lines(path)
    names: list[str] = []
    for sheet in read_sheets(path):
        rows: list[list[object]] = [[cell_text(c) for c in row] for row in sheet.rows]
        header = find_header(rows, UNIT_HEADERS, ("unit",))
        if header is not None:
            head, cols = header
            col = cols["unit"]
            names += [str(row[col]) for row in rows[head + 1 :] if col < len(row) and row[col]]
            continue
        filled = [[c for c in row if c] for row in rows]
        if any(len(cells) > 1 for cells in filled):
            raise file_error(path, "找不到“单位”列：请在表头写明“单位”，或每行只写一个单位名称")
        names += [str(cells[0]) for cells in filled if cells]
    return names


def _text_lines(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise file_error(path, f"无法读取文件（{exc.strerror or exc}）") from exc
    for encoding in TEXT_ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise file_error(path, "无法识别文件编码：请另存为 UTF-8 或 GBK 编码的文本")
    return [line.strip() for line in text.splitlines() if line.strip()]


def round_create(db: Database, args: argparse.Namespace) -> int:
    units = list(args.unit)
    if args.units_file is not None:
        units += read_units(args.units_file)
    names = [u for u in dict.fromkeys(u.strip() for u in units) if u]
    campaign = create_round(
        db,
        args.name,
        checklist=args.checklist,
        units=names,
        author=args.author,
        year=args.year,
        doc_prefix=args.doc_prefix,
        reviewers_per_file=args.reviewers_per_file,
        recheck_rule=recheck_rule(args),
    ).value
    print(f"已创建督察轮次“{campaign.name}”，被督察单位 {len(names)} 个，编号：")
    print(campaign.id)
    return 0
