"""Photos of protected databases through the PostgreSQL hub (real server): sent as their plain bytes, kept sealed
on both laptops."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from fieldapp.services import hub, photos, signals, sync
from fieldapp.services.context import Context
from fieldapp.services.signals import SignalDraft
from fieldapp.storage.blobs import MAGIC
from fieldapp.storage.database import open_database
from fieldapp.storage.protection import create_protected, unlock

PG_URL = os.environ.get("FIELDAPP_TEST_PG_URL")
pytestmark = pytest.mark.skipif(
    not PG_URL, reason="needs PostgreSQL: run with FIELDAPP_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/test "
                       "(.ci/run sets it)")

PNG = b"\x89PNG\r\n\x1a\n" + os.urandom(20_000)


@contextmanager
def laptop(path: Path) -> Iterator[Context]:
    db = open_database(path, unlock(path, "coordinator", "demo"))
    try:
        yield Context(db=db, blobs=path.with_suffix(".blobs"))
    finally:
        db.close()


def test_a_protected_laptops_photo_reaches_another_through_the_hub_and_stays_sealed(tmp_path: Path,
                                                                                   hub_url: str) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    for path in (a, b):
        create_protected(path, "coordinator", "demo")
        with laptop(path) as ctx:
            sync.export_key(ctx, tmp_path / f"{path.stem}.key")
    for path, other in ((a, b), (b, a)):
        with laptop(path) as ctx:
            sync.enrol(ctx, tmp_path / f"{other.stem}.key", office=True)
    with laptop(a) as ctx:
        hub.enrol(ctx, hub_url, tmp_path / "b.key", office=True)
        signal = signals.record_signal(ctx, SignalDraft(kind="other", address="ул. Абая, 3"))
        photo_id = photos.attach_photo(ctx, "signal", signal, PNG).id
        assert hub.push(ctx, hub_url).blobs == 1
    with laptop(b) as ctx:
        assert hub.pull(ctx, hub_url).blobs == 1
        content = photos.photo_bytes(ctx, photo_id)
        path = photos.get_photo(ctx, photo_id).path
    assert content == PNG and hashlib.sha256(content).hexdigest() == path.parent.name + path.name
    for store in (a.with_suffix(".blobs"), b.with_suffix(".blobs")):
        [stored] = [p for p in store.rglob("*") if p.is_file()]
        raw = stored.read_bytes()
        assert raw.startswith(MAGIC) and PNG[8:72] not in raw
    with laptop(b) as ctx:
        assert hub.pull(ctx, hub_url).blobs == 0  # held (sealed) already: not asked for again
