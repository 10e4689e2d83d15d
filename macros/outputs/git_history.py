"""When files last changed, from git: one ``git log`` per folder, never the build's clock.

The date of a file is the committer date of the last commit that touched it, so the same
commit always builds the same pages and open data. Outside a git checkout (a copied
project, a source archive) or without git there are no dates.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

_MARK = "\x00"  # git writes it for %x00: no file name starts with it


def last_commit_dates(folder: Path) -> dict[str, date]:
    """Path relative to ``folder`` -> date of its last commit; {} outside git."""
    output = _git(folder, "log", "--format=%x00%cs", "--name-only", "--no-renames", "--relative", "--", ".")
    return parse_log(output) if output is not None else {}


def uncommitted(folder: Path) -> set[str]:
    """Paths relative to ``folder`` with changes not yet committed (or not tracked)."""
    output = _git(folder, "status", "--porcelain", "--no-renames", "--untracked-files=all", "--", ".")
    if output is None:
        return set()
    prefix = _git(folder, "rev-parse", "--show-prefix")
    strip = (prefix or "").strip()
    return {line[3:][len(strip) :] for line in output.splitlines() if line[3:].startswith(strip)}


def parse_log(output: str) -> dict[str, date]:
    """Newest-first ``git log`` output -> the first (newest) date seen for each file."""
    dates: dict[str, date] = {}
    current: date | None = None
    for line in output.splitlines():
        if line.startswith(_MARK):
            current = date.fromisoformat(line[len(_MARK) :])
        elif line and current is not None:
            dates.setdefault(line, current)
    return dates


def _git(folder: Path, *args: str) -> str | None:
    try:
        proc = subprocess.run(
            ["git", *args], cwd=folder, capture_output=True, text=True, encoding="utf-8", timeout=60, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return proc.stdout if proc.returncode == 0 else None


def change_dates(folder: Path, names: list[str]) -> dict[str, str]:
    """ISO date of the last change of each file in ``folder``: its last commit, or its
    modification date when it has changed since (or was never committed)."""
    committed = last_commit_dates(folder)
    changed = uncommitted(folder)
    dates = {}
    for name in names:
        if name in committed and name not in changed:
            dates[name] = committed[name].isoformat()
        else:
            dates[name] = date.fromtimestamp((folder / name).stat().st_mtime).isoformat()
    return dates
