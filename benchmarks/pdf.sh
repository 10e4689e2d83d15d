#!/usr/bin/env bash
# PDF cost against the engine's floor, in one run on this machine:
#   A  mkdocs build without PDF
#   B  mkdocs build with PDF (ENABLE_PDF_EXPORT=1, as make build does)
#   F  WeasyPrint rendering the same chapters as one plain HTML document (pdf_floor.py)
# Target: the PDF step (B - A, and the plugin's own timing) costs at most 1.3 x F.
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_MKDOCS_2_WARNING=1 PYTHONUTF8=1
PY=.venv/bin/python
work=$(mktemp -d -t pdf-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT
calc() { $PY -c "print(round($1, 2))"; }

# run "$@" quietly (log in $work/log), print the wall time in seconds
timed() {
  local start end
  start=$(date +%s.%N)
  "$@" >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
  end=$(date +%s.%N)
  calc "$end - $start"
}

floor() { $PY benchmarks/pdf_floor.py "$work/nopdf" "$work/floor.pdf" | grep -o '^floor: [0-9.]*' | grep -o '[0-9.]*$'; }

a=$(timed env -u ENABLE_PDF_EXPORT $PY -m mkdocs build --strict -d "$work/nopdf")
f1=$(floor)  # the floor before and after the PDF build: the machine's load drifts
b=$(timed env ENABLE_PDF_EXPORT=1 $PY -m mkdocs build --strict -d "$work/pdf")
plugin=$(grep -o 'byte, [0-9.]* s)' "$work/log" | grep -o '[0-9.]* s' | grep -o '[0-9.]*' | head -1)  # masterplan-pdf's own timer
f2=$(floor)
f=$(calc "($f1 + $f2) / 2")
floor_pages=$($PY benchmarks/pdf_floor.py "$work/nopdf" "$work/floor.pdf" --pages-only)
pdf=$(ls "$work"/pdf/pdf/*.pdf)
pages=$($PY -c "import sys; from pypdf import PdfReader; print(len(PdfReader(sys.argv[1]).pages))" "$pdf")

echo "build tanpa PDF (A)     : $a s"
echo "build dengan PDF (B)    : $b s"
echo "langkah PDF (B - A)     : $(calc "$b - $a") s"
echo "langkah PDF (plugin)    : $plugin s"
echo "lantai WeasyPrint (F)   : $f s (rerata $f1 dan $f2; $floor_pages halaman)"
echo "rasio (B - A) / F       : $(calc "($b - $a) / $f")"
echo "rasio plugin / F        : $(calc "$plugin / $f")  (target <= 1.3)"
echo "PDF                     : $pages halaman, $(stat -c %s "$pdf") bita"
