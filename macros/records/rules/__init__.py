"""Rules across records: unique ids, references between files, years inside the plan.

Each module checks one part of the data and reports through ``Reporter``; ``cross_check``
runs them all, so an editor sees every mistake in one run, each told once at its cause
(reporter.py explains how a rule declares the values it rests on). The order below
matters: a module's errors are causes for the modules after it. ``likely_mistakes.warnings``
gives what does not stop the build (``DataWarning``), once the data is valid.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..dataset import Data
from ..errors import DataError, DataWarning
from ..yaml_source import Location
from . import (
    baselines,
    citations,
    document,
    financing,
    givers,
    goals,
    governance,
    indicators,
    legal_sources,
    likely_mistakes,
    markers,
    plans,
    programmes,
    quick_wins,
    readiness,
    roadmap,
    scoring,
    shares,
    sources,
    traceability,
    vision,
)
from .reporter import Reporter


def cross_check(data: Data, broken: Mapping[str, Iterable[Location]] | None = None) -> list[DataError]:
    """Run every rule; ``broken`` holds what Pydantic rejected, per file (see reporter.py)."""
    report = Reporter(data, broken)
    document.check(report, data)
    programmes.check(report, data)
    readiness.check(report, data)
    governance.check(report, data)
    vision.check(report, data)
    roadmap.check(report, data)
    likely_mistakes.check(report, data)
    markers.check(report, data)
    # issue 11: dated sources, sourced baselines, one number per indicator, traceability,
    # quick wins in the first year, reasons for every non-APBD source
    sources.check(report, data)
    baselines.check(report, data)
    indicators.check(report, data)
    traceability.check(report, data)
    quick_wins.check(report, data)
    financing.check(report, data)
    # review 1 of issue 11: action plan per programme, scored priorities, fiscal capacity;
    # sources of OPD names, amended regulations, dated versions
    plans.check(report, data)
    citations.check(report, data)
    # review 2 of issue 11: where each regulation title was checked; shares of one
    # whole; named givers of grants and company funds; the readiness scoring sheet; goals and
    # targets between missions and key indicators
    legal_sources.check(report, data)
    shares.check(report, data)
    givers.check(report, data)
    scoring.check(report, data)
    goals.check(report, data)
    return report.finish()


def warnings(data: Data) -> list[DataWarning]:
    """Likely mistakes in valid data, for ``make check`` and ``make build`` to print."""
    return likely_mistakes.warnings(data)
