"""Compare a Zensical build of the site with the MkDocs build of the same sources.

    python scripts/zensical_compare.py MKDOCS_SITE ZENSICAL_SITE data/program.yml

Prints, per page, what differs (tables, programme rows, edit links, page dates) and
exits 1 when a programme shown by the MkDocs build is missing from the Zensical build:
the programme tables are what the document is for. Standard library and PyYAML only.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import yaml


class _Facts(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables = 0
        self.edit_links = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables += 1
        if tag == "a" and dict(attrs).get("rel") == "edit":
            self.edit_links += 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@dataclass(frozen=True)
class PageFacts:
    tables: int
    edit_links: int
    dated: bool
    text: str


def facts(path: Path) -> PageFacts:
    parser = _Facts()
    parser.feed(path.read_text(encoding="utf-8"))
    text = " ".join(parser.text)
    return PageFacts(parser.tables, parser.edit_links, "Terakhir diubah" in text, text)


def pages(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in site.rglob("index.html")}


def programme_ids(program_file: Path) -> list[str]:
    content = yaml.safe_load(program_file.read_text(encoding="utf-8"))
    return [str(item["id"]) for item in content.get("program", []) if isinstance(item, dict) and "id" in item]


def shown_ids(text: str, ids: list[str]) -> set[str]:
    return {i for i in ids if re.search(rf"\b{re.escape(i)}\b", text)}


def compare(mkdocs_site: Path, zensical_site: Path, ids: list[str]) -> tuple[list[str], list[str]]:
    """(differences, missing programmes as 'page: P001')."""
    differences: list[str] = []
    missing: list[str] = []
    left, right = pages(mkdocs_site), pages(zensical_site)
    for name in sorted(left.keys() - right.keys()):
        differences.append(f"{name}: hanya ada di build MkDocs")
    for name in sorted(right.keys() - left.keys()):
        differences.append(f"{name}: hanya ada di build Zensical")
    for name in sorted(left.keys() & right.keys()):
        a, b = facts(left[name]), facts(right[name])
        if a.tables != b.tables:
            differences.append(f"{name}: tabel MkDocs {a.tables}, Zensical {b.tables}")
        if a.edit_links != b.edit_links:
            differences.append(f"{name}: tautan 'ubah halaman' MkDocs {a.edit_links}, Zensical {b.edit_links}")
        if a.dated != b.dated:
            differences.append(
                f"{name}: tanggal perubahan MkDocs {'ada' if a.dated else 'tidak ada'}, "
                f"Zensical {'ada' if b.dated else 'tidak ada'}"
            )
        missing += [f"{name}: {i}" for i in sorted(shown_ids(a.text, ids) - shown_ids(b.text, ids))]
    return differences, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bandingkan build Zensical dengan build MkDocs.")
    parser.add_argument("mkdocs_site", type=Path)
    parser.add_argument("zensical_site", type=Path)
    parser.add_argument("program_file", type=Path)
    args = parser.parse_args(argv)
    ids = programme_ids(args.program_file)
    differences, missing = compare(args.mkdocs_site, args.zensical_site, ids)
    shown = {i for p in pages(args.zensical_site).values() for i in shown_ids(facts(p).text, ids)}
    print(f"Program di data: {len(ids)}; tampil di build Zensical: {len(shown)}.")
    for line in differences:
        print(f"Beda: {line}")
    for line in missing:
        print(f"Program hilang di Zensical: {line}")
    if not differences and not missing:
        print("Tidak ada perbedaan pada tabel, tautan sumber dan tanggal halaman.")
    return 1 if missing or not shown else 0


if __name__ == "__main__":
    sys.exit(main())
