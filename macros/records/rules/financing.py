"""Financing a finance officer can follow: every source other than APBD says why it fits the
programme (``alasan_sumber_dana``), and the regulations a programme names exist."""

from __future__ import annotations

from ..dataset import Data
from .reporter import Reporter

ANCHOR = "APBD"  # the city's own budget needs no reason


def check(report: Reporter, data: Data) -> None:
    for i, p in enumerate(data.program):
        for source, share in p.sumber_dana.items():
            # a 0 share is reported as "remove it" (rules.programmes), not as a missing reason
            if source != ANCHOR and share > 0 and source not in p.alasan_sumber_dana:
                report.error(
                    "program",
                    ("program", i, "sumber_dana", source),
                    f"sumber dana {source} belum diberi alasan; tulis di 'alasan_sumber_dana' mengapa sumber ini "
                    "cocok untuk program ini (jenis kegiatan, besaran, dan dasar aturannya)",
                )
        for source in p.alasan_sumber_dana:
            if source not in p.sumber_dana:
                report.error(
                    "program",
                    ("program", i, "alasan_sumber_dana", source),
                    f"alasan untuk {source}, padahal {source} tidak ada di 'sumber_dana'; hapus alasan ini",
                )
        for j, ident in enumerate(p.regulasi):
            report.known(
                "program", ("program", i, "regulasi", j), ident, data.regulasi_by_id, "regulasi", "data/regulasi.yml"
            )
