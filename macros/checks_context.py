"""Cross-checks of the context chapters' data: readiness, glossary, governance, vision."""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import models

if TYPE_CHECKING:  # pragma: no cover - imported for type hints only
    from .checks import _Reporter
    from .loader import Data


def check_context(report: _Reporter, data: Data) -> None:
    _check_kesiapan(report, data.files["kesiapan"])  # type: ignore[arg-type]
    _check_glosarium(report, data.files["glosarium"])  # type: ignore[arg-type]
    _check_tata_kelola(report, data, data.files["tata_kelola"])  # type: ignore[arg-type]
    _check_visi(report, data, data.files["visi"])  # type: ignore[arg-type]
    report.unique("kota", ((("kota", "statistik", i, "id"), x.id) for i, x in enumerate(data.kota.statistik)),
                  "id statistik")
    rujukan: models.RujukanFile = data.files["rujukan"]  # type: ignore[assignment]
    report.unique("rujukan", ((("rujukan", i, "id"), r.id) for i, r in enumerate(rujukan.rujukan)), "id rujukan")
    report.unique("rujukan", ((("rujukan", i, "sitasi"), r.sitasi) for i, r in enumerate(rujukan.rujukan)),
                  "teks sitasi")


def _check_kesiapan(report: _Reporter, file: models.KesiapanFile) -> None:
    report.unique("kesiapan", ((("elemen", i, "id"), e.id) for i, e in enumerate(file.elemen)), "elemen kesiapan")
    report.unique("kesiapan", ((("skala", i, "tingkat"), t.tingkat) for i, t in enumerate(file.skala)),
                  "tingkat kesiapan")
    for i in range(1, len(file.skala)):
        if file.skala[i].skor_minimal <= file.skala[i - 1].skor_minimal:
            report.error("kesiapan", ("skala", i, "skor_minimal"),
                         "skala harus urut dari skor terendah; skor_minimal harus lebih besar dari tingkat di atasnya")
    missing = set(models.ElemenKesiapan.__args__) - {e.id for e in file.elemen}  # type: ignore[attr-defined]
    for ident in sorted(missing):
        report.error("kesiapan", ("elemen",), f"elemen kesiapan '{ident}' belum dinilai")
    low = file.skala[0].skor_minimal
    for i, e in enumerate(file.elemen):
        if not low <= e.skor <= file.skor_maksimal:
            report.error("kesiapan", ("elemen", i, "skor"),
                         f"skor {e.skor} di luar skala ({low}–{file.skor_maksimal})")


def _check_glosarium(report: _Reporter, file: models.GlosariumFile) -> None:
    report.unique("glosarium", ((("istilah", i, "istilah"), t.istilah.casefold()) for i, t in enumerate(file.istilah)),
                  "istilah")


def _check_tata_kelola(report: _Reporter, data: Data, file: models.TataKelolaFile) -> None:
    report.unique("tata_kelola", ((("lembaga", i, "id"), x.id) for i, x in enumerate(file.lembaga)), "id lembaga")
    report.unique("tata_kelola", ((("pihak_lain", i, "id"), x.id) for i, x in enumerate(file.pihak_lain)), "id pihak")
    report.unique("tata_kelola", ((("kegiatan", i, "id"), x.id) for i, x in enumerate(file.kegiatan)), "id kegiatan")
    for i, pihak in enumerate([*file.lembaga, *file.pihak_lain]):
        if pihak.id in data.opd_by_id:
            where = ("lembaga", i) if i < len(file.lembaga) else ("pihak_lain", i - len(file.lembaga))
            report.error("tata_kelola", where + ("id",),
                         f"id '{pihak.id}' sudah dipakai untuk OPD di data/opd.yml; pilih id lain")
    for i, lembaga in enumerate(file.lembaga):
        for j, anggota in enumerate(lembaga.anggota):
            if anggota.opd is not None:
                report.known("tata_kelola", ("lembaga", i, "anggota", j, "opd"), anggota.opd, data.opd_by_id,
                             "OPD", "data/opd.yml")
    parties = {**{x.id: x for x in file.lembaga}, **{x.id: x for x in file.pihak_lain}, **data.opd_by_id}
    for i, kegiatan in enumerate(file.kegiatan):
        _check_raci(report, ("kegiatan", i, "peran"), kegiatan, parties)


def _check_raci(report: _Reporter, loc: tuple[str, int, str], kegiatan: models.Kegiatan,
                parties: dict[str, object]) -> None:
    for party in kegiatan.peran:
        report.known("tata_kelola", loc + (party,), party, parties, "pihak",
                     "data/tata_kelola.yml (lembaga, pihak_lain) maupun data/opd.yml")
    roles = list(kegiatan.peran.values())
    if roles.count("A") != 1:
        report.error("tata_kelola", loc, f"setiap kegiatan harus punya tepat satu penanggung jawab akhir (A), "
                                         f"tertulis {roles.count('A')}")
    if "R" not in roles:
        report.error("tata_kelola", loc, "setiap kegiatan harus punya sedikitnya satu pelaksana (R)")


def _check_visi(report: _Reporter, data: Data, file: models.VisiFile) -> None:
    report.unique("visi", ((("acuan", i, "id"), x.id) for i, x in enumerate(file.acuan)), "id acuan")
    report.unique("visi", ((("misi", i, "id"), x.id) for i, x in enumerate(file.misi)), "id misi")
    report.unique("visi", ((("iku", i, "id"), x.id) for i, x in enumerate(file.iku)), "id IKU")
    report.unique("visi", ((("strategi", i, "dimensi"), x.dimensi) for i, x in enumerate(file.strategi)),
                  "dimensi strategi")
    acuan = {a.id: a for a in file.acuan}
    report.known("visi", ("visi", "selaras_dengan"), file.visi.selaras_dengan, acuan, "acuan", "bagian 'acuan'")
    if file.visi.selaras_dengan in acuan and acuan[file.visi.selaras_dengan].visi is None:
        report.error("visi", ("visi", "selaras_dengan"),
                     f"acuan '{file.visi.selaras_dengan}' tidak memuat visi; pilih dokumen yang mencantumkan visi")
    dims = data.dimensi_by_id
    for i, misi in enumerate(file.misi):
        for j, dim in enumerate(misi.dimensi):
            report.known("visi", ("misi", i, "dimensi", j), dim, dims, "dimensi", "data/dimensi.yml")
    for i, strategi in enumerate(file.strategi):
        report.known("visi", ("strategi", i, "dimensi"), strategi.dimensi, dims, "dimensi", "data/dimensi.yml")
    _coverage(report, ("misi",), {d for m in file.misi for d in m.dimensi}, dims, "misi")
    _coverage(report, ("strategi",), {s.dimensi for s in file.strategi}, dims, "strategi")
    doc = data.dokumen
    for i, iku in enumerate(file.iku):
        report.known("visi", ("iku", i, "dimensi"), iku.dimensi, dims, "dimensi", "data/dimensi.yml")
        for year in iku.target:
            if not doc.periode_mulai <= year <= doc.periode_selesai:
                period = f"{doc.periode_mulai}–{doc.periode_selesai}"
                report.error("visi", ("iku", i, "target", year),
                             f"target tahun {year} di luar periode rencana ({period})")


def _coverage(report: _Reporter, loc: tuple[str], used: set[str], dims: dict[str, object], what: str) -> None:
    for ident in dims:
        if ident not in used:
            report.error("visi", loc, f"dimensi '{ident}' belum punya {what}; setiap dimensi di data/dimensi.yml "
                                      f"harus tercakup")
