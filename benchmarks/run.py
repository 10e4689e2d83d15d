"""Build time and peak memory at 1x, 10x and 100x data, against a plain MkDocs baseline.

    .venv/bin/python benchmarks/run.py                 # 1x, 10x, 100x; PDF at 1x and 10x
    .venv/bin/python benchmarks/run.py --factors 1 10 --pdf 1

For each factor a copy of the project with N times the programmes is made
(benchmarks/scale.py) under benchmarks/results/work/, then each command is run once
under ``/usr/bin/time -v`` (wall time and peak resident memory):

- check:    ``python -m macros.records`` (what ``make check`` runs)
- site:     ``mkdocs build --strict`` without PDF
- site+pdf: the same with ENABLE_PDF_EXPORT=1 (only for the factors given to --pdf)
- baseline: ``mkdocs build`` of the same Markdown with every macro already expanded,
            same theme and Markdown extensions, no plugins and no theme overrides

The table goes to stdout and, with the machine it ran on, to benchmarks/results/.
Ratios compare commands of the same run, so a slower machine shifts all of them alike.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
PYTHON = sys.executable
HOOK = '''"""Benchmark helper: keep each page's Markdown after mkdocs-macros expanded it.

A page generated from data (program/p001.md, ...) reaches Markdown with its raw HTML blocks
taken out (macros.rendering.pages.GeneratedPage); the saved Markdown has them back in, so
it holds the whole page, as a hand-written page would.
"""
from pathlib import Path

TARGET = Path(__file__).parent / ".expanded"


def on_page_markdown(markdown, page, config, files):
    build = getattr(config.plugins.get("masterplan"), "build", None)
    made = build.generated.get(page.file.src_uri) if build is not None else None
    path = TARGET / page.file.src_uri
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(made.whole_markdown() if made is not None else markdown, encoding="utf-8")
    return markdown
'''


@dataclass
class Measure:
    seconds: float  # wall clock
    cpu: float  # user + system seconds: steadier than wall time on a shared machine
    peak_mb: float
    ok: bool


class _AnyTag(yaml.SafeLoader):
    """Reads mkdocs.yml even where it uses tags such as !ENV (kept as plain values)."""


_AnyTag.add_multi_constructor(
    "", lambda loader, suffix, node: loader.construct_scalar(node) if isinstance(node, yaml.ScalarNode) else None
)


def measure(command: list[str], cwd: Path, extra_env: dict[str, str] | None = None) -> Measure:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUTF8="1", **(extra_env or {}))
    if not extra_env or "ENABLE_PDF_EXPORT" not in extra_env:
        env.pop("ENABLE_PDF_EXPORT", None)
    proc = subprocess.run(["/usr/bin/time", "-v", *command], cwd=cwd, env=env, capture_output=True, text=True)
    report = proc.stderr
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", report)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
    cpu = sum(float(m) for m in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", report))
    if proc.returncode != 0:
        print(f"  GAGAL ({proc.returncode}): {' '.join(command)}\n{report[-2000:]}", file=sys.stderr)
    return Measure(
        _seconds(wall.group(1)) if wall else float("nan"),
        cpu,
        int(peak.group(1)) / 1024 if peak else float("nan"),
        proc.returncode == 0,
    )


def _seconds(clock: str) -> float:
    parts = [float(p) for p in clock.split(":")]
    return sum(value * 60**i for i, value in enumerate(reversed(parts)))


def expand_markdown(project: Path) -> Path:
    """Build once with a hook that saves the expanded Markdown; return a baseline mkdocs.yml."""
    (project / "bench_hook.py").write_text(HOOK, encoding="utf-8")
    config_text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs-expand.yml").write_text(config_text + "\nhooks:\n  - bench_hook.py\n", encoding="utf-8")
    expanded = project / ".expanded"
    if expanded.exists():
        shutil.rmtree(expanded)
    shutil.copytree(project / "docs", expanded, ignore=shutil.ignore_patterns("*.md"))
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("ENABLE_PDF_EXPORT", None)
    subprocess.run(
        [PYTHON, "-m", "mkdocs", "build", "-q", "-f", "mkdocs-expand.yml", "-d", str(project / ".site-expand")],
        cwd=project,
        env=env,
        check=True,
        capture_output=True,
    )
    config: dict[str, Any] = yaml.load(config_text, Loader=_AnyTag)
    config.update(docs_dir=".expanded", plugins=[], strict=False)
    for key in ("hooks", "watch"):
        config.pop(key, None)
    if isinstance(config.get("theme"), dict):
        config["theme"].pop("custom_dir", None)
    baseline = project / "mkdocs-baseline.yml"
    baseline.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    leftover = [p for p in expanded.rglob("*.md") if "{{" in p.read_text(encoding="utf-8")]
    if leftover:
        print(f"  peringatan: makro belum terurai di {leftover[:3]}", file=sys.stderr)
    return baseline


def pdf_configured() -> bool:
    return "ENABLE_PDF_EXPORT" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def run_factor(factor: int, with_pdf: bool) -> dict[str, Any]:
    project = scale.copy_project(RESULTS / "work" / f"{factor}x")
    programmes = scale.scale(project, factor)
    baseline = expand_markdown(project)
    out = RESULTS / "work" / f"site-{factor}x"
    row: dict[str, Any] = {
        "factor": factor,
        "program": programmes,
        "data_mb": round(sum(p.stat().st_size for p in (project / "data").glob("*.yml")) / 2**20, 2),
    }
    print(f"{factor}x: {programmes} program, data {row['data_mb']} MB", file=sys.stderr)
    row["check"] = measure([PYTHON, "-m", "macros.records"], project)
    row["site"] = measure([PYTHON, "-m", "mkdocs", "build", "-q", "--strict", "-d", str(out)], project)
    row["baseline"] = measure(
        [PYTHON, "-m", "mkdocs", "build", "-q", "-f", str(baseline), "-d", str(out) + "-base"], project
    )
    if with_pdf:
        row["site_pdf"] = measure(
            [PYTHON, "-m", "mkdocs", "build", "-q", "--strict", "-d", str(out) + "-pdf"],
            project,
            {"ENABLE_PDF_EXPORT": "1"},
        )
    return row


def _cell(m: Measure | None) -> str:
    if m is None:
        return "—"
    return f"{m.seconds:.2f} s ({m.cpu:.2f} s CPU) / {m.peak_mb:.0f} MB" + ("" if m.ok else " (GAGAL)")


def table(rows: list[dict[str, Any]]) -> str:
    base = rows[0]
    lines = [
        "| data | program | check | site | site+PDF | baseline | site ÷ baseline | check ÷ 1x | site ÷ 1x |",
        "|---|---:|---|---|---|---|---:|---:|---:|",
    ]
    # ratios from CPU seconds (user + system): on a shared machine wall time also
    # measures the neighbours
    for r in rows:
        lines.append(
            f"| {r['factor']}x ({r['data_mb']} MB) | {r['program']} | {_cell(r['check'])} | {_cell(r['site'])} | "
            f"{_cell(r.get('site_pdf'))} | {_cell(r['baseline'])} | {r['site'].cpu / r['baseline'].cpu:.2f} | "
            f"{r['check'].cpu / base['check'].cpu:.1f} | {r['site'].cpu / base['site'].cpu:.1f} |"
        )
    return "\n".join(lines)


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = next(
        (line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), "0"
    )
    load = os.getloadavg()[0]
    return (
        f"{cpu}, {os.cpu_count()} CPU, {int(memory) // 2**20} GB RAM, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, load average {load:.1f} at start"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark build time and memory against data size.")
    parser.add_argument("--factors", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--pdf", type=int, nargs="*", default=[1, 10], help="factors to build with PDF too")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    started = time.strftime("%Y-%m-%d %H:%M")
    host = machine()
    rows = [run_factor(f, f in args.pdf and pdf_configured()) for f in args.factors]
    text = f"Run {started} on {host}\n\n{table(rows)}\n"
    print(text)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"bench-{stamp}.md").write_text(text, encoding="utf-8")
    serial = [{k: asdict(v) if isinstance(v, Measure) else v for k, v in r.items()} for r in rows]
    (RESULTS / f"bench-{stamp}.json").write_text(
        json.dumps({"machine": host, "rows": serial}, indent=1), encoding="utf-8"
    )
    return 0 if all(m.ok for r in rows for m in r.values() if isinstance(m, Measure)) else 1


if __name__ == "__main__":
    sys.exit(main())
