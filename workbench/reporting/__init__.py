"""The figures every output and screen shows: results, wording per subject kind, dashboard,
progress, report, case list."""
