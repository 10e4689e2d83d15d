"""The PDF plugin: mkdocs-pdf-export-plugin stays the switch, and no page is lost silently.

``macros.adapters.pdf_plugin.PdfPlugin`` extends the plugin class through MkDocs' plugin
events. The contract tests below pin what that relies on, so an upgrade of
mkdocs-pdf-export-plugin that changes its settings, its switch or its events fails here
first, with the reason.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
import yaml
from mkdocs.exceptions import PluginError
from mkdocs_pdf_export_plugin.plugin import PdfExportPlugin

from macros.adapters.pdf_plugin import PdfPlugin

from conftest import BuildResult, copy_project, run_build

# the events mkdocs-pdf-export-plugin 0.5.10 defines; PdfPlugin replaces the last three
BASE_EVENTS = {"on_config", "on_nav", "on_post_page", "on_post_build"}
REPLACED = {"on_nav", "on_post_page", "on_post_build"}


def _events(cls: type) -> set[str]:
    return {name for name, value in vars(cls).items() if name.startswith("on_") and callable(value)}


def test_the_plugin_still_has_the_events_we_replace() -> None:
    """A new event in the base class would do work (render pages) that PdfPlugin does not replace."""
    assert _events(PdfExportPlugin) == BASE_EVENTS, (
        "mkdocs-pdf-export-plugin punya event baru atau kehilangan event: periksa "
        "macros/adapters/pdf_plugin.py sebelum menaikkan versinya"
    )
    assert _events(PdfPlugin) >= REPLACED
    assert "on_config" not in vars(PdfPlugin) or "super().on_config" in inspect.getsource(PdfPlugin.on_config)


def test_the_plugin_still_has_the_settings_we_use() -> None:
    names = {name for name, _ in PdfExportPlugin.config_scheme}
    assert {"enabled_if_env", "combined_output_path"} <= names


@pytest.mark.parametrize(("value", "enabled"), [("1", True), (None, False), ("0", False)])
def test_enabled_if_env_is_the_switch(monkeypatch: pytest.MonkeyPatch, value: str | None, enabled: bool) -> None:
    plugin = PdfPlugin()
    plugin.load_config({"enabled_if_env": "UJI_PDF", "combined_output_path": "pdf/"})
    if value is None:
        monkeypatch.delenv("UJI_PDF", raising=False)
    else:
        monkeypatch.setenv("UJI_PDF", value)
    plugin.on_config({})  # type: ignore[arg-type]
    assert plugin.enabled is enabled


def test_a_page_missing_from_the_pdf_fails_with_its_name() -> None:
    plugin = PdfPlugin()
    plugin.load_config({"combined_output_path": "pdf/"})
    plugin.enabled = True
    plugin.expected = ["bab-1.md", "bab-2.md", "data-terbuka.md"]
    plugin.web_only = {"data-terbuka.md"}
    plugin.collected = {"bab-1.md": ("<article></article>", "file:///x", "bab-1/")}
    with pytest.raises(PluginError, match=r"halaman berikut tidak tercetak.*docs/bab-2\.md"):
        plugin.on_post_build(config={})  # type: ignore[arg-type]


@pytest.mark.slow
def test_a_page_that_cannot_be_printed_fails_the_build(tmp_path: Path) -> None:
    """A small copy (Beranda and two chapters): one page's template has no <article> to print."""
    project = copy_project(tmp_path / "project")
    docs = project / "docs"
    for page in docs.glob("*.md"):
        page.unlink()
    (docs / "index.md").write_text("# Beranda\n\nHalaman depan.\n", encoding="utf-8")
    (docs / "bab-uji.md").write_text("---\nbab: 1\n---\n\n# BAB I Uji\n\nIsi bab.\n", encoding="utf-8")
    (docs / "bab-rusak.md").write_text(
        "---\ntemplate: tanpa-artikel.html\n---\n\n# Bab rusak\n\nIsi.\n", encoding="utf-8"
    )
    (project / "overrides" / "tanpa-artikel.html").write_text(
        '{% extends "main.html" %}\n{% block container %}<div class="md-content">{{ page.content }}</div>'
        "{% endblock %}\n",
        encoding="utf-8",
    )
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config["nav"] = [{"Beranda": "index.md"}, {"BAB I": "bab-uji.md"}, {"Bab rusak": "bab-rusak.md"}]
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result: BuildResult = run_build(project, tmp_path / "site", pdf=True)
    assert result.returncode != 0, result.output
    assert "PDF: halaman 'bab-rusak/' tidak dapat dimasukkan" in result.output, result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "site" / "pdf").exists() or not any((tmp_path / "site" / "pdf").iterdir())
