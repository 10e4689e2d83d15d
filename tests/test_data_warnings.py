"""Likely mistakes are told as warnings: `make check` prints them and still passes.

The corpus lives in tests/peringatan_data.yml. Each case adds or changes one programme of
the real data in a temporary copy, as an editor would, and expects the exact Indonesian
warning on the exact line.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from macros.records import load_data
from macros.records.errors import DataValidationError
from macros.records.rules.likely_mistakes import similar
from macros.records.rules.roadmap import term_of

import variant
from conftest import ENGLISH, BuildResult
from corpus import apply_case

ROOT = Path(__file__).resolve().parent.parent
CASES = yaml.safe_load((Path(__file__).parent / "peringatan_data.yml").read_text(encoding="utf-8"))

# the example: a second programme for online queues at the health centres
DUPLICATE = """\
  - id: P047
    nama: Aplikasi Antrean Daring Puskesmas
    uraian: >-
      Aplikasi antrean daring agar warga tidak menunggu lama di puskesmas.
    dimensi: living
    elemen: kesehatan
    opd_pengampu: dinkes
    jangka: menengah
    tahun_mulai: 2025
    tahun_selesai: 2026
    anggaran:
      2025: 200000000
      2026: 100000000
    sumber_dana: {APBD: 100}
    menjawab: [LIV-1]
    kegiatan:
      - {tahun: 2025, kegiatan: Pemasangan aplikasi antrean di tiga puskesmas, keluaran: Tiga puskesmas}
      - {tahun: 2026, kegiatan: Perluasan ke puskesmas lain, keluaran: Lima puskesmas}
    skor_prioritas: {manfaat: 2, siap: 2, biaya: 2, terukur: 2, pijakan: 2}
    indikator:
      - nama: Puskesmas dengan antrean daring
        satuan: puskesmas
        baseline: {nilai: 0, status: belum_ada}
        target: {2025: 3, 2026: 5}
        sumber_verifikasi: Laporan Dinas Kesehatan
    status: usulan
"""


def _append(data_copy: Path, entry: str) -> str:
    path = data_copy / "program.yml"
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n" + entry
    path.write_text(text, encoding="utf-8")
    return text


def _line(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


def _warnings(data_copy: Path) -> list[str]:
    return [str(w) for w in load_data(data_copy, display_root=data_copy.parent).warnings]


def test_real_data_follows_the_term_rule() -> None:
    data = load_data(ROOT / "data")
    doc = data.dokumen
    assert all(p.jangka == term_of(p.tahun_selesai, doc.periode_mulai, doc.periode_selesai) for p in data.program)


@pytest.mark.parametrize("case", CASES, ids=[case["nama"] for case in CASES])
def test_likely_mistake_is_a_warning_on_its_line(case: dict, data_copy: Path) -> None:
    applied = apply_case(case, data_copy)
    data = load_data(data_copy, display_root=data_copy.parent)  # no error: a warning never fails
    expected = f"data/{case['berkas']}:{applied.line}: {applied.expected}"
    assert [str(w) for w in data.warnings if applied.expected in str(w)] and any(
        str(w).startswith(expected) for w in data.warnings
    ), f"diharapkan:\n{expected}\n\nperingatan:\n" + "\n".join(map(str, data.warnings))
    assert len(data.warnings) == 1, data.warnings
    assert not ENGLISH.search(str(data.warnings[0]))


def test_the_duplicate_names_both_programmes_and_how_to_silence_it(data_copy: Path) -> None:
    case = next(c for c in CASES if c["nama"].startswith("nama program sangat mirip"))
    apply_case(case, data_copy)
    text = (data_copy / "program.yml").read_text(encoding="utf-8")
    [warning] = load_data(data_copy, display_root=data_copy.parent).warnings
    line = _line(text, "    nama: Antrean dan Pendaftaran Daring Puskesmas")
    assert str(warning).endswith(
        f"(baris {line}) di elemen 'kesehatan' yang sama; bila ini program yang sama, gabungkan keduanya; bila "
        "memang berbeda, tulis 'nama_mirip: [P026]' di program P047"
    )


def test_marked_as_intended_the_similar_name_passes_quietly(data_copy: Path) -> None:
    _append(data_copy, DUPLICATE.replace("    status: usulan\n", "    status: usulan\n    nama_mirip: [P026]\n"))
    assert _warnings(data_copy) == []


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("Aplikasi Antrean Daring Puskesmas", "Antrean dan Pendaftaran Daring Puskesmas", True),
        ("Mal Pelayanan Publik Digital", "Mal Pelayanan Publik Digitl", True),  # a typo
        ("Bank Sampah Digital", "Pemantauan Armada dan Rute Pengangkutan Sampah", False),
        ("Informasi Lalu Lintas dan Angkutan Umum", "Pengendalian Simpang Lalu Lintas Terpadu", False),
    ],
)
def test_similar_names(a: str, b: str, expected: bool) -> None:
    assert similar(a, b) is expected


def test_a_planned_doubling_is_no_warning(data_copy: Path) -> None:
    path = data_copy / "program.yml"
    text = path.read_text(encoding="utf-8").replace("      2025: 300000000\n", "      2025: 900000000\n", 1)
    path.write_text(text, encoding="utf-8")
    assert _warnings(data_copy) == []


def test_check_prints_warnings_and_passes(data_copy: Path) -> None:
    _append(data_copy, DUPLICATE)
    result = subprocess.run(
        [sys.executable, "-m", "macros.records", str(data_copy), "--github"],
        cwd=data_copy.parent,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("Data valid: 47 program")
    assert result.stderr.startswith("Peringatan data: 1 hal perlu diperiksa (tidak menggagalkan pemeriksaan).\n")
    assert "program P047, nama: nama 'Aplikasi Antrean Daring Puskesmas' sangat mirip" in result.stderr
    assert re.search(
        r"(?m)^::warning file=data/program\.yml,line=\d+::data/program\.yml:\d+: program P047", result.stdout
    )


def test_warnings_are_not_given_while_the_data_has_errors(data_copy: Path) -> None:
    text = _append(data_copy, DUPLICATE.replace("opd_pengampu: dinkes", "opd_pengampu: dinkess"))
    with pytest.raises(DataValidationError) as caught:
        load_data(data_copy, display_root=data_copy.parent)
    assert [str(e) for e in caught.value.errors] == [
        f"data/program.yml:{_line(text, 'opd_pengampu: dinkess')}: program P047, opd_pengampu: OPD 'dinkess' tidak "
        "ada di data/opd.yml (maksud Anda 'dinkes'?)"
    ]


@pytest.mark.slow
def test_make_build_prints_a_warning_and_succeeds(variant_build: BuildResult) -> None:
    """The variant renames a programme to nearly another's name (variant.SIMILAR): strict mode does not count it."""
    kept, renamed, name = variant.SIMILAR
    assert variant_build.returncode == 0
    warnings = [line for line in variant_build.output.splitlines() if line.startswith("PERINGATAN")]
    assert len(warnings) == 1, variant_build.output
    assert re.match(
        rf"PERINGATAN - data/program\.yml:\d+: program {renamed}, nama: nama '{name}' sangat mirip dengan program "
        rf"{kept} ",
        warnings[0],
    ), warnings[0]
