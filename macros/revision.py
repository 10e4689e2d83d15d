"""When each page last changed, from git, for the "terakhir diubah" line of every page.

The date is the committer date of the last commit that touched the page's Markdown
file, so the same commit always builds the same HTML (no build-time clock). Outside a
git checkout (a copied project, a source archive) or without git, there are no dates
and pages simply show none.
"""
from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path
from typing import Any

from .fmt import tanggal

_MARK = "\x00"  # git writes it for %x00: no file name starts with it


def page_dates(docs_dir: Path) -> dict[str, date]:
    """Markdown path relative to ``docs_dir`` -> date of its last commit; {} outside git."""
    try:
        proc = subprocess.run(
            ["git", "log", "--format=%x00%cs", "--name-only", "--no-renames", "--relative", "--", "."],
            cwd=docs_dir, capture_output=True, text=True, encoding="utf-8", timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return {}
    if proc.returncode != 0:
        return {}
    return parse_log(proc.stdout)


def parse_log(output: str) -> dict[str, date]:
    """Newest-first ``git log`` output -> the first (newest) date seen for each file."""
    dates: dict[str, date] = {}
    current: date | None = None
    for line in output.splitlines():
        if line.startswith(_MARK):
            current = date.fromisoformat(line[len(_MARK):])
        elif line and current is not None:
            dates.setdefault(line, current)
    return dates


def revision_text(changed: date) -> str:
    """What readers see under the page: 'Terakhir diubah 27 November 2026'."""
    return f"Terakhir diubah {tanggal(changed)}"


def register(env: Any) -> None:
    """Called from ``define_env``: every page's date once, as the variable ``tanggal_halaman``."""
    dates = page_dates(Path(env.conf["docs_dir"]))
    env.variables["tanggal_halaman"] = {path: revision_text(changed) for path, changed in dates.items()}


def on_pre_page_macros(env: Any) -> None:
    """mkdocs-macros hook: Material prints ``revision_date`` under the page it belongs to."""
    text = env.variables.get("tanggal_halaman", {}).get(env.page.file.src_uri)
    if text:
        env.page.meta.setdefault("revision_date", text)
