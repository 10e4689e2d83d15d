"""Shared fixtures, the session's builds (started in the background), and the budget of builds.

Three layers of tests (tests/README.md): unit tests need no build; tests that only read
the output share the session builds below; a test builds on its own (``build_project``)
only when it must change the input in a way the variant cannot hold, most of them
builds that are meant to fail early. Every build goes through ``run_build``, which
keeps a ledger; the run fails when more than ``MAX_FULL_BUILDS`` builds completed.

``make test`` runs the tests in one pytest-xdist worker per core (``-n auto``). The
session builds (``SESSION_BUILDS``) are shared by all workers (``SessionBuilds``: a lock
file and a result file per build); each is built once, by background threads that start
as soon as collection shows which builds the selected tests need, in the order of that
table. The tests that need no build run first (``pytest_collection_modifyitems``), so
the unit tests keep every core busy while the builds run. A test that needs a build
waits for it. ``TEST_BUILD_JOBS`` (default 1) sets how many build threads each process
has. Each worker sends its part of the ledger to the controller, which prints the whole
ledger once and applies the limit; without xdist the one process does it all alike.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import pickle
import re
import select
import shutil
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

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
_CONFIG: pytest.Config | None = None  # set at start-up: where the processes of the run share files
_RUNNING: set[subprocess.Popen[str]] = set()


def _build_env(pdf: bool, offline: bool) -> dict[str, str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUTF8="1")
    env.pop("ENABLE_PDF_EXPORT", None)
    env.pop("OFFLINE", None)
    if pdf:
        env["ENABLE_PDF_EXPORT"] = "1"
    if offline:  # the pull-request preview: pages open from disk (Material's offline plugin)
        env["OFFLINE"] = "true"
    return env


def run_build(
    project: Path, site: Path, *, pdf: bool, config: str = "mkdocs.yml", offline: bool = False, fork: bool = False
) -> BuildResult:
    """``python -m macros.adapters build`` in ``project``, as ``make build`` runs it. ``fork``: in a
    child of this process' build server (tests/build_server.py), for builds meant to fail early
    in a copy whose kit is unchanged: the same build without a second of imports."""
    env = _build_env(pdf, offline)
    args = [*BUILD[1:], "--config-file", config, "--site-dir", str(site)]
    start = time.perf_counter()
    if fork:
        returncode, stdout, stderr = _SERVER.run(project, env, args[2:], site.with_name(f"{site.name}-keluaran"))
    else:
        with subprocess.Popen(
            [sys.executable, *args], cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        ) as proc:
            _RUNNING.add(proc)
            try:
                stdout, stderr = proc.communicate(timeout=900)
            finally:
                _RUNNING.discard(proc)
        returncode = proc.returncode
    LEDGER.append(LedgerEntry(str(project), pdf, returncode == 0, time.perf_counter() - start))
    return BuildResult(returncode, stdout + stderr, site, project)


class BuildServer:
    """This process' tests/build_server.py, started at the first request."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[str] | None = None
        self.lock = threading.Lock()

    def run(self, project: Path, env: dict[str, str], args: list[str], output: Path) -> tuple[int, str, str]:
        with self.lock:
            if self.proc is None or self.proc.poll() is not None:
                self.proc = subprocess.Popen(
                    [sys.executable, str(Path(__file__).with_name("build_server.py"))],
                    cwd=ROOT,
                    env=_build_env(pdf=False, offline=False),
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                )
            assert self.proc.stdin is not None and self.proc.stdout is not None
            output.mkdir(parents=True, exist_ok=True)
            stdout, stderr = output / "stdout", output / "stderr"
            request = {"cwd": str(project), "env": env, "args": args, "stdout": str(stdout), "stderr": str(stderr)}
            self.proc.stdin.write(json.dumps(request) + "\n")
            self.proc.stdin.flush()
            ready, _, _ = select.select([self.proc.stdout], [], [], 900)
            answer = self.proc.stdout.readline() if ready else ""
            if not answer:
                self.close()
                raise RuntimeError(f"server pembangunan (tests/build_server.py) tidak menjawab untuk {project}")
            returncode = int(json.loads(answer)["returncode"])
        return returncode, stdout.read_text(encoding="utf-8"), stderr.read_text(encoding="utf-8")

    def close(self) -> None:
        if self.proc is not None:
            self.proc.kill()  # its children, if any, finish by themselves
            self.proc.wait()
            for stream in (self.proc.stdin, self.proc.stdout):
                if stream is not None:
                    stream.close()
            self.proc = None


_SERVER = BuildServer()


T = TypeVar("T")


def shared(key: str, make: Callable[[], T]) -> T:
    """``make()`` computed once per run for all its processes (the xdist workers): the first
    process that asks computes it under a lock and keeps it (pickled) in the run's shared
    folder, the others wait for it and read it. For costly values that tests in several
    workers read; ``key`` names the value (letters, digits, hyphens)."""
    if _CONFIG is None:
        return make()
    stored = _shared(_CONFIG) / f"{key}.pickle"
    with _locked(stored.with_suffix(".lock")):
        if not stored.exists():
            _write_bytes(stored, pickle.dumps(make()))
        value: T = pickle.loads(stored.read_bytes())
    return value


def path_key(kind: str, path: Path) -> str:
    """A ``shared`` key for a value computed from the file at ``path``."""
    return f"{kind}-{hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:16]}"


@cache
def pdf_pages(path: Path) -> tuple[str, ...]:
    """Text of every page of a built PDF, as pypdf extracts it: extracted once per run, since
    several test files in several workers read the same PDFs (about five seconds for the project's)."""
    return shared(
        path_key("pdf-teks", path), lambda: tuple(page.extract_text() or "" for page in PdfReader(path).pages)
    )


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


@contextmanager
def _locked(path: Path, *, wait: bool = True) -> Iterator[bool]:
    """An exclusive lock on ``path`` between all processes and threads of the run (flock);
    without ``wait``, yields False at once when someone else holds it."""
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(handle)  # releases the lock


def _write_bytes(path: Path, content: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    temporary.write_bytes(content)
    temporary.replace(path)  # a reader sees the whole file or none


class SessionBuilds:
    """Each session build runs once per run, in whichever process starts it first.

    All processes of the run (the pytest-xdist workers, or the one pytest process) share
    ``base``: ``<key>.lock`` is held by the process that builds ``key``, ``<key>.json``
    hands its result to all of them. Background threads (``jobs`` per process) start the
    builds the selected tests need as soon as collection is over, in ``SESSION_BUILDS``
    order, each taking the first build no other process has taken; a test that needs a
    build waits for its result, or builds it itself if nobody has started it. A process
    killed while building leaves no result, so the next one that needs it builds it.
    """

    def __init__(self, base: Path, jobs: int) -> None:
        self.base = base
        self.jobs = max(1, jobs)
        self.wanted: list[str] = []
        self.lock = threading.Lock()
        self.threads: list[threading.Thread] = []
        self.closed = False

    def want(self, keys: Iterable[str]) -> None:
        order = list(SESSION_BUILDS)
        with self.lock:
            for key in keys:
                after = SESSION_BUILDS[key].after
                self.wanted += [k for k in (after, key) if k is not None and k not in self.wanted]
            self.wanted.sort(key=order.index)
            if not self.threads:
                self.threads = [threading.Thread(target=self._work, daemon=True) for _ in range(self.jobs)]
                for thread in self.threads:
                    thread.start()

    def result(self, key: str) -> BuildResult:
        after = SESSION_BUILDS[key].after
        if after is not None:
            self.result(after)
        if not self._done(key):
            with _locked(self.base / f"{key}.lock"):
                if not self._done(key):
                    self._build(key)
        content = json.loads((self.base / f"{key}.json").read_text(encoding="utf-8"))
        if "error" in content:
            raise RuntimeError(f"pembangunan {key} tidak dapat disiapkan:\n{content['error']}")
        return BuildResult(content["returncode"], content["output"], Path(content["site"]), Path(content["project"]))

    def _done(self, key: str) -> bool:
        return (self.base / f"{key}.json").exists()

    def _build(self, key: str) -> None:
        """Build ``key`` and write its result; the caller holds ``key``'s lock."""
        build = SESSION_BUILDS[key]
        folder = self.base / key
        try:
            shutil.rmtree(folder, ignore_errors=True)  # what a killed process may have left
            folder.mkdir(parents=True)
            result = run_build(build.project(folder), folder / "site", pdf=build.pdf, offline=build.offline)
            content: dict[str, object] = {
                "returncode": result.returncode,
                "output": result.output,
                "site": str(result.site),
                "project": str(result.project),
            }
        except Exception:
            content = {"error": traceback.format_exc()}
        if not self.closed:  # a build stopped by close() is no result
            _write_bytes(self.base / f"{key}.json", json.dumps(content).encode())

    def _work(self) -> None:
        while not self.closed:
            with self.lock:
                pending = [key for key in self.wanted if not self._done(key)]
            if not pending:
                return
            for key in pending:
                after = SESSION_BUILDS[key].after
                if after is not None and not self._done(after):
                    continue
                with _locked(self.base / f"{key}.lock", wait=False) as mine:
                    if mine and not self._done(key):
                        self._build(key)
                        break
            else:
                time.sleep(0.1)  # the rest is being built by other processes

    def close(self, *, kill: bool) -> None:
        """Wait for this process' builds (another process may need them), or stop them (``kill``)."""
        if kill:
            self.closed = True
            for proc in list(_RUNNING):
                proc.kill()
        else:
            with self.lock:
                self.wanted.clear()
        for thread in self.threads:
            thread.join()


_POOL = pytest.StashKey[SessionBuilds]()


def _pool(config: pytest.Config) -> SessionBuilds:
    pool = config.stash.get(_POOL, None)
    if pool is None:
        pool = config.stash[_POOL] = SessionBuilds(_shared(config), int(os.environ.get("TEST_BUILD_JOBS", "1")))
    return pool


def _shared(config: pytest.Config) -> Path:
    """The folder the processes of this run share: below the run's own temporary folder
    (with pytest-xdist, each worker's temporary folder is inside the run's)."""
    base: Path = config._tmp_path_factory.getbasetemp()  # type: ignore[attr-defined]
    if hasattr(config, "workerinput"):
        base = base.parent
    folder = base / "bangun"
    folder.mkdir(exist_ok=True)
    return folder


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
            change(project)  # docs/ or data/ only: the build runs with the kit already imported (fork)
        return run_build(project, tmp_path / "site", pdf=pdf, fork=True)

    return build


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the real data/ that a test may break; the project's own data stays as it is."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path / "data"


def pytest_configure(config: pytest.Config) -> None:
    global _CONFIG
    _CONFIG = config


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """pytest-xdist's controller: a worker is done; add its builds to the ledger."""
    LEDGER.extend(LedgerEntry(**entry) for entry in getattr(node, "workeroutput", {}).get("ledger", []))


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
    _SERVER.close()
    pool = session.config.stash.get(_POOL, None)
    if pool is not None:
        stopped = exitstatus == pytest.ExitCode.INTERRUPTED or bool(session.shouldstop or session.shouldfail)
        pool.close(kill=stopped)
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # an xdist worker: the controller keeps the ledger
        workeroutput["ledger"] = [asdict(entry) for entry in LEDGER]
        return
    completed = sum(entry.completed for entry in LEDGER)
    if completed > MAX_FULL_BUILDS and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        print(
            f"\nGAGAL: {completed} pembangunan utuh, batasnya {MAX_FULL_BUILDS}: gunakan full_build atau "
            "variant_build (tests/variant.py) untuk uji yang hanya membaca hasil",
            file=sys.stderr,
        )
