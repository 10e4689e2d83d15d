"""Hostile and broken programme records (issue 7).

Property-based part (Hypothesis, bounded): programme records are made by copying a
real programme of data/program.yml, renumbering it and changing it.
- A valid record, whatever text its free-text fields hold, validates, renders through
  the real template and Markdown, and shows up in its table with the text literal.
- An invalid record always gives a ``DataValidationError`` naming data/program.yml and
  the record, never another exception.
Injection part: the run's one build of a changed copy (variant.py), whose data holds HTML, Markdown, Jinja,
table pipes, very long words, right-to-left text and spreadsheet formulas in every
kind of free-text place (tables, chapter text, headings, a Markdown table). The site,
the PDF and the CSV must show them literally and run none of them.
"""

from __future__ import annotations

import copy
import csv
import functools
import html
import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from macros.figures.budget import Rekap
from macros.figures.numbering import Numbered
from macros.figures.programmes import programme_facts
from macros.records import Data, load_data, models
from macros.records.errors import DataValidationError
from macros.records.placeholders import MARKER as PLACEHOLDER
from macros.rendering.pages import RecordSource, programme_page, programme_src
from macros.rendering.places import PrintCopies
from macros.rendering.tables.base import Tables

from conftest import ROOT, BuildResult, pdf_pages
from pagelinks import FakeLinks
from variant import INJECTED

PAGE = "bab-5-program.md"
KEY = "hostile"
# Python's str.split() also splits on the separators HTML shows as a space or a line
_WS = re.compile(r"\s+")


def flat(text: str) -> str:
    return _WS.sub(" ", text).strip()


# --- strategies -------------------------------------------------------------

HOSTILE = [
    '<script>alert("injeksi")</script>',
    '<b class="injeksi">tebal</b> <img src=x onerror="alert(1)">',
    "kolom | palsu | lagi",
    "{{ 7 * 7 }} dan {% if true %}ya{% endif %} {# komentar #}",
    '[klik](javascript:alert(1)) **tebal** _miring_ `kode` {: onclick="alert(1)" }',
    "&amp; &lt;b&gt; &#60;script&#62;",
    "Super" * 80,
    "مدينة ذكية \u202etxt.exe\u202c עברית",
    '=HYPERLINK("http://contoh.invalid","klik")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "</td></tr></table><p>keluar</p>",
    "<!-- komentar --> ]]> <![CDATA[ x ]]>",
    "baris satu\n\nbaris tiga\n    terindentasi\n# bukan judul",
]

# any printable text; the loader strips the ends, so it must keep something, and a
# placeholder marker ("LOREM", "todo") makes the record invalid by design (records.placeholders)
_ANY = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=80)
free_text = st.one_of(
    st.sampled_from(HOSTILE), _ANY, st.lists(st.sampled_from(HOSTILE), min_size=2, max_size=4).map(" ".join)
).filter(lambda s: s.strip() != "" and not PLACEHOLDER.search(s))


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _dump(content: Any) -> str:
    return yaml.dump(content, Dumper=_DUMPER, allow_unicode=True, sort_keys=False)


def _yaml_safe(value: Any) -> bool:
    """Only values that survive a YAML round trip can be written by an editor at all."""
    return bool(yaml.load(_dump({"x": value}), Loader=_LOADER) == {"x": value})


class RawData(dict[str, Any]):
    """data/*.yml as plain YAML values; a short repr keeps Hypothesis' failure reports readable."""

    def __repr__(self) -> str:
        return "<data/*.yml>"


@pytest.fixture(scope="module")
def raw() -> RawData:
    return RawData(
        {
            path.stem: yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
            for path in (ROOT / "data").glob("*.yml")
        }
    )


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("data") / "data"
    shutil.copytree(ROOT / "data", target)
    return target


@pytest.fixture(scope="module")
def programmes_yaml(raw: RawData) -> str:
    """data/program.yml as ``_dump`` writes it; ``program`` is its last key, so a record's YAML
    appended to this text is the file with that record added to the list (byte for byte what
    dumping the whole file again gives), at a fraction of the cost of every example."""
    assert list(raw["program"])[-1] == "program"
    return _dump(raw["program"])


def _write_programmes(data_dir: Path, programmes_yaml: str, record: dict[str, Any]) -> None:
    (data_dir / "program.yml").write_text(programmes_yaml + _dump([record]), encoding="utf-8")


def test_an_appended_record_is_the_whole_file_dumped_again(raw: RawData, programmes_yaml: str) -> None:
    """What ``programmes_yaml`` relies on, with text that YAML must quote, fold or escape."""
    for index, text in enumerate(HOSTILE):
        record = _new_record(raw, index)
        record["nama"], record["uraian"] = text, f"{text}\n\n{text}"
        content = dict(raw["program"])
        content["program"] = [*raw["program"]["program"], record]
        assert programmes_yaml + _dump([record]) == _dump(content)


def _new_record(raw: dict[str, Any], index: int) -> dict[str, Any]:
    programmes = raw["program"]["program"]
    record = copy.deepcopy(programmes[index % len(programmes)])
    record["id"] = f"P9{index:03d}"
    for indikator in record["indikator"]:
        indikator.pop("id", None)  # indicator ids are unique across programmes (an IKU may name one)
        # a copy's shares are not parts of the original's whole (that would pass 100 percent)
        indikator.pop("bagian_dari", None)
    return record


def _table(data: Data, record_id: str) -> Tag:
    """The programme's row in the full table the PDF prints (the site shows a summary)."""
    registry = {KEY: Numbered(KEY, "tabel", "5.1", PAGE)}
    elemen = data.program_by_id[record_id].elemen
    printed = PrintCopies(lambda: True)
    Tables(data, registry, Rekap.of(data), lambda: FakeLinks(PAGE), printed=printed).tabel_program(
        KEY, "Program uji", elemen=elemen
    )
    page = markdown.markdown(printed.of(PAGE)[f"tabel-{KEY}"], extensions=_markdown_extensions())
    row = BeautifulSoup(page, "html.parser").find("tr", id=f"program-{record_id.lower()}")
    assert isinstance(row, Tag), page
    return row


def _programme_page(data: Data, record_id: str) -> tuple[dict[str, Any], Tag]:
    """The programme's own page: its front matter, and its Markdown turned into HTML."""
    facts = next(f for f in programme_facts(data) if f.program.id == record_id)
    source = RecordSource("Tim Penyusun, 2023", "data/program.yml", *facts.baris)
    page = programme_page(facts, FakeLinks(programme_src(record_id)), [], source, data.opd_by_id)
    converted = page.html(markdown.markdown(page.markdown, extensions=_markdown_extensions()))
    return page.meta, BeautifulSoup(converted, "html.parser")


@functools.cache
def _markdown_extensions() -> list[Any]:
    """The Markdown extensions of mkdocs.yml (names only; options do not change parsing of raw HTML)."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTags)
    return [next(iter(e)) if isinstance(e, dict) else e for e in config["markdown_extensions"]]


class _IgnoreTags(yaml.SafeLoader):
    pass


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)


# --- valid records ----------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(0, 200), nama=free_text, uraian=free_text, indikator=free_text, satuan=free_text)
def test_valid_record_renders_literally(
    raw: dict[str, Any],
    programmes_yaml: str,
    data_dir: Path,
    index: int,
    nama: str,
    uraian: str,
    indikator: str,
    satuan: str,
) -> None:
    assume(all(_yaml_safe(t) for t in (nama, uraian, indikator, satuan)))
    record = _new_record(raw, index)
    record["nama"], record["uraian"] = nama, uraian
    record["indikator"][0]["nama"], record["indikator"][0]["satuan"] = indikator, satuan
    _write_programmes(data_dir, programmes_yaml, record)
    data = load_data(data_dir, display_root=data_dir.parent)
    row = _table(data, record["id"])
    cells = row.find_all("td", recursive=False)
    assert flat(cells[0].get_text()) == record["id"]
    assert flat(cells[1].strong.get_text()) == flat(nama)
    assert flat(uraian) in flat(cells[1].get_text())
    assert flat(indikator) in flat(row.get_text()) and flat(satuan) in flat(row.get_text())
    # nothing from the data became markup: only the template's own tags are in the row
    assert {tag.name for tag in row.find_all(True)} <= {"td", "strong", "br", "span", "em", "ul", "li", "a"}
    assert not row.find_all(attrs={"class": "injeksi"}) and not row.find_all("script")
    # the programme's own page: title, heading and text literal, no markup from the data
    meta, page = _programme_page(data, record["id"])
    assert flat(html.unescape(meta["title"])) == flat(f"{record['id']} {nama}")
    assert flat(page.find("h1").get_text()) == flat(f"{record['id']} {nama}")
    assert flat(uraian) in flat(page.get_text()) and flat(indikator) in flat(page.get_text())
    assert flat(satuan) in flat(page.get_text())
    assert not page.find_all(attrs={"class": "injeksi"}) and not page.find_all("script")
    assert not [t for t in page.find_all(True) if any(a.startswith("on") for a in t.attrs)]


# --- invalid records ----------------------------------------------------------


def _starts_visibly(key: str) -> bool:
    """YAML writes a key that starts with a no-break space unquoted at the start of its line
    (a tab or a space it quotes), so the whitespace lint rightly reports that line's
    indentation before any record is read (tests/test_yaml_errors.py covers that message):
    not a record's mistake."""
    return not key.startswith("\u00a0")


_NOT_A_VALUE = st.one_of(
    st.dictionaries(
        st.text(min_size=1, max_size=10).filter(lambda k: not k.strip().isdigit() and _starts_visibly(k)),
        st.lists(st.none(), min_size=1),
        min_size=1,
        max_size=3,
    ),
    st.lists(st.dictionaries(st.sampled_from(["tak_dikenal", "x"]), st.none(), min_size=1), min_size=1),
)
_BAD_ID = st.one_of(
    st.text(min_size=1, max_size=30).filter(lambda s: re.fullmatch(r"[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*", s) is None),
    st.just("P" * 41),
)
_SLUG = st.from_regex(r"\Ax[a-z0-9]{3,12}\Z")


@st.composite
def broken_record(draw: st.DrawFn, raw: dict[str, Any]) -> tuple[dict[str, Any], str]:
    record = _new_record(raw, draw(st.integers(0, 200)))
    fields = models.Program.model_fields
    kind = draw(
        st.sampled_from(
            [
                "missing",
                "wrong-type",
                "unknown-key",
                "bad-id",
                "unknown-opd",
                "year-outside-plan",
                "negative-budget",
                "end-before-start",
            ]
        )
    )
    if kind == "missing":
        del record[draw(st.sampled_from(sorted(f for f, info in fields.items() if info.is_required() and f != "id")))]
    elif kind == "wrong-type":
        record[draw(st.sampled_from(sorted(f for f in fields if f != "id")))] = draw(_NOT_A_VALUE)
    elif kind == "unknown-key":
        record[draw(st.text(min_size=1, max_size=20).filter(lambda k: k not in fields and _starts_visibly(k)))] = (
            "nilai"
        )
    elif kind == "bad-id":
        record["id"] = draw(_BAD_ID)
    elif kind == "unknown-opd":
        record["opd_pengampu"] = draw(_SLUG)
    elif kind == "year-outside-plan":
        dokumen = raw["kota"]["dokumen"]
        record["tahun_mulai"] = draw(
            st.one_of(
                st.integers(1900, dokumen["periode_mulai"] - 1), st.integers(dokumen["periode_selesai"] + 1, 2100)
            )
        )
    elif kind == "negative-budget":
        record["anggaran"][next(iter(record["anggaran"]))] = draw(st.integers(max_value=-1))
    else:
        record["tahun_selesai"] = record["tahun_mulai"] - draw(st.integers(1, 5))
    label = f"program {record['id']}" if isinstance(record.get("id"), str) else None
    return record, label or f"program ke-{len(raw['program']['program']) + 1}"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_invalid_record_is_named_never_a_traceback(
    raw: dict[str, Any], programmes_yaml: str, data_dir: Path, data: st.DataObject
) -> None:
    record, label = data.draw(broken_record(raw))
    assume(_yaml_safe(record))
    _write_programmes(data_dir, programmes_yaml, record)
    with pytest.raises(DataValidationError) as caught:
        load_data(data_dir, display_root=data_dir.parent)
    named = [e for e in caught.value.errors if e.file == "data/program.yml" and e.record == label]
    assert named, f"{label} tidak disebut:\n{caught.value.report()}"
    assert f"data/program.yml:{named[0].line}: {label}" in caught.value.report()


# --- one real build with hostile data ---------------------------------------


def _pages(site: Path) -> Iterator[tuple[Path, BeautifulSoup]]:
    for path in sorted(site.rglob("*.html")):
        yield path, BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def _article(soup: BeautifulSoup) -> Tag:
    article = soup.find("article") or soup.body
    assert isinstance(article, Tag)
    return article


@pytest.mark.slow
def test_no_data_string_becomes_markup(variant_build: BuildResult) -> None:
    for path, soup in _pages(variant_build.site):
        where = path.relative_to(variant_build.site)
        assert not soup.select(".injeksi"), where
        assert not soup.find(id="palsu"), where
        assert not soup.select('a[href^="javascript:"]'), where
        assert not [t for t in soup.find_all(True) if any(a.startswith("on") for a in t.attrs)], where
        assert not [s for s in soup.find_all("script") if "alert(" in s.get_text()], where


@pytest.fixture(scope="module")
def page_texts(variant_build: BuildResult) -> dict[str, str]:
    return {
        str(path.relative_to(variant_build.site)): flat(_article(soup).get_text())
        for path, soup in _pages(variant_build.site)
    }


@pytest.mark.slow
@pytest.mark.parametrize(("key", "row"), [("nama", 0), ("uraian", 0), ("indikator", 0), ("formula", 1), ("minus", 1)])
def test_table_text_is_literal(variant_build: BuildResult, key: str, row: int) -> None:
    """On the programme's own page (every field), and in its chapter rows (the name)."""
    ident = _programmes(variant_build.project)[row]["id"]
    own = variant_build.site / "program" / ident.lower() / "index.html"
    assert flat(INJECTED[key]) in flat(
        _article(BeautifulSoup(own.read_text(encoding="utf-8"), "html.parser")).get_text()
    )
    rows = [r for _, soup in _pages(variant_build.site) for r in soup.select(f"tr#program-{ident.lower()}")]
    assert rows, f"baris program {ident} tidak ditemukan"
    if key in ("nama", "formula"):
        assert all(flat(INJECTED[key]) in flat(r.get_text()) for r in rows)


@pytest.mark.slow
@pytest.mark.parametrize("key", ["kota", "dimensi", "versi"])
def test_chapter_text_is_literal(page_texts: dict[str, str], key: str) -> None:
    """Data printed straight into chapter Markdown or a heading stays text."""
    assert [page for page, text in page_texts.items() if flat(INJECTED[key]) in text], key


@pytest.mark.slow
def test_markdown_table_keeps_its_columns(variant_build: BuildResult) -> None:
    """A '|' in data printed inside a Markdown table row does not add a column."""
    rows = [
        row
        for _, soup in _pages(variant_build.site)
        for row in _article(soup).select("table tr")
        if flat(INJECTED["versi"]) in flat(row.get_text())
    ]
    assert rows
    for row in rows:
        header = row.find_parent("table").find("tr")
        assert len(row.find_all(["td", "th"])) == len(header.find_all(["td", "th"]))
        assert any(flat(cell.get_text()) == INJECTED["versi"] for cell in row.find_all(["td", "th"]))


def _programmes(project: Path) -> list[dict[str, Any]]:
    return yaml.load((project / "data" / "program.yml").read_text(encoding="utf-8"), Loader=_LOADER)["program"]


@pytest.mark.slow
def test_pdf_text_is_literal(variant_build: BuildResult) -> None:
    pdfs = sorted(variant_build.site.rglob("*.pdf"))
    assert len(pdfs) == 1, pdfs
    text = "".join("".join(pdf_pages(p)) for p in pdfs)
    compact = re.sub(r"\s+", "", text)
    for key in ("nama", "formula", "kota"):
        assert re.sub(r"\s+", "", INJECTED[key]) in compact, key


@pytest.mark.slow
def test_csv_neutralises_formulas(variant_build: BuildResult) -> None:
    tables = sorted(variant_build.site.rglob("*.csv"))
    if not tables:
        pytest.skip("ekspor CSV data terbuka belum ada")
    cells = [
        cell for path in tables for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))) for cell in row
    ]
    for key in ("formula", "plus", "minus", "at"):
        assert "'" + INJECTED[key] in cells, key
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert INJECTED["nama"] in cells and INJECTED["uraian"] in cells
