"""Importing a file by its kind, the report the CLI prints, and that a refused file stores nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import REPO, SHARED_STANDARDS
from workbench.common.errors import UserErrors
from workbench.standards.model import RuleKind
from workbench.standards.service import (
    export_standard,
    import_standard_file,
    list_standards,
    load_standard,
    report_lines,
    save_imported,
    save_standard,
)
from workbench.standards.validate import UnreadableFile

LICENSING = SHARED_STANDARDS / "licensing_case_file_score_form.csv"
EXAMPLE = REPO / "resources" / "standards" / "示例-评查标准模板.xlsx"


def test_csv_and_xlsx_are_dispatched_by_extension() -> None:
    assert import_standard_file(LICENSING, name="许可").standard.name == "许可"
    example = import_standard_file(EXAMPLE).standard
    assert example.name == "示例评查标准（演示用）"
    checklist_only = {RuleKind.BINARY, RuleKind.LEVELS, RuleKind.BONUS}  # shown by the shipped checklist
    assert {i.rule.kind for i in example.point_items} == set(RuleKind) - checklist_only


@pytest.mark.parametrize(("suffix", "hint"), [(".xls", "另存为 .xlsx"), (".txt", "只能导入")])
def test_other_files_are_refused_in_chinese(tmp_path: Path, suffix: str, hint: str) -> None:
    path = tmp_path / f"标准{suffix}"
    path.write_bytes(b"x")
    with pytest.raises(UnreadableFile, match=hint):
        import_standard_file(path)


def test_report_lines_for_the_licensing_form() -> None:
    lines = report_lines(import_standard_file(LICENSING, name="行政许可案卷评分表"))
    assert lines[0] == "评分标准“行政许可案卷评分表”：共 12 个项目，其中计分项目 12 个，否决项 0 个。"
    assert lines[1] == "计分项目分值合计 109 分，标准总分 100 分。"
    assert lines[2] == "各项分值合计 109 分，与标准总分 100 分不一致，已按公布的分值保留"
    assert lines[3] == "以下 11 个项目未能从扣分标准文字中识别扣分方式，按“自由扣分（不超过该项分值）”处理："
    assert lines[4] == "  1. 对符合法定条件的行政许可申请依法受理（未给出扣分标准文字）"
    assert len(lines) == 4 + 11
    assert not any("文书制作规范" in line for line in lines)  # item 12 was read: 8 × 1.5


def test_report_lines_without_fallbacks_have_no_fallback_header() -> None:
    lines = report_lines(import_standard_file(SHARED_STANDARDS / "surveying_penalty_standard.csv"))
    assert "否决项 9 个" in lines[0]
    assert not any("未能从扣分标准文字中识别" in line for line in lines)


def test_a_corrupt_workbook_stores_nothing(db, tmp_path: Path) -> None:
    path = tmp_path / "坏文件.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(UnreadableFile):
        save_standard(db, import_standard_file(path).standard, author="张三")
    assert list_standards(db) == []
    assert db["audit_log"].count == 0


def test_a_workbook_with_bad_cells_stores_nothing(db, tmp_path: Path) -> None:
    book = load_workbook(EXAMPLE)
    book["评分项目"]["E7"] = "四分"
    path = tmp_path / "有错.xlsx"
    book.save(path)
    with pytest.raises(UserErrors, match="第 7 行「分值」列"):
        save_standard(db, import_standard_file(path).standard, author="张三")
    assert list_standards(db) == []


def test_export_then_import_gives_the_stored_standard_back(db, tmp_path: Path) -> None:
    stored = save_standard(db, import_standard_file(EXAMPLE).standard, author="张三")
    export_standard(stored, tmp_path / "out.xlsx")
    again = import_standard_file(tmp_path / "out.xlsx").standard
    assert again == replace(stored, id=None, lineage_id=None, version=1)  # identity is not in the file


def test_importing_a_standard_of_a_stored_name_makes_its_next_version(db, tmp_path):
    first = save_imported(db, import_standard_file(LICENSING, name="许可评分表").standard, author="甲")
    exported = tmp_path / "许可评分表.xlsx"
    export_standard(first, exported)
    second = save_imported(db, import_standard_file(exported).standard, author="乙")
    assert (second.lineage_id, second.version) == (first.lineage_id, 2)
    assert load_standard(db, first.id).version == 1  # the frozen version is untouched
