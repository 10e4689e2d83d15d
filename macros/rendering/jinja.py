"""The one Jinja environment of the kit: every table, chart and PDF template, autoescaped and strict.

(mkdocs-macros renders the chapters themselves with its own environment; see
``adapters.macros_plugin``.)
"""

from __future__ import annotations

import hashlib
import shutil
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, select_autoescape

from . import formats
from .links import source_line

TEMPLATES = Path(__file__).parent / "templates"
# compiled templates are kept between builds (Jinja checks each template's mtime): compiling
# the 30-odd table and chart templates was a tenth of a site build
BYTECODE = Path(__file__).resolve().parents[2] / ".cache" / "jinja"

# filters a chapter may use too (registered with mkdocs-macros by the adapter)
FILTERS = {
    "angka": formats.angka,
    "rupiah": formats.rupiah,
    "ringkas": formats.ringkas,
    "rupiah_ringkas": formats.rupiah_ringkas,
    "tanggal": formats.tanggal,
    "persen": formats.persen,
}
# filters for the kit's own templates only (not offered to chapters)
TEMPLATE_FILTERS = {"desimal": formats.desimal, "awal_kecil": formats.awal_kecil}


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters.update(FILTERS)
    env.filters.update(TEMPLATE_FILTERS)
    env.filters["sumber_data"] = source_line
    return env


def _bytecode_cache() -> FileSystemBytecodeCache | None:
    """Compiled templates in ``.cache/jinja/<code version>/``; older versions are removed."""
    folder = BYTECODE / code_version()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in BYTECODE.iterdir():
            if old == folder:
                continue
            if old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
            else:
                old.unlink(missing_ok=True)
    except OSError:  # read-only checkout: compile every time
        return None
    return FileSystemBytecodeCache(str(folder))


def code_version() -> str:
    """A digest of Jinja's version and the kit's Python code.

    Jinja keys its bytecode cache on the template's source only, yet it folds a filter applied
    to a constant into the compiled code (``{{ 100 | persen }}`` is stored as "100,0%"). A
    compiled template is therefore only valid for the filter code that compiled it.
    """
    digest = hashlib.sha256(jinja2.__version__.encode())
    for path in sorted(Path(__file__).resolve().parents[1].rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def render_document(template: str, **context: Any) -> str:
    """Render ``templates/<template>`` as it is (a whole document, e.g. the PDF's HTML)."""
    return environment().get_template(template).render(**context)


def render(template: str, **context: Any) -> str:
    """Render ``templates/<template>`` to a single HTML block with no blank lines.

    Python-Markdown ends a raw HTML block at a blank line, so none may remain.
    """
    html = render_document(template, **context)
    return "\n".join(line for line in html.splitlines() if line.strip())
