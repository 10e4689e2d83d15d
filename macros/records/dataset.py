"""``Data``: every data file of one build as a typed record, with the look-ups renderers need.

Built by ``records.loader.load_data`` only; everything downstream (derived figures,
rendering, outputs) receives one ``Data`` and never reads data/ itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TypeVar

from . import models
from .errors import DataWarning, suggestion
from .yaml_source import Source

_File = TypeVar("_File", bound=models.DataFile)


def _typed(files: Mapping[str, models.DataFile], stem: str, model: type[_File]) -> _File:
    record = files[stem]
    if not isinstance(record, model):  # pragma: no cover - DATASETS maps each stem to its model
        raise TypeError(f"data/{stem}.yml: expected {model.__name__}, got {type(record).__name__}")
    return record


class Data:
    """All records of one build: one typed attribute per data file, plus shortcuts.

    ``positions`` maps a file stem to the index in the file of each record kept, when
    broken records were left out (``loader`` checks the sound programmes that way).
    """

    def __init__(
        self,
        files: Mapping[str, models.DataFile],
        sources: Mapping[str, Source],
        positions: Mapping[str, tuple[int, ...]] | None = None,
    ) -> None:
        self.files = dict(files)
        self.sources = dict(sources)
        self.positions = dict(positions or {})
        # likely mistakes found in valid data (set by the loader); printed, never fatal
        self.warnings: tuple[DataWarning, ...] = ()
        # one typed record per data file
        self.kota_file = _typed(files, "kota", models.KotaFile)
        self.dimensi_file = _typed(files, "dimensi", models.DimensiFile)
        self.opd_file = _typed(files, "opd", models.OpdFile)
        self.regulasi_file = _typed(files, "regulasi", models.RegulasiFile)
        self.program_file = _typed(files, "program", models.ProgramFile)
        self.kesiapan = _typed(files, "kesiapan", models.KesiapanFile)
        self.glosarium = _typed(files, "glosarium", models.GlosariumFile)
        self.tata_kelola = _typed(files, "tata_kelola", models.TataKelolaFile)
        self.visi = _typed(files, "visi", models.VisiFile)
        self.rujukan_file = _typed(files, "rujukan", models.RujukanFile)
        # shortcuts to the lists the chapters use most
        self.dokumen: models.Dokumen = self.kota_file.dokumen
        self.kota: models.Kota = self.kota_file.kota
        self.dimensi: tuple[models.Dimensi, ...] = tuple(self.dimensi_file.dimensi)
        self.opd: tuple[models.Opd, ...] = tuple(self.opd_file.opd)
        self.regulasi: tuple[models.Regulasi, ...] = tuple(self.regulasi_file.regulasi)
        self.program: tuple[models.Program, ...] = tuple(self.program_file.program)
        self.rujukan: tuple[models.Rujukan, ...] = tuple(self.rujukan_file.rujukan)

    @cached_property
    def dimensi_by_id(self) -> dict[str, models.Dimensi]:
        return {d.id: d for d in self.dimensi}

    @cached_property
    def elemen_by_id(self) -> dict[str, models.Elemen]:
        return {e.id: e for d in self.dimensi for e in d.elemen}

    @cached_property
    def dimensi_of_elemen(self) -> dict[str, models.Dimensi]:
        return {e.id: d for d in self.dimensi for e in d.elemen}

    @cached_property
    def opd_by_id(self) -> dict[str, models.Opd]:
        return {o.id: o for o in self.opd}

    @cached_property
    def regulasi_by_id(self) -> dict[str, models.Regulasi]:
        return {r.id: r for r in self.regulasi}

    @cached_property
    def program_by_id(self) -> dict[str, models.Program]:
        return {p.id: p for p in self.program}

    @cached_property
    def rujukan_by_id(self) -> dict[str, models.Rujukan]:
        return {r.id: r for r in self.rujukan}

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
