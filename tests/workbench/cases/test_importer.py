"""import_cases end to end on real workbooks and a real database: all rows or none, every problem named."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from tests.workbench.cases.helpers import HEADER, case, counts, register, stored, write_xlsx
from workbench.cases import import_cases, read_cases, reading
from workbench.common.changes import Changes
from workbench.common.jobs import Cancelled


def test_a_register_is_imported_with_every_field(db, tmp_path):
    path = register(
        tmp_path / "台账.xlsx",
        case(1, 立案日期=date(2026, 3, 5), 结案日期="2026年4月1日", 承办人="张三，李四"),
        [],
        case(2, 金额="", 执法部门="生态环境局"),
    )
    done = import_cases(db, path, author="评查员甲")
    result = done.value

    assert done.changes == Changes(everything=True)  # a register is a bulk change: every screen reloads
    assert result.imported == 2
    assert not result.dry_run
    assert result.blank_rows == 1
    assert result.header_rows == {"案件": 3}
    rows = stored(db)
    first = rows[0]
    assert {k: first[k] for k in ("case_number", "title", "party", "officers", "filed_on", "closed_on")} == {
        "case_number": "某监罚〔2026〕1号",
        "title": "某公司未按规定明码标价案1",
        "party": "某某商贸有限公司",
        "officers": "张三、李四",
        "filed_on": "2026-03-05",
        "closed_on": "2026-04-01",
    }
    assert (first["amount_fen"], first["case_type"], first["procedure"]) == (120050, "penalty", "")
    assert (first["source_file"], first["author"], first["department"]) == (
        "台账.xlsx",
        "评查员甲",
        "市场监督管理局",
    )
    assert (rows[1]["amount_fen"], rows[1]["department"]) == (None, "生态环境局")
    assert counts(db) == (2, 2)


def test_synonym_headers_import_like_the_usual_ones(db, tmp_path):
    header = [
        "处罚决定书文号",
        "行政相对人",
        "执法人员",
        "立案时间",
        "决定日期",
        "罚没金额（万元）",
        "执法类别",
        "适用程序",
        "实施机关",
    ]
    row = [
        "某罚决〔2026〕8号",
        "某公司",
        "张三 李四",
        "2026.3.5",
        "20260320",
        "1.5",
        "行政强制",
        "简易程序",
        "应急管理局",
    ]
    path = write_xlsx(tmp_path / "r.xlsx", {"Sheet1": [header, row]})
    result = import_cases(db, path, author="a").value
    [saved] = stored(db)
    assert (saved["case_number"], saved["party"], saved["officers"]) == (
        "某罚决〔2026〕8号",
        "某公司",
        "张三、李四",
    )
    assert (saved["filed_on"], saved["closed_on"], saved["amount_fen"]) == (
        "2026-03-05",
        "2026-03-20",
        15000_00,
    )
    assert (saved["case_type"], saved["procedure"], saved["department"]) == (
        "compulsion",
        "summary",
        "应急管理局",
    )
    assert result.columns["Sheet1"]["amount"] == "罚没金额（万元）"


def test_a_number_cell_case_number_reads_without_decimals(db, tmp_path):
    path = register(tmp_path / "r.xlsx", case(1, 案号=20260001))
    import_cases(db, path, author="a")
    assert stored(db)[0]["case_number"] == "20260001"


def test_preview_runs_every_check_and_writes_nothing(db, tmp_path):
    path = register(tmp_path / "r.xlsx", case(1), case(2))
    done = import_cases(db, path, author="a", dry_run=True)
    assert not done.changes  # a preview changes nothing
    result = done.value
    assert (result.dry_run, result.imported, len(result.rows)) == (True, 0, 2)
    assert result.summary()[-1] == "预览（未写入）"
    assert counts(db) == (0, 0)


def test_summary_names_header_row_columns_sheets_and_blank_rows(db, tmp_path):
    rows = [HEADER, case(1), [], ["  ", ""], case(2)]
    path = write_xlsx(tmp_path / "r.xlsx", {"一季度": rows, "说明": [["填表说明：每季度报送"]]})
    lines = import_cases(db, path, author="a").value.summary()
    assert lines[0].startswith(
        "工作表“一季度”：表头在第 3 行，2 条案件，识别列：案号←案号、案件名称←案件名称、当事人←当事人"
    )
    assert "处罚金额←罚款金额（元）" in lines[0]
    assert lines[1:] == ["跳过未找到表头的工作表：说明", "共 2 条案件，跳过空行 2 行", "已导入 2 条案件"]


def test_every_sheet_with_a_header_is_imported(db, tmp_path):
    path = write_xlsx(
        tmp_path / "r.xlsx",
        {"一季度": [HEADER, case(1)], "图表": [["统计图"]], "二季度": [HEADER, case(2), case(3)]},
    )
    result = import_cases(db, path, author="a").value
    assert (result.sheets, result.skipped_sheets) == (["一季度", "二季度"], ["图表"])
    assert [(r.sheet, r.row) for r in result.rows] == [("一季度", 4), ("二季度", 4), ("二季度", 5)]
    assert counts(db) == (3, 1)


def test_the_department_column_wins_and_the_argument_fills_blanks(db, tmp_path):
    path = register(tmp_path / "r.xlsx", case(1, 执法部门="交通运输局"), case(2, 执法部门=""))
    import_cases(db, path, author="a", department=" 城市管理局 ")
    assert [r["department"] for r in stored(db)] == ["交通运输局", "城市管理局"]


def test_a_register_without_department_column_takes_the_argument(db, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", {"S": [["案号", "当事人"], ["A-1", "某公司"]]}, title=None)
    import_cases(db, path, author="a", department="文化和旅游局")
    assert [r["department"] for r in stored(db)] == ["文化和旅游局"]


def test_departments_are_reused_not_duplicated(db, tmp_path):
    import_cases(db, register(tmp_path / "a.xlsx", case(1)), author="a")
    import_cases(db, register(tmp_path / "b.xlsx", case(2)), author="a")
    assert counts(db) == (2, 1)


def test_progress_reaches_the_end(db, tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "CHUNK", 2)
    seen = []
    import_cases(
        db,
        register(tmp_path / "r.xlsx", *(case(n) for n in range(1, 8))),
        author="a",
        progress=lambda *p: seen.append(p),
    )
    assert seen[-1] == (4, 4)


def test_cancel_stops_the_import_and_writes_nothing(db, tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "CHUNK", 2)
    cancel = threading.Event()
    path = register(tmp_path / "r.xlsx", *(case(n) for n in range(1, 8)))
    with pytest.raises(Cancelled):
        import_cases(db, path, author="a", progress=lambda *_: cancel.set(), cancel=cancel)
    assert counts(db) == (0, 0)


def test_cancel_set_before_the_start(db, tmp_path):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        read_cases(register(tmp_path / "r.xlsx", case(1)), cancel=cancel)


def test_a_csv_register_imports_and_its_summary_names_no_sheet(db, tmp_path):
    path = tmp_path / "导出.csv"
    path.write_bytes("案号,案由,当事人,执法部门\r\nA-1,无证经营,某店,城市管理局\r\n".encode("gbk"))
    result = import_cases(db, path, author="a").value
    found = "案号←案号、案件名称←案由、案由←案由、当事人←当事人、执法部门←执法部门"
    assert result.summary()[0] == f"表头在第 1 行，1 条案件，识别列：{found}"
    [saved] = stored(db)
    assert (saved["title"], saved["cause"], saved["source_file"]) == ("无证经营", "无证经营", "导出.csv")
