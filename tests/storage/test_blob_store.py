"""The photo store: plain files for a plain database, sealed ones for a protected database, each checked on read."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from fieldapp.domain.errors import StorageError
from fieldapp.storage.blobs import MAGIC, BlobStore
from fieldapp.storage.files import sweep_store

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8 + b"\xff\xd9"
KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))


def files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_a_plain_store_keeps_the_bytes_as_they_are(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    digest = store.put(JPEG)
    assert digest == hashlib.sha256(JPEG).hexdigest()
    assert files(tmp_path) == [tmp_path / digest[:2] / digest[2:]] == [store.path(digest)]
    assert store.path(digest).read_bytes() == JPEG and store.get(digest) == JPEG and store.has(digest)


def test_a_sealed_store_holds_no_plain_byte_and_reads_them_back(tmp_path: Path) -> None:
    store = BlobStore(tmp_path, KEY)
    digest = store.put(JPEG)
    assert digest == hashlib.sha256(JPEG).hexdigest()  # named by the plain bytes: dedup and sync names stay
    [path] = files(tmp_path)
    assert path == store.path(digest) and path.name == digest[2:] and path.parent.name == digest[:2]
    raw = path.read_bytes()
    assert raw.startswith(MAGIC) and not raw.startswith(b"\xff\xd8") and b"JFIF" not in raw
    assert JPEG[16:80] not in raw
    assert store.get(digest) == JPEG and store.has(digest)
    assert store.put(JPEG) == digest and files(tmp_path) == [path]  # the same bytes twice: one file, not rewritten
    assert path.read_bytes() == raw


def test_two_sealed_files_of_the_same_bytes_differ(tmp_path: Path) -> None:
    one, two = BlobStore(tmp_path / "a", KEY), BlobStore(tmp_path / "b", KEY)
    digest = one.put(JPEG)
    two.put(JPEG)
    assert one.path(digest).read_bytes() != two.path(digest).read_bytes()  # a fresh nonce per file


@pytest.mark.parametrize("damage", ["flip", "truncate", "swap"])
def test_a_tampered_sealed_file_is_refused_not_returned(tmp_path: Path, damage: str) -> None:
    store = BlobStore(tmp_path, KEY)
    digest = store.put(JPEG)
    other = store.put(JPEG + b"more")
    path = store.path(digest)
    raw = bytearray(path.read_bytes())
    if damage == "flip":
        raw[len(raw) // 2] ^= 0x01
        path.write_bytes(bytes(raw))
    elif damage == "truncate":
        path.write_bytes(bytes(raw[:-5]))
    else:  # another photo's sealed file put under this name: authentic, but bound to its own digest
        path.write_bytes(store.path(other).read_bytes())
    with pytest.raises(StorageError) as caught:
        store.get(digest)
    assert caught.value.code == "photo.tampered" and str(path) in str(caught.value.params)
    assert store.put(JPEG) == digest and store.get(digest) == JPEG  # the same bytes again repair it


def test_another_databases_key_neither_reads_nor_disturbs_the_files(tmp_path: Path) -> None:
    mine, theirs, plain = BlobStore(tmp_path, KEY), BlobStore(tmp_path, OTHER_KEY), BlobStore(tmp_path)
    digest = mine.put(JPEG)
    assert not theirs.has(digest) and not plain.has(digest)
    with pytest.raises(StorageError) as caught:
        theirs.get(digest)
    assert caught.value.code == "photo.missing"
    theirs.put(JPEG)
    plain.put(JPEG)
    # Three databases sharing the user's store keep three files, each readable by its own database only.
    assert len({mine.path(digest), theirs.path(digest), plain.path(digest)}) == 3
    assert mine.get(digest) == theirs.get(digest) == plain.get(digest) == JPEG
    assert plain.path(digest).read_bytes() == JPEG


def test_plain_files_from_before_sealing_are_read_and_sealed(tmp_path: Path) -> None:
    digest = BlobStore(tmp_path).put(JPEG)
    legacy = tmp_path / digest[:2] / digest[2:]
    store = BlobStore(tmp_path, KEY)
    assert store.has(digest) and store.get(digest) == JPEG
    assert store.path(digest).read_bytes().startswith(MAGIC)  # sealed on the way
    assert legacy.read_bytes() == JPEG  # kept: a plain database may share it
    assert store.seal_plain([digest, "f" * 64, "../../etc"]) == 1 and not legacy.exists()
    assert store.get(digest) == JPEG


def test_a_damaged_plain_file_is_reported(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    digest = store.put(JPEG)
    store.path(digest).write_bytes(JPEG[:-1])
    with pytest.raises(StorageError) as caught:
        store.get(digest)
    assert caught.value.code == "photo.corrupt"
    store.path(digest).unlink()
    with pytest.raises(StorageError) as caught:
        store.get(digest)
    assert caught.value.code == "photo.missing"


def test_names_that_are_not_digests_never_become_paths(tmp_path: Path) -> None:
    store = BlobStore(tmp_path, KEY)
    for bad in ("../../secret", "AB" * 32, "", "a" * 63):
        assert not store.has(bad)
        with pytest.raises(StorageError):
            store.get(bad)


def test_leftovers_of_a_killed_sealed_write_are_swept(tmp_path: Path) -> None:
    store = BlobStore(tmp_path, KEY)
    digest = store.put(JPEG)
    leftover = store.path(digest).parent / f".{digest[2:]}.999999-0123abcd.fieldapp-tmp"
    leftover.write_bytes(b"half")
    old = store.path(digest).stat().st_mtime - 3600
    os.utime(leftover, (old, old))
    assert sweep_store(tmp_path) == 1 and not leftover.exists() and store.get(digest) == JPEG
