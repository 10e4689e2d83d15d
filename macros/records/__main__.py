"""``python -m macros.records``: validate data/ alone and print every error.

Exit status 0 when the data is valid, 1 otherwise; warnings (likely mistakes) are
printed without changing the status. ``--github`` also prints each error and warning
as a GitHub Actions annotation on the file and line.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .errors import DataValidationError, warnings_report
from .loader import load_data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros.records", description="Periksa seluruh berkas data/*.yml.")
    parser.add_argument("data_dir", nargs="?", default="data", type=Path, help="folder data (bawaan: data)")
    # on GitHub Actions (GITHUB_ACTIONS=true) `make check` annotates the file and line by itself
    parser.add_argument(
        "--github",
        action="store_true",
        default=os.environ.get("GITHUB_ACTIONS") == "true",
        help="cetak juga anotasi GitHub Actions (otomatis bila GITHUB_ACTIONS=true)",
    )
    args = parser.parse_args(argv)
    try:
        data = load_data(args.data_dir, display_root=Path.cwd())
    except DataValidationError as exc:
        print(exc.report(), file=sys.stderr)
        if args.github:
            for error in exc.errors:
                print(error.github_annotation())
        return 1
    if data.warnings:
        print(warnings_report(data.warnings), file=sys.stderr)
        if args.github:
            for warning in data.warnings:
                print(warning.github_annotation())
    print(
        f"Data valid: {len(data.program)} program, {len(data.dimensi)} dimensi, "
        f"{len(data.opd)} OPD, {len(data.regulasi)} regulasi."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
