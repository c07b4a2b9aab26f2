"""Encrypted packages wrap their data key with RFC 9180 HPKE (format 2); format-1 packages still open."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from fieldapp.sync.changelog import Change
from fieldapp.sync.fields import SCHEMA_VERSION
from fieldapp.sync.package import PackageError, Producer, build_package, read_package

DATA = Path(__file__).parent / "data"
DEV = "0190a1b2-0000-7000-8000-00000000c0de"


def trusting(key: Ed25519PrivateKey):  # type: ignore[no-untyped-def]
    def trust(fp: str, device: str) -> bytes:
        return key.public_key().public_bytes_raw()
    return trust


def test_a_new_package_wraps_its_key_with_rfc9180_hpke_for_each_recipient() -> None:
    sign, box, other = Ed25519PrivateKey.generate(), X25519PrivateKey.generate(), X25519PrivateKey.generate()
    change = Change(DEV, 1, 1 << 40, "tour", "0190a1b2-0000-7000-8000-0000000000e1", "title", "секрет", None, None,
                    SCHEMA_VERSION)
    data = build_package(Producer(DEV, sign, "t", SCHEMA_VERSION), [change], vector={},
                         recipients=[box.public_key().public_bytes_raw(), other.public_key().public_bytes_raw()])
    zf = zipfile.ZipFile(io.BytesIO(data))
    manifest = json.loads(zf.read("manifest.json"))
    keys = json.loads(zf.read("keys.json"))
    assert manifest["format_version"] == 2 and keys["alg"] == manifest["encryption"]["alg"]
    assert keys["alg"].startswith("HPKE-") and [set(e) for e in keys["recipients"]] == [{"recipient", "enc"}] * 2
    assert "секрет".encode() not in data
    for key in (box, other):
        assert read_package(data, trusting(sign), key, SCHEMA_VERSION).changes == [change]
    # The entry opens with the library's RFC 9180 suite alone, bound to this package's id.
    suite = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
    enc = base64.b64decode(keys["recipients"][0]["enc"])
    assert len(suite.decrypt(enc, box, info=b"fieldsync v2 data key " + manifest["package_id"].encode())) == 32
    with pytest.raises(PackageError) as refused:
        read_package(data, trusting(sign), X25519PrivateKey.generate(), SCHEMA_VERSION)
    assert refused.value.code == "sync.pkg_not_for_us"


def test_a_format_1_package_made_before_hpke_still_opens() -> None:
    secrets = json.loads((DATA / "format1_encrypted.keys.json").read_text())
    sign = Ed25519PrivateKey.from_private_bytes(base64.b64decode(secrets["sign_private"]))
    box = X25519PrivateKey.from_private_bytes(base64.b64decode(secrets["box_private"]))
    data = (DATA / "format1_encrypted.fieldsync").read_bytes()
    assert json.loads(zipfile.ZipFile(io.BytesIO(data)).read("manifest.json"))["format_version"] == 1
    pkg = read_package(data, trusting(sign), box, SCHEMA_VERSION)
    assert [c.value for c in pkg.changes] == ["Выезд из пакета версии 1"]
