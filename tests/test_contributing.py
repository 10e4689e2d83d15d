"""CONTRIBUTING.md stays true: its worked example is a valid programme, its table explains
every key an editor can write in a programme, every row of its table of mistakes is a case
run here with the message the guide shows, and what it says about the repository address
and the README holds."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import typing
from pathlib import Path

import pytest
import yaml

from macros.records import load_data, models
from macros.records.errors import DataValidationError

from corpus import apply_case

ROOT = Path(__file__).resolve().parent.parent
GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml as plain YAML: its !ENV tags read as nothing."""


_IgnoreTags.add_multi_constructor("!", lambda loader, suffix, node: None)


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


# --- the table "Kesalahan yang ditangkap": every row is a case of a corpus, run here ---------

TESTS = Path(__file__).resolve().parent


def _corpus(name: str) -> dict[str, dict]:
    return {case["nama"]: case for case in yaml.safe_load((TESTS / name).read_text(encoding="utf-8"))}


DATA_CASES = _corpus("data_rusak.yml")
WARNING_CASES = _corpus("peringatan_data.yml")
CHAPTER_CASES = _corpus("bab_rusak.yml")
LINK_CASES = _corpus("tautan_rusak.yml")


def claims() -> list[tuple[str, str, str]]:
    """(mistake, found by, message) of each row of the guide's table of mistakes."""
    start = GUIDE.index("<!-- klaim:")
    table = GUIDE[GUIDE.index("| Kesalahan |", start) :]
    rows = table[: table.index("\n\n")].splitlines()[2:]
    found = []
    for row in rows:
        cells = [cell.strip() for cell in row.strip().strip("|").split(" | ")]
        assert len(cells) == 3, row
        found.append((cells[0], cells[1], cells[2].strip("`")))
    return found


def test_corpus_names_are_unique_across_corpora() -> None:
    names = [*DATA_CASES, *WARNING_CASES, *CHAPTER_CASES, *LINK_CASES]
    assert len(names) == len(set(names))


def test_the_table_covers_data_warnings_chapters_and_links() -> None:
    rows = claims()
    assert len(rows) >= 25
    assert {tool for _, tool, _ in rows} == {"`make check`", "`make check` (peringatan)", "`make build`"}
    names = {name for name, _, _ in rows}
    assert names & set(DATA_CASES) and names & set(WARNING_CASES) and names & set(CHAPTER_CASES)
    assert names & set(LINK_CASES)


@pytest.mark.parametrize("claim", claims(), ids=[name for name, _, _ in claims()])
def test_every_row_of_the_table_is_true(claim: tuple[str, str, str], data_copy: Path) -> None:
    name, tool, message = claim
    text = message.removesuffix(" …").removesuffix("…").rstrip()
    if name in DATA_CASES:
        assert tool == "`make check`"
        apply_case(DATA_CASES[name], data_copy)
        with pytest.raises(DataValidationError) as caught:
            load_data(data_copy, display_root=data_copy.parent)
        shown = [str(error) for error in caught.value.errors]
    elif name in WARNING_CASES:
        assert tool == "`make check` (peringatan)"
        apply_case(WARNING_CASES[name], data_copy)
        shown = [str(warning) for warning in load_data(data_copy, display_root=data_copy.parent).warnings]
    elif name in CHAPTER_CASES or name in LINK_CASES:
        # the build itself runs in test_chapter_errors.py / test_mkdocs_messages.py with this exact message
        assert tool == "`make build`"
        shown = [" ".join((CHAPTER_CASES.get(name) or LINK_CASES[name])["harapan"].split())]
    else:
        raise AssertionError(f"'{name}' bukan kasus di korpus tests/*_rusak.yml atau tests/peringatan_data.yml")
    assert any(text in line for line in shown), f"CONTRIBUTING.md menjanjikan:\n{text}\n\nkenyataannya:\n" + "\n".join(
        shown
    )


def test_the_repository_address_is_written_where_the_guide_says() -> None:
    """repo_url and site_url in mkdocs.yml, and the generated issue-form config; nowhere else."""
    settings = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTags)
    owner = settings["repo_url"].rstrip("/").split("/")[-2]
    # the owner as part of an address (a news article's slug may contain the same words)
    needles = ["-e", f"github.com/{owner}", "-e", f"{owner}.github.io"]
    listed = subprocess.run(["git", "grep", "-l", *needles], cwd=ROOT, capture_output=True, text=True).stdout.split()
    if not listed:  # a copy without git: the files the guide names must still hold it
        pytest.skip("tanpa git")
    assert set(listed) == {"mkdocs.yml", ".github/ISSUE_TEMPLATE/config.yml"}
    maintainers = GUIDE[GUIDE.index("## Untuk pengelola repositori") :]
    for name in ("`repo_url`", "`site_url`", "`.github/ISSUE_TEMPLATE/config.yml`", "scripts/issue_forms.py"):
        assert name in maintainers


def test_readme_heading_counts_its_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    heading = re.search(r"(?m)^## (\w+) perintah\n\n```sh\n(.*?)```", readme, re.S)
    assert heading, "README.md has no '## <n> perintah' section with a command block"
    count = len([line for line in heading.group(2).splitlines() if line.startswith("make ")])
    words = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5}
    assert words[heading.group(1).lower()] == count
