"""The summary page of the check on a pull request: links to the preview and the PDF, and
what changed in the data, in Indonesian.

    python scripts/pr_summary.py --base-ref <commit> [--pdf-url URL] [--preview-url URL] >> "$GITHUB_STEP_SUMMARY"

The data of the target branch is read from git (``git show <commit>:data/<file>.yml``, the
checkout has the whole history) into a temporary folder and loaded like ``make check``;
the pull request's data is ``data/``. When the target branch's data cannot be read, the
summary says so and describes the pull request's data alone.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.outputs.changes import summary  # noqa: E402
from macros.records import DATASETS, Data, DataValidationError, load_data  # noqa: E402


def base_data(ref: str, project: Path) -> tuple[Data | None, str]:
    """The data of commit ``ref``, or None and why not."""
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        data_dir.mkdir()
        for stem in DATASETS:
            shown = subprocess.run(
                ["git", "show", f"{ref}:data/{stem}.yml"], cwd=project, capture_output=True, timeout=60
            )
            if shown.returncode != 0:
                return None, f"data/{stem}.yml tidak ada di {ref[:12]}"
            (data_dir / f"{stem}.yml").write_bytes(shown.stdout)
        try:
            return load_data(data_dir, display_root=Path(folder)), ""
        except DataValidationError as exc:
            return None, f"{len(exc.errors)} kesalahan data di {ref[:12]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Ringkasan pemeriksaan pull request (Markdown).")
    parser.add_argument("--base-ref", required=True, help="commit cabang tujuan")
    parser.add_argument("--pdf-url", default="", help="alamat artefak PDF")
    parser.add_argument("--preview-url", default="", help="alamat artefak pratinjau situs")
    parser.add_argument("--project", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    try:
        head = load_data(args.project / "data", display_root=args.project)
    except DataValidationError as exc:  # make check failed before this step already; say it once more
        print(
            f"## Ringkasan perubahan data\n\nData usulan ini belum valid ({len(exc.errors)} kesalahan); "
            "lihat langkah **Periksa data**."
        )
        return 0
    base, problem = base_data(args.base_ref, args.project)
    links = []
    if args.preview_url:
        links.append(f"[Unduh pratinjau situs]({args.preview_url}) (ZIP; ekstrak lalu buka `index.html`)")
    if args.pdf_url:
        links.append(f"[Unduh PDF]({args.pdf_url}) (ZIP berisi PDF lengkap)")
    print(summary(base, head, base_problem=problem, links=links), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
