"""Shared fixtures: one real build of the whole site (with PDF) per test session.

Every test that asserts on built output uses ``site_dir``; a test that needs its own
build of changed sources uses ``build_project`` on a copy of the project.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]
# what a copy of the project needs to build; generated folders stay behind
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "macros", "overrides")


@dataclass
class BuildResult:
    returncode: int
    output: str  # stdout and stderr together
    site: Path
    project: Path


def run_build(project: Path, site: Path, *, pdf: bool) -> BuildResult:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUTF8="1")
    env.pop("ENABLE_PDF_EXPORT", None)
    if pdf:
        env["ENABLE_PDF_EXPORT"] = "1"
    proc = subprocess.run([*MKDOCS, "build", "--strict", "--site-dir", str(site)], cwd=project, env=env,
                          capture_output=True, text=True, timeout=900)
    return BuildResult(proc.returncode, proc.stdout + proc.stderr, site, project)


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target


@pytest.fixture(scope="session")
def full_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The real project built once, PDF included; fails the session loudly if it does not build."""
    site = tmp_path_factory.mktemp("site") / "site"
    result = run_build(ROOT, site, pdf=True)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build gagal:\n{result.output}")
    return result


@pytest.fixture(scope="session")
def site_dir(full_build: BuildResult) -> Path:
    return full_build.site


@pytest.fixture
def build_project(tmp_path: Path) -> Callable[..., BuildResult]:
    """Copy the project, let the test change it, build it (without PDF unless asked)."""

    def build(change: Callable[[Path], None] | None = None, *, pdf: bool = False) -> BuildResult:
        project = copy_project(tmp_path / "project")
        if change is not None:
            change(project)
        return run_build(project, tmp_path / "site", pdf=pdf)

    return build


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the real data/ that a test may break; the project's own data stays as it is."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path / "data"
