"""The files shipped with the app (standards, checklists, templates, translations, icons).

They are package data of the top-level `resources` package, found through `importlib.resources`, so
they are there whether the app runs from a checkout, an installed wheel or a PyInstaller bundle.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE = "resources"


def resource_path(*parts: str) -> Path:
    """A shipped file or folder as a real path (Qt, glob and open() need one).

    The package is always installed unzipped (wheel, bundle, checkout), so its files are on disk.
    """
    return Path(str(files(PACKAGE).joinpath(*parts)))
