"""The scoring screen: a file's score sheet against the campaign's frozen standard."""

from ui.scoring.scoring_panel import ScoringPanel

__all__ = ["ScoringPanel"]
