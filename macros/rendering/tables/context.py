"""Tables of the context chapters (BAB I–IV, IX, Lampiran) and the overview on the home page.

Same pattern as ``base.Tables``: the first argument of every ``tabel_*`` macro is its
unique key, the number comes from ``numbering``, the HTML from ``templates/``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...figures.indicators import iku_nilai
from ...figures.named import kesiapan_ringkas
from ...figures.summaries import raci_columns, ringkas_dimensi
from ...records import models
from ...records.errors import suggestion
from .. import formats
from ..jinja import render
from .base import REFERENCE_TABLE, Kutipan, Tables


@dataclass(frozen=True)
class AngkaPokok:
    nama: str
    nilai: str
    satuan: str
    tahun: str
    sumber: str
    catatan: str = ""


@dataclass(frozen=True)
class OpdTampil:
    id: str
    singkatan: str
    nama: str
    kutipan: tuple[Kutipan, ...]


def cited(sumber: models.Sumber) -> str:
    """'Penerbit, 2021' for a published source, as a source line or a table cell shows it."""
    return f"{sumber.penerbit}, {sumber.tahun}"


class ContextTables(Tables):
    """Numbered tables of the context chapters."""

    def tabel_angka_pokok(self, kunci: str, judul: str = "Angka pokok") -> str:
        kota = self.data.kota
        latest = max(kota.penduduk, key=lambda p: p.tahun)
        rows = [
            AngkaPokok(
                "Luas wilayah",
                formats.angka(kota.luas.nilai),
                kota.luas.satuan,
                "",
                kota.luas.sumber,
                kota.luas.catatan or "",
            ),
            AngkaPokok("Kecamatan", formats.angka(len(kota.kecamatan)), "", "", kota.kecamatan[0].sumber),
            AngkaPokok(
                "Kelurahan dan desa",
                formats.angka(sum(k.jumlah_kelurahan + k.jumlah_desa for k in kota.kecamatan)),
                "",
                "",
                kota.kecamatan[0].sumber,
            ),
            AngkaPokok(
                "Jumlah penduduk",
                formats.angka(latest.jumlah),
                "jiwa",
                str(latest.tahun),
                latest.sumber,
                "" if latest.keterangan in latest.sumber else latest.keterangan,
            ),
        ]
        rows += [
            AngkaPokok(
                s.nama,
                formats.angka(s.nilai, 2) if s.satuan == "persen" else formats.angka(s.nilai),
                s.satuan,
                str(s.tahun),
                cited(s.sumber),
                s.catatan or "",
            )
            for s in kota.statistik
        ]
        return self._render(
            "angka_pokok.html",
            kunci,
            judul,
            self._penyusun("dihimpun dari sumber pada setiap baris"),
            "kota-statistik",
            baris=rows,
        )

    def tabel_penduduk_kecamatan(
        self, kunci: str, judul: str = "Penduduk per kecamatan", tahun: int | None = None
    ) -> str:
        """Population per district in ``tahun``: by default the latest year with figures per district."""
        kota = self.data.kota
        if tahun is None:
            years = [k.penduduk.tahun for k in kota.kecamatan if k.penduduk]
            if not years:
                raise KeyError("data/kota.yml: belum ada jumlah penduduk per kecamatan (kota.kecamatan[].penduduk)")
            tahun = max(years)
        total = next((p for p in kota.penduduk if p.tahun == tahun), None)
        if total is None:
            raise KeyError(f"data/kota.yml: jumlah penduduk tahun {tahun} tidak ada di kota.penduduk")
        known = [k for k in kota.kecamatan if k.penduduk and k.penduduk.tahun == tahun]
        sumber = "; ".join(dict.fromkeys([total.sumber, *(k.penduduk.sumber for k in known if k.penduduk)]))
        # one kecamatan missing from the source: its figure is the remainder, marked as computed
        selisih = total.jumlah - sum(k.penduduk.jumlah for k in known if k.penduduk)
        return self._render(
            "penduduk_kecamatan.html",
            kunci,
            judul,
            sumber,
            "kota-kecamatan",
            kecamatan=kota.kecamatan,
            tahun=tahun,
            total=total.jumlah,
            selisih=selisih if len(known) == len(kota.kecamatan) - 1 else None,
        )

    def tabel_skala_kesiapan(self, kunci: str, judul: str = "Skala tingkat kesiapan") -> str:
        file = self.data.kesiapan
        return self._render(
            "skala_kesiapan.html",
            kunci,
            judul,
            self._penyusun("skala penilaian"),
            "kesiapan-skala",
            skala=file.skala,
            maksimal=file.skor_maksimal,
        )

    def tabel_kesiapan(self, kunci: str, judul: str = "Ringkasan kesiapan daerah") -> str:
        file = self.data.kesiapan
        main = {k.id: k.kesenjangan_utama for k in kesiapan_ringkas(self.data)}
        rows = [(e, file.tingkat(e.skor), main[e.id]) for e in file.elemen]
        return self._render(
            "kesiapan.html",
            kunci,
            judul,
            self._penyusun("penilaian indikatif"),
            "kesiapan-elemen",
            baris=rows,
            maksimal=file.skor_maksimal,
        )

    def tabel_kesiapan_elemen(self, kunci: str, elemen: str, judul: str | None = None) -> str:
        file = self.data.kesiapan
        found = {e.id: e for e in file.elemen}
        if elemen not in found:
            raise KeyError(f"elemen kesiapan '{elemen}' tidak ada di data/kesiapan.yml{suggestion(elemen, found)}")
        e = found[elemen]
        return self._render(
            "kesiapan_elemen.html",
            kunci,
            judul or f"Temuan dan kesenjangan elemen {e.nama}",
            self._penyusun("penilaian indikatif"),
            "kesiapan-elemen-kesenjangan",
            elemen=e,
        )

    def tabel_swot(self, kunci: str, judul: str = "Analisis SWOT") -> str:
        file = self.data.kesiapan
        names = {e.id: e.nama for e in file.elemen}
        return self._render(
            "swot.html",
            kunci,
            judul,
            self._penyusun("penilaian indikatif"),
            "berkas-kesiapan",
            swot=file.swot,
            elemen=names,
        )

    def tabel_acuan(self, kunci: str, judul: str = "Dokumen perencanaan daerah yang menjadi acuan") -> str:
        return self._render(
            "acuan.html",
            kunci,
            judul,
            self._penyusun("dari dokumen pada setiap baris"),
            "visi-acuan",
            acuan=self.data.visi.acuan,
        )

    def tabel_makna_visi(self, kunci: str, judul: str = "Makna rumusan visi kota cerdas") -> str:
        return self._render(
            "makna_visi.html",
            kunci,
            judul,
            self._penyusun("usulan"),
            "visi-makna",
            makna=self.data.visi.visi.makna,
        )

    def tabel_misi(self, kunci: str, judul: str = "Misi kota cerdas dan dimensi yang didukung") -> str:
        return self._render(
            "misi.html",
            kunci,
            judul,
            self._penyusun("usulan"),
            "visi-misi",
            misi=self.data.visi.misi,
            dimensi=self.data.dimensi_by_id,
        )

    def tabel_strategi(self, kunci: str, judul: str = "Strategi per dimensi") -> str:
        return self._render(
            "strategi.html",
            kunci,
            judul,
            self._penyusun("usulan"),
            "visi-strategi",
            strategi=self.data.visi.strategi,
            dimensi=self.data.dimensi_by_id,
        )

    def tabel_iku(self, kunci: str, judul: str = "Indikator kinerja utama kota cerdas") -> str:
        rows = iku_nilai(self.data)
        years = sorted({y for i in self.data.visi.iku for y in i.target} | {y for r in rows for y in r.target})
        return self._render(
            "iku.html",
            kunci,
            judul,
            self._penyusun("target indikatif"),
            "visi-iku",
            baris=rows,
            tahun=years,
            dimensi=self.data.dimensi_by_id,
            opd=self.data.opd_by_id,
        )

    def tabel_lembaga(self, kunci: str, lembaga: str, judul: str | None = None) -> str:
        found = {x.id: x for x in self.data.tata_kelola.lembaga}
        if lembaga not in found:
            raise KeyError(f"lembaga '{lembaga}' tidak ada di data/tata_kelola.yml{suggestion(lembaga, found)}")
        item = found[lembaga]
        return self._render(
            "lembaga.html",
            kunci,
            judul or f"Susunan keanggotaan {item.nama}",
            self._penyusun("usulan"),
            "tata-kelola-lembaga-anggota",
            lembaga=item,
            opd=self.data.opd_by_id,
        )

    def tabel_raci(self, kunci: str, judul: str = "Matriks peran (RACI) pelaksanaan kota cerdas") -> str:
        return self._render(
            "raci.html",
            kunci,
            judul,
            self._penyusun("usulan"),
            "tata-kelola-kegiatan",
            kolom=raci_columns(self.data),
            kegiatan=self.data.tata_kelola.kegiatan,
        )

    def tabel_opd(self, kunci: str, judul: str = "Perangkat daerah") -> str:
        """OPD with the references that use their names (linked to the list of references)."""
        rows = [OpdTampil(o.id, o.singkatan, o.nama, tuple(self._kutipan(r) for r in o.rujukan)) for o in self.data.opd]
        return self._render(
            "opd.html", kunci, judul, self._penyusun("nama menurut sumber pada setiap baris"), "opd", opd=rows
        )

    def tabel_glosarium(self, kunci: str, judul: str = "Daftar singkatan dan istilah") -> str:
        istilah = sorted(self.data.glosarium.istilah, key=lambda t: t.istilah.casefold())
        return self._render("glosarium.html", kunci, judul, self._penyusun(), "glosarium-istilah", istilah=istilah)

    def tabel_riwayat(self, kunci: str, judul: str = "Riwayat perubahan dokumen") -> str:
        return self._render(
            "riwayat.html",
            kunci,
            judul,
            self._penyusun(),
            "kota-dokumen-riwayat",
            riwayat=self.data.dokumen.riwayat,
            versi=self.data.dokumen.versi,
        )

    def tabel_rujukan(self, kunci: str, judul: str = "Daftar rujukan") -> str:
        return self._render("rujukan.html", kunci, judul, self._penyusun(), "rujukan", rujukan=list(self.data.rujukan))

    def sitasi(self, ident: str) -> str:
        """Markdown link from a citation in the text to its row in the list of references."""
        known = self.data.rujukan_by_id
        if ident not in known:
            raise KeyError(f"rujukan '{ident}' tidak ada di data/rujukan.yml{suggestion(ident, known)}")
        table = self.registry.get(REFERENCE_TABLE)
        if table is None:
            raise KeyError(
                f'tabel rujukan belum ada: tulis {{{{ tabel_rujukan("{REFERENCE_TABLE}") }}}} di halaman lampiran'
            )
        return f"[{known[ident].sitasi}]({self.current_page().markdown(table.page, f'rujukan-{ident}')})"

    def singkatan(self) -> str:
        """Markdown abbreviation definitions of every glossary abbreviation, for tooltips in the prose.

        Called once at the end of a page: ``{{ singkatan() }}``. Python-Markdown's ``abbr``
        turns each later occurrence in the text into ``<abbr title="...">``.
        """
        return "\n".join(
            f"*[{t.istilah}]: {' '.join(t.arti.split())}" for t in self.data.glosarium.istilah if t.jenis == "singkatan"
        )

    def ikhtisar_program(self) -> str:
        """Unnumbered overview for pages outside the chapters (home page, executive summary)."""
        rows = ringkas_dimensi(self.data)
        return render(
            "ikhtisar_program.html",
            baris=rows,
            total_program=sum(r.program for r in rows),
            total_quick_win=sum(r.quick_win for r in rows),
            total_anggaran=sum(r.anggaran for r in rows),
        )

    def macros(self) -> dict[str, Callable[..., str]]:
        extra = ("ikhtisar_program", "sitasi", "singkatan")
        return super().macros() | {name: getattr(self, name) for name in extra}
