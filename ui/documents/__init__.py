"""Official documents in the UI: the office's template wording."""
