"""A line that landed under the wrong key: say where it landed and where it belongs.

YAML reads structure from indentation only, so a year line shifted by two spaces
(``2026: 400000000`` at programme level instead of under ``anggaran:``) or a key indented
into the last indicator (``status:`` under ``indikator``) still parses. Pydantic then
reports "Keys should be strings" or "kunci tidak dikenal" about a line that looks right to
the editor. ``misplaced`` recognises those errors from the pydantic error and the model
tree, and tells which part the line landed in and which part takes it; ``explains``
names the "wajib diisi" error that the move causes, which is then not reported.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from .yaml_source import Location, Source

_KEY = "[key]"  # pydantic's marker for an error in a mapping key


@dataclass(frozen=True)
class Misplaced:
    parent: Location  # the mapping the line landed in (for the record and field label)
    line_loc: Location  # the location of the misplaced line itself
    message: str
    explains: frozenset[Location] = field(default_factory=frozenset)  # 'missing' errors caused by the move
    # where the line belongs, when that part is incomplete without it (a year missing from
    # 'anggaran', a key its record lacks): a cause, so no "anggaran tahun 2025 belum diisi"
    # next to this message (rules/reporter.py)
    belongs: Location | None = None


def _is_year(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, str) and value.isascii() and value.isdigit():  # "²" is a digit to isdigit, not to int
        value = int(value)
    return isinstance(value, int) and 1900 <= value <= 2100


def _unwrap(annotation: Any) -> Any:
    """``X | None`` -> X; ``Annotated[X, ...]`` stays (it marks Tahun, Teks ...)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return _unwrap(args[0]) if len(args) == 1 else annotation
    return annotation


def _model(annotation: Any) -> type[BaseModel] | None:
    annotation = _unwrap(annotation)
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def _child(annotation: Any, part: object) -> Any:
    """The annotation one step down ``part`` (a field name, a list index or a mapping key)."""
    model = _model(annotation)
    if model is not None:
        info = model.model_fields.get(part) if isinstance(part, str) else None
        return info.annotation if info is not None else None
    annotation = _unwrap(annotation)
    origin = typing.get_origin(annotation)
    if origin is list and isinstance(part, int):
        return typing.get_args(annotation)[0]
    if origin is dict:
        return typing.get_args(annotation)[1]
    return None


def _annotation_at(model: type[BaseModel], loc: Location) -> Any:
    annotation: Any = model
    for part in loc:
        annotation = _child(annotation, part)
        if annotation is None:
            return None
    return _unwrap(annotation)


def _is_year_type(annotation: Any) -> bool:
    """``Tahun``: an ``Annotated`` int whose validator is the year check of ``fields``."""
    return any(
        getattr(getattr(meta, "func", None), "__name__", "") == "_year"
        for meta in getattr(annotation, "__metadata__", ())
    )


def _year_keyed(annotation: Any) -> bool:
    annotation = _unwrap(annotation)
    return typing.get_origin(annotation) is dict and _is_year_type(typing.get_args(annotation)[0])


def _record_model(annotation: Any) -> type[BaseModel] | None:
    """The record model of a field, through ``list[...]`` and ``| None``."""
    annotation = _unwrap(annotation)
    if typing.get_origin(annotation) is list:
        annotation = typing.get_args(annotation)[0]
    return _model(annotation)


def _content_at(content: Any, loc: Location) -> Any:
    for part in loc:
        if isinstance(content, dict):
            content = content.get(part, content.get(str(part)))
        elif isinstance(content, list) and isinstance(part, int) and part < len(content):
            content = content[part]
        else:
            return None
    return content


def _typed(source: Source, loc: Location, fallback: str) -> str:
    """The line at ``loc`` as the editor typed it."""
    line = source.line_of(loc)
    if 0 < line <= len(source.text_lines):
        return source.text_lines[line - 1].strip()
    return fallback


def _indent(source: Source, line: int) -> int | None:
    if 0 < line <= len(source.text_lines):
        text = source.text_lines[line - 1]
        return len(text) - len(text.lstrip(" "))
    return None


def _level(parent: Location, lists: dict[str, str]) -> str:
    """How to name the mapping a line landed in: 'tingkat program', 'tingkat indikator', "bagian 'sumber_dana'"."""
    last = parent[-1] if parent else None
    if isinstance(last, int):
        names = [part for part in parent if isinstance(part, str)]
        key = names[-1] if names else "butir"
        return f"tingkat {lists.get(key, key) if len(parent) == 2 else key}"
    if isinstance(last, str):
        return f"bagian '{last}'"
    return "tingkat teratas berkas"


def misplaced(error: ErrorDetails, source: Source, model: type[BaseModel], lists: dict[str, str]) -> Misplaced | None:
    """The misplacement behind a pydantic ``error``, or ``None`` when it is another mistake."""
    loc: Location = tuple(error["loc"])
    if loc and loc[-1] == _KEY:
        loc = loc[:-1]
    if not loc:
        return None
    key, parent = loc[-1], loc[:-1]
    if _is_year(key) and error["type"] in {"invalid_key", "extra_forbidden", "literal_error"}:
        return _misplaced_year(int(key), loc, source, model, lists)
    if error["type"] == "extra_forbidden" and isinstance(key, str):
        return _misplaced_key(key, loc, parent, source, model, lists)
    return None


def _misplaced_year(
    year: int, loc: Location, source: Source, model: type[BaseModel], lists: dict[str, str]
) -> Misplaced | None:
    parent = loc[:-1]
    if _year_keyed(_annotation_at(model, parent)):
        return None  # years belong here: the error is about the value, not the place
    value = _content_at(source.content, loc)
    typed = _typed(source, loc, f"{year}: {value}")
    # the year-keyed parts one could have meant: siblings of the line (nearest above first),
    # then those of the enclosing mappings (a line indented into a mapping that takes no years)
    candidates: list[tuple[Location, str]] = []
    for scope in (parent, parent[:-1], parent[:-2]):
        scope_model = _model(_annotation_at(model, scope))
        content = _content_at(source.content, scope)
        if scope_model is None or not isinstance(content, dict):
            continue
        names = [name for name, info in scope_model.model_fields.items() if _year_keyed(info.annotation)]
        keys = list(content)
        position = keys.index(loc[-1]) if scope == parent and loc[-1] in keys else len(keys)
        before = [k for k in reversed(keys[:position]) if k in names]
        candidates += [(scope + (name,), name) for name in before + [n for n in names if n not in before]]
        if candidates:
            break
    landed = _level(parent, lists)
    if not candidates:
        return Misplaced(
            parent, loc, f"baris '{typed}' masuk ke {landed}, yang tidak memuat tahun; periksa indentasinya"
        )
    target, name = candidates[0]
    siblings = list(_content_at(source.content, parent) or {})
    position = siblings.index(loc[-1]) if loc[-1] in siblings else -1
    right_above = target[:-1] == parent and position > 0 and siblings[position - 1] == name
    if isinstance(parent[-1], int) and right_above:
        landed = f"{landed} (setingkat dengan '{name}:')"
    target_content = _content_at(source.content, target)
    target_line = source.line_of(target)
    if isinstance(target_content, dict) and target_content:
        first_year = next(iter(target_content))
        first_line = source.line_of(target + (first_year,))
        if first_line == target_line:  # flow style on one line: {2024: 50, 2025: 75}
            shown = ", ".join(f"{k}: {v}" for k, v in [*target_content.items(), (year, value)])
            fix = f"; pindahkan ke dalam kurung kurawal di baris {target_line}, misalnya: {name}: {{{shown}}}"
        elif right_above:
            spaces, mine = _indent(source, first_line), _indent(source, source.line_of(loc))
            side = "" if spaces is None or mine is None else (" ke kanan" if mine < spaces else " ke kiri")
            amount = f" ({spaces} spasi)" if spaces is not None else ""
            fix = f"; geser baris ini{side} hingga sejajar dengan '{first_year}:' di baris {first_line}{amount}"
        else:
            fix = f"; pindahkan baris ini ke bawah '{name}:' di baris {target_line}, sejajar dengan '{first_year}:'"
    else:
        fix = f"; tulis tahun di bawah '{name}:'"
    return Misplaced(
        parent,
        loc,
        f"baris '{typed}' masuk ke {landed}, bukan ke dalam '{name}' (baris {target_line}): YAML membaca tingkat "
        f"dari indentasi{fix}",
        belongs=target,
    )


def _misplaced_key(
    key: str, loc: Location, parent: Location, source: Source, model: type[BaseModel], lists: dict[str, str]
) -> Misplaced | None:
    """A known key one level too deep (inside a child record) or too shallow (beside its own record)."""
    here = _model(_annotation_at(model, parent))
    if here is None:
        return None
    typed = _typed(source, loc, f"{key}: …")
    landed = _level(parent, lists)
    # too deep: the key belongs to an enclosing record ('status' indented into the last indicator)
    for depth in range(1, len(parent)):
        outer = parent[:-depth]
        outer_model = _model(_annotation_at(model, outer))
        if outer_model is not None and key in outer_model.model_fields:
            outer_content = _content_at(source.content, outer)
            explains: frozenset[Location] = frozenset()
            if isinstance(outer_content, dict) and key not in outer_content:
                explains = frozenset({outer + (key,)})
            container = next((part for part in reversed(parent[len(outer) :]) if isinstance(part, str)), None)
            align = ""
            if container is not None:
                line = source.line_of(outer + (container,))
                align = f"; geser ke kiri hingga sejajar dengan '{container}:' di baris {line}"
            return Misplaced(
                parent,
                loc,
                f"baris '{typed}' masuk ke {landed}, padahal '{key}' milik {_level(outer, lists)}{align}",
                explains,
                # the enclosing record lacks the key only when it is not written there too
                belongs=outer + (key,) if explains else None,
            )
    # too shallow: the key belongs to a record inside this one ('satuan' beside 'indikator')
    for name, info in here.model_fields.items():
        child = _record_model(info.annotation)
        if child is not None and key in child.model_fields:
            line = source.line_of(parent + (name,))
            return Misplaced(
                parent,
                loc,
                f"baris '{typed}' masuk ke {landed}, padahal '{key}' milik bagian '{name}' (baris {line}); geser ke "
                f"kanan hingga sejajar dengan kunci lain di dalam '{name}'",
            )
    return None
