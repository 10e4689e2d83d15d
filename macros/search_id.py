"""Indonesian word families for Material's search, added to its index after the build.

Material's search (lunr) has no Indonesian stemmer: with ``lang: id`` it matches by
prefix only, so "layanan" does not find "pelayanan". Without touching Material's
JavaScript, every section of the index gets an extra field, ``kata``, listing the
root and the root-initial forms found in the whole site of each word stem in that
section ("pelayanan dilayani" -> "layanan"). The worker indexes every field named in
``plugins.search.fields`` (mkdocs.yml), so a query for "layanan" finds the section.

Stems come from Sastrawi (dictionary based). Chosen by measurement against Snowball's
Indonesian stemmer: see benchmarks/stemmer_choice.py. Stop words are removed by the
search ``separator`` in mkdocs.yml, which this module reuses to tokenise exactly as
the browser does.
"""
from __future__ import annotations

import html
import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

FIELD = "kata"
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"^[a-z]{3,}$")
# "datanya", "hasilnya": a prefix query for the base word already reaches them, and
# nobody searches for the clitic form, so they are not worth index space
_CLITICS = ("nya", "lah", "kah")

# Sastrawi joins some unrelated words through a shared root; these keep their own
# family. word -> stem used instead of Sastrawi's.
EXCEPTIONS: dict[str, str] = {
    # residents are not "sitting" (duduk) nor a "position" (kedudukan)
    "penduduk": "penduduk", "kependudukan": "penduduk", "penduduknya": "penduduk",
    # government is not a command (perintah)
    "pemerintah": "pemerintah", "pemerintahan": "pemerintah", "pemerintahnya": "pemerintah",
    # policy is not wisdom (bijak)
    "kebijakan": "kebijakan", "kebijakannya": "kebijakan",
    # complaints are not contests (adu)
    "aduan": "aduan", "pengaduan": "aduan", "mengadukan": "aduan",
    # marketing is not the market (pasar)
    "pemasaran": "pemasaran",
    # budget is not fencing (anggar)
    "anggaran": "anggaran", "penganggaran": "anggaran",
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


def tokens(text: str, separator: re.Pattern[str]) -> list[str]:
    """Lower-case words of an index field (HTML removed), split as the browser splits them."""
    plain = html.unescape(_TAG.sub(" ", text))
    return [part.lower() for part in separator.split(plain) if part]


def families(words: Iterable[str]) -> dict[str, set[str]]:
    """Stem -> every alphabetic surface form of it among ``words``."""
    result: dict[str, set[str]] = defaultdict(set)
    for word in set(words):
        if _WORD.match(word):
            result[stem(word)].add(word)
    return result


def related_forms(words: set[str], family: dict[str, set[str]]) -> list[str]:
    """Root forms of the stems of ``words`` that a prefix query would not already reach.

    Added are the stem itself and the forms of the site that begin with it ("layanan",
    "bangunan"): a search for the root finds "pelayanan", "dilayani", "pembangunan".
    Prefixed forms ("pelayanan", "dilayani") are not added to other sections: that
    reverse direction tripled the growth of the index (measured: +40 % against +7 %).
    A query term ``q`` matches any token starting with ``q``, so a form is left out
    when a word of the section (or a longer added form) already starts with it.
    """
    wanted: set[str] = set()
    for word in words:
        if _WORD.match(word):
            root = stem(word)
            wanted |= {root} | {form for form in family.get(root, set()) if form.startswith(root)}
    wanted = {form for form in wanted - words if not form.endswith(_CLITICS)}
    present = words | wanted
    return sorted(form for form in wanted
                  if not any(other != form and other.startswith(form) for other in present))


def enrich(index: dict, separator: str) -> dict:
    """Add the ``kata`` field to every entry of a Material search index (in place)."""
    split = re.compile(separator)
    docs = index["docs"]
    words_of = [set(tokens(doc.get("title", ""), split)) | set(tokens(doc.get("text", ""), split))
                for doc in docs]
    family = families(w for words in words_of for w in words)
    for doc, words in zip(docs, words_of):
        forms = related_forms(words, family)
        if forms:
            doc[FIELD] = " ".join(forms)
    return index


def enrich_file(path: Path, cache_dir: Path | None = None) -> tuple[int, int]:
    """Rewrite Material's search_index.json with word families; return sizes before and after.

    With ``cache_dir``, Sastrawi's stems are read from and written back to a cache there.
    """
    cache = cache_path(cache_dir) if cache_dir is not None else None
    if cache is not None:
        load_cache(cache)
    known = len(_SASTRAWI)
    raw = path.read_text(encoding="utf-8")
    index = json.loads(raw)
    enrich(index, index["config"]["separator"])
    out = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    path.write_text(out, encoding="utf-8")
    if cache is not None and len(_SASTRAWI) != known:
        save_cache(cache)
    return len(raw.encode("utf-8")), len(out.encode("utf-8"))
