"""mkdocs-macros module of the masterplan: loads data/ once, registers macros and filters.

Kept thin on purpose: loading lives in ``loader``, numbering in ``numbering``, HTML in
``templates/`` (rendered by ``tables``), formatting in ``fmt``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from .chapter_errors import install as install_chapter_errors
from .context_tables import ContextTables, variables as context_variables
from .errors import DataValidationError
from .loader import load_data
from .charts import Charts
from .numbering import NumberingError, link, nav_files, scan
from . import pdf
from .program_tables import ProgramTables
from .publish import Publication, theme_extra
from .publish import on_post_build as publish_post_build
from .render import FILTERS
from .reproducible import pin_build_date
from .literal import install as install_literal_text
from .revision import on_pre_page_macros as revision_pre_page
from .revision import register as register_revision_dates
from .tables import Tables


def define_env(env: Any) -> None:
    project = Path(env.project_dir)
    install_chapter_errors(project)
    try:
        data = load_data(project / "data", display_root=project)
        registry = scan(Path(env.conf["docs_dir"]), nav_files(env.conf["nav"]))
    except (DataValidationError, NumberingError) as exc:
        raise PluginError(str(exc)) from None

    def current_page() -> str:
        page = env.page
        file = getattr(page, "file", None)
        return file.src_uri if file is not None else page.path  # Zensical's pages only have .path

    pin_build_date(data.dokumen.tanggal)  # sitemap dates and gzip headers from the data, not the clock
    env.variables["data"] = data
    env.variables["dokumen"] = data.dokumen
    env.variables["kota"] = data.kota
    pdf.register(env, data.dokumen.slug)
    register_revision_dates(env)
    for name, function in FILTERS.items():
        env.filter(function, name)
    for name, function in Tables(data, registry, current_page).macros().items():
        env.macro(function, name)
    program_tables = ProgramTables(data, registry, current_page)
    env.variables.update(program_tables.variables())
    for name, function in program_tables.macros().items():
        env.macro(function, name)
    env.variables.update(context_variables(data))
    for name, function in ContextTables(data, registry, current_page).macros().items():
        env.macro(function, name)

    for name, function in Publication(data, project, current_page).macros().items():
        env.macro(function, name)
    theme_extra(env.conf, data)
    for name, function in Charts(data, registry, current_page).macros().items():
        env.macro(function, name)

    @env.macro
    def ref(kunci: str) -> str:
        """Markdown link to a numbered table or figure: ``{{ ref("program-governance") }}``."""
        return link(registry, kunci, current_page())


def on_pre_page_macros(env: Any) -> None:
    """mkdocs-macros hook before each page: data text prints literally; page revision date."""
    install_literal_text(env.env)
    revision_pre_page(env)


def on_post_build(env: Any) -> None:
    """After Material wrote search/search_index.json: Indonesian word families, open data."""
    project = Path(env.project_dir)
    # the data define_env loaded for this build: loading it again cost as much again (issue 7)
    publish_post_build(Path(env.conf["site_dir"]), env.variables["data"], project)
    pdf.on_post_build(env)  # last: the PDF plugin's own on_post_build runs right after
