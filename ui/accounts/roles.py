"""Role names as the window and the account dialogs show them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.common.kinds import Role


def role_label(role: Role) -> str:
    labels = {
        Role.ADMIN: QCoreApplication.translate("Roles", "Administrator"),
        Role.LEAD: QCoreApplication.translate("Roles", "Lead"),
        Role.REVIEWER: QCoreApplication.translate("Roles", "Reviewer"),
    }
    return labels[role]


def role_labels(roles: frozenset[Role]) -> str:
    return QCoreApplication.translate("Roles", ", ").join(role_label(r) for r in Role if r in roles)
