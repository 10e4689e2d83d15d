#!/usr/bin/env bash
# Make sure the Debian packages the build or the tests need are installed.
#   scripts/system-deps.sh build   WeasyPrint's libraries and the fonts of the PDF
#                                  (fonts-liberation: Liberation Sans Narrow for wide tables)
#   scripts/system-deps.sh test    the above, plus Chromium, poppler-utils and Java for the
#                                  W3C Nu Html Checker (tests/test_html_valid.py installs its
#                                  vnu-jar package with npm, which comes with Node.js)
# As root it installs what is missing with apt-get; otherwise it names the command.
set -euo pipefail

build_packages=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b fonts-dejavu-core fonts-liberation2 fonts-liberation)
test_packages=(chromium poppler-utils openjdk-17-jre-headless)

case "${1:-}" in
  build) wanted=("${build_packages[@]}") ;;
  test) wanted=("${build_packages[@]}" "${test_packages[@]}") ;;
  *) echo "pemakaian: $0 build|test" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Peringatan: bukan sistem Debian/Ubuntu; pastikan paket setara dengan ini terpasang: ${wanted[*]}" >&2
  exit 0
fi

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Memasang paket sistem: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Paket sistem belum terpasang: ${missing[*]}" >&2
  echo "Pasang dengan: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
