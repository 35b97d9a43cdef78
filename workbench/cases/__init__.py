"""案件台账导入: bring departments' case registers (xlsx, xls, csv) into the case-file table."""

from workbench.cases.importer import CaseImportResult, import_cases
from workbench.cases.reading import CaseRow, ReadInfo, read_cases

__all__ = ["CaseImportResult", "CaseRow", "ReadInfo", "import_cases", "read_cases"]
