"""One data file against its model: Pydantic's errors told as ``DataError`` with file and line.

A file with errors is still turned into records (``salvage``): each record keeps the
fields that are valid and lacks the ones that are not, so that the rules can check
the sound fields of a broken record in the same run (rules/reporter.py).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Annotated, Any, TypeVar, cast

from pydantic import TypeAdapter, ValidationError
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


@dataclass
class Checked:
    """One file against its model: the records (salvaged when broken), the errors, and where."""

    record: models.DataFile
    errors: list[DataError] = field(default_factory=list)
    broken: list[Location] = field(default_factory=list)  # locations Pydantic rejected: causes


def validate_file(source: Source, model: type[models.DataFile]) -> Checked:
    if not isinstance(source.content, dict):
        message = "isi berkas harus berupa bagian 'kunci: nilai', bukan daftar atau teks lepas"
        return Checked(salvage(model, None, [()]), [DataError(source.name, 1, None, None, message)], [()])
    try:
        return Checked(model.model_validate(source.content))
    except ValidationError as exc:
        errors = []
        broken: list[Location] = []
        found = [(error, misplaced(error, source, model, model.LISTS)) for error in exc.errors()]
        explained = {loc for _, place in found if place is not None for loc in place.explains}
        for error, place in found:
            loc = tuple(error["loc"])
            broken.append(loc)  # a cause, whichever message tells it
            if place is not None and place.belongs is not None:
                broken.append(place.belongs)  # the part the line belongs to lacks it
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
        left_out: list[Location] = []
        salvaged = salvage(model, source.content, broken, left_out)
        return Checked(salvaged, errors, broken + left_out)


_R = TypeVar("_R", bound=models.Record)


def salvage(
    model: type[_R], raw: object, broken: Sequence[Location], left_out: list[Location] | None = None, at: Location = ()
) -> _R:
    """``raw`` as a ``model`` record without the values at ``broken`` (Pydantic's error locations).

    Sound fields are validated one by one; a list of records keeps every item (each
    salvaged in turn) so that the items keep their places; a broken field of any other
    kind is left out, default or not. Reading a left-out field raises ``AttributeError``:
    rules ask ``Reporter.sound`` first. The location of every field left out (from ``at``,
    the record's own location) is added to ``left_out``: a list of codes with one broken
    code is left out as a whole, so the whole field is a cause.
    """
    gone = left_out if left_out is not None else []
    if not broken and isinstance(raw, dict):
        return model.model_validate(raw)
    content: dict[Any, Any] = raw if isinstance(raw, dict) else {}
    whole = any(len(loc) == 0 for loc in broken) or not isinstance(raw, dict)
    values: dict[str, Any] = {}
    left_out_here: list[str] = []
    for name, info in model.model_fields.items():
        under = [tuple(loc[1:]) for loc in broken if loc and loc[0] == name]
        if whole or (name not in content and info.is_required()):
            left_out_here.append(name)
        elif name not in content:
            continue  # the default applies
        elif not under:
            values[name] = _field_adapter(model, name).validate_python(content[name])
        elif () in under:
            left_out_here.append(name)
        else:
            item = _record_in(info.annotation)
            value = content[name]
            if item is not None and isinstance(value, list) and _is_list(info.annotation):
                values[name] = [
                    salvage(item, entry, [loc[1:] for loc in under if loc[0] == i], gone, at + (name, i))
                    for i, entry in enumerate(value)
                ]
            elif item is not None and isinstance(value, dict) and not _is_list(info.annotation):
                values[name] = salvage(item, value, under, gone, at + (name,))
            else:
                left_out_here.append(name)
    record = cast(_R, model.model_construct(**values))
    for name in left_out_here:
        record.__dict__.pop(name, None)
        gone.append(at + (name,))
    return record


@cache
def _field_adapter(model: type[models.Record], name: str) -> TypeAdapter[Any]:
    info = model.model_fields[name]
    annotation: Any = info.annotation
    if info.metadata:  # constraints such as Field(min_length=1)
        annotation = Annotated[annotation, *info.metadata]
    return TypeAdapter(annotation)


def _is_list(annotation: Any) -> bool:
    return typing.get_origin(annotation) is list


def _record_in(annotation: Any) -> type[models.Record] | None:
    """The record type inside ``list[X]``, ``X`` or ``X | None``, if it is one."""
    if isinstance(annotation, type) and issubclass(annotation, models.Record):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is list or origin is typing.Union or origin is types.UnionType:
        for arg in typing.get_args(annotation):
            found = _record_in(arg)
            if found is not None:
                return found
    return None
