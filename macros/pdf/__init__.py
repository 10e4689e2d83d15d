"""The official PDF of the masterplan: everything about how it is made lives in this package.

mkdocs-pdf-export-plugin (``pdf-export`` in mkdocs.yml) stays the switch: it is enabled
by ``ENABLE_PDF_EXPORT=1`` (``make build``), loads ``handler.py`` as its theme handler
(the download button on every page) and collects the rendered pages in navigation order.
Its own combined mode renders every page as a separate document, which breaks anchors
across pages, has no front matter and costs one stylesheet cascade per page. So at the
end of the build ``on_post_build`` hands the plugin a different writer
(``PdfWriter.write``): it renders all chapters, with cover, Kata Pengantar, Daftar Isi,
Daftar Tabel and Daftar Gambar, as ONE WeasyPrint document, then writes the file size
into the download buttons. mkdocs.yml must list ``macros`` before ``pdf-export`` so this
hook runs before the plugin's own ``on_post_build``.

The rest of the project only calls the ``unduh_pdf()`` macro (Beranda) and marks
web-only content with the class ``hanya-web``.
"""
from __future__ import annotations

from typing import Any

from .web import PLUGIN, pdf_plugin, register


def on_post_build(env: Any) -> None:
    """mkdocs-macros hook: let the PDF plugin write our single-document PDF."""
    plugin = pdf_plugin(env.conf)
    if plugin is None or not plugin.enabled or plugin.renderer is None:
        return
    from .writer import PdfWriter  # WeasyPrint is imported only when a PDF is made

    plugin.renderer.write_combined_pdf = PdfWriter(env.conf, env.variables["data"], plugin.renderer).write


__all__ = ["PLUGIN", "on_post_build", "register"]
