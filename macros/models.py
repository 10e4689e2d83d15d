"""Typed, frozen records of the masterplan data (one root model per file in data/).

YAML keys are Indonesian because editors write them; the models mirror them one to
one. Checks that need more than one record (references, unique ids, years inside the
plan period) live in ``checks.py``.
"""
from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from .types import Angka, BilanganBulat, Kode, Tahun, Tanggal, Teks, Warna

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


class PendudukKecamatan(Record):
    tahun: Tahun
    jumlah: BilanganBulat
    sumber: Teks


class Kecamatan(Record):
    id: Kode
    nama: Teks
    jumlah_kelurahan: BilanganBulat
    jumlah_desa: BilanganBulat
    sumber: Teks
    penduduk: PendudukKecamatan | None = None


class Penduduk(Record):
    tahun: Tahun
    jumlah: BilanganBulat
    keterangan: Teks
    sumber: Teks


class Statistik(Record):
    """A sourced city figure of one year, e.g. the poverty rate."""

    id: Kode
    nama: Teks
    tahun: Tahun
    nilai: Angka
    satuan: Teks
    sumber: Teks


class Identitas(Record):
    """How the website shows the city: colours (light scheme) and an optional logo in docs/."""

    warna_utama: Warna
    warna_aksen: Warna
    logo: Teks | None = None


class Kota(Record):
    nama: Teks
    provinsi: Teks
    dasar_pembentukan: DasarPembentukan
    luas: Bersumber
    kecamatan: list[Kecamatan] = Field(min_length=1)
    penduduk: list[Penduduk] = Field(min_length=1)
    statistik: list[Statistik] = []
    identitas: Identitas | None = None


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


# --- kesiapan.yml -----------------------------------------------------------

ElemenKesiapan = Literal["struktur", "infrastruktur", "suprastruktur"]


class TingkatKesiapan(Record):
    tingkat: Teks
    skor_minimal: Angka
    uraian: Teks


class PenilaianKesiapan(Record):
    id: ElemenKesiapan
    nama: Teks
    cakupan: Teks
    skor: Angka
    temuan: list[Teks] = Field(min_length=1)
    kesenjangan: list[Teks] = Field(min_length=1)


class ButirSwot(Record):
    uraian: Teks
    elemen: ElemenKesiapan


class Swot(Record):
    kekuatan: list[ButirSwot] = Field(min_length=1)
    kelemahan: list[ButirSwot] = Field(min_length=1)
    peluang: list[ButirSwot] = Field(min_length=1)
    ancaman: list[ButirSwot] = Field(min_length=1)


class KesiapanFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {"elemen": "elemen kesiapan", "skala": "tingkat kesiapan"}
    sifat_penilaian: Literal["indikatif"]
    metode: Teks
    sumber_metode: Teks
    skor_maksimal: Angka
    skala: list[TingkatKesiapan] = Field(min_length=1)
    elemen: list[PenilaianKesiapan] = Field(min_length=1)
    swot: Swot

    def tingkat(self, skor: float) -> TingkatKesiapan:
        """The highest level whose lower bound the score reaches (checked to exist)."""
        reached = [t for t in self.skala if skor >= t.skor_minimal]
        return max(reached, key=lambda t: t.skor_minimal) if reached else self.skala[0]


# --- glosarium.yml ----------------------------------------------------------

class Istilah(Record):
    istilah: Teks
    jenis: Literal["singkatan", "istilah"]
    arti: Teks


class GlosariumFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {"istilah": "istilah"}
    istilah: list[Istilah] = Field(min_length=1)


# --- tata_kelola.yml --------------------------------------------------------

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


# --- visi.yml ---------------------------------------------------------------

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


class Strategi(Record):
    dimensi: Kode
    uraian: Teks
    arah: list[Teks] = Field(min_length=1)


class Iku(Record):
    id: Kode
    nama: Teks
    dimensi: Kode
    satuan: Teks
    target: dict[Tahun, Angka] = Field(min_length=1)


class VisiFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {"acuan": "acuan", "misi": "misi", "strategi": "strategi", "iku": "IKU"}
    acuan: list[Acuan] = Field(min_length=1)
    visi: Visi
    misi: list[Misi] = Field(min_length=1)
    strategi: list[Strategi] = Field(min_length=1)
    iku: list[Iku] = Field(min_length=1)


# --- rujukan.yml ------------------------------------------------------------

class Rujukan(Record):
    id: Kode
    sitasi: Teks
    penulis: Teks
    uraian: Teks
    terbitan: Teks
    tahun: Tahun | None = None


class RujukanFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {"rujukan": "rujukan"}
    rujukan: list[Rujukan] = Field(min_length=1)
