"""The one changed copy of the project that the whole test run builds, and what it changes.

Tests that must see how the site reacts to other input (hostile text, a final document,
no git history, an extra section) read this one build instead of building their own.
Each change below names the tests that rely on it; a new test that needs changed input
adds its change here when it can coexist with the others.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

# hostile text in every kind of free-text place (test_hostile.py, test_build.py, test_opendata.py;
# in the PDF's tagged text and attached CSV: test_pdf_accessible.py, test_pdf_attachments.py)
INJECTED = {
    "nama": '<b class="injeksi">Program</b> {{ 7 * 7 }} {% if true %}jinja{% endif %}',
    "uraian": '[klik](javascript:alert(1)) **tebal** | pipa | {: onclick="alert(1)" } &amp; ' + "Pelayananterpadu" * 20,
    "indikator": "مدينة ذكية \u202etxt.exe\u202c <script>alert(1)</script>",
    "formula": '=HYPERLINK("http://contoh.invalid","klik")',
    "plus": "+62 811 0000",
    "minus": "-2+3",
    "at": "@SUM(A1:A2)",
    "kota": 'Kota <i class="injeksi">Uji</i> | {{ 7 * 7 }} [x](javascript:alert(2)) *tebal*',
    "versi": "1.0 | palsu",
    "dimensi": 'Tata <i class="injeksi">Kelola</i> {: #palsu onclick="alert(3)" }',
}
# a plain name next to the hostile ones: shown exactly as written (test_build.py)
PLAIN_NAME = "Program Uji Kendali"
# a programme renamed to nearly the name of another in its element: `make build` prints the
# warning and still succeeds (test_data_warnings.py)
SIMILAR = ("P005", "P009", "Layanan Pengaduan Warga Terpadu Daring")  # (kept, renamed, new name)
# a programme that the real data does not have, added with nothing else changed: it gets its
# own page, a row in Daftar Program and in its BAB V table. Its name is hostile in the four
# ways a programme page must survive: markup, template syntax, a right-to-left override and
# a word longer than a phone's line (test_programme_pages.py, test_browser.py)
ADDED_ID = "P900"
ADDED_NAME = (
    '<i class="injeksi">Pasar</i> {{ 7 * 7 }} {% if true %}jinja{% endif %} \u202eRATNIP\u202c '
    + "Pengelolaanpasarterpadu" * 6
)
# the variant's document is final: no draft banner, no DRAF mark (test_situs.py, test_pdf.py)
STATUS = "final"
# a section that only holds other forms of searched words (test_search.py)
SECTION_PAGE = "bab-11-penutup.md"
SECTION = "\n\n## Uji rumpun kata\n\nWarga dilayani oleh petugas; pengelolaan pasar dan pembangunan jalan berjalan.\n"


def dump(content: Any) -> str:
    return yaml.dump(content, Dumper=_DUMPER, allow_unicode=True, sort_keys=False)


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def apply(project: Path) -> None:
    """Change a copy of the project (made without .git, so pages carry no git dates)."""
    data = project / "data"
    program = load(data / "program.yml")
    first, second, third = program["program"][:3]
    first["nama"], first["uraian"] = INJECTED["nama"], INJECTED["uraian"]
    first["indikator"][0]["nama"] = INJECTED["indikator"]
    first["indikator"][0]["sumber_verifikasi"] = INJECTED["plus"]
    second["nama"], second["uraian"] = INJECTED["formula"], INJECTED["minus"]
    second["indikator"][0]["sumber_verifikasi"] = INJECTED["at"]
    third["nama"] = PLAIN_NAME
    renamed = next(p for p in program["program"] if p["id"] == SIMILAR[1])
    renamed["nama"] = SIMILAR[2]
    added = yaml.safe_load(dump(program["program"][3]))  # a deep copy
    added["id"], added["nama"] = ADDED_ID, ADDED_NAME
    program["program"].append(added)
    kota = load(data / "kota.yml")
    kota["kota"]["nama"] = INJECTED["kota"]
    for revision in kota["dokumen"]["riwayat"]:
        if revision["versi"] == kota["dokumen"]["versi"]:
            revision["versi"] = INJECTED["versi"]
    kota["dokumen"]["versi"] = INJECTED["versi"]
    kota["dokumen"]["status"] = STATUS
    dimensi = load(data / "dimensi.yml")
    governance = next(d for d in dimensi["dimensi"] if d["id"] == first["dimensi"])
    governance["nama"] = INJECTED["dimensi"]
    for name, content in (("program", program), ("kota", kota), ("dimensi", dimensi)):
        (data / f"{name}.yml").write_text(dump(content), encoding="utf-8")
    page = project / "docs" / SECTION_PAGE
    page.write_text(page.read_text(encoding="utf-8") + SECTION, encoding="utf-8")
