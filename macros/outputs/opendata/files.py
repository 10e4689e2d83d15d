"""The open-data files: every catalogue table as CSV (UTF-8 with BOM, formula-safe) and JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from .catalogue import KATALOG, URL_DIR, Catalogue, Cell, Table

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Cell) -> str | int | float:
    """One CSV cell: lists joined, booleans in words, text that a spreadsheet would run
    as a formula (=, +, -, @) prefixed with an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA) else value
    return value


def to_csv(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.nama for c in table.kolom])
    for row in table.baris:
        writer.writerow([csv_cell(row[c.nama]) for c in table.kolom])
    return buffer.getvalue().encode("utf-8-sig")  # BOM: spreadsheets then read UTF-8


def to_json(table: Table, catalogue: Catalogue) -> bytes:
    document = {
        "nama": table.nama,
        "judul": table.judul,
        "sumber": table.berkas,
        "lisensi": catalogue.lisensi,
        "diperbarui": catalogue.diperbarui[table.berkas],
        "jumlah_baris": len(table.baris),
        "kolom": [{"nama": c.nama, "uraian": c.uraian} for c in table.kolom],
        "data": list(table.baris),
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def export(catalogue: Catalogue, site_dir: Path) -> list[Path]:
    """Write every table as CSV and JSON, plus katalog.json listing them; return the files."""
    target = site_dir / URL_DIR
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for table in catalogue.tables:
        for path, content in (
            (site_dir / table.csv, to_csv(table)),
            (site_dir / table.json, to_json(table, catalogue)),
        ):
            path.write_bytes(content)
            written.append(path)
    index = [
        {
            "nama": t.nama,
            "judul": t.judul,
            "csv": t.csv,
            "json": t.json,
            "jumlah_baris": len(t.baris),
            "sumber": t.berkas,
            "diperbarui": catalogue.diperbarui[t.berkas],
        }
        for t in catalogue.tables
    ]
    katalog = site_dir / KATALOG
    katalog.write_text(
        json.dumps({"lisensi": catalogue.lisensi, "dataset": index}, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    written.append(katalog)
    return written
