"""The tamper-evident audit: verify the hash chain and the tables against it, a file's history, export."""
