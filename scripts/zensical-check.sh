#!/usr/bin/env bash
# Does the site still build with Zensical, the successor of Material for MkDocs (Material
# reaches end of life in May 2027)? Builds a copy of the project with MkDocs and with
# Zensical, each in a throw-away venv (never .venv), and compares the two: pages, tables,
# every programme of data/program.yml, edit links, page dates.
#   scripts/zensical-check.sh                      Zensical version pinned below
#   ZENSICAL_VERSION=0.0.73 scripts/zensical-check.sh
# Exit 0: Zensical builds the project as it is and shows every programme.
# Exit 1: it does not (the report says why and what differs); CI does not block on it.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
version="${ZENSICAL_VERSION:-0.1.3}"
python="${PYTHON:-python3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/zensical-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== Zensical $version: venv sementara di $work"
"$python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check \
  "zensical==$version" -r "$root/requirements.txt"

# a copy, so that neither build writes into the working tree; .git comes along for page dates
mkdir "$work/project"
for part in mkdocs.yml pyproject.toml docs data macros overrides scripts .git; do
  [ -e "$root/$part" ] && cp -r "$root/$part" "$work/project/"
done
cd "$work/project"
# the kit's MkDocs plugins (masterplan, masterplan-pdf) are entry points of the package
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps -e .

echo "== Build MkDocs (pembanding, tanpa PDF)"
NO_MKDOCS_2_WARNING=1 "$work/venv/bin/mkdocs" build --strict --quiet --site-dir "$work/mkdocs-site"

status=0
echo "== Build Zensical apa adanya"
if "$work/venv/bin/python" scripts/zensical_build.py > "$work/plain.log" 2>&1; then
  echo "Zensical membangun proyek tanpa penyesuaian."
else
  status=1
  echo "Zensical GAGAL tanpa penyesuaian. Galat terakhir:"
  grep -E "Error|error:" "$work/plain.log" | tail -n 3 | sed 's/^/    /'
  echo "== Build Zensical dengan penyesuaian (scripts/zensical_build.py --shim)"
  rm -rf site
  if ! "$work/venv/bin/python" scripts/zensical_build.py --shim > "$work/shim.log" 2>&1; then
    echo "Zensical gagal juga dengan penyesuaian:"
    tail -n 15 "$work/shim.log" | sed 's/^/    /'
    exit 1
  fi
fi

echo "== Perbandingan MkDocs dan Zensical"
"$work/venv/bin/python" scripts/zensical_compare.py "$work/mkdocs-site" site data/program.yml || status=1
exit "$status"
