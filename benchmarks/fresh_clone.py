"""`make test` against `make build`, each on a fresh clone: the project's measurement for the 4x rule.

    python3 benchmarks/fresh_clone.py                 # one `make build`, one `make test`
    python3 benchmarks/fresh_clone.py --runs 2        # interleaved: build, test, test, build
    python3 benchmarks/fresh_clone.py --only test     # one of the two

Issue 12, item 7: ``make test`` on a fresh clone of the 2-core machine takes at most 4x the
wall time of one ``make build`` on a fresh clone. Both include what a fresh clone pays: the
``.venv`` is created and every package installed, ``.cache/`` and ``.mypy_cache`` are
empty. Every run gets its own clone of the committed HEAD of the current branch (uncommitted
changes are not measured) in a temporary folder, and runs under ``/usr/bin/time -v``.

Runs interleave (build, test, test, build, ...) so that a change in the machine's load hits
both alike. Printed per run: wall seconds, CPU seconds (user + system, children included),
peak memory, the load average (1 minute) at start and end; for ``make test`` also the number
of full builds from the test ledger. The ratio is median wall of ``make test`` over median
wall of ``make build`` (the rule), the CPU ratio is printed next to it as supporting
evidence: the machine is shared, and waiting for a core counts in wall time but not in CPU.
"machine" is what all cores were busy during the run: on a quiet machine, the run's real CPU
including Chromium's renderers, which the CPU column misses.
Logs go to benchmarks/results/fresh-clone-<time>/ (ignored by git). Needs only Python 3 and
git; it does not use the project's .venv.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
# the ledger's last line (tests/conftest.py): "6 pembangunan utuh (batas 8), 28 berhenti ..."
LEDGER = re.compile(r"^(\d+) pembangunan utuh \(batas \d+\)", re.MULTILINE)


@dataclass
class Run:
    target: str
    wall: float
    user: float
    system: float
    peak_mb: float
    load_start: float
    load_end: float
    machine: float  # CPU seconds the whole machine was busy during the run (/proc/stat)
    returncode: int
    full_builds: int | None
    log: Path

    @property
    def cpu(self) -> float:
        return self.user + self.system


def load_average() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def machine_busy() -> float:
    """CPU seconds all cores have been busy since boot (/proc/stat: all but idle and iowait).
    Over a run on a quiet machine this includes what /usr/bin/time cannot see: Chromium's
    renderer processes are children of its zygote, not of make, and are never waited for."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def _time_field(report: str, name: str) -> str:
    match = re.search(rf"^\s*{re.escape(name)}: (.+)$", report, re.MULTILINE)
    if match is None:
        raise SystemExit(f"/usr/bin/time -v gave no '{name}':\n{report}")
    return match.group(1).strip()


def _wall(text: str) -> float:
    seconds = 0.0
    for part in text.split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def clone(commit: str, into: Path) -> Path:
    target = into / "klon"
    subprocess.run(["git", "clone", "-q", "--no-checkout", str(ROOT), str(target)], check=True)
    subprocess.run(["git", "-C", str(target), "checkout", "-q", commit], check=True)
    return target


def measure(target: str, commit: str, logs: Path, number: int, keep: bool) -> Run:
    with tempfile.TemporaryDirectory(prefix=f"fresh-{target}-") as tmp:
        project = clone(commit, Path(tmp))
        log = logs / f"{number:02d}-make-{target}.log"
        report = logs / f"{number:02d}-make-{target}.time"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTEST", "MAKE"))}
        load_start, busy_start = load_average(), machine_busy()
        with log.open("w", encoding="utf-8") as out:
            proc = subprocess.run(
                ["/usr/bin/time", "-v", "-o", str(report), "make", target],
                cwd=project,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        load_end, busy_end = load_average(), machine_busy()
        if keep:
            shutil.copytree(project, logs / f"{number:02d}-klon-{target}", symlinks=True)
    timing = report.read_text(encoding="utf-8")
    output = log.read_text(encoding="utf-8", errors="replace")
    builds = LEDGER.findall(output)
    return Run(
        target=target,
        wall=_wall(_time_field(timing, "Elapsed (wall clock) time (h:mm:ss or m:ss)")),
        user=float(_time_field(timing, "User time (seconds)")),
        system=float(_time_field(timing, "System time (seconds)")),
        peak_mb=int(_time_field(timing, "Maximum resident set size (kbytes)")) / 1024,
        load_start=load_start,
        load_end=load_end,
        machine=busy_end - busy_start,
        returncode=proc.returncode,
        full_builds=int(builds[-1]) if builds else None,
        log=log,
    )


def order(only: str | None, runs: int) -> list[str]:
    if only is not None:
        return [only] * runs
    pairs = [("build", "test") if i % 2 == 0 else ("test", "build") for i in range(runs)]
    return [target for pair in pairs for target in pair]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="runs of each command, interleaved (default 1)")
    parser.add_argument("--only", choices=("build", "test"), help="measure one command only")
    parser.add_argument("--keep", action="store_true", help="keep each clone next to its log")
    args = parser.parse_args()

    commit = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout
    logs = RESULTS / f"fresh-clone-{time.strftime('%Y%m%d-%H%M%S')}"
    logs.mkdir(parents=True)
    print(f"commit {commit[:12]}{' (uncommitted changes are not measured)' if dirty.strip() else ''}")
    print(f"{os.cpu_count()} CPU, load average at start {Path('/proc/loadavg').read_text().split()[:3]}")
    print(f"logs in {logs.relative_to(ROOT)}/\n")
    print(
        f"{'':3}{'command':11}{'wall':>9}{'CPU':>9}{'user':>9}{'sys':>8}{'machine':>9}{'peak':>9}{'load':>12}  builds"
    )

    done: list[Run] = []
    for number, target in enumerate(order(args.only, args.runs), start=1):
        run = measure(target, commit, logs, number, args.keep)
        done.append(run)
        builds = "" if run.full_builds is None else str(run.full_builds)
        failed = "" if run.returncode == 0 else f"  FAILED (exit {run.returncode}, see {run.log.name})"
        print(
            f"{number:<3}make {run.target:6}{run.wall:8.1f}s{run.cpu:8.1f}s{run.user:8.1f}s{run.system:7.1f}s"
            f"{run.machine:8.1f}s{run.peak_mb:7.0f}MB{run.load_start:6.1f}→{run.load_end:<5.1f}  {builds}{failed}",
            flush=True,
        )

    print(f"\nload average at end {Path('/proc/loadavg').read_text().split()[:3]}")
    medians = {}
    for target in ("build", "test"):
        runs = [run for run in done if run.target == target]
        if runs:
            wall = statistics.median(run.wall for run in runs)
            cpu = statistics.median(run.cpu for run in runs)
            medians[target] = (wall, cpu)
            print(f"make {target:6} median wall {wall:6.1f} s, CPU {cpu:6.1f} s ({len(runs)} run(s))")
    if len(medians) == 2:
        (build_wall, build_cpu), (test_wall, test_cpu) = medians["build"], medians["test"]
        wall, cpu = test_wall / build_wall, test_cpu / build_cpu
        print(f"ratio make test / make build: wall {wall:.2f} (rule: ≤ 4), CPU {cpu:.2f}")
    return 0 if all(run.returncode == 0 for run in done) else 1


if __name__ == "__main__":
    sys.exit(main())
