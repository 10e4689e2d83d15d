"""Read a YAML file into plain Python data while remembering where every value stands.

Pydantic reports errors by location (a tuple of keys and list indices); the map built
here turns such a location back into the line of the YAML file, so that every error
an editor sees names the file and the line.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import yaml_errors
from .errors import DataError

Location = tuple[Any, ...]
# LibYAML parses the same YAML about ten times faster (issue 7: 100x data validated in
# under 2 s); the pure-Python parser stays as the fallback where LibYAML is missing.
_COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_PLAIN_INT = re.compile(r"-?(?:0|[1-9][0-9]*)\Z")  # no sign "+", "_", base prefix or sexagesimal


@dataclass(frozen=True)
class Source:
    """One data file: its parsed content and the line of every value in it."""

    name: str  # path as shown to editors, e.g. "data/program.yml"
    content: Any
    lines: dict[Location, int] = field(default_factory=dict)
    text_lines: tuple[str, ...] = ()  # the file as typed, for messages that quote a line

    def line_of(self, loc: Location) -> int:
        """Line of the deepest value on the way to ``loc`` that exists in the file."""
        loc = tuple(loc)
        while loc:
            line = self.lines.get(_normalise(loc))
            if line is not None:
                return line
            loc = loc[:-1]
        return self.lines.get((), 1)


def _normalise(loc: Location) -> Location:
    # Mapping keys are stored as strings so that a pydantic location such as
    # ("anggaran", 2025) and the YAML key 2025 meet whatever their type.
    return tuple(part if isinstance(part, int) and not isinstance(part, bool) else str(part) for part in loc)


class _Builder:
    def __init__(self, name: str) -> None:
        self.name = name
        self.lines: dict[Location, int] = {}
        self.errors: list[DataError] = []
        self._scalars = yaml.SafeLoader("")

    def build(self, node: yaml.Node, loc: Location) -> Any:
        self.lines[loc] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, loc + (i,)) for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> Any:
        # Fast paths for the two commonest scalars (same result as PyYAML's constructor,
        # which costs a third of the load time on large files); the rest goes through it.
        if node.tag == _STR:
            return node.value
        if node.tag == _INT and _PLAIN_INT.match(node.value):
            return int(node.value)
        try:
            return self._scalars.construct_object(node)
        except (yaml.YAMLError, ValueError) as exc:  # a tag, a merge key '<<', a date such as 2023-02-30
            problem = yaml_errors.constructor_problem(node, exc)
            self.errors.append(DataError(self.name, problem.line, None, None, problem.message))
            return None

    def _mapping(self, node: yaml.MappingNode, loc: Location) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.errors.append(
                    DataError(
                        self.name,
                        key_node.start_mark.line + 1,
                        None,
                        None,
                        "kunci harus berupa teks atau angka sederhana",
                    )
                )
                continue
            key = self._scalar(key_node)
            child = loc + (key if isinstance(key, int) and not isinstance(key, bool) else str(key),)
            if key in result:
                self.errors.append(
                    DataError(
                        self.name,
                        key_node.start_mark.line + 1,
                        None,
                        None,
                        f"kunci '{key}' ditulis dua kali dalam satu bagian (yang pertama di baris {self.lines[child]})",
                    )
                )
                continue
            result[key] = self.build(value_node, child)
            # the key's own line is more useful than the value's for block values
            self.lines[child] = key_node.start_mark.line + 1
        return result


def read_source(path: Path, name: str) -> tuple[Source | None, list[DataError]]:
    """Parse one YAML file. Returns the source, or ``None`` with the errors found."""
    with _no_cycle_collection():
        return _read_source(path, name)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while a file becomes nodes and values.

    Parsing only creates objects (nodes, dicts, lists) without cycles to free, yet the
    collector keeps walking all of them: on 100x data that was a third of the time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_source(path: Path, name: str) -> tuple[Source | None, list[DataError]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [DataError(name, 1, None, None, "berkas tidak ditemukan")]
    try:
        text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as read_text() does
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        message = (
            "berkas harus disimpan sebagai UTF-8, tetapi baris ini memuat huruf dari pengodean lain "
            "(misalnya Windows-1252); simpan ulang berkasnya sebagai UTF-8 atau ketik ulang huruf itu"
        )
        return None, [DataError(name, line, None, None, message)]
    whitespace = [DataError(name, p.line, None, None, p.text()) for p in yaml_errors.lint_whitespace(text)]
    try:
        node = yaml.compose(text, Loader=_COMPOSER)
    except yaml.YAMLError as exc:
        problem = yaml_errors.translate(exc, text)
        if any(error.line == problem.line for error in whitespace):
            return None, whitespace  # the tab or no-break space is the cause
        return None, [*whitespace, DataError(name, problem.line, None, None, problem.text())]
    if whitespace:
        return None, whitespace
    if node is None:
        return None, [DataError(name, 1, None, None, "berkas kosong: isinya harus berupa data YAML")]
    builder = _Builder(name)
    content = builder.build(node, ())
    if builder.errors:
        return None, builder.errors
    return Source(name=name, content=content, lines=builder.lines, text_lines=tuple(text.split("\n"))), []
