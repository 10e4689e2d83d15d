"""A stand-in for the adapter's ``SitePageLinks`` in tests that render without a build:
the links of a page in a site with directory URLs (``bab-5.md`` is served at ``bab-5/``)."""

from __future__ import annotations

from mkdocs.utils import get_relative_url


def url_of(src: str) -> str:
    return "" if src == "index.md" else src.removesuffix("index.md").removesuffix(".md").rstrip("/") + "/"


class FakeLinks:
    def __init__(self, src: str = "bab.md") -> None:
        self.src = src

    def markdown(self, target_src: str, anchor: str = "") -> str:
        target = "" if target_src == self.src else get_relative_url(target_src, self.src)
        return f"{target}#{anchor}" if anchor else target

    def page(self, target_src: str, anchor: str = "") -> str:
        target = "" if target_src == self.src else get_relative_url(url_of(target_src), url_of(self.src))
        return f"{target}#{anchor}" if anchor else (target or "./")

    def file(self, site_path: str) -> str:
        return get_relative_url(site_path, url_of(self.src))
