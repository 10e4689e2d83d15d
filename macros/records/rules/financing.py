"""Financing a finance officer can follow: every source other than APBD says why it fits the
programme (``alasan_sumber_dana``), and the regulations a programme names exist."""

from __future__ import annotations

from ..dataset import Data
from . import ids
from .reporter import Reporter

ANCHOR = "APBD"  # the city's own budget needs no reason


def check(report: Reporter, data: Data) -> None:
    regulations = ids.regulasi(report, data)
    for rec, p in report.records("program", "program", lambda: data.program):
        if rec.present("sumber_dana") and rec.sound("alasan_sumber_dana"):
            for source, share in p.sumber_dana.items():
                # a 0 share is reported as "remove it" (rules.programmes, a cause), not as a missing reason
                reason = source == ANCHOR or share == 0 or source in p.alasan_sumber_dana
                if rec.sound(("sumber_dana", source)) and not reason:
                    rec.error(
                        ("sumber_dana", source),
                        f"sumber dana {source} belum diberi alasan; tulis di 'alasan_sumber_dana' mengapa sumber "
                        "ini cocok untuk program ini (jenis kegiatan, besaran, dan dasar aturannya)",
                    )
            for source in p.alasan_sumber_dana:
                if source not in p.sumber_dana:
                    rec.error(
                        ("alasan_sumber_dana", source),
                        f"alasan untuk {source}, padahal {source} tidak ada di 'sumber_dana'; hapus alasan ini",
                    )
        if rec.present("regulasi"):
            for j, ident in enumerate(p.regulasi):
                if rec.sound(("regulasi", j)):
                    rec.known(("regulasi", j), ident, regulations, "regulasi", "data/regulasi.yml")
