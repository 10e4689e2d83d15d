"""Typed, frozen records of the masterplan data: one module, and one root model, per file in data/.

YAML keys are Indonesian because editors write them; the models mirror them one to one.
Checks that need more than one record (references, unique ids, years inside the plan
period) live in ``records.rules``.
"""

from __future__ import annotations

from .analisis import AnalisisDimensi, AnalisisFile, Fakta, IsuStrategis
from .base import DataFile, Record
from .dimensi import Dimensi, DimensiFile, Elemen
from .glosarium import GlosariumFile, Istilah
from .kesiapan import (
    AspekKesiapan,
    ButirSwot,
    ElemenKesiapan,
    JenisAksi,
    Kesenjangan,
    KesiapanFile,
    PenilaianKesiapan,
    RencanaAksi,
    Swot,
    TingkatKesiapan,
)
from .kota import (
    Bersumber,
    DasarPembentukan,
    Dokumen,
    Identitas,
    Kecamatan,
    Kota,
    KotaFile,
    Penduduk,
    PendudukKecamatan,
    Revisi,
    Statistik,
    StatusDokumen,
)
from .opd import Opd, OpdFile
from .plans import KegiatanTahunan, KriteriaPrioritas, PenilaianPrioritas, TingkatSkor
from .program import Indikator, Jangka, JenisIndikator, Pemberi, Program, ProgramFile, StatusProgram, SumberDana
from .regulasi import CaraPencocokan, KelompokRegulasi, Perubahan, Regulasi, RegulasiFile
from .rujukan import Rujukan, RujukanFile
from .sources import Baseline, Pengukuran, StatusBaseline, Sumber, Tautan
from .tata_kelola import Anggota, Kegiatan, Lembaga, PihakLain, Raci, TataKelolaFile
from .visi import Acuan, Iku, MaknaVisi, Misi, Sasaran, Strategi, Tujuan, Visi, VisiFile

__all__ = [
    "Acuan",
    "AnalisisDimensi",
    "AnalisisFile",
    "Anggota",
    "AspekKesiapan",
    "Baseline",
    "Bersumber",
    "ButirSwot",
    "CaraPencocokan",
    "DasarPembentukan",
    "DataFile",
    "Dimensi",
    "DimensiFile",
    "Dokumen",
    "Elemen",
    "ElemenKesiapan",
    "Fakta",
    "GlosariumFile",
    "Identitas",
    "Iku",
    "Indikator",
    "Istilah",
    "IsuStrategis",
    "Jangka",
    "JenisAksi",
    "JenisIndikator",
    "Kecamatan",
    "Kegiatan",
    "KegiatanTahunan",
    "KelompokRegulasi",
    "Kesenjangan",
    "KesiapanFile",
    "Kota",
    "KotaFile",
    "KriteriaPrioritas",
    "Lembaga",
    "MaknaVisi",
    "Misi",
    "Opd",
    "OpdFile",
    "Pemberi",
    "Penduduk",
    "PendudukKecamatan",
    "Pengukuran",
    "PenilaianKesiapan",
    "PenilaianPrioritas",
    "Perubahan",
    "PihakLain",
    "Program",
    "ProgramFile",
    "Raci",
    "Record",
    "Regulasi",
    "RegulasiFile",
    "RencanaAksi",
    "Revisi",
    "Rujukan",
    "RujukanFile",
    "Sasaran",
    "Statistik",
    "StatusBaseline",
    "StatusDokumen",
    "StatusProgram",
    "Strategi",
    "Sumber",
    "SumberDana",
    "Swot",
    "TataKelolaFile",
    "Tautan",
    "TingkatKesiapan",
    "TingkatSkor",
    "Tujuan",
    "Visi",
    "VisiFile",
]
