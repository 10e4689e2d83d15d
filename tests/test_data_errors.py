"""Bad data must fail with an Indonesian message naming file, line and record.

The corpus lives in tests/data_rusak.yml so that editors can read what is checked.
Each case changes one file of the real data/ in a temporary copy.
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

from conftest import ENGLISH
from corpus import _record_at, apply_case, apply_changes

ROOT = Path(__file__).resolve().parent.parent
CASES = yaml.safe_load((Path(__file__).parent / "data_rusak.yml").read_text(encoding="utf-8"))


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 15
    assert len({case["nama"] for case in CASES}) == len(CASES)


def test_real_data_is_valid() -> None:
    data = load_data(ROOT / "data")
    assert data.program and data.dimensi and data.opd and data.regulasi


@pytest.mark.parametrize("case", CASES, ids=[case["nama"] for case in CASES])
def test_bad_file_fails_with_located_message(case: dict, data_copy: Path) -> None:
    changes = apply_changes(case, data_copy)
    with pytest.raises(DataValidationError) as caught:
        load_data(data_copy, display_root=data_copy.parent)
    lines = [str(error) for error in caught.value.errors]
    for applied in changes:
        if not applied.expected:
            continue  # a change whose consequences are folded into another's message
        prefix = f"{applied.file}:"
        matching = [text for text in lines if text.startswith(prefix) and applied.expected in text]
        assert matching, f"pesan '{applied.expected}' tidak ditemukan di:\n" + "\n".join(lines)
        reported = {int(text[len(prefix) :].split(":", 1)[0]) for text in matching}
        if applied.fuzzy:
            assert any(abs(line - applied.line) <= 2 for line in reported), (reported, applied.line)
        else:
            assert applied.line in reported, f"baris {applied.line} diharapkan, dilaporkan {reported}"
        if applied.exact:
            assert f"{applied.file}:{applied.line}: {applied.expected}" in lines, lines
    if "jumlah" in case:  # every consequence folded into its cause, every independent mistake there
        assert len(lines) == case["jumlah"], "\n".join(lines)
        assert caught.value.report().startswith(f"Data tidak valid: {case['jumlah']} kesalahan ditemukan.")
    assert "Traceback" not in caught.value.report()
    assert not ENGLISH.search(caught.value.report()), ENGLISH.search(caught.value.report())


def test_all_errors_reported_in_one_run(data_copy: Path) -> None:
    by_name = {case["nama"]: case for case in CASES}
    expected = [
        apply_case(by_name[name], data_copy).expected
        for name in ("anggaran ditulis dengan huruf", "nama OPD kosong", "status dokumen salah eja")
    ]
    with pytest.raises(DataValidationError) as caught:
        load_data(data_copy, display_root=data_copy.parent)
    report = caught.value.report()
    assert report.startswith("Data tidak valid: 3 kesalahan ditemukan.")
    for text in expected:
        assert text in report


def test_positive_control_unchanged_copy_loads(data_copy: Path) -> None:
    assert load_data(data_copy, display_root=data_copy.parent).dokumen.slug


def test_check_command_exit_status_and_output(data_copy: Path) -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "macros.records", str(data_copy)],
        cwd=data_copy.parent,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("Data valid:")
    applied = apply_case(next(c for c in CASES if c["nama"] == "anggaran ditulis dengan huruf"), data_copy)
    bad = subprocess.run(
        [sys.executable, "-m", "macros.records", str(data_copy), "--github"],
        cwd=data_copy.parent,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert bad.returncode == 1
    assert f"data/program.yml:{applied.line}: {applied.expected}" in bad.stderr
    assert f"::error file=data/program.yml,line={applied.line}::" in bad.stdout


def test_reference_errors_of_sound_programmes_come_with_structural_errors(data_copy: Path) -> None:
    """A wrong OPD id shows up in the same run as a wrong budget of another programme."""
    by_name = {case["nama"]: case for case in CASES}
    budget = apply_case(by_name["anggaran ditulis dengan huruf"], data_copy)
    path = data_copy / "program.yml"
    text = path.read_text(encoding="utf-8")
    last = list(re.finditer(r"(?m)^    opd_pengampu: (\S+)$", text))[-1]
    path.write_text(text[: last.start()] + f"    opd_pengampu: {last.group(1)}x" + text[last.end() :], encoding="utf-8")
    line = text.count("\n", 0, last.start()) + 1
    record, _ = _record_at(text, last.start(), "program")
    with pytest.raises(DataValidationError) as caught:
        load_data(data_copy, display_root=data_copy.parent)
    lines = [str(error) for error in caught.value.errors]
    assert f"data/program.yml:{budget.line}: {budget.expected}" in lines
    assert (
        f"data/program.yml:{line}: {record}, opd_pengampu: OPD '{last.group(1)}x' tidak ada di data/opd.yml "
        f"(maksud Anda '{last.group(1)}'?)"
    ) in lines
    assert len(lines) == 2, lines
