"""One data file against its model: Pydantic's errors told as ``DataError`` with file and line."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from . import models
from .errors import DataError, shown, suggestion
from .nesting import misplaced
from .yaml_source import Location, Source

_MESSAGES = {
    "missing": "wajib diisi",
    "extra_forbidden": "kunci tidak dikenal",
    "bool_type": "harus 'true' (ya) atau 'false' (tidak)",
    "bool_parsing": "harus 'true' (ya) atau 'false' (tidak)",
    "list_type": "harus berupa daftar (setiap butir diawali '- ')",
    "dict_type": "harus berupa bagian bertingkat berisi 'kunci: nilai'",
    "model_type": "harus berupa bagian bertingkat berisi 'kunci: nilai'",
    "model_attributes_type": "harus berupa bagian bertingkat berisi 'kunci: nilai'",
    "too_short": "tidak boleh kosong",
    "string_type": "harus berupa teks",
    "invalid_key": "kunci harus berupa nama (teks); periksa indentasi baris ini",
}


def record_label(source: Source, loc: Location, lists: dict[str, str]) -> tuple[str | None, Location]:
    """'program P017' for a location inside a record list, and the rest of the location."""
    if len(loc) >= 2 and loc[0] in lists and isinstance(loc[1], int):
        noun = lists[loc[0]]
        items = source.content.get(loc[0]) if isinstance(source.content, dict) else None
        item = items[loc[1]] if isinstance(items, list) and loc[1] < len(items) else None
        ident = item.get("id") if isinstance(item, dict) else None
        if isinstance(ident, (str, int)) and not isinstance(ident, bool):
            return f"{noun} {ident}", loc[2:]
        return f"{noun} ke-{loc[1] + 1}", loc[2:]
    if loc and isinstance(loc[0], str):
        return loc[0], loc[1:]
    return None, loc


def field_label(rest: Location) -> str | None:
    """('indikator', 0, 'target', 2026) -> 'indikator ke-1, target 2026'."""
    parts: list[str] = []
    for part in rest:
        if part == "[key]":
            parts[-1] = f"{parts[-1]} (sebagai kunci)" if parts else "kunci"
        elif isinstance(part, int) and parts and not parts[-1][-1].isdigit():
            parts[-1] = f"{parts[-1]} ke-{part + 1}" if not _is_year(part) else f"{parts[-1]} {part}"
        elif isinstance(part, int):
            parts.append(str(part))
        else:
            parts.append(str(part))
    return ", ".join(parts) or None


def _is_year(value: int) -> bool:
    return 1900 <= value <= 2100


def _translate(error: ErrorDetails, model: type[models.DataFile]) -> str:
    kind = error["type"]
    hint = ""
    if kind in {"teks", "kode", "bilangan", "tahun", "angka", "tanggal", "warna", "tautan"}:
        message = error["msg"]
    elif kind == "literal_error":
        expected = str((error.get("ctx") or {}).get("expected", ""))
        message = f"harus salah satu dari: {expected.replace(' or ', ', ')}"
        allowed = [part.strip(" '") for part in expected.replace(" or ", ",").split(",")]
        hint = suggestion(error.get("input"), allowed)
    elif kind == "extra_forbidden":
        message = _MESSAGES[kind] + _extra_suggestion(error, model)
    else:
        message = _MESSAGES.get(kind, f"nilai tidak valid (rincian teknis untuk pengelola: {error['msg']})")
    if kind not in {"missing", "extra_forbidden", "too_short", "invalid_key"} and "input" in error:
        message += f" (tertulis: {shown(error['input'])})"
    return message + hint


def _extra_suggestion(error: ErrorDetails, model: type[models.DataFile]) -> str:
    """Suggest the intended key for a misspelt one by walking the model to its parent."""
    target: Any = model
    for part in error["loc"][:-1]:
        if isinstance(part, int):
            continue
        fields = getattr(target, "model_fields", {})
        if part not in fields:
            return ""
        target = _record_type(fields[part].annotation)
    fields = getattr(target, "model_fields", {})
    return suggestion(str(error["loc"][-1]), fields)


def _record_type(annotation: Any) -> Any:
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _record_type(arg)
        if isinstance(found, type) and issubclass(found, models.Record):
            return found
    return annotation


def validate_file(source: Source, model: type[models.DataFile]) -> tuple[models.DataFile | None, list[DataError]]:
    if not isinstance(source.content, dict):
        return None, [
            DataError(
                source.name,
                1,
                None,
                None,
                "isi berkas harus berupa bagian 'kunci: nilai', bukan daftar atau teks lepas",
            )
        ]
    try:
        return model.model_validate(source.content), []
    except ValidationError as exc:
        errors = []
        found = [(error, misplaced(error, source, model, model.LISTS)) for error in exc.errors()]
        explained = {loc for _, place in found if place is not None for loc in place.explains}
        for error, place in found:
            loc = tuple(error["loc"])
            if place is not None:  # a line under the wrong key: one message saying where it belongs
                record, rest = record_label(source, place.parent, model.LISTS)
                errors.append(
                    DataError(source.name, source.line_of(place.line_loc), record, field_label(rest), place.message)
                )
                continue
            if error["type"] == "missing" and loc in explained:
                continue
            record, rest = record_label(source, loc, model.LISTS)
            errors.append(
                DataError(source.name, source.line_of(loc), record, field_label(rest), _translate(error, model))
            )
        return None, errors
