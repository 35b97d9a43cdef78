"""Every sentence of a generated document is true of its data (issue 14): vetoes listed first wherever
problems are, 双随机 only with a recorded draw, praise only for top-band units without a veto, vetoes
counted by their real effect, no bulletin with nothing final, no numbered document from an unfinished
campaign unless the organiser allows it. Each case is built through the services and read back from
the PDF text, the ledger or the workbook."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tests.workbench.exports.documents_case import (
    ISSUED_ON,
    ZERO_VETO,
    build,
    deduction,
    pdf_text,
    veto,
)
from workbench.draw.algorithm import DrawPlan
from workbench.exports.checks import NothingFinal, UnfinishedFiles
from workbench.exports.service import export_outputs
from workbench.exports.templates import save_template
from workbench.exports.texts import SaysRandomWithoutDraw
from workbench.rectification.ledger import ledger


def export(built, folder, kinds, **kw):
    done = export_outputs(built.db, built.campaign, folder, kinds, author="组织者", issued_on=ISSUED_ON, **kw)
    return done.value


def by_name(paths, start: str):
    return next(p for p in paths if p.name.startswith(start))


# --- (1) vetoes everywhere a problem is listed ------------------------------------------------------


def test_a_department_whose_only_problem_is_a_veto_gets_a_notice_naming_it(db, tmp_path):
    built = build(db, tmp_path)
    written = export(built, tmp_path / "out", ["notices"])
    assert not [n for n in written.notes if "未发整改通知" in n]  # 交通局's veto is a problem
    text = pdf_text(by_name(written, "整改通知书-交通局"))
    assert "否决项" in text
    assert "行政执法主体合法" in text
    assert "以内设机构名义作出处罚决定" in text
    assert "总分计0分，等次为不合格" in text


def test_the_veto_comes_before_the_deductions_of_the_same_file(db, tmp_path):
    built = build(db, tmp_path)
    text = pdf_text(by_name(export(built, tmp_path / "out", ["notices"]), "整改通知书-生态局"))
    assert text.index("处罚决定书未加盖印章") < text.index("询问笔录格式不规范")
    assert "等次不得高于合格" in text


def test_each_veto_finding_is_a_ledger_line_first_in_its_notice(db, tmp_path):
    built = build(db, tmp_path)
    export(built, tmp_path / "out", ["notices"])
    lines = ledger(db, built.campaign, today=ISSUED_ON)
    transport = [line for line in lines if line.department == "交通局"]
    assert len(transport) == 1
    assert transport[0].problem.startswith("否决项（总分计0分，等次为不合格）")
    ecology = [line for line in lines if line.department == "生态局"]
    assert [line.line for line in ecology] == [1, 2]
    assert ecology[0].problem.startswith("否决项（等次不得高于合格）")
    assert ecology[1].item.startswith("使用规定")


def test_the_bulletin_lists_veto_problems_first_and_never_says_none_were_found(db, tmp_path):
    built = build(db, tmp_path, {("交通局", 1): [veto(ZERO_VETO, "以内设机构名义作出处罚决定")]})
    text = pdf_text(by_name(export(built, tmp_path / "out", ["bulletin"]), "评查通报"))
    assert "未发现" not in text
    assert "否决项问题" in text
    assert "行政执法主体合法" in text
    assert "交通局" not in text.split("三、")[1].split("四、")[0].split("表扬")[0][-40:]


def test_the_workbook_lists_veto_rows_first_and_na_marks(db, tmp_path):
    from workbench.scoring import Entry, EntryKind

    plan = {
        ("生态局", 1): [
            deduction("I001", "2", "询问笔录格式不规范"),
            veto("V06", "处罚决定书未加盖印章"),
            Entry("I018", EntryKind.NOT_APPLICABLE, reason="未采取先行登记保存"),
        ]
    }
    built = build(db, tmp_path, plan)
    path = export(built, tmp_path / "out", ["xlsx"])[0]
    ws = load_workbook(path, read_only=True)["扣分明细"]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    kind = rows[0].index("类型")
    mine = [r for r in rows[1:] if r[0] == "环罚〔2026〕1号"]
    assert [r[kind] for r in mine] == ["否决", "扣分", "不适用"]
    assert "等次不得高于合格" in mine[0][rows[0].index("扣分理由")]


# --- (3) false statements ----------------------------------------------------------------------------


def test_no_draw_no_random_in_the_bulletin(db, tmp_path):
    built = build(db, tmp_path)
    text = pdf_text(by_name(export(built, tmp_path / "out", ["bulletin"]), "评查通报"))
    assert "随机" not in text
    assert "对3个行政执法部门的12卷行政执法案卷" in text


def test_an_office_text_that_claims_a_draw_is_refused_without_one(db, tmp_path):
    built = build(db, tmp_path)
    save_template(db, "bulletin_opening", "本次评查采取“双随机”方式抽取{案卷数}卷。", author="组织者")
    with pytest.raises(SaysRandomWithoutDraw):
        export(built, tmp_path / "out", ["bulletin"])
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_with_a_recorded_draw_the_bulletin_says_so_with_its_seed(db, tmp_path):
    draw = DrawPlan(seed="20261125公开种子", per_department=2)
    built = build(db, tmp_path, plan={}, draw=draw)
    text = pdf_text(by_name(export(built, tmp_path / "out", ["bulletin"]), "评查通报"))
    assert "双随机" in text
    assert "20261125公开种子" in text
    assert "从3个行政执法部门的12卷行政执法案卷中抽取6卷" in text


def test_praise_only_top_band_units_without_a_veto(db, tmp_path):
    built = build(db, tmp_path)  # 生态局: mean 优秀, but one file capped by a veto; 交通局: 合格
    text = pdf_text(by_name(export(built, tmp_path / "out", ["bulletin"]), "评查通报"))
    praise = next(s for s in text.split("。") if "表扬" in s)
    assert "市场局" in praise
    assert "生态局" not in praise
    assert "交通局" not in praise


def test_no_praise_when_no_unit_qualifies(db, tmp_path):
    units = ("交通局", "市场局", "生态局")
    plan = {(d, n): [veto(ZERO_VETO, "主体不合法")] for d in units for n in (1, 2, 3)}
    built = build(db, tmp_path, plan)  # every unit 不合格 (mean 25)
    text = pdf_text(by_name(export(built, tmp_path / "out", ["bulletin"]), "评查通报"))
    assert "予以通报表扬" not in text
    assert "没有等次为优秀且无否决项的单位" in text


def test_vetoed_files_are_counted_by_their_real_effect(db, tmp_path):
    built = build(db, tmp_path)  # one file zeroed (不合格), one capped at 合格
    text = pdf_text(by_name(export(built, tmp_path / "out", ["bulletin"]), "评查通报"))
    assert "有2卷触发否决项，其中1卷总分计0分，等次为不合格；1卷等次不得高于合格" in text
    assert "2卷存在否决项，评为不合格" not in text


def test_a_bulletin_with_nothing_final_is_refused(db, tmp_path):
    everything = frozenset((d, n) for d in ("交通局", "市场局", "生态局") for n in (1, 2, 3, 4))
    built = build(db, tmp_path, unscored=everything)
    with pytest.raises(NothingFinal):
        export(built, tmp_path / "out", ["bulletin"], allow_unfinished=True)


# --- (4) unfinished campaigns -----------------------------------------------------------------------


def test_numbered_documents_wait_for_every_file_in_scope_unless_allowed(db, tmp_path):
    built = build(db, tmp_path, unscored=frozenset({("市场局", 4)}))
    with pytest.raises(UnfinishedFiles):
        export(built, tmp_path / "a", ["bulletin"])
    with pytest.raises(UnfinishedFiles):
        export(built, tmp_path / "b", ["notices"], departments=["市场局"])
    assert db["notice"].count == 0  # no number taken
    # another department's notice is not held up by 市场局's file
    assert export(built, tmp_path / "c", ["notices"], departments=["交通局"])
    written = export(built, tmp_path / "d", ["bulletin"], allow_unfinished=True)
    assert "尚有1卷未完成定分" in pdf_text(written[0])


def test_a_file_finalised_after_its_departments_notice_gets_a_supplementary_notice(db, tmp_path):
    from tests.workbench.exports.documents_case import OTHER
    from tests.workbench.small_campaign import REVIEWERS, reviewer_id, score_entries
    from workbench.campaigns.service import campaign_standard
    from workbench.review.results import campaign_results

    built = build(db, tmp_path, unscored=frozenset({("市场局", 3)}))
    first = export(built, tmp_path / "a", ["notices"], departments=["市场局"], allow_unfinished=True)
    assert [p.name for p in first] == ["整改通知书-市场局.pdf"]
    late = next(f for f in campaign_results(db, built.campaign)[1] if f.case_number == "市监罚〔2026〕3号")
    reviewer = reviewer_id(db, REVIEWERS[OTHER["市场局"]][0])
    standard = campaign_standard(db, built.campaign)
    score_entries(
        db, standard, built.campaign, late.subject_id, reviewer, [deduction("I005", "1", "第7页漏编页码")]
    )
    again = export(built, tmp_path / "b", ["notices"], departments=["市场局"])
    assert sorted(p.name for p in again) == ["整改通知书-市场局.pdf", "补充整改通知书-市场局.pdf"]
    text = pdf_text(by_name(again, "补充整改通知书"))
    assert "关于市场局行政执法案卷评查问题整改的补充通知" in text
    assert "本通知是对鄂州司函〔2026〕1号的补充" in text
    assert "第7页漏编页码" in text
    assert "未使用规定的文书格式" not in text  # the first notice's problems stay in the first notice
    assert "鄂州司函〔2026〕2号" in text
    lines = [line for line in ledger(db, built.campaign, today=ISSUED_ON) if line.department == "市场局"]
    assert [line.notice_number for line in lines][-1] == "鄂州司函〔2026〕2号"
    third = export(built, tmp_path / "c", ["notices"], departments=["市场局"])  # nothing new: no number taken
    assert len(third) == 2
    assert db["notice"].count == 2


# --- (2) the bulletin is a numbered 公文 -------------------------------------------------------------


def test_the_bulletin_has_a_red_header_and_a_number_from_the_notices_counter(db, tmp_path):
    built = build(db, tmp_path)
    written = export(built, tmp_path / "a", ["bulletin", "notices"])
    bulletin = pdf_text(by_name(written, "评查通报"))
    assert bulletin.startswith("鄂州市司法局鄂州司函〔2026〕1号关于")  # mark, number, then the title
    numbers = sorted(pdf_text(p).split("司法局", 1)[1][:12] for p in written if p.name.startswith("整改"))
    assert numbers == ["鄂州司函〔2026〕2号", "鄂州司函〔2026〕3号", "鄂州司函〔2026〕4号"]
    again = export(built, tmp_path / "b", ["bulletin"])  # written again: the same number, none taken
    assert "鄂州司函〔2026〕1号" in pdf_text(again[0])
    assert db["bulletin"].count == 1


# --- (7) a long problem list goes to an 附件 ----------------------------------------------------------


def test_past_twenty_problems_the_list_moves_to_an_attachment(db, tmp_path):
    from workbench.exports.texts import ATTACHMENT_ROWS

    items = {"I001": "2", "I002": "1", "I003": "1", "I004": "1", "I005": "1", "I006": "1", "I007": "1"}
    plan = {
        ("市场局", n): [deduction(k, p, f"第{n}卷{k}的问题") for k, p in items.items()] for n in (1, 2, 3)
    }
    built = build(db, tmp_path, plan)
    text = pdf_text(export(built, tmp_path / "out", ["notices"], departments=["市场局"])[0])
    assert 3 * len(items) > ATTACHMENT_ROWS
    assert "逐项列于附件《市场局行政执法案卷评查问题清单》" in text
    body, attachment = text.split("附件：市场局行政执法案卷评查问题清单")
    assert "第1卷I001的问题" not in body  # the list is not in the body
    assert attachment.index("鄂州市司法局2026年11月25日") < attachment.index(
        "附件市场局行政执法案卷评查问题清单"
    )
    assert "第3卷I007的问题" in attachment


def test_a_letter_number_gets_the_letter_mark_a_document_number_the_document_mark(db, tmp_path):
    from workbench.campaigns.service import update_settings

    built = build(db, tmp_path)  # 鄂州司函: a 函
    letter = pdf_text(export(built, tmp_path / "a", ["notices"], departments=["交通局"])[0])
    assert letter.startswith("鄂州市司法局鄂州司函〔2026〕1号")
    built.campaign = update_settings(db, built.campaign, author="t", doc_prefix="鄂州司发").value
    document = pdf_text(export(built, tmp_path / "b", ["notices"], departments=["市场局"])[0])
    assert document.startswith("鄂州市司法局文件鄂州司发〔2026〕1号")
