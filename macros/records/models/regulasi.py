"""Records of data/regulasi.yml."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from ..fields import Kode, Tahun, Tanggal, Teks
from .base import DataFile, Record
from .sources import Tautan

KelompokRegulasi = Literal["dasar", "pijakan"]
"""dasar: basis for drafting the masterplan; pijakan: what particular programmes rest on."""

CaraPencocokan = Literal["jdih", "naskah", "kutipan", "sekunder"]
"""Where the title (and day) was checked: the issuer's legal database (JDIH), a copy of the
regulation's text, a citation in another regulation, or a secondary source (news, a list)."""


class Perubahan(Record):
    """How the regulation is cited with its amendment: the connecting phrase, copied from an
    official citation, and the id of the last amending regulation in data/regulasi.yml."""

    frasa: Teks
    regulasi: Kode


class Regulasi(Record):
    id: Kode
    jenis: Teks
    nomor: Teks
    tahun: Tahun
    # the full title as the issuer's legal database (JDIH) publishes it, after "tentang"
    judul: Teks
    # where the title was checked (rules.legal_sources) and, in words, which page or copy
    dicocokkan: CaraPencocokan
    sumber: Teks
    # day of enactment where verified; without it the year alone is checked against the document date
    ditetapkan: Tanggal | None = None
    tautan: Tautan | None = None
    kelompok: KelompokRegulasi | None = None
    perubahan: Perubahan | None = None


class RegulasiFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {"regulasi": "regulasi"}
    regulasi: list[Regulasi] = Field(min_length=1)
