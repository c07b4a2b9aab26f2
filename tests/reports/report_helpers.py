"""Helpers of the report tests: reading a PDF's text back, and the demo's personal data to look for."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks
from pypdf import PdfReader

Build = Callable[..., Path]  # build(kind, fmt, *options) -> the report file


def pdf_text(path: Path) -> str:
    """The text of every page (pdftotext when poppler is installed: it keeps table rows on one line)."""
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                              text=True).stdout
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def squeeze(text: str) -> str:
    return " ".join(text.split())


def demo_personal_data(db: Path) -> dict[str, set[str]]:
    """Every applicant name, IIN, phone and address of the demo, and the members' and reporters' names."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT applicant_name, applicant_iin, applicant_phone, applicant_address FROM reception")
        names, iins, phones, addresses = set(), set(), set(), set()
        for name, iin, phone, address in rows:
            names.add(name)
            if iin:
                iins.add(iin)
            if phone:
                phones.add(phone)
            if address:
                addresses.add(address)
        names |= {n for (n,) in conn.execute("SELECT full_name FROM member") if n}
        names |= {n for (n,) in conn.execute("SELECT reporter FROM signal") if n}
        names |= {n for (n,) in conn.execute("SELECT responsible_person FROM control_item") if n}
        phones |= {p for (p,) in conn.execute("SELECT phone FROM member") if p}
        addresses |= {a for (a,) in conn.execute("SELECT address FROM signal") if a}
    return {"names": names, "iins": iins, "phones": phones, "addresses": addresses}
