"""Internal link check of a built site, without network.

    python scripts/check_links.py site

Every ``href``/``src`` of every HTML page that points inside the site must name a file
that exists, and every ``#anchor`` must name an ``id`` (or ``<a name>``) of its target
page. Site-absolute paths (``/masterplan/bab-1/``, as in 404.html when ``site_url`` is
set) are read below the base path of the home page's canonical URL. External links
(``https:``, ``mailto:`` ...) are not followed. Exit status 0 when
every link resolves, 1 otherwise, with one line per broken link.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

LINK_ATTRIBUTES = {"href", "src"}


@dataclass(frozen=True)
class BrokenLink:
    page: str
    target: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: tautan '{self.target}' {self.reason}"


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.anchors: set[str] = set()
        self.canonical: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "link" and ("rel", "canonical") in attrs:
            self.canonical = dict(attrs).get("href")
            return
        for name, value in attrs:
            if value is None:
                continue
            if name in LINK_ATTRIBUTES:
                self.links.append(value)
            elif name == "id" or (tag == "a" and name == "name"):
                self.anchors.add(value)


@dataclass(frozen=True)
class Page:
    links: tuple[str, ...]
    anchors: frozenset[str]
    canonical: str | None = None


@cache
def parse_page(path: Path) -> Page:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return Page(tuple(parser.links), frozenset(parser.anchors), parser.canonical)


def base_path(site: Path) -> str:
    """'/masterplan-smart-city/' when the site is published below that path, else '/'."""
    canonical = parse_page(site / "index.html").canonical
    path = urlsplit(canonical).path if canonical else "/"
    return path if path.endswith("/") else path.rsplit("/", 1)[0] + "/"


def is_internal(link: str) -> bool:
    parts = urlsplit(link)
    return not parts.scheme and not parts.netloc and not link.startswith("//")


def resolve(site: Path, page: Path, path: str, base: str = "/") -> Path:
    """The file a relative or site-absolute URL path names (directories mean index.html)."""
    if path.startswith(base):
        path = "/" + path[len(base) :]
    parent = site if path.startswith("/") else page.parent
    target = (parent / unquote(path).lstrip("/")).resolve() if path else page
    if target.is_dir() or path.endswith("/"):
        target = target / "index.html"
    return target


def check_link(site: Path, page: Path, link: str, base: str = "/") -> str | None:
    """Why ``link`` on ``page`` is broken, or None when it resolves."""
    parts = urlsplit(link)
    if parts.path.startswith("/") and not parts.path.startswith(base):
        return f"berada di luar alamat dasar situs {base}"
    target = resolve(site, page, parts.path, base)
    if not target.is_relative_to(site):
        return "keluar dari folder situs"
    if not target.is_file():
        return "menunjuk berkas yang tidak ada"
    if parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in parse_page(target).anchors:
        return f"menunjuk jangkar '#{parts.fragment}' yang tidak ada"
    return None


def check_site(site: Path) -> list[BrokenLink]:
    parse_page.cache_clear()  # pages may have changed since an earlier call
    site = site.resolve()
    base = base_path(site)
    broken: list[BrokenLink] = []
    for page in sorted(site.rglob("*.html")):
        shown = str(PurePosixPath(page.relative_to(site)))
        for link in parse_page(page).links:
            if not is_internal(link):
                continue
            reason = check_link(site, page, link, base)
            if reason:
                broken.append(BrokenLink(shown, link, reason))
    return broken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Periksa tautan internal situs hasil build.")
    parser.add_argument("site", type=Path, help="folder situs hasil build (mis. site)")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}: bukan folder situs hasil build (index.html tidak ada)", file=sys.stderr)
        return 1
    broken = check_site(args.site)
    for link in broken:
        print(link, file=sys.stderr)
    pages = len(list(args.site.rglob("*.html")))
    if broken:
        print(f"{len(broken)} tautan internal rusak di {pages} halaman.", file=sys.stderr)
        return 1
    print(f"Tautan internal baik: {pages} halaman diperiksa.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
