"""``python -m macros.adapters build|serve``: MkDocs with every line an editor reads in Indonesian.

``make build`` and ``make serve`` call this instead of the ``mkdocs`` command. It sets up
MkDocs' logger itself (Indonesian level names, ``mkdocs_messages.Translator`` on the
handler, before anything is logged), runs MkDocs' own ``build`` (always strict) or
``serve.serve`` in this process, and replaces what MkDocs prints in English at the end
("Aborted with 8 warnings in strict mode!", "Aborted with a BuildError!", or nothing at
all after mkdocs-macros' ``exit(100)``) with one Indonesian line and exit status 1.

In strict mode every MkDocs warning fails the build, so warnings are labelled
KESALAHAN; a data warning (``records.rules.likely_mistakes``) is PERINGATAN and does not.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Any

from . import mkdocs_messages as messages

LEVELS = {"DEBUG": "DEBUG", "INFO": "INFO", "PERINGATAN": "PERINGATAN"}
FAILED = (
    "Pembangunan dibatalkan karena kesalahan di atas. Setiap pesan menyebut berkas dan barisnya; perbaiki semuanya "
    "lalu jalankan lagi."
)


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        level = LEVELS.get(record.levelname, "KESALAHAN" if record.levelno >= logging.WARNING else "INFO")
        return f"{level:<10} - {record.getMessage()}"


def setup_logging(project: Path, verbose: bool = False) -> messages.Translator:
    logger = logging.getLogger("mkdocs")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter())
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False
    return messages.install(project)


def _closing(exc: BaseException, translator: messages.Translator) -> str:
    """The one line that replaces MkDocs' English ending."""
    detail = str(exc).strip()
    if translator.problems or not detail or detail.isdigit() or detail.startswith("Aborted with"):
        return FAILED
    return f"Pembangunan dibatalkan (rincian teknis untuk pengelola: {type(exc).__name__}: {detail})"


def build(config_file: str, site_dir: str | None, translator: messages.Translator) -> int:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    options: dict[str, Any] = {"strict": True}
    if site_dir:
        options["site_dir"] = site_dir
    try:
        config = load_config(config_file=config_file, **options)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(config)
        finally:
            config.plugins.on_shutdown()
    except (Exception, SystemExit) as exc:  # SystemExit: mkdocs-macros' exit(100) on a chapter error
        if isinstance(exc, SystemExit) and exc.code in (0, None):
            return 0
        print(file=sys.stderr)
        print(_closing(exc, translator), file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m macros.adapters",
        description="Bangun situs atau jalankan pratinjau dengan pesan berbahasa Indonesia.",
    )
    parser.add_argument("perintah", choices=["build", "serve"], help="build: situs (dan PDF); serve: pratinjau")
    parser.add_argument("-f", "--config-file", default="mkdocs.yml", help="berkas konfigurasi (bawaan: mkdocs.yml)")
    parser.add_argument("-d", "--site-dir", default=None, help="folder hasil (build)")
    parser.add_argument("-a", "--dev-addr", default=None, help="alamat pratinjau, misalnya 127.0.0.1:8000 (serve)")
    parser.add_argument("-v", "--verbose", action="store_true", help="tampilkan juga pesan teknis")
    args = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    translator = setup_logging(Path(args.config_file).resolve().parent, args.verbose)
    if args.perintah == "build":
        return build(args.config_file, args.site_dir, translator)
    from .serve import serve

    try:
        serve(args.config_file, args.dev_addr)
    except (Exception, SystemExit) as exc:
        print(file=sys.stderr)
        print(_closing(exc, translator), file=sys.stderr)
        return 1
    return 0
