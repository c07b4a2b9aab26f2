"""Bad packages are refused with exit 1 and an untouched database; a killed import leaves nothing behind; fuzz."""

from __future__ import annotations

import io
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from sync_helpers import cli, digest, enrol_all, replica, rezip, seed

from fieldapp.services import sync, tours
from fieldapp.sync.exchange import trust_for
from fieldapp.sync.fields import SCHEMA_VERSION
from fieldapp.sync.keys import own_keys
from fieldapp.sync.package import NewerSchema, PackageError, Producer, build_package, read_package


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path, Path, bytes]:
    """Replicas a and b enrolled with each other, a stranger c, and a's package with one edit."""
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    ids = seed(a)
    b.write_bytes(a.read_bytes())
    with replica(c) as ctx:
        sync.export_key(ctx, tmp_path / "c.key")
    enrol_all([a, b], tmp_path)
    with replica(a) as ctx:
        tours.update_tour(ctx, ids["tour2"], "правка")
        sync.export_package(ctx, tmp_path / "a.fieldsync")
    return a, b, c, (tmp_path / "a.fieldsync").read_bytes()


def _refused(db: Path, pkg: Path, needle: str) -> None:
    before = digest(db)
    result = cli("sync", "import", db, pkg, "--lang", "en")
    assert result.code == 1, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and needle in lines[0], result.err
    assert digest(db) == before


def test_truncated_bitflipped_unsigned_and_empty_packages_are_refused(pair: tuple[Path, Path, Path, bytes],
                                                                       tmp_path: Path) -> None:
    _, b, _, data = pair
    cases = {
        "truncated": (data[: len(data) // 2], "damaged"),
        "empty": (b"", "empty"),
        "unsigned": (rezip(data, drop="manifest.sig"), "signature"),
        "flipped": (data[:300] + bytes([data[300] ^ 0x10]) + data[301:], ""),
    }
    part = zipfile.ZipFile(io.BytesIO(data)).read("changes/0000.bin")
    cases["tampered"] = (rezip(data, replace={"changes/0000.bin": part[:-1] + bytes([part[-1] ^ 1])}), "checksum")
    for name, (content, needle) in cases.items():
        pkg = tmp_path / f"{name}.fieldsync"
        pkg.write_bytes(content)
        _refused(b, pkg, needle)


def test_unknown_signer_and_someone_elses_package_are_refused(pair: tuple[Path, Path, Path, bytes],
                                                               tmp_path: Path) -> None:
    a, b, c, _ = pair
    with replica(c) as ctx:
        sync.export_package(ctx, tmp_path / "c.fieldsync", plain=True)  # c enrolled nobody
    _refused(b, tmp_path / "c.fieldsync", "not enrolled")
    with replica(a) as ctx:
        sync.export_package(ctx, tmp_path / "for-c.fieldsync", recipients=[tmp_path / "c.key"])
    _refused(b, tmp_path / "for-c.fieldsync", "encrypted for other recipients")
    # ...while the recipient it was made for reads it (once it knows a's key).
    with replica(c) as ctx:
        sync.enrol(ctx, tmp_path / "a.key")
        sync.import_packages(ctx, [tmp_path / "for-c.fieldsync"])
    assert digest(c) == digest(a)


def test_revoked_key_is_refused(pair: tuple[Path, Path, Path, bytes], tmp_path: Path) -> None:
    a, b, _, _ = pair
    with replica(a) as ctx:
        fp = sync.this_device(ctx).fingerprint
    assert cli("sync", "device", b, "--revoke", fp).code == 0
    _refused(b, tmp_path / "a.fieldsync", "revoked")


def test_a_newer_schema_is_parked_with_a_note_and_the_data_untouched(pair: tuple[Path, Path, Path, bytes],
                                                                     tmp_path: Path) -> None:
    a, b, _, _ = pair
    with replica(a) as ctx, ctx.db.session() as s:
        keys = own_keys(s)
        data = build_package(Producer(keys.device, keys.sign, "9.9", SCHEMA_VERSION + 1), [], vector={})
    (tmp_path / "new.fieldsync").write_bytes(data)
    before = digest(b)
    result = cli("sync", "import", b, tmp_path / "new.fieldsync", "--lang", "en")
    assert result.code == 0 and "parked" in result.out, result
    assert result.err.startswith("note: ") and "newer version" in result.err
    assert digest(b) == before
    with replica(b) as ctx, ctx.db.session() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM sync_parked").scalar() == 1


def test_an_import_killed_midway_leaves_the_database_unchanged(pair: tuple[Path, Path, Path, bytes],
                                                              tmp_path: Path) -> None:
    _, b, _, _ = pair
    before = digest(b)
    marker = tmp_path / "inside"
    child = f"""
import sys, time
from pathlib import Path
sys.path.insert(0, {str(Path(__file__).parent)!r})
from fieldapp.sync import exchange
real = exchange.apply_packages
def slow(*args, **kwargs):
    result = real(*args, **kwargs)
    Path({str(marker)!r}).write_text("x")  # the changes are written, the transaction is still open
    time.sleep(60)
    return result
exchange.apply_packages = slow
from fieldapp.cli import main
main(["sync", "import", {str(b)!r}, {str(tmp_path / "a.fieldsync")!r}])
"""
    proc = subprocess.Popen([sys.executable, "-c", child], env={**os.environ})
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert digest(b) == before
    assert cli("sync", "import", b, tmp_path / "a.fieldsync").code == 0
    assert digest(b) != before


def test_the_reader_survives_random_mutations(pair: tuple[Path, Path, Path, bytes]) -> None:
    _, b, _, data = pair
    rng = random.Random(5)
    with replica(b) as ctx, ctx.db.session() as s:
        keys = own_keys(s)
        trust = trust_for(s)
    good = read_package(data, trust, keys.box, SCHEMA_VERSION)
    outcomes = {"refused": 0, "read": 0}
    for _ in range(300):
        mutated = bytearray(data)
        kind = rng.randrange(4)
        if kind == 0:
            for _ in range(rng.randint(1, 4)):
                mutated[rng.randrange(len(mutated))] ^= 1 << rng.randrange(8)
        elif kind == 1:
            del mutated[rng.randrange(len(mutated)):]
        elif kind == 2:
            at = rng.randrange(len(mutated))
            mutated[at:at] = rng.randbytes(rng.randint(1, 16))
        else:
            at = rng.randrange(len(mutated))
            del mutated[at:at + rng.randint(1, 64)]
        try:
            pkg = read_package(bytes(mutated), trust, keys.box, SCHEMA_VERSION)
        except NewerSchema:
            outcomes["refused"] += 1
        except PackageError:
            outcomes["refused"] += 1
        else:
            # A flip in bytes nobody signs (ZIP headers' timestamps, say) may pass, but never changes the content.
            assert pkg.changes == good.changes
            outcomes["read"] += 1
    assert outcomes["refused"] > 200
