"""The few closed vocabularies stored in the database, as enums (they compare equal to the stored text)."""

from __future__ import annotations

from enum import StrEnum


class SheetState(StrEnum):
    """A score sheet is being filled in, or submitted (locked until a lead reopens it)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"


class SubjectKind(StrEnum):
    """What a campaign scores: case files (评查活动) or units (督察轮次)."""

    CASE_FILE = "case_file"
    UNIT = "unit"


class Role(StrEnum):
    """What a person may do: organise (管理员), recheck and reopen (组长), score own sheets (评查人员)."""

    ADMIN = "admin"
    LEAD = "lead"
    REVIEWER = "reviewer"
