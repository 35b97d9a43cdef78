"""评查: score sheets and entries, paper-score import, whose sheet opens, scans, and the lead's
recheck (复核定分)."""
