"""Where a figure comes from: a published source, or a marked estimate or gap (shared by several files).

An official figure (statistics, indices, evaluation scores) either names the body that
published it (``Sumber``) or says that it is the drafting team's estimate, that the thing
measured does not exist yet, or that it is not available and when and how it will be
measured (``Baseline.status``). ``records.rules.baselines`` checks that one of them is given.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import PlainValidator, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

from ..fields import Angka, Kode, Tahun, Tanggal, Teks
from .base import Record

_URL = re.compile(r"^https?://[^\s<>\"']+$")


def _url(value: Any) -> str:
    if not isinstance(value, str) or not _URL.match(value.strip()):
        raise PydanticCustomError(
            "tautan",
            "harus alamat web lengkap yang diawali https:// atau http:// (contoh: https://jdih.kominfo.go.id/)",
        )
    return value.strip()


Tautan = Annotated[str, PlainValidator(_url), WithJsonSchema({"type": "string", "format": "uri"})]

StatusBaseline = Literal["perkiraan", "belum_ada", "belum_tersedia"]
"""perkiraan: the drafting team's estimate; belum_ada: the service or activity does not exist
yet, so the value is 0; belum_tersedia: an official figure not published (yet), measured later."""


class Sumber(Record):
    """A published source: who published it, its title, its year (and day and address where known)."""

    penerbit: Teks
    judul: Teks
    tahun: Tahun
    tanggal: Tanggal | None = None
    tautan: Tautan | None = None


class Pengukuran(Record):
    """When, how and by whom a value that is not available yet will be measured."""

    tahun: Tahun
    cara: Teks
    oleh: Kode


class Baseline(Record):
    """The starting value of an indicator and where it comes from."""

    nilai: Angka | None = None
    tahun: Tahun | None = None
    sumber: Sumber | None = None
    status: StatusBaseline | None = None
    diukur: Pengukuran | None = None
    # how an estimate was made, or what else the reader should know about the value
    catatan: Teks | None = None

    @model_validator(mode="before")
    @classmethod
    def _bare_number(cls, value: Any) -> Any:
        """``baseline: 30`` is read as a value without provenance, which the rules then report."""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return {"nilai": value}
        return value
