"""The "Terakhir diubah" line under every page: the date of the page's last commit."""

from __future__ import annotations

from pathlib import Path

from ...rendering.formats import tanggal
from ..git_history import last_commit_dates


def revision_texts(docs_dir: Path) -> dict[str, str]:
    """Markdown path relative to ``docs_dir`` -> 'Terakhir diubah 27 November 2026'; {} outside git."""
    return {path: f"Terakhir diubah {tanggal(changed)}" for path, changed in last_commit_dates(docs_dir).items()}
