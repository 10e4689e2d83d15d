"""PyYAML's errors told as editors need them: the line to fix, the cause, then the fix, in Indonesian.

Both parsers PyYAML offers are covered: LibYAML's ``CSafeLoader`` (what ``yaml_source``
uses) and the pure-Python ``SafeLoader`` (its fallback). They word their errors
differently and LibYAML often leaves out the offending character, so the translation
classifies by the substrings both share and reads the source line itself for the rest
(the character, the quote, the anchor name, the value to put in quotes).

The line reported is the one the editor must change, which is often not the line
PyYAML marks: for a missing colon or an unclosed bracket PyYAML marks the next line,
for an unclosed quote the end of the file; the context mark is right in those cases.

- ``translate(exc, text)``: any parse error as a ``YamlProblem``
- ``constructor_problem(node, exc)``: a value that parses but cannot become data
  (a ``!tag``, a merge key ``<<``, a date such as 2023-02-30)
- ``lint_whitespace(text)``: tabs and no-break spaces (U+00A0) in indentation, found
  before parsing (a no-break space often parses, as a key that looks right but is not)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import yaml

__all__ = ["YamlProblem", "constructor_problem", "lint_whitespace", "translate"]

_NBSP = "\u00a0"

TAB = (
    "baris ini memakai karakter tab; YAML hanya menerima spasi untuk indentasi dan sebagai pemisah. "
    "Ganti setiap tab dengan spasi (2 spasi untuk setiap tingkat)"
)
NBSP = (
    "indentasi baris ini memuat spasi tak terlihat (U+00A0, biasanya terbawa saat menyalin dari Word "
    "atau PDF) yang bagi YAML bukan spasi; hapus spasi di awal baris lalu ketik ulang dengan tombol spasi"
)
TAG = (
    "nilai yang diawali '!' dibaca YAML sebagai tag, bukan teks; apit seluruh nilai dengan tanda kutip, "
    'misalnya: "!penting"'
)
GENERIC = (
    "penulisan YAML tidak valid di baris ini; periksa indentasi (hanya spasi, sejajar dengan kunci "
    "setingkat), titik dua diikuti spasi setelah setiap kunci, serta tanda kutip dan kurung yang "
    "berpasangan, di baris ini atau tepat di atasnya"
)


@dataclass(frozen=True)
class YamlProblem:
    line: int  # 1-based line the editor must change
    message: str  # Indonesian: cause first, then the fix
    excerpt: str = ""  # the text of that line, stripped, shown under the message
    kind: str = ""  # short name of the category (tests, statistics)

    def text(self) -> str:
        """The message followed by the offending line, indented, as chapter errors show it."""
        return f"{self.message}\n    {self.excerpt}" if self.excerpt else self.message


_At = Callable[[int, str, str], YamlProblem]


class _Lines:
    def __init__(self, text: str) -> None:
        self.lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")

    def get(self, line: int) -> str:
        """Text of the 1-based ``line``, or '' outside the file."""
        return self.lines[line - 1] if 0 < line <= len(self.lines) else ""

    def previous_content(self, line: int) -> int | None:
        """The nearest line above ``line`` that holds something other than a comment."""
        for number in range(line - 1, 0, -1):
            stripped = self.get(number).strip()
            if stripped and not stripped.startswith("#"):
                return number
        return None

    def at(self, line: int, message: str, kind: str) -> YamlProblem:
        return YamlProblem(line, message, self.get(line).strip(), kind)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _first_key_column(text: str) -> int:
    """Column (0-based) where the key of a line starts, after any '- ' list markers."""
    column = _indent(text)
    while text[column : column + 2] == "- ":
        column += 2
        while column < len(text) and text[column] == " ":
            column += 1
    return column


def _key_value(text: str) -> tuple[str, str]:
    """('key', 'value') of a 'key: value' line, list markers removed; ('', text) otherwise."""
    body = text[_first_key_column(text) :]
    match = re.match(r"([^:#'\"\[\]{}]+?):(?:\s+|$)(.*)$", body)
    if match:
        return match.group(1).strip(), match.group(2).strip()
    return "", body.strip()


def _quoted_example(text: str) -> str:
    """', misalnya: key: "value"' (the line with its value in double quotes), or ''."""
    key, value = _key_value(text)
    if not key or not value:
        return ""
    value = value.replace("\\", "\\\\").replace('"', '\\"')
    return f', misalnya: {key}: "{value}"'


def _spaces(count: int) -> str:
    return f"{count} spasi"


def _whitespace_in(lines: _Lines, line: int) -> YamlProblem | None:
    text = lines.get(line)
    if "\t" in text:
        return lines.at(line, TAB, "tab")
    if _NBSP in text:
        return lines.at(line, NBSP, "nbsp")
    return None


def translate(exc: yaml.YAMLError, text: str) -> YamlProblem:
    """Turn a PyYAML error raised while parsing ``text`` into an Indonesian problem with its line."""
    lines = _Lines(text)
    if isinstance(exc, yaml.reader.ReaderError):
        return _reader(exc, text, lines)
    if not isinstance(exc, yaml.MarkedYAMLError):
        return YamlProblem(1, GENERIC, "", "unknown")
    problem = exc.problem or ""
    context = exc.context or ""
    pmark, cmark = exc.problem_mark, exc.context_mark
    pline = pmark.line + 1 if pmark else (cmark.line + 1 if cmark else 1)
    pcol = pmark.column if pmark else 0
    cline = cmark.line + 1 if cmark else pline
    ccol = cmark.column if cmark else 0
    ptext = lines.get(pline)
    char = ptext[pcol] if pcol < len(ptext) else ""
    # a no-break space in the indentation of this line or the one above is the real cause of
    # whatever the parser says about the structure there
    for line in (pline, lines.previous_content(pline)):
        if line is not None:
            found = lint_whitespace(lines.get(line))
            if found and found[0].kind == "nbsp":
                return YamlProblem(line, NBSP, found[0].excerpt, "nbsp")
    at = lines.at
    if "tab character" in problem or (char == "\t" and "cannot start any token" in problem):
        return at(pline, TAB, "tab")
    if "could not find expected ':'" in problem:
        return _missing_colon(lines, cline)
    if problem.startswith("mapping values are not allowed"):
        return _colon_in_value(lines, pline, pcol)
    if "quoted scalar" in context and ("end of stream" in problem or "document" in problem):
        quote = lines.get(cline)[ccol : ccol + 1] or '"'
        return at(
            cline,
            f"tanda kutip {quote} yang dibuka di baris ini tidak ditutup; tambahkan {quote} di akhir nilai "
            "(tanda kutip pembuka dan penutup harus sama)",
            "quote-unclosed",
        )
    if any(word in problem for word in ("escape", "hexdecimal", "hexadecimal", "Unicode character")):
        return at(
            pline,
            "di dalam tanda kutip ganda, garis miring terbalik '\\' memulai kode khusus; tulis '\\\\' untuk "
            "garis miring terbalik, atau apit nilai dengan tanda kutip tunggal",
            "escape",
        )
    special = _special_start(lines, problem, context, pline, pcol, cline, char)
    if special is not None:
        return special
    if "flow mapping" in context or "flow sequence" in context:
        opening, closing = ("{", "}") if "mapping" in context else ("[", "]")
        if pline == cline:
            return at(
                cline,
                f"di dalam {opening}…{closing} pada baris ini ada isian tanpa koma pemisah, atau kurung "
                f"{opening} tidak ditutup; pisahkan setiap isian dengan koma dan tutup dengan {closing} di baris "
                "yang sama",
                "flow-unclosed",
            )
        return at(
            cline,
            f"kurung {opening} di baris ini tidak ditutup dengan {closing}; tambahkan {closing} di akhir isian",
            "flow-unclosed",
        )
    if "node content" in problem:
        return at(
            pline,
            "ada koma ganda, atau nilai diawali koma; hapus koma yang berlebih, atau apit nilai dengan tanda "
            "kutip bila koma itu bagian dari teks",
            "empty-node",
        )
    if "single document" in context:
        return at(
            pline,
            "baris '---' memulai dokumen YAML kedua, padahal satu berkas hanya boleh berisi satu dokumen; "
            "hapus baris ini",
            "second-document",
        )
    if any(part in context for part in ("block mapping", "block collection")) or any(
        part in problem for part in ("document start", "block end", "expected key", "'-' indicator")
    ):
        return _structure(lines, pline, pcol, cline, ccol, "block collection" in context)
    return at(pline, GENERIC, "unknown")


def _missing_colon(lines: _Lines, line: int) -> YamlProblem:
    """A line without 'key: value'; PyYAML marks the line after it, the context mark is right."""
    body = lines.get(line)
    if re.match(r"\s*(?:- +)?[^\s:#'\"]+:[^\s/]", body):
        key = body.strip().lstrip("- ").split(":", 1)[0]
        return lines.at(
            line,
            f"setelah titik dua pada '{key}:' tidak ada spasi, sehingga baris ini tidak dibaca sebagai "
            f"'kunci: nilai'; tambahkan satu spasi setelah titik dua ('{key}: …')",
            "colon-space",
        )
    nbsp = _whitespace_in(lines, line)
    if nbsp is not None and nbsp.kind == "nbsp":
        return nbsp
    return lines.at(
        line,
        "baris ini tidak memuat titik dua ':' pemisah kunci dan nilai; tulis 'kunci: nilai', atau, bila baris "
        "ini lanjutan teks dari baris di atasnya, geser ke kanan agar lebih menjorok daripada kuncinya",
        "colon-missing",
    )


def _colon_in_value(lines: _Lines, line: int, column: int) -> YamlProblem:
    """': ' inside a value, or a key indented under a line that already has a value."""
    text = lines.get(line)
    key_start = _first_key_column(text)
    if ":" not in text[key_start:column] and column >= key_start:
        above = lines.previous_content(line)
        if above is not None:
            return lines.at(
                line,
                f"baris ini ({_spaces(_indent(text))}) menjorok lebih dalam daripada baris {above} "
                f"({_spaces(_indent(lines.get(above)))}) yang sudah berisi nilai, sehingga terbaca sebagai lanjutan "
                "nilai itu; samakan indentasinya dengan kunci yang setingkat, atau kosongkan nilai di baris "
                f"{above} bila baris ini isinya",
                "indent-under-value",
            )
    return lines.at(
        line,
        "nilai di baris ini memuat titik dua yang diikuti spasi atau berada di akhir, yang bagi YAML memisahkan "
        f"kunci dan nilai; apit seluruh nilai dengan tanda kutip{_quoted_example(text)}",
        "colon-in-value",
    )


def _special_start(
    lines: _Lines, problem: str, context: str, pline: int, pcol: int, cline: int, char: str
) -> YamlProblem | None:
    """Characters with a meaning of their own in YAML at the start of a value: @ ` % ! & * ? - |."""
    ptext = lines.get(pline)
    at = lines.at
    if "cannot start any token" in problem or "found unknown directive" in problem:
        return at(
            pline,
            f"nilai tidak boleh diawali tanda '{char or '?'}' karena tanda itu punya arti khusus dalam YAML; apit "
            f"seluruh nilai dengan tanda kutip{_quoted_example(ptext)}",
            "reserved-char",
        )
    if "duplicate anchor" in context:
        name = re.match(r"&([^\s,\[\]{}]+)", ptext[pcol:])
        label = f"'&{name.group(1)}'" if name else "'&…'"
        return at(
            pline,
            f"penanda {label} sudah dipakai di baris {cline}; setiap penanda hanya boleh ditulis sekali. Beri nama "
            "lain, atau apit nilainya dengan tanda kutip bila '&' bagian dari teks",
            "anchor-duplicate",
        )
    if "alias" in context or "anchor" in context or "undefined alias" in problem:
        sign = "*" if ("alias" in context or "alias" in problem) else "&"
        return at(
            pline,
            f"nilai yang diawali '{sign}' dibaca YAML sebagai penanda atau rujukan, bukan teks; apit seluruh nilai "
            f"dengan tanda kutip{_quoted_example(ptext)}",
            "anchor-alias",
        )
    if "tag" in context or "tag handle" in problem:
        return at(pline, TAG, "tag")
    if "block scalar" in context:
        return at(
            cline,
            "setelah tanda '|' atau '>' (awal teks panjang) tidak boleh ada teks lain di baris yang sama; pindahkan "
            "teksnya ke baris berikutnya dan buat lebih menjorok daripada kuncinya",
            "block-scalar-header",
        )
    if "sequence entries are not allowed" in problem:
        return at(
            pline,
            "tanda '- ' (butir daftar) tidak boleh berada di baris yang sama dengan 'kunci:'; pindahkan setiap "
            "butir ke baris sendiri di bawah kuncinya dengan indentasi lebih dalam, atau tulis daftar dalam kurung "
            "siku, misalnya [a, b]",
            "sequence-inline",
        )
    if "mapping keys are not allowed" in problem:
        return at(
            pline,
            "nilai tidak boleh diawali tanda '?' karena tanda itu punya arti khusus dalam YAML; apit seluruh nilai "
            "dengan tanda kutip",
            "reserved-char",
        )
    return None


def _structure(lines: _Lines, pline: int, pcol: int, cline: int, ccol: int, in_list: bool) -> YamlProblem:
    """Indentation, or text after a closing quote or bracket: the parser expected a key or a '-'."""
    ptext = lines.get(pline)
    indent = _indent(ptext)
    at = lines.at
    whitespace = _whitespace_in(lines, pline)
    if whitespace is not None:
        return whitespace
    if pcol > indent:  # the unexpected token is inside the line: something follows a finished value
        return _after_value(lines, pline, pcol)
    stripped = ptext.strip()
    if stripped.startswith(":"):
        return at(
            pline, "baris ini diawali titik dua, tanpa nama kunci; tulis nama kuncinya sebelum titik dua", "key-missing"
        )
    siblings = ccol  # a block mapping's or sequence's context mark stands at its first key or '-'
    if in_list:
        key_column = _first_key_column(lines.get(cline))
        if stripped.startswith("- "):
            return at(
                pline,
                f"tanda '-' di baris ini ({_spaces(indent)}) tidak sejajar dengan tanda '-' butir lain di daftar yang "
                f"dimulai di baris {cline} ({_spaces(siblings)}); samakan indentasinya",
                "indent-list-dash",
            )
        return at(
            pline,
            f"baris ini ({_spaces(indent)}) berada di dalam daftar yang dimulai di baris {cline}, tetapi tidak "
            f"diawali '- ' dan tidak sejajar dengan kunci butir di atasnya ({_spaces(key_column)}); tambahkan atau "
            f"kurangi spasi hingga {_spaces(key_column)}, atau awali dengan '- ' bila ini butir baru",
            "indent-list",
        )
    if stripped.startswith("- "):
        return at(
            pline,
            f"butir daftar '- ' di baris ini ({_spaces(indent)}) berada di tempat yang berisi 'kunci: nilai' "
            f"(bagian yang dimulai di baris {cline}); butir daftar harus tepat di bawah kunci daftarnya dan sejajar "
            "dengan butir lain",
            "indent-dash-in-mapping",
        )
    above = lines.previous_content(pline)
    hint = ""
    if above is not None and _indent(lines.get(above)) not in (indent, siblings):
        hint = f" (baris {above} di atasnya memakai {_spaces(_indent(lines.get(above)))})"
    return at(
        pline,
        f"indentasi baris ini ({_spaces(indent)}) tidak cocok dengan kunci lain di bagian yang dimulai di baris "
        f"{cline} ({_spaces(siblings)}){hint}; samakan jumlah spasinya dengan kunci yang setingkat",
        "indent-mapping",
    )


def _after_value(lines: _Lines, line: int, column: int) -> YamlProblem:
    text = lines.get(line)
    key, value = _key_value(text)
    rest = text[column:].strip()
    at = lines.at
    if rest[:1] in ("]", "}"):
        return at(
            line,
            f"tanda '{rest[0]}' di baris ini berlebih (tidak ada kurung pembuka yang cocok); hapus tanda itu",
            "bracket-extra",
        )
    if value[:1] == "'" and value.count("'") > 2:
        return at(
            line,
            "tanda petik tunggal di tengah nilai (misalnya apostrof) menutup nilai yang diawali petik tunggal "
            "terlalu awal; tulis apostrof sebagai dua petik ('') atau apit nilai dengan tanda kutip ganda",
            "quote-apostrophe",
        )
    if value[:1] in ("'", '"'):
        plain = value.replace('"', "").strip("'")
        example = f', misalnya: {key}: "{plain}"' if key else ""
        return at(
            line,
            "ada teks setelah tanda kutip penutup; nilai yang diawali tanda kutip harus berakhir dengan tanda "
            f"kutip. Apit seluruh nilai dengan tanda kutip{example}",
            "text-after-quote",
        )
    if value[:1] in ("[", "{"):
        return at(
            line,
            f"nilai yang diawali '{value[0]}' dibaca sebagai daftar atau bagian, lalu ada teks setelah kurung "
            f"penutupnya; bila ini teks biasa, apit seluruh nilai dengan tanda kutip{_quoted_example(text)}",
            "text-after-bracket",
        )
    return at(line, GENERIC, "unknown")


def _reader(exc: yaml.reader.ReaderError, text: str, lines: _Lines) -> YamlProblem:
    """A character YAML does not accept at all (a control character): LibYAML gives no line, only a position."""
    position = exc.position if isinstance(exc.position, int) else 0
    line = text.count("\n", 0, min(position, len(text))) + 1
    code = f"U+{exc.character:04X}" if isinstance(exc.character, int) else "tak dikenal"
    return lines.at(
        line,
        f"baris ini memuat karakter tak terlihat yang tidak diizinkan ({code}), biasanya terbawa saat menyalin "
        "dari dokumen lain; hapus lalu ketik ulang bagian itu",
        "control-char",
    )


def constructor_problem(node: yaml.Node, exc: Exception) -> YamlProblem:
    """A value that parsed but cannot become data: a tag, a merge key, an impossible date."""
    line = node.start_mark.line + 1
    if node.tag == "tag:yaml.org,2002:merge":
        return YamlProblem(
            line,
            "kunci '<<' (penggabungan bagian YAML) tidak dipakai di berkas data; tulis isinya langsung",
            "",
            "merge",
        )
    if node.tag == "tag:yaml.org,2002:timestamp":
        return YamlProblem(
            line,
            f"tanggal '{node.value}' tidak ada di kalender; periksa tanggal dan bulannya (format TTTT-BB-HH)",
            "",
            "date",
        )
    if node.tag.startswith("!") or isinstance(exc, yaml.constructor.ConstructorError):
        return YamlProblem(line, TAG, "", "tag")
    return YamlProblem(
        line, f"nilai '{node.value}' tidak dapat dibaca; apit dengan tanda kutip bila itu teks", "", "value"
    )


def lint_whitespace(text: str) -> list[YamlProblem]:
    """Tabs and no-break spaces in the indentation of any line, found before parsing.

    A no-break space (U+00A0, pasted from Word or a PDF) is not whitespace for YAML: the line
    often still parses, as a key that starts with an invisible character, and the editor then
    reads "kunci tidak dikenal" about a key that looks right. Tabs always fail to parse, but
    this names every such line at once.
    """
    problems = []
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        lead = line[: len(line) - len(line.lstrip(" \t\u00a0"))]
        if "\t" in lead:
            problems.append(YamlProblem(number, TAB, line.strip(), "tab"))
        elif _NBSP in lead:
            problems.append(YamlProblem(number, NBSP, line.strip(), "nbsp"))
    return problems
