"""The one loader: data/*.yml -> validated, frozen records (``Data``), or every error at once.

The site, the checker, the tests, the PDF and the open-data export all call
``load_data``; nothing else reads data/. Steps: ``yaml_source`` parses each file keeping
the line of every value, ``validation`` checks it against its model in ``models``, and
``rules`` checks the records against each other.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from . import models
from .dataset import Data
from .errors import DataError, DataValidationError
from .rules import cross_check, warnings
from .validation import validate_file
from .yaml_source import Source, read_source

# file stem -> root model; the order is the order in which editors read the errors
DATASETS: dict[str, type[models.DataFile]] = {
    "kota": models.KotaFile,
    "dimensi": models.DimensiFile,
    "opd": models.OpdFile,
    "regulasi": models.RegulasiFile,
    "program": models.ProgramFile,
    "kesiapan": models.KesiapanFile,
    "analisis": models.AnalisisFile,
    "glosarium": models.GlosariumFile,
    "tata_kelola": models.TataKelolaFile,
    "visi": models.VisiFile,
    "rujukan": models.RujukanFile,
}


def load_data(data_dir: Path, display_root: Path | None = None) -> Data:
    """Load and validate every data file; raise ``DataValidationError`` with all errors."""
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
        record, model_errors = validate_file(source, model)
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
    data.warnings = tuple(warnings(data))
    return data


def _check_sound_programmes(files: dict[str, models.DataFile], sources: dict[str, Source]) -> list[DataError]:
    """Cross-check the well-formed programmes while other programmes are broken.

    program.yml is the file editors change most; without this, a wrong OPD id would
    only show up once a wrong budget next to it is fixed. Runs only when every other
    file is sound, and reports only errors in program.yml (a rule such as "a quick win
    per dimension" cannot be judged while a programme is left out).
    """
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
