"""The database file: opening an encrypted one, backing it up."""
