"""The printed reports as PDF/A-2b, checked with pypdf as far as a check without a full validator goes (no veraPDF
is installable from PyPI or Debian here): every font embedded and no unembedded one even listed, the XMP packet
claiming part 2 conformance B and agreeing with the Info dictionary, the sRGB output intent, every stream ending
with an end-of-line before `endstream` with an exact /Length. Reports are built from a database made by `fieldapp
init` and the services (scoped_world.py), in Russian and Kazakh."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject, StreamObject
from scoped_world import PASSWORD, USER, Scoped, build_world

from fieldapp.cli import main

NS = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
      "dc": "http://purl.org/dc/elements/1.1/", "xmp": "http://ns.adobe.com/xap/1.0/",
      "pdf": "http://ns.adobe.com/pdf/1.3/"}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Scoped:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FIELDAPP_HOME", str(tmp_path_factory.mktemp("home")))
        mp.setenv("FIELDAPP_USER", USER)
        mp.setenv("FIELDAPP_PASSWORD", PASSWORD)
        return build_world(tmp_path_factory.mktemp("pdfa") / "pdfa.db")


@pytest.fixture(autouse=True)
def signed_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDAPP_USER", USER)
    monkeypatch.setenv("FIELDAPP_PASSWORD", PASSWORD)


def _objects(reader: PdfReader) -> list[Any]:
    """Every indirect object of the file (not only those a page reaches)."""
    found = []
    for generation, numbers in reader.xref.items():
        for number in numbers:
            obj = reader.get_object(IndirectObject(number, generation, reader))
            if obj is not None:
                found.append(obj)
    return found


def _xmp_date(info_date: str) -> str:
    """D:20260302103000+05'00' → 2026-03-02T10:30:00+05:00"""
    m = re.fullmatch(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)([+-]\d\d)'(\d\d)'", info_date)
    assert m, info_date
    return f"{m[1]}-{m[2]}-{m[3]}T{m[4]}:{m[5]}:{m[6]}{m[7]}:{m[8]}"


def check_pdfa(path: Path) -> None:
    raw = path.read_bytes()
    assert re.match(rb"%PDF-1\.[0-7]\r?\n%[\x80-\xff]{4}", raw), "header and a binary comment line"
    reader = PdfReader(path)
    assert not reader.is_encrypted and "/ID" in reader.trailer
    root = reader.trailer["/Root"]

    fonts = [o for o in _objects(reader) if isinstance(o, DictionaryObject) and o.get("/Type") == "/Font"]
    assert fonts
    for font in fonts:
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None, f"{font['/BaseFont']} is not embedded"
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
        if font.get("/Subtype") == "/TrueType" and int(descriptor["/Flags"]) & 4:
            assert "/Encoding" not in font, "a symbolic TrueType font carries no /Encoding"

    metadata = root["/Metadata"].get_object()
    assert "/Filter" not in metadata and metadata["/Subtype"] == "/XML"
    xml = ET.fromstring(metadata.get_data().decode("utf-8").split("?>", 1)[1].rsplit("<?xpacket", 1)[0])
    assert xml.findtext(".//pdfaid:part", namespaces=NS) == "2"
    assert xml.findtext(".//pdfaid:conformance", namespaces=NS) == "B"
    info = reader.trailer["/Info"].get_object()
    assert xml.findtext(".//dc:title/rdf:Alt/rdf:li", namespaces=NS) == info["/Title"]
    assert xml.findtext(".//dc:creator/rdf:Seq/rdf:li", namespaces=NS) == info["/Author"]
    assert xml.findtext(".//dc:description/rdf:Alt/rdf:li", namespaces=NS) == info["/Subject"]
    assert xml.findtext(".//xmp:CreatorTool", namespaces=NS) == info["/Creator"]
    assert xml.findtext(".//pdf:Producer", namespaces=NS) == info["/Producer"]
    assert (xml.findtext(".//pdf:Keywords", namespaces=NS) or "") == info["/Keywords"]
    assert xml.findtext(".//xmp:CreateDate", namespaces=NS) == _xmp_date(info["/CreationDate"])
    assert xml.findtext(".//xmp:ModifyDate", namespaces=NS) == _xmp_date(info["/ModDate"])

    intents = root["/OutputIntents"]
    assert len(intents) == 1
    intent = intents[0].get_object()
    assert intent["/S"] == "/GTS_PDFA1" and intent["/OutputConditionIdentifier"]
    profile = intent["/DestOutputProfile"].get_object()
    assert isinstance(profile, StreamObject) and profile["/N"] == 3
    icc = profile.get_data()
    assert icc[36:40] == b"acsp" and icc[16:20] == b"RGB " and icc[8] <= 4, "an RGB ICC profile, version ≤ 4"

    # Every stream: /Length bytes of data, then an end-of-line, then `endstream` (ISO 19005-2, 6.1.7.1).
    streams = 0
    for m in re.finditer(rb"/Length (\d+)\b[^>]*>>\s*stream(\r\n|\n)", raw):
        end = m.end() + int(m[1])
        assert raw[end:end + 10] == b"\nendstream" or raw[end:end + 11] == b"\r\nendstream", raw[end - 4:end + 12]
        streams += 1
    assert streams >= len(fonts)
    qpdf = shutil.which("qpdf")  # Debian's qpdf, when installed: the file's syntax and every stream decode
    if qpdf is not None:
        done = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and "No syntax or stream encoding errors" in done.stdout, done.stdout


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("kind", ["tour", "campaign", "control", "journal", "press", "plan"])
def test_every_printed_report_is_pdfa_2b(world: Scoped, tmp_path: Path, kind: str, lang: str) -> None:
    out = tmp_path / f"{kind}-{lang}.pdf"
    options = ["--id", world.tour1] if kind == "tour" else (["--campaign", "Мир"] if kind == "plan" else [])
    assert main(["report", kind, str(world.db), "-o", str(out), "--lang", lang, *options]) == 0
    check_pdfa(out)
    text = " ".join(page.extract_text() or "" for page in PdfReader(out).pages)
    assert ("қ" in text or "ұ" in text or "ә" in text) if lang == "kk" else ("ы" in text)


def test_the_check_fails_on_a_plain_reportlab_pdf(tmp_path: Path) -> None:
    """The check is not vacuous: ReportLab's own output, without pdfa.py's additions, fails it."""
    from reportlab.pdfgen.canvas import Canvas

    out = tmp_path / "plain.pdf"
    canvas = Canvas(str(out))
    canvas.drawString(72, 720, "plain")
    canvas.save()
    with pytest.raises((AssertionError, KeyError)):
        check_pdfa(out)
