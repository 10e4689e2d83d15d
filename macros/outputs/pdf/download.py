"""The site side of the PDF: download links, and their file size filled in after the build."""

from __future__ import annotations

from pathlib import Path

from ...rendering.formats import angka
from ...rendering.jinja import render_document

SIZE_SLOT = '<span class="ukuran-pdf"></span>'  # filled with "(2,3 MB)" once the PDF exists


def button(href: str) -> str:
    """Download button for Material's content actions (top right of every page)."""
    return render_document("pdf/unduh.html", href=href, kind="tombol")


def home_link(href: str) -> str:
    """The larger download link of Beranda."""
    return render_document("pdf/unduh.html", href=href, kind="beranda")


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
