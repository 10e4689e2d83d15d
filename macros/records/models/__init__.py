"""Typed, frozen records of the masterplan data: one module, and one root model, per file in data/.

YAML keys are Indonesian because editors write them; the models mirror them one to one.
Checks that need more than one record (references, unique ids, years inside the plan
period) live in ``records.rules``.
"""

from __future__ import annotations

from .base import DataFile, Record
from .dimensi import Dimensi, DimensiFile, Elemen
from .glosarium import GlosariumFile, Istilah
from .kesiapan import ButirSwot, ElemenKesiapan, KesiapanFile, PenilaianKesiapan, Swot, TingkatKesiapan
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
from .program import Indikator, Jangka, JenisIndikator, Program, ProgramFile, StatusProgram, SumberDana
from .regulasi import Regulasi, RegulasiFile
from .rujukan import Rujukan, RujukanFile
from .tata_kelola import Anggota, Kegiatan, Lembaga, PihakLain, Raci, TataKelolaFile
from .visi import Acuan, Iku, MaknaVisi, Misi, Strategi, Visi, VisiFile

__all__ = [
    "Acuan",
    "Anggota",
    "Bersumber",
    "ButirSwot",
    "DasarPembentukan",
    "DataFile",
    "Dimensi",
    "DimensiFile",
    "Dokumen",
    "Elemen",
    "ElemenKesiapan",
    "GlosariumFile",
    "Identitas",
    "Iku",
    "Indikator",
    "Istilah",
    "Jangka",
    "JenisIndikator",
    "Kecamatan",
    "Kegiatan",
    "KesiapanFile",
    "Kota",
    "KotaFile",
    "Lembaga",
    "MaknaVisi",
    "Misi",
    "Opd",
    "OpdFile",
    "Penduduk",
    "PendudukKecamatan",
    "PenilaianKesiapan",
    "PihakLain",
    "Program",
    "ProgramFile",
    "Raci",
    "Record",
    "Regulasi",
    "RegulasiFile",
    "Revisi",
    "Rujukan",
    "RujukanFile",
    "Statistik",
    "StatusDokumen",
    "StatusProgram",
    "Strategi",
    "SumberDana",
    "Swot",
    "TataKelolaFile",
    "TingkatKesiapan",
    "Visi",
    "VisiFile",
]
