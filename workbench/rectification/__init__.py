"""整改: numbered rectification notices, their counter, and the ledger followed to 销号."""
