"""Shared fixtures, the session's builds (started in the background), and the budget of builds.

Three layers of tests (tests/README.md): unit tests need no build; tests that only read
the output share the session builds below; a test builds on its own (``build_project``)
only when it must change the input in a way the variant cannot hold, most of them
builds that are meant to fail early. Every build goes through ``run_build``, which
keeps a ledger; the run fails when more than ``MAX_FULL_BUILDS`` builds completed.

The session builds (``SESSION_BUILDS``) start in background threads as soon as
collection shows which ones the selected tests need, in the order of that table, and
the tests that need no build run first (``pytest_collection_modifyitems``): the
machine's second core builds while the first one runs the unit tests. A test that needs
a build waits for it. ``TEST_BUILD_JOBS`` (default 1) sets how many build at once.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader

import variant

ROOT = Path(__file__).resolve().parent.parent
# what `make build` runs: MkDocs through macros.adapters (strict, messages in Indonesian)
BUILD = [sys.executable, "-m", "macros.adapters", "build"]
# what a copy of the project needs to build; generated folders stay behind
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "macros", "overrides")
MAX_FULL_BUILDS = 8
CONTOH = ROOT / "contoh" / "kota-contoh"  # the second, fictional city that proves the kit
# English an editor must never read: Jinja's, Python's and MkDocs' own wording (issue 15)
ENGLISH = re.compile(
    r"Traceback|\b(?:is undefined|has no attribute|object has|unexpected|expected token|Doc file|contains a link|"
    r"Aborted|WARNING|ERROR|Did you mean|not found|got an|argument|positional|Error:|mapping values|"
    r"could not find|while (?:scanning|parsing)|Keys should be|Documentation built|Serving on|appear stuck)\b"
)


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
_RUNNING: set[subprocess.Popen[str]] = set()


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
    with subprocess.Popen(
        [*BUILD, "--config-file", config, "--site-dir", str(site)],
        cwd=project,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        _RUNNING.add(proc)
        try:
            stdout, stderr = proc.communicate(timeout=900)
        finally:
            _RUNNING.discard(proc)
    LEDGER.append(LedgerEntry(str(project), pdf, proc.returncode == 0, time.perf_counter() - start))
    return BuildResult(proc.returncode, stdout + stderr, site, project)


@cache
def pdf_pages(path: Path) -> tuple[str, ...]:
    """Text of every page of a built PDF, as pypdf extracts it: extracted once per run, since
    several test files read the same PDFs (about five seconds for the project's)."""
    return tuple(page.extract_text() or "" for page in PdfReader(path).pages)


# kept with a copy: compiled Python (valid while the sources keep their modification time,
# which copy2 preserves) and the build caches (each entry checked against its source); a
# build meant to fail then costs its real work, not recompiling the kit and the theme
CACHED_PARTS = ("__pycache__",)
BUILD_CACHE = ".cache"


def copy_project(target: Path, *, caches: bool = True) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    skip = shutil.ignore_patterns() if caches else shutil.ignore_patterns(*CACHED_PARTS)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=skip)
        else:
            shutil.copy2(source, target / part)
    if caches and (ROOT / BUILD_CACHE).is_dir():
        shutil.copytree(ROOT / BUILD_CACHE, target / BUILD_CACHE, ignore=shutil.ignore_patterns("*.tmp"))
    return target


# --- the session's builds ------------------------------------------------------------


def _variant(base: Path) -> Path:
    project = copy_project(base / "project")
    variant.apply(project)
    return project


@dataclass(frozen=True)
class SessionBuild:
    """One build shared by the whole run: which project (prepared in ``base``), with or without PDF."""

    fixture: str
    project: Callable[[Path], Path]
    pdf: bool
    after: str | None = None  # started only once this build has finished
    offline: bool = False  # the pull-request preview that opens from disk


# In start order: the one most tests read first. The second build of the project compares
# with the first, so it starts after it (a clock or a path in the output then shows).
SESSION_BUILDS = {
    "utuh": SessionBuild("full_build", lambda base: ROOT, pdf=True),
    "tanpa-pdf": SessionBuild("nopdf_build", lambda base: ROOT, pdf=False, offline=True),
    "varian": SessionBuild("variant_build", _variant, pdf=True),
    "contoh": SessionBuild("contoh_build", lambda base: CONTOH, pdf=True),
    "ulang": SessionBuild("second_build", lambda base: ROOT, pdf=True, after="utuh"),
}
_BY_FIXTURE = {build.fixture: key for key, build in SESSION_BUILDS.items()}


@dataclass
class _Slot:
    done: threading.Event = field(default_factory=threading.Event)
    result: BuildResult | None = None
    error: BaseException | None = None


class BuildPool:
    """Runs the session builds in background threads, each once, in ``SESSION_BUILDS`` order."""

    def __init__(self, base: Path, jobs: int) -> None:
        self.base = base
        self.slots: dict[str, _Slot] = {}
        self.queue: list[str] = []
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._work, daemon=True) for _ in range(max(1, jobs))]
        self.closed = False
        for thread in self.threads:
            thread.start()

    def want(self, keys: Iterable[str]) -> None:
        with self.lock:
            for key in sorted(set(keys) - set(self.slots), key=list(SESSION_BUILDS).index):
                after = SESSION_BUILDS[key].after
                if after is not None and after not in self.slots:
                    self.slots[after] = _Slot()
                    self.queue.append(after)
                self.slots[key] = _Slot()
                self.queue.append(key)

    def result(self, key: str) -> BuildResult:
        self.want([key])
        slot = self.slots[key]
        slot.done.wait()
        if slot.error is not None:
            raise slot.error
        assert slot.result is not None
        return slot.result

    def _next(self) -> str | None:
        with self.lock:
            for key in self.queue:
                after = SESSION_BUILDS[key].after
                if after is None or self.slots[after].done.is_set():
                    self.queue.remove(key)
                    return key
            return None

    def _work(self) -> None:
        while not self.closed:
            key = self._next()
            if key is None:
                time.sleep(0.05)
                continue
            slot = self.slots[key]
            try:
                build = SESSION_BUILDS[key]
                base = self.base / key
                base.mkdir(parents=True, exist_ok=True)
                slot.result = run_build(build.project(base), base / "site", pdf=build.pdf, offline=build.offline)
            except BaseException as exc:  # handed to the test that waits for it
                slot.error = exc
            finally:
                slot.done.set()

    def close(self) -> None:
        self.closed = True
        for proc in list(_RUNNING):
            proc.kill()


_POOL = pytest.StashKey[BuildPool]()


def _pool(config: pytest.Config) -> BuildPool:
    pool = config.stash.get(_POOL, None)
    if pool is None:
        base = config._tmp_path_factory.mktemp("bangun", numbered=False)  # type: ignore[attr-defined]
        pool = config.stash[_POOL] = BuildPool(base, int(os.environ.get("TEST_BUILD_JOBS", "1")))
    return pool


def _needed(item: pytest.Item) -> set[str]:
    return {_BY_FIXTURE[name] for name in getattr(item, "fixturenames", ()) if name in _BY_FIXTURE}


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests that need no session build first, then the others by the build they wait for."""
    order = list(SESSION_BUILDS)
    items.sort(key=lambda item: max((order.index(k) + 1 for k in _needed(item)), default=0))


def pytest_collection_finish(session: pytest.Session) -> None:
    if session.config.option.collectonly:
        return
    wanted = {key for item in session.items for key in _needed(item)}
    if wanted:
        _pool(session.config).want(wanted)


def _session_build(request: pytest.FixtureRequest, key: str, what: str) -> BuildResult:
    result = _pool(request.config).result(key)
    if result.returncode != 0:
        pytest.fail(f"{what} gagal:\n{result.output}")
    return result


@pytest.fixture(scope="session")
def full_build(request: pytest.FixtureRequest) -> BuildResult:
    """The real project built once, PDF included; fails the session loudly if it does not build."""
    return _session_build(request, "utuh", "mkdocs build")


@pytest.fixture(scope="session")
def site_dir(full_build: BuildResult) -> Path:
    return full_build.site


@pytest.fixture(scope="session")
def variant_build(request: pytest.FixtureRequest) -> BuildResult:
    """A copy of the project changed by ``variant.apply``, built once with the PDF."""
    return _session_build(request, "varian", "pembangunan varian")


@pytest.fixture(scope="session")
def contoh_build(request: pytest.FixtureRequest) -> BuildResult:
    """The fictional example city (contoh/kota-contoh/), site and PDF, with the same kit."""
    return _session_build(request, "contoh", "pembangunan kota contoh")


@pytest.fixture(scope="session")
def nopdf_build(request: pytest.FixtureRequest) -> BuildResult:
    """The real project as the pull-request preview is built (OFFLINE=true: opens from file://), the PDF
    switch off as in ``make serve``: one build for the tests of both (test_pdf.py, test_preview.py)."""
    return _session_build(request, "tanpa-pdf", "pembangunan tanpa PDF")


@pytest.fixture(scope="session")
def second_build(request: pytest.FixtureRequest) -> BuildResult:
    """The project built again, after ``full_build`` and into another folder (test_reproducible.py)."""
    return _session_build(request, "ulang", "pembangunan kedua")


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
    pool = session.config.stash.get(_POOL, None)
    if pool is not None:
        pool.close()
    completed = sum(entry.completed for entry in LEDGER)
    if completed > MAX_FULL_BUILDS and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        print(
            f"\nGAGAL: {completed} pembangunan utuh, batasnya {MAX_FULL_BUILDS}: gunakan full_build atau "
            "variant_build (tests/variant.py) untuk uji yang hanya membaca hasil",
            file=sys.stderr,
        )
