"""Records of data/visi.yml."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from ..fields import Angka, Kode, Tahun, Teks
from .base import DataFile, Record
from .sources import Baseline


class Acuan(Record):
    id: Kode
    dokumen: Teks
    visi: Teks | None = None
    keterangan: Teks | None = None
    sumber: Teks


class MaknaVisi(Record):
    frasa: Teks
    uraian: Teks


class Visi(Record):
    rumusan: Teks
    selaras_dengan: Kode
    makna: list[MaknaVisi] = Field(min_length=1)


class Misi(Record):
    id: Kode
    uraian: Teks
    dimensi: list[Kode] = Field(min_length=1)


class Sasaran(Record):
    """A target under a goal, measured by key indicators (ids in ``iku``)."""

    id: Kode
    uraian: Teks
    iku: list[Kode] = Field(min_length=1)


class Tujuan(Record):
    """A goal of one mission; the chain Misi -> Tujuan -> Sasaran -> IKU (records.rules.goals)."""

    id: Kode
    misi: Kode
    uraian: Teks
    sasaran: list[Sasaran] = Field(min_length=1)


class Strategi(Record):
    dimensi: Kode
    uraian: Teks
    arah: list[Teks] = Field(min_length=1)


class Iku(Record):
    """A key indicator. One that restates a programme indicator names it in ``indikator`` and
    takes its unit, baseline and targets from there (records.rules.indicators)."""

    id: Kode
    nama: Teks
    dimensi: Kode
    indikator: Kode | None = None
    satuan: Teks | None = None
    baseline: Baseline | None = None
    target: dict[Tahun, Angka] = {}
    # who measures, and how, the years an IKU targets after its programme indicator ends
    pengukuran_lanjutan: Teks | None = None


class VisiFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {
        "acuan": "acuan",
        "misi": "misi",
        "tujuan": "tujuan",
        "strategi": "strategi",
        "iku": "IKU",
    }
    acuan: list[Acuan] = Field(min_length=1)
    visi: Visi
    misi: list[Misi] = Field(min_length=1)
    # optional for a city that has not drafted goals yet; once written, the chain is checked
    tujuan: list[Tujuan] = []
    strategi: list[Strategi] = Field(min_length=1)
    iku: list[Iku] = Field(min_length=1)
