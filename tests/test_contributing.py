"""CONTRIBUTING.md stays true: its worked example is a valid programme, and its table
explains every key an editor can write in a programme."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import typing
from pathlib import Path

from macros.records import models

ROOT = Path(__file__).resolve().parent.parent
GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def example_entry() -> str:
    found = re.search(r"<!-- contoh-program:.*?-->\n```yaml\n(.*?)```", GUIDE, re.S)
    assert found, "CONTRIBUTING.md has no marked programme example"
    return found.group(1)


def key_table() -> str:
    start = GUIDE.index("| Kunci | Wajib | Isi |")
    return GUIDE[start : GUIDE.index("\n\n", start)]


def check(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "macros.records", str(data_dir)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def with_example(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    entry = example_entry()
    ident = re.search(r"- id: (\S+)", entry).group(1)  # type: ignore[union-attr]
    program = data / "program.yml"
    text = program.read_text(encoding="utf-8")
    assert f"- id: {ident}\n" not in text, f"the example id {ident} is taken; pick the next free one"
    program.write_text(text.rstrip("\n") + "\n" + entry, encoding="utf-8")
    return data, ident


def test_worked_example_is_a_valid_programme(tmp_path: Path) -> None:
    data, _ = with_example(tmp_path)
    result = check(data)
    assert result.returncode == 0, result.stderr
    before = check(ROOT / "data").stdout
    count = int(re.search(r"(\d+) program", before).group(1))  # type: ignore[union-attr]
    assert f"{count + 1} program" in result.stdout


def test_a_typo_in_the_example_is_reported_on_its_line(tmp_path: Path) -> None:
    data, ident = with_example(tmp_path)
    program = data / "program.yml"
    lines = program.read_text(encoding="utf-8").splitlines(keepends=True)
    line = max(i for i, text in enumerate(lines) if text.strip() == "opd_pengampu: dpmptsp")
    lines[line] = lines[line].replace("dpmptsp", "dpmtsp")
    program.write_text("".join(lines), encoding="utf-8")
    result = check(data)
    assert result.returncode == 1
    assert (
        f"data/program.yml:{line + 1}: program {ident}, opd_pengampu: OPD 'dpmtsp' tidak ada di "
        "data/opd.yml (maksud Anda 'dpmptsp'?)"
    ) in result.stderr.replace(str(data.parent) + "/", "")


def test_key_table_explains_every_programme_key() -> None:
    table = key_table()
    for model in (models.Program, models.Indikator):
        for key in model.model_fields:
            assert f"`{key}`" in table, f"CONTRIBUTING.md does not explain '{key}'"


def test_key_table_lists_the_allowed_values() -> None:
    table = key_table()
    for literal in (models.SumberDana, models.Jangka, models.StatusProgram, models.JenisIndikator):
        for value in typing.get_args(literal):
            assert f"`{value}`" in table, f"CONTRIBUTING.md does not list '{value}'"
