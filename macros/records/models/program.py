"""Records of data/program.yml."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from ..fields import Angka, BilanganBulat, Kode, KodeProgram, Tahun, Teks
from .base import DataFile, Record
from .plans import KegiatanTahunan
from .sources import Baseline

Jangka = Literal["pendek", "menengah", "panjang"]
SumberDana = Literal["APBD", "APBD Provinsi", "APBN", "APBN/DAK", "CSR", "KPBU", "Hibah"]
StatusProgram = Literal["usulan", "persiapan", "berjalan", "selesai"]
JenisIndikator = Literal["output", "outcome"]


class Pemberi(Record):
    """Who gives a grant or a company's social funds, and the references that name them."""

    nama: Teks
    rujukan: list[Kode] = Field(min_length=1)


class Indikator(Record):
    # an id lets an IKU in data/visi.yml take this indicator's baseline and targets
    id: Kode | None = None
    nama: Teks
    jenis: JenisIndikator = "output"
    satuan: Teks
    # a name for the whole this percentage is a share of (e.g. all waste generated): the
    # shares of one whole may not add up to more than 100 in any year (records.rules.shares)
    bagian_dari: Kode | None = None
    baseline: Baseline
    target: dict[Tahun, Angka] = Field(min_length=1)
    sumber_verifikasi: Teks


class Program(Record):
    id: KodeProgram
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
    # percent share of each funding source, summing to 100 (checked in records.rules);
    # rupiah per source are computed from it in ``figures.budget``
    sumber_dana: dict[SumberDana, BilanganBulat] = Field(min_length=1)
    # why each source other than APBD fits this programme (checked in records.rules.financing)
    alasan_sumber_dana: dict[SumberDana, Teks] = {}
    # who gives each grant or company share, with the references naming them (records.rules.givers)
    pemberi: dict[SumberDana, Pemberi] = {}
    # ids of the readiness gaps (data/kesiapan.yml) and strategic issues (data/analisis.yml)
    # this programme answers (records.rules.traceability)
    menjawab: list[Kode] = []
    # regulations in data/regulasi.yml the programme rests on or must comply with
    regulasi: list[Kode] = []
    quick_win: bool = False
    ruang_lingkup: Teks | None = None
    risiko: list[Teks] = []
    indikator: list[Indikator] = Field(min_length=1)
    # the action plan: activities per year with their output (records.rules.plans)
    kegiatan: list[KegiatanTahunan] = []
    # the drafting team's score on each criterion of data/analisis.yml penilaian_prioritas
    skor_prioritas: dict[Kode, BilanganBulat] = {}
    status: StatusProgram
    # ids of programmes in the same element whose name is meant to be similar to this one's:
    # silences the warning of records.rules.likely_mistakes for that pair
    nama_mirip: list[KodeProgram] = []

    @property
    def total_anggaran(self) -> int:
        return sum(self.anggaran.values())

    @property
    def total_skor_prioritas(self) -> int:
        return sum(self.skor_prioritas.values())


class ProgramFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {"program": "program"}
    sifat_angka: Literal["indikatif"]
    keterangan: Teks
    program: list[Program] = Field(min_length=1)
