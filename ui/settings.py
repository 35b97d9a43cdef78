"""One user's preferences (language, window layout, where they left off), behind a small typed class."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QSettings

from workbench.common.places import Places

VERSION = 1
RECENT = 8  # recent databases the start page lists


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        # the platform's config folder (platformdirs); on Linux the same file QSettings chose before
        self.qs = settings or QSettings(str(Places.for_user().settings_file), QSettings.Format.IniFormat)
        if self.qs.value("meta/version", 0, type=int) < VERSION:
            self.qs.setValue("meta/version", VERSION)

    @property
    def language(self) -> str:
        return str(self.qs.value("ui/language", "zh_CN", type=str))

    @language.setter
    def language(self, value: str) -> None:
        self.qs.setValue("ui/language", value)

    @property
    def backup_days(self) -> int:
        """How many daily backups to keep beside a database (0: none)."""
        return max(0, int(self.qs.value("data/backup_days", 5, type=int)))

    @backup_days.setter
    def backup_days(self, value: int) -> None:
        self.qs.setValue("data/backup_days", max(0, value))

    def recent(self) -> list[str]:
        """Databases opened lately, the latest first."""
        value = self.qs.value("recent/files", [], type=list)
        return [str(v) for v in value if v] if isinstance(value, list) else []

    def add_recent(self, database: str) -> None:
        files = [database, *(f for f in self.recent() if f != database)][:RECENT]
        self.qs.setValue("recent/files", files)
        self.qs.sync()

    def remove_recent(self, database: str) -> None:
        self.qs.setValue("recent/files", [f for f in self.recent() if f != database])
        self.qs.sync()

    def bytes(self, key: str) -> QByteArray | None:
        value = self.qs.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.qs.setValue(f"layout/{key}", value)

    def place(self, database: str) -> dict[str, str]:
        """Where the user left off in this database: campaign, subject and item."""
        self.qs.beginGroup(f"place/{_key(database)}")
        try:
            return {k: str(self.qs.value(k, "", type=str)) for k in ("campaign", "subject", "item")}
        finally:
            self.qs.endGroup()

    def set_place(self, database: str, **values: str) -> None:
        self.qs.beginGroup(f"place/{_key(database)}")
        for k, v in values.items():
            self.qs.setValue(k, v or "")
        self.qs.endGroup()
        self.qs.sync()

    def admin_offer_declined(self, database: str) -> bool:
        """The user said "not now" to creating this database's 管理员 account: do not ask again."""
        return bool(self.qs.value(f"accounts/{_key(database)}/declined", False, type=bool))

    def decline_admin_offer(self, database: str) -> None:
        self.qs.setValue(f"accounts/{_key(database)}/declined", True)
        self.qs.sync()

    def scan_view(self, scan_id: str) -> tuple[str, float, int]:
        """How a scan was last shown: zoom mode ("width", "page" or "custom"), factor, rotation."""
        text = str(self.qs.value(f"scans/{scan_id}", "width:1:0", type=str))
        try:
            mode, factor, rotation = text.split(":")
            return mode, float(factor), int(rotation) % 360
        except ValueError:
            return "width", 1.0, 0

    def set_scan_view(self, scan_id: str, mode: str, factor: float, rotation: int) -> None:
        self.qs.setValue(f"scans/{scan_id}", f"{mode}:{factor:.3f}:{rotation % 360}")

    def scan_thumbnails(self) -> bool:
        """Whether the scan pane shows its strip of page thumbnails (shown unless hidden once)."""
        return bool(self.qs.value("scan_pane/thumbnails", True, type=bool))

    def set_scan_thumbnails(self, shown: bool) -> None:
        self.qs.setValue("scan_pane/thumbnails", shown)


def _key(database: str) -> str:
    """A settings-safe key for a database path."""
    return hashlib.sha1(database.encode("utf-8")).hexdigest()[:16]
