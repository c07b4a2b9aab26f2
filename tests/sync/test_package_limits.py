"""Packages made to exhaust the machine, and ZIPs another reader would read otherwise (issue 11, items 4 and 5).

A valid signature proves who sent a package, not that it is harmless: every package here is signed by a key the
office enrolled (a laptop's, or anyone's who copied its file), and carries a part that unpacks to hundreds of
megabytes from a few kilobytes, a msgpack list claiming two billion items, a string of a hundred megabytes, lists
nested by the million, more parts than memory holds; or a ZIP with a fake manifest beside the genuine one, a part
twice, a name that leaves the archive, entries that share bytes. Each is refused with its message before anything is
written, the database is as it was (its digest and its bytes), and the process stays below 300 MB (measured in a
child with an address-space limit of 1.5 GB, so that a regression fails instead of swapping).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
import subprocess
import sys
import textwrap
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgpack
import pytest
import zstandard
from bounded import ADDRESS_SPACE, MEMORY_LIMIT_MB, PEAK, bounded_cli
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync_helpers import office_trusting
from zipforge import Entry, build, overlapping

from fieldapp.sync import package, package_codec
from fieldapp.sync.changelog import Change, Value
from fieldapp.sync.fields import SCHEMA_VERSION
from fieldapp.sync.hlc import pack
from fieldapp.sync.package import (
    PART_CHANGES,
    PackageError,
    Producer,
    build_package,
    canonical_json,
    decode_changes,
    read_package,
    sha256,
    unpack_value,
)

LAPTOP = "0190a1b2-0000-7000-8000-0000000000aa"
ROW = "0191a1b2-0000-7000-8000-0000000000bb"
SIGN = Ed25519PrivateKey.generate()
SIGN_RAW = SIGN.private_bytes_raw()
START = pack(int(time.time() * 1000) - 3_600_000)
ROOT = Path(__file__).resolve().parents[2]
PART = "changes/0000.bin"


def trust(fingerprint: str, device: str) -> bytes:
    return SIGN.public_key().public_bytes_raw()


def changes(count: int, value: Any = "текст") -> list[Change]:
    return [Change(LAPTOP, n, START + n, "signal", ROW, "description", value, None, None, SCHEMA_VERSION)
            for n in range(1, count + 1)]


def genuine(count: int = 3) -> bytes:
    return build_package(Producer(LAPTOP, SIGN, "test", SCHEMA_VERSION), changes(count), vector={})


def read(data: bytes) -> package.Package:
    return read_package(data, trust, None, SCHEMA_VERSION)


def refused(data: bytes) -> PackageError:
    with pytest.raises(PackageError) as caught:
        read(data)
    return caught.value


def signed(data: bytes, *, parts: dict[str, tuple[bytes, int]] | None = None, extra: tuple[Entry, ...] = (),
           edit: Callable[[dict[str, Any]], None] | None = None, sign: Ed25519PrivateKey = SIGN) -> bytes:
    """The package with parts replaced or added (name -> bytes and the number of changes the manifest says it holds),
    the manifest edited and signed again: what a laptop holding an enrolled key can send."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        stored = {name: zf.read(name) for name in zf.namelist()}
    manifest = json.loads(stored["manifest.json"])
    for name, (blob, count) in (parts or {}).items():
        stored[name] = blob
        listed = [p for p in manifest["parts"] if p["name"] == name]
        if listed:
            listed[0].update(sha256=sha256(blob), changes=count)
        else:
            manifest["parts"].append({"name": name, "sha256": sha256(blob), "changes": count})
    if edit is not None:
        edit(manifest)
    body = canonical_json(manifest)
    stored["manifest.json"], stored["manifest.sig"] = body, sign.sign(body)
    return build([Entry(name, blob) for name, blob in stored.items()] + list(extra))


# --- hostile parts ---------------------------------------------------------------------------------------------------


def _map_header(size: int) -> bytes:
    return b"\xde" + struct.pack(">H", size)


def _array_header(size: int) -> bytes:
    return b"\xdd" + struct.pack(">I", size)


def _str_header(size: int) -> bytes:
    return b"\xdb" + struct.pack(">I", size)


def zstd_stream(pieces: Any) -> bytes:
    """zstd of the concatenated pieces, compressed as they come (a bomb of gigabytes takes megabytes to make)."""
    packer = zstandard.ZstdCompressor(level=3).compressobj()
    return b"".join(packer.compress(p) for p in pieces) + packer.flush()


def column_body(count: int, value: bytes = b"\xc0") -> Any:
    """A part's msgpack body a piece at a time: `count` changes of one field of one row, each value `value`."""
    yield _map_header(15) + msgpack.packb("fmt") + msgpack.packb(1)
    for key, items in (("devs", [LAPTOP]), ("tbls", ["signal"]), ("flds", ["description"]), ("authors", [])):
        yield msgpack.packb(key) + msgpack.packb(items)
    ones = _array_header(count) + b"\x01" * count
    zeros = _array_header(count) + b"\x00" * count
    yield msgpack.packb("v") + _array_header(count)
    for _ in range(count):
        yield value
    for key, column in (("d", zeros), ("s", ones), ("h", ones), ("t", zeros), ("f", zeros), ("a", zeros)):
        yield msgpack.packb(key) + column
    yield msgpack.packb("r") + _array_header(count) + msgpack.packb(ROW) * count
    yield msgpack.packb("b") + _array_header(count) + b"\xc0" * count
    yield msgpack.packb("x") + _array_header(count) + msgpack.packb(SCHEMA_VERSION) * count


def big_values(count: int, size: int) -> Any:
    """`count` text values of `size` bytes each."""
    piece = b"a" * min(size, 1 << 20)

    def value() -> Any:
        yield _str_header(size)
        left = size
        while left:
            yield piece[:left]
            left -= min(left, len(piece))

    head, *rest = list(column_body(0))  # the columns after "v" are not reached
    yield head
    yield from rest[:4]
    yield msgpack.packb("v") + _array_header(count)
    for _ in range(min(count, (300 << 20) // size + 1)):  # no reader gets past 300 MB: the rest is not made
        yield from value()


def bombs() -> dict[str, tuple[bytes, str]]:
    """Hostile parts, each signed into a package by the enrolled key: name -> (package, the code it is refused with)."""
    base = genuine()
    claims = zstd_stream([_map_header(15), msgpack.packb("d"), _array_header(1 << 31)])
    long_string = zstd_stream([_map_header(15), msgpack.packb("v"), _array_header(1), _str_header(100 << 20),
                               b"a" * (100 << 20)])
    gigabytes = zstd_stream(big_values(PART_CHANGES, 4 << 20))  # 200 GB of values: refused at the allowance
    nested = zstd_stream([_map_header(15), msgpack.packb("b"), _array_header(PART_CHANGES),
                          *([_array_header(PART_CHANGES) + b"\x00" * PART_CHANGES] * 30)])  # claims 50,000
    maps = zstd_stream([_map_header(15), msgpack.packb("v"), _array_header(PART_CHANGES),
                        *([_map_header(16) + b"".join(msgpack.packb(f"k{i}") + b"\xc0" for i in range(16))]
                          * 2)])  # claims 50,000
    full = zstd_stream(column_body(PART_CHANGES))
    many_parts = {f"changes/{n:04d}.bin": (full, PART_CHANGES) for n in range(60)}
    return {
        "claims_2^31_items": (signed(base, parts={PART: (claims, 3)}), "sync.pkg_too_many"),
        "string_of_100_MB": (signed(base, parts={PART: (long_string, 3)}), "sync.pkg_value_too_large"),
        "values_of_200_GB": (signed(base, parts={PART: (gigabytes, PART_CHANGES)}), "sync.pkg_unpacks_too_large"),
        "2.5G_nested_items": (signed(base, parts={PART: (nested, 3)}), "sync.pkg_too_many"),
        "50000_maps": (signed(base, parts={PART: (maps, 3)}), "sync.pkg_corrupt"),
        "3M_changes_in_60_parts": (signed(base, parts=many_parts), "sync.pkg_unpacks_too_large"),
    }


def test_hostile_parts_signed_by_an_enrolled_key_are_refused_each_with_its_message() -> None:
    made = bombs()
    found = {name: refused(data) for name, (data, _) in made.items()}
    assert {name: e.code for name, e in found.items()} == {name: code for name, (_, code) in made.items()}
    assert found["claims_2^31_items"].params == {"part": PART, "limit": PART_CHANGES}
    assert found["string_of_100_MB"].params == {"part": PART, "limit": 4}
    assert found["values_of_200_GB"].params == {"part": PART, "limit": 128}
    assert found["2.5G_nested_items"].params == {"part": PART, "limit": package_codec.MAX_PART_ITEMS}
    assert found["3M_changes_in_60_parts"].params["limit"] == 128


@pytest.mark.slow
def test_the_allowance_grows_with_the_file_and_a_genuine_large_package_is_read() -> None:
    # 120,000 changes of 1,500-byte texts: 180 MB unpacked from a file a 48th of that, above the floor.
    texts = [f"{n:07d} " + os.urandom(700).hex()[:1_492] for n in range(120_000)]
    many = [c._replace(value=t) for c, t in zip(changes(120_000), texts, strict=True)]
    data = build_package(Producer(LAPTOP, SIGN, "test", SCHEMA_VERSION), many, vector={})
    assert len(data) * package_codec.UNPACK_RATIO > package_codec.UNPACK_FLOOR
    assert len(read(data).changes) == 120_000


def test_a_zstd_window_larger_than_a_package_asks_is_refused() -> None:
    params = zstandard.ZstdCompressionParameters.from_level(3, window_log=27)
    packer = zstandard.ZstdCompressor(compression_params=params).compressobj()  # no content size: the window stays
    blob = packer.compress(msgpack.packb({"fmt": 1})) + packer.flush()
    assert refused(signed(genuine(), parts={PART: (blob, 3)})).code == "sync.pkg_corrupt"


def test_decode_changes_alone_is_bounded_too() -> None:
    with pytest.raises(PackageError) as caught:
        decode_changes(zstd_stream(big_values(PART_CHANGES, 4 << 20)), "alone.bin")
    assert (caught.value.code, caught.value.params["part"]) == ("sync.pkg_unpacks_too_large", "alone.bin")
    assert len(decode_changes(package.encode_changes(changes(10)))) == 10


def test_a_value_from_the_hub_is_unpacked_within_the_same_limits() -> None:
    for value in ("текст", 7, 2.5, b"\x00\x01", None, "ж" * 100_000):
        assert unpack_value(msgpack.packb(value, use_bin_type=True)) == value
    for hostile in ([1, 2], {"a": 1}, msgpack.ExtType(1, b"x"), "a" * ((4 << 20) + 1)):
        with pytest.raises(ValueError):
            unpack_value(msgpack.packb(hostile, use_bin_type=True))
    with pytest.raises(ValueError):
        unpack_value(_array_header(1 << 31))


@pytest.mark.pg
@pytest.mark.skipif(not os.environ.get("FIELDAPP_TEST_PG_URL"),
                    reason="needs PostgreSQL: run with FIELDAPP_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/test "
                           "(.ci/run sets it)")
@pytest.mark.parametrize("stored", [_array_header(1 << 31), _str_header(100 << 20) + b"a" * 1000,
                                    msgpack.packb(["a", "b"]), msgpack.packb({"a": 1})])
def test_a_value_on_the_hub_past_the_limits_is_refused_on_pull(hub_url: str, stored: bytes) -> None:
    from fieldapp.sync import hub as hub_store

    with hub_store.connect(hub_url) as pg:
        hub_store.open_hub(pg)
        with pg.transaction():
            hub_store.lock_for_push(pg)
            hub_store.push_changes(pg, "dev-h", [Change("dev-h", 1, 10, "signal", ROW, "description", "genuine")])
        pg.execute("UPDATE sync_change SET value = %s WHERE dev = 'dev-h'", (stored,))
        with pytest.raises(hub_store.HubRefused) as caught:
            hub_store.pull_changes(pg, {})
    assert caught.value.code == "hub.damaged_change"


# --- the ZIP: duplicates, names, overlaps, sizes -------------------------------------------------------------------


def test_a_fake_copy_of_the_manifest_or_a_part_beside_the_genuine_one_is_refused() -> None:
    data = genuine()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        fake = json.loads(zf.read("manifest.json"))
        part = zf.read(PART)
    fake["origins"] = {}
    for name, blob in (("manifest.json", canonical_json(fake)), (PART, part[:-1] + b"\x00"),
                       ("Manifest.json", b"{}")):
        error = refused(signed(data, extra=(Entry(name, blob),)))
        assert error.code == "sync.pkg_duplicate" and error.params["name"].lower() == name.lower()
    assert len(read(data).changes) == 3


@pytest.mark.parametrize("name", ["../manifest.json", "/manifest.json", "changes/../../x", "C:/x", "changes\\0001.bin",
                                  "changes//0001.bin", "manifest.json\x00.txt"])
def test_entry_names_that_leave_the_archive_are_refused(name: str) -> None:
    error = refused(signed(genuine(), extra=(Entry(name, b"x"),)))
    assert error.code == "sync.pkg_bad_name" and error.params == {"name": name}


def test_a_manifest_listing_one_entry_twice_is_refused_before_reading_it_twice() -> None:
    data = genuine()

    def twice(manifest: dict[str, Any]) -> None:
        manifest["parts"].append(dict(manifest["parts"][0]))

    assert refused(signed(data, edit=twice)).params == {"detail": PART}


def test_entries_sharing_bytes_or_named_otherwise_in_their_header_are_refused() -> None:
    data = genuine()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        stored = [Entry(name, zf.read(name)) for name in zf.namelist()]
    part = next(e for e in stored if e.name == PART)
    others = [e for e in stored if e.name != PART]
    shared = overlapping(Entry("blobs/" + "0" * 64, b"padding"), part, before=others)
    assert refused(shared).code == "sync.pkg_corrupt"
    renamed = [Entry(e.name, e.data, local_name="changes/9999.bin" if e.name == PART else None) for e in stored]
    assert refused(build(renamed)).code == "sync.pkg_corrupt"


def test_too_many_entries_and_entries_larger_than_their_kind_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    many = tuple(Entry(f"blobs/{n:064x}", b"") for n in range(package.MAX_ENTRIES))
    error = refused(signed(genuine(), extra=many))
    assert (error.code, error.params) == ("sync.pkg_entries", {"limit": package.MAX_ENTRIES})
    huge_manifest = signed(genuine(), edit=lambda m: m.update(padding="x" * (8 << 20)))
    error = refused(huge_manifest)
    assert (error.code, error.params) == ("sync.pkg_too_large", {"part": "manifest.json", "limit": 8})
    monkeypatch.setattr(package, "MAX_BLOB_BYTES", 1 << 20)
    photo = os.urandom((1 << 20) + 100)
    data = build_package(Producer(LAPTOP, SIGN, "test", SCHEMA_VERSION), changes(1), vector={},
                         blobs={hashlib.sha256(photo).hexdigest(): photo})
    error = refused(data)
    assert error.code == "sync.pkg_too_large" and error.params["part"].startswith("blobs/")


# --- the command line, memory, fuzzing -------------------------------------------------------------------------------


CHILD = textwrap.dedent("""
    import json, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
    {peak}
    from pathlib import Path
    from fieldapp.sync.fields import SCHEMA_VERSION
    from fieldapp.sync.package import PackageError, read_package
    key = bytes.fromhex(sys.argv[1])
    out = {{}}
    for path in sys.argv[2:]:
        try:
            read_package(Path(path).read_bytes(), lambda fp, dev: key, None, SCHEMA_VERSION)
            code = "read"
        except PackageError as exc:
            code = exc.code
        out[Path(path).stem] = [code, peak()]
    print(json.dumps(out))
""")


@pytest.mark.slow
def test_bombs_are_refused_within_300_mb(tmp_path: Path) -> None:
    made = bombs()
    paths = []
    for name, (data, _) in made.items():
        assert len(data) < 500_000
        paths.append(tmp_path / f"{name}.fieldsync")
        paths[-1].write_bytes(data)
    key = SIGN.public_key().public_bytes_raw().hex()
    done = subprocess.run([sys.executable, "-c", CHILD.format(peak=PEAK, limit=ADDRESS_SPACE), key, *map(str, paths)],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert {name: code for name, (code, _) in seen.items()} == {name: code for name, (_, code) in made.items()}
    assert max(mb for _, mb in seen.values()) < MEMORY_LIMIT_MB, seen


@pytest.mark.slow
def test_sync_import_refuses_bombs_and_fake_copies_with_one_error_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = tmp_path / "office.db"
    with office_trusting(db, SIGN, LAPTOP):
        pass
    digest, _ = bounded_cli(home, "sync", "digest", db)
    assert digest.returncode == 0, digest.stderr
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    made = bombs()
    data = genuine()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    manifest["origins"] = {}
    cases = {
        "values": (made["values_of_200_GB"][0], "пакет распаковывается больше чем в 128 МБ"),
        "parts": (made["3M_changes_in_60_parts"][0], "пакет распаковывается больше чем в 128 МБ"),
        "claims": (made["claims_2^31_items"][0], "списки длиннее допустимого (50000 элементов)"),
        "twice": (signed(data, extra=(Entry("manifest.json", canonical_json(manifest)),)),
                  "в пакете две записи «manifest.json»"),
    }
    for name, (content, text) in cases.items():
        path = tmp_path / f"{name}.fieldsync"
        path.write_bytes(content)
        done, peak = bounded_cli(home, "sync", "import", db, path)
        assert done.returncode == 1, (done.stdout, done.stderr)
        errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
        assert len(errors) == 1 and path.name in errors[0] and text in errors[0], done.stderr
        assert peak < MEMORY_LIMIT_MB, (name, peak)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    again, _ = bounded_cli(home, "sync", "digest", db)
    assert again.stdout == digest.stdout


FUZZ = textwrap.dedent("""
    import io, json, resource, sys, zipfile
    resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
    {peak}
    import zstandard
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from hypothesis import HealthCheck, given, settings, strategies as st
    from fieldapp.sync.fields import SCHEMA_VERSION
    from fieldapp.sync.package import PackageError, canonical_json, read_package, sha256

    sign = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(sys.argv[1]))
    key = sign.public_key().public_bytes_raw()
    genuine = open(sys.argv[2], "rb").read()
    with zipfile.ZipFile(io.BytesIO(genuine)) as zf:
        stored = {{name: zf.read(name) for name in zf.namelist()}}
    manifest = json.loads(stored["manifest.json"])
    plain = zstandard.ZstdDecompressor().decompress(stored["changes/0000.bin"])
    outcomes = {{"read": 0, "refused": 0}}

    def mutate(draw, data):
        data = bytearray(data)
        for _ in range(draw(st.integers(1, 6))):
            kind = draw(st.sampled_from(["flip", "byte", "cut", "insert", "copy"]))
            at = draw(st.integers(0, max(0, len(data) - 1)))
            if kind == "flip" and data:
                data[at] ^= 1 << draw(st.integers(0, 7))
            elif kind == "byte" and data:
                data[at] = draw(st.integers(0, 255))
            elif kind == "cut":
                del data[at:at + draw(st.integers(1, 32))]
            elif kind == "insert":
                data[at:at] = draw(st.binary(min_size=1, max_size=8) | st.sampled_from(
                    [b"\\xdd\\x7f\\xff\\xff\\xff", b"\\xdb\\x7f\\xff\\xff\\xff", b"\\xdf\\x7f\\xff\\xff\\xff",
                     b"\\xc7\\xff\\x01"]))
            elif data:
                start = draw(st.integers(0, len(data) - 1))
                data[at:at] = data[start:start + draw(st.integers(1, 64))]
        return bytes(data)

    def resigned(part):
        edited = json.loads(json.dumps(manifest))
        edited["parts"][0]["sha256"] = sha256(part)
        body = canonical_json(edited)
        entries = dict(stored, **{{"manifest.json": body, "manifest.sig": sign.sign(body), "changes/0000.bin": part}})
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
            for name, data in entries.items():
                zf.writestr(name, data)
        return out.getvalue()

    @st.composite
    def mutated(draw):
        how = draw(st.sampled_from(["file", "part", "plain"]))
        if how == "file":  # the file's bytes: refused by the ZIP, the signature or a hash, whatever they are
            return mutate(draw, genuine)
        if how == "part":  # the compressed part, signed again: the zstd decoder behind an enrolled signature
            return resigned(mutate(draw, stored["changes/0000.bin"]))
        return resigned(zstandard.ZstdCompressor().compress(mutate(draw, plain)))  # the msgpack decoder

    @settings(max_examples={examples}, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(mutated())
    def fuzz(data):
        try:
            read_package(data, lambda fp, dev: key, None, SCHEMA_VERSION)
            outcomes["read"] += 1
        except PackageError:
            outcomes["refused"] += 1

    fuzz()
    print(outcomes["read"], outcomes["refused"], peak())
""")


@pytest.mark.slow
def test_a_mutated_package_is_read_or_refused_never_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "genuine.fieldsync"
    kinds: list[Value] = ["текст", 7, 2.5, b"\x00photo", None]
    mixed = [c._replace(value=kinds[c.seq % len(kinds)]) for c in changes(40)]
    path.write_bytes(build_package(Producer(LAPTOP, SIGN, "test", SCHEMA_VERSION), mixed, vector={}))
    child = FUZZ.format(peak=PEAK, limit=ADDRESS_SPACE, examples=200)
    done = subprocess.run([sys.executable, "-c", child, SIGN_RAW.hex(), str(path)], capture_output=True, text=True,
                          timeout=900, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    read_count, refused_count, peak = map(int, done.stdout.split())
    assert read_count + refused_count >= 200 and refused_count > 0
    assert peak < MEMORY_LIMIT_MB, peak
