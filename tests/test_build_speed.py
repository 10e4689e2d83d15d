"""What keeps the site build close to a stock Material build (issue 12, item 8), and the seams it uses.

Three savings, each with the contract it relies on, so that an upgrade that breaks one
fails here with the reason instead of silently making builds slower or wrong:

- the chapters compiled by mkdocs-macros are kept on disk (``StringCachingEnvironment``):
  mkdocs-macros must still make a plain ``jinja2.Environment`` and compile each page
  with ``from_string``;
- Material's templates are kept compiled (``MasterplanPlugin.on_env``, a MkDocs event);
- ``requests``, imported by mkdocs-macros but never used by a build, is loaded only
  when touched (``adapters/deferred.py``).

The figures themselves are measured by benchmarks/peer.py, never asserted here.
"""

from __future__ import annotations

import inspect
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from jinja2 import Environment, StrictUndefined
from mkdocs_macros.plugin import MacrosPlugin

from macros.rendering import jinja as jinja_module
from macros.rendering.jinja import FILTERS, StringCachingEnvironment, use_string_cache

from conftest import ROOT

CHAPTER = "Halo {{ nama }}.\n\n{{ angka | angka }}\n\n{{ tidak_ada.atribut }}\n"


class Counting(StringCachingEnvironment):
    """Counts real compilations (those that did not come from the cache)."""

    compiled = 0

    def _generate(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        type(self).compiled += 1
        return super()._generate(*args, **kwargs)


def _entries(folder: Path) -> list[Path]:
    """Compiled templates stored under ``folder`` (one subfolder per version of the kit)."""
    return sorted(folder.rglob("__jinja2_*"))


def _env(folder: Path, cls: type[Environment] = Environment) -> Environment:
    env = cls(undefined=StrictUndefined)
    env.filters.update(FILTERS)
    use_string_cache(env, folder)
    return env


def test_chapters_compile_once_then_come_from_the_cache(tmp_path: Path) -> None:
    first = _env(tmp_path)
    assert isinstance(first, StringCachingEnvironment)
    first.__class__ = Counting
    Counting.compiled = 0
    assert first.from_string("Halo {{ nama }}").render(nama="Wiramadya") == "Halo Wiramadya"
    assert Counting.compiled == 1 and len(_entries(tmp_path)) == 1
    second = _env(tmp_path)  # a new build: a new environment, the same folder
    second.__class__ = Counting
    assert second.from_string("Halo {{ nama }}").render(nama="Kota") == "Halo Kota"
    assert Counting.compiled == 1, "kompilasi kedua seharusnya dari cache"
    second.from_string("Halo {{ nama }}!")  # another source: compiled and stored
    assert Counting.compiled == 2 and len(_entries(tmp_path)) == 2


def test_a_different_environment_does_not_reuse_the_code(tmp_path: Path) -> None:
    _env(tmp_path).from_string("{{ 5 | angka }}")
    other = _env(tmp_path)
    other.filters.pop("angka")
    with pytest.raises(Exception, match="No filter named 'angka'"):
        other.from_string("{{ 5 | angka }}")  # compiled again, so the missing filter shows
    assert len(_entries(tmp_path)) == 1


def test_errors_from_cached_code_still_name_the_chapter_line(tmp_path: Path) -> None:
    """adapters/chapter_errors.py finds the line in frames of '<template>'."""
    _env(tmp_path).from_string(CHAPTER)
    cached = _env(tmp_path).from_string(CHAPTER)
    with pytest.raises(Exception) as caught:
        cached.render(nama="x", angka=1)
    frames = [f for f in inspect.getinnerframes(caught.tb) if f.filename == "<template>"]
    assert frames and frames[-1].lineno == 5


def test_other_environments_and_strings_with_names_are_left_alone(tmp_path: Path) -> None:
    class Own(Environment):
        pass

    own = _env(tmp_path, Own)
    assert type(own) is Own
    env = _env(tmp_path)
    env.compile("{{ 1 }}", name="bernama")
    assert _entries(tmp_path) == []


def test_mkdocs_macros_still_compiles_pages_from_strings_of_a_plain_environment() -> None:
    """The seam of StringCachingEnvironment in mkdocs-macros 1.5: if this fails after an upgrade,
    check macros/rendering/jinja.py and macros/adapters/macros_plugin.py before raising the pin."""
    assert "self.env.from_string(" in inspect.getsource(MacrosPlugin.render)
    assert "self._env = Environment(" in inspect.getsource(MacrosPlugin.on_config)


def test_a_build_leaves_requests_unloaded_and_it_still_works_when_touched() -> None:
    script = (
        "import sys\n"
        "import macros.adapters.mkdocs_plugin\n"
        "import mkdocs_macros.util as util\n"
        "assert 'urllib3' not in sys.modules, 'requests dimuat saat start'\n"
        "assert util.requests.exceptions.RequestException.__name__ == 'RequestException'\n"
        "assert 'urllib3' in sys.modules\n"
        "assert type(sys.modules['requests']).__name__ == 'module'\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_the_build_keeps_theme_and_chapters_compiled(nopdf_build: object) -> None:
    """After a build, .cache/ holds the compiled theme templates and one entry per chapter."""
    theme = _entries(ROOT / ".cache" / "jinja-theme")
    chapters = _entries(ROOT / ".cache" / "jinja-bab")
    assert len(theme) >= 20
    assert len(chapters) >= len(list((ROOT / "docs").glob("*.md")))


def test_a_filter_folded_into_cached_code_is_not_reused_by_another_kit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Jinja computes ``{{ 100 | persen }}`` at compile time: after a change of the kit (a new
    ``code_version``) the cached code of the old kit is neither used nor kept."""
    _env(tmp_path).from_string("{{ 100 | persen }}")
    [old] = _entries(tmp_path)
    monkeypatch.setattr(jinja_module, "code_version", lambda: "kit-baru")
    changed = _env(tmp_path)
    changed.filters["persen"] = lambda value: f"{value} persen"
    assert changed.from_string("{{ 100 | persen }}").render() == "100 persen"
    assert not old.exists()


def test_the_kit_version_follows_its_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "macros"
    shutil.copytree(jinja_module.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(jinja_module, "PACKAGE", copy)
    jinja_module.code_version.cache_clear()
    try:
        before = jinja_module.code_version()
        formats = copy / "rendering" / "formats.py"
        formats.write_text(formats.read_text(encoding="utf-8") + "\n# berubah\n", encoding="utf-8")
        jinja_module.code_version.cache_clear()
        assert jinja_module.code_version() != before
    finally:
        jinja_module.code_version.cache_clear()
