"""What mkdocs-macros calls: the variables, macros and filters a chapter may use.

``define_env`` runs inside mkdocs-macros' ``on_config``, after the ``masterplan``
plugin loaded this build's data (priority 100), so it only registers. Every macro that
links somewhere is given the page being rendered as ``SitePageLinks``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..figures import named
from ..figures.numbering import NumberingError
from ..figures.plans import kemampuan_fiskal
from ..figures.summaries import ringkas_dimensi, tahapan
from ..outputs.opendata.page import OpenDataPage
from ..records.dataset import Lookup
from ..records.errors import suggestion
from ..rendering.charts import Charts
from ..rendering.jinja import FILTERS, use_string_cache
from ..rendering.literal import install as install_literal_text
from ..rendering.tables.analysis import AnalysisTables
from ..rendering.tables.assessment import AssessmentTables
from ..rendering.tables.base import Tables
from ..rendering.tables.context import ContextTables
from ..rendering.tables.plans import PlanTables
from ..rendering.tables.programmes import ProgramTables
from .chapter_errors import install as install_chapter_errors
from .mkdocs_plugin import Build, build_of
from .page_links import SitePageLinks
from .pdf_plugin import pdf_link


def define_env(env: Any) -> None:
    build = build_of(env.conf)
    install_chapter_errors(Path(env.project_dir), env)
    data = build.data

    def current_page() -> SitePageLinks:
        if build.files is None:  # pragma: no cover - MkDocs calls on_files before any page
            raise RuntimeError("files of the site are not known yet")
        return SitePageLinks(build.files, env.page.file)

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
    env.variables.update(_named_figures(build))
    for name, function in FILTERS.items():
        env.filter(function, name)
    macros: dict[str, Callable[..., Any]] = {}
    for group in (
        Tables(data, build.registry, build.rekap, current_page, places=build.places, printed=build.printed),
        ProgramTables(data, build.registry, build.rekap, current_page, places=build.places, printed=build.printed),
        ContextTables(data, build.registry, build.rekap, current_page),
        AnalysisTables(data, build.registry, build.rekap, current_page),
        PlanTables(data, build.registry, build.rekap, current_page),
        AssessmentTables(data, build.registry, build.rekap, current_page),
        Charts(data, build.registry, build.rekap, current_page),
        OpenDataPage(build.catalogue, current_page, build.registry, data.dokumen.tanggal.year),
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
    macros |= _named_macros(build)
    for name, function in macros.items():
        env.macro(function, name)
    env.filter(lambda skor: data.kesiapan.tingkat(skor).tingkat, "tingkat_kesiapan")


class ById:
    """Records by id for a chapter: ``{% set d = dimensi.governance %}``, ``elemen["kesehatan"]``.

    Not a ``dict``: mkdocs-macros turns dict variables into its own SuperDict, which would
    lose the ``Lookup``'s "id not found, did you mean ..." error on a mistyped id.
    """

    def __init__(self, lookup: Lookup[Any]) -> None:
        self._lookup = lookup

    def __getitem__(self, key: str) -> Any:
        return self._lookup[key]

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        return self._lookup[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._lookup)

    def __len__(self) -> int:
        return len(self._lookup)


def _named_figures(build: Build) -> dict[str, Any]:
    """What chapters may print by name (issue 12.4: chapters hold words and named figures only);
    each value is one attribute away from its number or text."""
    data = build.data
    kesiapan = named.kesiapan_ringkas(data)
    awal, akhir = named.sensus(data)
    acuan = {a.id: a for a in data.visi.acuan}
    return {
        "angka": named.angka(data, build.rekap),
        "dimensi": ById(data.dimensi_by_id),
        "elemen": ById(data.elemen_by_id),
        "kesiapan_ringkas": kesiapan,
        "kesiapan_terendah": min(kesiapan, key=lambda k: k.skor),
        "kesiapan_tertinggi": max(kesiapan, key=lambda k: k.skor),
        "tahapan_tahunan": tahapan(data, build.rekap),
        "quick_win_ringkas": named.quick_win_ringkas(data),
        "lembaga_ringkas": named.lembaga_ringkas(data),
        "penduduk_terakhir": named.penduduk_terakhir(data),
        "sensus_awal": awal,
        "sensus_akhir": akhir,
        "visi_smart_city": data.visi.visi,
        "acuan_visi": acuan[data.visi.visi.selaras_dengan],
        "luas": data.kota.luas,
        "dasar_pembentukan": data.kota.dasar_pembentukan,
        "penilaian_prioritas": data.analisis.penilaian_prioritas,
        "fiskal": kemampuan_fiskal(data, build.rekap),
    }


def _named_macros(build: Build) -> dict[str, Callable[..., Any]]:
    data = build.data
    per_dimensi = {r.dimensi.id: r for r in ringkas_dimensi(data)}

    def angka_dimensi(dimensi: str) -> Any:
        """Programmes, quick wins and budget of one dimension: ``{{ angka_dimensi("living").program }}``."""
        if dimensi not in per_dimensi:
            raise KeyError(f"dimensi '{dimensi}' tidak ada di data/dimensi.yml")
        return per_dimensi[dimensi]

    def nama_opd(opd: str) -> str:
        """Full name of an OPD: ``{{ nama_opd("diskominfo") }}``."""
        if opd not in data.opd_by_id:
            raise KeyError(f"OPD '{opd}' tidak ada di data/opd.yml")
        return data.opd_by_id[opd].nama

    return {"angka_dimensi": angka_dimensi, "nama_opd": nama_opd}


def on_pre_page_macros(env: Any) -> None:
    """Before each chapter (mkdocs-macros makes its Jinja environment after ``define_env``):
    data text prints literally, and the chapters stay compiled between builds in
    .cache/jinja-bab/, checked against their source. Both install themselves once."""
    install_literal_text(env.env)
    use_string_cache(env.env, Path(env.project_dir) / ".cache" / "jinja-bab")
