#!/usr/bin/env bash
# Site build time (no PDF) of two project folders, interleaved, as CPU seconds (user + system)
# and wall time; CPU time is what to compare on a shared machine.
#   benchmarks/buildtime.sh BEFORE AFTER [RUNS]     e.g. a checkout of main, and this tree
#   COLD=1: empty each project's .cache/ before every build (as on a fresh clone or in CI)
# Both build with this tree's .venv; `python -m mkdocs` run from a project folder imports
# that folder's macros/ package. Prints one line per build, then the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-$PWD/.venv/bin/python}
A=$(cd "$1" && pwd) B=$(cd "$2" && pwd) RUNS=${3:-7}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
build() {  # project, label; into an empty folder, as make build does
  [ "${COLD:-0}" = 1 ] && rm -rf "$1/.cache"
  rm -rf "$out/site"
  /usr/bin/time -f "%U %S %e" -o "$out/t" bash -c \
    "cd '$1' && NO_MKDOCS_2_WARNING=1 '$PYTHON' -m mkdocs build --strict -q --site-dir '$out/site' >/dev/null 2>&1"
  read -r user sys wall < "$out/t"
  cpu=$(echo "$user + $sys" | bc)
  echo "$2 $cpu $wall $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out/all"
}
[ "${COLD:-0}" = 1 ] || { build "$A" warmup-a >/dev/null; build "$B" warmup-b >/dev/null; }
: > "$out/all"
echo "label cpu_s wall_s load"
for _ in $(seq 1 "$RUNS"); do build "$A" before; build "$B" after; done
"$PYTHON" - "$out/all" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
med = {k: statistics.median(float(r[1]) for r in rows if r[0] == k) for k in ("before", "after")}
wall = {k: statistics.median(float(r[2]) for r in rows if r[0] == k) for k in ("before", "after")}
load = statistics.median(float(r[3]) for r in rows)
print(f"median CPU: before {med['before']:.2f} s, after {med['after']:.2f} s, "
      f"{100 * (med['after'] / med['before'] - 1):+.0f}%; wall {wall['before']:.2f} / {wall['after']:.2f} s; load {load:.2f}")
PY
