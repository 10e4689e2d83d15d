"""Builds of the same sources are byte-identical: the build date comes from the data.

MkDocs and its plugins take "now" from ``SOURCE_DATE_EPOCH`` when it is set (the
sitemap's ``lastmod`` and the gzip header of sitemap.xml.gz, for instance). Unless the
caller sets it, the build sets it to the document date of data/kota.yml
(``dokumen.tanggal``), which changes with every release of the document.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time

VARIABLE = "SOURCE_DATE_EPOCH"


def pin_build_date(document_date: date) -> int:
    """Set SOURCE_DATE_EPOCH to ``document_date`` (midnight UTC) unless already set; return it."""
    if VARIABLE not in os.environ:
        os.environ[VARIABLE] = str(int(datetime.combine(document_date, time(), UTC).timestamp()))
    return int(os.environ[VARIABLE])
