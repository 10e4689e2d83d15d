"""Records of data/tata_kelola.yml."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from ..fields import Kode, Teks
from .base import DataFile, Record

Raci = Literal["R", "A", "C", "I"]


class Anggota(Record):
    jabatan: Teks
    kedudukan: Literal["Ketua", "Wakil Ketua", "Sekretaris", "Anggota"]
    opd: Kode | None = None


class Lembaga(Record):
    id: Kode
    nama: Teks
    singkatan: Teks
    uraian: Teks
    tugas: list[Teks] = Field(min_length=1)
    anggota: list[Anggota] = Field(min_length=1)


class PihakLain(Record):
    id: Kode
    nama: Teks
    singkatan: Teks


class Kegiatan(Record):
    id: Kode
    nama: Teks
    peran: dict[Kode, Raci] = Field(min_length=1)


class TataKelolaFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {"lembaga": "lembaga", "pihak_lain": "pihak", "kegiatan": "kegiatan"}
    dasar_penetapan: Teks
    lembaga: list[Lembaga] = Field(min_length=1)
    pihak_lain: list[PihakLain] = []
    kegiatan: list[Kegiatan] = Field(min_length=1)
