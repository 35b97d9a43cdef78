"""Import dialogs for case registers (案件台账) and scoring standards (评查标准): preview, then write."""

from ui.imports.case_import_dialog import CaseImportDialog
from ui.imports.standard_import_dialog import StandardImportDialog

__all__ = ["CaseImportDialog", "StandardImportDialog"]
