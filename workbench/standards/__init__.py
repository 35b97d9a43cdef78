"""Scoring standards (评查标准) and checklists (督察清单) as data: model, validation, import, export."""

from workbench.standards.model import (
    CASE_FILE,
    CHECKLIST,
    DEFAULT_BANDS,
    DeductionRule,
    GradeBand,
    Item,
    NaPolicy,
    RuleKind,
    ScoreModel,
    Standard,
    VetoEffect,
    standard_from_dict,
    standard_to_dict,
)

__all__ = [
    "CASE_FILE",
    "CHECKLIST",
    "DEFAULT_BANDS",
    "DeductionRule",
    "GradeBand",
    "Item",
    "NaPolicy",
    "RuleKind",
    "ScoreModel",
    "Standard",
    "VetoEffect",
    "standard_from_dict",
    "standard_to_dict",
]
