"""Named figures for the chapters: every number a chapter states is computed here and
registered by the adapter, so a chapter holds words and names only (``{{ angka.total_anggaran }}``),
never arithmetic (tests/test_chapter_lint.py)."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import models
from ..records.dataset import Data
from .budget import Rekap

ANCHOR_SOURCE = "APBD"


@dataclass(frozen=True)
class Angka:
    """The plan's counts, totals and shares, each under the name a chapter uses."""

    jumlah_program: int
    jumlah_dimensi: int
    jumlah_elemen: int
    jumlah_quick_win: int
    jumlah_quick_win_jangka_pendek: int
    jumlah_misi: int
    jumlah_strategi: int
    jumlah_iku: int
    jumlah_indikator: int
    jumlah_kecamatan: int
    jumlah_kelurahan: int
    jumlah_desa: int
    jumlah_elemen_kesiapan: int
    jumlah_tingkat_kesiapan: int
    jumlah_versi: int
    jumlah_regulasi: int
    jumlah_kesenjangan: int
    jumlah_isu: int
    jumlah_rencana_aksi: int
    lama_periode: int
    tahun_akhir_jangka_pendek: int
    total_anggaran: int
    anggaran_quick_win: int
    porsi_anggaran_quick_win: float
    anggaran_apbd: int
    porsi_apbd: float
    anggaran_non_apbd: int
    rata_rata_anggaran_tahunan: int
    tahun_puncak: int
    anggaran_tahun_puncak: int
    rata_rata_skor_kesiapan: float
    tingkat_rata_rata_kesiapan: str
    pertambahan_penduduk: int
    laju_penduduk: float


@dataclass(frozen=True)
class KesiapanRingkas:
    """One readiness element with its level, flat for a sentence."""

    id: str
    nama: str
    cakupan: str
    skor: float
    tingkat: str
    kesenjangan_utama: str


@dataclass(frozen=True)
class QuickWinRingkas:
    nama: str
    dimensi: str
    opd: str
    tahun: str


@dataclass(frozen=True)
class LembagaRingkas:
    nama: str
    uraian: str
    ketua: str
    jumlah_anggota: int


def _share(part: int, whole: int) -> float:
    return 100 * part / whole if whole else 0.0


def sensus(data: Data) -> tuple[models.Penduduk, models.Penduduk]:
    """The first and the last census figure (``keterangan`` starting with "Sensus")."""
    counts = sorted((p for p in data.kota.penduduk if p.keterangan.startswith("Sensus")), key=lambda p: p.tahun)
    if not counts:
        counts = sorted(data.kota.penduduk, key=lambda p: p.tahun)
    return counts[0], counts[-1]


def penduduk_terakhir(data: Data) -> models.Penduduk:
    return max(data.kota.penduduk, key=lambda p: p.tahun)


def kesiapan_ringkas(data: Data) -> list[KesiapanRingkas]:
    """Each readiness element with its main gap: the one most programmes and actions answer
    (the first of those in data order on a tie)."""
    file = data.kesiapan
    answers: dict[str, int] = {}
    answered = [ident for p in data.program for ident in p.menjawab]
    answered += [ident for a in file.rencana_aksi for ident in a.menjawab]
    for ident in answered:
        answers[ident] = answers.get(ident, 0) + 1
    rows = []
    for e in file.elemen:
        main = max(e.kesenjangan, key=lambda k: answers.get(k.id, 0))  # max keeps the first of equals
        rows.append(KesiapanRingkas(e.id, e.nama, e.cakupan, e.skor, file.tingkat(e.skor).tingkat, main.uraian))
    return rows


def quick_win_ringkas(data: Data) -> list[QuickWinRingkas]:
    rows = []
    for p in data.program_of(quick_win=True):
        tahun = str(p.tahun_mulai) if p.tahun_selesai == p.tahun_mulai else f"{p.tahun_mulai}–{p.tahun_selesai}"
        rows.append(
            QuickWinRingkas(p.nama, data.dimensi_by_id[p.dimensi].nama, data.opd_by_id[p.opd_pengampu].singkatan, tahun)
        )
    return rows


def lembaga_ringkas(data: Data) -> list[LembagaRingkas]:
    rows = []
    for lembaga in data.tata_kelola.lembaga:
        ketua = next((a.jabatan for a in lembaga.anggota if a.kedudukan == "Ketua"), "")
        rows.append(LembagaRingkas(lembaga.nama, lembaga.uraian, ketua, len(lembaga.anggota)))
    return rows


def angka(data: Data, rekap: Rekap) -> Angka:
    doc = data.dokumen
    program = data.program
    quick_win = [p for p in program if p.quick_win]
    years = doc.periode_selesai - doc.periode_mulai + 1
    total = rekap.total
    apbd = rekap.per_sumber(ANCHOR_SOURCE)
    skor = [e.skor for e in data.kesiapan.elemen]
    rata_rata = sum(skor) / len(skor)
    awal, akhir = sensus(data)
    span = akhir.tahun - awal.tahun
    laju = 100 * ((akhir.jumlah / awal.jumlah) ** (1 / span) - 1) if span > 0 and awal.jumlah else 0.0
    anggaran_qw = sum(p.total_anggaran for p in quick_win)
    return Angka(
        jumlah_program=len(program),
        jumlah_dimensi=len(data.dimensi),
        jumlah_elemen=len(data.elemen_by_id),
        jumlah_quick_win=len(quick_win),
        jumlah_quick_win_jangka_pendek=sum(1 for p in quick_win if p.jangka == "pendek"),
        jumlah_misi=len(data.visi.misi),
        jumlah_strategi=len(data.visi.strategi),
        jumlah_iku=len(data.visi.iku),
        jumlah_indikator=sum(len(p.indikator) for p in program),
        jumlah_kecamatan=len(data.kota.kecamatan),
        jumlah_kelurahan=sum(k.jumlah_kelurahan for k in data.kota.kecamatan),
        jumlah_desa=sum(k.jumlah_desa for k in data.kota.kecamatan),
        jumlah_elemen_kesiapan=len(data.kesiapan.elemen),
        jumlah_tingkat_kesiapan=len(data.kesiapan.skala),
        jumlah_versi=len(doc.riwayat),
        jumlah_regulasi=len(data.regulasi),
        jumlah_kesenjangan=len(data.kesenjangan_by_id),
        jumlah_isu=len(data.isu_by_id),
        jumlah_rencana_aksi=len(data.kesiapan.rencana_aksi),
        lama_periode=years,
        tahun_akhir_jangka_pendek=doc.periode_mulai + 1,
        total_anggaran=total,
        anggaran_quick_win=anggaran_qw,
        porsi_anggaran_quick_win=_share(anggaran_qw, total),
        anggaran_apbd=apbd,
        porsi_apbd=_share(apbd, total),
        anggaran_non_apbd=total - apbd,
        rata_rata_anggaran_tahunan=total // years,
        tahun_puncak=rekap.tahun_puncak,
        anggaran_tahun_puncak=rekap.per_tahun(rekap.tahun_puncak),
        rata_rata_skor_kesiapan=rata_rata,
        tingkat_rata_rata_kesiapan=data.kesiapan.tingkat(rata_rata).tingkat,
        pertambahan_penduduk=akhir.jumlah - awal.jumlah,
        laju_penduduk=laju,
    )
