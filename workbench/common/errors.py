"""Domain errors: complete Chinese messages naming the row and field, ready to show."""

from __future__ import annotations

from db.errors import QT_TRANSLATE_NOOP, NotFound, UserError, UserErrors

__all__ = ["NotFound", "UserError", "UserErrors"]


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
