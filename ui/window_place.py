"""Where the user left off in the main window, kept in the UI settings: geometry, bars and splitters,
and per database the campaign, file and item that were open."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def restore_place(window: MainWindow) -> None:
    """The window as it was left: its size (most of the screen at first start), bars, splitters, and
    the campaign, file and item that were open in this database."""
    if (geometry := window.settings.bytes("geometry")) is not None:
        window.restoreGeometry(geometry)
    elif (screen := window.screen()) is not None:  # first start: most of the screen, not Qt's guess
        area = screen.availableGeometry()
        window.resize(int(area.width() * 0.92), int(area.height() * 0.9))
    if (state := window.settings.bytes("state")) is not None:
        window.restoreState(state)
    for splitter in (window.left, window.right, window.main):
        if (saved := window.settings.bytes(splitter.objectName())) is not None:
            splitter.restoreState(saved)
    place = window.settings.place(str(window.workspace.path.resolve()))
    restored = bool(place["campaign"]) and window.navigator.select_campaign(place["campaign"])
    if not restored and window.navigator.topLevelItemCount():
        window.navigator.setCurrentItem(window.navigator.topLevelItem(0))
    if place["subject"] and window.case_list.select_subject(place["subject"]) and place["item"]:
        window.scoring.select_item(place["item"])


def save_place(window: MainWindow) -> None:
    """Remember the window's layout and, for its database, what was open (read back at the next start)."""
    settings = window.settings
    settings.set_bytes("geometry", window.saveGeometry())
    settings.set_bytes("state", window.saveState())
    for splitter in (window.left, window.right, window.main):
        settings.set_bytes(splitter.objectName(), splitter.saveState())
    settings.set_place(
        str(window.workspace.path.resolve()),
        campaign=window.campaign.id if window.campaign else "",
        subject=window.case_list.current_subject() or "",
        item=window.scoring.current_item_key() or "",
    )
