"""User errors: complete Chinese messages naming the row and field, ready to show.

Pure Python: the scoring rules raise these too, and scoring touches no storage.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Mark a message for the translation catalogue without importing Qt."""
    return text


class UserError(Exception):
    """Something the user can fix; `message` is Chinese and ready to show."""

    code: ClassVar[str] = "user_error"
    template: ClassVar[str] = QT_TRANSLATE_NOOP("UserError", "操作未完成。")

    def __init__(self, *, row: int | None = None, field: str | None = None, **params: object) -> None:
        self.row, self.field = row, field
        self.params: dict[str, object] = {"row": row, "field": field, **params}
        self.message = self.template.format(**self.params)
        super().__init__(self.message)


class UserErrors(UserError):
    """Several row-named problems found in one input; nothing was written."""

    code = "user_errors"
    template = QT_TRANSLATE_NOOP("UserError", "{source}有 {count} 处错误，未导入任何数据：\n{details}")

    def __init__(self, errors: Sequence[UserError], *, source: str = "") -> None:
        self.errors = errors
        details = "\n".join(e.message for e in errors[:50])
        if len(errors) > 50:
            details += f"\n……另有 {len(errors) - 50} 处错误未列出。"
        super().__init__(source=source, count=len(errors), details=details)


class NotFound(UserError):
    """A record named by the user does not exist."""

    code = "not_found"
    template = QT_TRANSLATE_NOOP("UserError", "找不到{what}：{key}")


class DeductionNotAllowed(UserError):
    code = "deduction_not_allowed"
    template = QT_TRANSLATE_NOOP("UserError", "{where}评查项目「{item}」不允许扣 {value} 分：{why}")


class UnknownItem(UserError):
    code = "unknown_item"
    template = QT_TRANSLATE_NOOP("UserError", "{where}评分标准中没有评查项目「{item}」")


class NotApplicableNotAllowed(UserError):
    code = "na_not_allowed"
    template = QT_TRANSLATE_NOOP("UserError", "{where}评查项目「{item}」不允许标记为不适用")


class InvalidStandard(UserError):
    code = "invalid_standard"
    template = QT_TRANSLATE_NOOP("UserError", "{where}{problem}")


class ImportProblem(UserError):
    """One bad cell or row in an imported file: names sheet, row and column."""

    code = "import_problem"
    template = QT_TRANSLATE_NOOP("UserError", "{where}{problem}")


def where(sheet: str | None = None, row: int | None = None, column: str | None = None) -> str:
    """「工作表“案件”第 5 行「结案日期」列：」 style prefix for row-named messages."""
    parts = []
    if sheet:
        parts.append(f"工作表“{sheet}”")
    if row is not None:
        parts.append(f"第 {row} 行")
    if column:
        parts.append(f"「{column}」列")
    return ("".join(parts) + "：") if parts else ""
