"""Shared fixtures, and the budget of full builds per test run.

Three layers of tests (tests/README.md): unit tests need no build; tests that only read
the output share ONE build of the project (``full_build``, site and PDF) and one build of
a changed copy (``variant_build``, see variant.py); a test builds on its own only when
it must change the input in a way the variant cannot hold, most of them builds that are
meant to fail early. Every build goes through ``run_build``, which keeps a ledger; the
run fails when more than ``MAX_FULL_BUILDS`` builds completed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import variant

ROOT = Path(__file__).resolve().parent.parent
# what `make build` runs: MkDocs through macros.adapters (strict, messages in Indonesian)
BUILD = [sys.executable, "-m", "macros.adapters", "build"]
# what a copy of the project needs to build; generated folders stay behind
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "macros", "overrides")
MAX_FULL_BUILDS = 8
# English an editor must never read: Jinja's, Python's and MkDocs' own wording (issue 15)
ENGLISH = re.compile(
    r"Traceback|\b(?:is undefined|has no attribute|object has|unexpected|expected token|Doc file|contains a link|"
    r"Aborted|WARNING|ERROR|Did you mean|not found|got an|argument|positional|Error:|mapping values|"
    r"could not find|while (?:scanning|parsing)|Keys should be|Documentation built|Serving on|appear stuck)\b"
)
CONTOH = ROOT / "contoh" / "kota-contoh"  # the second, fictional city that proves the kit


@dataclass
class BuildResult:
    returncode: int
    output: str  # stdout and stderr together
    site: Path
    project: Path


@dataclass(frozen=True)
class LedgerEntry:
    project: str
    pdf: bool
    completed: bool
    seconds: float


LEDGER: list[LedgerEntry] = []


def run_build(
    project: Path, site: Path, *, pdf: bool, config: str = "mkdocs.yml", offline: bool = False
) -> BuildResult:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUTF8="1")
    env.pop("ENABLE_PDF_EXPORT", None)
    env.pop("OFFLINE", None)
    if pdf:
        env["ENABLE_PDF_EXPORT"] = "1"
    if offline:  # the pull-request preview: pages open from disk (Material's offline plugin)
        env["OFFLINE"] = "true"
    start = time.perf_counter()
    proc = subprocess.run(
        [*BUILD, "--config-file", config, "--site-dir", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    LEDGER.append(LedgerEntry(str(project), pdf, proc.returncode == 0, time.perf_counter() - start))
    return BuildResult(proc.returncode, proc.stdout + proc.stderr, site, project)


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target


@pytest.fixture(scope="session")
def full_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The real project built once, PDF included; fails the session loudly if it does not build."""
    site = tmp_path_factory.mktemp("site") / "site"
    result = run_build(ROOT, site, pdf=True)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build gagal:\n{result.output}")
    return result


@pytest.fixture(scope="session")
def site_dir(full_build: BuildResult) -> Path:
    return full_build.site


@pytest.fixture(scope="session")
def variant_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """A copy of the project changed by ``variant.apply``, built once with the PDF."""
    base = tmp_path_factory.mktemp("varian")
    project = copy_project(base / "project")
    variant.apply(project)
    result = run_build(project, base / "site", pdf=True)
    if result.returncode != 0:
        pytest.fail(f"pembangunan varian gagal:\n{result.output}")
    return result


@pytest.fixture(scope="session")
def contoh_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The fictional example city (contoh/kota-contoh/), site and PDF, with the same kit."""
    result = run_build(CONTOH, tmp_path_factory.mktemp("contoh") / "site", pdf=True)
    if result.returncode != 0:
        pytest.fail(f"pembangunan kota contoh gagal:\n{result.output}")
    return result


@pytest.fixture(scope="session")
def nopdf_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The real project as the pull-request preview is built (OFFLINE=true: opens from file://), the PDF
    switch off as in ``make serve``: one build for the tests of both (test_pdf.py, test_preview.py)."""
    result = run_build(ROOT, tmp_path_factory.mktemp("tanpa-pdf") / "site", pdf=False, offline=True)
    if result.returncode != 0:
        pytest.fail(f"pembangunan tanpa PDF gagal:\n{result.output}")
    return result


# Debian's Chromium, driven by Playwright (never `playwright install`)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One Chromium for the whole run: Playwright's sync API allows one instance per process."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} tidak ada; pasang dengan scripts/system-deps.sh test")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def build_project(tmp_path: Path) -> Callable[..., BuildResult]:
    """Copy the project, let the test change it, build it (without PDF unless asked).

    For builds that are meant to fail; a successful one counts against MAX_FULL_BUILDS."""

    def build(change: Callable[[Path], None] | None = None, *, pdf: bool = False) -> BuildResult:
        project = copy_project(tmp_path / "project")
        if change is not None:
            change(project)
        return run_build(project, tmp_path / "site", pdf=pdf)

    return build


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the real data/ that a test may break; the project's own data stays as it is."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path / "data"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not LEDGER:
        return
    completed = [entry for entry in LEDGER if entry.completed]
    terminalreporter.section("pembangunan situs dalam uji ini")
    for entry in LEDGER:
        state = "selesai" if entry.completed else "gagal (disengaja)"
        terminalreporter.write_line(
            f"{entry.seconds:6.1f} s  {'PDF ' if entry.pdf else '    '}{state:18} {entry.project}"
        )
    terminalreporter.write_line(
        f"{len(completed)} pembangunan utuh (batas {MAX_FULL_BUILDS}), "
        f"{len(LEDGER) - len(completed)} berhenti karena kesalahan yang diuji"
    )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    completed = sum(entry.completed for entry in LEDGER)
    if completed > MAX_FULL_BUILDS and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        print(
            f"\nGAGAL: {completed} pembangunan utuh, batasnya {MAX_FULL_BUILDS}: gunakan full_build atau "
            "variant_build (tests/variant.py) untuk uji yang hanya membaca hasil",
            file=sys.stderr,
        )
