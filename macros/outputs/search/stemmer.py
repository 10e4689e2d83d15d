"""Indonesian stems: Sastrawi (dictionary based) with an exception list, cached between builds.

Chosen by measurement against Snowball's Indonesian stemmer: see benchmarks/stemmer_choice.py.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

# Sastrawi joins some unrelated words through a shared root; these keep their own
# family. word -> stem used instead of Sastrawi's.
EXCEPTIONS: dict[str, str] = {
    # residents are not "sitting" (duduk) nor a "position" (kedudukan)
    "penduduk": "penduduk",
    "kependudukan": "penduduk",
    "penduduknya": "penduduk",
    # government is not a command (perintah)
    "pemerintah": "pemerintah",
    "pemerintahan": "pemerintah",
    "pemerintahnya": "pemerintah",
    # policy is not wisdom (bijak)
    "kebijakan": "kebijakan",
    "kebijakannya": "kebijakan",
    # complaints are not contests (adu)
    "aduan": "aduan",
    "pengaduan": "aduan",
    "mengadukan": "aduan",
    # marketing is not the market (pasar)
    "pemasaran": "pemasaran",
    # budget is not fencing (anggar)
    "anggaran": "anggaran",
    "penganggaran": "anggaran",
}


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    return StemmerFactory().create_stemmer()


# Sastrawi's stems of words already seen (this build, or an earlier one through
# ``load_cache``). Sastrawi needs about 1 ms a word, a quarter of a site build and
# most of the editor's wait under `make serve`; a stem never changes for one
# Sastrawi version, so the cache cannot change the output.
_SASTRAWI: dict[str, str] = {}


def stem(word: str) -> str:
    """Root of one lower-case word: the exception list first, then Sastrawi."""
    if word in EXCEPTIONS:
        return EXCEPTIONS[word]
    root = _SASTRAWI.get(word)
    if root is None:
        root = _SASTRAWI[word] = _stemmer().stem(word) or word
    return root


def cache_path(cache_dir: Path) -> Path:
    """One file per Sastrawi version, so an upgrade never reuses old stems."""
    return cache_dir / f"stem-sastrawi-{version('PySastrawi')}.json"


def load_cache(path: Path) -> int:
    """Fill the stem cache from ``path``; a missing or unreadable file is ignored."""
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    if not isinstance(stored, dict):
        return 0
    valid = {k: v for k, v in stored.items() if isinstance(k, str) and isinstance(v, str) and v}
    _SASTRAWI.update(valid)
    return len(valid)


def save_cache(path: Path) -> None:
    """Write the stem cache atomically (a crash never leaves half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(dict(sorted(_SASTRAWI.items())), ensure_ascii=False), encoding="utf-8")
    temporary.replace(path)


def known() -> int:
    """How many Sastrawi stems are cached."""
    return len(_SASTRAWI)
