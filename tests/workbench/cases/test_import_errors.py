"""A register with any problem imports nothing; the message names each problem's sheet, row and column."""

from __future__ import annotations

import io
import random
import zipfile

import pytest

from tests.workbench.cases.helpers import HEADER, case, counts, register, write_xlsx
from workbench.cases import import_cases, reading
from workbench.common.errors import UserErrors


@pytest.fixture
def seeded(db, tmp_path):
    """A database that already holds case 1 of 市场监督管理局."""
    import_cases(db, register(tmp_path / "earlier.xlsx", case(1)), author="a")
    return db


def refused(db, path, **kwargs) -> list[str]:
    """The problem messages of an import that must fail and leave the database as it was."""
    before = counts(db)
    with pytest.raises(UserErrors) as caught:
        import_cases(db, path, author="a", **kwargs)
    assert counts(db) == before
    count = len(caught.value.errors)
    assert caught.value.message.startswith(f"文件“{path.name}”有 {count} 处错误，未导入任何数据")
    return [e.message for e in caught.value.errors]


def test_no_recognisable_header_says_what_it_looked_for(seeded, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", {"S": [["编号", "名称", "日期"], ["1", "x", "2026-01-01"]]})
    [message] = refused(seeded, path)
    assert message.startswith("未找到表头：需要“案号”列（也可写作案件编号、文号、立案号")
    assert "前 15 行" in message
    assert "当事人" in message


def test_a_row_without_case_number(seeded, tmp_path):
    path = register(tmp_path / "r.xlsx", case(2), case(3, 案号=""))
    assert refused(seeded, path) == ["工作表“案件”第 5 行「案号」列：缺少案号"]


def test_a_bad_date_names_its_cell(seeded, tmp_path):
    path = register(tmp_path / "r.xlsx", case(2, 结案日期="2026-02-30"))
    assert refused(seeded, path) == ["工作表“案件”第 4 行「结案日期」列：日期“2026-02-30”不存在"]


def test_a_date_outside_the_plausible_years(seeded, tmp_path):
    path = register(tmp_path / "r.xlsx", case(2, 立案日期="1926-03-05"))
    assert refused(seeded, path) == [
        "工作表“案件”第 4 行「立案日期」列：日期“1926-03-05”的年份超出 1980–2100 年"
    ]


def test_closing_before_filing(seeded, tmp_path):
    path = register(tmp_path / "r.xlsx", case(2, 立案日期="2026-03-05", 结案日期="2026-03-01"))
    assert refused(seeded, path) == [
        "工作表“案件”第 4 行「结案日期」列：结案日期 2026-03-01 早于立案日期 2026-03-05"
    ]


def test_a_negative_amount(seeded, tmp_path):
    path = register(tmp_path / "r.xlsx", case(2), case(3, 金额=-500))
    assert refused(seeded, path) == ["工作表“案件”第 5 行「罚款金额（元）」列：金额“-500”不能为负数"]


def test_a_non_numeric_amount(seeded, tmp_path):
    path = register(tmp_path / "r.xlsx", case(2, 金额="五百元"))
    [message] = refused(seeded, path)
    assert message.startswith("工作表“案件”第 4 行「罚款金额（元）」列：“五百元”不是金额")


def test_an_unknown_case_type(seeded, tmp_path):
    path = write_xlsx(
        tmp_path / "r.xlsx", {"S": [["案号", "案件类型", "执法部门"], ["A-1", "行政奖励", "某局"]]}
    )
    [message] = refused(seeded, path)
    assert message.startswith("工作表“S”第 4 行「案件类型」列：未知的案件类型“行政奖励”")


def test_a_duplicate_within_the_sheet_names_both_rows(seeded, tmp_path):
    path = register(tmp_path / "r.xlsx", case(2), case(3), case(2, 当事人="另一公司"))
    assert refused(seeded, path) == ["工作表“案件”第 6 行「案号」列：案号“某监罚〔2026〕2号”与第 4 行重复"]


def test_a_duplicate_across_sheets_names_the_other_sheet(seeded, tmp_path):
    path = write_xlsx(
        tmp_path / "r.xlsx", {"一季度": [HEADER, case(2)], "二季度": [HEADER, case(3), case(2)]}
    )
    assert refused(seeded, path) == [
        "工作表“二季度”第 5 行「案号」列：案号“某监罚〔2026〕2号”与工作表“一季度”第 4 行重复"
    ]


def test_a_case_already_in_the_database_names_the_row(seeded, tmp_path):
    path = register(tmp_path / "r.xlsx", case(2), case(1))
    assert refused(seeded, path) == [
        "工作表“案件”第 5 行「案号」列：案号“某监罚〔2026〕1号”已在案件库中，不能重复导入"
        "（用更新后的台账更新已有案件：命令行加 --update，导入窗口勾选“更新已有案件”）"
    ]


def test_the_preview_also_finds_cases_already_in_the_database(seeded, tmp_path):
    path = register(tmp_path / "r.xlsx", case(1))
    [message] = refused(seeded, path, dry_run=True)
    assert "已在案件库中" in message


def test_a_row_without_any_department(seeded, tmp_path):
    path = register(tmp_path / "r.xlsx", case(2, 执法部门=""))
    assert refused(seeded, path) == [
        "工作表“案件”第 4 行「执法部门」列：缺少执法部门，导入时也没有指定执法部门"
    ]


def test_a_sheet_without_department_column_and_no_argument(seeded, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", {"S": [["案号", "当事人"], ["A-1", "某公司"], ["A-2", "某店"]]})
    [message] = refused(seeded, path)
    assert message.startswith("工作表“S”：表中没有执法部门列（执法部门、执法单位")


def test_every_problem_of_the_file_is_listed_in_row_order(seeded, tmp_path):
    path = register(
        tmp_path / "r.xlsx",
        case(1),  # already stored: found last, listed first
        case(2, 结案日期="明天", 金额="-1"),
        case(3, 案号=""),
    )
    assert refused(seeded, path) == [
        "工作表“案件”第 4 行「案号」列：案号“某监罚〔2026〕1号”已在案件库中，不能重复导入"
        "（用更新后的台账更新已有案件：命令行加 --update，导入窗口勾选“更新已有案件”）",
        "工作表“案件”第 5 行「结案日期」列：“明天”不是可识别的日期，"
        "请写作 2026-03-05、2026/3/5、2026年3月5日 或 20260305",
        "工作表“案件”第 5 行「罚款金额（元）」列：金额“-1”不能为负数",
        "工作表“案件”第 6 行「案号」列：缺少案号",
    ]


def test_a_hopeless_file_stops_at_the_cap(db, tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_PROBLEMS", 5)
    monkeypatch.setattr(reading, "CHUNK", 4)
    path = register(tmp_path / "r.xlsx", *(case(n, 立案日期="?") for n in range(1, 21)))
    messages = refused(db, path)
    assert len(messages) == 6
    assert messages[-1] == "错误超过 5 处，其余的行没有检查。"


def test_a_header_without_data_rows(seeded, tmp_path):
    path = register(tmp_path / "r.xlsx", [], ["", " "])
    assert refused(seeded, path) == ["表头下面没有案件数据：请检查是否选错了文件或工作表"]


def test_an_empty_workbook(seeded, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", {"Sheet1": [[]]}, title=None)
    [message] = refused(seeded, path)
    assert message.startswith("未找到表头")


NOISE = b"\x00" + random.Random(7).randbytes(2047)


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


DOCX = _docx()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("picture.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(100), "不是有效的 Excel 工作簿"),
        ("noise.xlsx", NOISE, "不是有效的 Excel 工作簿"),
        ("report.xlsx", DOCX, "不是有效的 Excel 工作簿"),
        ("report.docx", DOCX, "不支持的文件类型“.docx”"),
        ("notes.txt", NOISE, "不支持的文件类型“.txt”"),
        ("noise.csv", NOISE, "不是 CSV 文本文件"),
        ("empty.csv", b"", "文件是空的"),
    ],
)
def test_files_that_are_not_registers_change_nothing(seeded, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    [found] = refused(seeded, path)
    assert message in found
