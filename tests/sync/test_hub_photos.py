"""Photos through the PostgreSQL hub (real server): the bytes travel with their rows, verified on both sides."""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
import pytest
from sync_helpers import digest, hub_team, replica, seed

from fieldapp.services import hub, photos, signals
from fieldapp.services.signals import SignalDraft
from fieldapp.sync import hub as hub_store

PG_URL = os.environ.get("FIELDAPP_TEST_PG_URL")
pytestmark = pytest.mark.skipif(
    not PG_URL, reason="needs PostgreSQL: run with FIELDAPP_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/test "
                       "(.ci/run sets it)")




def png(size: int = 20_000) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + os.urandom(size)


def laptops(tmp_path: Path, hub_url: str) -> tuple[Path, Path]:
    """Two laptops that trust each other through the hub (a is its office)."""
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    seed(a)
    b.write_bytes(a.read_bytes())
    hub_team(hub_url, [a, b], tmp_path)
    return a, b


def attach(path: Path, data: bytes) -> str:
    """A signal with one photo on laptop `path`; returns the photo's id."""
    with replica(path) as ctx:
        signal = signals.record_signal(ctx, SignalDraft(kind="other", address="ул. Абая, 3"))
        return photos.attach_photo(ctx, "signal", signal, data, caption="стена у школы").id


def hub_blobs(url: str) -> dict[str, bytes]:
    with psycopg.connect(url) as conn:
        return {str(d): bytes(b) for d, b in conn.execute("SELECT sha256, data FROM hub_blob")}


def hub_change_count(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT count(*) FROM sync_change").fetchone()
    assert row is not None
    return int(row[0])


def test_a_photo_added_on_one_laptop_arrives_byte_identical_on_another(tmp_path: Path, hub_url: str) -> None:
    a, b = laptops(tmp_path, hub_url)
    data = png()
    photo_id = attach(a, data)
    with replica(a) as ctx:
        pushed = hub.push(ctx, hub_url)
    assert pushed.blobs == 1
    assert hub_blobs(hub_url) == {hub_store.blob_digest(data): data}
    with replica(b) as ctx:
        pulled = hub.pull(ctx, hub_url)
        assert pulled.blobs == 1
        assert photos.photo_bytes(ctx, photo_id) == data
        assert photos.get_photo(ctx, photo_id).caption == "стена у школы"
    assert digest(a) == digest(b)
    # Asked first, sent once: neither side moves the bytes again.
    with replica(a) as ctx:
        assert hub.push(ctx, hub_url).blobs == 0
    with replica(b) as ctx:
        assert hub.pull(ctx, hub_url).blobs == 0


def test_a_photo_row_pulled_before_its_bytes_gets_them_later(tmp_path: Path, hub_url: str) -> None:
    a, b = laptops(tmp_path, hub_url)
    data = png()
    photo_id = attach(a, data)
    with replica(a) as ctx:
        hub.push(ctx, hub_url)
    with replica(b) as ctx:
        hub.pull(ctx, hub_url)
        path = photos.get_photo(ctx, photo_id).path
    path.unlink()  # as on a laptop that synced the rows before the hub carried photos
    with replica(b) as ctx:
        assert hub.pull(ctx, hub_url).blobs == 1
        assert photos.photo_bytes(ctx, photo_id) == data


def test_a_damaged_photo_file_is_refused_and_nothing_is_pushed(tmp_path: Path, hub_url: str) -> None:
    a, _ = laptops(tmp_path, hub_url)
    data = png()
    photo_id = attach(a, data)
    with replica(a) as ctx:
        path = photos.get_photo(ctx, photo_id).path
    path.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    before = digest(a)
    with replica(a) as ctx, pytest.raises(hub.HubError) as refused:
        hub.push(ctx, hub_url)
    assert refused.value.code == "hub.blob_corrupt"
    assert str(path) in refused.value.message("en") and "damaged" in refused.value.message("en")
    assert hub_blobs(hub_url) == {}
    assert hub_change_count(hub_url) == 0
    assert digest(a) == before


def test_the_hub_itself_refuses_bytes_that_do_not_match_their_name(hub_url: str) -> None:
    data, other = png(100), png(100)
    name = hub_store.blob_digest(data)
    with hub_store.connect(hub_url) as pg:
        hub_store.open_hub(pg)
        with pytest.raises(hub_store.BlobMismatch), pg.transaction():
            hub_store.push_blobs(pg, {name: other})
        # Past the laptop's check (another client, a bug): PostgreSQL's own constraint stops it.
        with pytest.raises(psycopg.errors.CheckViolation), pg.transaction():
            pg.execute("INSERT INTO hub_blob VALUES (%s, %s, %s)", (name, other, len(other)))
    assert hub_blobs(hub_url) == {}


def test_a_tampered_blob_on_the_hub_is_refused_on_pull_and_the_laptop_is_untouched(tmp_path: Path,
                                                                                   hub_url: str) -> None:
    a, b = laptops(tmp_path, hub_url)
    attach(a, png())
    with replica(a) as ctx:
        hub.push(ctx, hub_url)
    with psycopg.connect(hub_url, autocommit=True) as conn:
        conn.execute("ALTER TABLE hub_blob DROP CONSTRAINT hub_blob_hash")
        conn.execute("UPDATE hub_blob SET data = overlay(data placing '\\x00'::bytea from 100)")
    before = digest(b)
    with replica(b) as ctx, pytest.raises(hub.HubError) as refused:
        hub.pull(ctx, hub_url)
    assert refused.value.code == "hub.damaged_blob"
    assert "does not match its checksum" in refused.value.message("en")
    assert digest(b) == before
    assert not any(p.is_file() for p in b.with_suffix(".blobs").rglob("*"))
