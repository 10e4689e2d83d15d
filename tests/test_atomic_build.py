"""A failed ``make build`` leaves the published site/ exactly as it was.

The recipe of the real Makefile runs in a copy of the project (never in the checkout's
own site/), with a previous site/ in place and a chapter that breaks the build after
MkDocs has started writing output. Only the recipe runs: its prerequisites (installing
the venv, system packages) are marked as already done with ``make -o``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import ROOT, copy_project


def _stamp(venv: Path) -> str:
    """The Makefile's install stamp, computed the same way (cksum of the requirements and pyproject.toml)."""
    requirements = subprocess.run(
        "cat requirements.txt requirements-dev.txt pyproject.toml | cksum | cut -d' ' -f1",
        shell=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return str(venv / f".installed-{requirements}")


def _tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _macro_error(project: Path) -> str:
    """Fails while chapters are rendered, before anything is written."""
    chapter = project / "docs" / "bab-11-penutup.md"
    chapter.write_text(chapter.read_text(encoding="utf-8") + "\n{{ makro_yang_tidak_ada() }}\n", encoding="utf-8")
    return "docs/bab-11-penutup.md:"


def _write_error(project: Path) -> str:
    """Fails half-way through writing pages: a plain file takes the folder of a page's output."""
    (project / "docs" / "ringkasan-eksekutif").write_text("bukan bab\n", encoding="utf-8")
    return "ringkasan-eksekutif"


@pytest.mark.slow
@pytest.mark.parametrize("breakage", [_macro_error, _write_error], ids=["macro-error", "write-error"])
def test_failed_build_keeps_previous_site(tmp_path: Path, breakage: Callable[[Path], str]) -> None:
    if shutil.which("make") is None:
        pytest.skip("make tidak terpasang")
    project = copy_project(tmp_path / "project")
    for name in ("Makefile", "requirements.txt", "requirements-dev.txt", "pyproject.toml"):
        shutil.copy2(ROOT / name, project / name)
    previous = project / "site"
    (previous / "bab-1-pendahuluan").mkdir(parents=True)
    (previous / "index.html").write_text("<p>situs terbitan sebelumnya</p>", encoding="utf-8")
    (previous / "bab-1-pendahuluan" / "index.html").write_text("<p>bab lama</p>", encoding="utf-8")
    before = _tree(previous)
    named = breakage(project)

    venv = Path(sys.executable).parent.parent
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUTF8="1")
    proc = subprocess.run(
        ["make", "-o", _stamp(venv), "-o", "system-deps-build", f"VENV={venv}", "build"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    output = proc.stdout + proc.stderr

    assert proc.returncode != 0, output
    assert named in output and "Membangun situs ke folder" in output, output  # mkdocs ran and failed
    assert _tree(previous) == before, "site/ berubah walaupun pembangunan gagal"
    assert "Situs siap" not in output
    partial = project / ".site-tmp"
    if breakage is _write_error:
        # pages were already written when it failed: that half-written output stays unpublished
        assert len(list(partial.rglob("index.html"))) >= 3, output
