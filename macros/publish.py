"""Web publication steps: the open-data catalogue for pages, and the post-build steps.

``on_post_build`` runs from mkdocs-macros' own ``on_post_build``; the search plugin is
listed before macros in mkdocs.yml, so Material's search_index.json already exists.
"""
from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any, Callable

from mkdocs.exceptions import PluginError

from . import fmt, opendata, search_id
from .loader import Data
from .render import render

log = logging.getLogger("mkdocs.plugins.macros.publish")

class Publication:
    """Macros of the 'Data Terbuka' page, bound to one build's catalogue."""

    def __init__(self, data: Data, project_dir: Path, current_page: Callable[[], str]) -> None:
        self.catalogue = opendata.build_catalogue(data, project_dir)
        self.current_page = current_page

    def data_terbuka(self) -> list[tuple[str, str, list[opendata.Table]]]:
        """(data file, its stem, its tables) in data order, for a loop on the page."""
        groups: dict[str, list[opendata.Table]] = {}
        for table in self.catalogue.tables:
            groups.setdefault(table.berkas, []).append(table)
        return [(berkas, Path(berkas).stem, tables) for berkas, tables in groups.items()]

    def rincian_dataset(self, table: opendata.Table) -> str:
        """Files, row count, licence, last change and columns of one table."""
        return render("dataset.html", table=table, root=opendata.root_prefix(self.current_page()),
                      lisensi=self.catalogue.lisensi,
                      diperbarui=date.fromisoformat(self.catalogue.diperbarui[table.berkas]))

    def macros(self) -> dict[str, Callable[..., Any]]:
        return {"data_terbuka": self.data_terbuka, "rincian_dataset": self.rincian_dataset}


def on_post_build(site_dir: Path, data: Data, project_dir: Path) -> None:
    """Add word families to Material's search index, then write the open-data files."""
    index = site_dir / "search" / "search_index.json"
    if not index.exists():
        raise PluginError("search/search_index.json belum ada saat on_post_build: plugin 'search' harus "
                          "tercantum sebelum 'macros' di mkdocs.yml")
    before, after = search_id.enrich_file(index, project_dir / ".cache")
    log.info("indeks pencarian: %d -> %d bita (+%.1f%%) dengan rumpun kata", before, after,
             100 * (after - before) / before)
    files = opendata.export(opendata.build_catalogue(data, project_dir), site_dir)
    log.info("data terbuka: %d berkas di %s", len(files), site_dir / opendata.URL_DIR)


def theme_extra(conf: Any, data: Data) -> None:
    """Facts the theme templates show, as ``config.extra``: the draft banner, the city's
    colours; and the city's logo as Material's ``theme.logo``."""
    identitas = data.kota.identitas
    if identitas is not None:
        conf["extra"]["identitas"] = {"utama": identitas.warna_utama, "aksen": identitas.warna_aksen}
        if identitas.logo:
            conf["theme"]["logo"] = identitas.logo
    conf["extra"]["status_dokumen"] = {
        "status": data.dokumen.status,
        "versi": data.dokumen.versi,
        "tanggal": fmt.tanggal(data.dokumen.tanggal),
    }
