"""Chapters hold words and named figures only: the build stops on arithmetic in a chapter.

Runs on each page's Markdown before mkdocs-macros renders it, so an editor sees
``docs/<file>.md:<line>: <message>`` for every computation in the page at once
(see ``rendering.chapter_lint`` for what counts as one).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from ..rendering.chapter_lint import lint
from .chapter_errors import _display_path, _front_matter_lines, _read


def check_chapter(markdown: str, page: Page, project_dir: Path) -> None:
    issues = lint(markdown)
    if not issues:
        return
    source = page.file.abs_src_path
    offset = _front_matter_lines(_read(source), markdown)
    shown = _display_path(source, project_dir)
    lines = [f"{shown}:{issue.line + offset}: {issue.message}" for issue in issues]
    raise PluginError(f"Bab memuat hitungan ({len(lines)}); angka di bab harus berupa nama:\n" + "\n".join(lines))
