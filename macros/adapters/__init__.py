"""Layer 5, adapters: the only modules that know MkDocs, mkdocs-macros and the PDF plugin.

- ``mkdocs_plugin``: the ``masterplan`` MkDocs plugin; loads data/ once per build and runs
  the build steps in MkDocs events with explicit priorities
- ``macros_plugin``: what mkdocs-macros calls (``define_env``): registers the macros,
  filters and variables of the build
- ``pdf_plugin``: the ``masterplan-pdf`` plugin, mkdocs-pdf-export-plugin extended to
  render the one official PDF
- ``page_links``: links from the page being rendered, through MkDocs' ``get_relative_url``
- ``chapter_errors``: a failing chapter told as ``docs/<file>.md:<line>: <message>``

A move to another site generator (Zensical) replaces this folder only.
"""
