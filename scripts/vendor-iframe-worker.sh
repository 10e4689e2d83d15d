#!/usr/bin/env bash
# Vendor iframe-worker's shim (MIT) for the pull-request preview that opens from file://.
# Material's offline plugin would load it from https://unpkg.com (a third-party script that
# fails without network); the masterplan plugin adds this copy instead, offline builds only.
# Pinned version; run again only to upgrade (change VERSION and commit the result).
set -euo pipefail
VERSION=1.0.4
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "iframe-worker@${VERSION}" >/dev/null && tar -xzf "iframe-worker-${VERSION}.tgz")
target=macros/outputs/site/vendor
mkdir -p "$target"
cp "$work/package/shim/index.js" "$target/iframe-worker-shim.js"
cp "$work/package/LICENSE" "$target/iframe-worker.LICENSE"
echo "iframe-worker ${VERSION}" > "$target/iframe-worker.VERSION"
sha256sum "$target/iframe-worker-shim.js"
