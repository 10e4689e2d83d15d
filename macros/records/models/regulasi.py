"""Records of data/regulasi.yml."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from ..fields import Kode, Tahun, Teks
from .base import DataFile, Record


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
