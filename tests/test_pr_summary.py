"""The check's summary on a pull request links the preview and the PDF and lists, in
Indonesian, the programmes added and removed and the budgets changed.

The script runs on a small git repository: a first commit with the real data (the
target branch), then the pull request's change in the working tree.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ENGLISH, ROOT

SCRIPT = ROOT / "scripts" / "pr_summary.py"
NEW_PROGRAMME = """\
  - id: P047
    nama: Anjungan Layanan Mandiri di Kantor Kecamatan
    uraian: >-
      Anjungan layanan mandiri di empat kantor kecamatan.
    dimensi: governance
    elemen: pelayanan-publik
    opd_pengampu: dpmptsp
    jangka: menengah
    tahun_mulai: 2025
    tahun_selesai: 2027
    anggaran:
      2025: 400000000
      2026: 250000000
      2027: 100000000
    sumber_dana: {APBD: 100}
    menjawab: [GOV-1]
    kegiatan:
      - {tahun: 2025, kegiatan: Pemasangan anjungan di dua kantor kecamatan, keluaran: Dua anjungan}
      - {tahun: 2026, kegiatan: Pemasangan anjungan di dua kantor lain, keluaran: Empat anjungan}
      - {tahun: 2027, kegiatan: Pemeliharaan dan evaluasi, keluaran: Laporan evaluasi}
    skor_prioritas: {manfaat: 2, siap: 2, biaya: 2, terukur: 2, pijakan: 2}
    indikator:
      - nama: Kantor kecamatan dengan anjungan
        satuan: kantor
        baseline: {nilai: 0, status: belum_ada}
        target: {2025: 2, 2026: 4, 2027: 4}
        sumber_verifikasi: Berita acara serah terima
    status: usulan
"""


def git(project: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=project, capture_output=True, text=True, check=True).stdout.strip()


def run(project: Path, *extra: str) -> str:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--project", str(project), *extra], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def repository(tmp_path: Path) -> tuple[Path, str]:
    project = tmp_path / "repo"
    shutil.copytree(ROOT / "data", project / "data")
    git(project, "init", "-q")
    git(project, "add", "data")
    git(project, "-c", "user.name=Uji", "-c", "user.email=uji@contoh.invalid", "commit", "-qm", "dasar")
    return project, git(project, "rev-parse", "HEAD")


def test_summary_lists_added_removed_and_changed_budgets(tmp_path: Path) -> None:
    project, base = repository(tmp_path)
    path = project / "data" / "program.yml"
    text = path.read_text(encoding="utf-8")
    # remove the last programme that no IKU restates (no indicator id), add a new one, change
    # one budget year of P001
    starts = list(re.finditer(r"(?m)^  - id: (P\d+)\n    nama: (.*)$", text))
    ends = [m.start() for m in starts[1:]] + [len(text)]
    last, end = next(
        (m, e) for m, e in reversed(list(zip(starts, ends, strict=True))) if "\n      - id: " not in text[m.start() : e]
    )
    text = text[: last.start()] + text[end:].rstrip("\n") + "\n" + NEW_PROGRAMME
    text = text.replace("      2025: 600000000\n", "      2025: 650000000\n", 1)
    path.write_text(text, encoding="utf-8")
    out = run(
        project,
        "--base-ref",
        base,
        "--pdf-url",
        "https://contoh.invalid/pdf",
        "--preview-url",
        "https://contoh.invalid/situs",
    )
    assert out.startswith("## Ringkasan perubahan data\n\n- [Unduh pratinjau situs](https://contoh.invalid/situs)")
    assert "- [Unduh PDF](https://contoh.invalid/pdf) (ZIP berisi PDF lengkap)" in out
    assert "### Program baru" in out
    assert (
        "| P047 | Anjungan Layanan Mandiri di Kantor Kecamatan | pelayanan-publik | dpmptsp | 2025–2027 "
        "| Rp750.000.000 |" in out
    )
    assert "### Program dihapus" in out and f"| {last.group(1)} | {last.group(2)} |" in out
    assert "| P001 | 2025 | Rp600.000.000 | Rp650.000.000 | +Rp50.000.000 |" in out
    assert not ENGLISH.search(out)


def test_no_change_is_said_so(tmp_path: Path) -> None:
    project, base = repository(tmp_path)
    out = run(project, "--base-ref", base)
    assert out == "## Ringkasan perubahan data\n\nTidak ada program yang ditambah, dihapus atau diubah anggarannya.\n"


def test_unreadable_target_branch_data_is_said_and_the_pull_request_described(tmp_path: Path) -> None:
    project, _ = repository(tmp_path)
    (project / "data" / "program.yml").write_text(
        (project / "data" / "program.yml").read_text(encoding="utf-8").replace("status: berjalan", "status: jalan", 1),
        encoding="utf-8",
    )
    git(project, "-c", "user.name=Uji", "-c", "user.email=uji@contoh.invalid", "commit", "-qam", "rusak")
    broken = git(project, "rev-parse", "HEAD")
    git(project, "checkout", "-q", "HEAD~1", "--", "data")
    out = run(project, "--base-ref", broken)
    assert (
        "Data di cabang tujuan tidak dapat dibaca, jadi perubahan tidak dapat dibandingkan (1 kesalahan data di" in out
    )


def test_changed_fields_of_a_programme_are_listed(data_copy: Path) -> None:
    from macros.outputs.changes import summary
    from macros.records import load_data

    base = load_data(ROOT / "data")
    path = data_copy / "program.yml"
    text = path.read_text(encoding="utf-8").replace("    status: berjalan\n", "    status: selesai\n", 1)
    path.write_text(
        text.replace("    nama: Penguatan Pusat Data Daerah\n", "    nama: Pusat Data Daerah\n", 1), "utf-8"
    )
    head = load_data(data_copy, display_root=data_copy.parent)
    out = summary(base, head)
    assert "### Isian program yang berubah" in out
    assert "| P001 | status | berjalan | selesai |" in out
    assert "| P001 | nama | Penguatan Pusat Data Daerah | Pusat Data Daerah |" in out
