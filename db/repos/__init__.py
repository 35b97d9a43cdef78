"""Data access: functions of (db, ...) returning plain values. The only place that writes SQL."""
