"""A grant or a company's social funds are budgeted only with a named giver (review 2 of
issue 11): the share of such a source names who gives it and the references that say so
(``pemberi``); otherwise the share belongs to the city's own budget."""

from __future__ import annotations

from ..dataset import Data
from .reporter import Reporter

NAMED_GIVER = ("CSR", "Hibah")  # sources that depend on a giver outside government budgets


def check(report: Reporter, data: Data) -> None:
    references = report.ids("rujukan", "rujukan", lambda: data.rujukan)
    for rec, p in report.records("program", "program", lambda: data.program):
        if not rec.present("sumber_dana") or not rec.sound("pemberi"):
            continue
        for source, share in p.sumber_dana.items():
            if not rec.sound(("sumber_dana", source)):
                continue
            if source in NAMED_GIVER and share > 0 and source not in p.pemberi:
                rec.error(
                    ("sumber_dana", source),
                    f"sumber dana {source} hanya dianggarkan bila pemberinya jelas: tulis di 'pemberi' nama "
                    f"pemberi dan rujukan yang menyebutnya, atau pindahkan porsinya ke APBD",
                )
        for source, giver in p.pemberi.items():
            if source not in p.sumber_dana and rec.sound("sumber_dana"):
                rec.error(("pemberi", source), f"pemberi untuk {source}, padahal {source} tidak ada di 'sumber_dana'")
            for j, ident in enumerate(giver.rujukan):
                rec.known(("pemberi", source, "rujukan", j), ident, references, "rujukan", "data/rujukan.yml")
