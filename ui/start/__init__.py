"""The first screen and the way into a database: start page, opening with its checks, about box."""
