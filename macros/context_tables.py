"""Tables of the context chapters (BAB I–IV, IX, Lampiran) and the overview on the home page.

Same pattern as ``tables.py``: the first argument of every ``tabel_*`` macro is its
unique key, the number comes from ``numbering``, the HTML from ``templates/``.
"""
from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Any, Callable

from . import fmt, models
from .errors import suggestion
from .loader import Data
from .render import render
from .tables import Tables


@dataclass(frozen=True)
class Pihak:
    """One column of the RACI matrix: an institution, another party or an OPD."""

    id: str
    singkatan: str
    nama: str


@dataclass(frozen=True)
class AngkaPokok:
    nama: str
    nilai: str
    tahun: str
    sumber: str
    catatan: str = ""


@dataclass(frozen=True)
class RingkasDimensi:
    dimensi: models.Dimensi
    program: int
    quick_win: int
    anggaran: int


def kesiapan(data: Data) -> models.KesiapanFile:
    return data.files["kesiapan"]  # type: ignore[return-value]


def glosarium(data: Data) -> models.GlosariumFile:
    return data.files["glosarium"]  # type: ignore[return-value]


def tata_kelola(data: Data) -> models.TataKelolaFile:
    return data.files["tata_kelola"]  # type: ignore[return-value]


def visi(data: Data) -> models.VisiFile:
    return data.files["visi"]  # type: ignore[return-value]


def rujukan(data: Data) -> dict[str, models.Rujukan]:
    return {r.id: r for r in data.files["rujukan"].rujukan}  # type: ignore[attr-defined]


# key of the numbered table that lists the references; citations link to its rows
REFERENCE_TABLE = "rujukan"


def ringkas_dimensi(data: Data) -> list[RingkasDimensi]:
    """Programme count, quick wins and indicative budget of every dimension, in data order."""
    rows = []
    for d in data.dimensi:
        program = data.program_of(dimensi=d.id)
        rows.append(RingkasDimensi(d, len(program), sum(p.quick_win for p in program),
                                   sum(p.total_anggaran for p in program)))
    return rows


def raci_columns(data: Data) -> list[Pihak]:
    """Institutions first, then OPD in data/opd.yml order, then other parties; only those used."""
    file = tata_kelola(data)
    used = {party for k in file.kegiatan for party in k.peran}
    candidates = [*(Pihak(x.id, x.singkatan, x.nama) for x in file.lembaga),
                  *(Pihak(o.id, o.singkatan, o.nama) for o in data.opd),
                  *(Pihak(x.id, x.singkatan, x.nama) for x in file.pihak_lain)]
    return [p for p in candidates if p.id in used]


class ContextTables(Tables):
    """Numbered tables of the context chapters."""

    def tabel_angka_pokok(self, kunci: str, judul: str = "Angka pokok") -> str:
        kota = self.data.kota
        latest = max(kota.penduduk, key=lambda p: p.tahun)
        rows = [AngkaPokok("Luas wilayah", f"{fmt.angka(kota.luas.nilai)} {kota.luas.satuan}", "",
                           kota.luas.sumber, kota.luas.catatan or ""),
                AngkaPokok("Kecamatan", fmt.angka(len(kota.kecamatan)), "", kota.kecamatan[0].sumber),
                AngkaPokok("Kelurahan dan desa", fmt.angka(sum(k.jumlah_kelurahan + k.jumlah_desa
                                                               for k in kota.kecamatan)),
                           "", kota.kecamatan[0].sumber),
                AngkaPokok("Jumlah penduduk (jiwa)", fmt.angka(latest.jumlah), str(latest.tahun), latest.sumber,
                           latest.keterangan)]
        rows += [AngkaPokok(s.nama, fmt.persen(s.nilai, 2) if s.satuan == "persen" else f"{fmt.angka(s.nilai)} "
                            f"{s.satuan}", str(s.tahun), s.sumber) for s in kota.statistik]
        return self._render("angka_pokok.html", kunci, judul, "data/kota.yml", baris=rows)

    def tabel_penduduk_kecamatan(self, kunci: str, judul: str = "Penduduk per kecamatan", tahun: int = 2020) -> str:
        kota = self.data.kota
        total = next((p for p in kota.penduduk if p.tahun == tahun), None)
        if total is None:
            raise KeyError(f"data/kota.yml: jumlah penduduk tahun {tahun} tidak ada di kota.penduduk")
        known = [k for k in kota.kecamatan if k.penduduk and k.penduduk.tahun == tahun]
        sumber = "; ".join(dict.fromkeys([total.sumber, *(k.penduduk.sumber for k in known if k.penduduk)]))
        # one kecamatan missing from the source: its figure is the remainder, marked as computed
        selisih = total.jumlah - sum(k.penduduk.jumlah for k in known if k.penduduk)
        return self._render("penduduk_kecamatan.html", kunci, judul, sumber, kecamatan=kota.kecamatan,
                            tahun=tahun, total=total.jumlah,
                            selisih=selisih if len(known) == len(kota.kecamatan) - 1 else None)

    def tabel_skala_kesiapan(self, kunci: str, judul: str = "Skala tingkat kesiapan") -> str:
        file = kesiapan(self.data)
        return self._render("skala_kesiapan.html", kunci, judul, "data/kesiapan.yml (skala tim penyusun)",
                            skala=file.skala, maksimal=file.skor_maksimal)

    def tabel_kesiapan(self, kunci: str, judul: str = "Ringkasan kesiapan daerah") -> str:
        file = kesiapan(self.data)
        rows = [(e, file.tingkat(e.skor)) for e in file.elemen]
        return self._render("kesiapan.html", kunci, judul, "data/kesiapan.yml (penilaian indikatif tim penyusun)",
                            baris=rows, maksimal=file.skor_maksimal)

    def tabel_kesiapan_elemen(self, kunci: str, elemen: str, judul: str | None = None) -> str:
        file = kesiapan(self.data)
        found = {e.id: e for e in file.elemen}
        if elemen not in found:
            raise KeyError(f"elemen kesiapan '{elemen}' tidak ada di data/kesiapan.yml")
        e = found[elemen]
        return self._render("kesiapan_elemen.html", kunci, judul or f"Temuan dan kesenjangan elemen {e.nama}",
                            "data/kesiapan.yml (penilaian tim penyusun)", elemen=e)

    def tabel_swot(self, kunci: str, judul: str = "Analisis SWOT") -> str:
        file = kesiapan(self.data)
        names = {e.id: e.nama for e in file.elemen}
        return self._render("swot.html", kunci, judul, "data/kesiapan.yml (penilaian tim penyusun)",
                            swot=file.swot, elemen=names)

    def tabel_acuan(self, kunci: str, judul: str = "Dokumen perencanaan daerah yang menjadi acuan") -> str:
        return self._render("acuan.html", kunci, judul, "data/visi.yml", acuan=visi(self.data).acuan)

    def tabel_makna_visi(self, kunci: str, judul: str = "Makna rumusan visi smart city") -> str:
        return self._render("makna_visi.html", kunci, judul, "data/visi.yml (usulan)", makna=visi(self.data).visi.makna)

    def tabel_misi(self, kunci: str, judul: str = "Misi smart city dan dimensi yang didukung") -> str:
        return self._render("misi.html", kunci, judul, "data/visi.yml (usulan)", misi=visi(self.data).misi,
                            dimensi=self.data.dimensi_by_id)

    def tabel_strategi(self, kunci: str, judul: str = "Strategi per dimensi") -> str:
        return self._render("strategi.html", kunci, judul, "data/visi.yml (usulan)",
                            strategi=visi(self.data).strategi, dimensi=self.data.dimensi_by_id)

    def tabel_iku(self, kunci: str, judul: str = "Indikator kinerja utama smart city") -> str:
        iku = visi(self.data).iku
        years = sorted({y for i in iku for y in i.target})
        return self._render("iku.html", kunci, judul, "data/visi.yml (target indikatif)", iku=iku, tahun=years,
                            dimensi=self.data.dimensi_by_id)

    def tabel_lembaga(self, kunci: str, lembaga: str, judul: str | None = None) -> str:
        found = {x.id: x for x in tata_kelola(self.data).lembaga}
        if lembaga not in found:
            raise KeyError(f"lembaga '{lembaga}' tidak ada di data/tata_kelola.yml")
        item = found[lembaga]
        return self._render("lembaga.html", kunci, judul or f"Susunan keanggotaan {item.nama}",
                            "data/tata_kelola.yml (usulan)", lembaga=item, opd=self.data.opd_by_id)

    def tabel_raci(self, kunci: str, judul: str = "Matriks peran (RACI) pelaksanaan smart city") -> str:
        return self._render("raci.html", kunci, judul, "data/tata_kelola.yml (usulan)",
                            kolom=raci_columns(self.data), kegiatan=tata_kelola(self.data).kegiatan)

    def tabel_glosarium(self, kunci: str, judul: str = "Daftar singkatan dan istilah") -> str:
        istilah = sorted(glosarium(self.data).istilah, key=lambda t: t.istilah.casefold())
        return self._render("glosarium.html", kunci, judul, "data/glosarium.yml", istilah=istilah)

    def tabel_riwayat(self, kunci: str, judul: str = "Riwayat perubahan dokumen") -> str:
        return self._render("riwayat.html", kunci, judul, "data/kota.yml (dokumen.riwayat)",
                            riwayat=self.data.dokumen.riwayat, versi=self.data.dokumen.versi)

    def tabel_rujukan(self, kunci: str, judul: str = "Daftar rujukan") -> str:
        return self._render("rujukan.html", kunci, judul, "data/rujukan.yml",
                            rujukan=list(rujukan(self.data).values()))

    def sitasi(self, ident: str) -> str:
        """Markdown link from a citation in the text to its row in the list of references."""
        known = rujukan(self.data)
        if ident not in known:
            raise KeyError(f"rujukan '{ident}' tidak ada di data/rujukan.yml{suggestion(ident, known)}")
        table = self.registry.get(REFERENCE_TABLE)
        if table is None:
            raise KeyError(f"tabel rujukan belum ada: tulis {{{{ tabel_rujukan(\"{REFERENCE_TABLE}\") }}}} "
                           "di halaman lampiran")
        page = self.current_page()
        target = "" if table.page == page else posixpath.relpath(table.page, posixpath.dirname(page) or ".")
        return f"[{known[ident].sitasi}]({target}#rujukan-{ident})"

    def singkatan(self) -> str:
        """Markdown abbreviation definitions of every glossary abbreviation, for tooltips in the prose.

        Called once at the end of a page: ``{{ singkatan() }}``. Python-Markdown's ``abbr``
        turns each later occurrence in the text into ``<abbr title="...">``.
        """
        return "\n".join(f"*[{t.istilah}]: {' '.join(t.arti.split())}"
                         for t in glosarium(self.data).istilah if t.jenis == "singkatan")

    def ikhtisar_program(self) -> str:
        """Unnumbered overview for pages outside the chapters (home page, executive summary)."""
        rows = ringkas_dimensi(self.data)
        return render("ikhtisar_program.html", baris=rows, total_program=sum(r.program for r in rows),
                      total_quick_win=sum(r.quick_win for r in rows), total_anggaran=sum(r.anggaran for r in rows))

    def macros(self) -> dict[str, Callable[..., str]]:
        extra = ("ikhtisar_program", "sitasi", "singkatan")
        return super().macros() | {name: getattr(self, name) for name in extra}


def variables(data: Data) -> dict[str, Any]:
    """Page variables of the context chapters: ``{{ visi.visi.rumusan }}``, ``{{ kesiapan.elemen }}``."""
    return {"kesiapan": kesiapan(data), "glosarium": glosarium(data), "tata_kelola": tata_kelola(data),
            "visi": visi(data), "ringkas_dimensi": ringkas_dimensi(data)}
