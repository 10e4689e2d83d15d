"""The masterplan kit: data/*.yml in, a website and an official PDF out.

The package is layered; each layer imports only the layers above it in this list:

1. ``records``   YAML with line numbers, field types, models, rules, the one loader
2. ``figures``   derived figures: budget splits and totals, table numbering, summaries
3. ``rendering`` the one Jinja environment, Indonesian formats, tables, charts, templates
4. ``outputs``   what is published: search enrichment, open data, the PDF, site facts
5. ``adapters``  the only modules that know MkDocs, mkdocs-macros and the PDF plugin

mkdocs-macros loads this module (``module_name: macros`` in mkdocs.yml) and calls the
two functions below; they hand over to ``adapters.macros_plugin``. The imports are inside
the functions so that ``import macros.records`` (``make check``) never loads MkDocs.
"""

from __future__ import annotations

from typing import Any


def define_env(env: Any) -> None:
    """mkdocs-macros: register this build's variables, macros and filters."""
    from .adapters.macros_plugin import define_env as define

    define(env)


def on_pre_page_macros(env: Any) -> None:
    """mkdocs-macros: before each chapter is rendered."""
    from .adapters.macros_plugin import on_pre_page_macros as before_page

    before_page(env)
