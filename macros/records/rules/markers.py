"""Placeholder markers (TODO, TBD, FIXME, XXX, lorem ipsum) left in the text values of data/.

Reported on the line of the marker itself (a long text spans several lines), with the
record and key of the value.
"""

from __future__ import annotations

from ..dataset import Data
from ..errors import DataError
from ..placeholders import in_values
from ..validation import field_label, record_label
from .reporter import Reporter


def check(report: Reporter, data: Data) -> None:
    # reported on the line of the marker itself (not the line of its value), so the error
    # is built here; markers are read from the file as written, broken records included
    for stem, source in data.sources.items():
        lists = type(data.files[stem]).LISTS if stem in data.files else {}
        for loc, marker in in_values(source):
            record, rest = record_label(source, loc, lists)
            report.add(DataError(source.name, marker.line, record, field_label(rest), marker.message()))
