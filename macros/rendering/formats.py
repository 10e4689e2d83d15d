"""Indonesian formatting of numbers, money and dates, through Babel's CLDR data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

from ..records.fields import DataText

LOCALE = "id_ID"

# Indonesian scale words; Babel's compact format abbreviates ("1,5 M"), and a
# planning document writes them out.
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))


def _grouped(value: int) -> str:
    """An integer with Indonesian thousands separators, exactly as Babel writes it for id_ID
    (tests/test_templates.py compares the two). Babel takes about 30 µs a number; the
    tables of 100x data print 50 000 of them."""
    return format(value, ",").replace(",", ".")


def angka(value: float | int | Decimal, digits: int | None = None) -> str:
    """12345.6 -> '12.345,6'; ``digits`` fixes the number of decimals."""
    if type(value) is int and not digits:
        return _grouped(value)
    if digits is None:
        return format_decimal(value, locale=LOCALE)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


def rupiah(value: int) -> str:
    """1250000000 -> 'Rp1.250.000.000' (no space, as in EYD)."""
    if type(value) is int:
        return "Rp" + _grouped(value)
    return "Rp" + format_decimal(value, format="#,##0", locale=LOCALE)


def ringkas(value: int | float) -> str:
    """1500000000 -> '1,5 miliar'; small values are written in full."""
    for size, word in _SCALES:
        if abs(value) >= size:
            return f"{format_decimal(round(value / size, 2), format='#,##0.##', locale=LOCALE)} {word}"
    return angka(value)


def rupiah_ringkas(value: int) -> str:
    """1500000000 -> 'Rp1,5 miliar'."""
    return "Rp" + ringkas(value)


def tanggal(value: date) -> str:
    """date(2023, 8, 1) -> '1 Agustus 2023'."""
    return format_date(value, format="d MMMM y", locale=LOCALE)


def persen(value: float | int, digits: int = 1) -> str:
    """5.03 -> '5,03%' with exactly ``digits`` decimals, so a column reads alike (81 -> '81,0%')."""
    return angka(value, digits) + "%"


def desimal(values: object) -> int:
    """The most decimals any of ``values`` needs (2.6 and 3 -> 1), to print a series alike."""
    most = 0
    for value in values if isinstance(values, (list, tuple)) else [values]:
        if isinstance(value, float) and not value.is_integer():
            most = max(most, len(repr(value).split(".")[1]))
    return most


def awal_kecil(text: str) -> str:
    """'Laporan Dinkes' -> 'laporan Dinkes' inside a sentence; 'SP4N-LAPOR! ...' stays as it is.
    Text from data/ stays ``DataText``, so a chapter still prints it literally."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        lowered = text[0].lower() + text[1:]
        return DataText(lowered) if isinstance(text, DataText) else lowered
    return text


# --- numbers in words (EYD V) ---------------------------------------------------------

_ONES = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_GROUPS = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))


def kata_bilangan(n: int) -> list[str]:
    """The Indonesian words of a whole number ≥ 0: 12 -> ['dua', 'belas'], 1100 -> ['seribu', 'seratus']."""
    if n < 0:
        raise ValueError(n)
    if n < 10:
        return [_ONES[n]]
    if n < 20:
        return {10: ["sepuluh"], 11: ["sebelas"]}.get(n) or [_ONES[n - 10], "belas"]
    if n < 100:
        tens, rest = divmod(n, 10)
        return [_ONES[tens], "puluh"] + (kata_bilangan(rest) if rest else [])
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = ["seratus"] if hundreds == 1 else [_ONES[hundreds], "ratus"]
        return head + (kata_bilangan(rest) if rest else [])
    for size, name in _GROUPS:
        if n >= size:
            count, rest = divmod(n, size)
            head = ["seribu"] if size == 1000 and count == 1 else [*kata_bilangan(count), name]
            return head + (kata_bilangan(rest) if rest else [])
    raise AssertionError(n)  # pragma: no cover - every n ≥ 1000 has a group


def terbilang(value: int) -> str:
    """A count in running text as EYD V writes it: in words when one or two words say it
    (7 -> 'tujuh', 12 -> 'dua belas', 200 -> 'dua ratus'), in figures otherwise (46 -> '46',
    1250 -> '1.250'). Measurements, money, years and figures in tables keep their digits."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TypeError(f"terbilang: bilangan bulat ≥ 0 diharapkan, bukan {value!r}")
    words = kata_bilangan(value)
    return " ".join(words) if len(words) <= 2 else angka(value)


def terbilang_perincian(value: int, *semua: int) -> str:
    """A count that is one of several in one enumeration (EYD V *perincian*): in figures when
    any count of the enumeration (``semua``) needs figures, so the enumeration is uniform;
    otherwise as ``terbilang``. ``{{ 7 | terbilang_perincian(22, 17, 7) }}`` -> '7'."""
    words = terbilang(value)  # the same checks
    return angka(value) if any(len(kata_bilangan(v)) > 2 for v in (value, *semua)) else words


# --- a target with its unit -----------------------------------------------------------

_UNIT_FIRST = ("indeks", "nilai")  # "indeks 74", "nilai IKM 83", not "74 indeks"
_SCALE_WORD = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "triliun": 10**12}


def nilai_satuan(value: float | int, satuan: str, digits: int | None = None) -> str:
    """A figure with its unit as a sentence reads it: 74, 'indeks' -> 'indeks 74';
    83, 'nilai IKM, skala 25–100' -> 'nilai IKM 83, skala 25–100'; 3000, 'juta rupiah per
    tahun' -> 'Rp3 miliar per tahun'; 60, 'persen' -> '60 persen'."""
    number = angka(value, digits)
    head, sep, rest = satuan.partition(",")
    if not sep:
        head, sep, rest = satuan.partition(" (")
        rest = rest.removesuffix(")")
    first = head.split()[:1]  # none when the unit starts with its comma
    if first and first[0] in _UNIT_FIRST:
        return f"{head.strip()} {number}" + (f", {rest.strip()}" if rest.strip() else "")
    words = satuan.split()
    if len(words) >= 2 and words[0] in _SCALE_WORD and words[1] == "rupiah":
        tail = " ".join(words[2:])
        return rupiah_ringkas(round(value * _SCALE_WORD[words[0]])) + (f" {tail}" if tail else "")
    if words[:1] == ["rupiah"]:
        return rupiah_ringkas(round(value)) + (" " + " ".join(words[1:]) if len(words) > 1 else "")
    return f"{number} {satuan}"
