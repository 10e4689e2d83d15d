"""Chapters hold words and named figures only: the build stops on arithmetic in a chapter.

Runs on each page's Markdown before mkdocs-macros renders it, so an editor sees
``docs/<file>.md:<line>: <message>`` for every computation in the page at once
(see ``rendering.chapter_lint`` for what counts as one).
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from ..rendering import chapter_lint
from ..rendering.chapter_lint import lint
from .chapter_errors import _display_path, _front_matter_lines, _read

CLEAN = Path(".cache") / "bab-bersih"  # chapters found clean, by hash of their text and of the rules


@cache
def _rules_version() -> bytes:
    return hashlib.sha256(Path(chapter_lint.__file__).read_bytes()).digest()


def check_chapter(markdown: str, page: Page, project_dir: Path) -> None:
    # parsing every chapter again on every build cost a tenth of a site build: a chapter
    # whose text (and the lint's own source) is unchanged since it was last found clean is
    # not read again
    mark = project_dir / CLEAN / hashlib.sha256(_rules_version() + markdown.encode("utf-8")).hexdigest()
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
