"""The export dialog: the results workbook and the PDF documents of a campaign, written off the UI thread."""

from ui.exports.export_dialog import ExportDialog

__all__ = ["ExportDialog"]
