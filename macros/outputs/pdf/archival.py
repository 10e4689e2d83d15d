"""PDF/A-3a and PDF/UA-1 in one file: the write options, the open data attached, and the
finisher that writes metadata and document information from data/.

WeasyPrint 70 takes one ``pdf_variant``. ``pdf/a-3a`` does what PDF/A-3 level A needs
(PDF 1.7, tags, the sRGB output intent, print flags on annotations, ``/AF`` with
``/AFRelationship`` for attachments, ``pdfaid`` part 3 conformance A). What it lacks for
PDF/UA-1 is the ``pdfuaid:part`` claim, and PDF/A-2 and -3 accept that property only when
an XMP extension schema declares it (ISO 19005-2 6.6.2.3: pdfuaid is not a predefined
schema). ``finish`` therefore replaces WeasyPrint's XMP packet with one complete packet
built from data/ (title, author, subject, keywords, version, date, licence, language, both
claims, the extension schema) and sets the document information dictionary to the same
values, as PDF/A requires. (WeasyPrint's own ``xmp_metadata`` option would append a second
``rdf:RDF`` to its packet, which XMP does not allow.)

Attachments: every open-data file of the site (CSV and JSON of each catalogue table, and
katalog.json) as a PDF/A-3 associated file with ``/AFRelationship /Data``, named as the
file is named on the site (``program.csv``; ``/Desc`` gives its site path), read from the
built site in binary mode (byte-identical), sorted by name (the ``/EmbeddedFiles`` name
tree must be) and dated with the document date (never the clock or the file's mtime), so
the same sources give the same bytes.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path, PurePosixPath
from typing import Any
from xml.sax.saxutils import escape

import pydyf
from weasyprint import Attachment
from weasyprint import __version__ as WEASYPRINT_VERSION

from ..opendata.catalogue import KATALOG, KATALOG_KEY, Catalogue

VARIANT = "pdf/a-3a"  # PDF/UA-1 is claimed in the XMP written by ``finish``
PDFA_PART, PDFA_CONFORMANCE, PDFUA_PART = 3, "A", 1
RELATIONSHIP = "Data"  # ISO 32000-2 7.11.3: the data the document's tables are drawn from
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class DataFile:
    """One open-data file the PDF carries."""

    name: str  # name in the PDF, the file's name on the site: "program.csv"
    site_path: str  # where the site publishes it: "data/program.csv"
    description: str  # /Desc, shown by PDF readers next to the name
    key: str  # catalogue table it holds ("program"), or "katalog"
    source: str = ""  # the data file its table comes from: "data/program.yml"

    @property
    def keys(self) -> tuple[str, ...]:
        """How a table names it in data-lampiran: its table, or its whole data file ("berkas-program")."""
        return (self.key, f"berkas-{PurePosixPath(self.source).stem}") if self.source else (self.key,)


def data_files(catalogue: Catalogue) -> list[DataFile]:
    """Every file the open-data step writes under site/data/, sorted by name."""
    files = [
        DataFile(
            PurePosixPath(path).name,
            path,
            f"Data terbuka: {table.judul} ({kind}), dari {table.berkas}; di situs: {path}",
            table.nama,
            table.berkas,
        )
        for table in catalogue.tables
        for kind, path in (("CSV", table.csv), ("JSON", table.json))
    ]
    files.append(
        DataFile(
            PurePosixPath(KATALOG).name,
            KATALOG,
            f"Katalog data terbuka: daftar berkas, sumber dan tanggal perubahannya (JSON); di situs: {KATALOG}",
            KATALOG_KEY,
        )
    )
    return sorted(files, key=lambda f: f.name.encode())


def attachments(files: Sequence[DataFile], site_dir: Path, when: date) -> list[Attachment]:
    """The files as WeasyPrint attachments, in the given order, read from the built site."""
    stamp = datetime.combine(when, time())  # WeasyPrint writes it with a "Z"
    missing = [f.site_path for f in files if not (site_dir / f.site_path).is_file()]
    if missing:
        raise FileNotFoundError(f"PDF: berkas data terbuka belum ditulis: {', '.join(missing)}")
    return [
        Attachment(
            string=(site_dir / f.site_path).read_bytes(),
            name=f.name,
            description=f.description,
            created=stamp,
            modified=stamp,
            relationship=RELATIONSHIP,
        )
        for f in files
    ]


# --- metadata -----------------------------------------------------------------------


@dataclass(frozen=True)
class Meta:
    """What the XMP packet and the document information dictionary say."""

    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    version: str
    licence: str
    language: str
    date: date
    creator_tool: str
    identifier: bytes  # the PDF file identifier (32 hex digits)

    @property
    def timestamp(self) -> datetime:
        return datetime.combine(self.date, time(), UTC)

    @property
    def xmp_date(self) -> str:
        return self.timestamp.strftime("%Y-%m-%dT%H:%M:%SZ")

    @property
    def pdf_date(self) -> str:
        return self.timestamp.strftime("D:%Y%m%d%H%M%SZ")

    @property
    def uuid(self) -> str:
        return f"uuid:{uuid.UUID(self.identifier.decode()[:32])}"


def meta_from(metadata: Any, dokumen: Any, identifier: bytes) -> Meta:
    """Title, author, description and keywords as WeasyPrint read them from the <head> of
    pdf/dokumen.html (rendered from data/); version, date and licence from data."""
    return Meta(
        title=metadata.title or dokumen.judul,
        author=", ".join(metadata.authors) or dokumen.penyusun,
        subject=metadata.description or "",
        keywords=tuple(metadata.keywords),
        version=str(dokumen.versi),
        licence=dokumen.lisensi,
        language=metadata.lang or "id",
        date=dokumen.tanggal,
        creator_tool=metadata.generator or "MkDocs",
        identifier=identifier,
    )


_PDFUA_SCHEMA = """\
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>part</pdfaProperty:name>
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
         <pdfaProperty:category>internal</pdfaProperty:category>
         <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
"""


def _x(text: str) -> str:
    """Text for XML: escaped, without the control characters XML 1.0 forbids."""
    return escape(_NOT_XML.sub("", text))


def _alt(text: str) -> str:
    return f'<rdf:Alt><rdf:li xml:lang="x-default">{_x(text)}</rdf:li></rdf:Alt>'


def _list(kind: str, items: Sequence[str]) -> str:
    return f"<rdf:{kind}>" + "".join(f"<rdf:li>{_x(i)}</rdf:li>" for i in items) + f"</rdf:{kind}>"


def xmp(meta: Meta) -> bytes:
    """The whole XMP packet: PDF/A and PDF/UA identification, Dublin Core, dates, rights."""
    body = f"""\
<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <pdfaid:part>{PDFA_PART}</pdfaid:part>
   <pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>
   <pdfuaid:part>{PDFUA_PART}</pdfuaid:part>
   <dc:format>application/pdf</dc:format>
   <dc:title>{_alt(meta.title)}</dc:title>
   <dc:creator>{_list("Seq", [meta.author])}</dc:creator>
   <dc:description>{_alt(meta.subject)}</dc:description>
   <dc:subject>{_list("Bag", meta.keywords)}</dc:subject>
   <dc:rights>{_alt(meta.licence)}</dc:rights>
   <dc:language>{_list("Bag", [meta.language])}</dc:language>
   <dc:date>{_list("Seq", [meta.date.isoformat()])}</dc:date>
   <pdf:Producer>WeasyPrint {WEASYPRINT_VERSION}</pdf:Producer>
   <pdf:Keywords>{_x(", ".join(meta.keywords))}</pdf:Keywords>
   <xmp:CreatorTool>{_x(meta.creator_tool)}</xmp:CreatorTool>
   <xmp:CreateDate>{meta.xmp_date}</xmp:CreateDate>
   <xmp:ModifyDate>{meta.xmp_date}</xmp:ModifyDate>
   <xmp:MetadataDate>{meta.xmp_date}</xmp:MetadataDate>
   <xmpMM:DocumentID>{meta.uuid}</xmpMM:DocumentID>
   <xmpMM:InstanceID>{meta.uuid}</xmpMM:InstanceID>
   <xmpMM:VersionID>{_x(meta.version)}</xmpMM:VersionID>
   <xmpRights:Marked>True</xmpRights:Marked>
{_PDFUA_SCHEMA}  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>"""
    return body.encode("utf-8")


def info(meta: Meta) -> dict[str, str]:
    """Document information entries, each equal to its XMP counterpart (ISO 19005-2 6.6.3)."""
    return {
        "Title": meta.title,
        "Author": meta.author,
        "Subject": meta.subject,
        "Keywords": ", ".join(meta.keywords),
        "Creator": meta.creator_tool,
        "Producer": f"WeasyPrint {WEASYPRINT_VERSION}",
        "CreationDate": meta.pdf_date,
        "ModDate": meta.pdf_date,
    }


def finish(document: Any, pdf: pydyf.PDF, dokumen: Any, identifier: bytes) -> Meta:
    """Our XMP packet (uncompressed, in WeasyPrint's metadata object), the matching /Info,
    and each associated file once in the catalog's /AF (WeasyPrint 70 lists each twice)."""
    meta = meta_from(document.metadata, dokumen, identifier)
    stream = pdf.objects[int(pdf.catalog["Metadata"].split()[0])]
    stream.stream = [xmp(meta)]
    stream.compress = False
    pdf.info.clear()
    for key, value in info(meta).items():
        pdf.info[key] = pydyf.String(value)
    if "AF" in pdf.catalog:
        pdf.catalog["AF"] = pydyf.Array(dict.fromkeys(pdf.catalog["AF"]))
    return meta
