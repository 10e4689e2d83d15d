"""MkDocs' link, anchor and navigation warnings reach the editor in Indonesian, with the
Markdown file and line and the nearest page or heading.

The corpus lives in tests/tautan_rusak.yml. One build of a copy of the project with every
case applied (plus a page left out of 'nav'), run as `make build` runs it, fails with
exactly these messages. The unit tests below use
MkDocs' own wording, so a change of wording in a new MkDocs fails here.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
import yaml

from macros.adapters.mkdocs_messages import Translator, find_link_lines

from conftest import ENGLISH, BuildResult, copy_project, run_build, shared

CASES = yaml.safe_load((Path(__file__).parent / "tautan_rusak.yml").read_text(encoding="utf-8"))
ORPHAN = "yatim.md"  # a page left out of 'nav'


def apply(docs: Path, case: dict) -> int:
    """Apply one case of tautan_rusak.yml; the 1-based line the message must name."""
    path = docs / case["berkas"]
    text = path.read_text(encoding="utf-8")
    if "tambah" in case:
        text = text.rstrip("\n") + "\n\n"
        path.write_text(text + case["tambah"] + "\n", encoding="utf-8")
        return text.count("\n") + 1
    assert case["cari"] in text, case["cari"]
    path.write_text(text.replace(case["cari"], case["ganti"], 1), encoding="utf-8")
    return text[: text.index(case["cari"])].count("\n") + 1


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, list[str]]:
    """Every case at once in one copy of the project, built once per run (``conftest.shared``: this
    module's tests may run in two workers): the build and the messages expected, in order."""
    return shared("tautan-rusak", lambda: _build_broken(tmp_path_factory))


def _build_broken(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, list[str]]:
    base = tmp_path_factory.mktemp("tautan-rusak")
    project = copy_project(base / "project")
    expected = [f"docs/{case['berkas']}:{apply(project / 'docs', case)}: {case['harapan']}" for case in CASES]
    (project / "docs" / ORPHAN).write_text("# Halaman tanpa tempat di navigasi\n", encoding="utf-8")
    nav = next(
        number
        for number, line in enumerate((project / "mkdocs.yml").read_text(encoding="utf-8").splitlines(), start=1)
        if line.startswith("nav:")
    )
    expected.append(
        f"mkdocs.yml:{nav}: halaman docs/{ORPHAN} ada di folder docs/ tetapi belum tercantum di 'nav'; tambahkan ke "
        "'nav' di mkdocs.yml atau hapus berkasnya"
    )
    return run_build(project, base / "site", pdf=False), expected


@pytest.mark.slow
def test_every_broken_link_is_named_with_file_line_and_fix(broken: tuple[BuildResult, list[str]]) -> None:
    result, expected = broken
    assert result.returncode == 1, result.output
    problems = sorted(
        line.removeprefix("KESALAHAN  - ") for line in result.output.splitlines() if line.startswith("KESALAHAN")
    )
    assert problems == sorted(expected)


@pytest.mark.slow
def test_no_english_line_and_an_indonesian_ending(broken: tuple[BuildResult, list[str]]) -> None:
    result, _ = broken
    assert not ENGLISH.search(result.output), result.output
    assert result.output.rstrip().endswith(
        "Pembangunan dibatalkan karena kesalahan di atas. Setiap pesan menyebut berkas dan barisnya; perbaiki "
        "semuanya lalu jalankan lagi."
    )


@pytest.mark.parametrize(
    "markdown, url, lines",
    [
        ('a [x](b.md) c\n\n[y](b.md "judul")\n', "b.md", [1, 3]),
        ("[ref]: b.md#x\n", "b.md#x", [1]),
        ('<a href="b.md">x</a>\n', "b.md", [1]),
        ("```\n[x](b.md)\n```\n[x](b.md)\n", "b.md", [4]),  # not inside a code block
        ("[x](bb.md)\n", "b.md", []),
    ],
)
def test_find_link_lines(markdown: str, url: str, lines: list[int]) -> None:
    assert find_link_lines(markdown, url) == lines


def test_a_link_made_by_a_macro_is_said_so(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("{{ ref('x') }}\n", encoding="utf-8")
    message = Translator(tmp_path).translate(
        "Doc file 'a.md' contains a link '#tabel-x', but there is no such anchor on this page."
    )
    assert message is not None
    assert message.startswith("docs/a.md (tautan dibuat oleh makro di halaman ini): tautan '#tabel-x'")


def test_every_line_of_a_repeated_link_is_listed(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("[x](c.md)\n\n[y](c.md)\n", encoding="utf-8")
    message = Translator(tmp_path).translate(
        "Doc file 'a.md' contains a link 'c.md', but the target is not found among documentation files."
    )
    assert message is not None and message.startswith("docs/a.md:1 (juga baris 3): tautan 'c.md'")


def test_the_filter_translates_once_and_drops_chatter(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("[x](b.md)\n", encoding="utf-8")
    translator = Translator(tmp_path)
    shown: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            shown.append(record.getMessage())

    logger = logging.getLogger("mkdocs.uji_pesan")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    handlers = [Keep(), Keep()]
    for handler in handlers:
        handler.addFilter(translator)
        logger.addHandler(handler)
    try:
        warning = "Doc file 'a.md' contains a link 'b.md', but the target is not found among documentation files."
        logger.warning(warning)
        logger.warning(warning)  # the same problem again: shown once
        logger.info("\x1b[32m[macros] - Found local Python module 'macros' in: /x\x1b[0m")
        logger.info("Documentation built in 1.75 seconds")
    finally:
        for handler in handlers:
            logger.removeHandler(handler)
    first = "docs/a.md:1: tautan 'b.md' mengarah ke berkas yang tidak ada di folder docs/"
    built = "Situs selesai dibangun dalam 1.75 detik"
    assert [text[: len(first)] for text in shown] == [first, first, built, built]  # two handlers, one translation
    assert len(translator.problems) == 1


def test_a_chapter_error_of_mkdocs_macros_becomes_an_error_without_its_prefix(tmp_path: Path) -> None:
    translator = Translator(tmp_path)
    record = logging.LogRecord(
        "mkdocs.plugins.macros", logging.WARNING, "", 0, "[macros] - ERROR docs/a.md:3: x", (), None
    )
    assert translator.filter(record)
    assert (record.levelname, record.getMessage()) == ("ERROR", "docs/a.md:3: x")
    assert not re.search("macros", record.getMessage())
