"""What storage refused (locked, read-only, full, corrupt, too new): messages ready to show.

These share the shape of `workbench.common.errors.UserError` (template, params, message) without
importing it, so that the database layer depends on nothing above it. Screens and the CLI treat
both as errors the user can act on (`workbench.common.errors.KNOWN_ERRORS`).
"""

from __future__ import annotations

from typing import ClassVar


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Mark a message for the translation catalogue without importing Qt."""
    return text


class DatabaseError(Exception):
    """The database file could not be used as asked; `message` is Chinese and ready to show."""

    code: ClassVar[str] = "database_error"
    template: ClassVar[str] = QT_TRANSLATE_NOOP("UserError", "无法使用数据库文件。")

    def __init__(self, **params: object) -> None:
        self.row, self.field = None, None
        self.params: dict[str, object] = {"row": None, "field": None, **params}
        self.message = self.template.format(**self.params)
        super().__init__(self.message)


class StorageError(DatabaseError):
    """The database file could not be used (locked, read-only, full, corrupt)."""

    code = "storage_error"
    template = QT_TRANSLATE_NOOP("UserError", "无法使用数据库文件 {path}：{reason}")


class DatabaseTooNew(DatabaseError):
    """The file was written by a newer version of the workbench; we refuse to guess."""

    code = "database_too_new"
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "数据库 {path} 由更新版本的工作台创建（结构版本 {found}，本程序支持到 {supported}），"
        "请升级工作台后再打开。",
    )


class WriterBusy(StorageError):
    """Another window or program held the write lock for longer than we wait."""

    code = "writer_busy"
    template = QT_TRANSLATE_NOOP(
        "UserError", "另一个窗口或程序正在写入数据库 {path}，请稍后再试（本次操作没有保存任何内容）。"
    )


class DatabaseDamaged(DatabaseError):
    """The integrity check failed: reading on could give wrong figures, so the file is refused."""

    code = "database_damaged"
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "数据库 {path} 已损坏（完整性检查未通过：{detail}），为免得出错误的结果，已拒绝打开。{way_out}",
    )


class EmptyDatabaseFile(DatabaseError):
    """A 0-byte file is not silently turned into a new, empty database."""

    code = "empty_database_file"
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "文件 {path} 是空文件（0 字节），不是工作台的数据库。如要新建数据库，请指定一个尚不存在的文件名；"
        "如这本是您的数据库，请用备份恢复。{way_out}",
    )


class StoredValueDamaged(DatabaseError):
    """A value we wrote after checking it no longer reads back: the bytes were damaged on disk."""

    code = "stored_value_damaged"
    template = QT_TRANSLATE_NOOP(
        "UserError", "数据库中的{what}已损坏（读到“{value}”），无法使用。请用数据库的备份恢复。"
    )


class DatabaseKeyRequired(DatabaseError):
    """The file is encrypted and no database password was given."""

    code = "database_key_required"
    template = QT_TRANSLATE_NOOP(
        "UserError", "数据库 {path} 已加密，需要数据库口令（脚本中可设置环境变量 WORKBENCH_DB_KEY）。"
    )


class WrongDatabaseKey(DatabaseError):
    """SQLCipher could not decrypt the first page: the password is wrong (or the file is not ours)."""

    code = "wrong_database_key"
    template = QT_TRANSLATE_NOOP(
        "UserError", "数据库口令不正确，无法打开 {path}（或该文件不是工作台的加密数据库）。"
    )


class DatabaseFileError(DatabaseError):
    """An encrypt, decrypt, backup or check of a database file could not be done as asked."""

    code = "database_file_error"
    template = QT_TRANSLATE_NOOP("UserError", "{path}：{reason}")
