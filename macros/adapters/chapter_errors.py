"""Macro errors in a chapter, told as ``docs/<file>.md:<line>: <message>``.

mkdocs-macros reports a failing chapter with a Python traceback and a line counted
without the front matter. Editors need the file, the real line and a plain message,
so ``install`` registers one formatter with mkdocs-macros' ``format_error`` (a
``functools.singledispatch`` function meant to be extended); the build still stops.
"""

from __future__ import annotations

import os
import traceback
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError, UndefinedError

from ..figures.numbering import NumberingError

_TEMPLATE = "<template>"  # the file name Jinja gives a template compiled from a string


def install(project_dir: Path) -> None:
    """Make every macro error of this build name the chapter file and line."""
    from mkdocs_macros import errors as macro_errors

    def describe(error: Exception, markdown: str, page: Any) -> str:
        return chapter_error(error, markdown, page.file.abs_src_path, project_dir)

    for kind in (Exception, TemplateSyntaxError):
        macro_errors.format_error.register(kind)(describe)


def chapter_error(error: Exception, markdown: str, source_path: str | None, project_dir: Path) -> str:
    """'docs/bab-5.md:24: <message>' followed by the offending line of the chapter."""
    raw = _read(source_path)
    offset = _front_matter_lines(raw, markdown)
    line = _template_line(error)
    shown = _display_path(source_path, project_dir)
    where = f"{shown}:{line + offset}" if line else shown
    text = ""
    if line and raw is not None:
        lines = raw.splitlines()
        if 0 < line + offset <= len(lines):
            text = f"\n    {lines[line + offset - 1].strip()}"
            opened = _unclosed_before(lines, line + offset) if isinstance(error, TemplateSyntaxError) else None
            if opened:
                where = f"{shown}:{opened}"
                text = f" (terdeteksi di baris {line + offset})\n    {lines[opened - 1].strip()}"
    return f"{where}: {_message(error)}{text}"


def _unclosed_before(lines: list[str], line: int) -> int | None:
    """Line of the last '{{' or '{%' left open at or before ``line`` (1-based), if any."""
    for number in range(min(line, len(lines)), 0, -1):
        text = lines[number - 1]
        for start, end in (("{{", "}}"), ("{%", "%}")):
            at = text.rfind(start)
            if at >= 0 and end not in text[at:]:
                return number if number != line else None
    return None


def _read(source_path: str | None) -> str | None:
    if not source_path:
        return None
    try:
        return Path(source_path).read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    except OSError:
        return None


def _front_matter_lines(raw: str | None, markdown: str) -> int:
    """Lines MkDocs removed (front matter and blank lines) before handing over ``markdown``."""
    if raw is None or not markdown or not raw.endswith(markdown):
        return 0
    return raw[: len(raw) - len(markdown)].count("\n")


def _template_line(error: Exception) -> int | None:
    if isinstance(error, TemplateSyntaxError) and error.lineno:
        return error.lineno
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == _TEMPLATE]
    return frames[-1].lineno if frames else None


def _display_path(source_path: str | None, project_dir: Path) -> str:
    if not source_path:
        return "docs"
    path = os.path.relpath(source_path, project_dir)
    return Path(path).as_posix() if not path.startswith("..") else Path(source_path).as_posix()


def _message(error: Exception) -> str:
    if isinstance(error, TemplateSyntaxError):
        return f"penulisan makro tidak valid: {error.message}"
    if isinstance(error, UndefinedError):
        return f"nama makro, variabel atau atribut tidak dikenal ({error.message})"
    if isinstance(error, NumberingError):
        detail = str(error)
        return detail.split(": ", 1)[1] if detail.startswith("docs/") and ": " in detail else detail
    if isinstance(error, TypeError):
        return f"argumen makro tidak sesuai ({error})"
    if isinstance(error, KeyError) and error.args:
        return str(error.args[0])
    return f"{type(error).__name__}: {error}"
