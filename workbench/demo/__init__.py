"""A seeded, reproducible demo campaign so that every screen and export has something to show."""
