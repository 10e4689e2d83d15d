"""Which Indonesian stemmer for the search word families? Measured on word families.

    .venv/bin/python benchmarks/stemmer_choice.py
    PYTHONPATH=/path/to/snowballstemmer .venv/bin/python benchmarks/stemmer_choice.py

A family is joined when all its forms get one stem; two unrelated words are wrongly
joined (over-stemming) when they get the same stem. Snowball's stemmer is measured
only where the ``snowballstemmer`` package is importable (it is not a dependency).
"""

from __future__ import annotations

from collections.abc import Callable

FAMILIES = [
    ("layanan", "pelayanan", "dilayani", "melayani"),
    ("kelola", "pengelolaan", "dikelola", "mengelola", "pengelola"),
    ("bangun", "pembangunan", "membangun", "dibangun"),
    ("rencana", "perencanaan", "direncanakan", "merencanakan"),
    ("data", "pendataan", "terdata"),
    ("kembang", "pengembangan", "berkembang", "perkembangan"),
    ("sehat", "kesehatan"),
    ("izin", "perizinan"),
    ("kota", "perkotaan"),
    ("laksana", "pelaksanaan", "dilaksanakan", "melaksanakan", "pelaksana"),
    ("pantau", "pemantauan", "dipantau", "memantau"),
    ("ekonomi", "perekonomian"),
]
UNRELATED = [
    ("penduduk", "duduk"),
    ("kependudukan", "kedudukan"),
    ("pemerintah", "perintah"),
    ("kebijakan", "bijak"),
    ("pengaduan", "adu"),
    ("anggaran", "anggar"),
]


def score(stem: Callable[[str], str]) -> tuple[int, int]:
    joined = sum(len({stem(w) for w in family}) == 1 for family in FAMILIES)
    over = sum(stem(a) == stem(b) for a, b in UNRELATED)
    return joined, over


def main() -> None:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    from macros.outputs.search import stemmer

    sastrawi = StemmerFactory().create_stemmer()
    candidates: dict[str, Callable[[str], str]] = {
        "Sastrawi": sastrawi.stem,
        "Sastrawi + pengecualian (macros/outputs/search/stemmer.py)": stemmer.stem,
    }
    try:
        import snowballstemmer
    except ImportError:
        print("snowballstemmer tidak terpasang: hanya Sastrawi yang diukur")
    else:
        snowball = snowballstemmer.stemmer("indonesian")
        candidates["Snowball (indonesian)"] = snowball.stemWord
    print(f"{'pemangkas':46} rumpun utuh (dari {len(FAMILIES)})  salah gabung (dari {len(UNRELATED)})")
    for name, stem in candidates.items():
        joined, over = score(stem)
        print(f"{name:46} {joined:>10} {over:>22}")


if __name__ == "__main__":
    main()
