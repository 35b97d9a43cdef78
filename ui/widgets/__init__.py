"""Widgets and item models shared by screens: one generic rows model, file fields, problem lists."""

from ui.widgets.rows_model import CENTER, LEFT, RIGHT, Column, RowsModel, show

__all__ = ["CENTER", "LEFT", "RIGHT", "Column", "RowsModel", "show"]
