"""The corpora of editor mistakes (tests/data_rusak.yml, tests/peringatan_data.yml): applying one case.

Each case changes one file of a copy of the real data/: ``cari`` (a regex, first match)
is replaced by ``ganti``; without ``cari`` the whole file becomes ``ganti``. ``harapan``
is the message expected, with {berkas}, {rekaman} and the pattern's named groups filled
in; ``baris`` says which line it names (see data_rusak.yml). ``dalam`` limits ``cari``
to one list record; a case with ``ubahan`` makes several such changes (``apply_changes``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

NOUNS = {
    "program.yml": "program",
    "opd.yml": "OPD",
    "regulasi.yml": "regulasi",
    "dimensi.yml": "dimensi",
    "rujukan.yml": "rujukan",
}


@dataclass
class Applied:
    expected: str
    line: int
    fuzzy: bool  # the YAML parser may report the line next to the broken one
    exact: bool = False  # the reported line must be exactly "{berkas}:{baris}: {harapan}"
    file: str = ""  # "data/<berkas>"


def _record_at(text: str, offset: int, noun: str | None) -> tuple[str, int]:
    """Label and start line of the list record that contains ``offset``."""
    starts = list(re.finditer(r"(?m)^  - id: (.*)$", text[: offset + 1]))
    if not starts or noun is None:
        return "", 1
    last = starts[-1]
    return f"{noun} {last.group(1)}", text.count("\n", 0, last.start()) + 1


def _span(text: str, within: str | None) -> tuple[int, int]:
    """Where to search: the whole file, or the list record whose first key has the value ``within``."""
    if within is None:
        return 0, len(text)
    start = re.search(rf"(?m)^  - \w+: {re.escape(str(within))}$", text)
    assert start, f"rekaman '{within}' tidak ditemukan"
    end = re.compile(r"(?m)^(?:  - |\S)").search(text, start.end())
    return start.start(), end.start() if end else len(text)


def apply_case(case: dict, data_dir: Path) -> Applied:
    path = data_dir / case["berkas"]
    text = path.read_text(encoding="utf-8")
    fields: dict[str, object] = {"berkas": f"data/{case['berkas']}"}
    mode = case.get("baris", "cocok")
    if "cari" not in case:
        path.write_text(case["ganti"], encoding="utf-8")
        line = int(mode)
    else:
        low, high = _span(text, case.get("dalam"))
        match = re.compile(case["cari"]).search(text, low, high)
        assert match, f"pola kasus '{case.get('nama', case['cari'])}' tidak ditemukan di data/{case['berkas']}"
        fields.update({k: v for k, v in match.groupdict().items() if v is not None})
        record, record_line = _record_at(text, match.start(), NOUNS.get(case["berkas"]))
        fields["rekaman"] = record
        match_line = text.count("\n", 0, match.start()) + 1
        line = {"cocok": match_line, "sekitar": match_line, "berikut": match_line + 1, "rekaman": record_line}.get(
            mode, mode
        )  # type: ignore[arg-type]
        path.write_text(text[: match.start()] + match.expand(case["ganti"]) + text[match.end() :], encoding="utf-8")
    expected = case["harapan"].format(**fields) if "harapan" in case else ""
    return Applied(expected, int(line), mode == "sekitar", bool(case.get("utuh")), f"data/{case['berkas']}")


def apply_changes(case: dict, data_dir: Path) -> list[Applied]:
    """Every change of a case (the case itself, or each item of its 'ubahan'), in order."""
    return [apply_case(change, data_dir) for change in case.get("ubahan", [case])]
