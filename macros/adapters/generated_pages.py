"""Pages and files the site gets from data/, made as MkDocs files in ``on_files``.

- one page per programme, ``program/p001/`` ..., outside the navigation: a 46-entry menu
  on every page would cost every reader; each page links to Daftar Program instead;
- Daftar Program (``program/``): in the navigation when mkdocs.yml lists
  ``program/index.md``, outside it otherwise; never in the PDF (``pdf: false``);
- the finder's script and the share card (``assets/images/kartu-bagikan.png``).

They are ``File.generated`` files, so MkDocs treats them as it treats docs/: search
indexes them, the sitemap lists them, strict mode checks their Markdown links, the
theme gives them header, footer and page actions. A programme page's edit button opens
data/program.yml (MkDocs joins ``repo_url``, ``edit_uri`` and the file's ``edit_uri``),
and its source line links to the record's lines.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from ..figures.numbering import nav_files
from ..figures.programmes import PROGRAMME_FILE, ProgrammeFacts, finder
from ..outputs.site.share_card import Card, CardError, card_png
from ..rendering import pages
from ..rendering.links import drafting_team, open_data_link
from .page_links import SitePageLinks

if TYPE_CHECKING:  # the plugin imports this module
    from .mkdocs_plugin import Build

SCRIPT_SOURCE = Path(__file__).resolve().parents[1] / "outputs" / "site" / "daftar-program.js"
SHARE_CARD = "assets/images/kartu-bagikan.png"  # overrides/main.html names the same path
OPEN_DATA_TABLES = (("program", "id"), ("program-indikator", "program_id"))


def is_generated(src: str) -> bool:
    """Whether a docs path is one of the generated pages (which have no file in docs/)."""
    return src == pages.FINDER or src.startswith(f"{pages.FOLDER}/")


def generated_sources(facts: list[ProgrammeFacts]) -> set[str]:
    """Docs-relative paths of the generated pages (none of them is a file in docs/)."""
    return {pages.FINDER, *(pages.programme_src(f.program.id) for f in facts)}


def add_files(files: Files, config: MkDocsConfig, build: Build) -> None:
    taken = sorted(src for src in generated_sources(build.programmes) if files.get_file_from_path(src))
    if taken:
        raise PluginError(
            f"docs/{taken[0]} bentrok dengan halaman yang dibangkitkan dari data/program.yml; "
            f"pindahkan atau ganti nama berkas di folder docs/{pages.FOLDER}/"
        )
    in_nav = pages.FINDER in nav_files(config.nav)
    finder_file = File.generated(
        config, pages.FINDER, content="", inclusion=InclusionLevel.INCLUDED if in_nav else InclusionLevel.NOT_IN_NAV
    )
    programme_files = [
        File.generated(config, pages.programme_src(f.program.id), content="", inclusion=InclusionLevel.NOT_IN_NAV)
        for f in build.programmes
    ]
    _refuse_taken_addresses(files, [finder_file, *programme_files])
    for file in (finder_file, *programme_files):
        files.append(file)
    data_file = build.data.sources[PROGRAMME_FILE].name  # "data/program.yml"
    from_docs = posixpath.relpath(
        (build.project_dir / data_file).as_posix(), Path(config.docs_dir).resolve().as_posix()
    )
    made = {finder_file.src_uri: pages.finder_page(build.data, finder(build.data), SitePageLinks(files, finder_file))}
    finder_file.edit_uri = from_docs
    for f, file in zip(build.programmes, programme_files, strict=True):
        first, last = f.baris
        links = SitePageLinks(files, file)
        url = _line_url(config, from_docs, first, last)
        source = pages.RecordSource(drafting_team(build.data.dokumen.tanggal.year), data_file, first, last, url)
        made[file.src_uri] = pages.programme_page(f, links, _open_data(build, links), source, build.data.opd_by_id)
        file.edit_uri = f"{from_docs}#L{first}"
    for file in (finder_file, *programme_files):
        file.content_string = made[file.src_uri].markdown
    build.generated = made
    files.append(File.generated(config, pages.SCRIPT, content=SCRIPT_SOURCE.read_text(encoding="utf-8")))
    files.append(File.generated(config, SHARE_CARD, content=_share_card(build)))


def _refuse_taken_addresses(files: Files, generated: list[File]) -> None:
    """A page of docs/ whose address a generated page would take (``program.md`` is
    ``program/`` like Daftar Program's ``program/index.md``) would silently be replaced."""
    by_dest = {file.dest_uri: file for file in files}
    for file in generated:
        other = by_dest.get(file.dest_uri)
        if other is not None:
            raise PluginError(
                f"docs/{other.src_uri} memakai alamat {file.url or './'}, yang sudah menjadi alamat "
                f"halaman yang dibangkitkan dari data/program.yml ({file.src_uri}); ganti nama berkas itu "
                f"(misalnya docs/bab-{other.src_uri.replace('/', '-')}) dan tautan ke sana"
            )


def _open_data(build: Build, links: SitePageLinks) -> list[pages.OpenDataLink]:
    result = []
    for name, column in OPEN_DATA_TABLES:
        table = build.catalogue.table(name)
        result.append(
            pages.OpenDataLink(
                name,
                links.file(table.csv),
                links.file(table.json),
                open_data_link(links, table.anchor),
                column,
            )
        )
    return result


def _line_url(config: MkDocsConfig, from_docs: str, first: int, last: int) -> str | None:
    """The record's lines on the repository's web page (``blob`` where ``edit_uri`` says
    ``edit``: GitHub and GitLab highlight ``#L19-L52`` there); None without a repository."""
    repo, edit_uri = config.repo_url, config.edit_uri or ""
    if not repo or "edit" not in edit_uri:
        return None
    view = edit_uri.replace("edit", "blob", 1)
    return urljoin(repo.rstrip("/") + "/", view + from_docs) + f"#L{first}-L{last}"


def _share_card(build: Build) -> bytes:
    data = build.data
    dokumen, identitas = data.dokumen, data.kota.identitas
    status = f"{dokumen.status.capitalize()} versi {dokumen.versi}"
    card = Card(
        title=dokumen.judul,
        band=data.kota.nama,
        line=f"Periode {dokumen.periode_mulai}–{dokumen.periode_selesai} · {status}",
        colour=identitas.warna_utama if identitas else "#3f51b5",
        accent=identitas.warna_aksen if identitas else "#526cfe",
    )
    try:
        return card_png(card, build.project_dir / ".cache")
    except CardError as exc:
        raise PluginError(str(exc)) from None


def page_meta(page: Page, build: Build) -> None:
    """A generated page's title, description and switches (what front matter would hold)."""
    made = build.generated.get(page.file.src_uri)
    if made is not None:
        page.meta.update(made.meta)


def page_html(html: str, page: Page, build: Build) -> str:
    """A generated page's HTML blocks, put back after Markdown (``pages.GeneratedPage``)."""
    made = build.generated.get(page.file.src_uri)
    return made.html(html) if made is not None else html


def fill_breadcrumb(page: Page, files: Files, build: Build) -> None:
    """Put the breadcrumb into a programme page, once every chapter has been rendered."""
    facts = build.programme_by_src.get(page.file.src_uri)
    if facts is None or page.content is None:
        return
    links = SitePageLinks(files, page.file)
    place = build.places.of("program", facts.program.id)
    chapter = files.get_file_from_path(place.page) if place else None
    trail: list[tuple[str, str]] = []
    if place is not None and chapter is not None and chapter.page is not None:
        trail.append((chapter.page.title or place.page, links.page(place.page)))
        for heading in _sections_before(chapter.page, place.anchor):
            trail.append((Markup(heading.title), links.page(place.page, heading.id)))
        trail.append((place.item.caption_label, links.page(place.page, place.anchor)))
    else:
        trail.append(("Daftar Program", links.page(pages.FINDER)))
    page.content = page.content.replace(pages.BREADCRUMB, pages.breadcrumb(trail), 1)


def _sections_before(chapter: Page, anchor: str, depth: int = 3) -> list[AnchorLink]:
    """The chapter's sections (h2, then h3 inside it) that hold the element ``anchor``."""
    html = chapter.content or ""
    target = html.find(f'id="{anchor}"')
    if target < 0:
        return []
    chain: list[AnchorLink] = []
    level: list[AnchorLink] = list(chapter.toc)
    if len(level) == 1 and level[0].level == 1:
        level = level[0].children
    while level and (not chain or chain[-1].level < depth):
        before = [h for h in level if 0 <= html.find(f'id="{h.id}"') < target]
        if not before:
            break
        chain.append(before[-1])
        level = before[-1].children
    return chain
