"""The issue forms match the data: generated from data/ by scripts/issue_forms.py, and
this test fails when a committed form drifts from what the script writes.

Also: the programme form asks for every key a programme needs, its budget and funding
examples are in the format data/program.yml accepts, a question that fits no form has
its own route, and the guide link follows repo_url.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import get_args

import yaml

from macros.records import load_data, models

from conftest import ROOT

FORMS = ROOT / ".github" / "ISSUE_TEMPLATE"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("issue_forms", ROOT / "scripts" / "issue_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["issue_forms"] = module
    spec.loader.exec_module(module)
    return module


def _form(name: str) -> dict:
    return yaml.safe_load((FORMS / name).read_text(encoding="utf-8"))


def _fields(form: dict) -> dict[str, dict]:
    return {item["id"]: item for item in form["body"] if "id" in item}


def test_committed_forms_are_what_the_script_writes_from_the_data() -> None:
    for path, text in _script().render().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.relative_to(ROOT)} tidak sesuai data/; jalankan: .venv/bin/python scripts/issue_forms.py"
        )


def test_a_new_opd_in_the_data_changes_the_form(data_copy: Path) -> None:
    """What the drift test above catches: an OPD added to data/ without regenerating the forms."""
    opd = data_copy / "opd.yml"
    opd.write_text(
        opd.read_text(encoding="utf-8") + "  - id: dinkop\n    singkatan: Dinkop\n    nama: Dinas Koperasi\n",
        encoding="utf-8",
    )
    form = _script().usulan_program(load_data(data_copy, display_root=data_copy.parent))
    options = _fields(form)["opd_pengampu"]["attributes"]["options"]
    assert "Dinkop — Dinas Koperasi (dinkop)" in options
    assert options != _fields(_form("usulan-program.yml"))["opd_pengampu"]["attributes"]["options"]


def test_dropdowns_list_the_dimensions_elements_and_opd_of_the_data() -> None:
    data = load_data(ROOT / "data")
    fields = _fields(_form("usulan-program.yml"))
    ids = {
        name: [re.search(r"\(([^()]+)\)$", o).group(1) for o in fields[name]["attributes"]["options"]]  # type: ignore[union-attr]
        for name in ("dimensi", "elemen", "opd_pengampu", "opd_pendukung")
    }
    assert ids["dimensi"] == [d.id for d in data.dimensi]
    assert ids["elemen"] == list(data.elemen_by_id)
    assert ids["opd_pengampu"] == ids["opd_pendukung"] == [o.id for o in data.opd]
    assert fields["opd_pendukung"]["attributes"]["multiple"] is True
    years = [str(y) for y in data.tahun_rencana]
    assert fields["tahun_mulai"]["attributes"]["options"] == fields["tahun_selesai"]["attributes"]["options"] == years
    assert fields["status"]["attributes"]["options"] == list(get_args(models.StatusProgram))


def test_the_programme_form_asks_for_every_key_a_programme_needs() -> None:
    fields = _fields(_form("usulan-program.yml"))
    # the maintainer gives the id; jangka follows from tahun_selesai (the form says how);
    # nama_mirip only answers a warning after the entry exists
    for key in set(models.Program.model_fields) - {"id", "jangka", "nama_mirip"}:
        assert key in fields, f"formulir usulan program tidak menanyakan '{key}'"
    assert "Jangka program mengikuti tahun selesai" in fields["tahun_selesai"]["attributes"]["description"]
    example = fields["indikator"]["attributes"]["placeholder"]
    for key in models.Indikator.model_fields:
        assert re.search(rf"(?m)^{key}:", example), f"contoh indikator tidak memuat '{key}'"


def test_budget_and_funding_examples_are_in_the_accepted_format() -> None:
    data = load_data(ROOT / "data")
    fields = _fields(_form("usulan-program.yml"))
    budget = yaml.safe_load(fields["anggaran"]["attributes"]["placeholder"])
    assert budget and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in budget.values())
    assert set(budget) <= set(data.tahun_rencana)
    assert "Rp" not in fields["anggaran"]["attributes"]["placeholder"]
    funding = yaml.safe_load(fields["sumber_dana"]["attributes"]["placeholder"])
    assert set(funding) <= set(get_args(models.SumberDana)) and sum(funding.values()) == 100


def test_a_question_that_fits_no_form_has_its_own_route() -> None:
    names = {p.stem for p in FORMS.glob("*.yml")}
    assert "pertanyaan" in names
    question = _fields(_form("pertanyaan.yml"))
    assert question["pertanyaan"]["type"] == "textarea"


def test_the_guide_link_follows_repo_url() -> None:
    module = _script()
    settings = module._settings()
    link = _form("config.yml")["contact_links"][0]["url"]
    assert link.startswith(settings["repo_url"].rstrip("/") + "/blob/")
    forked = module.config({"repo_url": "https://github.com/kota-lain/masterplan/", "edit_uri": "edit/utama/docs/"})
    assert forked["contact_links"][0]["url"] == "https://github.com/kota-lain/masterplan/blob/utama/CONTRIBUTING.md"
