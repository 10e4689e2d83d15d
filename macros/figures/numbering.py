"""Numbers for tables and figures ("Tabel 5.1", "Gambar 8.1"), known before any page renders.

Each chapter declares its label in front matter (``bab: 5``, or ``bab: A`` for an
appendix). Every numbered table or figure is a macro call whose first argument is a
unique key: ``{{ tabel_program("program-governance", ...) }}``. Scanning the chapters
in navigation order gives every key its number, so a cross-reference (``ref``) can
point forward to a chapter that has not been rendered yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

KINDS = {"tabel": "Tabel", "gambar": "Gambar"}
_CALL = re.compile(r"\{\{-?\s*(tabel|gambar)_\w+\(\s*[\"']([^\"']+)[\"']")
_FRONT = re.compile(r"\A---\s*\n(.*?\n)---\s*\n", re.S)


class NumberingError(Exception):
    """A key used twice, a numbered item outside a chapter, or an unknown reference."""


@dataclass(frozen=True)
class Numbered:
    key: str
    kind: str  # "tabel" or "gambar"
    label: str  # "5.1"
    page: str  # docs-relative source path, e.g. "bab-5-program.md"

    @property
    def anchor(self) -> str:
        return f"{self.kind}-{self.key}"

    @property
    def caption_label(self) -> str:
        return f"{KINDS[self.kind]} {self.label}"


def nav_files(nav: Any) -> list[str]:
    """Markdown files in navigation order, from the ``nav`` setting of mkdocs.yml."""
    if isinstance(nav, str):
        return [nav] if nav.endswith(".md") else []
    if isinstance(nav, list):
        return [f for item in nav for f in nav_files(item)]
    if isinstance(nav, dict):
        return [f for value in nav.values() for f in nav_files(value)]
    return []


def chapter_label(text: str, src: str) -> str | None:
    match = _FRONT.match(text)
    if not match:
        return None
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.MarkedYAMLError as exc:
        line = (exc.problem_mark.line + 2) if exc.problem_mark else 1
        raise NumberingError(
            f"docs/{src}:{line}: front matter (bagian di antara dua baris '---') tidak valid: "
            f"{exc.problem}; beri tanda kutip pada nilai yang memuat titik dua"
        ) from None
    label = meta.get("bab") if isinstance(meta, dict) else None
    return None if label is None else str(label)


def scan(docs_dir: Path, files: list[str]) -> dict[str, Numbered]:
    registry: dict[str, Numbered] = {}
    for src in files:
        text = (docs_dir / src).read_text(encoding="utf-8")
        label = chapter_label(text, src)
        counters = dict.fromkeys(KINDS, 0)
        for match in _CALL.finditer(text):
            kind, key = match.groups()
            line = text.count("\n", 0, match.start()) + 1
            if label is None:
                raise NumberingError(
                    f"docs/{src}:{line}: {KINDS[kind].lower()} bernomor '{key}' hanya boleh "
                    "dipakai di halaman bab (tambahkan 'bab: <nomor>' di front matter)"
                )
            if key in registry:
                raise NumberingError(
                    f"docs/{src}:{line}: kunci '{key}' sudah dipakai di docs/{registry[key].page}; "
                    "setiap tabel dan gambar perlu kunci yang unik"
                )
            counters[kind] += 1
            registry[key] = Numbered(key, kind, f"{label}.{counters[kind]}", src)
    return registry


def lookup(registry: dict[str, Numbered], key: str, page: str) -> Numbered:
    """The numbered item ``key`` rendered on ``page``; an error if the scan did not see it there."""
    item = registry.get(key)
    if item is None or item.page != page:
        raise NumberingError(
            f"docs/{page}: kunci '{key}' harus ditulis langsung sebagai argumen pertama "
            'dalam tanda kutip, misalnya {{ tabel_program("program-governance", ...) }}'
        )
    return item
