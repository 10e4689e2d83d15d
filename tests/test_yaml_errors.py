"""Each YAML mistake an editor can make gets the right line and an Indonesian cause and fix,
whichever parser PyYAML uses (LibYAML's CSafeLoader or the pure-Python SafeLoader).

The cases are edits of a real programme entry; the line asserted is the one the editor
must change (often not the line PyYAML marks).
"""

from __future__ import annotations

import re

import pytest
import yaml

from macros.records.yaml_errors import YamlProblem, constructor_problem, lint_whitespace, translate

BASE = """\
program:
  - id: P001
    nama: Penguatan Pusat Data
    anggaran:
      2024: 750000000
      2025: 600000000
    sumber_dana: {APBD: 70, APBN/DAK: 30}
    opd_pendukung: [bpkpd]
    status: berjalan
"""


def edit(old: str, new: str, base: str = BASE) -> str:
    assert old in base
    return base.replace(old, new, 1)


# name -> (yaml text, expected line, expected kind, fragment that must appear in the message)
CASES: dict[str, tuple[str, int, str, str]] = {
    "tab-indent": (edit("    nama:", "\tnama:"), 3, "tab", "karakter tab"),
    "tab-in-nested-map": (edit("      2025:", "\t  2025:"), 6, "tab", "karakter tab"),
    "tab-before-dash": ("a:\n\t- b\n", 2, "tab", "karakter tab"),
    "tab-in-block-scalar": ("a: >-\n  teks\n\tlagi\n", 3, "tab", "karakter tab"),
    "missing-space-after-colon": (edit("nama: Pen", "nama:Pen"), 3, "colon-space", "'nama:'"),
    "missing-colon-last-line": (edit("status: berjalan", "status berjalan"), 9, "colon-missing", "titik dua"),
    "missing-colon-middle": (edit("nama: Penguatan", "nama Penguatan"), 3, "colon-missing", "titik dua"),
    "colon-in-value": (
        edit("nama: Penguatan Pusat", "nama: Penguatan: Pusat"),
        3,
        "colon-in-value",
        'nama: "Penguatan: Pusat Data"',
    ),
    "colon-at-end-of-value": ("catatan: Catatan:\n", 1, "colon-in-value", 'catatan: "Catatan:"'),
    "key-indented-under-value": (
        edit("    anggaran:\n", "    nama2: x\n      anggaran:\n"),
        5,
        "indent-under-value",
        "baris 4",
    ),
    "year-indented-under-year": (
        edit("      2025: 600000000", "        2025: 600000000"),
        6,
        "indent-under-value",
        "baris 5",
    ),
    "unclosed-double-quote": (
        edit("nama: Penguatan Pusat Data", 'nama: "Penguatan Pusat Data'),
        3,
        "quote-unclosed",
        'tanda kutip "',
    ),
    "unclosed-single-quote": (
        edit("nama: Penguatan Pusat Data", "nama: 'Penguatan Pusat Data"),
        3,
        "quote-unclosed",
        "tanda kutip '",
    ),
    "text-after-closing-quote": (
        edit("nama: Penguatan Pusat Data", 'nama: "Penguatan" Pusat Data'),
        3,
        "text-after-quote",
        'nama: "Penguatan Pusat Data"',
    ),
    "apostrophe-in-single-quotes": (
        edit("nama: Penguatan Pusat Data", "nama: 'Jum'at Bersih'"),
        3,
        "quote-apostrophe",
        "('')",
    ),
    "text-after-bracket": ("judul: [Draf] Laporan\n", 1, "text-after-bracket", 'judul: "[Draf] Laporan"'),
    "extra-closing-bracket": ("a: [1, 2]]\n", 1, "bracket-extra", "']'"),
    "key-over-indented": (edit("    status: berjalan", "      status: berjalan"), 9, "indent-mapping", "4 spasi"),
    "key-under-indented-in-list": (edit("    status: berjalan", "   status: berjalan"), 9, "indent-list", "4 spasi"),
    "year-under-indented": (
        edit("      2025: 600000000", "     2025: 600000000"),
        6,
        "indent-mapping",
        "baris 5 di atasnya memakai 6 spasi",
    ),
    "key-level-with-dash": ("program:\n  - id: P1\n  nama: x\n", 3, "indent-list", "4 spasi"),
    "dash-inside-mapping": ("a:\n  b: 1\n  - c\n", 3, "indent-dash-in-mapping", "butir daftar"),
    "dash-misaligned": ("a:\n  - id: P1\n    nama: x\n   - id: P2\n", 4, "indent-list-dash", "2 spasi"),
    "block-text-dedented": ("uraian: >-\n  baris satu\n baris dua\nlain: 1\n", 3, "indent-mapping", "1 spasi"),
    "unclosed-brace-same-line": (
        edit("{APBD: 70, APBN/DAK: 30}", "{APBD: 70 APBN/DAK: 30}"),
        7,
        "flow-unclosed",
        "koma",
    ),
    "unclosed-brace": (edit("{APBD: 70, APBN/DAK: 30}", "{APBD: 70, APBN/DAK: 30"), 7, "flow-unclosed", "}"),
    "unclosed-bracket": (edit("[bpkpd]", "[bpkpd"), 8, "flow-unclosed", "]"),
    "double-comma": ("a: [1, 2,, 3]\n", 1, "empty-node", "koma ganda"),
    "value-starts-with-at": (
        edit("status: berjalan", "status: @diskominfo"),
        9,
        "reserved-char",
        'status: "@diskominfo"',
    ),
    "value-starts-with-backtick": (edit("status: berjalan", "status: `berjalan`"), 9, "reserved-char", "'`'"),
    "value-starts-with-percent": (edit("status: berjalan", "status: %berjalan"), 9, "reserved-char", "'%'"),
    "value-starts-with-star": (edit("status: berjalan", "status: *penting*"), 9, "anchor-alias", "'*'"),
    "value-starts-with-ampersand": (edit("status: berjalan", "status: & dan"), 9, "anchor-alias", "'&'"),
    "undefined-alias": ("a: *nama\n", 1, "anchor-alias", "'*'"),
    "duplicate-anchor": ("a: &dasar\n  x: 1\nb: &dasar\n  y: 2\n", 3, "anchor-duplicate", "'&dasar'"),
    "undefined-tag-handle": ("a: !x!y 1\n", 1, "tag", "'!'"),
    "dash-after-key": ("a: - b\n", 1, "sequence-inline", "'- '"),
    "question-mark-value": ("a: ? b\n", 1, "reserved-char", "'?'"),
    "text-after-pipe": ("uraian: | teks\n", 1, "block-scalar-header", "'|'"),
    "second-document": (BASE + "---\nlain: 1\n", 10, "second-document", "'---'"),
    "backslash-in-double-quotes": ('folder: "C:\\data"\n', 1, "escape", "'\\\\'"),
    "control-character": ("nama: a\x07b\n", 1, "control-char", "U+0007"),
    "control-character-after-accents": ("a: é\nnama: ü\x07b\n", 2, "control-char", "U+0007"),
    "empty-key": (": x\n", 1, "key-missing", "nama kunci"),
    "nbsp-indent": (edit("    status: berjalan", "\u00a0   status: berjalan") + "  - id: P002\n", 9, "nbsp", "U+00A0"),
}

LOADERS = {"libyaml": yaml.CSafeLoader, "pure": yaml.SafeLoader}
# the pure parser alone rejects a tab after a colon or before a comment; LibYAML accepts both
PURE_ONLY = {
    "tab-after-colon": (edit("nama: P", "nama:\tP"), 3, "tab", "karakter tab"),
    "tab-before-comment": ("a: 1\t# komentar\n", 1, "tab", "karakter tab"),
}


def _problem(text: str, loader: type) -> YamlProblem:
    with pytest.raises(yaml.YAMLError) as caught:
        yaml.compose(text, Loader=loader)
    return translate(caught.value, text)


@pytest.mark.parametrize("loader", sorted(LOADERS))
@pytest.mark.parametrize("case", sorted(CASES))
def test_translation(case: str, loader: str) -> None:
    text, line, kind, fragment = CASES[case]
    problem = _problem(text, LOADERS[loader])
    assert (problem.line, problem.kind) == (line, kind), problem
    assert fragment in problem.message, problem.message
    assert problem.excerpt == text.replace("\r", "").split("\n")[line - 1].strip()


@pytest.mark.parametrize("case", sorted(PURE_ONLY))
def test_pure_parser_only(case: str) -> None:
    text, line, kind, fragment = PURE_ONLY[case]
    yaml.compose(text, Loader=yaml.CSafeLoader)  # LibYAML reads it
    problem = _problem(text, yaml.SafeLoader)
    assert (problem.line, problem.kind) == (line, kind), problem
    assert fragment in problem.message


ENGLISH = re.compile(r"\b(?:found|expected|while|scanning|parsing|mapping|allowed|could|token|character)\b")


@pytest.mark.parametrize("loader", sorted(LOADERS))
def test_no_english_reaches_the_editor(loader: str) -> None:
    for text, *_ in [*CASES.values(), *PURE_ONLY.values()]:
        try:
            yaml.compose(text, Loader=LOADERS[loader])
        except yaml.YAMLError as exc:
            message = translate(exc, text).message
            assert not ENGLISH.search(message), message


def test_unknown_error_gets_the_generic_indonesian_message() -> None:
    exc = yaml.MarkedYAMLError("while doing something new", None, "something odd", None)
    problem = translate(exc, "a: 1\n")
    assert problem.kind == "unknown" and problem.line == 1
    assert "periksa indentasi" in problem.message


def test_windows_line_endings_keep_the_line() -> None:
    text = "a: 1\r\nb: 2\r\nc 3\r\nd: 4\r\n"
    for loader in LOADERS.values():
        problem = _problem(text, loader)
        assert (problem.line, problem.kind, problem.excerpt) == (3, "colon-missing", "c 3")


def test_text_shows_the_line_under_the_message() -> None:
    problem = _problem(edit("nama: Pen", "nama:Pen"), yaml.CSafeLoader)
    assert problem.text().endswith("\n    nama:Penguatan Pusat Data")


@pytest.mark.parametrize(
    "text, kind, fragment",
    [
        ("status: !penting berjalan\n", "tag", "'!'"),
        ("a: &d {x: 1}\nb:\n  <<: *d\n", "merge", "'<<'"),
        ("tanggal: 2023-02-30\n", "date", "'2023-02-30'"),
    ],
)
def test_constructor_problems(text: str, kind: str, fragment: str) -> None:
    """Values that parse but cannot be built: today they escape as a Python traceback."""
    loader = yaml.SafeLoader("")
    node = yaml.compose(text, Loader=yaml.CSafeLoader)
    failing = None
    for key, value in node.value:
        for candidate in (key, value, *(getattr(value, "value", []) if isinstance(value, yaml.MappingNode) else [])):
            nodes = candidate if isinstance(candidate, tuple) else (candidate,)
            for item in nodes:
                if not isinstance(item, yaml.ScalarNode):
                    continue
                try:
                    loader.construct_object(item)
                except (yaml.YAMLError, ValueError) as exc:
                    failing = constructor_problem(item, exc)
    assert failing is not None
    assert failing.kind == kind and fragment in failing.message
    assert failing.line == text[: text.index(fragment.strip("'")[:2])].count("\n") + 1


def test_lint_whitespace_finds_what_the_parser_accepts() -> None:
    """A no-break space in the indentation parses as a strange key; the lint names the line."""
    text = "a:\n  b: 1\n\u00a0 c: 2\n\td: 3\ne: \u00a0ok\n"
    yaml.compose("a:\n  b: 1\n\u00a0 c: 2\n", Loader=yaml.CSafeLoader)  # no parse error for the NBSP line
    found = [(p.line, p.kind) for p in lint_whitespace(text)]
    assert found == [(3, "nbsp"), (4, "tab")]
