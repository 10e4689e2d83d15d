"""Records of data/dimensi.yml."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from ..fields import Kode, Teks
from .base import DataFile, Record


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
