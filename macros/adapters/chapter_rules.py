"""Chapters hold words and named figures only: the build stops on arithmetic in a chapter.

Runs on each page's Markdown before mkdocs-macros renders it, so an editor sees
``docs/<file>.md:<line>: <message>`` for every computation in the page at once
(see ``rendering.chapter_lint`` for what counts as one).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from ..rendering.chapter_lint import lint
from ..rendering.jinja import code_version
from .chapter_errors import _display_path, _front_matter_lines, _read

CLEAN = Path(".cache") / "bab-bersih"  # chapters found clean, by hash of their text and of the kit


def check_chapter(markdown: str, page: Page, project_dir: Path) -> None:
    # parsing every chapter again on every build cost a tenth of a site build: a chapter whose
    # text (and the kit's code, the lint included) is unchanged since it was found clean is not
    # read again
    key = hashlib.sha256(f"{code_version()}\x00{markdown}".encode()).hexdigest()
    mark = project_dir / CLEAN / key
    if mark.exists():
        return
    issues = lint(markdown)
    if not issues:
        try:
            mark.parent.mkdir(parents=True, exist_ok=True)
            mark.touch()
        except OSError:  # read-only checkout: check every time
            pass
        return
    source = page.file.abs_src_path
    offset = _front_matter_lines(_read(source), markdown)
    shown = _display_path(source, project_dir)
    lines = [f"{shown}:{issue.line + offset}: {issue.message}" for issue in issues]
    raise PluginError(f"Bab memuat hitungan ({len(lines)}); angka di bab harus berupa nama:\n" + "\n".join(lines))
