"""Likely mistakes that do not stop the build: told as warnings (``DataWarning``).

- Two programmes of the same element with nearly the same name: often one programme
  proposed twice. Silenced for a pair when either programme lists the other in
  ``nama_mirip`` (those ids must exist: an error otherwise, through ``check``).
- A budget year about 10, 100 or 1000 times the programme's other years: a zero too
  many or too few.

``warnings(data)`` is called by the loader once the data is valid; ``make check`` and
``make build`` print the warnings without failing.
"""

from __future__ import annotations

import difflib
import math
import re
import statistics
from collections.abc import Iterable

from .. import models
from ..dataset import Data
from ..errors import DataWarning
from ..validation import field_label, record_label
from ..yaml_source import Location
from .reporter import Reporter

# words that say nothing about what a programme does
_STOP_WORDS = frozenset(
    ["dan", "di", "ke", "dari", "untuk", "yang", "serta", "bagi", "pada", "dengan", "dalam", "atau", "oleh"]
)
_WORD = re.compile(r"[^\W\d_]+|\d+")
# two names are "nearly the same" when they share at least two words and three quarters of
# the shorter name's words, or when they differ only by a typo; no pair in the real data
# comes close (highest word overlap in one element: 0.4)
SHARED_WORDS = 2
WORD_OVERLAP = 0.75
SPELLING = 0.85
# a year's budget against the median of the programme's other years: at least 5x larger or
# smaller, and near a power of ten in log10 (5x-20x, 50x-200x, ...), since the years of one
# programme differ by up to about 2x on purpose; no programme in the real data differs by 5x
MAGNITUDE = 5
NEAR_POWER_OF_TEN = 0.3


def check(report: Reporter, data: Data) -> None:
    """Errors: ``nama_mirip`` names programmes that exist."""
    programmes = report.ids("program", "program", lambda: data.program)
    for rec, p in report.records("program", "program", lambda: data.program):
        if not rec.present("nama_mirip"):
            continue
        for j, other in enumerate(p.nama_mirip):
            if not rec.sound(("nama_mirip", j)):
                continue
            if rec.sound("id") and other == p.id:
                rec.error(("nama_mirip", j), "program tidak perlu menyebut dirinya sendiri")
            else:
                rec.known(("nama_mirip", j), other, programmes, "program", "data/program.yml")


def warnings(data: Data) -> list[DataWarning]:
    return [*_similar_names(data), *_magnitudes(data)]


def _warning(data: Data, loc: Location, message: str) -> DataWarning:
    source = data.sources["program"]
    record, rest = record_label(source, loc, models.ProgramFile.LISTS)
    return DataWarning(source.name, source.line_of(loc), record, field_label(rest), message)


def _words(name: str) -> set[str]:
    return {word for word in _WORD.findall(name.casefold()) if word not in _STOP_WORDS}


def similar(a: str, b: str) -> bool:
    """Names of two programmes that probably describe the same thing."""
    first, second = _words(a), _words(b)
    if first and second:
        shared = len(first & second)
        if shared >= SHARED_WORDS and shared / min(len(first), len(second)) >= WORD_OVERLAP:
            return True
    # a typo changes one word: compare the spelling only then (cheap enough for 100x data)
    return len(first ^ second) <= 2 and difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= SPELLING


def _similar_names(data: Data) -> Iterable[DataWarning]:
    """One warning per programme: the first earlier programme of its element with a similar name."""
    index = {p.id: i for i, p in enumerate(data.program)}
    by_element: dict[str, list[models.Program]] = {}
    for p in data.program:
        by_element.setdefault(p.elemen, []).append(p)
    for programmes in by_element.values():
        for position, second in enumerate(programmes):
            for first in programmes[:position]:
                if second.id in first.nama_mirip or first.id in second.nama_mirip:
                    continue
                if similar(first.nama, second.nama):
                    yield _similar_warning(data, first, second, index)
                    break


def _similar_warning(data: Data, first: models.Program, second: models.Program, index: dict[str, int]) -> DataWarning:
    line = data.sources["program"].line_of(("program", index[first.id], "nama"))
    return _warning(
        data,
        ("program", index[second.id], "nama"),
        f"nama '{second.nama}' sangat mirip dengan program {first.id} '{first.nama}' (baris {line}) di elemen "
        f"'{second.elemen}' yang sama; bila ini program yang sama, gabungkan keduanya; bila memang berbeda, tulis "
        f"'nama_mirip: [{first.id}]' di program {second.id}",
    )


def _magnitudes(data: Data) -> Iterable[DataWarning]:
    for i, p in enumerate(data.program):
        years = {year: value for year, value in sorted(p.anggaran.items()) if value > 0}
        if len(years) < 2:
            continue
        if len(years) == 2:  # which of the two is wrong cannot be told: one warning for the pair
            (low_year, low), (high_year, high) = sorted(years.items(), key=lambda item: item[1])
            ratio = high / low
            if _off_by_zeros(ratio):
                yield _warning(
                    data,
                    ("program", i, "anggaran", high_year),
                    f"anggaran {high_year} ({_rupiah(high)}) sekitar {_times(ratio)} kali anggaran {low_year} "
                    f"({_rupiah(low)}); periksa apakah salah satunya kelebihan atau kekurangan angka nol",
                )
            continue
        for year, value in years.items():
            median = statistics.median(v for y, v in years.items() if y != year)
            ratio = value / median
            if _off_by_zeros(ratio):
                much = "lebih besar" if ratio > 1 else "lebih kecil"
                factor = ratio if ratio > 1 else 1 / ratio
                yield _warning(
                    data,
                    ("program", i, "anggaran", year),
                    f"anggaran {year} ({_rupiah(value)}) sekitar {_times(factor)} kali {much} daripada tahun lain "
                    f"program ini (nilai tengah {_rupiah(round(median))}); periksa apakah kelebihan atau kekurangan "
                    "angka nol",
                )


def _off_by_zeros(ratio: float) -> bool:
    if ratio <= 0:
        return False
    factor = ratio if ratio >= 1 else 1 / ratio
    power = math.log10(factor)
    return factor >= MAGNITUDE and abs(power - round(power)) <= NEAR_POWER_OF_TEN


def _times(factor: float) -> str:
    return f"{10 ** round(math.log10(factor)):,}".replace(",", ".")


def _rupiah(value: int) -> str:
    return "Rp" + f"{value:,}".replace(",", ".")
