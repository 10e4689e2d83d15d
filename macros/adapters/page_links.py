"""``PageLinks`` for a page of an MkDocs build: every relative URL through ``get_relative_url``."""

from __future__ import annotations

from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url


class SitePageLinks:
    """Links from one page (given by its file), knowing every file of the site."""

    def __init__(self, files: Files, file: File) -> None:
        self._files = files
        self._file = file

    @property
    def src(self) -> str:
        return self._file.src_uri

    def markdown(self, target_src: str, anchor: str = "") -> str:
        target = "" if target_src == self.src else get_relative_url(target_src, self.src)
        return f"{target}#{anchor}" if anchor else target

    def page(self, target_src: str, anchor: str = "") -> str:
        file = self._files.get_file_from_path(target_src)
        if file is None:
            raise KeyError(f"halaman '{target_src}' tidak ada di docs/")
        target = "" if file is self._file else get_relative_url(file.url, self._file.url)
        return f"{target}#{anchor}" if anchor else (target or "./")

    def file(self, site_path: str) -> str:
        return get_relative_url(site_path, self._file.url)
