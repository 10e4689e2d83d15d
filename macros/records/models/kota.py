"""Records of data/kota.yml."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from ..fields import Angka, BilanganBulat, Kode, Tahun, Tanggal, Teks, Warna
from .base import DataFile, Record
from .sources import Baseline, Sumber

StatusDokumen = Literal["draf", "final"]


class Revisi(Record):
    """One version: its day where it is recorded, otherwise when it was made, in words."""

    versi: Teks
    tanggal: Tanggal | None = None
    waktu: Teks | None = None
    uraian: Teks


class Dokumen(Record):
    judul: Teks
    slug: Kode
    penyusun: Teks
    # the position that signs the foreword of the printed review copy (name and signature by hand)
    penanda_tangan: Teks | None = None
    # the signer's name, only as a source dated before the document names the holder of the position
    nama_penanda_tangan: Teks | None = None
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
    """An official city figure of one year (e.g. the poverty rate), with its published source."""

    id: Kode
    nama: Teks
    tahun: Tahun
    nilai: Angka
    satuan: Teks
    sumber: Sumber
    catatan: Teks | None = None


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
    # total regional spending of the latest budget year, to set the plan against (BAB VIII)
    belanja_apbd: Baseline | None = None
    # an earlier year's published spending, for scale while the latest one is not available
    belanja_apbd_terdahulu: Baseline | None = None
    identitas: Identitas | None = None


class KotaFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {}
    dokumen: Dokumen
    kota: Kota
