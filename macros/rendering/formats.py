"""Indonesian formatting of numbers, money and dates, through Babel's CLDR data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

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
    """'Laporan Dinkes' -> 'laporan Dinkes' inside a sentence; 'SP4N-LAPOR! ...' stays as it is."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text
