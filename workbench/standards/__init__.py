"""Scoring standards (评查标准) as data: model, validation, import and export."""

from workbench.standards.model import (
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
