"""``Data``: every data file of one build as a typed record, with the look-ups renderers need.

Built by ``records.loader.load_data`` only; everything downstream (derived figures,
rendering, outputs) receives one ``Data`` and never reads data/ itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property
from typing import TypeVar

from . import models
from .errors import DataWarning, suggestion
from .yaml_source import Source

_File = TypeVar("_File", bound=models.DataFile)
_Value = TypeVar("_Value")


class UnknownId(Exception):
    """An id looked up in a ``Lookup`` that the data does not have.

    Deliberately not a ``LookupError``: Jinja turns a ``LookupError`` into an undefined
    value, so ``{% set e = data.elemen_by_id["pelayan-publik"] %}`` would only fail on a
    later line that uses ``e``, with "'dict object' has no attribute". This error stops
    the chapter on the line of the mistaken id itself, with the nearest id as suggestion.
    """


class Lookup(dict[str, _Value]):
    """Records by id; a missing id raises ``UnknownId`` naming the data file and the nearest id."""

    def __init__(self, items: Iterable[tuple[str, _Value]], what: str, where: str) -> None:
        super().__init__(items)
        self.what = what
        self.where = where

    def __missing__(self, key: str) -> _Value:
        raise UnknownId(f"{self.what} '{key}' tidak ada di {self.where}{suggestion(key, self)}")


def _typed(files: Mapping[str, models.DataFile], stem: str, model: type[_File]) -> _File:
    record = files[stem]
    if not isinstance(record, model):  # pragma: no cover - DATASETS maps each stem to its model
        raise TypeError(f"data/{stem}.yml: expected {model.__name__}, got {type(record).__name__}")
    return record


class Data:
    """All records of one build: one typed attribute per data file, plus shortcuts.

    The ``*_by_id`` maps are ``Lookup``s: a chapter that asks for an id the data does not
    have fails on that line, with the nearest id as suggestion.

    While data/ holds errors, ``load_data`` builds a ``Data`` of salvaged records for the
    rules alone (fields that failed are missing); a build only ever sees valid data.
    """

    def __init__(self, files: Mapping[str, models.DataFile], sources: Mapping[str, Source]) -> None:
        self.files = dict(files)
        self.sources = dict(sources)
        # likely mistakes found in valid data (set by the loader); printed, never fatal
        self.warnings: tuple[DataWarning, ...] = ()
        # one typed record per data file
        self.kota_file = _typed(files, "kota", models.KotaFile)
        self.dimensi_file = _typed(files, "dimensi", models.DimensiFile)
        self.opd_file = _typed(files, "opd", models.OpdFile)
        self.regulasi_file = _typed(files, "regulasi", models.RegulasiFile)
        self.program_file = _typed(files, "program", models.ProgramFile)
        self.kesiapan = _typed(files, "kesiapan", models.KesiapanFile)
        self.analisis = _typed(files, "analisis", models.AnalisisFile)
        self.glosarium = _typed(files, "glosarium", models.GlosariumFile)
        self.tata_kelola = _typed(files, "tata_kelola", models.TataKelolaFile)
        self.visi = _typed(files, "visi", models.VisiFile)
        self.rujukan_file = _typed(files, "rujukan", models.RujukanFile)

    # shortcuts to the parts the chapters use most (read lazily: a salvaged file may lack them)
    @cached_property
    def dokumen(self) -> models.Dokumen:
        return self.kota_file.dokumen

    @cached_property
    def kota(self) -> models.Kota:
        return self.kota_file.kota

    @cached_property
    def dimensi(self) -> tuple[models.Dimensi, ...]:
        return tuple(self.dimensi_file.dimensi)

    @cached_property
    def opd(self) -> tuple[models.Opd, ...]:
        return tuple(self.opd_file.opd)

    @cached_property
    def regulasi(self) -> tuple[models.Regulasi, ...]:
        return tuple(self.regulasi_file.regulasi)

    @cached_property
    def program(self) -> tuple[models.Program, ...]:
        return tuple(self.program_file.program)

    @cached_property
    def rujukan(self) -> tuple[models.Rujukan, ...]:
        return tuple(self.rujukan_file.rujukan)

    @cached_property
    def dimensi_by_id(self) -> Lookup[models.Dimensi]:
        return Lookup(((d.id, d) for d in self.dimensi), "dimensi", "data/dimensi.yml")

    @cached_property
    def elemen_by_id(self) -> Lookup[models.Elemen]:
        return Lookup(((e.id, e) for d in self.dimensi for e in d.elemen), "elemen", "data/dimensi.yml")

    @cached_property
    def dimensi_of_elemen(self) -> Lookup[models.Dimensi]:
        return Lookup(((e.id, d) for d in self.dimensi for e in d.elemen), "elemen", "data/dimensi.yml")

    @cached_property
    def opd_by_id(self) -> Lookup[models.Opd]:
        return Lookup(((o.id, o) for o in self.opd), "OPD", "data/opd.yml")

    @cached_property
    def regulasi_by_id(self) -> Lookup[models.Regulasi]:
        return Lookup(((r.id, r) for r in self.regulasi), "regulasi", "data/regulasi.yml")

    @cached_property
    def program_by_id(self) -> Lookup[models.Program]:
        return Lookup(((p.id, p) for p in self.program), "program", "data/program.yml")

    @cached_property
    def rujukan_by_id(self) -> Lookup[models.Rujukan]:
        return Lookup(((r.id, r) for r in self.rujukan), "rujukan", "data/rujukan.yml")

    @cached_property
    def indikator_by_id(self) -> dict[str, tuple[models.Program, models.Indikator]]:
        """Programme indicators that carry an id (an IKU may restate one of them)."""
        return {i.id: (p, i) for p in self.program for i in p.indikator if i.id is not None}

    @cached_property
    def kesenjangan_by_id(self) -> dict[str, tuple[models.PenilaianKesiapan, models.Kesenjangan]]:
        """Readiness gaps of data/kesiapan.yml with their element."""
        return {k.id: (e, k) for e in self.kesiapan.elemen for k in e.kesenjangan}

    @cached_property
    def isu_by_id(self) -> dict[str, tuple[models.AnalisisDimensi, models.IsuStrategis]]:
        """Strategic issues of data/analisis.yml with their dimension's analysis."""
        return {i.id: (a, i) for a in self.analisis.dimensi for i in a.isu}

    @property
    def tahun_rencana(self) -> range:
        return range(self.dokumen.periode_mulai, self.dokumen.periode_selesai + 1)

    def program_of(
        self, *, dimensi: str | None = None, elemen: str | None = None, quick_win: bool | None = None
    ) -> list[models.Program]:
        """Programmes in data order, filtered; unknown ids are an error, not an empty list."""
        if dimensi is not None and dimensi not in self.dimensi_by_id:
            raise KeyError(
                f"dimensi '{dimensi}' tidak ada di data/dimensi.yml{suggestion(dimensi, self.dimensi_by_id)}"
            )
        if elemen is not None and elemen not in self.elemen_by_id:
            raise KeyError(f"elemen '{elemen}' tidak ada di data/dimensi.yml{suggestion(elemen, self.elemen_by_id)}")
        return [
            p
            for p in self.program
            if (dimensi is None or p.dimensi == dimensi)
            and (elemen is None or p.elemen == elemen)
            and (quick_win is None or p.quick_win == quick_win)
        ]
