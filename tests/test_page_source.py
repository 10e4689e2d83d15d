"""Every page links to its source in the repository and says when it last changed.

The repository comes from one setting (repo_url + edit_uri in mkdocs.yml); the date is
the git commit date of the page's Markdown file, in Indonesian, and is simply absent
when the project is not a git checkout.
"""

from __future__ import annotations

import os
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from macros.outputs.git_history import last_commit_dates as page_dates
from macros.outputs.git_history import parse_log, uncommitted
from macros.outputs.site.revision import revision_texts
from macros.rendering.formats import tanggal

from conftest import BuildResult

ROOT = Path(__file__).resolve().parent.parent
CONFIG = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def setting(name: str) -> str:
    found = re.search(rf"(?m)^{name}:\s*(\S+)\s*$", CONFIG)
    assert found, f"mkdocs.yml has no {name}"
    return found.group(1)


def chapters(site: Path) -> list[tuple[str, str]]:
    """(Markdown source, built HTML) of every page of the nav."""
    sources = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").glob("*.md"))
    pages = []
    for source in sources:
        html = site / ("index.html" if source == "index.md" else source.removesuffix(".md") + "/index.html")
        if html.is_file():
            pages.append((source, html.read_text(encoding="utf-8")))
    return pages


def git_date(source: str) -> date | None:
    proc = subprocess.run(
        ["git", "log", "-1", "--format=%cs", "--", f"docs/{source}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return date.fromisoformat(proc.stdout.strip()) if proc.returncode == 0 and proc.stdout.strip() else None


def revision_shown(html: str) -> str | None:
    found = re.search(r'<aside class="md-source-file">.*?(Terakhir diubah [^<]+?)\s*</span>', html, re.S)
    return found.group(1).strip() if found else None


@pytest.mark.slow
def test_every_page_links_to_edit_and_view_its_source(site_dir: Path) -> None:
    repo, edit_uri = setting("repo_url").rstrip("/"), setting("edit_uri")
    pages = chapters(site_dir)
    assert len(pages) >= 10
    for source, html in pages:
        edit = f'href="{repo}/{edit_uri}{source}"'
        view = f'href="{repo}/{edit_uri.replace("edit", "raw", 1)}{source}"'
        assert edit in html and 'rel="edit"' in html, source
        assert view in html, source


@pytest.mark.slow
def test_every_committed_page_shows_its_last_change_from_git(site_dir: Path) -> None:
    checked = 0
    for source, html in chapters(site_dir):
        changed = git_date(source)
        if changed is None:  # a page not yet committed has no date to show
            assert revision_shown(html) is None, source
            continue
        assert revision_shown(html) == f"Terakhir diubah {tanggal(changed)}", source
        checked += 1
    assert checked >= 10


@pytest.mark.slow
def test_copy_without_git_builds_cleanly_without_dates(variant_build: BuildResult) -> None:
    """The variant build is a copy made without .git."""
    assert not (variant_build.project / ".git").exists()
    html = (variant_build.site / "index.html").read_text(encoding="utf-8")
    assert "Terakhir diubah" not in html
    assert 'class="md-source-file"' not in html
    assert f'href="{setting("repo_url").rstrip("/")}/{setting("edit_uri")}index.md"' in html


def test_parse_log_keeps_the_newest_date_of_each_file() -> None:
    log = "\x002026-11-27\n\nbab-1.md\n\x002026-10-01\n\nbab-1.md\nbab-2.md\n"
    assert parse_log(log) == {"bab-1.md": date(2026, 11, 27), "bab-2.md": date(2026, 10, 1)}


def test_dates_are_commit_dates_not_the_clock(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="Editor",
        GIT_AUTHOR_EMAIL="editor@example.org",
        GIT_COMMITTER_NAME="Editor",
        GIT_COMMITTER_EMAIL="editor@example.org",
    )

    def commit(name: str, when: str) -> None:
        (docs / name).write_text(f"# {name} {when}\n", encoding="utf-8")
        subprocess.run(["git", "add", "."], cwd=tmp_path, env=env, check=True)
        subprocess.run(
            ["git", "-c", "commit.gpgsign=false", "commit", "-q", "-m", name],
            cwd=tmp_path,
            check=True,
            env=dict(env, GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when),
        )

    subprocess.run(["git", "init", "-q"], cwd=tmp_path, env=env, check=True)
    commit("index.md", "2023-07-04T10:00:00+08:00")
    commit("bab-1.md", "2023-08-01T10:00:00+08:00")
    commit("index.md", "2024-01-15T10:00:00+08:00")
    (docs / "baru.md").write_text("# belum di-commit\n", encoding="utf-8")
    assert page_dates(docs) == {"index.md": date(2024, 1, 15), "bab-1.md": date(2023, 8, 1)}
    assert revision_texts(docs) == {
        "index.md": "Terakhir diubah 15 Januari 2024",
        "bab-1.md": "Terakhir diubah 1 Agustus 2023",
    }
    assert uncommitted(docs) == {"baru.md"}
    (docs / "bab-1.md").write_text("# diubah\n", encoding="utf-8")
    assert uncommitted(docs) == {"baru.md", "bab-1.md"}


def test_no_dates_outside_a_git_checkout(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    assert page_dates(tmp_path / "docs") == {}
