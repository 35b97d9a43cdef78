"""Issue 18: every hostile or odd file × every import command → exit 2, a message naming the file, and the
database byte-for-byte as it was (a hash of its SQL dump before and after)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from db.connection import open_database
from tests.conftest import REPO
from tests.workbench.hostile_files import corpus
from tests.workbench.small_campaign import small_campaign
from workbench.cli.main import main
from workbench.standards.service import import_standard_file, save_imported

CHECKLIST = REPO / "resources" / "checklists" / "法治政府建设督察考核清单.xlsx"
NAMES = [
    "cell_at_XFD1048576",
    "cell_at_XFD3000",
    "shared_strings_bomb",
    "formula_without_value",
    "encrypted_xlsx",
    "encrypted_xls",
    "empty_csv",
    "empty_xlsx",
    "html_as_xls",
    "truncated_zip",
    "binary_csv",
    "cell_of_200000_characters",
    "amount_20_digits",
    "amount_9.3e16_number_cell",
    "full_width_case_number",
    "zero_width_case_number",
    "page_inf",
    "page_1e30",
    "points_1e308",
    "points_1E+100000",
    "max_points_1E+999999",
    "reviewer_look_alike",
]
COMMANDS = {
    "cases import": lambda f, ids: ["cases", "import", f],
    "cases import --dry-run": lambda f, ids: ["cases", "import", f, "--dry-run"],
    "standard import": lambda f, ids: ["standard", "import", f],
    "scores import": lambda f, ids: ["scores", "import", f, "--campaign", ids["campaign"]],
    "reviewers import": lambda f, ids: ["reviewers", "import", f],
    "round create --units-file": lambda f, ids: [
        "round",
        "create",
        "R",
        "--checklist",
        ids["checklist"],
        "--units-file",
        f,
    ],
}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> tuple[Path, dict[str, str], dict[str, Path]]:
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "seed.sqlite"
    db = open_database(path)
    campaign = small_campaign(db, folder)
    checklist = save_imported(db, import_standard_file(CHECKLIST).standard, author="组织者")
    item = _first_item(db, campaign.standard_id)
    db.close()
    ids = {"campaign": campaign.id, "checklist": checklist.id or ""}
    return path, ids, corpus(folder, item)


def _first_item(db: Database, standard_id: str) -> str:
    from workbench.standards.service import load_standard

    return next(i.text for i in load_standard(db, standard_id).point_items if not i.bonus)


EXPECTED = {  # what the command meant for the file says (the others refuse it for want of a header)
    (
        "cell_at_XFD1048576",
        "cases import",
    ): "已用区域到单元格 XFD1048576（1048576 行 × 16384 列），超过可导入的上限",
    ("cell_at_XFD3000", "standard import"): "已用区域到单元格 XFD3000",
    ("shared_strings_bomb", "cases import"): "“xl/sharedStrings.xml”压缩比异常",
    ("formula_without_value", "cases import"): "单元格 D2 是公式，但文件里没有保存公式的计算结果",
    ("encrypted_xlsx", "cases import"): "文件设有打开密码",
    ("encrypted_xls", "reviewers import"): "文件设有打开密码",
    ("empty_csv", "standard import"): "文件是空的",
    ("cell_of_200000_characters", "cases import"): "单元格超过 131072 个字符，超过可导入的上限",
    (
        "amount_20_digits",
        "cases import --dry-run",
    ): "金额“12345678901234567890”超出范围：应在 0 至 1000 亿元之间",
    ("amount_9.3e16_number_cell", "cases import"): "超出范围：应在 0 至 1000 亿元之间",
    (
        "full_width_case_number",
        "cases import",
    ): "案号“交罚（２０２６）1号”与案件库中的“交罚〔2026〕1号”只差全角半角",
    (
        "zero_width_case_number",
        "cases import",
    ): "第 2 行「案号」列：案号“交罚〔2026〕1号”已在案件库中",  # invisible characters dropped on the way in
    ("page_inf", "scores import"): "页码“inf”不是 1 至 100000 之间的整数",
    ("page_1e30", "scores import"): "页码“1e30”不是 1 至 100000 之间的整数",
    ("points_1e308", "scores import"): "扣分“1e308”不是数字（应在 0 至 1000 分之间）",
    ("points_1E+100000", "scores import"): "扣分“1E+100000”不是数字（应在 0 至 1000 分之间）",
    ("max_points_1E+999999", "standard import"): "超出范围：应在 0 至 1000 分之间",
    (
        "reviewer_look_alike",
        "reviewers import",
    ): "第 3 行「姓名」列：“王五（司法局）”与第 2 行重复",
}


def dump_hash(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("name", NAMES)
def test_refused_with_a_named_message_and_nothing_written(seeded, tmp_path, capsys, name, command):
    seed, ids, files = seeded
    db = tmp_path / "wb.sqlite"
    shutil.copyfile(seed, db)
    before = dump_hash(db)
    file = files[name]
    code = main(["--db", str(db), "--user", "测试", *map(str, COMMANDS[command](file, ids))])
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert err.startswith("错误："), err
    assert "内部错误" not in err
    assert "Traceback" not in err
    assert file.name in err, err
    assert EXPECTED.get((name, command), "") in err
    assert dump_hash(db) == before
