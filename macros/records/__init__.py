"""Layer 1, records: data/*.yml read with the line of every value, typed, checked, loaded once.

- ``yaml_source``: YAML -> plain values and a map from every value to its line
- ``fields``: field types (code, text, year, rupiah...) failing with Indonesian messages
- ``models``: one typed, frozen record per data file
- ``validation``: a file against its model, errors told with file, line and record
- ``rules``: checks across records (references, unique ids, years inside the plan)
- ``loader``: ``load_data``, the one entry point; ``dataset.Data`` is what it returns
- ``python -m macros.records``: the checker behind ``make check``

Nothing here imports another layer of the package.
"""

from __future__ import annotations

from .dataset import Data
from .errors import DataError, DataValidationError
from .loader import DATASETS, load_data

__all__ = ["DATASETS", "Data", "DataError", "DataValidationError", "load_data"]
