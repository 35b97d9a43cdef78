"""The audit log as people read it: a file's change history."""
