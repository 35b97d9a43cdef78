"""案卷评查工作台: the domain and its services, one package per step of a campaign (never Qt)."""

__version__ = "0.1.0"  # the one place the version is written; pyproject.toml reads it
