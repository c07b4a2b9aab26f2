"""The hub's data key (hub_secrets): wrapped for enrolled devices only, signed by an office they trust, and the
hashes of sealed changes keyed — whatever someone holding only the database password does."""

from __future__ import annotations

import json
import os
from pathlib import Path

import msgpack
import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hub_world import RESIDENTS, build, hub_database, identity_in, laptop, pg_dump
from sync_helpers import digest, hub_team, replica

from fieldapp.services import control, hub, receptions
from fieldapp.sync import hub_secrets
from fieldapp.sync.changelog import Change
from fieldapp.sync.fields import ROW
from fieldapp.sync.keys import b64, own_keys
from fieldapp.sync.package import wrap_key

PG_URL = os.environ.get("FIELDAPP_TEST_PG_URL")
pytestmark = pytest.mark.skipif(
    not PG_URL, reason="needs PostgreSQL: run with FIELDAPP_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/test "
                       "(.ci/run sets it)")


def hub_rows(url: str) -> list[tuple[str, int]]:
    with psycopg.connect(url) as conn:
        return [(str(d), int(s)) for d, s in conn.execute("SELECT dev, seq FROM sync_change ORDER BY dev, seq")]


def test_a_key_slipped_in_by_the_password_holder_is_not_used(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ids = build(a)
    b.write_bytes(a.read_bytes())
    with hub_database() as url:
        hub_team(url, [a, b], tmp_path)
        with laptop(a) as ctx:
            hub.push(ctx, url)
        with replica(b) as ctx, ctx.db.session() as s:
            b_keys = own_keys(s)
        # The password holder wraps a key of their own for b and signs the wrap with a key of their own.
        forged_key, forger = os.urandom(32), Ed25519PrivateKey.generate()
        with psycopg.connect(url) as conn:
            meta = dict(conn.execute("SELECT key, value FROM hub_meta").fetchall())
            hub_device, key_id = str(meta["device"]), str(meta["data_key_id"])
            wrapped = b64(json.dumps(wrap_key(forged_key, [b_keys.box_public], f"hub:{hub_device}:{key_id}")).encode())
            body = hub_secrets._wrap_body(hub_device, key_id, b_keys.fingerprint, wrapped)
            conn.execute("UPDATE hub_data_key SET wrapped = %s, signer_key = %s, sig = %s WHERE key_fp = %s",
                         (wrapped, b64(forger.public_key().public_bytes_raw()), forger.sign(body), b_keys.fingerprint))
        with laptop(b) as ctx:
            receptions.delete_reception(ctx, ids.receptions[0], "ошибка")
        with laptop(a) as ctx:  # the office's wrap is untouched: its new personal data reaches the hub sealed
            control.update_item(ctx, ids.items[1], "Ремонт дороги", control.Responsible(org_name="Акимат"))
            hub.push(ctx, url)
        before, local = hub_rows(url), digest(b)
        for act in (hub.push, hub.pull):
            with laptop(b) as ctx, pytest.raises(hub.HubError) as refused:
                act(ctx, url)
            assert refused.value.code == "hub.data_key_untrusted"
        assert hub_rows(url) == before and digest(b) == local
        # The office writes b's wrap again at enrolment; b then pushes its personal data under the real key.
        with replica(a) as ctx:
            hub.enrol(ctx, url, tmp_path / "b.key", office=True)
        with laptop(b) as ctx:
            assert hub.push(ctx, url).new > 0


def test_the_hash_of_a_sealed_change_is_keyed(tmp_path: Path) -> None:
    a = tmp_path / "a.db"
    build(a)
    with hub_database() as url:
        with laptop(a) as ctx:
            hub.push(ctx, url)
        with psycopg.connect(url) as conn:
            rows = conn.execute("SELECT dev, seq, hlc, tbl, row_id, field, value, bases, author, schema_version, hash "
                                "FROM sync_change WHERE tbl = 'reception' AND field = %s", (ROW,)).fetchall()
        assert len(rows) == len(RESIDENTS) + 2
        for dev, seq, hlc, tbl, row_id, fld, value, bases, author, schema, digest_ in rows:
            assert hub_secrets.is_sealed(bytes(value))
            # What an unkeyed hash would be for any guess of the value: never what the hub holds.
            guess = Change(dev, seq, hlc, tbl, row_id, fld, bytes(value), bases, author, schema)
            assert guess.content_hash() != bytes(digest_) and len(bytes(digest_)) == 16


def test_an_older_hub_holding_personal_data_in_clear_is_sealed_by_the_office(tmp_path: Path) -> None:
    a, c = tmp_path / "a.db", tmp_path / "c.db"
    build(a)
    with replica(c):
        pass
    with hub_database() as url:
        hub_team(url, [a], tmp_path, fresh=[c])
        with laptop(a) as ctx:
            hub.push(ctx, url)
        # What a hub of the previous version holds: the same changes with their values and hashes in clear.
        with replica(a) as ctx, ctx.db.session() as s:
            keys = own_keys(s)
        with psycopg.connect(url) as conn:
            secrets = hub_secrets.device_secrets(conn, keys, lambda _fp: True)
            rows = conn.execute("SELECT dev, seq, hlc, tbl, row_id, field, value, bases, author, schema_version "
                                "FROM sync_change").fetchall()
            for dev, seq, hlc, tbl, row_id, fld, value, bases, author, schema in rows:
                if hub_secrets.is_sealed(bytes(value)):
                    plain = secrets.open_value(bytes(value), dev, seq, tbl, row_id, fld)
                    c_ = Change(dev, seq, hlc, tbl, row_id, fld, plain, bases, author, schema)
                    conn.execute("UPDATE sync_change SET value = %s, hash = %s WHERE dev = %s AND seq = %s",
                                 (msgpack.packb(plain, use_bin_type=True), c_.content_hash(), dev, seq))
            conn.execute("DELETE FROM hub_meta WHERE key = %s", (hub_secrets.SEALED_ALL,))
        assert RESIDENTS[0].iin.encode().hex().encode() in pg_dump(url)
        with laptop(a) as ctx:
            hub.push(ctx, url)  # the office's next push seals them and vouches for them again
        assert identity_in(pg_dump(url)) == []  # no name, IIN, phone or address, in clear or as hex
        with replica(c) as ctx:
            pulled = hub.pull(ctx, url)
        assert pulled.untrusted == {} and digest(c) == digest(a)


def test_a_revoked_device_loses_its_wrap_and_a_new_one_gets_one(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    build(a)
    b.write_bytes(a.read_bytes())
    with hub_database() as url:
        hub_team(url, [a, b], tmp_path)
        with replica(b) as ctx, ctx.db.session() as s:
            b_fp = own_keys(s).fingerprint

        def wrapped() -> set[str]:
            with psycopg.connect(url) as conn:
                return {str(fp) for (fp,) in conn.execute("SELECT key_fp FROM hub_data_key")}

        assert b_fp in wrapped() and len(wrapped()) == 2  # the office's and b's, from `hub enroll`
        with replica(a) as ctx:
            hub.revoke(ctx, url, b_fp)
        assert b_fp not in wrapped() and len(wrapped()) == 1
        with laptop(b) as ctx, pytest.raises(hub.HubError) as refused:
            hub.push(ctx, url)
        assert refused.value.code == "hub.revoked"
