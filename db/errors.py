"""Errors every layer can raise: what the user can fix, and what storage refused."""

from __future__ import annotations

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

    def __init__(self, errors: list[UserError], *, source: str = "") -> None:
        self.errors = errors
        details = "\n".join(e.message for e in errors[:50])
        if len(errors) > 50:
            details += f"\n……另有 {len(errors) - 50} 处错误未列出。"
        super().__init__(source=source, count=len(errors), details=details)


class StorageError(UserError):
    """The database file could not be used (locked, read-only, full, corrupt)."""

    code = "storage_error"
    template = QT_TRANSLATE_NOOP("UserError", "无法使用数据库文件 {path}：{reason}")


class DatabaseTooNew(UserError):
    """The file was written by a newer version of the workbench; we refuse to guess."""

    code = "database_too_new"
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "数据库 {path} 由更新版本的工作台创建（结构版本 {found}，本程序支持到 {supported}），"
        "请升级工作台后再打开。",
    )


class NotFound(UserError):
    """A record named by the user does not exist."""

    code = "not_found"
    template = QT_TRANSLATE_NOOP("UserError", "找不到{what}：{key}")
