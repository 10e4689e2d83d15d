"""The one loader: data/*.yml -> validated, frozen records, or every error at once.

The site (macros), the checker, the tests, the PDF and the open-data export all call
``load_data``; nothing else reads data/ directly.
"""
from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from . import models
from .errors import DataError, DataValidationError, shown, suggestion
from .sources import Location, Source, read_source

# file stem -> root model; the order is the order in which editors read the errors
DATASETS: dict[str, type[models.DataFile]] = {
    "kota": models.KotaFile,
    "dimensi": models.DimensiFile,
    "opd": models.OpdFile,
    "regulasi": models.RegulasiFile,
    "program": models.ProgramFile,
    "kesiapan": models.KesiapanFile,
    "glosarium": models.GlosariumFile,
    "tata_kelola": models.TataKelolaFile,
    "visi": models.VisiFile,
    "rujukan": models.RujukanFile,
}

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
}


class Data:
    """All records of one build, with the look-ups the renderers need."""

    def __init__(self, files: dict[str, models.DataFile], sources: dict[str, Source],
                 positions: dict[str, tuple[int, ...]] | None = None) -> None:
        self.files = files
        self.sources = sources
        # stem -> index in its file of each record kept, when broken records were left out
        self.positions = positions or {}
        kota = files["kota"]
        assert isinstance(kota, models.KotaFile)
        self.dokumen = kota.dokumen
        self.kota = kota.kota
        self.dimensi: tuple[models.Dimensi, ...] = tuple(files["dimensi"].dimensi)  # type: ignore[attr-defined]
        self.opd: tuple[models.Opd, ...] = tuple(files["opd"].opd)  # type: ignore[attr-defined]
        self.regulasi: tuple[models.Regulasi, ...] = tuple(files["regulasi"].regulasi)  # type: ignore[attr-defined]
        self.program_file: models.ProgramFile = files["program"]  # type: ignore[assignment]
        self.program: tuple[models.Program, ...] = tuple(self.program_file.program)

    @cached_property
    def dimensi_by_id(self) -> dict[str, models.Dimensi]:
        return {d.id: d for d in self.dimensi}

    @cached_property
    def elemen_by_id(self) -> dict[str, models.Elemen]:
        return {e.id: e for d in self.dimensi for e in d.elemen}

    @cached_property
    def dimensi_of_elemen(self) -> dict[str, models.Dimensi]:
        return {e.id: d for d in self.dimensi for e in d.elemen}

    @cached_property
    def opd_by_id(self) -> dict[str, models.Opd]:
        return {o.id: o for o in self.opd}

    @cached_property
    def regulasi_by_id(self) -> dict[str, models.Regulasi]:
        return {r.id: r for r in self.regulasi}

    @cached_property
    def program_by_id(self) -> dict[str, models.Program]:
        return {p.id: p for p in self.program}

    @property
    def tahun_rencana(self) -> range:
        return range(self.dokumen.periode_mulai, self.dokumen.periode_selesai + 1)

    def program_of(self, *, dimensi: str | None = None, elemen: str | None = None,
                   quick_win: bool | None = None) -> list[models.Program]:
        """Programmes in data order, filtered; unknown ids are an error, not an empty list."""
        if dimensi is not None and dimensi not in self.dimensi_by_id:
            raise KeyError(f"dimensi '{dimensi}' tidak ada di data/dimensi.yml{suggestion(dimensi, self.dimensi_by_id)}")
        if elemen is not None and elemen not in self.elemen_by_id:
            raise KeyError(f"elemen '{elemen}' tidak ada di data/dimensi.yml{suggestion(elemen, self.elemen_by_id)}")
        return [p for p in self.program
                if (dimensi is None or p.dimensi == dimensi)
                and (elemen is None or p.elemen == elemen)
                and (quick_win is None or p.quick_win == quick_win)]


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


def _translate(error: dict[str, Any], model: type[models.DataFile]) -> str:
    kind = error["type"]
    hint = ""
    if kind in {"teks", "kode", "bilangan", "tahun", "angka", "tanggal", "warna"}:
        message = error["msg"]
    elif kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        message = f"harus salah satu dari: {expected.replace(' or ', ', ')}"
        allowed = [part.strip(" '") for part in expected.replace(" or ", ",").split(",")]
        hint = suggestion(error.get("input"), allowed)
    elif kind == "extra_forbidden":
        message = _MESSAGES[kind] + _extra_suggestion(error, model)
    else:
        message = _MESSAGES.get(kind, f"nilai tidak valid ({error['msg']})")
    if kind not in {"missing", "extra_forbidden", "too_short"} and "input" in error:
        message += f" (tertulis: {shown(error['input'])})"
    return message + hint


def _extra_suggestion(error: dict[str, Any], model: type[models.DataFile]) -> str:
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


def _validate(stem: str, source: Source, model: type[models.DataFile]) -> tuple[models.DataFile | None, list[DataError]]:
    if not isinstance(source.content, dict):
        return None, [DataError(source.name, 1, None, None,
                                "isi berkas harus berupa bagian 'kunci: nilai', bukan daftar atau teks lepas")]
    try:
        return model.model_validate(source.content), []
    except ValidationError as exc:
        errors = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            record, rest = record_label(source, loc, model.LISTS)
            errors.append(DataError(source.name, source.line_of(loc), record, field_label(rest),
                                    _translate(error, model)))
        return None, errors


def load_data(data_dir: Path, display_root: Path | None = None) -> Data:
    """Load and validate every data file; raise ``DataValidationError`` with all errors."""
    from .checks import cross_check  # late import: checks uses Data

    data_dir = Path(data_dir)
    root = display_root or data_dir.parent
    errors: list[DataError] = []
    files: dict[str, models.DataFile] = {}
    sources: dict[str, Source] = {}
    for stem, model in DATASETS.items():
        path = data_dir / f"{stem}.yml"
        try:
            name = path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            name = path.as_posix()
        source, parse_errors = read_source(path, name)
        errors += parse_errors
        if source is None:
            continue
        sources[stem] = source
        record, model_errors = _validate(stem, source, model)
        errors += model_errors
        if record is not None:
            files[stem] = record
    if errors:
        errors += _check_sound_programmes(files, sources)
        raise DataValidationError(errors)
    data = Data(files, sources)
    errors += cross_check(data)
    if errors:
        raise DataValidationError(errors)
    return data


def _check_sound_programmes(files: dict[str, models.DataFile], sources: dict[str, Source]) -> list[DataError]:
    """Cross-check the well-formed programmes while other programmes are broken.

    program.yml is the file editors change most; without this, a wrong OPD id would
    only show up once a wrong budget next to it is fixed. Runs only when every other
    file is sound, and reports only errors in program.yml (a rule such as "a quick win
    per dimension" cannot be judged while a programme is left out).
    """
    from .checks import cross_check

    source = sources.get("program")
    if "program" in files or source is None or set(DATASETS) - set(files) != {"program"}:
        return []
    items = source.content.get("program") if isinstance(source.content, dict) else None
    if not isinstance(items, list):
        return []
    kept: list[int] = []
    for i, item in enumerate(items):
        try:
            models.Program.model_validate(item)
        except ValidationError:
            continue
        kept.append(i)
    try:
        partial = models.ProgramFile.model_validate(source.content | {"program": [items[i] for i in kept]})
    except ValidationError:
        return []  # the file's own fields are broken too, or no programme is sound
    data = Data(files | {"program": partial}, sources, {"program": tuple(kept)})
    return [error for error in cross_check(data) if error.file == source.name]
