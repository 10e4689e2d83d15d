"""The engine's floor for benchmarks/pdf.sh: WeasyPrint renders the chapters of a built site
as one plain HTML document (article contents without web chrome, the PDF's print stylesheet,
no front matter, no link rewriting) and writes it with the same options as the real PDF:
the PDF/A-3a variant (so tagged) and the site's open-data files attached, but without our
finisher (tag repairs, XMP, page labels). ``--plain`` writes it as the PDF was written
before issue 13 (untagged, nothing attached), for comparison.
Usage: pdf_floor.py SITE_DIR OUTPUT_PDF [--plain]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from mkdocs.utils.meta import get_data
from weasyprint import HTML

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.figures.numbering import nav_files  # noqa: E402
from macros.outputs.opendata.catalogue import build_catalogue  # noqa: E402
from macros.outputs.pdf import archival  # noqa: E402
from macros.outputs.pdf.chapters import WEB_ONLY  # noqa: E402
from macros.records import load_data  # noqa: E402


def in_pdf(src: str) -> bool:
    """Pages marked ``pdf: false`` are not chapters of the PDF (see macros/adapters/pdf_plugin.py)."""
    return get_data((ROOT / "docs" / src).read_text(encoding="utf-8"))[1].get("pdf") is not False


def chapter_files(site: Path) -> list[Path]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    pages = [src[:-3] for src in nav_files(config["nav"]) if src != "index.md" and in_pdf(src)]
    return [site / page / "index.html" for page in pages]


def main(site: Path, output: Path, plain: bool = False) -> None:
    parts = []
    for page in chapter_files(site):
        article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article")
        for tag in article.select(WEB_ONLY):  # same content as the real PDF
            tag.decompose()
        parts.append(f'<section class="bab">{article.decode_contents()}</section>')
    css = (ROOT / "macros" / "outputs" / "pdf" / "print.css").read_text(encoding="utf-8")
    html = f'<html lang="id"><head><style>{css}</style></head><body>{"".join(parts)}</body></html>'
    data = load_data(ROOT / "data", display_root=ROOT)
    files = archival.data_files(build_catalogue(data, {source.name: "" for source in data.sources.values()}))
    start, cpu = time.perf_counter(), time.process_time()
    document = HTML(string=html, base_url=str(site / "index.html")).render()
    if plain:
        document.write_pdf(output, pdf_identifier=b"0" * 32)
    else:
        attachments = archival.attachments(files, site, data.dokumen.tanggal)
        document.write_pdf(output, pdf_variant=archival.VARIANT, pdf_identifier=b"0" * 32, attachments=attachments)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"floor: {wall:.2f} s, cpu {cpu:.2f} s, {len(document.pages)} halaman")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), "--plain" in sys.argv[3:])
