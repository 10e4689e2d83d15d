"""What mkdocs-macros calls: the variables, macros and filters a chapter may use.

``define_env`` runs inside mkdocs-macros' ``on_config``, after the ``masterplan``
plugin loaded this build's data (priority 100), so it only registers. Every macro that
links somewhere is given the page being rendered as ``SitePageLinks``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..figures.numbering import NumberingError
from ..figures.summaries import ringkas_dimensi
from ..outputs.opendata.page import OpenDataPage
from ..records.errors import suggestion
from ..rendering.charts import Charts
from ..rendering.jinja import FILTERS
from ..rendering.literal import install as install_literal_text
from ..rendering.tables.base import Tables
from ..rendering.tables.context import ContextTables
from ..rendering.tables.programmes import ProgramTables
from .chapter_errors import install as install_chapter_errors
from .mkdocs_plugin import build_of
from .page_links import SitePageLinks
from .pdf_plugin import pdf_link


def define_env(env: Any) -> None:
    build = build_of(env.conf)
    install_chapter_errors(Path(env.project_dir), env)
    data = build.data

    def current_page() -> SitePageLinks:
        if build.files is None:  # pragma: no cover - MkDocs calls on_files before any page
            raise RuntimeError("files of the site are not known yet")
        return SitePageLinks(build.files, env.page)

    env.variables.update(
        {
            "data": data,
            "dokumen": data.dokumen,
            "kota": data.kota,
            "pembiayaan": build.rekap,
            "kesiapan": data.kesiapan,
            "glosarium": data.glosarium,
            "tata_kelola": data.tata_kelola,
            "visi": data.visi,
            "ringkas_dimensi": ringkas_dimensi(data),
        }
    )
    for name, function in FILTERS.items():
        env.filter(function, name)
    macros: dict[str, Callable[..., Any]] = {}
    for group in (
        Tables(data, build.registry, build.rekap, current_page),
        ProgramTables(data, build.registry, build.rekap, current_page),
        ContextTables(data, build.registry, build.rekap, current_page),
        Charts(data, build.registry, build.rekap, current_page),
        OpenDataPage(build.catalogue, current_page),
    ):
        macros |= group.macros()

    def ref(kunci: str) -> str:
        """Markdown link to a numbered table or figure: ``{{ ref("program-governance") }}``."""
        item = build.registry.get(kunci)
        links = current_page()
        if item is None:
            raise NumberingError(
                f"docs/{links.src}: rujukan ke '{kunci}' tidak dikenal{suggestion(kunci, build.registry)}; kuncinya "
                "adalah argumen pertama makro tabel atau gambar yang dirujuk"
            )
        return f"[{item.caption_label}]({links.markdown(item.page, item.anchor)})"

    def unduh_pdf() -> Markup:
        """Download link with size, for Beranda; empty when no PDF is built (``make serve``)."""
        return Markup(pdf_link(env.conf, current_page()))

    macros |= {"ref": ref, "unduh_pdf": unduh_pdf}
    for name, function in macros.items():
        env.macro(function, name)


def on_pre_page_macros(env: Any) -> None:
    """Before each chapter: data text prints literally (installed once per environment)."""
    install_literal_text(env.env)
