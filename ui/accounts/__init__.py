"""Signing in, the first 管理员 account, and adding accounts."""
