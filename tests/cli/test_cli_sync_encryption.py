"""`sync export` encrypts for the enrolled devices unless asked for a plain package (`--plain`, with a warning);
with nobody to encrypt for it refuses, exit 1, and says what to do."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from cli_helpers import Run
from PIL import Image

from fieldapp.services import campaigns, photos, places, sync, tours
from fieldapp.services.context import Context
from fieldapp.storage.database import open_database


def picture() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


PNG = picture()
NAME = "Жанар Образцова-Уникальная"


def on(machine: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Work as on another laptop: its own data folder, so its own photo store."""
    monkeypatch.setenv("FIELDAPP_HOME", str(tmp_path / machine))


def make(path: Path, *, photo: bool = False) -> None:
    """A database with one campaign, a tour and a stop (and a photo of it, in this laptop's photo store)."""
    db = open_database(path, create=True)
    try:
        ctx = Context(db=db)
        region = places.create_region(ctx, "Жамбылская область")
        village = places.create_settlement(ctx, places.create_district(ctx, region, "Жамбылский район"), "Аса")
        campaign = campaigns.create_campaign(ctx, NAME, region_id=region)
        stop = tours.add_stop(ctx, tours.create_tour(ctx, campaign, "Выезд"), village)
        if photo:
            photos.attach_photo(ctx, "stop", stop, PNG)
    finally:
        db.close()


def stored_photo(path: Path) -> bytes:
    """The photo as this laptop's store holds it, checked against its hash."""
    db = open_database(path)
    try:
        return Context(db=db).blob_store.get(hashlib.sha256(PNG).hexdigest())
    finally:
        db.close()


@pytest.fixture
def trio(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    """a (with a photo) and b enrol each other; c, a stranger, has enrolled a's key but a does not know c. a is
    worked on laptop "A"; the tests carry its packages to b and c on laptop "B"."""
    a, b, c = (tmp_path / f"{n}.db" for n in "abc")
    on("A", monkeypatch, tmp_path)
    make(a, photo=True)
    for path in (b, c):
        open_database(path, create=True).close()
    for path in (a, b, c):
        assert run("sync", "device", path, "--export-key", tmp_path / f"{path.stem}.key").code == 0
    for path, other in ((a, b), (b, a), (c, a)):
        assert run("sync", "device", path, "--enroll", tmp_path / f"{other.stem}.key").code == 0
    return a, b, c


def entries(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def test_export_is_encrypted_for_the_enrolled_devices_by_default(
        run: Run, trio: tuple[Path, Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, c = trio
    package = tmp_path / "a.fieldsync"
    result = run("sync", "export", a, "-o", package, "--lang", "en")
    on("B", monkeypatch, tmp_path)
    assert result.code == 0, result.err
    assert result.err == "" and "\tencrypted for 1" in result.out and "\t1 photos\t" in result.out
    files = entries(package)
    assert "keys.json" in files
    manifest = json.loads(files["manifest.json"])
    assert manifest["encryption"] is not None and len(json.loads(files["keys.json"])["recipients"]) == 2  # b, a
    raw = package.read_bytes()
    assert NAME.encode() not in raw and PNG[:32] not in raw and b"IHDR" not in raw
    # c trusts a's signature but is no recipient: it cannot read the package, and nothing changes there.
    before = run("sync", "digest", c).out
    refused = run("sync", "import", c, package, "--lang", "en")
    assert refused.code == 1 and refused.err.startswith("error: ") and "encrypted for other recipients" in refused.err
    assert run("sync", "digest", c).out == before
    # b is: it reads it, photo included, checked against its hash.
    imported = run("sync", "import", b, package, "--json")
    assert imported.code == 0 and json.loads(imported.out)["blobs_written"] == 1
    assert run("sync", "digest", b).out == run("sync", "digest", a).out
    assert stored_photo(b) == PNG


def test_a_plain_package_only_on_request_with_a_warning(run: Run, trio: tuple[Path, Path, Path],
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, _b, c = trio
    package = tmp_path / "plain.fieldsync"
    result = run("sync", "export", a, "-o", package, "--plain", "--lang", "en")
    assert result.code == 0, result.err
    [warning] = result.err.splitlines()
    assert warning.startswith("warning: ") and "not encrypted" in warning
    assert "anyone holding the file can read" in warning and str(package) in warning
    assert "encrypted for" not in result.out
    files = entries(package)
    assert "keys.json" not in files and json.loads(files["manifest.json"])["encryption"] is None
    assert PNG in files.values()
    ru = run("sync", "export", a, "-o", tmp_path / "ru.fieldsync", "--plain")
    assert ru.err.startswith("warning: ") and "не зашифрован" in ru.err
    # Anyone who trusts a's key reads it: c too.
    on("B", monkeypatch, tmp_path)
    assert run("sync", "import", c, package).code == 0 and stored_photo(c) == PNG


def test_nobody_enrolled_is_refused_unless_plain(run: Run, tmp_path: Path) -> None:
    lone = tmp_path / "lone.db"
    make(lone)
    before = run("sync", "digest", lone).out
    package = tmp_path / "lone.fieldsync"
    result = run("sync", "export", lone, "-o", package, "--lang", "en")
    assert result.code == 1 and result.err.startswith("error: ") and result.err.count("\n") == 1
    assert "no device key is enrolled" in result.err and "--enroll" in result.err and "--plain" in result.err
    assert not package.exists() and run("sync", "digest", lone).out == before
    kk = run("sync", "export", lone, "-o", package, "--lang", "kk")
    assert kk.code == 1 and "--plain" in kk.err and "тіркелмеген" in kk.err
    assert run("sync", "export", lone, "-o", package, "--plain").code == 0 and package.exists()


def test_a_revoked_key_is_no_recipient(run: Run, trio: tuple[Path, Path, Path], tmp_path: Path) -> None:
    a, _b, _c = trio
    fingerprint = json.loads((tmp_path / "b.key").read_text(encoding="utf-8"))["fingerprint"]
    assert run("sync", "device", a, "--revoke", fingerprint).code == 0
    result = run("sync", "export", a, "-o", tmp_path / "x.fieldsync", "--lang", "en")
    assert result.code == 1 and "no device key is enrolled" in result.err


def test_plain_and_recipients_together_are_a_usage_error(run: Run, trio: tuple[Path, Path, Path],
                                                          tmp_path: Path) -> None:
    a, _b, _c = trio
    result = run("sync", "export", a, "-o", tmp_path / "x.fieldsync", "--plain", "--to", tmp_path / "b.key")
    assert result.code == 2 and not (tmp_path / "x.fieldsync").exists()
    with pytest.raises(Exception) as caught:
        db = open_database(a)
        try:
            sync.export_package(Context(db=db, blobs=a.with_suffix(".blobs")), tmp_path / "y.fieldsync",
                                recipients=[tmp_path / "b.key"], plain=True)
        finally:
            db.close()
    assert getattr(caught.value, "code", None) == "sync.plain_with_recipients"


def test_protect_seals_the_photos_of_the_database(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldapp.services.workspace import open_workspace

    path = tmp_path / "field.db"
    monkeypatch.setenv("FIELDAPP_USER", "boss")
    monkeypatch.setenv("FIELDAPP_PASSWORD", "pw")
    assert run("init", path, "--unprotected").code == 0
    ctx = open_workspace(path, user="boss", password="pw")
    try:
        region = places.create_region(ctx, "Жамбылская область")
        village = places.create_settlement(ctx, places.create_district(ctx, region, "Жамбылский район"), "Аса")
        campaign = campaigns.create_campaign(ctx, "Караван", region_id=region)
        stop = tours.add_stop(ctx, tours.create_tour(ctx, campaign, "Выезд"), village)
        photo = photos.attach_photo(ctx, "stop", stop, PNG)
        store = ctx.blobs
    finally:
        ctx.db.close()
    assert photo.path.read_bytes() == PNG  # a plain database: a plain file
    assert run("protect", path).code == 0
    files = [p for p in store.rglob("*") if p.is_file()]
    assert len(files) == 1 and not photo.path.exists()
    assert PNG[:32] not in files[0].read_bytes() and b"IHDR" not in files[0].read_bytes()
    ctx = open_workspace(path, user="boss", password="pw")
    try:
        assert photos.photo_bytes(ctx, photo.id) == PNG and photos.get_photo(ctx, photo.id).path == files[0]
    finally:
        ctx.db.close()


def test_an_enrolled_key_nobody_could_decrypt_with_is_left_out(run: Run, trio: tuple[Path, Path, Path],
                                                               tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from fieldapp.sync.exchange import enroll

    a, _b, _c = trio
    db = open_database(a)
    try:
        with db.engine.begin() as conn:
            enroll(conn, Ed25519PrivateKey.generate().public_key().public_bytes_raw(), b"\0" * 32,
                   "0190aaaa-0000-7000-8000-00000000000a", "broken")
    finally:
        db.close()
    result = run("sync", "export", a, "-o", tmp_path / "x.fieldsync")
    assert result.code == 0 and "\tencrypted for 1" in result.out  # b only, not the broken key
