"""One inline message under a form: an error in red, good news in green, or plain news."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.errors import error_text
from workbench.common.errors import UserError

ERROR_STYLE = "color: #b00020;"
GOOD_STYLE = "color: #1b7f3b;"


class MessageLine(QLabel):
    """Selectable so it can be copied; wraps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def error(self, text: str) -> None:
        self.setStyleSheet(ERROR_STYLE)
        self.setText(text)

    def user_error(self, exc: UserError) -> None:
        """A user error explained, with its row-named problems one per line."""
        self.error(error_text(exc))

    def good(self, text: str) -> None:
        self.setStyleSheet(GOOD_STYLE)
        self.setText(text)

    def news(self, text: str) -> None:
        self.setStyleSheet("")
        self.setText(text)

    @property
    def is_error(self) -> bool:
        return self.styleSheet() == ERROR_STYLE and bool(self.text())
