"""Summarise repeated Lighthouse runs: one line per run, the median per page, the budgets.

    python benchmarks/lighthouse_report.py OUT_DIR

OUT_DIR holds `<page>-<n>.json` reports written by benchmarks/lighthouse.sh. Pages whose
name starts with "material-" are the bare Material baseline: reported, never budgeted.

Why medians: Lighthouse's own guidance on variability is to run several times and take
the median. On this kind of machine single runs are bimodal, because headless Chromium
sometimes holds back the first frame by about one second after the page has painted
(GoogleChrome/lighthouse#17148); Lantern then counts the whole load as before the first
paint. Such runs are marked "tertahan" (held back): the page loaded before it was shown.

Exit status 1 when a budget of issue 5 is missed: median performance >= 0.95, every run's
accessibility, best practices and SEO = 1.00, at most 250 KB transferred.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

PERFORMANCE_MIN = 0.95
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


def read_run(path: Path) -> dict[str, float | bool | list[str]]:
    report = json.loads(path.read_text(encoding="utf-8"))
    metrics = report["audits"]["metrics"]["details"]["items"][0]
    run: dict[str, float | bool] = {
        key: report["categories"][key]["score"] for key in CATEGORIES if key in report["categories"]
    }
    run.update(
        fcp=metrics["firstContentfulPaint"],
        lcp=metrics["largestContentfulPaint"],
        tbt=metrics["totalBlockingTime"],
        cls=metrics["cumulativeLayoutShift"],
        kb=report["audits"]["total-byte-weight"]["numericValue"] / 1024,
        held_back=metrics["observedLoad"] < metrics["observedFirstContentfulPaint"],
        failed=failed_audits(report),
    )
    return run


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
                f"  TBT {run['tbt']:4.0f} ms  CLS {run['cls']:.3f}" + ("  (tertahan)" if run["held_back"] else "")
            )
            for text in run["failed"]:
                print(f"     {text}")
        median = {
            key: statistics.median(float(run[key]) for run in runs)
            for key in ("performance", "fcp", "lcp", "tbt", "kb")
        }
        held = sum(bool(run["held_back"]) for run in runs)
        others = {key: min(float(run[key]) for run in runs) for key in CATEGORIES[1:] if key in runs[0]}
        print(
            f"  median: performa {median['performance']:.2f}  FCP {median['fcp']:.0f} ms  LCP {median['lcp']:.0f} ms"
            f"  TBT {median['tbt']:.0f} ms  transfer {median['kb']:.0f} KB  tertahan {held}/{len(runs)}"
        )
        if others:
            print("  terendah: " + "  ".join(f"{key} {value:.2f}" for key, value in others.items()))
        if page.startswith("material-"):
            continue
        missed = []
        if median["performance"] < PERFORMANCE_MIN:
            missed.append(f"median performa {median['performance']:.2f} < {PERFORMANCE_MIN}")
        missed += [f"{key} {value:.2f} < 1.00" for key, value in others.items() if value < 1]
        if median["kb"] > TRANSFER_MAX_KB:
            missed.append(f"transfer {median['kb']:.0f} KB > {TRANSFER_MAX_KB} KB")
        for text in missed:
            print(f"  ANGGARAN TERLEWATI: {text}")
        ok = ok and not missed
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
