"""A line under the wrong key is told as such: where it landed, where it belongs, how to move it.

Each case edits the real data/program.yml in a temporary copy and loads it the way
`make check` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.records import load_data
from macros.records.errors import DataValidationError

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = (ROOT / "data" / "program.yml").read_text(encoding="utf-8")


def _errors(data_copy: Path, old: str, new: str) -> tuple[str, list[str]]:
    assert old in PROGRAM, old
    changed = PROGRAM.replace(old, new, 1)
    (data_copy / "program.yml").write_text(changed, encoding="utf-8")
    with pytest.raises(DataValidationError) as caught:
        load_data(data_copy, display_root=data_copy.parent)
    return changed, [str(error) for error in caught.value.errors]


def _line(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


def _record(text: str, fragment: str) -> str:
    before = text[: text.index(fragment)]
    # a programme's id, not an indicator's (indicators may carry an id too)
    return before[before.rindex("\n  - id: ") + len("\n  - id: ") :].split("\n", 1)[0]


def test_year_dedented_to_programme_level(data_copy: Path) -> None:
    """Today: 'nilai tidak valid (Keys should be strings)'. Now: where it landed, where it belongs."""
    old = "      2024: 450000000\n      2025: 300000000\n"
    text, errors = _errors(data_copy, old, "      2024: 450000000\n    2025: 300000000\n")
    anggaran = _line(text, "    anggaran:\n      2024: 450000000")
    first = anggaran + 1
    ident = _record(text, "    2025: 300000000")
    assert errors == [
        f"data/program.yml:{first + 1}: program {ident}: baris '2025: 300000000' masuk ke tingkat program "
        f"(setingkat dengan 'anggaran:'), bukan ke dalam 'anggaran' (baris {anggaran}): YAML membaca tingkat dari "
        f"indentasi; geser baris ini ke kanan hingga sejajar dengan '2024:' di baris {first} (6 spasi)"
    ]


def test_year_under_funding_sources(data_copy: Path) -> None:
    old = "    sumber_dana: {APBD: 100}\n    menjawab: [GOV-1]\n"
    text, errors = _errors(data_copy, old, "    sumber_dana:\n      APBD: 100\n      2026: 5\n    menjawab: [GOV-1]\n")
    line = _line(text, "      2026: 5")
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"data/program.yml:{line}: program {_record(text, '      2026: 5')}, sumber_dana: ")
    assert "baris '2026: 5' masuk ke bagian 'sumber_dana', bukan ke dalam 'anggaran'" in errors[0]
    assert "pindahkan baris ini ke bawah 'anggaran:'" in errors[0]


def test_year_beside_a_flow_style_target(data_copy: Path) -> None:
    old = "        target: {2024: 10, 2025: 20}\n"
    text, errors = _errors(data_copy, old, "        target: {2024: 10}\n        2025: 20\n")
    line = _line(text, "        2025: 20")
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"data/program.yml:{line}: ")
    assert "masuk ke tingkat indikator (setingkat dengan 'target:'), bukan ke dalam 'target'" in errors[0]
    assert "misalnya: target: {2024: 10, 2025: 20}" in errors[0]


def test_programme_key_indented_into_the_last_indicator(data_copy: Path) -> None:
    """Today two errors (unknown key, 'status' missing); now one, naming where 'status' belongs."""
    old = "        sumber_verifikasi: Survei kepuasan masyarakat tahunan\n    status: persiapan\n"
    new = "        sumber_verifikasi: Survei kepuasan masyarakat tahunan\n        status: persiapan\n"
    text, errors = _errors(data_copy, old, new)
    line = _line(text, "        status: persiapan")
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"data/program.yml:{line}: program {_record(text, '        status: persiapan')}")
    assert "baris 'status: persiapan' masuk ke tingkat indikator, padahal 'status' milik tingkat program" in errors[0]
    assert "geser ke kiri hingga sejajar dengan 'indikator:' di baris" in errors[0]


def test_indicator_key_at_programme_level(data_copy: Path) -> None:
    old = "    status: berjalan\n  - id: P002"
    text, errors = _errors(data_copy, old, "    satuan: persen\n    status: berjalan\n  - id: P002")
    line = _line(text, "    satuan: persen\n    status")
    assert errors == [
        f"data/program.yml:{line}: program P001: baris 'satuan: persen' masuk ke "
        f"tingkat program, padahal 'satuan' milik bagian 'indikator' (baris {_line(text, '    indikator:')}); "
        "geser ke kanan hingga sejajar dengan kunci lain di dalam 'indikator'"
    ]


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("    jangka: menengah\n", "    jangka: sedang\n", "harus salah satu dari"),  # a wrong value
        ("    status: berjalan\n  - id: P002", "    statsu: berjalan\n  - id: P002", "(maksud Anda 'status'?)"),
        # a digit that is no ASCII digit ('¹'.isdigit() holds, int('¹') fails): found by test_hostile
        ("    status: berjalan\n  - id: P002", "    status: berjalan\n    ¹: x\n  - id: P002", "P001, ¹: kunci tidak"),
    ],
    ids=["wrong-value", "typo", "superscript-key"],
)
def test_other_mistakes_are_left_to_their_own_messages(data_copy: Path, old: str, new: str, expected: str) -> None:
    _, errors = _errors(data_copy, old, new)
    assert any(expected in error for error in errors), errors
    assert not any("masuk ke" in error for error in errors), errors
