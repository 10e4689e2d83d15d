"""MkDocs' own messages in Indonesian, with the Markdown file and the line of the link.

MkDocs 1.6 checks links and anchors (``validation:`` in mkdocs.yml) and logs English
warnings that name the page but not the line::

    Doc file 'bab-1-pendahuluan.md' contains a link 'bab-7-peta-jalan-salah.md', but the
    target is not found among documentation files.

``Translator`` is a ``logging.Filter`` put on every handler of the ``mkdocs`` logger
(``install``). It rewrites each record it knows into ``docs/<file>.md:<line>: <cause>;
<fix>`` (the line found by searching the page's Markdown for the link, code blocks
skipped), suggests the nearest page or heading, drops MkDocs' and mkdocs-macros' English
progress chatter, translates the progress lines an editor does see, and shows a repeated
message once (MkDocs logs a missing file once per link; the message lists every line).

The masterplan plugin installs it at ``on_config`` (so a plain ``mkdocs build`` is
translated too) and lends it the site's files for anchor suggestions; ``cli`` installs it
before anything is logged and replaces what MkDocs prints outside logging.
"""

from __future__ import annotations

import difflib
import logging
import posixpath
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from mkdocs.structure.files import Files

# MkDocs 1.6.1's message formats (mkdocs/structure/pages.py, nav.py, files.py, commands/build.py);
# tests/test_mkdocs_messages.py produces each of them with a real build
_SUGGEST = r"(?: Did you mean '(?P<suggest>[^']*)'\?)?"
_NOT_FOUND = re.compile(
    r"Doc file '(?P<src>[^']+)' contains a link '(?P<url>[^']*)', but the target"
    r"(?: '(?P<target>[^']*)')? is not found among documentation files\." + _SUGGEST + r"\Z"
)
_UNRECOGNIZED = re.compile(
    r"Doc file '(?P<src>[^']+)' contains an unrecognized relative link '(?P<url>[^']*)', it was left as is\."
    + _SUGGEST
    + r"\Z"
)
_ABSOLUTE = re.compile(
    r"Doc file '(?P<src>[^']+)' contains an absolute link '(?P<url>[^']*)', it was left as is\." + _SUGGEST + r"\Z"
)
_ANCHOR_OTHER = re.compile(
    r"Doc file '(?P<src>[^']+)' contains a link '(?P<url>[^']*)', but the doc '(?P<target>[^']+)' does not "
    r"contain an anchor '#(?P<anchor>[^']*)'\.\Z"
)
_ANCHOR_SAME = re.compile(
    r"Doc file '(?P<src>[^']+)' contains a link '(?P<url>[^']*)', but there is no such anchor on this page\."
    r"(?P<footnote> This seems to be a footnote that is never referenced\.)?\Z"
)
_EXCLUDED = re.compile(
    r"Doc file '(?P<src>[^']+)' contains a link to '(?P<target>[^']+)' which is excluded from the built site\.\Z"
)
_NAV_OMITTED = re.compile(
    r"The following pages exist in the docs directory, but are not included in the \"nav\" configuration:\n"
    r"(?P<pages>(?:  - .*\n?)+)\Z"
)
_NAV_NOT_FOUND = re.compile(
    r"A reference to '(?P<url>[^']+)' is included in the 'nav' configuration, (?:which is not found in the "
    r"documentation files|but this file is excluded from the built site)\.\Z"
)
_NAV_ABSOLUTE = re.compile(
    r"An absolute path to '(?P<url>[^']+)' is included in the 'nav' configuration, which presumably points to an "
    r"external resource\.\Z"
)
_CONFLICT = re.compile(r"Excluding '(?P<a>[^']+)' from the site because it conflicts with '(?P<b>[^']+)'\.\Z")
_PAGE_ERROR = re.compile(r"Error (?:reading|building) page '(?P<src>[^']+)':.*\Z", re.S)
_REQUEST = re.compile(r'(?P<stamp>\[\d\d:\d\d:\d\d\] )?"(?P<line>[^"]*)" code (?P<code>\d+)\Z')
_MACROS_ERROR = re.compile(r"\[macros\] - ERROR (?P<rest>.*)\Z", re.S)
_COLOUR = re.compile(r"\x1b\[[0-9;]*m")

# progress lines: pattern -> Indonesian (None: not shown)
INFO_MESSAGES: list[tuple[re.Pattern[str], str | None]] = [
    (re.compile(r"Cleaning site directory\Z"), "Mengosongkan folder situs"),
    (re.compile(r"Building documentation to directory: (?P<d>.*)\Z"), "Membangun situs ke folder {d}"),
    (re.compile(r"Building documentation\.\.\.\Z"), "Membangun situs..."),
    (re.compile(r"Documentation built in (?P<s>[\d.]+) seconds\Z"), "Situs selesai dibangun dalam {s} detik"),
    (re.compile(r"(?P<t>\[\d\d:\d\d:\d\d\] )?Serving on (?P<u>\S+)\Z"), "{t}Pratinjau tersedia di {u}"),
    (
        re.compile(r"(?P<t>\[\d\d:\d\d:\d\d\] )?Watching paths for changes: (?P<p>.*)\Z", re.S),
        "{t}Memantau perubahan di: {p}",
    ),
    (re.compile(r"(?P<t>\[\d\d:\d\d:\d\d\] )?Detected file changes\Z"), "{t}Perubahan berkas terdeteksi"),
    (re.compile(r"(?P<t>\[\d\d:\d\d:\d\d\] )?Reloading browsers\Z"), "{t}Memuat ulang peramban"),
    (re.compile(r"(?P<t>\[\d\d:\d\d:\d\d\] )?Browser connected: (?P<u>.*)\Z"), "{t}Peramban tersambung: {u}"),
    (re.compile(r"Shutting down\.\.\.\Z"), "Menghentikan pratinjau..."),
    (re.compile(r"The directory contains stale files\. Use --clean to remove them\.\Z"), None),
    (re.compile(r"Option search\.lang '\w+' is not supported, falling back to 'en'\Z"), None),
    (re.compile(r"\[macros\] - "), None),  # mkdocs-macros' progress: modules, variables, macros found
    (re.compile(r"The following pages are being built only for the preview", re.S), None),
]
# the lines of a link in Markdown: inline [t](url "title"), reference definitions, raw HTML, <autolinks>
_LINK_FORMS = (
    "]({url})",
    "]({url} ",
    "]( {url}",
    "]: {url}",
    "]: <{url}>",
    'href="{url}"',
    "href='{url}'",
    'src="{url}"',
    "<{url}>",
)
_SHOWN = "_masterplan_shown"  # marks a record the translator has decided on


def find_link_lines(markdown: str, url: str) -> list[int]:
    """1-based lines of ``markdown`` where ``url`` is the target of a link (outside code blocks)."""
    needles = [form.format(url=url) for form in _LINK_FORMS]
    lines = []
    fence: str | None = None
    for number, line in enumerate(markdown.splitlines(), start=1):
        stripped = line.lstrip()
        marker = re.match(r"(`{3,}|~{3,})", stripped)
        if marker:
            fence = None if fence and stripped.startswith(fence) else (fence or marker.group(1))
            continue
        if fence is None and any(needle in line for needle in needles):
            lines.append(number)
    return lines


class Translator(logging.Filter):
    """Rewrites MkDocs' English records in place; returns False for those not to show."""

    def __init__(self, project_dir: Path, docs_dir: str = "docs", config_file: str = "mkdocs.yml") -> None:
        super().__init__()
        self.project = Path(project_dir)
        self.docs = docs_dir
        self.config_file = config_file
        self.seen: set[str] = set()
        self.problems: list[str] = []  # warnings and errors shown since reset(), for the serve error page
        self.files: Files | None = None  # the site's files, for anchor suggestions

    def use(self, project_dir: Path, docs_dir: str, config_file: str) -> None:
        """Point at the project of the build about to run (``make serve`` reloads its config)."""
        self.project, self.docs, self.config_file = Path(project_dir), docs_dir, config_file

    def reset(self) -> None:
        self.seen.clear()
        self.problems.clear()
        self.files = None

    def use_files(self, files: Files) -> None:
        self.files = files

    # -- logging.Filter -----------------------------------------------------------------------
    def filter(self, record: logging.LogRecord) -> bool:
        decided = getattr(record, _SHOWN, None)
        if decided is not None:  # the same record passes every handler: translate once
            return bool(decided)
        shown = self._rewrite(record)
        if shown and record.levelno >= logging.WARNING:
            key = record.getMessage()
            if key in self.seen:
                shown = False
            else:
                self.seen.add(key)
                self.problems.append(key)
        setattr(record, _SHOWN, shown)
        return shown

    def _rewrite(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except Exception:  # pragma: no cover - a malformed record is left to logging
            return True
        plain = _COLOUR.sub("", text)
        translated = self.translate(plain)
        if translated is None:
            return False
        if _MACROS_ERROR.match(plain):  # mkdocs-macros logs a chapter's error as a warning
            record.levelno, record.levelname = logging.ERROR, "ERROR"
        if translated != text:
            record.msg, record.args = translated, ()
        return True

    # -- the messages -------------------------------------------------------------------------
    def translate(self, message: str) -> str | None:
        """Indonesian for one MkDocs message; ``None`` to hide it; unchanged when not MkDocs' English."""
        handlers: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]]] = [
            (_NOT_FOUND, self._not_found),
            (_UNRECOGNIZED, self._unrecognized),
            (_ABSOLUTE, self._absolute),
            (_ANCHOR_OTHER, self._anchor_other),
            (_ANCHOR_SAME, self._anchor_same),
            (_EXCLUDED, self._excluded),
            (_NAV_OMITTED, self._nav_omitted),
            (_NAV_NOT_FOUND, self._nav_not_found),
            (_NAV_ABSOLUTE, self._nav_absolute),
            (_CONFLICT, self._conflict),
            (_PAGE_ERROR, lambda m: None),  # logged right before the error itself, which names file and line
            (_REQUEST, self._request),
            (_MACROS_ERROR, lambda m: m["rest"]),
        ]
        for pattern, handler in handlers:
            match = pattern.match(message)
            if match:
                return handler(match)
        for pattern, text in INFO_MESSAGES:
            match = pattern.match(message)
            if match:
                return None if text is None else text.format(**{k: v or "" for k, v in match.groupdict().items()})
        return message

    def _where(self, src: str, url: str | None) -> str:
        """'docs/bab-1.md:131' (every line when the link occurs more than once), or the page alone."""
        page = f"{self.docs}/{src}"
        if url is None:
            return page
        try:
            text = (self.project / self.docs / src).read_text(encoding="utf-8-sig")
        except OSError:
            return page
        lines = find_link_lines(text, url)
        if not lines:
            return f"{page} (tautan dibuat oleh makro di halaman ini)"
        extra = f" (juga baris {', '.join(map(str, lines[1:]))})" if len(lines) > 1 else ""
        return f"{page}:{lines[0]}{extra}"

    def _pages(self) -> list[str]:
        root = self.project / self.docs
        return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.md"))

    def _nearest_page(self, src: str, path: str) -> str | None:
        """A Markdown page whose path is close to ``path`` (relative to the page ``src``)."""
        base = posixpath.dirname(src)
        wanted = posixpath.normpath(posixpath.join(base, path))
        match = difflib.get_close_matches(wanted, self._pages(), n=1, cutoff=0.6)
        return posixpath.relpath(match[0], base or ".") if match else None

    def _suggest(self, suggest: str | None, src: str, url: str) -> str:
        if not suggest:
            path = url.split("#", 1)[0]
            near = self._nearest_page(src, path) if path else None
            if near:
                suggest = near + ("#" + url.split("#", 1)[1] if "#" in url else "")
        return f" (maksud Anda '{suggest}'?)" if suggest else ""

    def _not_found(self, m: re.Match[str]) -> str:
        return (
            f"{self._where(m['src'], m['url'])}: tautan '{m['url']}' mengarah ke berkas yang tidak ada di folder "
            f"{self.docs}/{self._suggest(m['suggest'], m['src'], m['url'])}; perbaiki nama berkasnya"
        )

    def _unrecognized(self, m: re.Match[str]) -> str:
        return (
            f"{self._where(m['src'], m['url'])}: tautan '{m['url']}' tidak menyebut berkas; tautan ke bab lain "
            "ditulis dengan nama berkas Markdown-nya, misalnya 'bab-5-program.md'"
            f"{self._suggest(m['suggest'], m['src'], m['url'])}"
        )

    def _absolute(self, m: re.Match[str]) -> str:
        return (
            f"{self._where(m['src'], m['url'])}: tautan '{m['url']}' diawali '/', sehingga tidak berfungsi di "
            "pratinjau, di situs terbit dan di PDF; tulis tanpa '/' di depan, relatif terhadap halaman ini"
            f"{self._suggest(m['suggest'], m['src'], m['url'])}"
        )

    def _anchors_of(self, target: str) -> list[str]:
        file = self.files.get_file_from_path(target) if self.files is not None else None
        page = getattr(file, "page", None)
        return sorted(getattr(page, "present_anchor_ids", None) or [])

    def _anchor_hint(self, target: str, anchor: str, url: str) -> str:
        match = difflib.get_close_matches(anchor, self._anchors_of(target), n=1, cutoff=0.6)
        return f" (maksud Anda '{url.split('#', 1)[0]}#{match[0]}'?)" if match else ""

    def _anchor_other(self, m: re.Match[str]) -> str:
        return (
            f"{self._where(m['src'], m['url'])}: tautan '{m['url']}' menunjuk bagian '#{m['anchor']}' yang tidak "
            f"ada di {self.docs}/{m['target']}{self._anchor_hint(m['target'], m['anchor'], m['url'])}; jangkar "
            "bagian dibentuk dari judulnya, jadi periksa judul yang dituju atau salin tautannya dari ikon ¶ di "
            "samping judul"
        )

    def _anchor_same(self, m: re.Match[str]) -> str:
        anchor = m["url"].split("#", 1)[-1]
        if m["footnote"]:
            return (
                f"{self._where(m['src'], m['url'])}: catatan kaki '[^{anchor.removeprefix('fnref:')}]' tidak pernah "
                "dirujuk di teks; rujuk atau hapus catatan kakinya"
            )
        return (
            f"{self._where(m['src'], m['url'])}: tautan '{m['url']}' menunjuk bagian yang tidak ada di halaman ini"
            f"{self._anchor_hint(m['src'], anchor, m['url'])}; periksa judul yang dituju"
        )

    def _excluded(self, m: re.Match[str]) -> str:
        return f"{self._where(m['src'], None)}: tautan ke '{m['target']}' mengarah ke halaman yang tidak diterbitkan"

    def _config_line(self, needle: str) -> str:
        """'mkdocs.yml:<line>' of a top-level key ('nav:') or of the first line holding ``needle``."""
        try:
            lines = (self.project / self.config_file).read_text(encoding="utf-8").splitlines()
        except OSError:
            return self.config_file
        for number, line in enumerate(lines, start=1):
            if (line.startswith(needle) if needle.endswith(":") else needle in line) and not line.startswith("#"):
                return f"{self.config_file}:{number}"
        return self.config_file

    def _nav_omitted(self, m: re.Match[str]) -> str:
        pages = [line.strip()[2:] for line in m["pages"].splitlines() if line.strip()]
        listed = ", ".join(f"{self.docs}/{p}" for p in pages)
        return (
            f"{self._config_line('nav:')}: halaman {listed} ada di folder {self.docs}/ tetapi belum tercantum di "
            "'nav'; tambahkan ke 'nav' di mkdocs.yml atau hapus berkasnya"
        )

    def _nav_not_found(self, m: re.Match[str]) -> str:
        near = difflib.get_close_matches(m["url"], self._pages(), n=1, cutoff=0.6)
        hint = f" (maksud Anda '{near[0]}'?)" if near else ""
        return (
            f"{self._config_line(m['url'])}: 'nav' menyebut '{m['url']}', tetapi berkas itu tidak ada di folder "
            f"{self.docs}/{hint}"
        )

    def _nav_absolute(self, m: re.Match[str]) -> str:
        return f"{self._config_line(m['url'])}: 'nav' menyebut '{m['url']}' yang diawali '/'; tulis tanpa '/'"

    def _conflict(self, m: re.Match[str]) -> str:
        return (
            f"{self.docs}/{m['a']}: berkas ini tidak diterbitkan karena alamatnya sama dengan {self.docs}/{m['b']}; "
            "hapus salah satunya"
        )

    def _request(self, m: re.Match[str]) -> str | None:
        if m["code"] == "404" and not m["line"].startswith("HEAD "):  # HEAD: the error page polling
            return f"{m['stamp'] or ''}Peramban meminta alamat yang tidak ada: {m['line']}"
        return None


def current(loggers: Iterable[str] = ("mkdocs",)) -> Translator | None:
    """The Translator installed on the handlers of ``loggers``, if any."""
    for name in loggers:
        for handler in logging.getLogger(name).handlers:
            for existing in handler.filters:
                if isinstance(existing, Translator):
                    return existing
    return None


def install(project_dir: Path, docs_dir: str = "docs", config_file: str = "mkdocs.yml") -> Translator:
    """One ``Translator`` on every handler of the ``mkdocs`` logger (idempotent), pointed at this project."""
    translator = current()
    if translator is None:
        translator = Translator(project_dir, docs_dir, config_file)
    else:
        translator.use(project_dir, docs_dir, config_file)
    for handler in logging.getLogger("mkdocs").handlers:
        if translator not in handler.filters:
            handler.addFilter(translator)
    return translator


def describe(config: Any) -> tuple[Path, str, str]:
    """(project folder, docs folder relative to it, config file name) of a loaded MkDocs config."""
    config_file = Path(config.config_file_path).resolve()
    project = config_file.parent
    docs = Path(config.docs_dir).resolve()
    try:
        docs_dir = docs.relative_to(project).as_posix()
    except ValueError:
        docs_dir = docs.as_posix()
    return project, docs_dir, config_file.name
