"""Every built page is valid HTML for the W3C Nu Html Checker, except the theme's own markup below.

The checker is the ``vnu-jar`` package of the npm registry (a Java program; Debian's
OpenJDK runs it), installed once into .cache/ at the pinned version. One call checks the
whole site: the JVM's start-up is most of the time.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow

VNU_VERSION = "26.9.27"
VNU = ROOT / ".cache" / f"vnu-{VNU_VERSION}"
JAR = VNU / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Messages caused by Material for MkDocs' own markup, each matched on the message and the
# markup it points at, so that the same message about our own markup still fails.
THEME = [
    (
        "Attribute “autocomplete” is only allowed when the input type is",
        '<input class="md-toggle" data-md-toggle=',
        "Material's base.html writes autocomplete=off on its drawer and search checkboxes, outside "
        "any block a theme override can replace, on purpose: without it Firefox restores a "
        "checkbox's state on reload and the menu or search opens by itself "
        "(squidfunk/mkdocs-material#1513; validator/validator#1141: the attribute stays invalid).",
    ),
]


def _vnu() -> Path:
    if JAR.exists():
        return JAR
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail("npm tidak ada: pasang Node.js (paket Debian nodejs dan npm) untuk W3C Nu Html Checker")
    subprocess.run(
        [
            npm,
            "install",
            "--prefix",
            str(VNU),
            "--no-audit",
            "--no-fund",
            "--ignore-scripts",
            "-E",
            f"vnu-jar@{VNU_VERSION}",
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return JAR


def _theme_reason(message: dict[str, str]) -> str | None:
    for start, markup, reason in THEME:
        if message.get("message", "").startswith(start) and markup in message.get("extract", ""):
            return reason
    return None


def test_every_page_is_valid_html_except_the_listed_theme_markup(site_dir: Path) -> None:
    java = shutil.which("java")
    if java is None:
        pytest.fail("java tidak ada: pasang default-jre-headless (scripts/system-deps.sh test)")
    proc = subprocess.run(
        [java, "-jar", str(_vnu()), "--format", "json", "--skip-non-html", str(site_dir)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(proc.stderr)["messages"]  # the checker reports on stderr
    assert messages, "pemeriksa tidak melaporkan apa pun; periksa keluarannya"
    ours = [
        f"{m.get('url', '').split(str(site_dir))[-1]}:{m.get('lastLine')}: "
        f"{m['type']} {m['message']} [{m.get('extract', '').strip()[:120]}]"
        for m in messages
        if _theme_reason(m) is None
    ]
    assert ours == []
    pages = {m["url"] for m in messages}
    assert len(pages) == len(list(site_dir.rglob("*.html"))), "setiap halaman membawa pesan tema yang sama"
