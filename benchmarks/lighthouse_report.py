"""Summarise repeated Lighthouse runs: one line per run, the median per page, the budgets.

    python benchmarks/lighthouse_report.py OUT_DIR

OUT_DIR holds `<page>-<n>.json` reports written by benchmarks/lighthouse.sh. Pages whose
name starts with "material-" are the bare Material baseline: reported, never budgeted.

Why medians: Lighthouse's own guidance on variability is to run several times and take
the median. On this kind of machine single runs are bimodal, because headless Chromium
sometimes holds back the first frame by about one second after the page has painted
(GoogleChrome/lighthouse#17148); Lantern then counts the whole load as before the first
paint. Such runs are marked "tertahan" (held back): the page loaded before it was shown.

Exit status 1 when a budget of issue 14 is missed: median performance >= 0.98 and no run
below 0.95, every run's accessibility, best practices and SEO = 1.00, at most 250 KB
transferred. Each run's line also shows the machine's load average when it started
(``<page>-<n>.load``, written by lighthouse.sh): a busy machine lowers the score.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

PERFORMANCE_MEDIAN_MIN = 0.98
PERFORMANCE_RUN_MIN = 0.95
TRANSFER_MAX_KB = 250
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def failed_audits(report: dict) -> list[str]:
    """Weighted audits below 1 outside performance: what to fix when a score drops."""
    failed = []
    for key, category in report["categories"].items():
        if key == "performance":
            continue
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                failed.append(f"{key}: {ref['id']} ({audit['score']}) {audit['title']}")
    return failed


def read_run(path: Path) -> dict[str, float | bool | str | list[str]]:
    report = json.loads(path.read_text(encoding="utf-8"))
    metrics = report["audits"]["metrics"]["details"]["items"][0]
    run: dict[str, float | bool | str] = {
        key: report["categories"][key]["score"] for key in CATEGORIES if key in report["categories"]
    }
    run.update(
        fcp=metrics["firstContentfulPaint"],
        lcp=metrics["largestContentfulPaint"],
        tbt=metrics["totalBlockingTime"],
        cls=metrics["cumulativeLayoutShift"],
        kb=report["audits"]["total-byte-weight"]["numericValue"] / 1024,
        version=report["lighthouseVersion"],
        load=_load(path),
        held_back=metrics["observedLoad"] < metrics["observedFirstContentfulPaint"],
        failed=failed_audits(report),
    )
    return run


def _load(report: Path) -> float:
    """The 1-minute load average when the run started; -1 when not recorded."""
    path = report.with_suffix(".load")
    return float(path.read_text().split()[0]) if path.exists() else -1.0


def main() -> int:
    out = Path(sys.argv[1])
    pages: dict[str, list[dict]] = defaultdict(list)
    reports = [path for path in out.glob("*.json") if re.fullmatch(r".+-\d+", path.stem)]
    for path in sorted(reports, key=lambda p: (p.stem.rsplit("-", 1)[0], int(p.stem.rsplit("-", 1)[1]))):
        pages[path.stem.rsplit("-", 1)[0]].append(read_run(path))
    if not pages:
        print(f"tidak ada laporan Lighthouse di {out}", file=sys.stderr)
        return 2

    ok = True
    for page, runs in pages.items():
        print(f"{page}")
        for n, run in enumerate(runs, 1):
            print(
                f"  run {n}: performa {run['performance']:.2f}  FCP {run['fcp']:5.0f} ms  LCP {run['lcp']:5.0f} ms"
                f"  TBT {run['tbt']:4.0f} ms  CLS {run['cls']:.3f}  beban {run['load']:.2f}"
                + ("  (tertahan)" if run["held_back"] else "")
            )
            for text in run["failed"]:
                print(f"     {text}")
        median = {
            key: statistics.median(float(run[key]) for run in runs)
            for key in ("performance", "fcp", "lcp", "tbt", "kb", "load")
        }
        held = sum(bool(run["held_back"]) for run in runs)
        others = {key: min(float(run[key]) for run in runs) for key in CATEGORIES[1:] if key in runs[0]}
        print(
            f"  median: performa {median['performance']:.2f}  FCP {median['fcp']:.0f} ms  LCP {median['lcp']:.0f} ms"
            f"  TBT {median['tbt']:.0f} ms  transfer {median['kb']:.0f} KB  tertahan {held}/{len(runs)}"
            f"  beban {median['load']:.2f}  Lighthouse {runs[0]['version']}"
        )
        if others:
            print("  terendah: " + "  ".join(f"{key} {value:.2f}" for key, value in others.items()))
        if page.startswith("material-"):
            continue
        missed = []
        if median["performance"] < PERFORMANCE_MEDIAN_MIN:
            missed.append(f"median performa {median['performance']:.2f} < {PERFORMANCE_MEDIAN_MIN}")
        worst = min(float(run["performance"]) for run in runs)
        if worst < PERFORMANCE_RUN_MIN:
            missed.append(f"performa terendah {worst:.2f} < {PERFORMANCE_RUN_MIN}")
        missed += [f"{key} {value:.2f} < 1.00" for key, value in others.items() if value < 1]
        if median["kb"] > TRANSFER_MAX_KB:
            missed.append(f"transfer {median['kb']:.0f} KB > {TRANSFER_MAX_KB} KB")
        for text in missed:
            print(f"  ANGGARAN TERLEWATI: {text}")
        ok = ok and not missed
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
