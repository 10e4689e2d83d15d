"""One Jinja environment for every table and chart: autoescaped, strict, templates in one folder."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, select_autoescape

from . import fmt
from .opendata import sumber_data

TEMPLATES = Path(__file__).parent / "templates"
# compiled templates are kept between builds (Jinja checks each template's mtime): compiling
# the 30-odd table and chart templates was a tenth of a site build
BYTECODE = Path(__file__).parent.parent / ".cache" / "jinja"

FILTERS = {
    "angka": fmt.angka,
    "rupiah": fmt.rupiah,
    "ringkas": fmt.ringkas,
    "rupiah_ringkas": fmt.rupiah_ringkas,
    "tanggal": fmt.tanggal,
    "persen": fmt.persen,
    "sumber_data": sumber_data,
}


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
    return env


def _bytecode_cache() -> FileSystemBytecodeCache | None:
    try:
        BYTECODE.mkdir(parents=True, exist_ok=True)
    except OSError:  # read-only checkout: compile every time
        return None
    return FileSystemBytecodeCache(str(BYTECODE))


def render(template: str, **context: Any) -> str:
    """Render ``templates/<template>`` to a single HTML block with no blank lines.

    Python-Markdown ends a raw HTML block at a blank line, so none may remain.
    """
    html = environment().get_template(template).render(**context)
    return "\n".join(line for line in html.splitlines() if line.strip())
