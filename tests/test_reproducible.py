"""Two builds of the same sources are byte-identical: HTML, CSV/JSON, sitemap, PDF.

The session's full build (``full_build``) is compared with one more full build
(``second_build`` in conftest.py), started after the first one finished and into another
folder, so anything taken from the clock, the output path or a random source shows up
as a difference. Dates come from the data (see macros/outputs/site/reproducible.py) or
from git, never from the clock.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from macros.records import load_data

from conftest import ROOT, BuildResult


def _digests(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


@pytest.mark.slow
def test_two_builds_are_byte_identical(full_build: BuildResult, second_build: BuildResult) -> None:
    first, second = _digests(full_build.site), _digests(second_build.site)
    assert sorted(first) == sorted(second)
    differ = [name for name in first if first[name] != second[name]]
    assert not differ, f"berbeda antara dua pembangunan: {differ}"
    kinds = {Path(name).suffix for name in first}
    assert {".html", ".xml", ".gz", ".json"} <= kinds
    if "ENABLE_PDF_EXPORT" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8"):
        assert ".pdf" in kinds, "PDF diaktifkan tetapi tidak dibangun"


@pytest.mark.slow
def test_sitemap_dates_come_from_the_data(full_build: BuildResult) -> None:
    """lastmod and the gzip header carry the document date (or the caller's SOURCE_DATE_EPOCH)."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        epoch = int(os.environ["SOURCE_DATE_EPOCH"])
    else:
        tanggal = load_data(ROOT / "data", display_root=ROOT).dokumen.tanggal
        epoch = int(datetime(tanggal.year, tanggal.month, tanggal.day, tzinfo=UTC).timestamp())
    expected = datetime.fromtimestamp(epoch, UTC).date().isoformat()
    sitemap = (full_build.site / "sitemap.xml").read_text(encoding="utf-8")
    dates = set(re.findall(r"<lastmod>([^<]+)</lastmod>", sitemap))
    assert dates == {expected}
    packed = (full_build.site / "sitemap.xml.gz").read_bytes()
    assert int.from_bytes(packed[4:8], "little") == epoch  # gzip MTIME field
    assert gzip.decompress(packed).decode("utf-8") == sitemap
