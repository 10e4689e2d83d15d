"""The one Jinja environment of the kit: every table, chart and PDF template, autoescaped and strict.

(mkdocs-macros renders the chapters themselves with its own environment; see
``adapters.macros_plugin``.)
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from functools import lru_cache
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..records.fields import DataText
from . import formats
from .links import source_line
from .literal import heading_literal, markdown_literal

TEMPLATES = Path(__file__).parent / "templates"
# compiled templates are kept between builds (Jinja checks each template's source): compiling
# the 30-odd table and chart templates was a tenth of a site build
BYTECODE = Path(__file__).resolve().parents[2] / ".cache" / "jinja"
PACKAGE = Path(__file__).resolve().parents[1]  # macros/

# filters a chapter may use too (registered with mkdocs-macros by the adapter)
FILTERS = {
    "angka": formats.angka,
    "rupiah": formats.rupiah,
    "ringkas": formats.ringkas,
    "rupiah_ringkas": formats.rupiah_ringkas,
    "tanggal": formats.tanggal,
    "persen": formats.persen,
    "terbilang": formats.terbilang,
    "terbilang_perincian": formats.terbilang_perincian,
    "awal_kecil": formats.awal_kecil,
}
# filters for the kit's own templates only (not offered to chapters)
TEMPLATE_FILTERS = {"desimal": formats.desimal, "nilai_satuan": formats.nilai_satuan}


@lru_cache(maxsize=1)
def environment() -> Environment:
    return _environment(None, BYTECODE)


@lru_cache(maxsize=1)
def markdown_environment() -> Environment:
    """Like ``environment()``, for whole Markdown pages generated from data (the programme
    pages): data text printed as it is is also made literal for Markdown, so it stays text
    in a heading or paragraph as well as inside raw HTML. A separate environment, with its
    own compiled-template cache: Jinja compiles ``finalize`` into the templates."""
    env = _environment(_literal, BYTECODE.with_name("jinja-markdown"))
    env.filters["judul"] = lambda text: Markup(heading_literal(text))
    return env


def _environment(finalize: Any, bytecode: Path) -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        bytecode_cache=bytecode_cache(bytecode, code_version()),
        finalize=finalize,
    )
    env.filters.update(FILTERS)
    env.filters.update(TEMPLATE_FILTERS)
    env.filters["sumber_data"] = source_line
    return env


@lru_cache(maxsize=1)
def code_version() -> str:
    """A fingerprint of the kit's code (every .py of macros/), Jinja and Python.

    Compiled templates depend on more than their source: Jinja folds a filter applied to a
    constant (``{{ 100 | persen }}``) into the compiled code, so a cache checked against the
    template alone would keep the old filter's output. Each cache lives in a folder named
    after this fingerprint; any change of the kit starts a new one."""
    digest = hashlib.sha256(f"{jinja2.__version__}\x00{sys.version}".encode())
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def bytecode_cache(folder: Path, version: str) -> FileSystemBytecodeCache | None:
    """Compiled templates kept in ``folder/version``; Jinja compares each with its template's
    source. Caches of other versions in ``folder`` are removed."""
    target = folder / version
    try:
        target.mkdir(parents=True, exist_ok=True)
        for other in folder.iterdir():
            if other.name == version:
                continue
            if other.is_dir():
                shutil.rmtree(other, ignore_errors=True)
            else:  # a cache written before caches had versions
                other.unlink(missing_ok=True)
    except OSError:  # read-only checkout: compile every time
        return None
    return FileSystemBytecodeCache(str(target))


def _literal(value: Any) -> Any:
    return Markup(markdown_literal(value)) if isinstance(value, DataText) else value


def render_markdown(template: str, **context: Any) -> str:
    """Render ``templates/<template>`` as a Markdown page; blank lines are kept."""
    return markdown_environment().get_template(template).render(**context)


def render_document(template: str, **context: Any) -> str:
    """Render ``templates/<template>`` as it is (a whole document, e.g. the PDF's HTML)."""
    return environment().get_template(template).render(**context)


def render(template: str, **context: Any) -> str:
    """Render ``templates/<template>`` to a single HTML block with no blank lines.

    Python-Markdown ends a raw HTML block at a blank line, so none may remain.
    """
    html = render_document(template, **context)
    return "\n".join(line for line in html.splitlines() if line.strip())


class StringCachingEnvironment(Environment):
    """An Environment that keeps templates compiled from strings (the chapters) on disk.

    mkdocs-macros compiles every chapter with ``from_string`` on every build, and Jinja's
    bytecode cache only serves templates read by a loader: compiling the 15 chapters was
    a tenth of a site build. ``compile`` is Jinja's documented step from source to code;
    here it first looks in ``string_cache`` under a key made of the source and everything
    else the generated code depends on (Jinja and Python versions, delimiters and
    whitespace options, the names of filters and tests, whether ``finalize`` is set).
    A chapter with an error raises before anything is stored.

    The adapter turns mkdocs-macros' environment into this class (``use_string_cache``);
    tests/test_build.py checks that the chapters do end up in the cache.
    """

    string_cache: FileSystemBytecodeCache | None = None

    def compile(  # type: ignore[override]
        self,
        source: str | jinja2.nodes.Template,
        name: str | None = None,
        filename: str | None = None,
        raw: bool = False,
        defer_init: bool = False,
    ) -> str | CodeType:
        cache = self.string_cache
        if (
            cache is None
            or raw
            or defer_init
            or name is not None
            or filename is not None
            or not isinstance(source, str)
        ):
            code: str | CodeType = super().compile(source, name, filename, raw, defer_init)  # type: ignore[call-overload]
            return code
        key = hashlib.sha256(f"{self._signature()}\x00{source}".encode()).hexdigest()
        bucket = cache.get_bucket(self, key, None, source)
        if bucket.code is None:
            bucket.code = super().compile(source)
            cache.set_bucket(bucket)
        return bucket.code

    def _signature(self) -> str:
        options = (
            code_version(),  # the kit's filters, whose results Jinja may fold into the code
            self.block_start_string,
            self.block_end_string,
            self.variable_start_string,
            self.variable_end_string,
            self.comment_start_string,
            self.comment_end_string,
            self.line_statement_prefix,
            self.line_comment_prefix,
            self.trim_blocks,
            self.lstrip_blocks,
            self.newline_sequence,
            self.keep_trailing_newline,
            self.optimized,
            self.finalize is not None,
            repr(self.autoescape),
            sorted(self.extensions),
            sorted(self.filters),
            sorted(self.tests),
        )
        return repr(options)


def use_string_cache(env: Environment, folder: Path) -> None:
    """Keep ``env``'s templates compiled from strings in ``folder`` (see ``StringCachingEnvironment``)."""
    if isinstance(env, StringCachingEnvironment) or type(env) is not Environment:
        return  # already done, or an environment of another kind, left as it is
    cache = bytecode_cache(folder, code_version())
    if cache is None:
        return
    env.__class__ = StringCachingEnvironment
    assert isinstance(env, StringCachingEnvironment)
    env.string_cache = cache
