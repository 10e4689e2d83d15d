"""Records of data/rujukan.yml."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from ..fields import Kode, Tahun, Teks
from .base import DataFile, Record


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
