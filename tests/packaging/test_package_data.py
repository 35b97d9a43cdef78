"""A wheel carries every shipped resource and compiled catalogue; code finds them as package data."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from workbench.common.resources import resource_path

REPO = Path(__file__).resolve().parents[2]


def shipped_resources() -> set[str]:
    """Every committed file under resources/ that the app reads at run time."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "resources"], cwd=REPO, capture_output=True, check=True, text=True
    ).stdout.split("\0")
    return {
        f for f in listed if f and "/pending/" not in f and not f.endswith((".ts", "build.py")) and "/" in f
    }


def test_build_copies_every_resource_and_compiles_the_catalogues(tmp_path):
    """`setup.py build_py` is the step `pip wheel .` runs: what it writes is what the wheel holds."""
    pytest.importorskip("setuptools", reason="the venv has no setuptools to run the build step with")
    out = tmp_path / "lib"
    subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(out)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    built = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert shipped_resources() <= built, shipped_resources() - built
    for catalogue in ("workbench_zh_CN.qm", "workbench_en.qm"):
        assert (out / "resources" / "translations" / catalogue).stat().st_size > 1000
    assert not [f for f in built if "/pending/" in f or f.endswith("build.py")]  # work files stay out
    assert "workbench/common/places.py" in built
    assert "ui/app.py" in built


def test_entry_points_and_dependencies_are_declared():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"] == {"workbench": "workbench.cli.main:main"}
    assert project["gui-scripts"] == {"workbench-gui": "ui.app:main"}
    assert any(d.startswith("platformdirs") for d in project["dependencies"])


def test_resources_are_found_through_the_package_not_the_checkout():
    assert resource_path("standards", "demo", "demo_penalty_standard.json").is_file()
    assert resource_path("templates", "issuer.txt").is_file()
    offenders = [
        f"{path.relative_to(REPO)}:{n}"
        for folder in ("workbench", "ui", "db")
        for path in (REPO / folder).rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "__file__" in line  # a wheel or a bundle has no checkout to walk up to
    ]
    assert offenders == []
