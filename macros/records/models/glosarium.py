"""Records of data/glosarium.yml."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from ..fields import Teks
from .base import DataFile, Record


class Istilah(Record):
    istilah: Teks
    jenis: Literal["singkatan", "istilah"]
    arti: Teks


class GlosariumFile(DataFile):
    LISTS: ClassVar[dict[str, str]] = {"istilah": "istilah"}
    istilah: list[Istilah] = Field(min_length=1)
