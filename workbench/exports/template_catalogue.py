"""The catalogue of 公文模板: which templates there are, what each is called, which placeholders it may
use, and the text shipped for it (`resources/templates/<name>.txt`, UTF-8, one paragraph per line).

A supervision round uses `round_<name>` instead of `<name>` where such a variant exists (its wording
speaks of units and indicators, not case files); see workbench.reporting.wording. The office's own
texts, their checks and their rendering are workbench.exports.templates'.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache

from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.common.resources import resource_path

SHIPPED = resource_path("templates")


class Kind(Enum):
    TEXT = "text"  # paragraphs, one a line
    LINE = "line"  # a single line: a name, a contact line
    DAYS = "days"  # a whole number of days


@dataclass(frozen=True)
class TemplateSpec:
    name: str
    title: str  # Chinese, in messages
    label: str  # English, translated in the UI (context "DocumentTemplates")
    kind: Kind
    placeholders: tuple[str, ...]
    required: bool = True  # False: may be left empty (then the document leaves the part out)


_SPECS = (
    TemplateSpec(
        "issuer", "发文机关", QT_TRANSLATE_NOOP("DocumentTemplates", "Issuing office"), Kind.LINE, ()
    ),
    TemplateSpec(
        "issuer_mark",
        "发文机关标志",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Issuer mark (red)"),
        Kind.LINE,
        ("发文机关",),
    ),
    TemplateSpec(
        "bulletin_addressee",
        "通报主送机关",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Bulletin: addressees"),
        Kind.LINE,
        (),
    ),
    TemplateSpec(
        "bulletin_opening",
        "通报开头（依据和范围）",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Bulletin: basis and scope"),
        Kind.TEXT,
        ("发文机关", "活动名称", "年份", "评查标准", "单位数", "案卷数", "评查数", "平均分", "评查范围"),
    ),
    TemplateSpec(
        "bulletin_requirements",
        "通报工作要求",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Bulletin: requirements"),
        Kind.TEXT,
        ("发文机关", "活动名称", "年份", "期限", "截止日期"),
    ),
    TemplateSpec(
        "notice_opening",
        "整改通知开头（依据）",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Notice: basis"),
        Kind.TEXT,
        (
            "发文机关",
            "活动名称",
            "年份",
            "评查标准",
            "单位",
            "案卷数",
            "平均分",
            "问题案卷数",
            "问题数",
            "文号",
        ),
    ),
    TemplateSpec(
        "notice_requirements",
        "整改要求",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Notice: what must be corrected"),
        Kind.TEXT,
        ("发文机关", "单位", "期限", "截止日期", "问题数"),
    ),
    TemplateSpec(
        "notice_reply",
        "反馈要求",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Notice: how to report back"),
        Kind.TEXT,
        ("发文机关", "单位", "期限", "截止日期", "文号"),
    ),
    TemplateSpec(
        "notice_objection",
        "异议和复查",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Notice: objection and re-check"),
        Kind.TEXT,
        ("发文机关", "单位", "文号"),
    ),
    TemplateSpec(
        "notice_deadline_days",
        "整改期限天数",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Notice: days allowed for rectification"),
        Kind.DAYS,
        (),
    ),
    TemplateSpec(
        "contact",
        "联系方式",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Contact line"),
        Kind.LINE,
        ("发文机关", "联系人", "地址"),
        required=False,
    ),
    TemplateSpec(
        "copies_to",
        "抄送机关",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Copies to"),
        Kind.LINE,
        (),
        required=False,
    ),
    TemplateSpec(
        "printer", "印发机关", QT_TRANSLATE_NOOP("DocumentTemplates", "Printed by"), Kind.LINE, ("发文机关",)
    ),
    # supervision rounds (督察): the wording that differs where units, not case files, were scored
    TemplateSpec(
        "round_bulletin_addressee",
        "督察通报主送机关",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Supervision bulletin: addressees"),
        Kind.LINE,
        (),
    ),
    TemplateSpec(
        "round_bulletin_opening",
        "督察通报开头（依据和范围）",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Supervision bulletin: basis and scope"),
        Kind.TEXT,
        ("发文机关", "活动名称", "年份", "督察清单", "单位数", "督察数", "平均分"),
    ),
    TemplateSpec(
        "round_bulletin_requirements",
        "督察通报工作要求",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Supervision bulletin: requirements"),
        Kind.TEXT,
        ("发文机关", "活动名称", "年份", "期限", "截止日期"),
    ),
    TemplateSpec(
        "round_notice_opening",
        "督察整改通知开头（依据）",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Supervision notice: basis"),
        Kind.TEXT,
        ("发文机关", "活动名称", "年份", "督察清单", "单位", "得分", "等次", "问题指标数", "问题数", "文号"),
    ),
    TemplateSpec(
        "round_notice_requirements",
        "督察整改要求",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Supervision notice: what must be corrected"),
        Kind.TEXT,
        ("发文机关", "单位", "期限", "截止日期", "问题数"),
    ),
    TemplateSpec(
        "round_notice_reply",
        "督察整改反馈要求",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Supervision notice: how to report back"),
        Kind.TEXT,
        ("发文机关", "单位", "期限", "截止日期", "文号"),
    ),
    TemplateSpec(
        "round_notice_objection",
        "督察异议和复查",
        QT_TRANSLATE_NOOP("DocumentTemplates", "Supervision notice: objection and re-check"),
        Kind.TEXT,
        ("发文机关", "单位", "文号"),
    ),
)
TEMPLATES: dict[str, TemplateSpec] = {s.name: s for s in _SPECS}


class UnknownTemplate(UserError):
    code = "unknown_template"
    template = QT_TRANSLATE_NOOP("UserError", "没有名为“{name}”的公文模板。")


def spec(name: str) -> TemplateSpec:
    try:
        return TEMPLATES[name]
    except KeyError:
        raise UnknownTemplate(name=name) from None


def placeholders(name: str) -> list[str]:
    """The placeholders `name` may use, without braces."""
    return list(spec(name).placeholders)


@cache
def shipped_text(name: str) -> str:
    spec(name)
    return (SHIPPED / f"{name}.txt").read_text(encoding="utf-8").strip()
