"""The scoring screen: a file's score sheet against the campaign's frozen standard."""

from ui.scoring.scoring_panel import SHORTCUTS, ScoringPanel, shortcut_help

__all__ = ["SHORTCUTS", "ScoringPanel", "shortcut_help"]
