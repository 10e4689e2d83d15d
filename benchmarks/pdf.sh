#!/usr/bin/env bash
# PDF cost against the engine's floor, in one run on this machine:
#   A  mkdocs build without PDF
#   B  mkdocs build with PDF (ENABLE_PDF_EXPORT=1, as make build does)
#   F  WeasyPrint rendering the same chapters as one plain HTML document, written with the
#      same options as the real PDF: PDF/A-3a (tagged) and the open data attached (pdf_floor.py)
# Target: the PDF step (B - A, and the plugin's own timing) costs at most 1.3 x F.
# Wall time and, for the plugin and the floor, CPU time are reported: on a shared machine
# the CPU ratio moves less with the load. Repeat runs and take medians (benchmarks/README.md).
# FLOOR_OPTIONS=--plain measures the floor as the PDF was written before issue 13.
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_MKDOCS_2_WARNING=1 PYTHONUTF8=1
PY=.venv/bin/python
work=$(mktemp -d -t pdf-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT
calc() { $PY -c "print(round($1, 2))"; }

# run "$@" quietly (log in $work/log), print its wall and CPU seconds
timed() {
  $PY - "$@" >"$work/times" 2>"$work/log" <<'PY' || { cat "$work/log" >&2; exit 1; }
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=sys.stderr, stderr=sys.stderr).returncode
used = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{time.perf_counter() - start:.2f} {used.ru_utime + used.ru_stime:.2f}")
sys.exit(code)
PY
  cat "$work/times"
}

# floor: prints its wall and CPU seconds (render + write, in the process)
floor() {
  $PY benchmarks/pdf_floor.py "$work/nopdf" "$work/floor.pdf" ${FLOOR_OPTIONS:-} >"$work/floor.log"
  sed -n 's/^floor: \([0-9.]*\) s, cpu \([0-9.]*\) s.*/\1 \2/p' "$work/floor.log"
}

read -r a _ < <(timed env -u ENABLE_PDF_EXPORT $PY -m mkdocs build --strict -d "$work/nopdf")
read -r f1 f1_cpu < <(floor)  # the floor before and after the PDF build: the machine's load drifts
read -r b _ < <(timed env ENABLE_PDF_EXPORT=1 $PY -m mkdocs build --strict -d "$work/pdf")
# masterplan-pdf's own timer: "PDF: <file> (13 bab, <n> byte, <wall> s, CPU <cpu> s)"
read -r plugin plugin_cpu < <(sed -n 's/.*byte, \([0-9.]*\) s, CPU \([0-9.]*\) s).*/\1 \2/p' "$work/log" | head -1)
read -r f2 f2_cpu < <(floor)
f=$(calc "($f1 + $f2) / 2")
f_cpu=$(calc "($f1_cpu + $f2_cpu) / 2")
floor_pages=$(grep -o '[0-9]* halaman' "$work/floor.log" | grep -o '[0-9]*')
pdf=$(ls "$work"/pdf/pdf/*.pdf)
pages=$($PY -c "import sys; from pypdf import PdfReader; print(len(PdfReader(sys.argv[1]).pages))" "$pdf")

echo "beban (uptime)          : $(uptime | sed 's/.*load average: //')"
echo "build tanpa PDF (A)     : $a s"
echo "build dengan PDF (B)    : $b s"
echo "langkah PDF (B - A)     : $(calc "$b - $a") s"
echo "langkah PDF (plugin)    : $plugin s (CPU $plugin_cpu s)"
echo "lantai WeasyPrint (F)   : $f s (CPU $f_cpu s; rerata dua kali; $floor_pages halaman, $(stat -c %s "$work/floor.pdf") bita)"
echo "rasio (B - A) / F       : $(calc "($b - $a) / $f")"
echo "rasio plugin / F        : $(calc "$plugin / $f") (CPU $(calc "$plugin_cpu / $f_cpu"); target <= 1.3)"
echo "PDF                     : $pages halaman, $(stat -c %s "$pdf") bita"
