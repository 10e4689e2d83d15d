"""Reads our PDF back and checks the tagging, PDF/A + PDF/UA claims and attachments with pypdf.

A helper of the PDF tests (test_pdf_accessible.py, test_pdf_tagging.py), and a command for
a quick look: ``.venv/bin/python tests/pdf_check.py site/pdf/<slug>.pdf site/`` prints
every finding and exits 1 when there is one. Only pypdf (already pinned) is needed.

This is no conformance validator (veraPDF is the reference and cannot be installed
here, see the research notes): it checks what the issue promises and what WeasyPrint
is known to get wrong, on the file as a reader gets it.

* catalog: /StructTreeRoot, /MarkInfo /Marked true, /Lang "id...", /ViewerPreferences
  /DisplayDocTitle true, /OutputIntents
* XMP: pdfaid:part + pdfaid:conformance and pdfuaid:part, declared with an extension
  schema; document information equal to XMP (title, author, subject, keywords, producer,
  creator, dates)
* fonts: every font used on a page or in a form XObject embeds its program
* structure: every /Figure has /Alt; every /Table has a TH and every TD's /Headers names
  existing TH ids; every TH has /Scope; LI holds only Lbl/LBody; headings start at H1
  and skip no level; H1-H3 match the outline (cover title aside)
* content: every text/path/image drawing operator is inside tagged marked content (MCID)
  or an /Artifact, never an artifact inside tagged content or the reverse; every MCID
  drawn on a page is reachable from the structure tree; no leader dots as content
* links: every link annotation hangs under a Link element reachable from the root and
  has /Contents
* attachments: /EmbeddedFiles names sorted, each in the catalog /AF with
  /AFRelationship, MIME /Subtype and /Params /ModDate; bytes equal to the site's files
* reading order: ``tag_order_text(reader, page)`` gives a page's text in structure order
  (an element's /ActualText replaces the text of its content, as screen readers read it)
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, ContentStream, DictionaryObject, IndirectObject, NameObject

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "pdfuaid": "http://www.aiim.org/pdfua/ns/id/",
    "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#",
}
TEXT_OPS = {b"Tj", b"TJ", b"'", b'"'}
PAINT_OPS = TEXT_OPS | {b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"Do", b"sh", b"BI"}
HEADING = re.compile(r"^/H([1-6])$")
LEADER = re.compile(r"^\s*[.·…]+\s*$")


# --- the structure tree ------------------------------------------------------------


@dataclass
class Element:
    """One structure element, in document order."""

    kind: str  # "/P", "/H1", ...
    obj: DictionaryObject
    ref: int  # object number
    parent: Element | None
    page: int | None
    mcids: list[tuple[int, int]] = field(default_factory=list)  # (page, mcid) directly under it
    objrs: list[int] = field(default_factory=list)  # annotation object numbers
    children: list[Element] = field(default_factory=list)

    def descendants(self) -> Iterator[Element]:
        for child in self.children:
            yield child
            yield from child.descendants()

    def all_mcids(self) -> Iterator[tuple[int, int]]:
        """Own and descendants' marked content, in structure order."""
        for item in self.order:
            if isinstance(item, Element):
                yield from item.all_mcids()
            else:
                yield item

    order: list[Any] = field(default_factory=list)  # children and (page, mcid) interleaved


class Tree:
    def __init__(self, reader: PdfReader) -> None:
        self.reader = reader
        self.page_of = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}
        self.elements: list[Element] = []
        root = reader.trailer["/Root"].get("/StructTreeRoot")
        self.root = root.get_object() if root is not None else None
        if self.root is not None:
            for kid in _array(self.root.get("/K")):
                self._walk(kid, None, None)

    def _walk(self, node: Any, parent: Element | None, page: int | None) -> None:
        ref = node.idnum if isinstance(node, IndirectObject) else -1
        obj = node.get_object()
        if "/Pg" in obj:
            page = self.page_of.get(obj.get("/Pg").idnum, page)
        element = Element(str(obj.get("/S")), obj, ref, parent, page)
        self.elements.append(element)
        if parent is not None:
            parent.children.append(element)
            parent.order.append(element)
        for kid in _array(obj.get("/K")):
            if isinstance(kid, int):
                element.mcids.append((page, int(kid)))
                element.order.append((page, int(kid)))
                continue
            kid_obj = kid.get_object()
            if not isinstance(kid_obj, DictionaryObject):
                continue
            kind = kid_obj.get("/Type")
            if kind == "/OBJR":
                element.objrs.append(kid_obj.get("/Obj").idnum)
            elif kind == "/MCR":
                kid_page = self.page_of.get(kid_obj.get("/Pg").idnum, page) if "/Pg" in kid_obj else page
                element.mcids.append((kid_page, int(kid_obj["/MCID"])))
                element.order.append((kid_page, int(kid_obj["/MCID"])))
            elif "/S" in kid_obj:
                self._walk(kid, element, page)

    def of(self, *kinds: str) -> list[Element]:
        return [e for e in self.elements if e.kind in kinds]


def _res(value: Any) -> Any:
    """The object itself for an indirect reference (DictionaryObject.get does not resolve)."""
    return value.get_object() if isinstance(value, IndirectObject) else value


def _array(value: Any) -> list[Any]:
    if value is None:
        return []
    value = (
        value.get_object()
        if isinstance(value, IndirectObject) and not isinstance(value.get_object(), DictionaryObject)
        else value
    )
    return list(value) if isinstance(value, ArrayObject) else [value]


def parse_once(reader: PdfReader) -> PdfReader:
    """Put each page's content stream, parsed, in place of its /Contents (in memory only).

    pypdf parses a page's content again for every text extraction and every
    ``get_contents()``, most of the checker's time; its text extraction uses a /Contents
    that already is a ``ContentStream`` as it is, and a ``ContentStream`` keeps its parsed
    operations, so each page is parsed once for every check."""
    for page in reader.pages:
        content = page.get_contents()
        if content is not None:  # strings left as bytes, as pypdf's text extraction parses them
            page[NameObject("/Contents")] = ContentStream(content, reader, "bytes")
    return reader


def _contents(page: Any) -> ContentStream | None:
    """The page's content stream: the one ``parse_once`` put in place, else a new one."""
    content = page.get("/Contents")
    content = content.get_object() if content is not None else None
    if content is None or isinstance(content, ContentStream):
        return content
    return page.get_contents()  # type: ignore[no-any-return]


# --- text per marked content -----------------------------------------------------


def mcid_texts(reader: PdfReader, page_index: int) -> dict[int, str]:
    """Text of each MCID on a page, decoded by pypdf's own text extraction.

    pypdf reports text when it flushes (at ET, Tf, cm...), possibly after the EMC of
    its marked content, so each piece goes to the MCID that was open when its last
    text-showing operator ran."""
    page = reader.pages[page_index]
    properties = (page.get("/Resources") or {}).get("/Properties") or {}
    stack: list[int | None] = []
    state = {"last": None}
    texts: dict[int, list[str]] = {}

    def before(operator: bytes, operands: list[Any], *_: Any) -> None:
        if operator in (b"BDC", b"BMC"):
            mcid = None
            if operator == b"BDC" and len(operands) > 1:
                props = operands[1]
                if isinstance(props, NameObject):
                    props = properties.get(props, {})
                props = props.get_object() if hasattr(props, "get_object") else props
                if isinstance(props, dict) and "/MCID" in props:
                    mcid = int(props["/MCID"])
            stack.append(mcid)
        elif operator == b"EMC" and stack:
            stack.pop()
        elif operator in TEXT_OPS:
            state["last"] = next((m for m in reversed(stack) if m is not None), None)

    def text(value: str, *_: Any) -> None:
        if value and state["last"] is not None:
            texts.setdefault(state["last"], []).append(value)

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return {mcid: "".join(parts) for mcid, parts in texts.items()}


def tag_order_text(reader: PdfReader, page_index: int, tree: Tree | None = None) -> str:
    """A page's text as a screen reader reads it: marked content in structure-tree order."""
    tree = tree or Tree(reader)
    texts = {page_index: mcid_texts(reader, page_index)}
    parts: list[str] = []
    for top in [e for e in tree.elements if e.parent is None]:
        parts += _pieces(top, texts, page_index)
    return join_parts(parts)


def _pieces(element: Element, texts: dict[int, dict[int, str]], page: int | None) -> list[str]:
    """Text pieces of an element in structure order (only those on ``page`` unless None);
    its /ActualText stands for all of its content."""
    if "/ActualText" in element.obj:
        on_page = page is None or any(p == page for p, _ in element.all_mcids())
        return [str(element.obj["/ActualText"])] if on_page else []
    parts: list[str] = []
    for item in element.order:
        if isinstance(item, Element):
            parts += _pieces(item, texts, page)
        elif page is None or item[0] == page:
            parts.append(texts.get(item[0], {}).get(item[1], ""))
    return [part for part in parts if part]


def join_parts(parts: list[str]) -> str:
    """Text pieces of consecutive marked content as one string: a piece carries its own
    spaces inside a line, but a line break between pieces has none, so a space is put in
    unless the next piece starts with punctuation."""
    text = ""
    for part in parts:
        if (
            text
            and not text[-1].isspace()
            and text[-1] not in "([“‘"
            and part
            and not part[0].isspace()
            and part[0] not in ",.;:!?)]”’%"
        ):
            text += " "
        text += part
    return " ".join(text.split())


def element_text(element: Element, texts_by_page: dict[int, dict[int, str]]) -> str:
    return join_parts(_pieces(element, texts_by_page, None))


# --- the checks ------------------------------------------------------------------


@dataclass
class Report:
    findings: list[str] = field(default_factory=list)
    attachments: dict[str, int] = field(default_factory=dict)  # name -> size in bytes
    facts: dict[str, Any] = field(default_factory=dict)

    def fail(self, message: str) -> None:
        self.findings.append(message)


def check(path: Path, site_dir: Path | None = None, cover_title: bool = True) -> Report:
    """Every check on one PDF; ``site_dir`` adds the byte comparison of attachments."""
    reader = parse_once(PdfReader(path))
    report = Report()
    tree = Tree(reader)
    texts = {index: mcid_texts(reader, index) for index in range(len(reader.pages))}
    check_catalog(reader, report)
    check_xmp(reader, report)
    check_fonts(reader, report)
    check_structure(tree, report)
    check_content(reader, tree, report)
    check_leaders(texts, report)
    check_links(reader, tree, report)
    check_attachments(reader, report, site_dir)
    check_headings(reader, tree, report, texts, cover_title)
    return report


def check_catalog(reader: PdfReader, report: Report) -> None:
    catalog = reader.trailer["/Root"]
    if "/StructTreeRoot" not in catalog:
        report.fail("katalog: tidak ada /StructTreeRoot (PDF tidak bertag)")
    if not _true(_res(catalog.get("/MarkInfo") or {}).get("/Marked")):
        report.fail("katalog: /MarkInfo /Marked bukan true")
    if not str(catalog.get("/Lang", "")).startswith("id"):
        report.fail(f"katalog: /Lang {catalog.get('/Lang')!r}, seharusnya 'id'")
    if not _true(_res(catalog.get("/ViewerPreferences") or {}).get("/DisplayDocTitle")):
        report.fail("katalog: /ViewerPreferences /DisplayDocTitle bukan true")
    if not catalog.get("/OutputIntents"):
        report.fail("katalog: tidak ada /OutputIntents (PDF/A)")
    report.facts["pdf_header"] = reader.pdf_header


def _true(value: Any) -> bool:
    """A PDF boolean true (pypdf's BooleanObject is no Python ``True``)."""
    return value is not None and str(value).lower() == "true"


def _xmp_value(root: ET.Element, prefix: str, name: str) -> str | None:
    """A simple XMP property, written as an element or as an attribute of rdf:Description."""
    tag = f"{{{NS[prefix]}}}{name}"
    for description in root.iter(f"{{{NS['rdf']}}}Description"):
        if tag in description.attrib:
            return description.attrib[tag]
        child = description.find(tag)
        if child is not None:
            items = [li.text or "" for li in child.iter(f"{{{NS['rdf']}}}li")]
            return ", ".join(items) if items else (child.text or "")
    return None


def check_xmp(reader: PdfReader, report: Report) -> None:
    metadata = reader.trailer["/Root"].get("/Metadata")
    if metadata is None:
        report.fail("XMP: tidak ada /Metadata")
        return
    stream = metadata.get_object()
    root = ET.fromstring(stream.get_data())
    claims = {key: _xmp_value(root, *key.split(":")) for key in ("pdfaid:part", "pdfaid:conformance", "pdfuaid:part")}
    report.facts["xmp"] = claims
    if claims["pdfaid:part"] != "3" or claims["pdfaid:conformance"] != "A":
        report.fail(f"XMP: klaim PDF/A {claims['pdfaid:part']}{claims['pdfaid:conformance']}, seharusnya 3A")
    if claims["pdfuaid:part"] != "1":
        report.fail(f"XMP: pdfuaid:part {claims['pdfuaid:part']!r}, seharusnya 1")
    declared = {el.text for el in root.iter(f"{{{NS['pdfaSchema']}}}namespaceURI")}
    if claims["pdfuaid:part"] and NS["pdfuaid"] not in declared:
        report.fail("XMP: pdfuaid dipakai tanpa skema ekstensi PDF/A (pdfaExtension:schemas)")
    pairs = {
        "/Title": ("dc", "title"),
        "/Author": ("dc", "creator"),
        "/Subject": ("dc", "description"),
        "/Keywords": ("pdf", "Keywords"),
        "/Producer": ("pdf", "Producer"),
        "/Creator": ("xmp", "CreatorTool"),
    }
    info = reader.trailer.get("/Info")
    info = info.get_object() if info is not None else {}
    for key, (prefix, name) in pairs.items():
        if key in info and str(info[key]) != (_xmp_value(root, prefix, name) or ""):
            report.fail(f"XMP: {key} di /Info {str(info[key])!r} berbeda dari {prefix}:{name} di XMP")
    for key, name in (("/CreationDate", "CreateDate"), ("/ModDate", "ModifyDate")):
        if key in info:
            xmp_date = re.sub(r"\D", "", _xmp_value(root, "xmp", name) or "")[:14]
            if re.sub(r"\D", "", str(info[key]))[:14] != xmp_date:
                report.fail(f"XMP: {key} di /Info berbeda dari xmp:{name}")
    for prefix, name in (
        ("dc", "title"),
        ("dc", "creator"),
        ("dc", "description"),
        ("dc", "rights"),
        ("pdf", "Keywords"),
        ("xmp", "CreateDate"),
    ):
        value = _xmp_value(root, prefix, name)
        report.facts[f"{prefix}:{name}"] = value
        if not value:
            report.fail(f"XMP: {prefix}:{name} kosong")
    report.facts["xmpMM:VersionID"] = root.findtext(".//{http://ns.adobe.com/xap/1.0/mm/}VersionID")


def _fonts(resources: Any, seen: set[int]) -> Iterator[tuple[str, DictionaryObject]]:
    resources = resources.get_object() if resources is not None else {}
    for name, font in (resources.get("/Font") or {}).items():
        yield name, font.get_object()
    for xobject in (resources.get("/XObject") or {}).values():
        if xobject.idnum in seen:
            continue
        seen.add(xobject.idnum)
        obj = xobject.get_object()
        if obj.get("/Subtype") == "/Form":
            yield from _fonts(obj.get("/Resources"), seen)


def check_fonts(reader: PdfReader, report: Report) -> None:
    seen: set[int] = set()
    names = set()
    for page in reader.pages:
        for _, font in _fonts(page.get("/Resources"), seen):
            descriptor_owner = font["/DescendantFonts"][0].get_object() if font.get("/Subtype") == "/Type0" else font
            base = str(descriptor_owner.get("/BaseFont", font.get("/Subtype")))
            names.add(base)
            if font.get("/Subtype") == "/Type3":
                continue  # glyphs are content streams: nothing to embed
            descriptor = (descriptor_owner.get("/FontDescriptor") or DictionaryObject()).get_object()
            if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                report.fail(f"fon: {base} tidak ditanam (tidak ada FontFile/FontFile2/FontFile3)")
    report.facts["fonts"] = sorted(names)


def check_structure(tree: Tree, report: Report) -> None:
    if tree.root is None:
        return
    for figure in tree.of("/Figure"):
        if not str(figure.obj.get("/Alt", "")).strip():
            report.fail(f"struktur: /Figure di halaman {_page(figure)} tanpa /Alt")
    ids = {str(e.obj["/ID"]) for e in tree.of("/TH") if "/ID" in e.obj}
    for table in tree.of("/Table"):
        cells = [e for e in table.descendants() if e.kind in ("/TH", "/TD") and _owner_table(e) is table]
        if not any(c.kind == "/TH" for c in cells):
            report.fail(f"struktur: /Table di halaman {_page(table)} tanpa sel TH")
        for cell in cells:
            attributes = _attributes(cell)
            if cell.kind == "/TH" and "/Scope" not in attributes:
                report.fail(f"struktur: TH tanpa /Scope di halaman {_page(cell)}")
            for header in attributes.get("/Headers", []):
                if str(header) not in ids:
                    report.fail(f"struktur: TD di halaman {_page(cell)} merujuk TH {header} yang tidak ada")
            if cell.kind == "/TD" and not attributes.get("/Headers"):
                report.fail(f"struktur: TD di halaman {_page(cell)} tanpa /Headers (sel data tanpa judul kolom/baris)")
    for heading in [e for e in tree.elements if HEADING.match(e.kind)]:
        outer = heading.parent
        while outer is not None and not HEADING.match(outer.kind):
            outer = outer.parent
        if outer is not None:
            report.fail(f"struktur: {heading.kind} di dalam {outer.kind} di halaman {_page(heading)}")
    for item in tree.of("/LI"):
        odd = sorted({c.kind for c in item.children} - {"/Lbl", "/LBody"})
        if odd:
            report.fail(f"struktur: LI di halaman {_page(item)} berisi {', '.join(odd)} (hanya Lbl dan LBody)")
    report.facts["elements"] = len(tree.elements)
    report.facts["figures"] = len(tree.of("/Figure"))
    report.facts["tables"] = len(tree.of("/Table"))


def _owner_table(element: Element) -> Element | None:
    node = element.parent
    while node is not None and node.kind != "/Table":
        node = node.parent
    return node


def _attributes(element: Element) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for attribute in _array(element.obj.get("/A")):
        attribute = attribute.get_object()
        if isinstance(attribute, DictionaryObject):
            merged.update(attribute)
    return merged


def _page(element: Element) -> str:
    return "?" if element.page is None else str(element.page + 1)


def check_content(reader: PdfReader, tree: Tree, report: Report) -> None:
    """Drawing outside tagged content or artifacts, and MCIDs the tree never reaches."""
    reachable = {mcid for e in tree.elements for mcid in e.mcids}
    untagged: dict[int, int] = {}
    orphans: dict[int, list[int]] = {}
    nested: dict[int, int] = {}  # artifact inside tagged content or the reverse (ISO 14289-1 7.1)
    for index, page in enumerate(reader.pages):
        content = _contents(page)
        if content is None:
            continue
        stack: list[str] = []
        for operands, operator in content.operations:
            if operator in (b"BDC", b"BMC"):
                tag = str(operands[0])
                props = operands[1] if operator == b"BDC" and len(operands) > 1 else None
                if isinstance(props, dict) and "/MCID" in props:
                    mcid = int(props["/MCID"])
                    if "artifact" in stack:
                        nested[index] = nested.get(index, 0) + 1
                    stack.append("mcid")
                    if (index, mcid) not in reachable:
                        orphans.setdefault(index, []).append(mcid)
                elif tag == "/Artifact":
                    if "mcid" in stack:
                        nested[index] = nested.get(index, 0) + 1
                    stack.append("artifact")
                else:
                    stack.append("other")
            elif operator == b"EMC" and stack:
                stack.pop()
            elif operator in PAINT_OPS and not any(s in ("mcid", "artifact") for s in stack):
                untagged[index] = untagged.get(index, 0) + 1
    for index, count in sorted(untagged.items()):
        report.fail(f"isi: {count} operasi gambar/teks di halaman {index + 1} tidak bertag dan bukan artefak")
    for index, count in sorted(nested.items()):
        report.fail(f"isi: {count} artefak di dalam isi bertag (atau sebaliknya) di halaman {index + 1}")
    for index, mcids in sorted(orphans.items()):
        report.fail(f"isi: MCID {mcids[:5]} di halaman {index + 1} tidak tercapai dari pohon struktur")


def check_leaders(texts: dict[int, dict[int, str]], report: Report) -> None:
    """Leader dots (Daftar Isi) are layout, not text a screen reader should read out: three
    or more consecutive MCIDs of dots only (a sentence's full stop after a link is one)."""
    for page, by_mcid in sorted(texts.items()):
        dots = sorted(mcid for mcid, text in by_mcid.items() if LEADER.match(text))
        runs = [m for m in dots if m + 1 in dots and m + 2 in dots]
        if runs:
            report.fail(f"isi: titik pengisi bertag sebagai isi di halaman {page + 1} (MCID {runs[0]} dst.)")


def check_links(reader: PdfReader, tree: Tree, report: Report) -> None:
    owners = {objr: e for e in tree.elements for objr in e.objrs}
    for index, page in enumerate(reader.pages):
        if page.get("/Annots") and page.get("/Tabs") != "/S":
            report.fail(f"tautan: halaman {index + 1} tanpa /Tabs /S")
        for annotation in page.get("/Annots") or []:
            obj = annotation.get_object()
            if obj.get("/Subtype") != "/Link":
                continue
            owner = owners.get(annotation.idnum)
            if owner is None or owner.kind != "/Link":
                report.fail(
                    f"tautan: anotasi di halaman {index + 1} tidak di bawah elemen Link "
                    f"({owner.kind if owner else 'tanpa elemen'})"
                )
            if not str(obj.get("/Contents", "")).strip():
                report.fail(f"tautan: anotasi di halaman {index + 1} tanpa /Contents")


def check_attachments(reader: PdfReader, report: Report, site_dir: Path | None) -> None:
    catalog = reader.trailer["/Root"]
    names_tree = _res(_res(catalog.get("/Names") or {}).get("/EmbeddedFiles") or DictionaryObject())
    names = _res(names_tree.get("/Names") or ArrayObject())
    keys = [str(names[i]) for i in range(0, len(names), 2)]
    if keys != sorted(keys):
        report.fail("lampiran: nama di /EmbeddedFiles tidak urut (pohon nama PDF wajib urut)")
    af = {ref.idnum for ref in _res(catalog.get("/AF") or ArrayObject())}
    for i in range(0, len(names), 2):
        spec_ref = names[i + 1]
        spec = spec_ref.get_object()
        name = str(spec.get("/UF") or spec.get("/F"))
        stream = spec["/EF"]["/F"].get_object()
        content = stream.get_data()
        report.attachments[name] = len(content)
        if spec_ref.idnum not in af:
            report.fail(f"lampiran: {name} tidak ada di /AF katalog")
        if "/AFRelationship" not in spec:
            report.fail(f"lampiran: {name} tanpa /AFRelationship")
        if "/Subtype" not in stream or "/ModDate" not in (stream.get("/Params") or {}):
            report.fail(f"lampiran: {name} tanpa /Subtype (MIME) atau /Params /ModDate")
        if site_dir is not None:
            original = site_dir / "data" / name
            if not original.exists():
                report.fail(f"lampiran: {name} tidak ada di {site_dir / 'data'}")
            elif original.read_bytes() != content:
                report.fail(f"lampiran: {name} berbeda dari berkas situs")
    if site_dir is not None:
        published = sorted(p.name for p in (site_dir / "data").iterdir() if p.suffix in (".csv", ".json"))
        missing = sorted(set(published) - set(report.attachments))
        if missing:
            report.fail(f"lampiran: {len(missing)} berkas data terbuka tidak dilampirkan: {', '.join(missing[:5])}")


def outline_entries(reader: PdfReader) -> list[tuple[int, str]]:
    """(level, title) of every bookmark, in order."""
    entries: list[tuple[int, str]] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                entries.append((level, " ".join(str(item.title).split())))

    walk(reader.outline, 1)
    return entries


def check_headings(
    reader: PdfReader, tree: Tree, report: Report, texts: dict[int, dict[int, str]], cover_title: bool = True
) -> None:
    headings = [e for e in tree.elements if HEADING.match(e.kind)]
    if not headings:
        report.fail("judul: tidak ada elemen H1-H6")
        return
    levels = [int(e.kind[2]) for e in headings]
    if levels[0] != 1:
        report.fail(f"judul: judul pertama {headings[0].kind}, seharusnya H1")
    for previous, current, element in zip(levels, levels[1:], headings[1:], strict=False):
        if current > previous + 1:
            report.fail(f"judul: H{previous} lalu H{current} di halaman {_page(element)} (tingkat terlewati)")
    found = [(int(e.kind[2]), element_text(e, texts)) for e in headings if int(e.kind[2]) <= 3]
    found = [(level, text) for level, text in found if text]  # a heading split over pages repeats empty
    if cover_title:
        found = found[1:]  # the cover's title: an H1 without bookmark
    outline = outline_entries(reader)
    report.facts["headings"] = len(headings)
    report.facts["outline"] = len(outline)
    if found != outline:
        pairs = [(a, b) for a, b in zip(found, outline, strict=False) if a != b]
        first = pairs[0] if pairs else (found[len(outline) :][:1], outline[len(found) :][:1])
        report.fail(
            f"judul: H1-H3 tidak sama dengan penanda buku ({len(found)} lawan {len(outline)}); pertama berbeda: {first}"
        )


# --- command line ------------------------------------------------------------------


def main(argv: list[str]) -> int:
    path = Path(argv[0])
    site = Path(argv[1]) if len(argv) > 1 else None
    report = check(path, site)
    for finding in report.findings:
        print(finding)
    for key, value in report.facts.items():
        print(f"# {key}: {value}")
    print(f"# lampiran: {len(report.attachments)} berkas, {sum(report.attachments.values())} bita")
    print(f"{len(report.findings)} temuan")
    return 1 if report.findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
