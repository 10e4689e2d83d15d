"""Macro errors in a chapter, told as ``docs/<file>.md:<line>: <message>`` in Indonesian.

mkdocs-macros reports a failing chapter with a Python traceback and a line counted
without the front matter. Editors need the file, the real line and a plain message,
so ``install`` registers one formatter with mkdocs-macros' ``format_error`` (a
``functools.singledispatch`` function meant to be extended); the build still stops.

Jinja's and Python's English are translated here: an unknown name or macro, a missing
attribute, an unknown filter, a wrong macro argument and the common syntax mistakes each
get an Indonesian message, with the nearest known name as "maksud Anda …?".
"""

from __future__ import annotations

import inspect
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError, UndefinedError

from ..figures.numbering import NumberingError
from ..records.dataset import UnknownId
from ..records.errors import suggestion

_TEMPLATE = "<template>"  # the file name Jinja gives a template compiled from a string
# names mkdocs-macros puts in every page's context that are not meant for chapters
_INTERNAL = {"macros", "filters", "filters_builtin", "environment", "plugin", "config", "git", "extra", "page"}


@dataclass
class Names:
    """What a chapter may use: for suggestions and for the arguments of a macro."""

    variables: Iterable[str] = ()
    macros: Mapping[str, Callable[..., Any]] = field(default_factory=dict)
    filters: Iterable[str] = ()
    tests: Iterable[str] = ()


def install(project_dir: Path, env: Any = None) -> None:
    """Make every macro error of this build name the chapter file and line, in Indonesian."""
    from mkdocs_macros import errors as macro_errors

    def describe(error: Exception, markdown: str, page: Any) -> str:
        return chapter_error(error, markdown, page.file.abs_src_path, project_dir, _names(env))

    for kind in (Exception, TemplateSyntaxError):
        macro_errors.format_error.register(kind)(describe)


def _names(env: Any) -> Names:
    if env is None:
        return Names()
    jinja = getattr(env, "env", None)
    return Names(
        variables=[name for name in env.variables if name not in _INTERNAL],
        macros=dict(env.macros),
        filters=sorted(getattr(jinja, "filters", env.filters)),
        tests=sorted(getattr(jinja, "tests", {})),
    )


def chapter_error(
    error: Exception, markdown: str, source_path: str | None, project_dir: Path, names: Names | None = None
) -> str:
    """'docs/bab-5.md:24: <message>' followed by the offending line of the chapter."""
    raw = _read(source_path)
    offset = _front_matter_lines(raw, markdown)
    line = _template_line(error)
    shown = _display_path(source_path, project_dir)
    where = f"{shown}:{line + offset}" if line else shown
    text = ""
    source_line = ""
    cause = message(error, "", names or Names())
    if line and raw is not None:
        lines = raw.splitlines()
        if 0 < line + offset <= len(lines):
            source_line = lines[line + offset - 1]
            cause = message(error, source_line, names or Names())
            text = f"\n    {source_line.strip()}"
            opened: int | None = None
            if isinstance(error, TemplateSyntaxError):
                found = _unclosed_before(lines, line + offset)
                if found is not None:  # the real cause: a '{{' or '{%' left open on an earlier line
                    opened, pair = found
                    cause = f"penulisan makro tidak valid: '{pair[0]}' di baris ini tidak ditutup dengan '{pair[1]}'"
            block = re.search(r"innermost block that needs to be closed is '(\w+)'", str(error))
            if block:  # a {% for %} or {% if %} never closed: Jinja stops at the end of the page
                opened = _block_opened(lines, line + offset, block[1])
            if opened:
                where = f"{shown}:{opened}"
                text = f" (terdeteksi di baris {line + offset})\n    {lines[opened - 1].strip()}"
    return f"{where}: {cause}{text}"


def _unclosed_before(lines: list[str], line: int) -> tuple[int, tuple[str, str]] | None:
    """Line (1-based) and pair of the last '{{' or '{%' left open before ``line``, if any."""
    for number in range(min(line, len(lines)), 0, -1):
        text = lines[number - 1]
        for start, end in (("{{", "}}"), ("{%", "%}")):
            at = text.rfind(start)
            if at >= 0 and end not in text[at:]:
                return (number, (start, end)) if number != line else None
    return None


def _block_opened(lines: list[str], line: int, tag: str) -> int | None:
    """Line of the last ``{% tag ... %}`` at or before ``line`` (1-based) that is not closed after it."""
    depth = 0
    for number in range(min(line, len(lines)), 0, -1):
        text = lines[number - 1]
        depth += len(re.findall(rf"{{%-?\s*end{tag}\b", text))
        for _ in re.findall(rf"{{%-?\s*{tag}\b", text):
            if depth == 0:
                return number
            depth -= 1
    return None


def _read(source_path: str | None) -> str | None:
    if not source_path:
        return None
    try:
        return Path(source_path).read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    except OSError:
        return None


def _front_matter_lines(raw: str | None, markdown: str) -> int:
    """Lines MkDocs removed (front matter and blank lines) before handing over ``markdown``."""
    if raw is None or not markdown or not raw.endswith(markdown):
        return 0
    return raw[: len(raw) - len(markdown)].count("\n")


def _template_line(error: Exception) -> int | None:
    if isinstance(error, TemplateSyntaxError) and error.lineno:
        return error.lineno
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == _TEMPLATE]
    return frames[-1].lineno if frames else None


def _display_path(source_path: str | None, project_dir: Path) -> str:
    if not source_path:
        return "docs"
    path = os.path.relpath(source_path, project_dir)
    return Path(path).as_posix() if not path.startswith("..") else Path(source_path).as_posix()


# --- the messages -------------------------------------------------------------------------------


def message(error: Exception, line: str, names: Names) -> str:
    """The error in Indonesian, cause first; ``line`` is the chapter line it happened on."""
    if isinstance(error, TemplateSyntaxError):
        return _syntax(error.message or "", names)
    if isinstance(error, UndefinedError):
        return _undefined(error.message or "", line, names)
    if isinstance(error, UnknownId):
        return str(error)
    if isinstance(error, NumberingError):
        detail = str(error)
        return detail.split(": ", 1)[1] if detail.startswith("docs/") and ": " in detail else detail
    if isinstance(error, TypeError):
        return _arguments(str(error), names)
    if isinstance(error, KeyError) and error.args:
        return str(error.args[0])
    return (
        "makro di baris ini gagal dijalankan; periksa nama dan argumennya (rincian teknis untuk pengelola: "
        f"{type(error).__name__}: {error})"
    )


_TOKENS = {
    "end of print statement": "'}}'",
    "end of statement block": "'%}'",
    "end of template": "akhir halaman",
    "name": "nama",
}


def _token(text: str) -> str:
    return _TOKENS.get(text, f"'{text}'")


def _syntax(text: str, names: Names) -> str:
    head = "penulisan makro tidak valid: "
    found = re.match(r"No filter named '([^']+)'", text)
    if found:
        return f"filter '{found[1]}' tidak ada{suggestion(found[1], names.filters)}"
    found = re.match(r"No test named '([^']+)'", text)
    if found:
        return f"uji '{found[1]}' (setelah 'is') tidak ada{suggestion(found[1], names.tests)}"
    found = re.match(
        r"Unexpected end of template\. Jinja was looking for the following tags: (.*?)\. The innermost", text
    )
    if found:
        tags = " atau ".join(re.findall(r"'(\w+)'", found[1]))
        block = re.search(r"needs to be closed is '(\w+)'", text)
        opened = f"{{% {block[1]} %}}" if block else "blok"
        return f"{head}{opened} tidak ditutup; tambahkan {tags} sebelum akhir halaman"
    found = re.match(r"Encountered unknown tag '(\w+)'", text)
    if found:
        if found[1].startswith("end"):
            return f"{head}{{% {found[1]} %}} tanpa {{% {found[1][3:]} … %}} pembuka; hapus atau tambahkan pembukanya"
        return f"{head}perintah '{{% {found[1]} %}}' tidak dikenal"
    found = re.match(r"unexpected end of template, expected '([^']+)'", text)
    if found:
        return f"{head}{_token(found[1])} penutup tidak ada; tutup makro ini di baris yang sama"
    found = re.match(r"Expected an expression, got '([^']+)'", text)
    if found:
        return f"{head}isi makro kosong sebelum {_token(found[1])}; tulis nama atau nilai yang dimaksud"
    found = re.match(r"expected token '([^']+)', got '([^']+)'", text)
    if found:
        return (
            f"{head}ada '{found[2]}' di tempat yang seharusnya {_token(found[1])}; periksa koma, kurung dan tanda kutip"
        )
    found = re.match(r"unexpected char '(.)'", text)
    if found:
        quote = " (tanda kutip yang tidak ditutup?)" if found[1] in "'\"" else ""
        return f"{head}tanda {found[1]!r} tidak diharapkan di sini{quote}"
    found = re.match(r"unexpected '([^']+)'(?:, expected '([^']+)')?", text)
    if found:
        expected = f"; yang diharapkan {_token(found[2])}" if found[2] else ""
        return f"{head}{_token(found[1])} tidak diharapkan di sini{expected}; periksa koma, kurung dan tanda kutip"
    return (
        f"{head}periksa pasangan {{{{ }}}} dan {{% %}}, tanda kutip, kurung dan koma di baris ini "
        "(rincian teknis untuk pengelola: " + text + ")"
    )


def _undefined(text: str, line: str, names: Names) -> str:
    found = re.match(r"'([^']+)' is undefined", text)
    if found:
        name = found[1]
        if re.search(rf"\b{re.escape(name)}\s*\(", line):
            return f"makro '{name}' tidak ada{suggestion(name, names.macros)}"
        known = [*names.variables, *names.macros]
        return f"nama '{name}' tidak dikenal{suggestion(name, known)}"
    found = re.match(r"'(?P<type>[^']+) object' has no (?P<what>attribute|element) (?P<name>.+)\Z", text)
    if found:
        name = found["name"].strip("'")
        owner = _owner(line, name)
        attributes = _attributes(found["type"])
        shown = f"'{owner}'" if owner else "nilai ini"
        hint = suggestion(name, attributes)
        if owner and hint:
            hint = hint.replace("maksud Anda '", f"maksud Anda '{owner}.")
        fields = _fields(found["type"])
        if not hint and 0 < len(fields) <= 12:
            hint = f"; yang ada: {', '.join(fields)}"
        return f"'{name}' tidak ada pada {shown}{hint}"
    return f"nama, makro atau atribut tidak dikenal (rincian teknis untuk pengelola: {text})"


def _owner(line: str, name: str) -> str:
    """The expression before ``.name`` or ``["name"]`` in the chapter line, e.g. 'kota' or 'data.dimensi_by_id'."""
    found = re.search(rf"([A-Za-z_][\w.]*)\s*(?:\.{re.escape(name)}\b|\[\s*['\"]{re.escape(name)}['\"]\s*\])", line)
    return found[1] if found else ""


def _class(type_name: str) -> type | None:
    module, _, cls_name = type_name.rpartition(".")
    cls = getattr(sys.modules.get(module), cls_name, None)
    return cls if isinstance(cls, type) else None


def _fields(type_name: str) -> list[str]:
    """The data keys of a record class Jinja named ('macros.records.models.kota.Kota')."""
    fields = getattr(_class(type_name), "model_fields", None)
    return list(fields) if isinstance(fields, dict) else []


def _attributes(type_name: str) -> list[str]:
    """Every attribute name of the class Jinja named, for suggestions."""
    cls = _class(type_name)
    if cls is None:
        return []
    names = _fields(type_name)
    return names + [n for n in dir(cls) if not n.startswith(("_", "model_")) and n not in names]


def _arguments(text: str, names: Names) -> str:
    found = re.search(r"(\w+)\(\) (.*)\Z", text)
    if not found:
        return f"argumen makro tidak sesuai (rincian teknis untuk pengelola: {text})"
    macro, problem = found[1], found[2]
    function = names.macros.get(macro)
    accepted = _parameters(function) if function is not None else []
    listed = f"; argumen yang dikenal: {', '.join(accepted)}" if accepted else ""
    if m := re.match(r"got an unexpected keyword argument '(\w+)'", problem):
        return f"makro '{macro}' tidak mengenal argumen '{m[1]}'{suggestion(m[1], accepted)}{listed}"
    if m := re.match(r"missing \d+ required (?:positional |keyword-only )?arguments?: (.*)", problem):
        missing = " dan ".join(re.findall(r"'(\w+)'", m[1]))
        return f"makro '{macro}' memerlukan argumen {missing}{listed}"
    if m := re.match(r"got multiple values for argument '(\w+)'", problem):
        return f"argumen '{m[1]}' makro '{macro}' ditulis dua kali (sekali tanpa nama, sekali dengan nama){listed}"
    if re.match(r"takes (?:from \d+ to )?\d+ positional arguments? but \d+ (?:was|were) given", problem):
        return f"makro '{macro}' diberi terlalu banyak argumen{listed}"
    return f"argumen makro '{macro}' tidak sesuai{listed} (rincian teknis untuk pengelola: {text})"


def _parameters(function: Callable[..., Any]) -> list[str]:
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return []
    return [name for name, p in signature.parameters.items() if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
