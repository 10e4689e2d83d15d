"""Unit tests of the records layer (no build): salvaged records, the cause registry, folding.

The corpus in data_rusak.yml shows what editors read; these tests pin the mechanism
underneath (macros/records/validation.py ``salvage``, macros/records/rules/reporter.py)
and fuzz every data file, so that a rule reading a broken record can never end in a
traceback instead of a message.
"""

from __future__ import annotations

import copy
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from macros.records import DATASETS, load_data, models
from macros.records.dataset import Data
from macros.records.errors import DataError, DataValidationError, Place
from macros.records.rules.reporter import Ids, Reporter
from macros.records.validation import salvage, validate_file
from macros.records.yaml_source import read_source

from conftest import ROOT

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _raw(stem: str) -> Any:
    return yaml.safe_load((ROOT / "data" / f"{stem}.yml").read_text(encoding="utf-8"))


# --- salvage: the sound fields of a broken record ---------------------------------


def test_salvage_keeps_sound_fields_and_leaves_out_broken_ones() -> None:
    raw = copy.deepcopy(_raw("program")["program"][0])
    raw["anggaran"][next(iter(raw["anggaran"]))] = "satu juta"
    raw["status"] = "rencana"
    record = salvage(models.Program, raw, [("anggaran", next(iter(raw["anggaran"]))), ("status",)])
    assert record.id == raw["id"] and record.tahun_mulai == raw["tahun_mulai"]
    assert isinstance(record.indikator[0], models.Indikator)  # sound nested records are real records
    for broken in ("anggaran", "status"):
        with pytest.raises(AttributeError):
            getattr(record, broken)


def test_salvage_leaves_out_a_broken_field_even_when_it_has_a_default() -> None:
    raw = copy.deepcopy(_raw("program")["program"][0])
    raw["quick_win"] = "ya"
    record = salvage(models.Program, raw, [("quick_win",)])
    with pytest.raises(AttributeError):
        _ = record.quick_win  # not the default False: a rule must not judge a quick win it could not read


def test_salvage_keeps_every_list_item_in_its_place() -> None:
    raw = copy.deepcopy(_raw("program"))
    raw["program"][1] = "bukan rekaman"
    raw["program"][2]["indikator"][0]["target"] = "banyak"
    record = salvage(models.ProgramFile, raw, [("program", 1), ("program", 2, "indikator", 0, "target")])
    assert len(record.program) == len(raw["program"])
    assert record.program[0].id == raw["program"][0]["id"]
    with pytest.raises(AttributeError):
        _ = record.program[1].id
    assert record.program[2].indikator[0].nama == raw["program"][2]["indikator"][0]["nama"]
    with pytest.raises(AttributeError):
        _ = record.program[2].indikator[0].target


def test_validate_file_names_what_pydantic_rejected(tmp_path: Path) -> None:
    path = tmp_path / "opd.yml"
    path.write_text("opd:\n  - id: a\n    singkatan: A\n  - id: b b\n    singkatan: B\n    nama: Badan B\n", "utf-8")
    source, errors = read_source(path, "data/opd.yml")
    assert source is not None and not errors
    checked = validate_file(source, models.OpdFile)
    assert sorted(set(checked.broken)) == [("opd", 0, "nama"), ("opd", 1, "id")]
    assert [e.line for e in checked.errors] == [2, 4]
    assert checked.record.opd[1].nama == "Badan B"


# --- the reporter: causes, needs, folding ----------------------------------------


@pytest.fixture(scope="module")
def data() -> Data:
    return load_data(ROOT / "data", display_root=ROOT)


def test_an_error_becomes_a_cause_that_silences_its_consequences(data: Data) -> None:
    report = Reporter(data)
    rec = report.at("program", ("program", 0))
    rec.error("tahun_selesai", "tahun salah")
    rec.error("anggaran", "anggaran tahun 2030 belum diisi", needs=["tahun_selesai"])
    rec.error("status", "status salah")  # independent: still reported
    assert [e.message for e in report.finish()] == ["tahun salah", "status salah"]


def test_causes_cover_what_lies_inside_and_around_them(data: Data) -> None:
    report = Reporter(data, {"program": [("program", 3, "anggaran", 2025)]})
    assert not report.sound("program", ("program", 3, "anggaran"))  # a value inside failed
    assert not report.sound("program", ("program", 3, "anggaran", 2025, "x"))  # around it
    assert report.sound("program", ("program", 3, "tahun_mulai"), ("program", 4, "anggaran"))
    assert report.present("program", ("program", 3, "anggaran"))  # the field itself was read
    assert report.sound("kota", ("dokumen",))  # causes belong to one file


def test_a_verdict_on_a_whole_record_is_not_a_cause(data: Data) -> None:
    report = Reporter(data)
    report.at("dimensi", ("dimensi", 0)).error((), "belum ada quick win", cause=False)
    assert report.sound("dimensi", ("dimensi", 0, "id"))


def test_the_same_message_at_several_places_is_one_error(data: Data) -> None:
    report = Reporter(data)
    for i in (0, 1, 2):
        report.at("program", ("program", i)).error("quick_win", "program quick win wajib mengisi 'risiko'")
    [error] = report.finish()
    assert error.record == f"program {data.program[0].id}"
    assert [p.record for p in error.also] == [f"program {data.program[i].id}" for i in (1, 2)]
    assert " — juga di 2 tempat lain: program " in str(error)
    assert len(error.github_annotation().splitlines()) == 3  # one annotation per place


def test_an_unknown_id_named_once_is_told_at_the_reference(data: Data) -> None:
    report = Reporter(data)
    ids = report.ids("opd", "opd", lambda: data.opd)
    report.at("program", ("program", 0)).known("opd_pengampu", "diskominf", ids, "OPD", "data/opd.yml")
    [error] = report.finish()
    assert error.file == "data/program.yml"
    assert error.message == "OPD 'diskominf' tidak ada di data/opd.yml (maksud Anda 'diskominfo'?)"


def test_an_id_renamed_at_its_definition_is_told_there_once(data: Data) -> None:
    renamed = Data(
        data.files | {"opd": data.opd_file.model_copy(update={"opd": [data.opd[0].model_copy(update={"id": "x1"})]})},
        data.sources,
    )
    report = Reporter(renamed)
    ids = report.ids("opd", "opd", lambda: renamed.opd)
    wanted = data.opd[0].id
    assert list(ids) == ["x1"]
    for i in range(3):
        report.at("program", ("program", i)).known("opd_pengampu", wanted, ids, "OPD", "data/opd.yml")
    [error] = report.finish()
    if not error.message.startswith("id 'x1'"):  # the renamed id is too far from the old one to suggest it
        assert len(error.also) == 2
        return
    assert error.file == "data/opd.yml" and error.also_label == "dirujuk di" and len(error.also) == 3


def test_references_to_an_unreadable_definition_are_left_out(data: Data) -> None:
    report = Reporter(data, {"opd": [("opd", 0, "id")]})
    ids = report.ids("opd", "opd", lambda: data.opd)
    assert data.opd[0].id not in ids and ids.unreadable == [data.opd[0].id]
    report.at("program", ("program", 0)).known("opd_pengampu", data.opd[0].id, ids, "OPD", "data/opd.yml")
    assert report.finish() == []
    assert not report.sound("program", ("program", 0, "opd_pengampu"))


def test_ids_of_a_list_that_could_not_be_read_may_hold_anything(data: Data) -> None:
    ids: Ids[object] = Reporter(data, {"opd": [("opd",)]}).ids("opd", "opd", lambda: data.opd)
    assert ids.may_hold("apa-saja")


def test_folded_error_text() -> None:
    error = DataError("data/a.yml", 3, "program P1", "opd", "salah", (Place("data/a.yml", 9, "program P2"),))
    assert str(error) == "data/a.yml:3: program P1, opd: salah — juga di 1 tempat lain: program P2 (baris 9)"


# --- fuzz: any value anywhere gives messages, never a traceback --------------------


def _leaves(value: Any, loc: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [loc] if loc else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _leaves(item, loc + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _leaves(item, loc + (i,))
    return found


RAW = {stem: _raw(stem) for stem in DATASETS}
PLACES = [(stem, loc) for stem, content in RAW.items() for loc in _leaves(content)]
_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 3000),
    st.sampled_from(["", "x", "governance", "diskominfo", "2025", "A", "R"]),
    st.lists(st.sampled_from(["a", "b"]), max_size=2),
    st.dictionaries(st.sampled_from(["id", "nama", "x"]), st.sampled_from(["a", "1"]), max_size=2),
)


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "data"


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "30")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(changes=st.lists(st.tuples(st.sampled_from(PLACES), _JUNK), min_size=1, max_size=3))
def test_any_broken_value_in_any_file_gives_located_messages(fuzz_dir: Path, changes: list[Any]) -> None:
    if fuzz_dir.exists():
        shutil.rmtree(fuzz_dir)
    shutil.copytree(ROOT / "data", fuzz_dir)
    contents = copy.deepcopy(RAW)
    for (stem, loc), junk in changes:
        target = contents[stem]
        try:
            for part in loc[:-1]:
                target = target[part]
            target[loc[-1]] = junk
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change replaced the way there
    for stem, content in contents.items():
        text = yaml.dump(content, Dumper=_DUMPER, allow_unicode=True, sort_keys=False)
        (fuzz_dir / f"{stem}.yml").write_text(text, encoding="utf-8")
    try:
        load_data(fuzz_dir, display_root=fuzz_dir.parent)
    except DataValidationError as exc:
        assert exc.errors
        assert all(e.file.startswith("data/") and e.line >= 1 and e.message for e in exc.errors)
