"""Reading the three formats, and refusing, in Chinese, files that are none of them."""

from __future__ import annotations

import random
import shutil
import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from tests.workbench.cases.helpers import FIXTURES, HEADER, case, register
from workbench.cases import read_cases
from workbench.common.errors import UserErrors
from workbench.common.spreadsheet import read_sheets

CSV_TEXT = "\r\n".join(
    [
        "案号,案件名称,当事人,承办人,立案日期,结案日期,罚款金额,执法部门",
        '某监罚〔2026〕1号,某公司未按规定明码标价案,某某商贸有限公司,"张三, 李四",'
        '2026/3/5,2026年4月1日,"1,200",市场监督管理局',
        ",,,,,,,",
        "某监罚〔2026〕2号,某店销售过期食品案,某便利店,王五,2026-03-06,,,市场监督管理局",
    ]
)


def test_the_xls_fixture_reads_with_its_dates_amounts_and_blank_rows():
    rows, info = read_cases(FIXTURES / "register.xls", department="市场监督管理局")
    assert info.sheets == ["处罚案件"]
    assert info.skipped_sheets == ["填表说明"]
    assert info.header_rows == {"处罚案件": 3}
    assert info.blank_rows == 1
    assert [(r.row, r.case_number) for r in rows] == [
        (4, "市监罚〔2026〕1号"),
        (6, "市监罚〔2026〕2号"),
        (7, "市监罚〔2026〕3号"),
    ]
    first, second, third = rows
    assert (first.filed_on, first.closed_on, first.amount_fen) == ("2026-01-05", "2026-02-01", 5000_00)
    assert (second.filed_on, second.closed_on, second.amount_fen) == ("2026-01-08", "2026-03-02", 3000_00)
    assert (third.filed_on, third.closed_on, third.amount_fen) == ("2026-01-10", "2026-03-15", None)
    assert [r.officers for r in rows] == ["张三、李四", "王五、赵六", "孙七、周八"]
    assert third.department == "市场监督管理局"  # its cell is empty: the default fills it


def test_an_xls_without_a_default_department_names_the_row_missing_one():
    with pytest.raises(UserErrors) as caught:
        read_cases(FIXTURES / "register.xls")
    assert (
        caught.value.errors[0].message
        == "工作表“处罚案件”第 7 行「执法部门」列：缺少执法部门，导入时也没有指定执法部门"
    )


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-8"])
def test_csv_in_every_encoding_we_receive(tmp_path, encoding):
    path = tmp_path / "台账.csv"
    path.write_bytes(CSV_TEXT.encode(encoding))
    rows, info = read_cases(path)
    assert info.sheets == [""]
    assert info.header_rows == {"": 1}
    assert info.blank_rows == 1
    assert [(r.row, r.case_number, r.party) for r in rows] == [
        (2, "某监罚〔2026〕1号", "某某商贸有限公司"),
        (4, "某监罚〔2026〕2号", "某便利店"),
    ]
    assert (rows[0].filed_on, rows[0].closed_on, rows[0].amount_fen, rows[0].officers) == (
        "2026-03-05",
        "2026-04-01",
        1200_00,
        "张三、李四",
    )


def test_csv_rows_are_named_by_line_without_a_sheet(tmp_path):
    path = tmp_path / "台账.csv"
    path.write_bytes(CSV_TEXT.replace("2026-03-06", "2026-02-30").encode("gbk"))
    with pytest.raises(UserErrors) as caught:
        read_cases(path)
    assert caught.value.errors[0].message == "第 4 行「立案日期」列：日期“2026-02-30”不存在"


def test_tab_separated_csv(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("案号\t当事人\t执法部门\nA-1\t某公司\t交通运输局\n", encoding="utf-8")
    rows, _ = read_cases(path)
    assert [(r.case_number, r.party, r.department) for r in rows] == [("A-1", "某公司", "交通运输局")]


def test_short_csv_lines_are_padded(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("案号,当事人,执法部门\nA-1\nA-2,某公司,交通运输局\n", encoding="utf-8")
    rows, _ = read_cases(path, department="城市管理局")
    assert [(r.case_number, r.department) for r in rows] == [("A-1", "城市管理局"), ("A-2", "交通运输局")]


def test_an_xlsx_saved_with_an_xls_extension_still_reads(tmp_path):
    real = register(tmp_path / "real.xlsx", case(1))
    renamed = tmp_path / "导出.xls"
    shutil.copy(real, renamed)
    rows, _ = read_cases(renamed)
    assert [r.case_number for r in rows] == ["某监罚〔2026〕1号"]


def test_date_cells_come_through_as_dates(tmp_path):
    path = register(tmp_path / "r.xlsx", case(1, 立案日期=date(2026, 3, 5)))
    [sheet] = read_sheets(path)
    assert sheet.rows[3][HEADER.index("立案日期")] == date(2026, 3, 5)


def _docx(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return path


NOISE = b"\x00" + random.Random(2026).randbytes(4095)  # not starting like a zip, an OLE file or HTML
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(200))
NOT_A_WORKBOOK = "不是有效的 Excel 工作簿"


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("photo.xlsx", lambda p: p.write_bytes(PNG), NOT_A_WORKBOOK),
        ("random.xlsx", lambda p: p.write_bytes(NOISE), NOT_A_WORKBOOK),
        ("random.xls", lambda p: p.write_bytes(NOISE), NOT_A_WORKBOOK),
        ("report.xlsx", _docx, NOT_A_WORKBOOK),
        (
            "broken.xls",
            lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
            NOT_A_WORKBOOK,
        ),
        (
            "web.xls",
            lambda p: p.write_text("<html><table><tr><td>案号</td></tr></table></html>"),
            "网页（HTML）",
        ),
        ("empty.xlsx", lambda p: p.write_bytes(b""), "文件是空的"),
        ("empty.csv", lambda p: p.write_bytes(b""), "文件是空的"),
        ("binary.csv", lambda p: p.write_bytes(PNG), "不是 CSV 文本文件"),
        (
            "garbage.csv",
            lambda p: p.write_bytes(bytes([0x81, 0x30, 0xFF, 0xFE, 0x80]) * 50),
            "无法识别 CSV 文件的编码",
        ),
        ("notes.txt", lambda p: p.write_bytes(NOISE), "不支持的文件类型“.txt”"),
        ("report.docx", _docx, "不支持的文件类型“.docx”"),
        ("register", lambda p: p.write_text("案号\n"), "不支持的文件类型（无扩展名）"),
    ],
)
def test_files_that_are_not_registers_get_a_chinese_reason(tmp_path, name, make, message):
    path = tmp_path / name
    make(path)
    with pytest.raises(UserErrors) as caught:
        read_cases(path)
    assert message in caught.value.message
    assert caught.value.message.startswith(f"文件“{name}”有 1 处错误")


def test_a_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(UserErrors, match="无法打开文件：文件不存在"):
        read_cases(tmp_path / "gone.xlsx")


def test_a_department_merged_down_over_its_rows_applies_to_each(tmp_path):
    path = register(tmp_path / "r.xlsx", case(1), case(2, 执法部门=None), case(3, 执法部门=None))
    book = load_workbook(path)
    column = get_column_letter(HEADER.index("执法部门") + 1)
    book.active.merge_cells(f"{column}4:{column}6")
    book.save(path)
    rows, _ = read_cases(path)
    assert [r.department for r in rows] == ["市场监督管理局"] * 3
