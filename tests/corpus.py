"""The corpora of editor mistakes (tests/data_rusak.yml, tests/peringatan_data.yml): applying one case.

Each case changes one file of a copy of the real data/: ``cari`` (a regex, first match)
is replaced by ``ganti``; without ``cari`` the whole file becomes ``ganti``. ``harapan``
is the message expected, with {berkas}, {rekaman} and the pattern's named groups filled
in; ``baris`` says which line it names (see data_rusak.yml).
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


def _record_at(text: str, offset: int, noun: str | None) -> tuple[str, int]:
    """Label and start line of the list record that contains ``offset``."""
    starts = list(re.finditer(r"(?m)^  - id: (.*)$", text[: offset + 1]))
    if not starts or noun is None:
        return "", 1
    last = starts[-1]
    return f"{noun} {last.group(1)}", text.count("\n", 0, last.start()) + 1


def apply_case(case: dict, data_dir: Path) -> Applied:
    path = data_dir / case["berkas"]
    text = path.read_text(encoding="utf-8")
    fields: dict[str, object] = {"berkas": f"data/{case['berkas']}"}
    mode = case.get("baris", "cocok")
    if "cari" not in case:
        path.write_text(case["ganti"], encoding="utf-8")
        line = int(mode)
    else:
        match = re.search(case["cari"], text)
        assert match, f"pola kasus '{case['nama']}' tidak ditemukan di data/{case['berkas']}"
        fields.update({k: v for k, v in match.groupdict().items() if v is not None})
        record, record_line = _record_at(text, match.start(), NOUNS.get(case["berkas"]))
        fields["rekaman"] = record
        match_line = text.count("\n", 0, match.start()) + 1
        line = {"cocok": match_line, "sekitar": match_line, "berikut": match_line + 1, "rekaman": record_line}.get(
            mode, mode
        )  # type: ignore[arg-type]
        path.write_text(text[: match.start()] + match.expand(case["ganti"]) + text[match.end() :], encoding="utf-8")
    return Applied(case["harapan"].format(**fields), int(line), mode == "sekitar")
