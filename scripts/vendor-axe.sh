#!/usr/bin/env bash
# Vendor axe-core's minified engine into tests/vendor/ for the browser tests.
# Pinned version; run again only to upgrade (change AXE_VERSION and commit the result).
set -euo pipefail
AXE_VERSION=4.14.1
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "axe-core@${AXE_VERSION}" >/dev/null && tar -xzf "axe-core-${AXE_VERSION}.tgz")
mkdir -p tests/vendor
cp "$work/package/axe.min.js" tests/vendor/axe.min.js
cp "$work/package/LICENSE" tests/vendor/axe-core.LICENSE
echo "axe-core ${AXE_VERSION}" > tests/vendor/axe-core.VERSION
sha256sum tests/vendor/axe.min.js
