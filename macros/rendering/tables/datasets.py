"""Open-data tables that hold a numbered table's data, where they are more than the one the
table links to.

The PDF carries every open-data file as an attachment (outputs/pdf/archival.py) and prints
under each numbered table the files that hold its data ("Berkas lampiran: program.csv dan
program.json."). By default that is the table's own open-data table, the ``dataset`` each
table macro passes for its source line's link. A table that shows columns of other tables
too (the key figures, the programme list with its indicators, the traceability matrix) or
links to a whole data file (SWOT: "berkas-kesiapan") is listed here with every table it
draws on, its rows first. Codes a table only looks up (an OPD's short name, a dimension's
name) are not listed. ``tabel.html`` writes the names into ``<table data-lampiran>``, which
the web ignores; the PDF's chapter cutter turns them into the note.
tests/test_pdf_attachments.py checks that every name here is a catalogue table.
"""

from __future__ import annotations

DATASETS: dict[str, tuple[str, ...]] = {
    "angka_pokok.html": ("kota", "kota-kecamatan", "kota-penduduk", "kota-statistik"),
    "kesiapan_aspek.html": ("kesiapan-elemen-aspek", "kesiapan-elemen"),
    "keterlacakan.html": ("kesiapan-elemen-kesenjangan", "analisis-dimensi-isu", "program", "kesiapan-rencana-aksi"),
    "penduduk_kecamatan.html": ("kota-kecamatan", "kota-penduduk"),
    "program.html": ("program", "program-indikator"),
    "rincian_quick_win.html": ("program", "program-indikator"),
    "tujuan.html": ("visi-tujuan", "visi-tujuan-sasaran", "visi-misi"),
    "swot.html": (
        "kesiapan-swot-kekuatan",
        "kesiapan-swot-kelemahan",
        "kesiapan-swot-peluang",
        "kesiapan-swot-ancaman",
    ),
}
