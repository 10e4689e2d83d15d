"""Records of data/opd.yml."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from ..fields import Kode, Teks
from .base import DataFile, Record


class Opd(Record):
    id: Kode
    singkatan: Teks
    nama: Teks
    # references (data/rujukan.yml) that use this name, for names that were checked
    rujukan: list[Kode] = []


class OpdFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {"opd": "OPD"}
    opd: list[Opd] = Field(min_length=1)
