"""公文模板: the fixed wording of bulletins and notices, which a clerk may change per office.

Which templates there are, their placeholders and shipped texts are the catalogue's
(workbench.exports.template_catalogue). An office's own text is stored in the database (table
document_template) and wins over the shipped one. Texts name their variable parts with placeholders
such as `{单位}`; each template has a fixed set (TEMPLATES), checked when a text is saved and again
before a document is generated, so a bad template is refused before anything is written. Write `{{`
and `}}` for literal braces.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlite_utils import Database

from db.records import audit
from db.repos import templates as repo
from workbench.accounts import require
from workbench.common.changes import NOTHING, Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.common.kinds import Role
from workbench.exports.template_catalogue import TEMPLATES, Kind, shipped_text, spec
from workbench.rectification.issuing import MAX_DEADLINE_DAYS


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


def template_text(db: Database, name: str) -> str:
    """The office's text of `name` if it has one, else the shipped text."""
    row = repo.get(db, spec(name).name)
    return shipped_text(name) if row is None else row.body


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
            old=None if old is None else old.body,
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
                record_id=old.id,
                action="reset",
                old=old.body,
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
