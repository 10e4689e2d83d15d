"""Which open-data tables hold the data of each numbered table, by template.

The PDF carries every open-data file as an attachment (outputs/pdf/archival.py) and prints
under each numbered table the files that hold its data ("Berkas lampiran: program.csv dan
program.json"). The web page does not show it: ``tabel.html`` only writes the names into
``data-lampiran`` and the PDF's chapter cutter turns them into the note. Names are the
open-data catalogue's table names (outputs/opendata/catalogue.py): the rows of the table
first, then tables it takes more columns from. Codes the table only looks up (an OPD's
short name, a dimension's name) are not listed. tests/test_pdf_attachments.py checks that
every numbered-table template is listed here and that every name is a catalogue table.
"""

from __future__ import annotations

DATASETS: dict[str, tuple[str, ...]] = {
    "acuan.html": ("visi-acuan",),
    "anggaran.html": ("program",),
    "angka_pokok.html": ("kota", "kota-kecamatan", "kota-penduduk", "kota-statistik"),
    "glosarium.html": ("glosarium-istilah",),
    "iku.html": ("visi-iku",),
    "indikator.html": ("program-indikator",),
    "jangka.html": ("program",),
    "kecamatan.html": ("kota-kecamatan",),
    "kesiapan.html": ("kesiapan-elemen",),
    "kesiapan_elemen.html": ("kesiapan-elemen",),
    "lembaga.html": ("tata-kelola-lembaga-anggota",),
    "makna_visi.html": ("visi-makna",),
    "misi.html": ("visi-misi",),
    "opd.html": ("opd",),
    "penduduk.html": ("kota-penduduk",),
    "penduduk_kecamatan.html": ("kota-kecamatan", "kota-penduduk"),
    "peta_jalan.html": ("program",),
    "program.html": ("program", "program-indikator"),
    "quick_win.html": ("program",),
    "raci.html": ("tata-kelola-kegiatan",),
    "regulasi.html": ("regulasi",),
    "rincian_quick_win.html": ("program", "program-indikator"),
    "riwayat.html": ("kota-dokumen-riwayat",),
    "rujukan.html": ("rujukan",),
    "skala_kesiapan.html": ("kesiapan-skala",),
    "strategi.html": ("visi-strategi",),
    "swot.html": (
        "kesiapan-swot-kekuatan",
        "kesiapan-swot-kelemahan",
        "kesiapan-swot-peluang",
        "kesiapan-swot-ancaman",
    ),
    "tahapan.html": ("program",),
}
