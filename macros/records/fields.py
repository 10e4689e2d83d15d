"""Field types shared by the records, each failing with an Indonesian message.

Free text comes back as ``DataText``, a ``str`` that remembers it was typed by an editor,
so that rendering can print it literally wherever a chapter shows it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from pydantic import PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError


class DataText(str):
    """Free text read from data/ (what the ``Teks`` type returns); see rendering.literal."""

    __slots__ = ()


_ID = re.compile(r"^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$")


def _fail(kind: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(kind, message)


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail("teks", "harus berupa teks yang tidak kosong")
    return DataText(value.strip())


def _identifier(value: Any) -> str:
    if not isinstance(value, str) or not _ID.match(value) or len(value) > 40:
        raise _fail(
            "kode",
            "harus berupa kode pendek dari huruf, angka dan tanda hubung, tanpa spasi "
            "atau tanda lain (contoh: 'diskominfo', 'P001')",
        )
    return value


# programme ids as CONTRIBUTING.md documents them: 'P' and three digits (P001-P999), then P1000 on
_PROGRAMME = re.compile(r"^P(?:\d{3}|[1-9]\d{3,})$")


def _programme(value: Any) -> str:
    ident = _identifier(value)
    if not _PROGRAMME.match(ident):
        raise _fail(
            "kode",
            "id program harus huruf 'P' besar diikuti tiga angka, misalnya 'P047' (setelah 'P999': 'P1000')",
        )
    return ident


def _whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _fail("bilangan", "harus bilangan bulat ≥ 0")
    return value


def _year(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2100:
        raise _fail("tahun", "harus tahun berupa bilangan bulat empat angka (contoh: 2025)")
    return value


def _number(value: Any) -> float | int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fail("angka", "harus angka (gunakan titik untuk desimal, contoh: 12.5)")
    return value


def _date(value: Any) -> date:
    if isinstance(value, date):
        return value
    raise _fail("tanggal", "harus tanggal dengan format TTTT-BB-HH (contoh: 2023-08-01)")


Teks = Annotated[str, PlainValidator(_text), WithJsonSchema({"type": "string", "minLength": 1})]
Kode = Annotated[str, PlainValidator(_identifier), WithJsonSchema({"type": "string", "pattern": _ID.pattern})]
KodeProgram = Annotated[
    str, PlainValidator(_programme), WithJsonSchema({"type": "string", "pattern": _PROGRAMME.pattern})
]
BilanganBulat = Annotated[int, PlainValidator(_whole), WithJsonSchema({"type": "integer", "minimum": 0})]
Tahun = Annotated[int, PlainValidator(_year), WithJsonSchema({"type": "integer", "minimum": 1900, "maximum": 2100})]
Angka = Annotated[float, PlainValidator(_number), WithJsonSchema({"type": "number"})]
Tanggal = Annotated[date, PlainValidator(_date), WithJsonSchema({"type": "string", "format": "date"})]

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def _colour(value: Any) -> str:
    if not isinstance(value, str) or not _COLOUR.match(value):
        raise _fail("warna", 'harus kode warna heksadesimal enam digit dalam tanda kutip (contoh: "#1f4e79")')
    return value.lower()


Warna = Annotated[str, PlainValidator(_colour), WithJsonSchema({"type": "string", "pattern": _COLOUR.pattern})]
