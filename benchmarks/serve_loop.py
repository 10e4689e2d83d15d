"""Editor loop: seconds from saving a one-line change in a chapter to the rebuilt page.

    .venv/bin/python benchmarks/serve_loop.py [--factor 1] [--rounds 5]

Runs ``mkdocs serve --strict`` (PDF off, as ``make serve``) on a copy of the project,
appends one line to a chapter, and polls the served page until the line is there.
Prints every round and the median; target: at most 2 s at 1x data.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlparse

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale

RESULTS = Path(__file__).resolve().parent / "results"
CHAPTER = "bab-1-pendahuluan.md"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_for(url: str, text: str, timeout: float) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if text in fetch(url):
            return time.perf_counter() - start
        time.sleep(0.05)
    raise TimeoutError(f"{text!r} tidak muncul di {url} dalam {timeout} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factor", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    project = scale.copy_project(RESULTS / "work" / f"serve-{args.factor}x")
    scale.scale(project, args.factor)
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    prefix = urlparse(config.get("site_url", "")).path.rstrip("/")
    port = free_port()
    page = f"http://127.0.0.1:{port}{prefix}/{CHAPTER[:-3]}/"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("ENABLE_PDF_EXPORT", None)
    log = (RESULTS / f"serve-{args.factor}x.log").open("w", encoding="utf-8")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        started = wait_for(page, "</html>", 300)
        print(f"mkdocs serve siap setelah {started:.1f} s ({args.factor}x data)")
        chapter = project / "docs" / CHAPTER
        rounds = []
        for number in range(args.rounds):
            marker = f"Penanda suntingan {uuid.uuid4().hex[:12]}."
            time.sleep(1.0)
            with chapter.open("a", encoding="utf-8") as handle:
                handle.write(f"\n{marker}\n")
            seconds = wait_for(page, marker, 120)
            rounds.append(seconds)
            print(f"  putaran {number + 1}: {seconds:.2f} s")
        print(
            f"median simpan -> halaman baru: {statistics.median(rounds):.2f} s "
            f"(min {min(rounds):.2f}, maks {max(rounds):.2f})"
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
