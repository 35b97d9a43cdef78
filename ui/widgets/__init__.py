"""Widgets and item models shared by screens: one generic rows model, a read-only table view, file fields,
problem lists, the inline message line and the preview-then-import dialog base."""

from ui.widgets.rows_model import CENTER, LEFT, RIGHT, Column, RowsModel, show

__all__ = ["CENTER", "LEFT", "RIGHT", "Column", "RowsModel", "show"]
