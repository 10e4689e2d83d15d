"""Records of data/kesiapan.yml."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from ..fields import Angka, Kode, Tahun, Teks
from .base import DataFile, Record

ElemenKesiapan = Literal["struktur", "infrastruktur", "suprastruktur"]


class TingkatKesiapan(Record):
    tingkat: Teks
    skor_minimal: Angka
    uraian: Teks


class Kesenjangan(Record):
    """One readiness gap; programmes and actions name its id in their ``menjawab``."""

    id: Kode
    uraian: Teks


class AspekKesiapan(Record):
    """One line of the scoring sheet behind an element's score: what was scored and why."""

    id: Kode
    nama: Teks
    skor: Angka
    alasan: Teks


class PenilaianKesiapan(Record):
    id: ElemenKesiapan
    nama: Teks
    cakupan: Teks
    skor: Angka
    # the scoring sheet: the element's score is the mean of these (records.rules.scoring)
    aspek: list[AspekKesiapan] = []
    temuan: list[Teks] = Field(min_length=1)
    kesenjangan: list[Kesenjangan] = Field(min_length=1)


JenisAksi = Literal[
    "Peraturan Wali Kota",
    "Keputusan Wali Kota",
    "Surat Edaran Wali Kota",
    "Standar Operasional Prosedur",
]


class RencanaAksi(Record):
    """A regulation, decision or procedure (not a budgeted programme) that closes a gap."""

    id: Kode
    jenis: JenisAksi
    judul: Teks
    opd_pengampu: Kode
    opd_pendukung: list[Kode] = []
    tahun: Tahun
    menjawab: list[Kode] = []


class ButirSwot(Record):
    uraian: Teks
    elemen: ElemenKesiapan


class Swot(Record):
    kekuatan: list[ButirSwot] = Field(min_length=1)
    kelemahan: list[ButirSwot] = Field(min_length=1)
    peluang: list[ButirSwot] = Field(min_length=1)
    ancaman: list[ButirSwot] = Field(min_length=1)


class KesiapanFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {
        "elemen": "elemen kesiapan",
        "skala": "tingkat kesiapan",
        "rencana_aksi": "rencana aksi",
    }
    sifat_penilaian: Literal["indikatif"]
    metode: Teks
    sumber_metode: Teks
    skor_maksimal: Angka
    skala: list[TingkatKesiapan] = Field(min_length=1)
    elemen: list[PenilaianKesiapan] = Field(min_length=1)
    swot: Swot
    rencana_aksi: list[RencanaAksi] = []

    def tingkat(self, skor: float) -> TingkatKesiapan:
        """The highest level whose lower bound the score reaches (checked to exist)."""
        reached = [t for t in self.skala if skor >= t.skor_minimal]
        return max(reached, key=lambda t: t.skor_minimal) if reached else self.skala[0]
