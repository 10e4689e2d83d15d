"""The one loader: data/*.yml -> validated, frozen records (``Data``), or every error at once.

The site, the checker, the tests, the PDF and the open-data export all call
``load_data``; nothing else reads data/. Steps: ``yaml_source`` parses each file keeping
the line of every value, ``validation`` checks it against its model in ``models``, and
``rules`` checks the records against each other.
"""

from __future__ import annotations

from pathlib import Path

from . import models
from .dataset import Data
from .errors import DataError, DataValidationError
from .rules import cross_check, warnings
from .validation import salvage, validate_file
from .yaml_source import Location, Source, read_source

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
    """Load and validate every data file; raise ``DataValidationError`` with all errors.

    A broken file or record does not stop the checks: its sound fields are kept
    (``validation.salvage``) and the rules check them, while whatever Pydantic rejected
    is a cause whose consequences the rules leave out (``rules.reporter``).
    """
    data_dir = Path(data_dir)
    root = display_root or data_dir.parent
    errors: list[DataError] = []
    files: dict[str, models.DataFile] = {}
    sources: dict[str, Source] = {}
    broken: dict[str, list[Location]] = {}
    for stem, model in DATASETS.items():
        path = data_dir / f"{stem}.yml"
        try:
            name = path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            name = path.as_posix()
        source, parse_errors = read_source(path, name)
        errors += parse_errors
        if source is None:
            files[stem] = salvage(model, None, [()])
            broken[stem] = [()]
            continue
        sources[stem] = source
        checked = validate_file(source, model)
        files[stem] = checked.record
        errors += checked.errors
        if checked.broken:
            broken[stem] = checked.broken
    data = Data(files, sources)
    errors += cross_check(data, broken)
    if errors:
        raise DataValidationError(errors)
    data.warnings = tuple(warnings(data))
    return data
