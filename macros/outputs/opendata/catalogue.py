"""Open data: every record list of data/*.yml as a CSV and a JSON table under /data/.

The tables come from ``load_data`` (the same validated records the chapters show) and
are derived from the models, so a new data file or field is published without code
here: each list of records becomes a table (``program``, ``program-indikator``,
``kota-kecamatan``), each single record a one-row table (``kota``, ``kota-dokumen``).
Nested records become prefixed columns (``luas_nilai``), year or key maps one column
per key (``anggaran_2024``), lists of plain values one cell joined by "; ".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel

from ...records.dataset import Data
from ...records.errors import suggestion
from .columns import column_text, table_title

Cell = str | int | float | bool | list[Any] | None
URL_DIR = "data"
KATALOG = f"{URL_DIR}/katalog.json"  # the list of every table, with its files
KATALOG_KEY = "katalog"  # katalog.json where tables are named (data-lampiran of a table, PDF notes)


@dataclass(frozen=True)
class Column:
    nama: str
    uraian: str


@dataclass(frozen=True)
class Table:
    nama: str
    judul: str
    berkas: str  # data file it comes from, e.g. "data/program.yml"
    kolom: tuple[Column, ...]
    baris: tuple[dict[str, Cell], ...]

    @property
    def csv(self) -> str:
        return f"{URL_DIR}/{self.nama}.csv"

    @property
    def json(self) -> str:
        return f"{URL_DIR}/{self.nama}.json"

    @property
    def anchor(self) -> str:
        return f"data-{self.nama}"


@dataclass(frozen=True)
class Catalogue:
    tables: tuple[Table, ...]
    lisensi: str
    diperbarui: dict[str, str]  # data file -> ISO date of its last change

    def table(self, nama: str) -> Table:
        for table in self.tables:
            if table.nama == nama:
                return table
        raise KeyError(f"tabel data terbuka '{nama}' tidak ada{suggestion(nama, [t.nama for t in self.tables])}")


# --- turning records into rows ------------------------------------------------


def _is_record_list(value: Any) -> bool:
    return isinstance(value, (list, tuple)) and bool(value) and all(isinstance(v, BaseModel) for v in value)


def _scalar(value: Any) -> Cell:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_scalar(v) for v in value]
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


def _flatten(
    record: BaseModel,
    prefix: str,
    tag: tuple[str, ...],
    row: dict[str, Cell],
    tags: dict[str, tuple[str, ...]],
    children: list[tuple[str, list[BaseModel]]],
) -> None:
    for index, name in enumerate(type(record).model_fields):
        value = getattr(record, name)
        column, column_tag = prefix + name, tag + (f"{index:03d}",)
        if value is None and _declares_records(record, name):
            continue  # an absent optional record: its columns come from the other rows
        if isinstance(value, BaseModel):
            _flatten(value, column + "_", column_tag, row, tags, children)
        elif _is_record_list(value) or (isinstance(value, list) and _declares_records(record, name)):
            children.append((name, list(value)))
        elif isinstance(value, dict):
            for key, item in value.items():
                row[f"{column}_{key}"] = _scalar(item)
                tags[f"{column}_{key}"] = column_tag + (str(key),)
        else:
            row[column] = _scalar(value)
            tags[column] = column_tag


def _declares_records(record: BaseModel, name: str) -> bool:
    """An empty list whose field is typed as a list of records (so no column for it)."""
    annotation = type(record).model_fields[name].annotation
    args = getattr(annotation, "__args__", ()) or ()
    return any(isinstance(arg, type) and issubclass(arg, BaseModel) for arg in args)


def _table_name(parts: list[str]) -> str:
    deduped = [p for i, p in enumerate(parts) if i == 0 or p != parts[i - 1]]
    return "-".join(deduped).replace("_", "-")


def _collect(
    stem: str,
    path: list[str],
    records: list[BaseModel],
    parent: tuple[str, list[Any]] | None,
    out: list[tuple[str, str, list[dict[str, Cell]], dict[str, tuple[str, ...]]]],
) -> None:
    """Rows of one table and, recursively, of the tables nested in its records."""
    name = _table_name([stem, *path])
    rows: list[dict[str, Cell]] = []
    tags: dict[str, tuple[str, ...]] = {}
    nested: dict[str, tuple[list[BaseModel], list[Any]]] = {}
    for i, record in enumerate(records):
        row: dict[str, Cell] = {}
        if parent is not None:
            row[parent[0]] = parent[1][i]
            tags[parent[0]] = ("",)
        children: list[tuple[str, list[BaseModel]]] = []
        _flatten(record, "", (), row, tags, children)
        rows.append(row)
        owner = getattr(record, "id", None)
        for child, items in children:
            bucket = nested.setdefault(child, ([], []))
            bucket[0].extend(items)
            bucket[1].extend([owner] * len(items))
    out.append((name, stem, rows, tags))
    for child, (items, owners) in nested.items():
        link = (f"{path[-1] if path else stem}_id", owners) if any(o is not None for o in owners) else None
        _collect(stem, [*path, child], items, link, out)


def build_catalogue(data: Data, diperbarui: dict[str, str]) -> Catalogue:
    """Every record list of every data file as a table; ``diperbarui`` maps a data file
    ("data/program.yml") to the ISO date of its last change."""
    raw: list[tuple[str, str, list[dict[str, Cell]], dict[str, tuple[str, ...]]]] = []
    for stem, file_record in data.files.items():
        for field in type(file_record).model_fields:
            value = getattr(file_record, field)
            if isinstance(value, BaseModel):
                _collect(stem, [field], [value], None, raw)
            elif _is_record_list(value):
                _collect(stem, [field], list(value), None, raw)
    tables = []
    for name, stem, rows, tags in raw:
        if not tags:
            continue  # a record made only of nested lists (e.g. SWOT): its lists are the tables
        columns = sorted(tags, key=lambda c: tags[c])
        tables.append(
            Table(
                nama=name,
                judul=table_title(name),
                berkas=data.sources[stem].name,
                kolom=tuple(Column(c, column_text(name, c)) for c in columns),
                baris=tuple({c: row.get(c) for c in columns} for row in rows),
            )
        )
    return Catalogue(tuple(tables), data.dokumen.lisensi, dict(diperbarui))
