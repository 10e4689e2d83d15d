"""Indonesian search: word families in Material's search index, stop words left out."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
import yaml

from macros.outputs.search import boundaries, stemmer, word_families

from conftest import ROOT, BuildResult

FAMILIES = {  # query -> forms the index must reach through it
    "layanan": ("pelayanan", "dilayani", "melayani", "layanan"),
    "kelola": ("pengelolaan", "dikelola", "mengelola", "kelola"),
    "bangun": ("pembangunan", "membangun", "dibangun", "bangun"),
}
STOP_WORDS = ("yang", "dan", "di", "ke", "dari", "untuk")


def _index(site_dir: Path) -> dict:
    return json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))


def _separator() -> str:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    search = next(p["search"] for p in config["plugins"] if isinstance(p, dict) and "search" in p)
    return search["separator"]


def _matches(query: str, words: set[str]) -> bool:
    """Material appends a wildcard to every query term: prefix matching."""
    return any(word.startswith(query) for word in words)


@pytest.mark.parametrize(
    "word, root",
    [
        ("pelayanan", "layan"),
        ("layanan", "layan"),
        ("dilayani", "layan"),
        ("kelola", "kelola"),
        ("pengelolaan", "kelola"),
        ("pembangunan", "bangun"),
        ("bangun", "bangun"),
    ],
)
def test_sastrawi_gives_one_root_per_family(word: str, root: str) -> None:
    assert stemmer.stem(word) == root


@pytest.mark.parametrize(
    "word, wrong",
    [("penduduk", "duduk"), ("kependudukan", "duduk"), ("pemerintah", "perintah"), ("kebijakan", "bijak")],
)
def test_exceptions_keep_unrelated_words_apart(word: str, wrong: str) -> None:
    assert stemmer.stem(word) != wrong
    assert stemmer.stem(word) == stemmer.stem("penduduk" if "duduk" in wrong else word)


def test_enrich_adds_only_forms_a_prefix_query_would_miss() -> None:
    index = {
        "config": {"separator": r"[\s\-]+"},
        "docs": [
            {"location": "a/", "title": "Pelayanan", "text": "<p>Mal pelayanan publik</p>"},
            {"location": "b/", "title": "Layanan", "text": "<p>Layanan daring dan layanannya</p>"},
            {"location": "c/", "title": "Warga", "text": "<p>Warga dilayani di kelurahan</p>"},
            {"location": "d/", "title": "Penduduk", "text": "<p>Jumlah penduduk dan kedudukan kota</p>"},
        ],
    }
    docs = word_families.enrich(index, index["config"]["separator"])["docs"]
    assert docs[0]["kata"] == "layanan"  # the root form of the site, so "layanan" finds it
    assert "kata" not in docs[1]  # "layanan" is there; "layanannya" is reached by prefix
    assert docs[2]["kata"] == "layanan lurah"  # dilayani -> layanan, kelurahan -> lurah
    assert docs[3]["kata"] == "duduk"  # kedudukan's root; penduduk stays its own family
    assert (
        word_families.enrich({"config": {}, "docs": [{"location": "e/", "title": "", "text": "pembangunan"}]}, r"\s+")[
            "docs"
        ][0]["kata"]
        == "bangun"
    )  # the root even if the site never says it


def test_index_declares_the_extra_field_and_stop_word_separator(site_dir: Path) -> None:
    config = _index(site_dir)["config"]
    assert word_families.FIELD in config["fields"]
    assert config["separator"] == _separator()
    split = re.compile(config["separator"])
    assert [t for t in split.split("Layanan yang cepat dan mudah di kota untuk warga dari desa ke kota") if t] == [
        "Layanan",
        "cepat",
        "mudah",
        "kota",
        "warga",
        "desa",
        "kota",
    ]


@pytest.mark.parametrize("query", sorted(FAMILIES))
def test_query_reaches_every_section_that_uses_a_family_form(site_dir: Path, query: str) -> None:
    split = re.compile(_index(site_dir)["config"]["separator"])
    sections = 0
    for doc in _index(site_dir)["docs"]:
        words = set(word_families.tokens(doc["title"], split)) | set(word_families.tokens(doc["text"], split))
        if not any(form in words for form in FAMILIES[query]):
            continue
        sections += 1
        extra = set(doc.get(word_families.FIELD, "").split())
        assert _matches(query, words | extra), f"'{query}' tidak menemukan {doc['location']}"
    assert sections, f"tidak ada bagian yang memuat rumpun kata '{query}'"


def test_section_that_only_says_other_forms_is_found(variant_build: BuildResult) -> None:
    """The variant build adds a section to bab-11 that holds only other forms (variant.SECTION)."""
    index = _index(variant_build.site)
    doc = next(d for d in index["docs"] if d["location"].endswith("#uji-rumpun-kata"))
    words = set(word_families.tokens(doc["text"], re.compile(index["config"]["separator"])))
    extra = set(doc[word_families.FIELD].split())
    for query in FAMILIES:
        assert not _matches(query, words), query
        assert _matches(query, extra), query


def test_stop_words_are_not_indexed(site_dir: Path) -> None:
    split = re.compile(_index(site_dir)["config"]["separator"])
    words = set()
    for doc in _index(site_dir)["docs"]:
        words |= set(word_families.tokens(doc["text"], split)) | set(doc.get(word_families.FIELD, "").split())
    assert words and not words & set(STOP_WORDS)


def test_word_families_keep_the_index_small(site_dir: Path) -> None:
    index = _index(site_dir)
    with_families = len(json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode())
    for doc in index["docs"]:
        doc.pop(word_families.FIELD, None)
    without = len(json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode())
    assert with_families > without
    assert (with_families - without) / without < 0.25


def _sample_index() -> dict:
    texts = ["Pelayanan publik dilayani daring.", "Pengelolaan sampah dan pembangunan kota.", "Kelola layanan warga."]
    return {
        "config": {"separator": _separator()},
        "docs": [{"location": f"p{i}/", "title": "", "text": text} for i, text in enumerate(texts)],
    }


def test_stem_cache_round_trip_gives_the_same_index(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_text(json.dumps(_sample_index()), encoding="utf-8")
    second.write_text(json.dumps(_sample_index()), encoding="utf-8")
    cache_dir = tmp_path / "cache"
    word_families.enrich_file(first, cache_dir)
    stored = json.loads(stemmer.cache_path(cache_dir).read_text(encoding="utf-8"))
    assert stored["pelayanan"] == "layan" and stored["pengelolaan"] == "kelola"
    stemmer._SASTRAWI.clear()
    assert stemmer.load_cache(stemmer.cache_path(cache_dir)) == len(stored)
    word_families.enrich_file(second, cache_dir)
    assert first.read_bytes() == second.read_bytes()
    assert "layanan" in json.loads(second.read_text(encoding="utf-8"))["docs"][0][word_families.FIELD].split()


def test_unreadable_stem_cache_is_ignored(tmp_path: Path) -> None:
    cache = tmp_path / "stems.json"
    cache.write_text("{ bukan json", encoding="utf-8")
    assert stemmer.load_cache(cache) == 0
    cache.write_text('["daftar"]', encoding="utf-8")
    assert stemmer.load_cache(cache) == 0
    stemmer._SASTRAWI.clear()
    assert stemmer.stem("pembangunan") == "bangun"


def test_a_root_that_is_a_stop_word_is_not_added() -> None:
    """'peruntukan' stems to 'untuk', a stop word the browser never searches for."""
    separator = r"[\s\-,.:;!?()\[\]\"/]+|\b(?:[Uu]ntuk|[Dd]an)\b"
    index = {"docs": [{"title": "A", "text": "peruntukan dana"}, {"title": "B", "text": "menguntukkan"}]}
    enriched = word_families.enrich(index, separator)
    assert "untuk" not in enriched["docs"][0].get(word_families.FIELD, "").split()


# --- word boundaries between table cells ---------------------------------------------


def _material_text(html: str) -> str:
    """The text Material's search plugin keeps of ``html`` (its own parser)."""
    from material.plugins.search.plugin import Parser

    parser = Parser()
    parser.feed(html)
    parser.close()
    return " ".join("".join(section.text) for section in parser.data)


def test_material_glues_neighbouring_cells_unless_they_are_separated() -> None:
    row = (
        '<table><tr><th scope="row"><dfn>APBD</dfn></th><td>Anggaran<br>Daerah</td></tr></table>'
        "<ul><li>a</li><li>b</li></ul>"
    )
    assert "APBDAnggaranDaerah" in _material_text(row)  # the defect, so this test notices if Material fixes it
    words = _material_text(boundaries.separate_cells(row)).split()
    assert words[:3] == ["APBD", "Anggaran", "Daerah"]
    assert boundaries.separate_cells("<pre><code>&lt;/td&gt;&lt;td&gt;</code></pre>").count(" ") == 0


def test_no_index_text_joins_two_table_cells(site_dir: Path) -> None:
    """Every pair of neighbouring cells of every table on the site: the text of the one
    directly followed by the text of the next (one glued word at the seam) is nowhere in
    the search index."""
    from bs4 import BeautifulSoup

    def plain(text: str) -> str:
        return re.sub(r"\s+", " ", text).strip()

    haystack = "\n".join(plain(re.sub(r"<[^>]+>", " ", doc["text"])) for doc in _index(site_dir)["docs"])
    pairs = 0
    for page in sorted(site_dir.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for row in soup.select("article tr"):
            texts = [plain(c.get_text(" ")) for c in row.find_all(["th", "td"], recursive=False)]
            for left, right in itertools.pairwise(texts):
                # long enough that the glued text cannot be an ordinary word ("C" | "C" = "CC")
                if left and right and left[-1].isalnum() and right[0].isalnum() and len(left + right) >= 8:
                    pairs += 1
                    assert left + right not in haystack, f"{page.relative_to(site_dir)}: {left!r} | {right!r}"
    assert pairs > 1000
