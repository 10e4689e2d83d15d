"""A mistake in a chapter stops `make build` with docs/<file>.md:<line> and a plain Indonesian message.

The corpus lives in tests/bab_rusak.yml so that editors can read what is checked. Each
case appends lines to a real chapter of a copy of the project and builds it the way
`make build` does (python -m macros.adapters build); the build fails early, at that
chapter (BAB I, the first numbered chapter of the navigation: about 0.6 s a case). The
message must name the file and the exact line, with the nearest name as suggestion where
there is one, and carry no English from Jinja, Python or MkDocs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from macros.adapters.chapter_errors import Names, message

from conftest import ENGLISH, BuildResult

CHAPTER = "bab-1-pendahuluan.md"
CASES = yaml.safe_load((Path(__file__).parent / "bab_rusak.yml").read_text(encoding="utf-8"))


def _append(lines: str) -> tuple[Callable[[Path], None], list[int]]:
    where: list[int] = []

    def change(project: Path) -> None:
        path = project / "docs" / CHAPTER
        text = path.read_text(encoding="utf-8").rstrip("\n") + "\n\nParagraf sebelum kesalahan.\n\n"
        where.append(text.count("\n") + 1)
        path.write_text(text + lines + "\n\nParagraf sesudahnya.\n", encoding="utf-8")

    return change, where


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 15
    assert len({case["nama"] for case in CASES}) == len(CASES)


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[case["nama"] for case in CASES])
def test_chapter_error_names_file_line_and_cause(case: dict, build_project: Callable[..., BuildResult]) -> None:
    change, where = _append(case["tulis"])
    result = build_project(change)
    assert result.returncode != 0, result.output
    line = where[0] + case.get("baris", 1) - 1
    expected = f"docs/{CHAPTER}:{line}: {case['harapan']}"
    assert expected in result.output, f"diharapkan:\n{expected}\n\nkeluaran:\n{result.output}"
    assert "Traceback" not in result.output, result.output
    assert not ENGLISH.search(result.output), ENGLISH.search(result.output)
    assert not (result.site / CHAPTER.replace(".md", "") / "index.html").exists()


@pytest.mark.slow
def test_error_line_counts_front_matter_and_multiline_calls(build_project: Callable[..., BuildResult]) -> None:
    """A call spread over several lines is reported at the line where it starts."""
    starts: list[int] = []

    def change(project: Path) -> None:
        path = project / "docs" / CHAPTER
        lines = path.read_text(encoding="utf-8").splitlines()
        heading = next(i for i, text in enumerate(lines) if text.startswith("# "))
        lines.insert(heading + 1, '\n{{ ref(\n  "rujukan-salah"\n) }}\n')
        text = "\n".join(lines) + "\n"
        path.write_text(text, encoding="utf-8")
        starts.append(text[: text.index("{{ ref(")].count("\n") + 1)

    result = build_project(change)
    assert result.returncode != 0
    assert f"docs/{CHAPTER}:{starts[0]}: rujukan ke 'rujukan-salah' tidak dikenal" in result.output, result.output
    assert "Traceback" not in result.output


# --- the translation alone, without a build ------------------------------------------------


def _error(template: str, **context: object) -> Exception:
    import jinja2

    env = jinja2.Environment(undefined=jinja2.StrictUndefined)
    try:
        env.from_string(template).render(**context)
    except Exception as exc:
        return exc
    raise AssertionError("no error")


def test_python_argument_errors_are_told_per_macro() -> None:
    def tabel(kunci: str, judul: str) -> str:
        return kunci + judul

    names = Names(macros={"tabel": tabel})
    too_many = _error("{{ tabel('a', 'b', 'c') }}", tabel=tabel)
    assert message(too_many, "{{ tabel('a', 'b', 'c') }}", names) == (
        "makro 'tabel' diberi terlalu banyak argumen; argumen yang dikenal: kunci, judul"
    )
    twice = _error("{{ tabel('a', kunci='b') }}", tabel=tabel)
    assert message(twice, "", names) == (
        "argumen 'kunci' makro 'tabel' ditulis dua kali (sekali tanpa nama, sekali dengan nama); argumen yang "
        "dikenal: kunci, judul"
    )


def test_an_unforeseen_error_is_said_in_indonesian_first() -> None:
    failure = _error("{{ 1 / 0 }}")
    text = message(failure, "{{ 1 / 0 }}", Names())
    assert text.startswith("makro di baris ini gagal dijalankan; periksa nama dan argumennya (rincian teknis")


@pytest.mark.parametrize(
    "template, expected",
    [
        ("{{ a b }}", "penulisan makro tidak valid: ada 'b' di tempat yang seharusnya '}}'"),
        ('{{ "abc }}', "penulisan makro tidak valid: tanda '\"' tidak diharapkan di sini (tanda kutip"),
        ("{{ x[1 }}", "penulisan makro tidak valid: '}' tidak diharapkan di sini; yang diharapkan ']'"),
        ("{% foo %}", "penulisan makro tidak valid: perintah '{% foo %}' tidak dikenal"),
        ("{{ 1 is genap }}", "uji 'genap' (setelah 'is') tidak ada"),
    ],
)
def test_syntax_messages(template: str, expected: str) -> None:
    assert message(_error(template), template, Names()).startswith(expected)
