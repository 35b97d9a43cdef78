"""The headless command line (`workbench --db PATH ...`) for scripts and batch work."""
