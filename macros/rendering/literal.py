"""Free text from data/ printed straight into a chapter stays text.

Tables are safe because their Jinja templates autoescape. A chapter, though, may print
data itself (``{{ kota.nama }}``, a Markdown table row with ``{{ dokumen.versi }}``),
and mkdocs-macros pastes that into Markdown unescaped: ``<b>``, ``[x](javascript:…)``,
``|`` or ``{: onclick=… }`` in the data would become markup. So every free-text value
is loaded as ``DataText`` (a ``str``), and the chapters' Jinja environment prints a
``DataText`` through ``markdown_literal``: HTML-escaped, with every character that
Markdown or its extensions treat as syntax written as a character reference, and line
breaks folded to spaces. The reader sees exactly the text that was typed.

Only what is printed as it is gets this treatment; a value changed by a filter or
joined with ``~`` is a new plain string, which is why chapters print data directly.
"""

from __future__ import annotations

import re
from typing import Any

from ..records.fields import DataText

# inline syntax of Markdown and of the extensions in mkdocs.yml (tables, attr_list,
# abbr, footnotes), plus HTML's own special characters
_INLINE: dict[str | int, str | int | None] = {c: f"&#{ord(c)};" for c in "&<>\"'\\`*_{}[]|!~^#"}
# characters that are syntax only at the start of a line (lists, quotes, headings)
_LEADING = re.compile(r"^(?:[-+=:>]|\d+(?=[.)](?:\s|$)))")
_BREAKS = re.compile(r"\s*[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+\s*")


def markdown_literal(text: str) -> str:
    """``text`` written so that Markdown and HTML show it literally, on one line."""
    flat = _BREAKS.sub(" ", text)
    escaped = flat.translate(str.maketrans(_INLINE))
    match = _LEADING.match(escaped)
    if match and match.group(0).isdigit():
        end = match.end()
        return escaped[:end] + f"&#{ord(escaped[end])};" + escaped[end + 1 :]
    if match:
        return f"&#{ord(escaped[0])};" + escaped[1:]
    return escaped


_LONG_WORD = 24  # characters: longer words get break opportunities
_PIECE = 16


def heading_literal(text: str) -> str:
    """``markdown_literal`` for a heading, with a ``<wbr>`` every few characters of a very long
    word. A heading does not break inside a word (a word that does not fit beside the page
    actions moves below them instead), so only a word longer than a phone's line needs the
    break opportunities; the text itself stays the same."""
    words = _BREAKS.sub(" ", text).split(" ")
    pieces = []
    for index, word in enumerate(words):
        chunks = [word[i : i + _PIECE] for i in range(0, len(word), _PIECE)] if len(word) > _LONG_WORD else [word]
        literal = [
            markdown_literal(chunk) if index == 0 and n == 0 else _inline_literal(chunk)
            for n, chunk in enumerate(chunks)
        ]
        pieces.append("<wbr>".join(literal))
    return " ".join(pieces)


def _inline_literal(text: str) -> str:
    return text.translate(str.maketrans(_INLINE))


def finalize(value: Any) -> Any:
    """Jinja ``finalize`` hook of the chapters: data text printed as-is is made literal."""
    return markdown_literal(value) if isinstance(value, DataText) else value


def install(jinja_env: Any) -> None:
    """Apply ``finalize`` to every chapter rendered by mkdocs-macros' environment.

    Called before every page; installs itself once, keeping any earlier hook.
    """
    previous = jinja_env.finalize
    if previous is finalize or getattr(previous, "keeps_data_text", False):
        return
    if previous is None:
        jinja_env.finalize = finalize
        return

    def chained(value: Any) -> Any:
        return previous(finalize(value))

    chained.keeps_data_text = True  # type: ignore[attr-defined]
    jinja_env.finalize = chained
