"""Rules across records: unique ids, references between files, years inside the plan.

Each module checks one part of the data and reports through ``Reporter``; ``cross_check``
runs them all, so an editor sees every mistake in one run.
"""

from __future__ import annotations

from ..dataset import Data
from ..errors import DataError
from . import document, governance, programmes, readiness, vision
from .reporter import Reporter


def cross_check(data: Data) -> list[DataError]:
    report = Reporter(data)
    document.check(report, data)
    programmes.check(report, data)
    readiness.check(report, data)
    governance.check(report, data)
    vision.check(report, data)
    return report.errors
