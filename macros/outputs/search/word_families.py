"""Indonesian word families for Material's search, added to its index after the build.

Material's search (lunr) has no Indonesian stemmer: with ``lang: id`` it matches by
prefix only, so "layanan" does not find "pelayanan". Without touching Material's
JavaScript, every section of the index gets an extra field, ``kata``, listing the
root and the root-initial forms found in the whole site of each word stem in that
section ("pelayanan dilayani" -> "layanan"). The worker indexes every field named in
``plugins.search.fields`` (mkdocs.yml), so a query for "layanan" finds the section.

Stop words are removed by the search ``separator`` in mkdocs.yml, which this module
reuses to tokenise exactly as the browser does.
"""

from __future__ import annotations

import html
import json
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import stemmer
from .stemmer import stem

FIELD = "kata"
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"^[a-z]{3,}$")
# "datanya", "hasilnya": a prefix query for the base word already reaches them, and
# nobody searches for the clitic form, so they are not worth index space
_CLITICS = ("nya", "lah", "kah")


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


def related_forms(
    words: set[str], family: dict[str, set[str]], root_forms: dict[str, frozenset[str]] | None = None
) -> list[str]:
    """Root forms of the stems of ``words`` that a prefix query would not already reach.

    Added are the stem itself and the forms of the site that begin with it ("layanan",
    "bangunan"): a search for the root finds "pelayanan", "dilayani", "pembangunan".
    Prefixed forms ("pelayanan", "dilayani") are not added to other sections: that
    reverse direction tripled the growth of the index (measured: +40 % against +7 %).
    A query term ``q`` matches any token starting with ``q``, so a form is left out
    when a word of the section (or a longer added form) already starts with it.

    ``root_forms`` keeps, per root, the root and the forms beginning with it, for the next
    section (``enrich`` passes one for the whole index).
    """
    known = {} if root_forms is None else root_forms
    wanted: set[str] = set()
    for word in words:
        if _WORD.match(word):
            root = stem(word)
            forms = known.get(root)
            if forms is None:
                forms = known[root] = frozenset({root, *(f for f in family.get(root, ()) if f.startswith(root))})
            wanted |= forms
    wanted = {form for form in wanted - words if not form.endswith(_CLITICS)}
    present = sorted(words | wanted)
    return sorted(form for form in wanted if not _prefix_of_another(form, present))


def _prefix_of_another(form: str, ordered: list[str]) -> bool:
    """Whether a word of ``ordered`` (sorted, holding ``form``) other than ``form`` starts with it.

    In sorted order the words starting with ``form`` come right after it."""
    at = bisect_right(ordered, form)
    return at < len(ordered) and ordered[at].startswith(form)


def enrich(index: dict[str, Any], separator: str) -> dict[str, Any]:
    """Add the ``kata`` field to every entry of a Material search index (in place)."""
    split = re.compile(separator)
    docs = index["docs"]
    words_of = [set(tokens(doc.get("title", ""), split)) | set(tokens(doc.get("text", ""), split)) for doc in docs]
    family = families(w for words in words_of for w in words)
    root_forms: dict[str, frozenset[str]] = {}
    for doc, words in zip(docs, words_of, strict=True):
        # a root that is itself a stop word ("peruntukan" -> "untuk") is never searched for
        forms = [form for form in related_forms(words, family, root_forms) if not split.fullmatch(form)]
        if forms:
            doc[FIELD] = " ".join(forms)
    return index


def enrich_file(path: Path, cache_dir: Path | None = None) -> tuple[int, int]:
    """Rewrite Material's search_index.json with word families; return sizes before and after.

    With ``cache_dir``, Sastrawi's stems are read from and written back to a cache there.
    """
    cache = stemmer.cache_path(cache_dir) if cache_dir is not None else None
    if cache is not None:
        stemmer.load_cache(cache)
    known = stemmer.known()
    raw = path.read_text(encoding="utf-8")
    index = json.loads(raw)
    enrich(index, index["config"]["separator"])
    out = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    path.write_text(out, encoding="utf-8")
    if cache is not None and stemmer.known() != known:
        stemmer.save_cache(cache)
    return len(raw.encode("utf-8")), len(out.encode("utf-8"))
