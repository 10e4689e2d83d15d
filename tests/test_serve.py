"""`make serve` with a mistake shows an Indonesian error page in the browser, and recovers.

A real server (python -m macros.adapters serve, what `make serve` runs) on a copy of the
project and a free port; Debian's Chromium through Playwright. The copy starts with a
data error; the tab shows the error page naming file, line and record. Swapping that
for a chapter error (mkdocs-macros ends a plain `mkdocs serve` with exit(100) there)
updates the page and leaves the server running. Fixing the chapter brings the same tab
to the chapter by itself. That one successful rebuild is recorded in conftest.LEDGER.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ENGLISH, LEDGER, LedgerEntry, copy_project

playwright_api = pytest.importorskip("playwright.sync_api")

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MOUNT = "/masterplan-smart-city/"  # the path of site_url in mkdocs.yml: MkDocs serves the site below it
CHAPTER = "bab-11-penutup.md"
CHAPTER_ERROR = "\n\nKota {{ kota.nama_salah }}.\n"
ERROR_TITLE = "Pratinjau belum dapat dibangun"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_server(url: str, process: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server pratinjau berhenti dengan kode {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=5)
            return
        except urllib.error.HTTPError:
            return  # it answers (404: the error page)
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    raise AssertionError("server pratinjau tidak menjawab")


def test_error_page_in_the_browser_and_recovery(tmp_path: Path, browser) -> None:  # type: ignore[no-untyped-def]
    project = copy_project(tmp_path / "project")
    program = project / "data" / "program.yml"
    chapter = project / "docs" / CHAPTER
    good_program, good_chapter = program.read_text(encoding="utf-8"), chapter.read_text(encoding="utf-8")
    status = good_program.index("    status: berjalan\n")
    line = good_program[:status].count("\n") + 1
    program.write_text(good_program.replace("    status: berjalan\n", "    status: jalan\n", 1), encoding="utf-8")

    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUTF8="1")
    env.pop("ENABLE_PDF_EXPORT", None)
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "macros.adapters", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}{MOUNT}"
    context = browser.new_context(locale="id-ID")
    page = context.new_page()
    try:
        wait_for_server(url, process)
        # 1. the first build fails on the data: every address answers with the error page
        response = page.goto(url + "bab-11-penutup/")
        assert response is not None and response.status == 404
        assert page.title() == ERROR_TITLE
        text = page.locator("#kesalahan").inner_text()
        assert f"data/program.yml:{line}: program P001, status: harus salah satu dari" in text, text
        assert "(maksud Anda 'berjalan'?)" in text, text

        # 2. data fixed, chapter broken: the page follows, the server keeps running
        program.write_text(good_program, encoding="utf-8")
        chapter.write_text(good_chapter + CHAPTER_ERROR, encoding="utf-8")
        page.wait_for_function("document.body.innerText.indexOf('nama_salah') >= 0", timeout=90_000)
        text = page.locator("#kesalahan").inner_text()
        wrong = (good_chapter + CHAPTER_ERROR).rstrip("\n").count("\n") + 1
        assert f"docs/{CHAPTER}:{wrong}: 'nama_salah' tidak ada pada 'kota'" in text, text
        assert process.poll() is None

        # 3. chapter fixed: the same tab shows the chapter by itself
        start = time.perf_counter()
        chapter.write_text(good_chapter, encoding="utf-8")
        page.wait_for_function("document.title.indexOf('Penutup') >= 0", timeout=90_000)
        LEDGER.append(LedgerEntry(str(project), False, True, time.perf_counter() - start))
        assert page.locator("h1").first.inner_text().startswith("BAB XI")
        assert process.poll() is None
    finally:
        context.close()
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    output = log.read_text(encoding="utf-8")
    assert "Pratinjau tersedia di http://127.0.0.1:" in output, output
    assert not ENGLISH.search(output), ENGLISH.search(output)
