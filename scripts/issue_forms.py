"""The GitHub issue forms, generated from data/ and mkdocs.yml so that they match the data.

    python scripts/issue_forms.py           # write .github/ISSUE_TEMPLATE/*.yml
    python scripts/issue_forms.py --check   # exit 1 and name the forms that drifted

- ``usulan-program.yml``: every field a programme needs in data/program.yml, dropdowns of
  the dimensions, elements and OPD of data/ and of the years of the plan period, budget
  examples in the format the data accepts;
- ``laporan-data-salah.yml``: the data files to choose from;
- ``pertanyaan.yml``: a plain route for a question that fits no other form;
- ``config.yml``: the link to the contributors' guide, from ``repo_url`` and ``edit_uri``.

``tests/test_issue_forms.py`` fails when a committed form differs from what this script
writes (a dimension, element or OPD added to data/ without running it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, get_args

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.records import DATASETS, Data, load_data  # noqa: E402
from macros.records.models import JenisIndikator, StatusProgram, SumberDana  # noqa: E402
from macros.records.rules.roadmap import describe  # noqa: E402

FORMS = ROOT / ".github" / "ISSUE_TEMPLATE"
HEADER = (
    "# Dibangkitkan oleh scripts/issue_forms.py dari data/ dan mkdocs.yml. Jangan diubah langsung:\n"
    "# ubah skripnya (atau datanya), lalu jalankan: .venv/bin/python scripts/issue_forms.py\n"
)
# what each data file holds, for the data-error form (a new data file needs a line here)
DATA_FILES = {
    "kota": "profil kota, penduduk, kecamatan, identitas dan riwayat dokumen",
    "dimensi": "dimensi dan elemen smart city",
    "opd": "perangkat daerah",
    "regulasi": "dasar hukum",
    "program": "program, anggaran, indikator",
    "kesiapan": "penilaian kesiapan, SWOT dan rencana aksi suprastruktur",
    "analisis": "kondisi, isu strategis dan prioritas per dimensi",
    "glosarium": "singkatan dan istilah",
    "tata_kelola": "lembaga, keanggotaan dan pembagian peran",
    "visi": "visi, misi, strategi dan indikator kinerja utama",
    "rujukan": "daftar rujukan",
}


class _Dumper(yaml.SafeDumper):
    """Block style, multi-line text as literal blocks, keys in the order written, no anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def _dump(content: dict[str, Any]) -> str:
    return HEADER + yaml.dump(content, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def _settings() -> dict[str, Any]:
    class _Loader(yaml.SafeLoader):
        pass

    _Loader.add_multi_constructor("!", lambda loader, suffix, node: None)  # !ENV and the like
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)


def _input(ident: str, label: str, description: str = "", placeholder: str = "", required: bool = True) -> dict:
    attributes: dict[str, Any] = {"label": label}
    if description:
        attributes["description"] = description
    if placeholder:
        attributes["placeholder"] = placeholder
    return {"type": "input", "id": ident, "attributes": attributes, "validations": {"required": required}}


def _textarea(ident: str, label: str, description: str = "", placeholder: str = "", required: bool = True) -> dict:
    field = _input(ident, label, description, placeholder, required)
    field["type"] = "textarea"
    return field


def _dropdown(ident: str, label: str, options: list[str], description: str = "", **extra: Any) -> dict:
    attributes: dict[str, Any] = {"label": label}
    if description:
        attributes["description"] = description
    attributes |= extra
    attributes["options"] = options
    required = not extra.get("multiple", False)
    return {"type": "dropdown", "id": ident, "attributes": attributes, "validations": {"required": required}}


def _markdown(text: str) -> dict:
    return {"type": "markdown", "attributes": {"value": text}}


def usulan_program(data: Data) -> dict[str, Any]:
    doc = data.dokumen
    years = [str(year) for year in data.tahun_rencana]
    opd = [f"{o.singkatan} — {o.nama} ({o.id})" for o in data.opd]
    rule = describe(doc.periode_mulai, doc.periode_selesai)
    sources = ", ".join(get_args(SumberDana))
    scoring = data.analisis.penilaian_prioritas
    criteria = scoring.kriteria if scoring else []
    scale = f"{scoring.skor_minimal}–{scoring.skor_maksimal}" if scoring else "1–3"
    return {
        "name": "Usulan program",
        "description": "Usulkan program smart city baru atau perubahan besar pada program yang ada.",
        "title": "Usulan program: ",
        "labels": ["usulan-program"],
        "body": [
            _markdown(
                "Isian ini menjadi dasar entri baru di `data/program.yml`; setiap isian di bawah adalah satu "
                'kunci di berkas itu. Semua anggaran dan target bersifat indikatif. Bagian "Menambah atau '
                'mengubah program" di CONTRIBUTING.md menjelaskan setiap kunci.'
            ),
            _input("nama", "Nama program", "Singkat dan jelas; tampil di semua tabel."),
            _textarea("uraian", "Uraian dan manfaat bagi warga", "Satu atau dua kalimat."),
            _dropdown(
                "dimensi",
                "Dimensi smart city",
                [f"{d.nama} — {d.nama_indonesia} ({d.id})" for d in data.dimensi],
                "Dari data/dimensi.yml.",
            ),
            _dropdown(
                "elemen",
                "Elemen",
                [f"{d.nama}: {e.nama} ({e.id})" for d in data.dimensi for e in d.elemen],
                "Elemen harus termasuk dimensi yang dipilih; elemen menentukan tabel BAB V tempat program tampil.",
            ),
            _dropdown("opd_pengampu", "OPD pengampu", opd, "Perangkat daerah yang bertanggung jawab (data/opd.yml)."),
            _dropdown(
                "opd_pendukung",
                "OPD pendukung (tidak wajib)",
                opd,
                "Boleh lebih dari satu; jangan pilih OPD pengampu lagi.",
                multiple=True,
            ),
            _dropdown("tahun_mulai", "Tahun mulai", years, f"Di dalam periode dokumen ({years[0]}–{years[-1]})."),
            _dropdown(
                "tahun_selesai",
                "Tahun selesai",
                years,
                "Tidak boleh sebelum tahun mulai. Jangka program mengikuti tahun selesai (aturan BAB VII): "
                f"pendek bila {rule['pendek']}, menengah bila {rule['menengah']}, panjang bila {rule['panjang']}.",
            ),
            _textarea(
                "anggaran",
                "Anggaran indikatif per tahun (rupiah)",
                "Satu baris untuk setiap tahun dari tahun mulai sampai tahun selesai: tahun, titik dua, lalu "
                'rupiah sebagai bilangan bulat tanpa titik atau "Rp" (400000000, bukan Rp400.000.000). Tulis 0 '
                "untuk tahun yang memang tanpa biaya.",
                f"{years[1]}: 400000000\n{years[2]}: 250000000\n{years[3]}: 100000000",
            ),
            _textarea(
                "sumber_dana",
                "Sumber dana (persen)",
                f"Porsi setiap sumber dana dalam persen, bilangan bulat di atas 0 yang jumlahnya tepat 100. Sumber "
                f"yang dikenal: {sources}.",
                "APBD: 80\nAPBN/DAK: 20",
            ),
            _textarea(
                "alasan_sumber_dana",
                "Alasan setiap sumber dana selain APBD",
                "Untuk setiap sumber selain APBD: mengapa sumber itu cocok dengan jenis dan besaran program "
                "(menu DAK yang dipakai, mitra yang menanggung, dan sebagainya). Kosongkan bila seluruhnya APBD.",
                "APBN/DAK: Anjungan mencetak dokumen kependudukan, sehingga sebagian biayanya dapat diusulkan "
                "melalui DAK Nonfisik Dana Pelayanan Administrasi Kependudukan.",
                required=False,
            ),
            _textarea(
                "pemberi",
                "Pemberi hibah atau dana tanggung jawab sosial perusahaan",
                "Untuk setiap porsi Hibah atau CSR: nama pemberinya dan rujukan (id di data/rujukan.yml) yang "
                "menyebut pemberi itu. Tanpa pemberi yang jelas, porsi itu dianggarkan dari APBD. Kosongkan bila "
                "tidak ada Hibah atau CSR.",
                "Hibah: {nama: Nama lembaga pemberi, rujukan: [id-rujukan]}",
                required=False,
            ),
            _dropdown(
                "menjawab",
                "Kesenjangan atau isu strategis yang dijawab",
                [f"{k.id}: {' '.join(k.uraian.split())}" for e in data.kesiapan.elemen for k in e.kesenjangan]
                + [f"{i.id}: {' '.join(i.uraian.split())}" for a in data.analisis.dimensi for i in a.isu],
                "Dari BAB III (data/kesiapan.yml dan data/analisis.yml); boleh lebih dari satu.",
                multiple=True,
            ),
            _dropdown(
                "regulasi",
                "Peraturan yang menjadi pijakan (tidak wajib)",
                [f"{r.jenis} Nomor {r.nomor} Tahun {r.tahun} ({r.id})" for r in data.regulasi],
                "Dari data/regulasi.yml; boleh lebih dari satu.",
                multiple=True,
            ),
            _textarea(
                "indikator",
                "Indikator keberhasilan",
                "Sedikitnya satu. Untuk setiap indikator: nama, jenis ("
                + " atau ".join(get_args(JenisIndikator))
                + "), satuan, nilai dasar beserta asalnya (sumber resmi, perkiraan tim penyusun, belum ada, atau "
                "belum tersedia dengan tahun, cara dan OPD pengukurnya; angka resmi tidak boleh ditebak), target "
                "untuk setiap tahun program, dan dokumen yang membuktikan capaiannya. Kode (id) hanya bila indikator "
                "ini juga menjadi indikator kinerja utama. 'bagian_dari' hanya untuk indikator bersatuan persen yang "
                "bersama indikator lain membagi satu keseluruhan (misalnya timbulan-sampah); selain itu tulis null "
                "atau hapus barisnya.",
                "id: anjungan-kecamatan\nnama: Kantor kecamatan yang memiliki anjungan layanan mandiri\n"
                "jenis: output\nsatuan: kantor\nbagian_dari: null\nbaseline: {nilai: 0, status: belum_ada}\n"
                f"target: {years[1]}: 2, {years[2]}: 4, {years[3]}: 4\n"
                "sumber_verifikasi: Berita acara serah terima anjungan",
            ),
            _textarea(
                "kegiatan",
                "Rencana kegiatan per tahun",
                "Untuk setiap tahun yang beranggaran, sedikitnya satu kegiatan beserta keluarannya (hasil yang "
                "menandai kegiatan itu selesai). Tahun tanpa anggaran tidak diberi kegiatan.",
                f"- tahun: {years[1]}\n  kegiatan: Pemasangan anjungan di dua kantor kecamatan\n"
                "  keluaran: Dua anjungan beroperasi",
            ),
            _textarea(
                "skor_prioritas",
                "Penilaian prioritas (tidak wajib)",
                f"Skor {scale} untuk setiap kriteria di data/analisis.yml (penilaian_prioritas): "
                + ", ".join(f"{k.id} ({k.nama.lower()})" for k in criteria)
                + ". Tim penyusun meninjau skornya.",
                "{" + ", ".join(f"{k.id}: 2" for k in criteria) + "}",
                required=False,
            ),
            _dropdown("status", "Status program", list(get_args(StatusProgram)), "Tahap program saat ini."),
            {
                "type": "checkboxes",
                "id": "quick_win",
                "attributes": {
                    "label": "Quick win",
                    "options": [
                        {
                            "label": "Program ini diusulkan sebagai quick win (hasil terlihat dalam satu atau dua "
                            "tahun); ruang lingkup dan risikonya saya isi di bawah."
                        }
                    ],
                },
            },
            _textarea(
                "ruang_lingkup",
                "Ruang lingkup (wajib untuk quick win)",
                "Batas pekerjaan: apa yang termasuk dan seberapa besar.",
                required=False,
            ),
            _textarea("risiko", "Risiko (wajib untuk quick win)", "Satu risiko per baris.", required=False),
            _textarea(
                "rujukan",
                "Sumber rujukan",
                "Dokumen, data atau tautan yang mendasari usulan dan angkanya.",
                required=False,
            ),
        ],
    }


def laporan_data_salah() -> dict[str, Any]:
    missing = set(DATASETS) - set(DATA_FILES)
    if missing:
        raise SystemExit(f"scripts/issue_forms.py: tambahkan uraian untuk data/{sorted(missing)[0]}.yml di DATA_FILES")
    return {
        "name": "Laporan data salah",
        "description": "Laporkan angka, tabel atau data yang keliru (penduduk, anggaran, target, OPD, regulasi).",
        "title": "Data salah: ",
        "labels": ["data-salah"],
        "body": [
            _markdown(
                "Tabel dan angka dalam dokumen dibangkitkan dari berkas di folder data/. Sebutkan tabel atau "
                "angkanya, nilai yang benar, dan sumbernya."
            ),
            _input(
                "lokasi",
                "Tabel atau halaman",
                "Judul tabel (nomor tabel boleh ditambahkan) dan bab atau halaman tempat angka itu muncul.",
                "Tabel jumlah penduduk, BAB II Gambaran Umum",
            ),
            _dropdown(
                "berkas",
                "Berkas data (bila Anda tahu)",
                ["Tidak tahu", *(f"data/{stem}.yml ({DATA_FILES[stem]})" for stem in DATASETS)],
            ),
            _textarea("tertulis", "Nilai yang tertulis sekarang"),
            _textarea("benar", "Nilai yang benar"),
            _input("sumber", "Sumber", "Publikasi, tahun terbit, halaman atau tautan."),
        ],
    }


def pertanyaan() -> dict[str, Any]:
    return {
        "name": "Pertanyaan lain",
        "description": "Pertanyaan atau saran yang tidak cocok dengan formulir lain.",
        "title": "Pertanyaan: ",
        "labels": ["pertanyaan"],
        "body": [
            _markdown(
                "Tulis pertanyaan atau saran Anda dengan kalimat biasa. Pengelola repositori akan menjawab di sini."
            ),
            _textarea("pertanyaan", "Pertanyaan atau saran"),
            _input(
                "halaman",
                "Halaman atau berkas terkait (bila ada)",
                placeholder="BAB V, data/program.yml",
                required=False,
            ),
        ],
    }


def config(settings: dict[str, Any]) -> dict[str, Any]:
    repo = str(settings["repo_url"]).rstrip("/")
    branch = str(settings.get("edit_uri", "edit/main/")).strip("/").split("/")[1]
    return {
        "blank_issues_enabled": False,
        "contact_links": [
            {
                "name": "Panduan kontributor",
                "url": f"{repo}/blob/{branch}/CONTRIBUTING.md",
                "about": "Cara mengubah bab, menambah program dan membaca pesan kesalahan.",
            }
        ],
    }


def render() -> dict[Path, str]:
    """Every generated form, by path, as the script writes it."""
    data = load_data(ROOT / "data", display_root=ROOT)
    return {
        FORMS / "usulan-program.yml": _dump(usulan_program(data)),
        FORMS / "laporan-data-salah.yml": _dump(laporan_data_salah()),
        FORMS / "pertanyaan.yml": _dump(pertanyaan()),
        FORMS / "config.yml": _dump(config(_settings())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bangkitkan formulir isu GitHub dari data/ dan mkdocs.yml.")
    parser.add_argument("--check", action="store_true", help="hanya periksa; gagal bila ada formulir yang berbeda")
    args = parser.parse_args(argv)
    drifted = []
    for path, text in render().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        drifted.append(path.relative_to(ROOT).as_posix())
        if not args.check:
            path.write_text(text, encoding="utf-8")
    if args.check and drifted:
        print("Formulir isu tidak sesuai data: " + ", ".join(drifted), file=sys.stderr)
        print("Jalankan: .venv/bin/python scripts/issue_forms.py", file=sys.stderr)
        return 1
    for name in drifted:
        print(f"ditulis: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
