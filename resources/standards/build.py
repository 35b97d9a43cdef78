"""Build the shipped standard workbooks from the published CSVs in published/, plus the example workbook.

Run from the repository root:  .venv/bin/python resources/standards/build.py
Each published CSV goes through the app's own plain importer and workbook exporter; only the settings the
published source supports are added (case types, veto effects, N/A items). Points are never changed (R9).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from workbench.standards.model import (  # noqa: E402 (after the path set-up, so the script runs anywhere)
    DeductionRule,
    GradeBand,
    Item,
    NaPolicy,
    RuleKind,
    Standard,
    VetoEffect,
)
from workbench.standards.plain_csv import read_plain_csv  # noqa: E402
from workbench.standards.validate import validate_standard  # noqa: E402
from workbench.standards.workbook_write import export_workbook  # noqa: E402

PUBLISHED = HERE / "published"
EXAMPLE = "示例-评查标准模板"


def _plain(csv_name: str, name: str) -> Standard:
    return read_plain_csv(PUBLISHED / csv_name, name=name).standard


def surveying() -> Standard:
    s = _plain("surveying_penalty_standard.csv", "测绘地理信息行政处罚案卷评查标准（节选，合计14分）")
    note = (
        "测绘地理信息行政处罚案卷评查标准（某测绘地理信息执法文件的附件2，发布机关未署名，文中“国家局”"
        "疑指国家测绘地理信息局）。转载来源：https://m.wenke99.com/d-274835.html 。"
        "基本标准9项（否决项：任一项不合格即为不合格卷，评查总分为零）完整；案卷卷面标准（20分）只有第1—7项，"
        "第8项无法辨认；案卷内容标准80分缺失，公布的分值合计14分。"
    )
    return replace(s, case_types=("penalty",), default_veto_effect=VetoEffect.ZERO_TOTAL, source_note=note)


def penalty_documents() -> Standard:
    s = _plain(
        "penalty_documents_score_sheet.csv", "一般程序行政处罚案卷文书评查标准（记分表）（节选，合计26分）"
    )
    note = (
        "一般程序行政处罚案卷文书评查标准（记分表），发布机关未署名。转载来源："
        "https://m.wenku365.com/p-16791189.html 。立案阶段（5分）完整；调查取证阶段（35分）中检查（勘验）"
        "笔录（10分）和询问笔录（10分）完整，调查取证与保存证据文书（15分）只能辨认第一项；其后各阶段缺失，"
        "公布的分值合计26分。记分表未印扣分标准，各项按自由扣分（不超过该项分值）处理。"
    )
    return replace(s, case_types=("penalty",), source_note=note)


def environmental() -> Standard:
    s = _plain("environmental_penalty_score_sheet.csv", "环境行政处罚案卷评查评分表（节选，合计15分）")
    note = (
        "环境行政处罚案卷评查评分表，发布机关未署名。来源：http://www.fsou.com.cn/html/text/lar/172776/"
        "17277605_5.html 。实体评查4项（否决项：任一项不合格即评查不及格，原表未说明分数如何处理）完整；"
        "立案阶段（8分）完整；调查取证阶段（38分）只有4个单项和调查询问笔录（13分）的前2项；其后各阶段缺失，"
        "公布的分值合计15分。原表未印扣分标准，各项按自由扣分（不超过该项分值）处理。"
    )
    fail = VetoEffect.FAIL_REVIEW
    items = tuple(replace(i, veto_effect=fail) if i.veto else i for i in s.items)
    return replace(s, items=items, case_types=("penalty",), default_veto_effect=fail, source_note=note)


LICENSING_PARTIAL = ("I005", "I007", "I008")  # several departments; 招标/拍卖/考试…; hearings


def licensing() -> Standard:
    s = _plain("licensing_case_file_score_form.csv", "行政许可案卷评分表")
    note = (
        "行政许可案卷评分表（共12项，完整），发布机关未署名。"
        "转载来源：https://m.777doc.com/doc-6346404.html 。"
        "原表未印总分，公布的各项分值合计109分；本标准总分按100分计，公布的分值原样保留、未作修改。"
        "第5、7、8项只适用于部分许可（多部门实施；招标、拍卖、考试等；听证），可标记为不适用，"
        "不适用项按比例折算；得分折算为百分制（109分折算为100分）。原表为得分式评分表，除第12项（8项×1.5分）外未印扣分标准，按自由扣分处理。"
    )
    items = tuple(replace(i, na_allowed=i.key in LICENSING_PARTIAL) for i in s.items)
    return replace(
        s,
        items=items,
        case_types=("licensing",),
        na_policy=NaPolicy.RESCALE,
        scale_to_total=True,
        source_note=note,
    )


def _rule(kind: RuleKind, *amounts: str) -> DeductionRule:
    d = [Decimal(a) for a in amounts]
    if kind is RuleKind.RANGE:
        return DeductionRule(kind, low=d[0], high=d[1])
    if kind is RuleKind.TIERS:
        return DeductionRule(kind, tiers=tuple(d))
    return DeductionRule(kind, points=d[0] if d else None)


def example() -> Standard:
    """Every deduction kind and every veto effect in one small standard, for the README and for clerks."""
    base, cover, content = ("基本标准",), ("案卷卷面",), "案卷内容"
    veto = [
        (
            "行政处罚实施主体不合法",
            VetoEffect.ZERO_TOTAL,
            None,
            None,
            "实施主体不合法的，为不合格卷，总分为零",
        ),
        ("超越法定权限实施行政处罚", VetoEffect.DEDUCT_ALL, None, None, "超越法定权限的，扣100分"),
        ("违法事实不清、证据不足", VetoEffect.FAIL_REVIEW, None, None, "任一项不合格的，评查不及格"),
        ("主要对外文书未加盖印章", VetoEffect.CAP_GRADE, "合格", None, "有此问题的案卷不得评为优秀、良好"),
        (
            "当事人名称前后不一致",
            VetoEffect.FIXED_DEDUCTION,
            None,
            Decimal(2),
            "当事人名称前后不一致的，扣2分",
        ),
    ]
    points = [
        (cover, "使用规定的执法文书格式", 4, _rule(RuleKind.FIXED, "2"), "未使用规定的执法文书，扣2分"),
        (cover, "文书填写完整、规范", 6, _rule(RuleKind.PER_DEFECT, "1"), "漏项、表述不清等，每项扣1分"),
        (cover, "卷内目录、页码规范", 4, _rule(RuleKind.PER_DEFECT, "0.5"), "每处扣0.5分"),
        (cover, "立卷归档规范", 6, _rule(RuleKind.TIERS, "2", "1", "0.5"), "分别扣2分、1分或0.5分"),
        ((content, "立案"), "在规定时间内立案", 5, _rule(RuleKind.FIXED, "5"), "未在规定时间内立案，扣5分"),
        ((content, "立案"), "立案审批手续完备", 10, _rule(RuleKind.RANGE, "1", "5"), "酌情扣1-5分"),
        ((content, "调查取证"), "证据收集合法、全面", 20, _rule(RuleKind.RANGE, "2", "10"), "扣2-10分"),
        ((content, "调查取证", "询问笔录"), "询问笔录规范", 10, _rule(RuleKind.PER_DEFECT, "2"), "每处扣2分"),
        ((content, "审查决定"), "依法履行告知程序", 15, _rule(RuleKind.TIERS, "10", "5", "2"), "扣10/5/2分"),
        ((content, "审查决定"), "处罚决定书说理充分", 15, _rule(RuleKind.FREE), "酌情扣分"),
        ((content, "审查决定"), "依法应当听证的，依法组织听证", 5, _rule(RuleKind.FREE), ""),
    ]
    items = [
        Item(
            f"I{n:03d}",
            base,
            text,
            Decimal(0),
            rule_text=wording,
            veto=True,
            veto_effect=effect,
            cap_grade=cap,
            veto_points=vp,
        )
        for n, (text, effect, cap, vp, wording) in enumerate(veto, start=1)
    ]
    for text_cat, text, mx, rule, wording in points:
        key, na = f"I{len(items) + 1:03d}", text.startswith("依法应当")
        items.append(Item(key, text_cat, text, Decimal(mx), rule, wording, na_allowed=na))
    bands = (GradeBand("优秀", Decimal(90)), GradeBand("良好", Decimal(80)), GradeBand("合格", Decimal(60)))
    return Standard(
        name="示例评查标准（演示用）",
        items=tuple(items),
        issuer="示例",
        case_types=("penalty",),
        bands=(*bands, GradeBand("不合格", Decimal(0))),
        source_note="示例：演示每种扣分方式和每种否决效果，不是任何机关公布的标准，不得用于实际评查。",
    )


# A standard whose published part does not add up to its total is an excerpt: 节选 and the sum in its name.
SHIPPED = {
    "测绘地理信息行政处罚案卷评查标准（节选，合计14分）": surveying,
    "一般程序行政处罚案卷文书评查标准（记分表）（节选，合计26分）": penalty_documents,
    "环境行政处罚案卷评查评分表（节选，合计15分）": environmental,
    "行政许可案卷评分表": licensing,
    EXAMPLE: example,
}


def main() -> int:
    for file_stem, build in SHIPPED.items():
        standard = build()
        warnings = validate_standard(standard)
        export_workbook(standard, HERE / f"{file_stem}.xlsx")
        print(f"{file_stem}.xlsx：{len(standard.items)} 项，否决项 {len(standard.veto_items)} 项")
        for line in warnings:
            print(f"  提示：{line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
