"""Chapters hold words and named figures only.

Every number a chapter states comes from a named value or macro (``{{ angka.total_anggaran }}``,
``{{ angka_dimensi("governance").program }}``), computed in Python in ``macros/figures/``.
``lint`` finds in a chapter's Jinja what an editor at an OPD could not read or safely change:
arithmetic, filters that compute a number (``| sum``, ``| length`` ...), and attribute access
deeper than one level (``visi.visi.rumusan``). It reads ``{{ … }}`` and ``{% … %}`` alike, so a
sum cannot hide in a ``{% set %}``. A chapter that does not parse is left to mkdocs-macros,
which reports the syntax error itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from jinja2 import Environment, TemplateSyntaxError, nodes

# filters that compute a number from a list or round one
COUNTING_FILTERS = frozenset({"sum", "length", "count", "min", "max", "round", "int", "float", "abs"})
_OPERATORS: dict[type[nodes.Node], str] = {
    nodes.Add: "+",
    nodes.Sub: "-",
    nodes.Mul: "*",
    nodes.Div: "/",
    nodes.FloorDiv: "//",
    nodes.Mod: "%",
    nodes.Pow: "**",
    nodes.Neg: "-",
    nodes.Pos: "+",
}
HINT = "hitung angkanya di Python (macros/figures/) dan pakai namanya, misalnya {{ angka.jumlah_program }}"


@dataclass(frozen=True, order=True)
class ChapterIssue:
    line: int  # 1-based, in the text given to ``lint``
    message: str


def lint(source: str) -> list[ChapterIssue]:
    """Every computation in the chapter ``source`` (Markdown with Jinja), by line."""
    try:
        tree = Environment().parse(source)
    except TemplateSyntaxError:
        return []
    return sorted(set(_walk(tree, chained=False)))


def _walk(node: nodes.Node, chained: bool) -> Iterator[ChapterIssue]:
    kind = type(node)
    if kind in _OPERATORS:
        yield ChapterIssue(node.lineno, f"hitungan '{_OPERATORS[kind]}' di dalam bab; {HINT}")
    elif isinstance(node, nodes.Filter) and node.name in COUNTING_FILTERS:
        yield ChapterIssue(node.lineno, f"filter '{node.name}' menghitung angka di dalam bab; {HINT}")
    elif isinstance(node, (nodes.Getattr, nodes.Getitem)) and not chained and _depth(node) > 1:
        yield ChapterIssue(
            node.lineno,
            f"'{_shown(node)}' menelusuri atribut lebih dari satu tingkat; pakai variabel atau makro yang "
            "langsung memberi nilainya, atau simpan dulu dengan {% set %}",
        )
    inner = getattr(node, "node", None)
    for child in node.iter_child_nodes():
        continues = child is inner and (
            isinstance(node, (nodes.Getattr, nodes.Getitem)) or (isinstance(node, nodes.Call) and chained)
        )
        yield from _walk(child, continues)


def _depth(node: nodes.Node) -> int:
    """Attribute and item accesses in a chain such as ``a.b(x).c`` (here 2); calls pass through."""
    depth = 0
    while True:
        if isinstance(node, (nodes.Getattr, nodes.Getitem)):
            depth += 1
            node = node.node
        elif isinstance(node, nodes.Call):
            node = node.node
        else:
            return depth


def _shown(node: nodes.Node) -> str:
    if isinstance(node, nodes.Getattr):
        return f"{_shown(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem):
        return f"{_shown(node.node)}[…]"
    if isinstance(node, nodes.Call):
        return f"{_shown(node.node)}(…)"
    if isinstance(node, nodes.Name):
        return node.name
    return "…"
