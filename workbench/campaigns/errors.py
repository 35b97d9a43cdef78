"""Set-up values a campaign refuses, shared with the assignment solver that relies on them."""

from __future__ import annotations

from workbench.common.errors import QT_TRANSLATE_NOOP, UserError


class BadReviewersPerFile(UserError):
    code = "bad_reviewers_per_file"
    template = QT_TRANSLATE_NOOP("UserError", "每件案卷的评查人数应为 1 到 3，而不是 {value}。")
