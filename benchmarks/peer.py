"""Site build (no PDF) against the peer a user would otherwise pick, at 1x, 10x and 100x data.

    .venv/bin/python benchmarks/peer.py                     # 1x, 10x, 100x; 7 interleaved runs each
    .venv/bin/python benchmarks/peer.py --factors 1 --runs 11
    .venv/bin/python benchmarks/peer.py --cold               # also: ours without .cache/ (as on CI)

**Peer** (issue 12, item 8): a stock Material site with its search plugin, building the same
Markdown with every table already written out: the Markdown of our pages after mkdocs-macros
expanded it (saved by a hook during one normal build), the same theme settings, Markdown
extensions, navigation and style sheets, and ``plugins: [search]`` only: no macros, no
masterplan plugins, no theme overrides.

**Ours**: ``python -m macros.adapters build`` (``make build``'s command, MkDocs strict with the
messages in Indonesian) without PDF,
in a git clone (so page dates come from git as in a real checkout) whose data/program.yml is
grown N times by ``scale.py``. Warm: with the build caches in .cache/ (a developer's second
build, ``mkdocs serve``); cold (``--cold``): .cache/ removed before every run (a fresh clone).

Runs are interleaved (ours, peer, peer, ours, ...) so that a change in machine load hits both
alike; each command runs under ``/usr/bin/time -v``. The ratio is the ratio of the medians of
CPU seconds (user + system), the wall-clock ratio is printed next to it. The machine's load
average is printed before and after. Results go to stdout and benchmarks/results/ (ignored).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale
from run import HOOK, RESULTS, Measure, _AnyTag, machine, measure

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def prepare(factor: int, work: Path) -> Path:
    """A git clone of this repository with the working tree's project parts and N x the programmes."""
    project = work / f"proyek-{factor}x"
    if project.exists():
        shutil.rmtree(project)
    subprocess.run(["git", "clone", "-q", str(ROOT), str(project)], check=True)
    for part in scale.PARTS:  # uncommitted changes of the working tree count too
        target = project / part
        if target.is_dir():
            shutil.rmtree(target)
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)
    if factor > 1:
        scale.scale(project, factor)
    return project


def peer_config(project: Path) -> Path:
    """Expand every page once, then write the peer's mkdocs.yml next to the project's."""
    (project / "bench_hook.py").write_text(HOOK, encoding="utf-8")
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs-expand.yml").write_text(text + "\nhooks:\n  - bench_hook.py\n", encoding="utf-8")
    expanded = project / ".expanded"
    if expanded.exists():
        shutil.rmtree(expanded)
    shutil.copytree(project / "docs", expanded, ignore=shutil.ignore_patterns("*.md"))
    config: dict[str, Any] = yaml.load(text, Loader=_AnyTag)
    theme = config.get("theme")
    custom = theme.pop("custom_dir", None) if isinstance(theme, dict) else None
    # the kit's style sheets (theme files of custom_dir) become plain files of the peer's docs
    for css in config.get("extra_css", []):
        source = project / str(custom) / css if custom else project / "docs" / css
        if source.is_file():
            (expanded / css).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, expanded / css)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("ENABLE_PDF_EXPORT", None)
    subprocess.run(
        [PYTHON, "-m", "mkdocs", "build", "-q", "-f", "mkdocs-expand.yml", "-d", str(project / ".site-expand")],
        cwd=project,
        env=env,
        check=True,
        capture_output=True,
    )
    config.update(docs_dir=".expanded", plugins=["search"], strict=False)
    for key in ("hooks", "watch"):
        config.pop(key, None)
    path = project / "mkdocs-peer.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    leftover = [p for p in expanded.rglob("*.md") if "{{" in p.read_text(encoding="utf-8")]
    if leftover:
        print(f"  peringatan: makro belum terurai di {leftover[:3]}", file=sys.stderr)
    return path


def compare(project: Path, runs: int, cold: bool) -> dict[str, list[Measure]]:
    out = project.parent / f"site-{project.name}"
    # what `make build` runs (without ENABLE_PDF_EXPORT): MkDocs through macros.adapters, strict
    ours = [PYTHON, "-m", "macros.adapters", "build", "--site-dir", str(out)]
    peer = [PYTHON, "-m", "mkdocs", "build", "-q", "-f", "mkdocs-peer.yml", "-d", str(out) + "-peer"]
    measure(ours, project)  # warm-up: file system cache, .cache/ filled
    measure(peer, project)
    result: dict[str, list[Measure]] = {"ours": [], "peer": []}
    for i in range(runs):
        order = [("ours", ours), ("peer", peer)] if i % 2 == 0 else [("peer", peer), ("ours", ours)]
        for name, command in order:
            if name == "ours" and cold:
                shutil.rmtree(project / ".cache", ignore_errors=True)
            result[name].append(measure(command, project))
    return result


def row(factor: int, programmes: int, label: str, result: dict[str, list[Measure]]) -> str:
    def med(name: str, field: str) -> float:
        return statistics.median(getattr(m, field) for m in result[name])

    ours_cpu, peer_cpu = med("ours", "cpu"), med("peer", "cpu")
    ours_wall, peer_wall = med("ours", "seconds"), med("peer", "seconds")
    spread = f"{min(m.cpu for m in result['ours']):.2f}–{max(m.cpu for m in result['ours']):.2f}"
    return (
        f"| {factor}x | {programmes} | {label} | {ours_cpu:.2f} s ({spread}) | {peer_cpu:.2f} s | "
        f"**{ours_cpu / peer_cpu:.2f}** | {ours_wall:.2f} s / {peer_wall:.2f} s = {ours_wall / peer_wall:.2f} | "
        f"{statistics.median(m.peak_mb for m in result['ours']):.0f} / "
        f"{statistics.median(m.peak_mb for m in result['peer']):.0f} MB |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Our site build against stock Material + search.")
    parser.add_argument("--factors", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold", action="store_true", help="also measure ours with .cache/ removed before each run")
    args = parser.parse_args(argv)
    work = RESULTS / "peer"
    work.mkdir(parents=True, exist_ok=True)
    started = time.strftime("%Y-%m-%d %H:%M")
    host = machine()
    lines = [
        "| data | programmes | ours | ours CPU, median (range) | peer CPU | ratio CPU | wall ours / peer "
        "| peak memory |",
        "|---|---:|---|---|---|---:|---|---|",
    ]
    ok = True
    for factor in args.factors:
        project = prepare(factor, work)
        programmes = len(yaml.safe_load((project / "data" / "program.yml").read_text(encoding="utf-8"))["program"])
        peer_config(project)
        print(f"{factor}x: {programmes} program", file=sys.stderr)
        for label, cold in [("warm", False)] + ([("cold", True)] if args.cold else []):
            result = compare(project, args.runs, cold)
            ok = ok and all(m.ok for ms in result.values() for m in ms)
            lines.append(row(factor, programmes, label, result))
            print(lines[-1], file=sys.stderr)
    text = (
        f"Run {started} on {host}; load average {os.getloadavg()[0]:.1f} at the end; "
        f"{args.runs} interleaved runs\n\n" + "\n".join(lines) + "\n"
    )
    print(text)
    (RESULTS / f"peer-{time.strftime('%Y%m%d-%H%M%S')}.md").write_text(text, encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
