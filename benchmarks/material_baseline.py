"""Build the bare Material baseline: this site's theme settings, no overrides, no plugins
but search, two short pages. Lighthouse and blocking-time figures are read against it.

    python benchmarks/material_baseline.py OUT_DIR     (the site lands in OUT_DIR/html)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def build(out: Path) -> Path:
    (out / "docs").mkdir(parents=True, exist_ok=True)
    theme = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["theme"]
    theme.pop("custom_dir", None)
    config = {"site_name": "Dasar Material", "theme": theme, "plugins": ["search"]}
    (out / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    (out / "docs/index.md").write_text(
        "# Beranda\n\nHalaman uji tanpa isi masterplan.\n\n## Bagian\n\nTeks.\n", encoding="utf-8"
    )
    (out / "docs/dua.md").write_text("# Halaman dua\n\nTeks.\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(out / "mkdocs.yml"), "-d", str(out / "html")],
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return out / "html"


if __name__ == "__main__":
    print(build(Path(sys.argv[1])))
