"""Repairs to the structure tree of WeasyPrint's tagged PDF, made in a ``finisher``.

WeasyPrint 70 tags the document from the laid-out boxes (``weasyprint/pdf/tags.py``). On
this document that tree has gaps that PDF/UA-1 (ISO 14289-1) and screen readers mind:

* The text of @page margin boxes (running heads, page numbers, the DRAF mark) is marked
  content whose structure elements are never linked into the tree: neither content nor
  artifact. Here it becomes ``/Artifact`` with ``/Type /Pagination`` and ``/Subtype
  /Header``, ``/Footer`` or ``/Watermark`` (``@bottom-left``, where print.css puts DRAF).
* ``leader(".")`` in Daftar Isi, Tabel and Gambar is one tagged run per dot, read aloud as
  dots. Here the dots become a ``/Layout`` artifact.
* A link becomes several nested Link elements (the ``<a>``, its ``::after`` page number,
  the leader), and a link annotation on an inline-block inside a link (``span.label`` in
  Daftar Tabel) lands under a Span. Here each link is one Link element holding all its
  annotations, and each annotation's ``/Contents`` is the link's text, not its target.
* A chart's ``/Alt`` is its SVG ``<title>`` only. Here it is the accessible name a browser
  gives it: ``aria-label``, else the texts of the ``aria-labelledby`` ids (number, title
  and the description of the data), else ``<title>`` and ``<desc>``. A chart without any
  text fails the build.
* A heading whose first part is a block (``span.nomor-bab``) holds the rest of its text
  in an anonymous block tagged as a second heading inside the first; that one becomes
  NonStruct (so with P and Caption).
* List items of loose Markdown lists hold P directly; here their content is wrapped in
  LBody (LI = Lbl + LBody, ISO 32000-1 14.8.4.3.3).
* Text with bidirectional controls (a right-to-left override in data: "\u202etxt.exe") is
  drawn in visual order, so the tagged text would read the disguised "exe.txt". A table
  cell holding such text gets ``/ActualText`` with the text as written in the data.
* Table headers: WeasyPrint sets no ``/Scope`` and computes ``/Headers`` with a column
  index that ignores rowspans. Here the grid of each table part is computed again, every
  TH gets ``/Scope`` (from ``scope``, else Column in thead, Row for a row's leading th)
  and every TD the ids of the column and row headers over it, listed in the IDTree.

Why a finisher: ``write_pdf(finisher=...)`` is WeasyPrint's documented hook; it runs
after the whole PDF is built and before it is written, with the pydyf objects in hand.
No WeasyPrint function is replaced. What this module *reads* is WeasyPrint's internal
state, though: the laid-out boxes (``page._page_box``, ``MarginBox.at_keyword``,
``is_leader``, ``link_annotation``, the ``mark`` that tags.py leaves on table cells) and
the page content streams as pydyf keeps them (a list of operators). That is why
``require_supported`` accepts exactly one WeasyPrint version, and why
tests/test_pdf_tagging.py renders a small document with every construct above and fails
if one repair no longer happens. Raising the version means re-running those tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pydyf
import weasyprint
from weasyprint.formatting_structure import boxes
from weasyprint.layout.absolute import AbsolutePlaceholder

SUPPORTED = "70.0"
SVG = "{http://www.w3.org/2000/svg}"
NULL = b"null"
# an anonymous block inside one of these gets the same tag again: not a second element
NOT_NESTED = frozenset({"/H1", "/H2", "/H3", "/H4", "/H5", "/H6", "/P", "/Caption"})
# bidirectional formatting characters: text holding one is drawn in another order than written
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class TaggingError(Exception):
    """The structure tree cannot be repaired: another WeasyPrint, or a construct not handled here."""


def require_supported(version: str | None = None) -> None:
    """Fail with a clear message unless WeasyPrint is the version this module was written for."""
    version = version or weasyprint.__version__
    if version != SUPPORTED:
        raise TaggingError(
            f"PDF: macros/outputs/pdf/tagging.py membaca struktur internal WeasyPrint {SUPPORTED}, "
            f"yang terpasang {version}. Jalankan tests/test_pdf_tagging.py dan periksa setiap perbaikan "
            "penandaan sebelum mengganti versi WeasyPrint di requirements.txt."
        )


@dataclass
class Repaired:
    """What one run changed; logged by the writer, asserted by the tests."""

    pagination: int = 0  # margin-box runs made artifacts
    leaders: int = 0  # leader dots made artifacts
    links: int = 0  # nested Link elements merged into their link
    link_elements: int = 0  # elements holding a link annotation retagged as Link
    headings: int = 0  # same-tag anonymous children made NonStruct
    list_bodies: int = 0  # LBody wrappers added
    figures: int = 0  # /Alt set from the accessible name
    header_cells: int = 0  # TH given /Scope
    actual_texts: int = 0  # cells with bidirectional controls given /ActualText
    spans: int = 0  # plain Span and NonStruct elements folded into their parent


def repair(document: Any, pdf: pydyf.PDF) -> Repaired:
    """Repair the structure tree of ``pdf`` (being written from ``document``) in place."""
    require_supported()
    if "StructTreeRoot" not in pdf.catalog:
        raise TaggingError("PDF: dokumen tidak bertag; perbaikan penandaan memerlukan pdf_variant bertag")
    tree = _Tree(pdf)
    done = Repaired()
    reachable = tree.reachable()
    for index, page in enumerate(document.pages):
        _margin_boxes(tree, page._page_box, index, reachable, done)
    for index, page in enumerate(document.pages):
        _walk_page(tree, page._page_box, index, done)
    done.links = tree.merge_nested_links()
    done.headings = tree.demote_same_tag()
    done.list_bodies = tree.wrap_list_bodies()
    done.spans = tree.flatten_spans()
    tree.write_id_tree()
    return done


# --- the pydyf side -----------------------------------------------------------------


def _number(reference: Any) -> int | None:
    """Object number of a pydyf reference (b'12 0 R'); None for an MCID (int)."""
    if isinstance(reference, bytes | str):
        text = reference.decode() if isinstance(reference, bytes) else reference
        parts = text.split()
        if len(parts) == 3 and parts[2] == "R":
            return int(parts[0])
    return None


class _Tree:
    """The structure elements, parent tree and page streams of one PDF being written."""

    def __init__(self, pdf: pydyf.PDF) -> None:
        self.pdf = pdf
        self.objects = pdf.objects
        self.root = self.get(pdf.catalog["StructTreeRoot"])
        self.parent_tree = self.get(self.root["ParentTree"])
        nums = self.parent_tree["Nums"]
        self.nums_at = {nums[i]: i + 1 for i in range(0, len(nums), 2)}  # key -> index of its value
        self.page_index = {_number(ref): i for i, ref in enumerate(pdf.page_references)}
        self.elements = [o for o in self.objects if isinstance(o, pydyf.Dictionary) and o.get("Type") == "/StructElem"]
        self.owner_of_annotation: dict[int, pydyf.Dictionary] = {}
        for element in self.elements:
            for kid in element["K"]:
                number = _number(kid)
                if number is None:
                    continue
                kid_object = self.objects[number]
                if kid_object.get("Type") == "/OBJR":
                    self.owner_of_annotation[_number(kid_object["Obj"]) or 0] = element
        self.figures = {
            (e["Pg"], tuple(float(v) for v in e["A"]["BBox"])): e
            for e in self.elements
            if e["S"] == "/Figure" and "A" in e and "BBox" in e["A"]
        }
        self.ids: dict[str, bytes] = {}  # TH id -> its element, for the IDTree
        self._streams: dict[int, tuple[Any, dict[int, int]]] = {}

    def get(self, reference: Any) -> Any:
        number = _number(reference)
        return self.objects[number] if number is not None else reference

    def kids(self, element: pydyf.Dictionary) -> Iterator[pydyf.Dictionary]:
        """Child structure elements (MCIDs and OBJRs left out)."""
        for kid in element["K"]:
            number = _number(kid)
            if number is not None and self.objects[number].get("Type") == "/StructElem":
                yield self.objects[number]

    def reachable(self) -> set[int]:
        seen: set[int] = set()
        todo = [self.get(kid) for kid in self.root["K"]]
        while todo:
            element = todo.pop()
            if element.number in seen:
                continue
            seen.add(element.number)
            todo.extend(self.kids(element))
        return seen

    def page_mcids(self, page: int) -> pydyf.Array:
        """The parent-tree array of a page: index = MCID, value = its element."""
        return self.parent_tree["Nums"][self.nums_at[page]]

    def stream(self, page: int) -> tuple[Any, dict[int, int]]:
        """The page's content stream and, for each MCID, the index of its property list."""
        if page not in self._streams:
            page_object = self.get(self.pdf.page_references[page])
            stream = self.get(page_object["Contents"])
            at = {
                item["MCID"]: i
                for i, item in enumerate(stream.stream)
                if isinstance(item, pydyf.Dictionary) and "MCID" in item
            }
            self._streams[page] = (stream, at)
        return self._streams[page]

    def make_artifact(self, page: int, mcid: int, properties: dict[str, str]) -> None:
        """``/Span <</MCID n>> BDC`` becomes ``/Artifact <<properties>> BDC``; the MCID leaves the tree."""
        stream, at = self.stream(page)
        if mcid not in at:
            raise TaggingError(f"PDF: MCID {mcid} tidak ditemukan di isi halaman {page + 1}")
        index = at[mcid]
        if not (isinstance(stream.stream[index - 1], str) and stream.stream[index + 1] == b"BDC"):
            raise TaggingError(f"PDF: isi bertanda MCID {mcid} di halaman {page + 1} tidak berbentuk /Tag <<>> BDC")
        stream.stream[index - 1] = "/Artifact"
        stream.stream[index] = pydyf.Dictionary(properties)
        self.page_mcids(page)[mcid] = NULL

    def merge_nested_links(self) -> int:
        """A Link inside a Link (``::after``, leader, inline-block label of one ``<a>``) joins it."""
        merged = 0
        for element in sorted(self.elements, key=lambda e: -e.number):  # children before parents
            if element["S"] != "/Link":
                continue
            parent = self.get(element["P"])
            if not isinstance(parent, pydyf.Dictionary) or parent.get("S") != "/Link":
                continue
            page = self.page_index[_number(element["Pg"])]
            for kid in element["K"]:
                number = _number(kid)
                if number is None:  # an MCID: now the parent's
                    self.page_mcids(page)[kid] = parent.reference
                elif self.objects[number].get("Type") == "/OBJR":
                    annotation = self.get(self.objects[number]["Obj"])
                    self.parent_tree["Nums"][self.nums_at[annotation["StructParent"]]] = parent.reference
                else:
                    self.objects[number]["P"] = parent.reference
            position = parent["K"].index(element.reference)
            parent["K"][position : position + 1] = list(element["K"])
            element["K"] = pydyf.Array()
            merged += 1
        return merged

    def demote_same_tag(self) -> int:
        """An H1 (P, Caption) inside an H1 (P, Caption) is an anonymous block, not a second one."""
        changed = 0
        for element in self.elements:
            if element["S"] not in NOT_NESTED:
                continue
            ancestor = self.get(element["P"])
            while isinstance(ancestor, pydyf.Dictionary) and ancestor.get("Type") == "/StructElem":
                if ancestor["S"] == element["S"]:
                    element["S"] = "/NonStruct"
                    changed += 1
                    break
                ancestor = self.get(ancestor["P"])
        return changed

    def wrap_list_bodies(self) -> int:
        """LI > Lbl, P ... becomes LI > Lbl, LBody > P ..."""
        added = 0
        for item in [e for e in self.elements if e["S"] == "/LI"]:
            kids = list(item["K"])
            tags = [self.get(k).get("S") if _number(k) is not None else None for k in kids]
            if "/LBody" in tags:
                continue
            body = [k for k, tag in zip(kids, tags, strict=True) if tag != "/Lbl"]
            if not body:
                continue
            wrapper = pydyf.Dictionary(
                {"Type": "/StructElem", "S": "/LBody", "K": pydyf.Array(body), "Pg": item["Pg"], "P": item.reference}
            )
            self.pdf.add_object(wrapper)
            page = self.page_index[_number(item["Pg"])]
            for kid in body:
                number = _number(kid)
                if number is None:
                    self.page_mcids(page)[kid] = wrapper.reference
                else:
                    self.objects[number]["P"] = wrapper.reference
            first = kids.index(body[0])
            item["K"] = pydyf.Array([k for k in kids[:first] if k not in body] + [wrapper.reference])
            item["K"].extend(k for k in kids[first:] if k not in body)
            added += 1
        return added

    def flatten_spans(self) -> int:
        """A Span (or NonStruct) that only wraps marked content (tags.py makes a Span per text
        run, most of the elements) says nothing a reader uses: its MCIDs go straight into its
        parent, which reads the same, and the element is emptied (<< >>, unreferenced).
        Children first, so a Span holding such a Span folds too."""
        plain = {"Type", "S", "K", "Pg", "P"}
        folded = 0
        for element in sorted(self.elements, key=lambda e: -e.number):
            if element.get("S") not in ("/Span", "/NonStruct") or set(element) - plain or not element["K"]:
                continue
            if any(_number(kid) is not None for kid in element["K"]):
                continue
            parent = self.get(element["P"])
            if not isinstance(parent, pydyf.Dictionary) or parent.get("Pg") != element["Pg"]:
                continue
            page = self.page_index[_number(element["Pg"])]
            for mcid in element["K"]:
                self.page_mcids(page)[mcid] = parent.reference
            position = parent["K"].index(element.reference)
            parent["K"][position : position + 1] = list(element["K"])
            element.clear()
            folded += 1
        return folded

    def write_id_tree(self) -> None:
        """The IDTree of the structure root, so that /Headers ids resolve (ISO 32000-1 14.7.2)."""
        if self.ids:
            names = pydyf.Array()
            for key in sorted(self.ids):
                names.extend([pydyf.String(key), self.ids[key]])
            self.root["IDTree"] = pydyf.Dictionary({"Names": names})


# --- the box side ---------------------------------------------------------------------


def _real(box: Any) -> Any:
    return box._box if isinstance(box, AbsolutePlaceholder) else box


def _descendants(box: Any) -> Iterator[Any]:
    box = _real(box)
    yield box
    for child in getattr(box, "children", ()):
        yield from _descendants(child)


def _margin_boxes(tree: _Tree, page_box: Any, page: int, reachable: set[int], done: Repaired) -> None:
    """The runs of the margin boxes: tags.py builds their elements (in the order of the
    margin boxes) but links none into the tree, so they are the page's unreachable MCIDs."""
    mcids = tree.page_mcids(page)
    orphans = []
    for mcid, reference in enumerate(mcids):
        number = _number(reference)
        if number is not None and number not in reachable:
            element = tree.objects[number]
            orphans.append((number, list(element["K"]).index(mcid), mcid))
    orphans.sort()
    margin = [_real(child) for child in page_box.children if isinstance(_real(child), boxes.MarginBox)]
    runs = [
        (box, sum(isinstance(d, boxes.TextBox | boxes.ReplacedBox) for d in _descendants(box) if d is not box))
        for box in margin
    ]
    if sum(count for _, count in runs) != len(orphans):
        raise TaggingError(
            f"PDF: halaman {page + 1} memiliki {len(orphans)} potongan isi di luar pohon struktur, "
            f"sedangkan kotak marginnya memuat {sum(count for _, count in runs)}"
        )
    position = 0
    for box, count in runs:
        for _, _, mcid in orphans[position : position + count]:
            tree.make_artifact(page, mcid, pagination(box.at_keyword))
            done.pagination += 1
        position += count


def pagination(at_keyword: str) -> dict[str, str]:
    """Artifact properties of a margin box: DRAF sits in @bottom-left (print.css)."""
    if at_keyword == "@bottom-left":
        subtype = "Watermark"
    elif at_keyword.startswith("@top"):
        subtype = "Header"
    else:
        subtype = "Footer"
    return {"Type": "/Pagination", "Subtype": f"/{subtype}"}


def _walk_page(tree: _Tree, page_box: Any, page: int, done: Repaired) -> None:
    """Leaders, links, charts and tables of one page, found from its boxes."""
    page_reference = tree.pdf.page_references[page]

    def visit(box: Any, link_text: str | None) -> None:
        box = _real(box)
        annotation = box.link_annotation
        if annotation is not None:
            if link_text is None:  # the outermost box of a link: its text names the link
                link_text = _text(box.element) if box.element is not None else ""
            _link(tree, box, annotation, link_text, page, done)
        if isinstance(box, boxes.ReplacedBox) and box.element is not None and box.element.tag == f"{SVG}svg":
            _figure(tree, box, page_reference, done)
        elif isinstance(box, boxes.TableBox):
            done.header_cells += _table(tree, box)
            done.actual_texts += _actual_texts(box)
        for child in box.children if isinstance(box, boxes.ParentBox) else ():
            visit(child, link_text)

    for child in page_box.children:
        if not isinstance(_real(child), boxes.MarginBox):
            visit(child, None)


def _text(element: Any) -> str:
    """An HTML element's text, whitespace collapsed, with a space between block children
    (list items, paragraphs) that the source may write without one."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):  # comments and processing instructions hold no text
                walk(child)
                if child.tag.rpartition("}")[2] in _BLOCKS:
                    parts.append(" ")
            parts.append(child.tail or "")

    walk(element)
    return " ".join("".join(parts).split())


_BLOCKS = frozenset({"br", "dd", "div", "dt", "li", "ol", "p", "td", "th", "tr", "ul"})


def _link(tree: _Tree, box: Any, annotation: pydyf.Dictionary, text: str, page: int, done: Repaired) -> None:
    owner = tree.owner_of_annotation.get(annotation.number)
    if owner is None:
        raise TaggingError(f"PDF: anotasi tautan di halaman {page + 1} tidak ada di pohon struktur")
    if box.is_leader:  # the dots: a layout artifact; the annotation stays with the link
        for element in [owner, *_subtree(tree, owner)]:
            for kid in [k for k in element["K"] if _number(k) is None]:
                tree.make_artifact(page, kid, {"Type": "/Layout"})
                done.leaders += 1
            element["K"] = pydyf.Array(k for k in element["K"] if _number(k) is not None)
        for element in _subtree(tree, owner):
            parent = tree.get(element["P"])
            parent["K"].remove(element.reference)
    if owner["S"] != "/Link":
        owner["S"] = "/Link"
        done.link_elements += 1
    if text:
        annotation["Contents"] = pydyf.String(text)


def _subtree(tree: _Tree, element: pydyf.Dictionary) -> list[pydyf.Dictionary]:
    found = []
    for kid in tree.kids(element):
        found += [kid, *_subtree(tree, kid)]
    return found


def _figure(tree: _Tree, box: Any, page_reference: bytes, done: Repaired) -> None:
    x1, y1 = box.content_box_x(), box.content_box_y()  # the BBox tags.py wrote
    figure = tree.figures.get((page_reference, (x1, y1, x1 + box.width, y1 + box.height)))
    if figure is None:
        raise TaggingError(f"PDF: elemen Figure untuk gambar SVG {box.element.get('id') or ''} tidak ditemukan")
    alt = accessible_name(box.element)
    if not alt:
        raise TaggingError(
            "PDF: gambar SVG tanpa teks alternatif; beri <title> dan <desc> (atau aria-label) pada gambar"
        )
    figure["Alt"] = pydyf.String(alt)
    done.figures += 1


def accessible_name(svg: Any) -> str:
    """What a screen reader announces for an inline SVG, as browsers compute it (simplified):
    ``aria-label``, else the texts of the ``aria-labelledby`` ids, else ``<title>`` then ``<desc>``."""
    label = " ".join((svg.get("aria-label") or "").split())
    if label:
        return label
    by_id = {node.get("id"): node for node in svg.iter() if node.get("id")}
    parts = [_text(by_id[i]) for i in (svg.get("aria-labelledby") or "").split() if i in by_id]
    if not parts:
        parts = [_text(node) for tag in ("title", "desc") if (node := svg.find(f"{SVG}{tag}")) is not None]
    parts = [part for part in parts if part]
    return ". ".join(part.rstrip(".") for part in parts) + ("." if parts and parts[-1].endswith(".") else "")


def _table(tree: _Tree, table: Any) -> int:
    """/Scope on every TH and /Headers on every TD of one table part, from its real grid."""
    rows: list[tuple[Any, bool]] = []  # (row box, in thead)
    for group in table.children:
        if isinstance(group, boxes.TableRowGroupBox):
            rows += [(row, bool(group.is_header) or group.element_tag == "thead") for row in group.children]
    taken: set[tuple[int, int]] = set()
    placed: list[tuple[int, int, Any, bool]] = []  # (row, column, cell, in thead)
    for i, (row, in_head) in enumerate(rows):
        j = 0
        for cell in row.children:
            if not isinstance(cell, boxes.TableCellBox) or getattr(cell, "mark", None) is None:
                continue
            while (i, j) in taken:
                j += 1
            taken.update((i + di, j + dj) for di in range(cell.rowspan) for dj in range(cell.colspan))
            placed.append((i, j, cell, in_head))
            j += cell.colspan
    data_rows = {i for i, _, cell, _ in placed if cell.element_tag == "td"}
    column_headers: dict[int, list[tuple[int, str]]] = {}
    row_headers: dict[int, list[tuple[int, str]]] = {}
    scoped = 0
    for i, j, cell, in_head in placed:
        if cell.element_tag != "th":
            continue
        name = f"th{cell.mark.number}"  # unique: the element's object number
        cell.mark["ID"] = pydyf.String(name)
        tree.ids[name] = cell.mark.reference
        scope = _scope(cell, j, in_head, i in data_rows)
        cell.mark["A"]["Scope"] = f"/{scope}"
        scoped += 1
        if scope == "Column":
            for dj in range(cell.colspan):
                column_headers.setdefault(j + dj, []).append((i, name))
        else:
            for di in range(cell.rowspan):
                row_headers.setdefault(i + di, []).append((j, name))
    for i, j, cell, _ in placed:
        if cell.element_tag != "td":
            continue
        headers: list[str] = []
        for dj in range(cell.colspan):
            headers += [key for row, key in column_headers.get(j + dj, []) if row < i and key not in headers]
        for di in range(cell.rowspan):
            headers += [key for column, key in row_headers.get(i + di, []) if column < j and key not in headers]
        cell.mark["A"]["Headers"] = pydyf.Array(pydyf.String(key) for key in headers)
    return scoped


def _actual_texts(table: Any) -> int:
    """Cells whose text holds bidirectional controls read as written: /ActualText."""
    count = 0
    for cell in _descendants(table):
        if not isinstance(cell, boxes.TableCellBox) or getattr(cell, "mark", None) is None or cell.element is None:
            continue
        text = _text(cell.element)
        if not BIDI_CONTROLS.isdisjoint(text):
            cell.mark["ActualText"] = pydyf.String(text)
            count += 1
    return count


def _scope(cell: Any, column: int, in_head: bool, row_has_data: bool) -> str:
    scope = (cell.element.get("scope") or "").lower() if cell.element is not None else ""
    if scope in ("row", "rowgroup"):
        return "Row"
    if scope in ("col", "colgroup") or in_head:
        return "Column"
    # HTML's "auto": a th that starts a row of data cells heads that row
    return "Row" if column == 0 and row_has_data else "Column"
