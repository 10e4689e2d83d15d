"""The chain from missions to key indicators (review 2 of issue 11): Visi -> Misi -> Tujuan ->
Sasaran -> IKU, in data/visi.yml.

Once goals are written (``tujuan``): every mission has at least one goal, every goal names a
mission that exists, goal and target ids are unique, every target names key indicators that
exist, and every key indicator measures exactly one target. "A mission without a goal" is
judged only when every goal's mission could be read, and "an IKU measuring no target or
two" only when every target's IKU list could be read.
"""

from __future__ import annotations

from ..dataset import Data
from .document import unique
from .reporter import At, Reporter


def check(report: Reporter, data: Data) -> None:
    file = data.visi
    goals = list(report.records("visi", "tujuan", lambda: file.tujuan))
    if not goals:
        return
    unique(report, "visi", "tujuan", lambda: file.tujuan, "id tujuan")
    targets = [
        (t_rec, s)
        for g_rec, g in goals
        for t_rec, s in g_rec.records("sasaran", lambda: g.sasaran)  # noqa: B023 - records() reads it at once
    ]
    report.unique("visi", ((t_rec("id"), s.id) for t_rec, s in targets if t_rec.sound("id")), "id sasaran")
    missions = report.ids("visi", "misi", lambda: file.misi)
    kpis = report.ids("visi", "iku", lambda: file.iku)
    for g_rec, g in goals:
        if g_rec.sound("misi"):
            g_rec.known("misi", g.misi, missions, "misi", "bagian 'misi'")
    measured: dict[str, list[tuple[At, int]]] = {}
    every_list_read = all(g_rec.present("sasaran") for g_rec, _ in goals)
    for t_rec, s in targets:
        if not t_rec.present("iku"):
            every_list_read = False
            continue
        for k, ident in enumerate(s.iku):
            if not t_rec.sound(("iku", k)):
                every_list_read = False
                continue
            t_rec.known(("iku", k), ident, kpis, "IKU", "bagian 'iku'")
            measured.setdefault(ident, []).append((t_rec, k))
    if all(g_rec.sound("misi") for g_rec, _ in goals):
        with_goal = {g.misi for _, g in goals}
        for rec, m in report.records("visi", "misi", lambda: file.misi):
            if rec.sound("id") and m.id not in with_goal:
                rec.error(
                    "id",
                    f"misi {m.id} belum memiliki tujuan; tulis di 'tujuan' sedikitnya satu tujuan dengan "
                    f"'misi: {m.id}'",
                    cause=False,
                )
    if not every_list_read:
        return
    for rec, kpi in report.records("visi", "iku", lambda: file.iku):
        if not rec.sound("id"):
            continue
        places = measured.get(kpi.id, [])
        if not places:
            rec.error(
                "id",
                f"IKU {kpi.id} belum menjadi ukuran sasaran mana pun; sebut id-nya di 'iku' pada salah satu sasaran",
                cause=False,
            )
        for t_rec, k in places[1:]:
            t_rec.error(
                ("iku", k), f"IKU {kpi.id} sudah menjadi ukuran sasaran lain; setiap IKU mengukur tepat satu sasaran"
            )
