"""Placeholder markers an editor left behind: TODO, TBD, FIXME, XXX, lorem ipsum.

Found in the text readers see: every text value of a data file (not keys, not YAML
comments) and every line of a chapter's Markdown outside code (front matter included,
fenced code blocks and `code spans` skipped). Each finding names its line, so the build
can fail with the file and line of the Markdown or YAML source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .yaml_source import Location, Source

MARKER = re.compile(r"\b(?:lorem|ipsum|todo|tbd|fixme|xxx+)\b", re.IGNORECASE)
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


@dataclass(frozen=True)
class Marker:
    line: int  # 1-based
    word: str  # as written, e.g. "TODO"
    excerpt: str  # the line, stripped

    def message(self) -> str:
        return (
            f"penanda '{self.word}' masih ada; ganti dengan isi yang sebenarnya atau hapus sebelum diterbitkan"
            f"\n    {self.excerpt}"
        )


def in_markdown(text: str) -> list[Marker]:
    """Markers in a chapter's Markdown, outside fenced code and code spans."""
    found: list[Marker] = []
    fence: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        opening = _FENCE.match(line)
        if opening:
            mark = opening.group(1)
            if fence is None:
                fence = mark
            elif mark.startswith(fence[0]) and len(mark) >= len(fence):
                fence = None
            continue
        if fence is not None:
            continue
        match = MARKER.search(_CODE_SPAN.sub(" ", line))
        if match:
            found.append(Marker(number, match.group(0), line.strip()))
    return found


def in_values(source: Source) -> list[tuple[Location, Marker]]:
    """Markers in the text values of a data file, each with the location of its value."""
    found: list[tuple[Location, Marker]] = []
    for loc, value in _strings(source.content, ()):
        match = MARKER.search(value)
        if match:
            line = _line_of_word(source, source.line_of(loc), match.group(0))
            excerpt = source.text_lines[line - 1].strip() if 0 < line <= len(source.text_lines) else value
            found.append((loc, Marker(line, match.group(0), excerpt)))
    return found


def _strings(content: Any, loc: Location) -> Iterator[tuple[Location, str]]:
    if isinstance(content, str):
        yield loc, content
    elif isinstance(content, dict):
        for key, value in content.items():
            yield from _strings(value, loc + (key,))
    elif isinstance(content, list):
        for index, value in enumerate(content):
            yield from _strings(value, loc + (index,))


def _line_of_word(source: Source, start: int, word: str) -> int:
    """The line at or below ``start`` where ``word`` stands (a long text spans several lines)."""
    for line in range(start, min(start + 200, len(source.text_lines)) + 1):
        if word in source.text_lines[line - 1]:
            return line
    return start
