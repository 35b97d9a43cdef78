"""公文模板: the fixed wording of bulletins and notices, which a clerk may change per office.

A supervision round uses `round_<name>` instead of `<name>` where such a variant exists (its wording
speaks of units and indicators, not case files); see workbench.reporting.wording.

The shipped text of each template is `resources/templates/<name>.txt` (UTF-8; one paragraph per
line). An office's own text is stored in the database (table document_template) and wins over the
shipped one. Texts name their variable parts with placeholders such as `{单位}`; each template has a
fixed set (TEMPLATES), checked when a text is saved and again before a document is generated, so a
bad template is refused before anything is written. Write `{{` and `}}` for literal braces.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from functools import cache

from sqlite_utils import Database

from db.records import audit
from db.repos import templates as repo
from workbench.accounts import require
from workbench.common.changes import NOTHING, Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.common.kinds import Role
from workbench.common.resources import resource_path
from workbench.rectification.notices import MAX_DEADLINE_DAYS

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


class UnknownPlaceholder(UserError):
    code = "unknown_placeholder"
    template = QT_TRANSLATE_NOOP(
        "UserError", "公文模板“{template}”含有未知的占位符“{placeholder}”。此模板可用的占位符：{allowed}"
    )


class BrokenBraces(UserError):
    code = "broken_braces"
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "公文模板“{template}”中的花括号不成对：“{placeholder}”。"
        "占位符请用半角花括号写成“{example}”；文字中要出现花括号，请连写两个。",
    )


class BadTemplateText(UserError):
    code = "bad_template_text"
    template = QT_TRANSLATE_NOOP("UserError", "公文模板“{template}”{problem}")


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


def template_text(db: Database, name: str) -> str:
    """The office's text of `name` if it has one, else the shipped text."""
    row = repo.get(db, spec(name).name)
    return shipped_text(name) if row is None else row["body"]


def is_customised(db: Database, name: str) -> bool:
    return repo.get(db, spec(name).name) is not None


# --- parsing ------------------------------------------------------------------------------------


def _pieces(name: str, body: str) -> list[tuple[str, bool]]:
    """(text, is_placeholder) runs of body; BrokenBraces on an unpaired brace."""
    out: list[tuple[str, bool]] = []
    literal: list[str] = []
    i, n = 0, len(body)
    while i < n:
        c = body[i]
        if c in "{}" and body[i : i + 2] in ("{{", "}}"):
            literal.append(c)
            i += 2
        elif c == "{":
            end = body.find("}", i + 1)
            inner_open = body.find("{", i + 1)
            if end < 0 or 0 <= inner_open < end:
                stop = n if end < 0 else end + 1
                raise BrokenBraces(template=name, placeholder=body[i:stop][:20], example="{单位}")
            out.append(("".join(literal), False))
            literal = []
            out.append((body[i + 1 : end], True))
            i = end + 1
        elif c == "}":
            raise BrokenBraces(template=name, placeholder=body[max(0, i - 10) : i + 1], example="{单位}")
        else:
            literal.append(c)
            i += 1
    out.append(("".join(literal), False))
    return [p for p in out if p[0] or p[1]]


def check_text(name: str, body: str) -> str:
    """The text as it would be stored (trimmed), or a UserError naming the template and the problem."""
    s = spec(name)
    body = body.strip().replace("\r\n", "\n").replace("\r", "\n")
    title = s.title
    if "｛" in body or "｝" in body:
        raise BadTemplateText(
            template=title, problem="使用了全角花括号“｛｝”，占位符请用半角花括号，如“{单位}”。"
        )
    if not body and s.required:
        raise BadTemplateText(template=title, problem="不能为空。")
    if s.kind is Kind.DAYS:
        if not (body.isascii() and body.isdigit() and 1 <= int(body) <= MAX_DEADLINE_DAYS):
            raise BadTemplateText(
                template=title, problem=f"应为 1 至 {MAX_DEADLINE_DAYS} 之间的整数天数，现为“{body}”。"
            )
        return body
    if s.kind is Kind.LINE and "\n" in body:
        raise BadTemplateText(template=title, problem="只能有一行文字。")
    for text, is_placeholder in _pieces(title, body):
        if is_placeholder and text not in s.placeholders:
            allowed = "、".join(f"{{{p}}}" for p in s.placeholders) or "（无）"
            raise UnknownPlaceholder(template=title, placeholder=f"{{{text}}}", allowed=allowed)
    return body


def fill(name: str, body: str, values: Mapping[str, object]) -> str:
    """Substitute a checked body's placeholders; every placeholder it uses must have a value."""
    out = []
    for text, is_placeholder in _pieces(name, check_text(name, body)):
        if is_placeholder:
            if text not in values:
                raise KeyError(f"template {name}: no value for {{{text}}}")
            out.append(str(values[text]))
        else:
            out.append(text)
    return "".join(out)


# --- the public API -----------------------------------------------------------------------------


def render(db: Database, name: str, values: Mapping[str, object]) -> str:
    """The office's text of `name` with its placeholders filled in (checked first)."""
    return fill(name, template_text(db, name), values)


def check_templates(db: Database) -> None:
    """Raise the first template problem before a document is generated."""
    stored = repo.all_bodies(db)
    for name in TEMPLATES:
        if name in stored:
            check_text(name, stored[name])


def save_template(db: Database, name: str, body: str, *, author: str) -> Done[str]:
    """Store the office's text of `name` after checking it (the text stored, and the setting changed); a
    bad text stores nothing."""
    text = check_text(name, body)
    with db.atomic():
        require(db, author, Role.ADMIN)
        old = repo.get(db, name)
        record_id = repo.put(db, name, text, author=author)
        audit(
            db,
            author=author,
            table="document_template",
            record_id=record_id,
            action="save",
            old=None if old is None else old["body"],
            new=text,
        )
    return Done(text, Changes.of(settings=[name]))


def reset_template(db: Database, name: str, *, author: str = "") -> Done[str]:
    """Forget the office's text of `name`; the shipped text applies again (and is returned, with the
    setting changed; nothing changed when the office had no text of its own)."""
    spec(name)
    changes = NOTHING
    with db.atomic():
        require(db, author, Role.ADMIN)
        old = repo.get(db, name)
        if old is not None:
            repo.delete(db, name)
            audit(
                db,
                author=author,
                table="document_template",
                record_id=old["id"],
                action="reset",
                old=old["body"],
                new=shipped_text(name),
            )
            changes = Changes.of(settings=[name])
    return Done(shipped_text(name), changes)


def deadline_days(db: Database) -> int:
    """Days a department has to rectify (notice_deadline_days), 15 unless the office changed it."""
    return int(check_text("notice_deadline_days", template_text(db, "notice_deadline_days")))


def paragraphs(text: str) -> list[str]:
    """A rendered text as paragraphs: one a line, blank lines dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]
