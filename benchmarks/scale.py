"""Copy the project and grow its data N times, keeping it valid (issue 7 benchmarks).

    python benchmarks/scale.py 10 /tmp/proyek-10x

The copy holds what a build needs (mkdocs.yml, docs/, data/, macros/, overrides/).
Every list of records in data/program.yml grows N times by copying the real
programmes and renumbering them (``P001`` -> ``P2001``, ``P3001`` ...), so the copy follows the
data model of the day instead of a schema written here. Each copy also gets N times
the indicators per programme is NOT done: programmes carry their indicators, so
indicators and budget years grow with the programmes (N x programmes = N x
indicators = N x programme-years). Other files (city, dimensions, agencies) describe
one city and keep their size. The result is checked with ``python -m macros.records``.
"""

from __future__ import annotations

import argparse
import copy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
PARTS = ("mkdocs.yml", "docs", "data", "macros", "overrides")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def copy_project(target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for part in PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / part)
    return target


def renumbered(record: dict[str, Any], copy_number: int) -> dict[str, Any]:
    """Copy ``copy_number`` (2, 3, ...) of a programme: new id (P001 -> P2001, P3001, ...), recognisable name."""
    clone = copy.deepcopy(record)
    clone["id"] = f"P{copy_number}{record['id'][1:]}"
    clone["nama"] = f"{record['nama']} (tahap {copy_number})"
    for indikator in clone.get("indikator", []):
        # an indicator id is unique across programmes (an IKU may name it), and a copy's
        # share is no part of the original's whole (the parts would pass 100 percent)
        indikator.pop("id", None)
        indikator.pop("bagian_dari", None)
    return clone


def scale_programmes(content: dict[str, Any], factor: int) -> dict[str, Any]:
    programmes = content["program"]
    grown = list(programmes)
    for number in range(2, factor + 1):
        grown += [renumbered(p, number) for p in programmes]
    return {**content, "program": grown}


def scale(project: Path, factor: int) -> int:
    """Grow data/program.yml of ``project`` ``factor`` times; return the programme count."""
    path = project / "data" / "program.yml"
    content = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    grown = scale_programmes(content, factor)
    header = f"# Data uji skala {factor}x, dibangkitkan oleh benchmarks/scale.py dari data asli.\n"
    path.write_text(
        header + yaml.dump(grown, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8"
    )
    return len(grown["program"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("factor", type=int)
    parser.add_argument("target", type=Path)
    args = parser.parse_args(argv)
    project = copy_project(args.target)
    count = scale(project, args.factor)
    check = subprocess.run([sys.executable, "-m", "macros.records"], cwd=project, capture_output=True, text=True)
    print(f"{args.factor}x: {count} program di {project}; {check.stdout.strip() or check.stderr.strip()}")
    return check.returncode


if __name__ == "__main__":
    sys.exit(main())
