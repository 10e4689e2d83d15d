"""The site side of the PDF: download links, and their file size filled in after the build."""
from __future__ import annotations

import os
import posixpath
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..fmt import angka
from ..render import FILTERS

PLUGIN = "pdf-export"
TEMPLATES = Path(__file__).parent / "templates"
SIZE_SLOT = '<span class="ukuran-pdf"></span>'  # filled with "(2,3 MB)" once the PDF exists


@lru_cache(maxsize=1)
def templates() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined,
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(FILTERS)
    return env


def render(template: str, **context: Any) -> str:
    return templates().get_template(template).render(**context)


def pdf_plugin(conf: Any) -> Any | None:
    """The configured mkdocs-pdf-export-plugin instance, or None when it is not listed."""
    return conf["plugins"].get(PLUGIN)


def pdf_enabled(conf: Any) -> bool:
    plugin = pdf_plugin(conf)
    if plugin is None:
        return False
    switch = plugin.config.get("enabled_if_env")
    return not switch or os.environ.get(switch) == "1"


def pdf_path(conf: Any, slug: str) -> str:
    """Site-relative path of the PDF: the plugin's output folder, the file name from data."""
    folder = posixpath.dirname(pdf_plugin(conf).config["combined_output_path"])
    return posixpath.join(folder, f"{slug}.pdf")


def button(href: str) -> str:
    """Download button for Material's content actions (top right of every page)."""
    return render("unduh.html", href=href, kind="tombol")


def ukuran(size: int) -> str:
    """File size as readers write it: 850 KB, 2,3 MB."""
    if size < 1024 * 1024:
        return f"{angka(max(1, round(size / 1024)))} KB"
    return f"{angka(size / (1024 * 1024), 1)} MB"


def fill_size(site_dir: Path, size: int) -> int:
    """Write the PDF size into every download link of the built site; returns the pages changed."""
    filled = SIZE_SLOT.replace("></", f">({ukuran(size)})</")
    changed = 0
    for page in sorted(site_dir.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        if SIZE_SLOT in text:
            page.write_text(text.replace(SIZE_SLOT, filled), encoding="utf-8")
            changed += 1
    return changed


def register(env: Any, slug: str) -> None:
    """Macros the chapters may call: ``{{ unduh_pdf() }}`` (nothing when no PDF is built)."""

    @env.macro
    def unduh_pdf() -> Markup:
        """Download link with size, for Beranda; empty under ``make serve`` (no PDF built)."""
        if not pdf_enabled(env.conf):
            return Markup("")
        page_dir = posixpath.dirname(env.page.file.dest_uri)
        href = posixpath.relpath(pdf_path(env.conf, slug), page_dir or ".")
        return Markup(render("unduh.html", href=href, kind="beranda"))
