"""Main-thread blocking time of page loads under a real 4x CPU slowdown, against the bare
Material baseline in the same command.

    .venv/bin/python benchmarks/blocking.py [SITE_DIR] [RUNS]    (default: site 9)

Lighthouse simulates its mobile CPU (Lantern) from one fast load; this script slows the
CPU down for real instead (Chromium's Emulation.setCPUThrottlingRate, as DevTools does)
and reads the browser's own long-task entries. Blocking time = sum over long tasks that
end after the first contentful paint of (duration - 50 ms), as Lighthouse defines TBT.
Pages: Beranda, the largest chapter, the largest programme page and Daftar Program (when
built), the bare Material site. Loads are interleaved so that
drift in machine load hits every page alike; the figures are medians.
"""

from __future__ import annotations

import functools
import statistics
import sys
import tempfile
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from material_baseline import build as build_baseline
from serve_gzip import GzipHandler

CHROMIUM = "/usr/bin/chromium"
OBSERVE = """
window.__panjang = []; window.__fcp = 0;
new PerformanceObserver(list => { for (const e of list.getEntries()) window.__panjang.push([e.startTime, e.duration]) })
  .observe({type: "longtask", buffered: true});
new PerformanceObserver(list => { for (const e of list.getEntries()) if (e.name === "first-contentful-paint") window.__fcp = e.startTime })
  .observe({type: "paint", buffered: true});
"""


def serve(root: Path) -> str:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/"


def load(browser, url: str) -> tuple[float, float]:
    context = browser.new_context(
        viewport={"width": 412, "height": 823}, device_scale_factor=1.75, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.add_init_script(OBSERVE)
    context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": 4})
    page.goto(url, wait_until="load")
    page.wait_for_timeout(2500)
    tasks, fcp = page.evaluate("[window.__panjang, window.__fcp]")
    context.close()
    after_paint = [duration for start, duration in tasks if start + duration > fcp]
    return sum(max(0.0, d - 50) for d in after_paint), max(after_paint, default=0.0)


def main() -> None:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site").resolve()
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    chapter = max(site.glob("bab-*/index.html"), key=lambda p: p.stat().st_size).parent.name
    with tempfile.TemporaryDirectory() as tmp:
        base = serve(site)
        pages = {"beranda": base, chapter: f"{base}{chapter}/"}
        programmes = list(site.glob("program/p*/index.html"))
        if programmes:
            largest = max(programmes, key=lambda p: p.stat().st_size).parent.name
            pages[f"program-{largest}"] = f"{base}program/{largest}/"
        if (site / "program" / "index.html").exists():
            pages["daftar-program"] = f"{base}program/"
        pages["material-dasar"] = serve(build_baseline(Path(tmp)))
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            for url in pages.values():
                load(browser, url)  # warm the server and the browser's code cache
            results: dict[str, list[tuple[float, float]]] = {name: [] for name in pages}
            for _ in range(runs):
                for name, url in pages.items():
                    results[name].append(load(browser, url))
            browser.close()
    print(f"CPU 4x, {runs} muatan per halaman, median")
    for name, values in results.items():
        blocking = statistics.median(v[0] for v in values)
        longest = statistics.median(v[1] for v in values)
        spread = f"{min(v[0] for v in values):.0f}–{max(v[0] for v in values):.0f}"
        print(f"  {name:20} waktu blokir {blocking:5.0f} ms ({spread})   tugas terpanjang {longest:5.0f} ms")


if __name__ == "__main__":
    main()
