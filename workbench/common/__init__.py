"""Shared by every step: user errors and the translation marker, the job contract, text order,
the spreadsheet reader, the workspace."""
