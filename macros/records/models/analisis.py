"""Records of data/analisis.yml: per dimension, the current condition (sourced facts), the
strategic issues that programmes answer, and why these programmes come first."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from ..fields import Kode, Teks
from .base import DataFile, Record
from .plans import PenilaianPrioritas


class Fakta(Record):
    """A fact about the city, with what states it: references (ids in data/rujukan.yml)
    or regulations (ids in data/regulasi.yml); at least one (records.rules.traceability)."""

    uraian: Teks
    rujukan: list[Kode] = []
    regulasi: list[Kode] = []


class IsuStrategis(Record):
    id: Kode
    uraian: Teks


class AnalisisDimensi(Record):
    id: Kode  # the dimension's id in data/dimensi.yml
    kondisi: list[Fakta] = Field(min_length=1)
    isu: list[IsuStrategis] = Field(min_length=1)
    prioritas: Teks


class AnalisisFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {"dimensi": "analisis dimensi"}
    dimensi: list[AnalisisDimensi] = Field(min_length=1)
    # the criteria on which every programme is scored (data/program.yml skor_prioritas)
    penilaian_prioritas: PenilaianPrioritas | None = None
