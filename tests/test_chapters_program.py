"""The planning chapters (BAB V-VIII, X) against data/program.yml, read independently with PyYAML.

Three layers: funding-share validation and the rupiah split (loader and pure functions),
templates with small fake records (exact output), and the real build (``site_dir``).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from hypothesis import given
from hypothesis import strategies as st

from macros.figures.budget import Matriks, Rekap, bagi
from macros.figures.numbering import Numbered
from macros.records import load_data
from macros.records.errors import DataValidationError
from macros.records.models import Dimensi, Elemen, Indikator, Opd, Program
from macros.rendering.jinja import render

from pagelinks import FakeLinks

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = yaml.safe_load((ROOT / "data" / "program.yml").read_text(encoding="utf-8"))["program"]
DIMENSI = yaml.safe_load((ROOT / "data" / "dimensi.yml").read_text(encoding="utf-8"))["dimensi"]
DOKUMEN = yaml.safe_load((ROOT / "data" / "kota.yml").read_text(encoding="utf-8"))["dokumen"]
YEARS = list(range(DOKUMEN["periode_mulai"], DOKUMEN["periode_selesai"] + 1))
CHAPTERS = {
    "bab-5-program": "5",
    "bab-6-quick-win": "6",
    "bab-7-peta-jalan": "7",
    "bab-8-rencana-pembiayaan": "8",
    "bab-10-monitoring-evaluasi": "10",
}
Select = Callable[[dict, int, str], object]  # (programme, year, source) -> row or column key
ITEM = Numbered(key="uji", kind="tabel", label="8.1", page="bab-8.md")


# --- helpers ------------------------------------------------------------------


def article(site: Path, page: str) -> Tag:
    soup = BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")
    found = soup.select_one("article")
    assert found is not None
    return found


def table(page: Tag, key: str) -> Tag:
    found = page.select_one(f"#tabel-{key}")
    assert found is not None, f"tabel '{key}' tidak ada"
    return found


def rupiah(text: str) -> int:
    """'Rp1.950.000.000' -> 1950000000; '–' (empty cell) -> 0."""
    text = text.strip()
    if text == "–":
        return 0
    assert re.fullmatch(r"Rp\d{1,3}(\.\d{3})*", text), text
    return int(text[2:].replace(".", ""))


def grid(tabel: Tag) -> dict[str, list[int]]:
    """Row label -> rupiah cells (the trailing 'Porsi' column dropped), body and footer."""
    rows: dict[str, list[int]] = {}
    for tr in tabel.select("tbody tr, tfoot tr"):
        label, *cells = [c.get_text(strip=True) for c in tr.find_all(["th", "td"])]
        rows[label] = [rupiah(c) for c in cells[:-1]]
    return rows


def names(items: list[dict], key: str = "id", value: str = "nama") -> dict[str, str]:
    return {item[key]: item[value] for item in items}


def share_sum(select: Callable[[dict, int, str], tuple]) -> dict[tuple, Fraction]:
    """Exact rupiah per (row, column) from the YAML: anggaran x porsi / 100, no rounding."""
    sums: dict[tuple, Fraction] = defaultdict(Fraction)
    for p in PROGRAM:
        for year, amount in p["anggaran"].items():
            for source, share in p["sumber_dana"].items():
                sums[select(p, year, source)] += Fraction(amount * share, 100)
    return sums


# --- funding shares: validation ----------------------------------------------


def _break_first_shares(data_dir: Path, replacement: str) -> tuple[str, int]:
    """Replace the first programme's sumber_dana line; return its id and line number."""
    path = data_dir / "program.yml"
    text = path.read_text(encoding="utf-8")
    match = re.search(r"(?m)^    sumber_dana: .*$", text)
    assert match
    ident = re.findall(r"(?m)^  - id: (\S+)$", text[: match.start()])[-1]
    path.write_text(text[: match.start()] + f"    sumber_dana: {replacement}" + text[match.end() :], encoding="utf-8")
    return ident, text.count("\n", 0, match.start()) + 1


def _errors(data_dir: Path) -> list[str]:
    with pytest.raises(DataValidationError) as caught:
        load_data(data_dir, display_root=data_dir.parent)
    return [str(error) for error in caught.value.errors]


def test_shares_not_adding_up_to_100_name_file_line_and_programme(data_copy: Path) -> None:
    ident, line = _break_first_shares(data_copy, "{APBD: 70, APBD Provinsi: 20}")
    assert _errors(data_copy) == [
        f"data/program.yml:{line}: program {ident}, sumber_dana: jumlah porsi sumber dana harus 100 (persen), "
        "tertulis 90",
        f"data/program.yml:{line}: program {ident}, sumber_dana, APBD Provinsi: sumber dana APBD Provinsi belum "
        "diberi alasan; tulis di 'alasan_sumber_dana' mengapa sumber ini cocok untuk program ini (jenis kegiatan, "
        "besaran, dan dasar aturannya)",
    ]


def test_unknown_funding_source_suggests_the_intended_one(data_copy: Path) -> None:
    ident, line = _break_first_shares(data_copy, "{APBD: 70, APBN-DAK: 30}")
    [error] = _errors(data_copy)
    assert error.startswith(
        f"data/program.yml:{line}: program {ident}, sumber_dana, APBN-DAK (sebagai kunci): "
        "harus salah satu dari: 'APBD', "
    )
    assert "(maksud Anda 'APBN/DAK'?)" in error


def test_zero_share_is_reported_on_its_source(data_copy: Path) -> None:
    ident, line = _break_first_shares(data_copy, "{APBD: 100, Hibah: 0}")
    # the 0 share is the one mistake: no second message asking for a reason for it
    assert _errors(data_copy) == [
        f"data/program.yml:{line}: program {ident}, sumber_dana, Hibah: porsi Hibah 0 persen; "
        "hapus sumber dana yang tidak dipakai"
    ]


def test_shares_must_be_whole_numbers(data_copy: Path) -> None:
    ident, line = _break_first_shares(data_copy, "{APBD: 70.5, CSR: 29.5}")
    errors = _errors(data_copy)
    assert (
        f"data/program.yml:{line}: program {ident}, sumber_dana, APBD: harus bilangan bulat ≥ 0 (tertulis: 70.5)"
        in errors
    )


def test_missing_budget_or_target_year_is_reported(data_copy: Path) -> None:
    path = data_copy / "program.yml"
    text = path.read_text(encoding="utf-8")
    first = re.search(r"(?m)^  - id: (\S+)$", text)
    years = re.search(r"(?m)^    tahun_mulai: (\d+)\n    tahun_selesai: (\d+)$", text)
    target = re.search(r"(?m)^        target: \{(\d+): [^,]+, ", text)
    assert first and years and target and int(years.group(2)) > int(years.group(1))
    start, end = years.groups()
    text = text[: target.start()] + "        target: {" + text[target.end() :]  # drop the first target year
    path.write_text(text, encoding="utf-8")
    line = text.count("\n", 0, target.start()) + 1
    assert _errors(data_copy) == [
        f"data/program.yml:{line}: program {first.group(1)}, indikator ke-1, target: target tahun {start} belum diisi "
        f"(program berjalan {start}–{end})"
    ]


def test_dimension_without_quick_win_is_reported_on_the_dimension(data_copy: Path) -> None:
    path = data_copy / "program.yml"
    text = path.read_text(encoding="utf-8")
    environment = [p["id"] for p in PROGRAM if p.get("quick_win") and p["dimensi"] == "environment"]
    for ident in environment:  # turn off the quick wins of the last dimension only
        start = text.index(f"  - id: {ident}\n")
        text = text[:start] + text[start:].replace("    quick_win: true", "    quick_win: false", 1)
    path.write_text(text, encoding="utf-8")
    dimensi_text = (data_copy / "dimensi.yml").read_text(encoding="utf-8")
    line = dimensi_text[: dimensi_text.index("  - id: environment")].count("\n") + 1
    assert environment and _errors(data_copy) == [
        f"data/dimensi.yml:{line}: dimensi environment: belum ada program quick win untuk dimensi ini di "
        "data/program.yml; setiap dimensi memerlukan sedikitnya satu ('quick_win: true')"
    ]


def test_real_shares_are_valid_and_add_up() -> None:
    for p in PROGRAM:
        assert sum(p["sumber_dana"].values()) == 100, p["id"]


# --- the rupiah split ----------------------------------------------------------


@pytest.mark.parametrize(
    ("jumlah", "porsi", "expected"),
    [
        (1000, {"APBD": 70, "CSR": 30}, {"APBD": 700, "CSR": 300}),
        (100, {"A": 33, "B": 33, "C": 34}, {"A": 33, "B": 33, "C": 34}),
        (10, {"A": 33, "B": 33, "C": 34}, {"A": 3, "B": 3, "C": 4}),  # 3.3, 3.3, 3.4: one rupiah to the largest rest
        (1, {"APBD": 50, "CSR": 50}, {"APBD": 1, "CSR": 0}),  # a tie goes to the source written first
        (1, {"CSR": 50, "APBD": 50}, {"CSR": 1, "APBD": 0}),
        (7, {"A": 15, "B": 15, "C": 70}, {"A": 1, "B": 1, "C": 5}),  # 1.05, 1.05, 4.9
    ],
)
def test_split_by_largest_remainder(jumlah: int, porsi: dict[str, int], expected: dict[str, int]) -> None:
    assert bagi(jumlah, porsi) == expected


@given(
    st.integers(min_value=0, max_value=10**13),
    st.lists(st.integers(min_value=1, max_value=99), max_size=5, unique=True),
)
def test_split_parts_always_add_up_and_stay_within_one_rupiah(jumlah: int, cuts: list[int]) -> None:
    bounds = [0, *sorted(cuts), 100]
    porsi = {f"S{i}": high - low for i, (low, high) in enumerate(itertools.pairwise(bounds))}
    parts = bagi(jumlah, porsi)
    assert list(parts) == list(porsi) and sum(parts.values()) == jumlah
    for source, part in parts.items():
        assert abs(Fraction(part) - Fraction(jumlah * porsi[source], 100)) < 1


def test_rekap_tables_share_one_grand_total() -> None:
    data = load_data(ROOT / "data")
    rekap = Rekap(data.program, [d.id for d in data.dimensi], list(data.tahun_rencana))
    expected = sum(sum(p["anggaran"].values()) for p in PROGRAM)
    for m in (rekap.dimensi_tahun(), rekap.sumber_tahun(), rekap.dimensi_sumber()):
        assert m.total == expected
        assert sum(m.total_baris(b) for b in m.baris) == expected == sum(m.total_kolom(k) for k in m.kolom)


# --- templates with fake records: exact output -------------------------------------


def test_budget_template_exact_output() -> None:
    m = Matriks(("a", "b"), (2024, 2025), {("a", 2024): 300, ("a", 2025): 100, ("b", 2025): 600})
    html = render(
        "anggaran.html",
        item=ITEM,
        links=FakeLinks(),
        judul="Uji <anggaran>",
        sumber="uji",
        m=m,
        judul_baris="Dimensi",
        label_baris={"a": "Satu & dua", "b": "Tiga"},
        label_kolom={2024: "2024", 2025: "2025"},
    )
    assert html == "\n".join(
        [
            '<div class="tabel-bernomor tabel-anggaran" id="tabel-uji" tabindex="0" role="region" '
            'aria-label="Tabel 8.1 Uji &lt;anggaran&gt;">',
            "<table>",
            '<caption><span class="nomor-tabel">Tabel 8.1</span> Uji &lt;anggaran&gt;</caption>',
            "<thead>",
            '<tr><th scope="col">Dimensi</th><th scope="col">2024</th><th scope="col">2025</th>'
            '<th scope="col">Jumlah</th><th scope="col">Porsi</th></tr>',
            "</thead>",
            "<tbody>",
            '<tr><th scope="row">Satu &amp; dua</th><td class="angka">Rp300</td><td class="angka">Rp100</td>'
            '<td class="angka jumlah">Rp400</td><td class="angka">40,0%</td></tr>',
            '<tr><th scope="row">Tiga</th><td class="angka">–</td><td class="angka">Rp600</td>'
            '<td class="angka jumlah">Rp600</td><td class="angka">60,0%</td></tr>',
            "</tbody>",
            "<tfoot>",
            '<tr><th scope="row">Jumlah</th><td class="angka">Rp300</td><td class="angka">Rp700</td>'
            '<td class="angka jumlah">Rp1.000</td><td class="angka">100,0%</td></tr>',
            "</tfoot>",
            "</table>",
            '<p class="sumber-tabel">Sumber: uji</p>',
            "</div>",
        ]
    )


def _fake_programme(**changes: object) -> Program:
    fields: dict[str, object] = dict(
        id="P900",
        nama="Uji <coba> & cepat",
        uraian="Uraian.",
        dimensi="governance",
        elemen="pelayanan-publik",
        opd_pengampu="a",
        jangka="pendek",
        tahun_mulai=2024,
        tahun_selesai=2025,
        anggaran={2024: 150, 2025: 50},
        sumber_dana={"APBD": 70, "CSR": 30},
        alasan_sumber_dana={"CSR": "Mitra <usaha> setempat."},
        menjawab=["GOV-1"],
        quick_win=True,
        ruang_lingkup="Lingkup.",
        risiko=["Risiko <satu>."],
        status="usulan",
        indikator=[
            Indikator(
                nama="Keluaran",
                jenis="output",
                satuan="unit",
                baseline={"nilai": 0, "status": "belum_ada"},
                target={2024: 1, 2025: 2.5},
                sumber_verifikasi="Laporan",
            )
        ],
    )
    fields.update(changes)
    return Program.model_validate(fields)


def test_quick_win_summary_template_exact_output() -> None:
    dimensi = Dimensi(
        id="governance",
        nama="Smart Governance",
        nama_indonesia="Tata Kelola",
        uraian="U.",
        elemen=[Elemen(id="pelayanan-publik", nama="Pelayanan Publik", uraian="U.")],
    )
    program = [_fake_programme(), _fake_programme(id="P901", tahun_mulai=2025, anggaran={2025: 80})]
    html = render(
        "quick_win.html",
        item=ITEM,
        links=FakeLinks(),
        judul="Quick win",
        sumber="uji",
        program=program,
        tahun_awal=2024,
        jumlah_awal=150,
        dimensi={"governance": dimensi},
        opd={"a": Opd(id="a", singkatan="A&B", nama="N")},
    )
    body = html.split("<tbody>")[1]
    assert body.splitlines()[1:4] == [
        '<tr id="quick-win-p900"><td>P900</td><td>Uji &lt;coba&gt; &amp; cepat</td><td>Smart Governance</td>'
        '<td>A&amp;B</td><td>2024–2025</td><td class="angka">Rp150</td><td class="angka">Rp200</td></tr>',
        '<tr id="quick-win-p901"><td>P901</td><td>Uji &lt;coba&gt; &amp; cepat</td><td>Smart Governance</td>'
        '<td>A&amp;B</td><td>2025</td><td class="angka">Rp0</td><td class="angka">Rp80</td></tr>',
        "</tbody>",
    ]
    assert '<td class="angka">Rp150</td><td class="angka">Rp280</td></tr>' in html


def test_quick_win_detail_lists_targets_in_year_order_and_escapes_risks() -> None:
    html = render(
        "rincian_quick_win.html",
        item=ITEM,
        links=FakeLinks(),
        judul="Rincian",
        sumber="uji",
        program=[_fake_programme()],
        elemen={"pelayanan-publik": Elemen(id="pelayanan-publik", nama="Pelayanan Publik", uraian="U.")},
        opd={"a": Opd(id="a", singkatan="A", nama="Dinas A")},
        regulasi={},
    )
    assert (
        # the unit without nested brackets, the source of verification in lower case inside the sentence
        '<tr><th scope="row">Indikator <em>output</em></th><td><ul><li>Keluaran, satuan unit: awal: 0 '
        '<span class="baseline-belum-ada">(belum ada)</span> → 1 (2024) → 2,5 (2025); diverifikasi dari laporan'
        "</li></ul></td></tr>"
    ) in html
    assert '<tr><th scope="row">Indikator <em>outcome</em></th><td><ul></ul></td></tr>' in html
    assert "<li>Risiko &lt;satu&gt;.</li>" in html
    assert (
        '<tr><th scope="row">Sumber dana</th><td>APBD 70%, CSR 30%<br>CSR: Mitra &lt;usaha&gt; setempat.</td></tr>'
    ) in html
    assert "Dasar hukum terkait" not in html


def test_roadmap_template_marks_only_the_running_years() -> None:
    data = load_data(ROOT / "data")
    p = data.program_by_id["P001"]
    d = data.dimensi_by_id[p.dimensi]
    html = render(
        "peta_jalan.html",
        item=ITEM,
        links=FakeLinks(),
        judul="Peta",
        sumber="uji",
        kelompok=[(d, [p])],
        tahun=[2023, p.tahun_mulai, p.tahun_selesai, p.tahun_selesai + 1],
        berjalan={2023: 0, p.tahun_mulai: 1, p.tahun_selesai: 1, p.tahun_selesai + 1: 0},
    )
    row = next(line for line in html.splitlines() if line.startswith(f"<tr><td>{p.id}</td>"))
    assert row.endswith(
        '<td class="jalan"></td>'
        f'<td class="jalan aktif" title="{p.id} berjalan pada {p.tahun_mulai}">●</td>'
        f'<td class="jalan aktif" title="{p.id} berjalan pada {p.tahun_selesai}">●</td>'
        '<td class="jalan"></td></tr>'
    )


# --- the real build ----------------------------------------------------------------


def test_every_programme_sits_in_its_own_dimension_and_element_table(site_dir: Path) -> None:
    page = article(site_dir, "bab-5-program")
    dimensi_of = {d["nama"]: d["id"] for d in DIMENSI}
    elemen_of = {e["nama"]: e["id"] for d in DIMENSI for e in d["elemen"]}
    found: dict[str, tuple[str, str]] = {}
    dimensi = elemen = None
    for node in page.find_all(["h2", "h3", "div"]):
        heading = re.sub(r"^[\d.]+\s+", "", node.get_text().strip(" ¶"))
        if node.name == "h2":
            dimensi, elemen = dimensi_of.get(heading.split(" (")[0]), None
        elif node.name == "h3":
            elemen = elemen_of.get(heading)
        elif "tabel-program" in (node.get("class") or []):
            for tr in node.select("tbody tr[id^=program-]"):
                ident = tr.find("td").get_text(strip=True)
                assert ident not in found, f"{ident} muncul dua kali di BAB V"
                found[ident] = (dimensi, elemen)
    assert found == {p["id"]: (p["dimensi"], p["elemen"]) for p in PROGRAM}


def test_element_tables_total_their_programmes(site_dir: Path) -> None:
    page = article(site_dir, "bab-5-program")
    by_id = {p["id"]: p for p in PROGRAM}
    for node in page.select("div.tabel-program"):
        ids = [tr.find("td").get_text(strip=True) for tr in node.select("tbody tr")]
        shown = rupiah(node.select_one("tfoot td.angka").get_text())
        assert shown == sum(sum(by_id[i]["anggaran"].values()) for i in ids)


def test_quick_wins_and_only_quick_wins_appear_in_bab_6(site_dir: Path) -> None:
    page = article(site_dir, "bab-6-quick-win")
    quick = {p["id"] for p in PROGRAM if p.get("quick_win")}
    assert {tr["id"].removeprefix("quick-win-").upper() for tr in page.select("tr[id^=quick-win-]")} == quick
    assert {tb["id"].removeprefix("rincian-").upper() for tb in page.select("tbody[id^=rincian-]")} == quick
    assert set(re.findall(r"\bP\d{3}\b", page.get_text(" "))) == quick
    for d in DIMENSI:  # at least one quick win per dimension, in 2024, with output and outcome indicators
        mine = [p for p in PROGRAM if p.get("quick_win") and p["dimensi"] == d["id"]]
        assert mine, d["id"]
        for p in mine:
            assert p["tahun_mulai"] == YEARS[0]
            assert {i["jenis"] for i in p["indikator"]} == {"output", "outcome"}
            text = " ".join(page.select_one(f"#rincian-{p['id'].lower()}").get_text(" ").split())
            assert " ".join(p["ruang_lingkup"].split()) in text
            assert all(" ".join(r.split()) in text for r in p["risiko"])


def test_bab_8_dimension_by_year_equals_yaml_sums(site_dir: Path) -> None:
    rows = grid(table(article(site_dir, "bab-8-rencana-pembiayaan"), "anggaran-dimensi-tahun"))
    expected: dict[str, list[int]] = {}
    for d in DIMENSI:
        per_year = [sum(p["anggaran"].get(y, 0) for p in PROGRAM if p["dimensi"] == d["id"]) for y in YEARS]
        expected[d["nama"]] = [*per_year, sum(per_year)]
    per_year = [sum(p["anggaran"].get(y, 0) for p in PROGRAM) for y in YEARS]
    expected["Jumlah"] = [*per_year, sum(per_year)]
    assert rows == expected


@pytest.mark.parametrize(
    ("key", "rows_of", "cols_of"),
    [
        ("anggaran-sumber-tahun", lambda p, y, s: s, lambda p, y, s: y),
        ("anggaran-dimensi-sumber", lambda p, y, s: p["dimensi"], lambda p, y, s: s),
    ],
)
def test_bab_8_funding_source_tables_equal_yaml_shares(
    site_dir: Path, key: str, rows_of: Select, cols_of: Select
) -> None:
    tabel = table(article(site_dir, "bab-8-rencana-pembiayaan"), key)
    exact = share_sum(lambda p, y, s: (rows_of(p, y, s), cols_of(p, y, s)))
    headers = [th.get_text(strip=True) for th in tabel.select("thead th")][1:-2]
    columns = [int(h) if h.isdigit() else h for h in headers]
    label = {d["id"]: d["nama"] for d in DIMENSI}
    rows = grid(tabel)
    grand = sum(sum(p["anggaran"].values()) for p in PROGRAM)
    programme_years = sum(len(p["anggaran"]) for p in PROGRAM)
    row_keys = {r for r, _ in exact}
    assert set(rows) == {label.get(r, r) for r in row_keys} | {"Jumlah"}
    for r in row_keys:
        shown = rows[label.get(r, r)]
        for c, value in zip(columns, shown, strict=False):
            cell = exact.get((r, c), Fraction(0))
            # rounding to whole rupiah moves a cell by less than one rupiah per programme-year
            assert value == cell if cell.denominator == 1 else abs(value - cell) < programme_years
        assert shown[-1] == sum(shown[:-1])
    assert rows["Jumlah"][-1] == grand
    assert rows["Jumlah"][:-1] == [sum(rows[label.get(r, r)][i] for r in row_keys) for i in range(len(columns))]


def test_bab_8_prose_quotes_the_same_grand_total(site_dir: Path) -> None:
    grand = sum(sum(p["anggaran"].values()) for p in PROGRAM)
    first = article(site_dir, "bab-8-rencana-pembiayaan").find("p").get_text(" ")
    assert "Rp" + f"{grand:,}".replace(",", ".") in first and "indikatif" in first


def test_roadmap_has_every_plan_year_and_marks_programme_years(site_dir: Path) -> None:
    tabel = table(article(site_dir, "bab-7-peta-jalan"), "peta-jalan")
    headers = [th.get_text(strip=True) for th in tabel.select("thead th")]
    assert headers[3:] == [str(y) for y in YEARS]
    marked: dict[str, list[int]] = {}
    for tr in tabel.select("tbody tr:not(.kelompok)"):
        cells = tr.find_all("td")
        marked[cells[0].get_text(strip=True)] = [
            y for y, c in zip(YEARS, cells[3:], strict=True) if c.get_text(strip=True) == "●"
        ]
    assert marked == {p["id"]: list(range(p["tahun_mulai"], p["tahun_selesai"] + 1)) for p in PROGRAM}
    groups = [th.get_text(strip=True) for th in tabel.select("tr.kelompok th")]
    assert [g.split(" (")[0] for g in groups] == [d["nama"] for d in DIMENSI]


def test_indicator_summaries_name_every_indicator_of_every_programme(site_dir: Path) -> None:
    """BAB X on the site: each programme's indicators by name, in data order (baseline,
    targets and verification are on the programme pages and in the PDF's full tables:
    test_programme_pages.py)."""
    page = article(site_dir, "bab-10-monitoring-evaluasi")
    rows = page.select("div.tabel-indikator tbody tr")
    assert [tr.find("td").get_text(strip=True) for tr in rows] == [p["id"] for p in PROGRAM]
    for tr, p in zip(rows, PROGRAM, strict=True):
        names = [" ".join(a.get_text().split()) for a in tr.select("li a")]
        assert names == [" ".join(i["nama"].split()) for i in p["indikator"]]


@pytest.mark.parametrize("page", CHAPTERS)
def test_table_numbers_run_in_order_within_each_chapter(site_dir: Path, page: str) -> None:
    labels = [span.get_text() for span in article(site_dir, page).select("caption .nomor-tabel")]
    assert labels, page
    assert labels == [f"Tabel {CHAPTERS[page]}.{i}" for i in range(1, len(labels) + 1)]


@pytest.mark.parametrize("page", CHAPTERS)
def test_chapter_cross_references_resolve(site_dir: Path, page: str) -> None:
    links = [a["href"] for a in article(site_dir, page).select("a[href*='#tabel-']")]
    for href in links:
        target, anchor = href.split("#")
        html = (site_dir / page / target / "index.html") if target else (site_dir / page / "index.html")
        assert f'id="{anchor}"' in html.resolve().read_text(encoding="utf-8"), href


@pytest.mark.parametrize("page", CHAPTERS)
def test_chapter_opens_with_summary_and_marks_figures_indicative(site_dir: Path, page: str) -> None:
    body = article(site_dir, page)
    first = body.find("p")
    assert first is not None and len(first.get_text().split()) > 25
    assert "indikatif" in body.get_text().lower()
    assert not re.search(r"\b(TODO|TBD|FIXME|xxx|lorem)\b", body.get_text(), re.I)
