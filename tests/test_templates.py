"""Templates with small fake records: exact HTML out, every data string escaped."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from macros.figures.numbering import Numbered
from macros.records.models import Perubahan, Regulasi
from macros.rendering import formats as fmt
from macros.rendering.jinja import render
from macros.rendering.tables.context import Kutipan, OpdTampil

from pagelinks import FakeLinks

ITEM = Numbered(key="dasar-hukum", kind="tabel", label="1.1", page="bab-1.md")


def test_regulasi_table_exact_output() -> None:
    amended = Regulasi(
        id="uu-1-2020",
        jenis="Undang-Undang",
        nomor="1",
        tahun=2020,
        judul="Contoh <b>tebal</b> & {{ x }}",
        dicocokkan="kutipan",
        sumber="Mengingat <i>PP</i> 1/2021",
        kelompok="dasar",
        perubahan=Perubahan(frasa="sebagaimana telah diubah dengan", regulasi="uu-3-2022"),
    )
    amending = Regulasi(
        id="uu-3-2022",
        jenis="Undang-Undang",
        nomor="3",
        tahun=2022,
        judul="Perubahan Contoh",
        dicocokkan="naskah",
        sumber="salinan naskah",
    )
    dated = Regulasi(
        id="pp-2-2021",
        jenis="Peraturan Pemerintah",
        nomor="2",
        tahun=2021,
        judul="Contoh kedua",
        dicocokkan="jdih",
        sumber="JDIH Kementerian Contoh",
        ditetapkan=date(2021, 3, 4),
        tautan="https://jdih.contoh.invalid/pp-2-2021",
        kelompok="pijakan",
    )
    html = render(
        "regulasi.html",
        item=ITEM,
        links=FakeLinks(),
        judul="Dasar hukum",
        sumber="Tim Penyusun, 2023",
        data_terbuka="regulasi",
        kelompok=[("Dasar penyusunan", [amended]), ("Pijakan program", [dated])],
        regulasi={r.id: r for r in (amended, amending, dated)},
    )
    assert html == "\n".join(
        [
            # focusable region: a wide table scrolls inside it by keyboard too (axe)
            '<div class="tabel-bernomor tabel-regulasi" id="tabel-dasar-hukum" tabindex="0" role="region" '
            'aria-label="Tabel 1.1 Dasar hukum">',
            "<table>",
            '<caption><span class="nomor-tabel">Tabel 1.1</span> Dasar hukum</caption>',
            "<thead>",
            '<tr><th scope="col">No.</th><th scope="col">Peraturan</th><th scope="col">Tentang</th>'
            '<th scope="col">Penetapan</th><th scope="col">Judul dicocokkan dengan</th></tr>',
            "</thead>",
            "<tbody>",
            '<tr class="kelompok"><th scope="colgroup" colspan="5">Dasar penyusunan</th></tr>',
            # without a verified day of enactment the year stands in for it; the amending law is
            # cited with the law it amends, in the phrase an official citation uses
            '<tr id="regulasi-uu-1-2020"><td>1</td><td>Undang-Undang Nomor 1 Tahun 2020</td>'
            "<td>Contoh &lt;b&gt;tebal&lt;/b&gt; &amp; {{ x }} "
            '<span class="perubahan" id="regulasi-uu-3-2022">sebagaimana telah diubah dengan Undang-Undang '
            "Nomor 3 Tahun 2022 tentang Perubahan Contoh</span></td><td>Tahun 2020</td>"
            # row by row, where the title was checked (and, for an amendment, where that one was)
            '<td class="dicocokkan"><span class="cara-kutipan">Kutipan dalam peraturan lain</span>: Mengingat '
            "&lt;i&gt;PP&lt;/i&gt; 1/2021; perubahannya: "
            '<span class="cara-naskah">naskah peraturan</span>: salinan naskah</td></tr>',
            "</tbody>",
            "<tbody>",
            '<tr class="kelompok"><th scope="colgroup" colspan="5">Pijakan program</th></tr>',
            # numbering runs on across the groups
            '<tr id="regulasi-pp-2-2021"><td>2</td><td>Peraturan Pemerintah Nomor 2 Tahun 2021</td>'
            '<td><a href="https://jdih.contoh.invalid/pp-2-2021">Contoh kedua</a></td><td>4 Maret 2021</td>'
            '<td class="dicocokkan"><span class="cara-jdih">JDIH</span>: JDIH Kementerian Contoh</td></tr>',
            "</tbody>",
            "</table>",
            # who made the table and when, then a link to the same data on the open-data page
            '<p class="sumber-tabel">Sumber: Tim Penyusun, 2023. <a href="../data-terbuka/#data-regulasi" '
            'title="Data terbuka: unduh CSV atau JSON">Data terbuka</a></p>',
            "</div>",
        ]
    )


def test_output_has_no_blank_line_that_would_end_the_html_block() -> None:
    opd = [
        OpdTampil("a", "A", "Satu", (Kutipan("Sumber, 2020", "../lampiran/#rujukan-x"),)),
        OpdTampil("b", "B", "Dua", ()),
    ]
    html = render("opd.html", item=ITEM, links=FakeLinks(), judul="OPD", sumber="data/opd.yml", opd=opd)
    assert "\n\n" not in html and html.startswith("<div") and html.endswith("</div>")


def test_caption_and_source_are_escaped_too() -> None:
    html = render("opd.html", item=ITEM, links=FakeLinks(), judul="<i>judul</i>", sumber="<script>x</script>", opd=[])
    assert "&lt;i&gt;judul&lt;/i&gt;" in html and "&lt;script&gt;x&lt;/script&gt;" in html
    assert "<script>" not in html and "<i>" not in html


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1250000000, "Rp1.250.000.000"),
        (0, "Rp0"),
        (999, "Rp999"),
    ],
)
def test_rupiah(value: int, expected: str) -> None:
    assert fmt.rupiah(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1_500_000_000, "1,5 miliar"),
        (2_000_000, "2 juta"),
        (1_250_000_000_000, "1,25 triliun"),
        (950, "950"),
    ],
)
def test_ringkas(value: int, expected: str) -> None:
    assert fmt.ringkas(value) == expected


def test_dates_and_numbers_in_indonesian() -> None:
    assert fmt.tanggal(date(2023, 8, 1)) == "1 Agustus 2023"
    assert fmt.tanggal(date(2007, 1, 2)) == "2 Januari 2007"
    assert fmt.angka(123722) == "123.722"
    assert fmt.angka(68.06) == "68,06"
    assert fmt.angka(5, digits=2) == "5,00"
    assert fmt.persen(5.03, 2) == "5,03%"


def test_lower_first_letter_only_of_an_ordinary_word() -> None:
    assert fmt.awal_kecil("Laporan Dinkes") == "laporan Dinkes"
    assert fmt.awal_kecil("SP4N-LAPOR! dan aplikasi kota") == "SP4N-LAPOR! dan aplikasi kota"
    assert fmt.awal_kecil("") == ""


def test_one_precision_for_a_series() -> None:
    assert fmt.desimal([2.6, 3.0]) == 1
    assert fmt.desimal([97, 98.5, 99.5]) == 1
    assert fmt.desimal([10, 20]) == 0
    assert fmt.persen(81) == "81,0%" and fmt.persen(5.03, 2) == "5,03%"


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_integer_fast_path_writes_numbers_as_babel_does(value: int) -> None:
    """formats.angka and formats.rupiah group integers themselves; Babel stays the reference."""
    from babel.numbers import format_decimal

    assert fmt.angka(value) == format_decimal(value, locale=fmt.LOCALE)
    assert fmt.angka(value, digits=0) == format_decimal(value, format="#,##0", locale=fmt.LOCALE)
    assert fmt.rupiah(value) == "Rp" + format_decimal(value, format="#,##0", locale=fmt.LOCALE)


# --- EYD V numbers and units (review 2 of issue 11) ------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "nol"),
        (7, "tujuh"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (20, "dua puluh"),
        (21, "21"),  # three words: figures
        (46, "46"),
        (100, "seratus"),
        (110, "seratus sepuluh"),
        (120, "120"),
        (200, "dua ratus"),
        (1000, "seribu"),
        (1250, "1.250"),
        (3000, "tiga ribu"),
        (2_000_000, "dua juta"),
    ],
)
def test_counts_in_running_text_are_words_when_one_or_two_words_say_them(value: int, expected: str) -> None:
    assert fmt.terbilang(value) == expected


def test_terbilang_takes_whole_counts_only() -> None:
    for wrong in (2.5, -1, True, "7"):
        with pytest.raises(TypeError):
            fmt.terbilang(wrong)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "satuan", "digits", "expected"),
    [
        (74, "indeks", None, "indeks 74"),
        (3.0, "indeks, skala 1–5", 1, "indeks 3,0, skala 1–5"),
        (83, "nilai IKM, skala 25–100", None, "nilai IKM 83, skala 25–100"),
        (70, "nilai (skala 0–100)", None, "nilai 70, skala 0–100"),
        (3000, "juta rupiah per tahun", None, "Rp3 miliar per tahun"),
        (1.5, "miliar rupiah per tahun", None, "Rp1,5 miliar per tahun"),
        (60, "persen", None, "60 persen"),
        (33, "kelurahan/desa", None, "33 kelurahan/desa"),
        # found by test_hostile.py (seed 404): a unit with nothing before its comma crashed
        (100, ",", None, "100 ,"),
        (5, ", per tahun", None, "5 , per tahun"),
    ],
)
def test_a_target_reads_with_its_unit(value: float, satuan: str, digits: int | None, expected: str) -> None:
    assert fmt.nilai_satuan(value, satuan, digits) == expected
