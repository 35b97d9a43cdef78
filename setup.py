"""Build step: compile the Qt translation catalogues (.ts -> .qm) into the wheel.

Everything else lives in pyproject.toml. The .qm files are build products, not committed: every
branch that adds UI strings changes the .ts catalogues, and binary catalogues would conflict at each
merge. So the build compiles them with Qt's own lrelease, which comes with PySide6-Essentials (listed in
[build-system] requires); an editable install compiles them beside their sources.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

CATALOGUES = Path("resources") / "translations"


def lrelease() -> str:
    """Qt's lrelease from the PySide6 wheel of the build environment, else from PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations)))
        for name in ("lrelease.exe", "lrelease") if sys.platform == "win32" else ("lrelease",):
            if (folder / name).is_file():
                return str(folder / name)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("lrelease not found: install PySide6-Essentials in the build environment")
    return found


def compile_catalogues(target: Path) -> list[Path]:
    """Compile every resources/translations/*.ts into `target`; the .qm files written."""
    target.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    written = []
    for ts in sorted(CATALOGUES.glob("*.ts")):
        qm = target / f"{ts.stem}.qm"
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


class BuildPyWithCatalogues(build_py):
    """build_py that also writes the compiled catalogues, and leaves out the resource build scripts."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):  # `pip install -e .`: the app reads the source tree
            compile_catalogues(CATALOGUES)
        else:
            self._qm = compile_catalogues(Path(self.build_lib) / CATALOGUES)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return [*super().get_outputs(include_bytecode), *map(str, getattr(self, "_qm", []))]

    def find_package_modules(self, package: str, package_dir: str) -> list[tuple[str, str, str]]:
        modules = super().find_package_modules(package, package_dir)
        # resources/*/build.py regenerate the shipped workbooks from a checkout; the app never runs them
        return [m for m in modules if not (package.startswith("resources.") and m[1] == "build")]


setup(cmdclass={"build_py": BuildPyWithCatalogues})
