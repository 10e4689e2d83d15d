"""Typed, frozen records of the masterplan data (one root model per file in data/).

YAML keys are Indonesian because editors write them; the models mirror them one to
one. Checks that need more than one record (references, unique ids, years inside the
plan period) live in ``checks.py``.
"""
from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from .types import Angka, BilanganBulat, Kode, Tahun, Tanggal, Teks

StatusDokumen = Literal["draf", "final"]
Jangka = Literal["pendek", "menengah", "panjang"]
SumberDana = Literal["APBD", "APBD Provinsi", "APBN/DAK", "CSR", "KPBU", "Hibah"]
StatusProgram = Literal["usulan", "persiapan", "berjalan", "selesai"]
JenisIndikator = Literal["output", "outcome"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DataFile(Record):
    """Root of one data file. ``LISTS`` names its record lists and the noun for one record."""

    LISTS: ClassVar[dict[str, str]] = {}


# --- kota.yml ---------------------------------------------------------------

class Revisi(Record):
    versi: Teks
    tanggal: Tanggal
    uraian: Teks


class Dokumen(Record):
    judul: Teks
    slug: Kode
    penyusun: Teks
    periode_mulai: Tahun
    periode_selesai: Tahun
    versi: Teks
    status: StatusDokumen
    tanggal: Tanggal
    lisensi: Teks
    riwayat: list[Revisi] = Field(min_length=1)


class Bersumber(Record):
    """A figure taken from a source."""

    nilai: Angka
    satuan: Teks
    sumber: Teks
    catatan: Teks | None = None


class DasarPembentukan(Record):
    regulasi: Kode
    tanggal: Tanggal
    sumber: Teks


class Kecamatan(Record):
    id: Kode
    nama: Teks
    jumlah_kelurahan: BilanganBulat
    jumlah_desa: BilanganBulat
    sumber: Teks


class Penduduk(Record):
    tahun: Tahun
    jumlah: BilanganBulat
    keterangan: Teks
    sumber: Teks


class Kota(Record):
    nama: Teks
    provinsi: Teks
    dasar_pembentukan: DasarPembentukan
    luas: Bersumber
    kecamatan: list[Kecamatan] = Field(min_length=1)
    penduduk: list[Penduduk] = Field(min_length=1)


class KotaFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {}
    dokumen: Dokumen
    kota: Kota


# --- dimensi.yml ------------------------------------------------------------

class Elemen(Record):
    id: Kode
    nama: Teks
    uraian: Teks


class Dimensi(Record):
    id: Kode
    nama: Teks
    nama_indonesia: Teks
    uraian: Teks
    elemen: list[Elemen] = Field(min_length=1)


class DimensiFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {"dimensi": "dimensi"}
    dimensi: list[Dimensi] = Field(min_length=1)


# --- opd.yml ----------------------------------------------------------------

class Opd(Record):
    id: Kode
    singkatan: Teks
    nama: Teks


class OpdFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {"opd": "OPD"}
    opd: list[Opd] = Field(min_length=1)


# --- regulasi.yml -----------------------------------------------------------

class Regulasi(Record):
    id: Kode
    jenis: Teks
    nomor: Teks
    tahun: Tahun
    judul: Teks
    sumber: Teks


class RegulasiFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {"regulasi": "regulasi"}
    regulasi: list[Regulasi] = Field(min_length=1)


# --- program.yml ------------------------------------------------------------

class Indikator(Record):
    nama: Teks
    jenis: JenisIndikator = "output"
    satuan: Teks
    baseline: Angka
    target: dict[Tahun, Angka] = Field(min_length=1)
    sumber_verifikasi: Teks


class Program(Record):
    id: Kode
    nama: Teks
    uraian: Teks
    dimensi: Kode
    elemen: Kode
    opd_pengampu: Kode
    opd_pendukung: list[Kode] = []
    jangka: Jangka
    tahun_mulai: Tahun
    tahun_selesai: Tahun
    anggaran: dict[Tahun, BilanganBulat] = Field(min_length=1)
    # percent share of each funding source, summing to 100 (checked in checks.py);
    # rupiah per source are computed from it in ``pembiayaan.py``
    sumber_dana: dict[SumberDana, BilanganBulat] = Field(min_length=1)
    quick_win: bool = False
    ruang_lingkup: Teks | None = None
    risiko: list[Teks] = []
    indikator: list[Indikator] = Field(min_length=1)
    status: StatusProgram

    @property
    def total_anggaran(self) -> int:
        return sum(self.anggaran.values())


class ProgramFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {"program": "program"}
    sifat_angka: Literal["indikatif"]
    keterangan: Teks
    program: list[Program] = Field(min_length=1)
