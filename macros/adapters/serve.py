"""``make serve``: a failed build shows an Indonesian error page in the browser, and recovers.

What MkDocs 1.6.1's own ``mkdocs serve`` does with a mistake (mkdocs/commands/serve.py,
mkdocs/livereload/__init__.py):

- the first build failing ends the command before the server starts;
- a rebuild failing with an ``Exception`` (a data error, strict-mode warnings) leaves the
  server's wanted epoch ahead of its visible one: every request then waits ("The server
  will appear stuck until build errors are resolved");
- a rebuild failing in a chapter macro ends the server: mkdocs-macros with
  ``on_error_fail`` calls ``exit(100)``, a ``SystemExit`` its rebuild loop does not catch.

``serve`` runs MkDocs' own ``LiveReloadServer`` with a builder that never raises: when the
build fails it empties the served folder and writes ``404.html``, an Indonesian page
listing every error (file:line: message). The builder returns normally, so the epoch moves
on, open tabs reload through MkDocs' livereload script and every address answers with the
error page (the server's ``error_handler``). That page has no livereload script (MkDocs
injects it only into files it serves), so it asks for its own address every second and
reloads once the answer is a page (the next build succeeded) or another build's error
page (the next build failed anew). Nothing of MkDocs is patched; the plugins'
``on_startup``, ``on_serve`` and ``on_shutdown`` run as in MkDocs.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer

from ..rendering.jinja import render_document
from . import mkdocs_messages as messages

log = logging.getLogger("mkdocs.commands.serve")

ERROR_PAGE = "404.html"  # what the server's error_handler answers for every missing address


def error_page(problems: list[str], build: str) -> str:
    """The Indonesian page shown while the build fails; ``build`` tells one failed build from the next."""
    return render_document("serve/kesalahan.html", masalah=problems, pembangunan=build)


def serve_url(host: str, port: int, mount_path: str) -> str:
    """``http://127.0.0.1:8000/<mount>/``, as MkDocs' own serve builds it."""
    return f"http://{host}:{port}" + ("/" + mount_path.lstrip("/")).rstrip("/") + "/"


class _Collector(logging.Handler):
    """Warnings and errors of one build, in the Indonesian the terminal shows."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        translator = messages.current()
        if translator is not None and not translator.filter(record):
            return  # chatter, or a problem already listed
        text = record.getMessage()
        if text not in self.messages:
            self.messages.append(text)


class _QuietRequests(logging.Filter):
    """A page the browser asks for that is not there is no build problem.

    MkDocs' server logs every non-200 answer as a warning; while the error page is shown it
    asks for its address every second. Such a record logged while the next build runs
    would be counted by strict mode and fail a sound build, so it is lowered to INFO here,
    on the logger, before any handler (strict mode's counter included) sees it.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.WARNING and record.getMessage().endswith(" code 404"):
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


def _empty(folder: Path) -> None:
    for child in folder.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def make_builder(
    get_config: Callable[[], MkDocsConfig], site_dir: Path, url: str
) -> Callable[[MkDocsConfig | None], None]:
    """A builder for ``LiveReloadServer`` that turns every failure into the error page."""

    def builder(config: MkDocsConfig | None = None) -> None:
        log.info("Membangun situs...")
        collector = _Collector()
        logger = logging.getLogger("mkdocs")
        logger.addHandler(collector)
        try:
            if config is None:
                config = get_config()
                config.site_url = url
            build(config, serve_url=url)
        except (Exception, SystemExit) as exc:  # SystemExit: mkdocs-macros' exit(100)
            problems = list(collector.messages)
            text = str(exc).strip()
            if text and not text.isdigit() and not text.startswith("Aborted with") and text not in problems:
                problems.append(text)
            site_dir.mkdir(parents=True, exist_ok=True)
            _empty(site_dir)
            (site_dir / ERROR_PAGE).write_text(error_page(problems, str(time.time_ns())), encoding="utf-8")
            log.error(
                "Pembangunan gagal karena kesalahan di atas; halaman kesalahan tampil di peramban. Perbaiki "
                "berkasnya lalu simpan: pratinjau dibangun ulang sendiri."
            )
        finally:
            logger.removeHandler(collector)

    return builder


def serve(config_file: str = "mkdocs.yml", dev_addr: str | None = None) -> None:
    """Like ``mkdocs serve --strict``, with an error page instead of a stuck or stopped server."""
    site_dir = Path(tempfile.mkdtemp(prefix="pratinjau_"))
    options: dict[str, Any] = {"site_dir": str(site_dir), "strict": True}
    if dev_addr:
        options["dev_addr"] = dev_addr

    def get_config() -> MkDocsConfig:
        return load_config(config_file=config_file, **options)

    requests = logging.getLogger("mkdocs.livereload")
    if not any(isinstance(f, _QuietRequests) for f in requests.filters):
        requests.addFilter(_QuietRequests())
    config = get_config()
    config.plugins.on_startup(command="serve", dirty=False)
    host, port = config.dev_addr
    mount_path = urlsplit(config.site_url or "/").path
    config.site_url = url = serve_url(host, port, mount_path)
    run = make_builder(get_config, site_dir, url)

    def builder() -> None:
        run(None)

    server = LiveReloadServer(builder=builder, host=host, port=port, root=str(site_dir), mount_path=mount_path)

    def error_handler(code: int) -> bytes | None:
        page = site_dir / ERROR_PAGE
        return page.read_bytes() if code in (404, 500) and page.is_file() else None

    server.error_handler = error_handler
    try:
        run(config)
        server.watch(config.docs_dir)
        if config.config_file_path:
            server.watch(config.config_file_path)
        server = config.plugins.on_serve(server, config=config, builder=builder)
        for item in config.watch:
            server.watch(item)
        try:
            server.serve()  # type: ignore[no-untyped-call]
        except KeyboardInterrupt:
            log.info("Menghentikan pratinjau...")
        finally:
            server.shutdown()
    finally:
        config.plugins.on_shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)
