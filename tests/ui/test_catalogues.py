"""Translations whole: the English UI shows the core's errors in English, the Chinese UI names templates
in Chinese (their markers live in workbench/, which the catalogue update scans)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.app import install_translators
from ui.errors import user_message
from workbench.review.sheets import SheetLocked


def test_english_shows_core_errors_in_english(qapp):
    translators = install_translators(qapp, "en")
    try:
        assert user_message(SheetLocked()) == (
            "This score sheet is submitted and cannot be changed; ask the lead to reopen it."
        )
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_chinese_names_document_templates_in_chinese(qapp):
    translators = install_translators(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("DocumentTemplates", "Copies to") == "抄送"
        assert user_message(SheetLocked()) == SheetLocked.template  # the core's own words
    finally:
        for t in translators:
            qapp.removeTranslator(t)
