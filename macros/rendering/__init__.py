"""Layer 3, rendering: records and derived figures turned into HTML for the chapters.

- ``jinja``: the one Jinja environment (autoescaped, strict) over ``templates/``
- ``formats``: Indonesian numbers, rupiah and dates (Babel)
- ``literal``: free text from data/ printed literally inside Markdown
- ``links``: what the page being rendered needs to link elsewhere (given by the adapter)
- ``tables``: the numbered ``tabel_*`` macros; ``charts``: the ``gambar_*`` SVG figures

Imports ``records`` and ``figures``.
"""
