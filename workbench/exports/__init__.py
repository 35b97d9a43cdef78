"""Results out: the workbook, the PDF writers under pdf/, the office's document templates,
the export service."""
