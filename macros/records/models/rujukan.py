"""Records of data/rujukan.yml."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from ..fields import Kode, Tahun, Tanggal, Teks
from .base import DataFile, Record
from .sources import Tautan


class Rujukan(Record):
    id: Kode
    sitasi: Teks
    penulis: Teks
    uraian: Teks
    terbitan: Teks
    # every source carries its year, and its day where known: records.rules.sources keeps
    # out anything published after the document's own date
    tahun: Tahun
    tanggal: Tanggal | None = None
    tautan: Tautan | None = None


class RujukanFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {"rujukan": "rujukan"}
    rujukan: list[Rujukan] = Field(min_length=1)
