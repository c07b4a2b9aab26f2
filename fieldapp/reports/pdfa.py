"""PDF/A-2b for the printed reports: what ReportLab does not do by itself.

ReportLab (open source, 4.x and the 5.1 installed here) has no PDF/A mode. It embeds the TrueType fonts it is given
(as subsets, symbolic, one cmap table, no /Encoding — what PDF/A-2 asks of symbolic TrueType fonts) and writes the
trailer /ID, but: it puts an unembedded Helvetica (/F1) into every page's resources as the canvas's initial font;
it writes no XMP metadata (pdfdoc.XMP is only a stream wrapper for XMP text one brings); and it has no output intent.
It also writes `endstream` right after a stream's data, where PDF/A wants an end-of-line first. This module closes
those gaps on the canvas the report is drawn on:

- the initial font is the embedded DejaVu Sans, so no unembedded font is ever referenced;
- the catalog gets /Metadata: an uncompressed XMP packet that claims pdfaid:part 2, conformance B, with dc:title,
  dc:creator, dc:description, xmp:CreatorTool, pdf:Producer, pdf:Keywords, pdf:Trapped and the dates taken from the
  very Info dictionary ReportLab writes (same values, same instant and time zone), as PDF/A requires;
- the catalog gets /OutputIntents with one GTS_PDFA1 intent whose destination profile is the sRGB ICC profile
  shipped in resources/icc (every colour the reports draw is an sRGB value: DeviceRGB and DeviceGray);
- importing it makes ReportLab end every stream's data with a line feed before `endstream` (_eol_before_endstream).

Conformance is checked in tests/reports/test_pdfa.py with pypdf (fonts embedded, XMP claims, output intent, Info and
XMP agreeing); no full PDF/A validator (veraPDF) is installable from PyPI or Debian here, so that is the extent of
the verification.
"""

from __future__ import annotations

import functools
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfbase.pdfdoc import format as pdf_format

from fieldapp.domain.errors import StorageError
from fieldapp.resources import resource_path

__all__ = ["PDFA_CONFORMANCE", "PDFA_PART", "SRGB_IDENTIFIER", "make_pdfa", "srgb_profile"]

PDFA_PART, PDFA_CONFORMANCE = 2, "B"
SRGB_IDENTIFIER = "sRGB IEC61966-2.1"


@functools.cache
def srgb_profile() -> bytes:
    """The shipped sRGB ICC profile (version 2, resources/icc/README.md)."""
    path = resource_path("icc", "sRGB.icc")
    if not path.is_file():
        raise StorageError("report.profile_missing", path=str(path))
    return path.read_bytes()


def _xmp_date(doc: Any) -> str:
    """The instant of ReportLab's Info /CreationDate and /ModDate, written the XMP way (same time zone)."""
    ts = doc._timeStamp
    yyyy, mm, dd, hh, mi, ss = ts.YMDhms
    return f"{yyyy:04d}-{mm:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}{ts.dhh:+03d}:{ts.dmm:02d}"


def _xmp(doc: Any) -> bytes:
    info = doc.info
    when = _xmp_date(doc)

    def x(value: object) -> str:
        return escape(str(value))

    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>{PDFA_PART}</pdfaid:part>
   <pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{x(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{x(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{x(info.subject)}</rdf:li></rdf:Alt></dc:description>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreatorTool>{x(info.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>{x(info.producer)}</pdf:Producer>
   <pdf:Keywords>{x(info.keywords)}</pdf:Keywords>
   <pdf:Trapped>{x(info.trapped)}</pdf:Trapped>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
{" " * 2000}
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


def _eol_before_endstream() -> None:
    """PDF/A wants every stream's data followed by an end-of-line before `endstream`, the data's length being
    /Length exactly (ISO 19005-2, 6.1.7.1). ReportLab writes `endstream` right after the data (its one stream writer,
    PDFStream.format); this wraps that writer once per process to put a line feed between them. Any PDF reader reads
    the result the same: the line feed is the end-of-line ISO 32000 recommends there."""
    original = PDFStream.format
    if getattr(original, "fieldapp_eol", False):
        return

    def with_eol(self: Any, document: Any) -> bytes:
        out: bytes = original(self, document)
        tail = b"endstream\n"
        return out[: -len(tail)] + b"\n" + tail if out.endswith(tail) else out

    with_eol.fieldapp_eol = True  # type: ignore[attr-defined]
    PDFStream.format = with_eol


_eol_before_endstream()


class _Metadata(PDFStream):  # type: ignore[misc]
    """The XMP packet as the catalog's /Metadata stream, written as it is: no /Filter key at all (ReportLab's own
    streams always get one, an empty array when no filter applies), so that any XMP reader finds it."""

    def __init__(self) -> None:
        super().__init__(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}), b"")

    def format(self, document: Any) -> bytes:
        content = _xmp(document)
        dictionary = PDFDictionary(dict(self.dictionary.dict))
        dictionary["Length"] = len(content)
        out: bytes = pdf_format(dictionary, document) + b"\nstream\n" + content + b"\nendstream\n"
        return out


def make_pdfa(canvas: Any) -> None:
    """Give the canvas's document the XMP metadata and the sRGB output intent of PDF/A-2b; call it just before
    `save()`. The canvas must have been made with `initialFontName` an embedded font (pdf.py does)."""
    doc = canvas._doc
    catalog = doc.Catalog
    catalog.Metadata = _Metadata()
    icc = PDFStream(PDFDictionary({"N": 3}), srgb_profile(), filters=[PDFZCompress])
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString(SRGB_IDENTIFIER), "Info": PDFString(SRGB_IDENTIFIER),
        "RegistryName": PDFString("http://www.color.org"), "DestOutputProfile": doc.Reference(icc),
    })
    catalog.OutputIntents = PDFArray([intent])
    # ReportLab's catalog writes only the keys it lists; the output intents join them for this document.
    catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "OutputIntents"]
