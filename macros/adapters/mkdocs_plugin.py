"""The ``masterplan`` MkDocs plugin: one load of data/ per build, and the build steps in order.

Events and their priorities (MkDocs runs higher priorities first, whatever the order of
the plugins in mkdocs.yml):

- ``on_config`` (100, before mkdocs-macros): put MkDocs' messages in Indonesian
  (``mkdocs_messages``), load and check data/ (its warnings are logged, not fatal), number
  the tables and figures, fail on placeholder markers left in a chapter, pin the build
  date, give the theme the city's colours and the draft status.
- ``on_files`` (50, before other plugins look at the files): the pages and files made from
  data (``generated_pages``: one page per programme, Daftar Program, the finder's script,
  the share card); remember the site's files (every relative link is computed from them);
  in the preview that opens from disk (``offline``), add the vendored search-worker shim.
- ``on_env``: the theme's compiled templates are kept in .cache/jinja-theme/ between builds.
- ``on_page_markdown`` (50, before mkdocs-macros): a chapter with arithmetic stops the
  build; the page's "Terakhir diubah" date, from git; a generated page's title and
  description (and ``render_macros: false``).
- ``on_page_content`` (100, first): a generated page's HTML blocks, which skip Markdown.
- ``on_page_context`` (50, before Material's search indexes the page): a programme page's
  breadcrumb, which names the chapter table that lists the programme; every chapter has
  been rendered by then.
- ``on_post_build`` (-50, after Material's search index is written): Indonesian word
  families in the search index, then the open-data files.

mkdocs-macros reads this build's ``Build`` through ``build_of(config)``; the PDF plugin too.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import cached_property
from importlib.metadata import version
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from ..figures.budget import Rekap
from ..figures.numbering import Numbered, NumberingError, nav_files, scan
from ..figures.programmes import ProgrammeFacts, programme_facts
from ..outputs.git_history import change_dates
from ..outputs.opendata.catalogue import URL_DIR, Catalogue, build_catalogue
from ..outputs.opendata.files import export
from ..outputs.search.boundaries import separate_cells
from ..outputs.search.word_families import enrich_file
from ..outputs.site.reproducible import pin_build_date
from ..outputs.site.revision import revision_texts
from ..records import Data, DataValidationError, load_data
from ..records.placeholders import in_markdown
from ..rendering.formats import tanggal
from ..rendering.jinja import bytecode_cache
from ..rendering.pages import GeneratedPage, programme_src
from ..rendering.places import Places, PrintCopies
from . import generated_pages
from . import mkdocs_messages as messages
from .chapter_rules import check_chapter
from .deferred import defer_unused

NAME = "masterplan"
PDF_PLUGIN = "masterplan-pdf"
log = logging.getLogger(f"mkdocs.plugins.{NAME}")
defer_unused()  # before MkDocs imports the plugins after this one (deferred.py)
# the environment variable that makes the build the pull-request preview that opens from disk
OFFLINE_SWITCH = "OFFLINE"
# the search worker of Material on file:// (iframe-worker 1.0.4, MIT; scripts/vendor-iframe-worker.sh)
OFFLINE_SHIM = "assets/js/iframe-worker-shim.js"
SHIM_SOURCE = Path(__file__).resolve().parents[1] / "outputs" / "site" / "vendor" / "iframe-worker-shim.js"
# likely mistakes in the data: above INFO, below WARNING, so strict mode does not count them
DATA_WARNING = 25
logging.addLevelName(DATA_WARNING, "PERINGATAN")


@dataclass
class Build:
    """What one build knows, computed once and shared by the site, the open data and the PDF."""

    project_dir: Path
    data: Data
    registry: dict[str, Numbered]
    rekap: Rekap
    catalogue: Catalogue
    revisions: dict[str, str]
    programmes: list[ProgrammeFacts]
    # filled while the chapters render: where each programme is listed, and the full
    # tables the PDF prints in place of the site's summaries (rendering.places)
    places: Places
    printed: PrintCopies
    files: Files | None = field(default=None)
    generated: dict[str, GeneratedPage] = field(default_factory=dict)  # by src, made in on_files

    @cached_property
    def programme_by_src(self) -> dict[str, ProgrammeFacts]:
        return {programme_src(f.program.id): f for f in self.programmes}


def build_of(config: MkDocsConfig) -> Build:
    """The current build's state, for mkdocs-macros and the PDF plugin."""
    plugin = config.plugins.get(NAME)
    if not isinstance(plugin, MasterplanPlugin) or plugin.build is None:
        raise PluginError(f"plugin '{NAME}' belum dimuat: cantumkan '- {NAME}' di bagian plugins mkdocs.yml")
    return plugin.build


def offline(config: MkDocsConfig) -> bool:
    """Whether this is the preview build that opens from disk: Material's offline plugin, switched
    on by ``OFFLINE=true`` in the environment (mkdocs.yml stays plain YAML, without ``!ENV``)."""
    plugin = config.plugins.get("material/offline")
    if plugin is None:
        return False
    if os.environ.get(OFFLINE_SWITCH, "").lower() in {"1", "true"}:
        plugin.config["enabled"] = True  # read by the plugin's own on_config, which runs after this one
    return bool(plugin.config.get("enabled"))


def _load(project: Path, config: MkDocsConfig) -> tuple[Data, dict[str, Numbered]]:
    """Data, table numbers and the chapters' placeholder check: every problem of the three in one report."""
    problems: list[str] = []
    data: Data | None = None
    registry: dict[str, Numbered] = {}
    try:
        data = load_data(project / "data", display_root=project)
    except DataValidationError as exc:
        problems.append(exc.report())
    try:  # the generated pages (Daftar Program) are not files in docs/ and hold no numbers
        chapters = [src for src in nav_files(config.nav) if not generated_pages.is_generated(src)]
        registry = scan(Path(config.docs_dir), chapters)
    except NumberingError as exc:
        problems.append(str(exc))
    markers = chapter_markers(project, Path(config.docs_dir))
    if markers:
        problems.append(f"Bab masih memuat penanda: {len(markers)} tempat. Ganti atau hapus lalu jalankan lagi.")
        problems += markers
    if problems or data is None:
        raise PluginError("\n".join(problems))
    return data, registry


def chapter_markers(project: Path, docs_dir: Path) -> list[str]:
    """'docs/<page>.md:<line>: penanda 'TODO' masih ada; ...' for every placeholder left in a chapter."""
    found = []
    for page in sorted(docs_dir.rglob("*.md")):
        try:
            shown = page.resolve().relative_to(project).as_posix()
        except ValueError:
            shown = page.as_posix()
        for marker in in_markdown(page.read_text(encoding="utf-8-sig")):
            found.append(f"{shown}:{marker.line}: {marker.message()}")
    return found


class MasterplanPlugin(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    def __init__(self) -> None:
        self.build: Build | None = None
        self.translator: messages.Translator | None = None

    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        project, docs, config_name = messages.describe(config)
        self.translator = messages.install(project, docs, config_name)
        self.translator.reset()
        data, registry = _load(project, config)
        for warning in data.warnings:  # likely mistakes: shown, never counted by strict mode
            log.log(DATA_WARNING, "%s", warning)
        pin_build_date(data.dokumen.tanggal)  # sitemap dates and gzip headers from the data, not the clock
        names = sorted({Path(source.name).name for source in data.sources.values()})
        dates = change_dates(project / "data", names)
        catalogue = build_catalogue(
            data, {source.name: dates[Path(source.name).name] for source in data.sources.values()}
        )
        self.build = Build(
            project,
            data,
            registry,
            Rekap.of(data),
            catalogue,
            revision_texts(Path(config.docs_dir)),
            programme_facts(data),
            Places(),
            PrintCopies(lambda: bool(getattr(config.plugins.get(PDF_PLUGIN), "enabled", False))),
        )
        _theme_facts(config, data)
        if offline(config):  # before Material's offline plugin, which then adds no CDN script of its own
            config.extra["polyfills"] = [*config.extra.get("polyfills", []), OFFLINE_SHIM]
        return config

    @event_priority(50)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if self.build is not None:
            self.build.files = files
            generated_pages.add_files(files, config, self.build)
        if self.translator is not None:
            self.translator.use_files(files)  # anchor suggestions need the rendered pages
        if offline(config):
            files.append(File.generated(config, OFFLINE_SHIM, abs_src_path=str(SHIM_SOURCE)))
        return files

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        """Material's 40-odd templates were compiled on every build (a seventh of a site build):
        Jinja keeps them compiled in .cache/jinja-theme/, checked against each template's
        source, so an edited override is compiled again."""
        if self.build is not None and env.bytecode_cache is None:
            # the theme's filters come from MkDocs and Material: their versions name the cache
            versions = f"mkdocs-{version('mkdocs')}-material-{version('mkdocs-material')}"
            env.bytecode_cache = bytecode_cache(self.build.project_dir / ".cache" / "jinja-theme", versions)
        return env

    @event_priority(50)
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Before mkdocs-macros: the chapter holds no arithmetic (``chapter_rules``); Material
        shows ``revision_date`` under the page it belongs to; generated pages get their meta."""
        if self.build is None:
            return markdown
        if page.file.src_uri in self.build.generated:
            generated_pages.page_meta(page, self.build)
        else:
            check_chapter(markdown, page, self.build.project_dir)
        text = self.build.revisions.get(page.file.src_uri)
        if text:
            page.meta.setdefault("revision_date", text)
        return markdown

    @event_priority(100)
    def _generated_page_html(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """First: a generated page's raw HTML blocks put back after conversion."""
        return generated_pages.page_html(html, page, self.build) if self.build is not None else html

    @event_priority(-100)
    def _separate_cells(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Last of all page-content steps, before Material's search reads the page
        (``on_page_context``): words in neighbouring table cells stay apart."""
        return separate_cells(html)

    on_page_content = CombinedEvent(_generated_page_html, _separate_cells)

    @event_priority(50)
    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        if self.build is not None and self.build.files is not None:
            generated_pages.fill_breadcrumb(page, self.build.files, self.build)
        return context

    @event_priority(-50)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """After Material wrote search/search_index.json: word families, then open data."""
        if self.build is None:
            return
        site = Path(config.site_dir)
        index = site / "search" / "search_index.json"
        if index.exists():
            before, after = enrich_file(index, self.build.project_dir / ".cache")
            log.info(
                "indeks pencarian: %d -> %d bita (+%.1f%%) dengan rumpun kata",
                before,
                after,
                100 * (after - before) / before,
            )
        files = export(self.build.catalogue, site)
        log.info("data terbuka: %d berkas di %s", len(files), site / URL_DIR)


def _theme_facts(config: MkDocsConfig, data: Data) -> None:
    """What the theme templates show, as ``config.extra``: the draft banner and the city's
    colours; and the city's logo as Material's ``theme.logo``."""
    extra = config.extra
    identitas = data.kota.identitas
    if identitas is not None:
        extra["identitas"] = {"utama": identitas.warna_utama, "aksen": identitas.warna_aksen}
        if identitas.logo:
            config.theme["logo"] = identitas.logo
    extra["status_dokumen"] = {
        "status": data.dokumen.status,
        "versi": data.dokumen.versi,
        "tanggal": tanggal(data.dokumen.tanggal),
    }
