#!/usr/bin/env bash
# Lighthouse (mobile profile) on the built site served locally with gzip: Beranda and the
# largest chapter. Prints the four category scores and the bytes transferred per page.
#   benchmarks/lighthouse.sh [SITE_DIR]      (default: site/, from `make build`)
# Budgets (issue 5): performance >= 0.95, accessibility = best practices = SEO = 1.00,
# a chapter's first load <= 250 KB transferred. Exit status 1 when a budget is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
SITE=${1:-site}
LH_VERSION=12.2.3  # 12.2.3: newer releases want Node 22 (Debian 12 ships Node 18/20)
LH_DIR=${LIGHTHOUSE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/masterplan-lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
PORT=${PORT:-8791}
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT"

[ -f "$SITE/index.html" ] || { echo "tidak ada $SITE/index.html: jalankan make build dulu" >&2; exit 2; }
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$LH_DIR"
  (cd "$LH_DIR" && npm i -E --no-audit --no-fund "lighthouse@${LH_VERSION}" >/dev/null)
fi

PYTHON=${PYTHON:-.venv/bin/python}
"$PYTHON" benchmarks/serve_gzip.py "$SITE" "$PORT" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1

# the largest chapter: the biggest bab-*/index.html
chapter=$(ls -S "$SITE"/bab-*/index.html | head -1 | sed "s|^$SITE/||; s|index.html$||")
status=0
for path in "" "$chapter"; do
  name=${path%/}; name=${name:-beranda}
  "$LH_DIR/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT/$path" --quiet \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
    --output=json --output-path="$OUT/$name.json" || { status=1; continue; }
  "$PYTHON" - "$OUT/$name.json" "$name" <<'PY' || status=1
import json, sys
report = json.load(open(sys.argv[1]))
scores = {key: cat["score"] for key, cat in report["categories"].items()}
kb = report["audits"]["total-byte-weight"]["numericValue"] / 1024
print(f"{sys.argv[2]:28} " + "  ".join(f"{k}={v:.2f}" for k, v in scores.items()) + f"  transfer={kb:.0f} KB")
for key, cat in report["categories"].items():
    for ref in cat["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref["weight"] and audit["score"] is not None and audit["score"] < 1 and key != "performance":
            print(f"   {key}: {ref['id']} ({audit['score']}) {audit['title']}")
ok = (scores["performance"] >= 0.95 and scores["accessibility"] == 1 and scores["best-practices"] == 1
      and scores["seo"] == 1 and kb <= 250)
sys.exit(0 if ok else 1)
PY
done
echo "laporan JSON: $OUT"
exit $status
