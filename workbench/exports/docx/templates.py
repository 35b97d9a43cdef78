"""The Word templates (通报模板.docx, 整改通知书模板.docx, 评查反馈意见模板.docx) and the office's own copies.

The shipped templates live in resources/templates/ (built by resources/templates/build_docx.py). An
office edits its own copy in Word or WPS: `office_copy` makes it (next to the campaign database, in
the folder `<database name>-公文模板`) and the UI opens it; the office copy wins over the shipped one
from then on, and `restore_shipped` deletes it. Before a document is generated `check_docx_template`
reads the template's placeholders: a syntax error, an unknown or misspelt placeholder, or a missing
required one is refused with the placeholder named, and the template is then rendered once against
an example context under strict rules, so a misspelt column (`行.扣份`) is caught too — all before any
notice number is taken.
"""

from __future__ import annotations

import contextlib
import difflib
import io
import os
import shutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2
from docxtpl import DocxTemplate
from sqlite_utils import Database

from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.exports.template_catalogue import SHIPPED

BULLETIN, NOTICE, FEEDBACK = "bulletin", "notice", "feedback"


@dataclass(frozen=True)
class WordTemplate:
    kind: str  # bulletin | notice | feedback
    file: str  # the file name, shipped and office copy alike
    title: str  # Chinese, in messages
    placeholders: frozenset[str]  # every name the template may use
    required: frozenset[str]  # names it must use: without them the document would not say what it must


_END = {"成文日期", "署名", "抄送", "印发机关", "印发日期"}
WORD_TEMPLATES: dict[str, WordTemplate] = {
    t.kind: t
    for t in (
        WordTemplate(
            NOTICE,
            "整改通知书模板.docx",
            "整改通知书",
            frozenset(
                {
                    "发文机关标志",
                    "文号",
                    "标题",
                    "单位",
                    "开头",
                    "否决",
                    "否决说明",
                    "问题",
                    "问题数",
                    "项目列",
                    "附件",
                    "整改要求",
                    "截止日期",
                    "期限",
                    "反馈要求",
                    "异议和复查",
                    "联系方式",
                    *_END,
                }
            ),
            frozenset({"文号", "单位", "问题", "否决", "截止日期", "成文日期"}),
        ),
        WordTemplate(
            BULLETIN,
            "通报模板.docx",
            "通报",
            frozenset(
                {
                    "文号",
                    "发文机关标志",
                    "标题",
                    "主送机关",
                    "开头",
                    "基本情况",
                    "等次分布",
                    "排名标题",
                    "排名说明",
                    "排名",
                    "单位列",
                    "数量列",
                    "平均分列",
                    "附件",
                    "表扬标题",
                    "表扬",
                    "共性问题说明",
                    "共性问题",
                    "项目列",
                    "计数列",
                    "典型问题",
                    "无问题",
                    "工作要求",
                    *_END,
                }
            ),
            frozenset({"标题", "基本情况", "排名", "成文日期"}),
        ),
        WordTemplate(
            FEEDBACK,
            "评查反馈意见模板.docx",
            "评查反馈意见",
            frozenset(
                {
                    "标题",
                    "单位",
                    "督察",
                    "开头",
                    "总体情况",
                    "得分表",
                    "案卷",
                    "否决",
                    "问题说明",
                    "问题",
                    "项目列",
                    "无问题",
                    "其他",
                    "整改要求标题",
                    "整改要求",
                    "署名",
                    "成文日期",
                }
            ),
            frozenset({"单位", "总体情况", "问题", "否决", "成文日期"}),
        ),
    )
}


class UnknownWordTemplate(UserError):
    code = "unknown_word_template"
    template = QT_TRANSLATE_NOOP("UserError", "没有“{kind}”的 Word 模板：可用的为 {known}。")


class WordTemplateBroken(UserError):
    code = "word_template_broken"
    template = QT_TRANSLATE_NOOP(
        "UserError", "Word 模板“{file}”无法使用：{reason}。请修改后再试，或恢复随软件提供的模板。"
    )


class WordTemplateUnknownPlaceholder(UserError):
    code = "word_template_unknown_placeholder"
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "Word 模板“{file}”含有未知的占位符“{placeholder}”{hint}。"
        "可用的占位符见 resources/templates/README.md。",
    )


class WordTemplateMissingPlaceholder(UserError):
    code = "word_template_missing_placeholder"
    template = QT_TRANSLATE_NOOP(
        "UserError", "Word 模板“{file}”缺少必需的占位符“{placeholder}”：没有它，{title}就缺少应有的内容。"
    )


def word_template(kind: str) -> WordTemplate:
    try:
        return WORD_TEMPLATES[kind]
    except KeyError:
        raise UnknownWordTemplate(kind=kind, known="、".join(WORD_TEMPLATES)) from None


def shipped_path(kind: str) -> Path:
    return SHIPPED / word_template(kind).file


def office_folder(db: Database) -> Path | None:
    """Where this office's own Word templates live: beside its database (None for a database in memory)."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            path = Path(file)
            return path.with_name(f"{path.stem}-公文模板")
    return None


def office_path(db: Database, kind: str) -> Path | None:
    folder = office_folder(db)
    return None if folder is None else folder / word_template(kind).file


def is_office_copy(db: Database, kind: str) -> bool:
    path = office_path(db, kind)
    return path is not None and path.is_file()


def template_path(db: Database, kind: str) -> Path:
    """The template a document of `kind` is made from: the office's copy if it has one, else shipped."""
    own = office_path(db, kind)
    return own if own is not None and own.is_file() else shipped_path(kind)


def office_copy(db: Database, kind: str) -> Path:
    """The office's own copy of the template (made from the shipped one the first time), to edit in Word."""
    own = office_path(db, kind)
    if own is None:
        raise WordTemplateBroken(
            file=word_template(kind).file, reason="数据库不在磁盘上，无法保存本单位的模板"
        )
    if not own.is_file():
        partial = own.with_name(own.name + ".part")
        try:
            own.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shipped_path(kind), partial)
            os.replace(partial, own)
        except OSError as exc:  # a read-only folder, a full disk
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            reason = f"无法在 {own.parent} 保存本单位的模板（{exc.strerror or exc}）"
            raise WordTemplateBroken(file=own.name, reason=reason) from exc
    return own


def restore_shipped(db: Database, kind: str) -> Path:
    """Forget the office's copy: the shipped template applies again (its path is returned)."""
    own = office_path(db, kind)
    if own is not None:
        try:
            own.unlink(missing_ok=True)
        except OSError as exc:  # open in Word on Windows
            reason = f"无法删除本单位的模板（{exc.strerror or exc}），请先在文字处理软件中关闭它"
            raise WordTemplateBroken(file=own.name, reason=reason) from exc
    return shipped_path(kind)


# --- checking -------------------------------------------------------------------------------------


def strict_environment() -> jinja2.Environment:
    """The Jinja environment documents are rendered in: a name or column that is not there is an error,
    never an empty gap in the document; text is XML-escaped."""
    return jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)


@cache
def _read(path: Path, mtime: float, size: int) -> bytes:
    return path.read_bytes()


def template_bytes(path: Path) -> bytes:
    """The template file's bytes, read once per version of the file."""
    stat = path.stat()
    return _read(path, stat.st_mtime, stat.st_size)


def check_docx_template(db: Database, kind: str) -> Path:
    """The template to use for `kind`, checked; a UserError naming the file and the placeholder if not."""
    path = template_path(db, kind)
    check_template_file(path, kind)
    return path


def check_template_file(path: Path, kind: str) -> None:
    spec = word_template(kind)
    file = path.name
    try:
        data = template_bytes(path)
        used = DocxTemplate(io.BytesIO(data)).get_undeclared_template_variables()
    except jinja2.TemplateSyntaxError as exc:
        raise WordTemplateBroken(file=file, reason=f"占位符写法有误（{exc.message}）") from exc
    except OSError as exc:
        raise WordTemplateBroken(file=file, reason=exc.strerror or str(exc)) from exc
    except Exception as exc:  # not a Word document (zip, XML)
        raise WordTemplateBroken(file=file, reason=f"不是有效的 Word 文档（{type(exc).__name__}）") from exc
    for name in sorted(used - spec.placeholders):
        close = difflib.get_close_matches(name, sorted(spec.placeholders), n=1, cutoff=0.5)
        hint = f"（是否应为“{close[0]}”？）" if close else ""
        raise WordTemplateUnknownPlaceholder(file=file, placeholder=name, hint=hint)
    for name in sorted(spec.required - used):
        raise WordTemplateMissingPlaceholder(file=file, placeholder=name, title=spec.title)
    from workbench.exports.docx.samples import SAMPLES

    for sample in SAMPLES[kind]:
        try:
            render_bytes(data, sample)
        except jinja2.UndefinedError as exc:
            raise WordTemplateUnknownPlaceholder(
                file=file, placeholder=_undefined_name(exc), hint=""
            ) from exc
        except jinja2.TemplateError as exc:
            raise WordTemplateBroken(file=file, reason=f"占位符写法有误（{exc}）") from exc


def _undefined_name(exc: jinja2.UndefinedError) -> str:
    """'dict object' has no attribute '扣份' → 扣份."""
    text = str(exc)
    if "'" in text:
        return text.rstrip("'").rsplit("'", 1)[-1]
    return text


def render_bytes(data: bytes, context: dict) -> DocxTemplate:
    template = DocxTemplate(io.BytesIO(data))
    template.render(context, jinja_env=strict_environment())
    return template
