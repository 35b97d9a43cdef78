"""Item models shared by screens: one generic rows model, and the few that need more."""

from ui.models.rows_model import CENTER, LEFT, RIGHT, Column, RowsModel, show

__all__ = ["CENTER", "LEFT", "RIGHT", "Column", "RowsModel", "show"]
