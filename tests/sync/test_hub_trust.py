"""The hub trusts no one (SYNC.md, "Trust"): only enrolled keys push through the app, every push is signed, and a
laptop applies only what its own enrolment trusts — whatever someone holding the hub's password wrote there."""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
import pytest
from sync_helpers import digest, hub_team, replica, seed

from fieldapp.services import hub, sync, tours
from fieldapp.sync import hub as hub_store
from fieldapp.sync import hub_trust
from fieldapp.sync.changelog import Change
from fieldapp.sync.fields import SCHEMA_VERSION
from fieldapp.sync.keys import DeviceKeys, own_keys

PG_URL = os.environ.get("FIELDAPP_TEST_PG_URL")
pytestmark = pytest.mark.skipif(
    not PG_URL, reason="needs PostgreSQL: run with FIELDAPP_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/test "
                       "(.ci/run sets it)")


def hub_rows(url: str) -> list[tuple[str, int]]:
    with psycopg.connect(url) as conn:
        return [(str(d), int(s)) for d, s in conn.execute("SELECT dev, seq FROM sync_change ORDER BY dev, seq")]


def keys_of(path: Path) -> DeviceKeys:
    with replica(path) as ctx, ctx.db.session() as s:
        return own_keys(s)


def team(tmp_path: Path, url: str) -> tuple[Path, Path, dict[str, str]]:
    """Office a (the hub's office) and laptop b, set up from one seeded database through the services."""
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ids = seed(a)
    b.write_bytes(a.read_bytes())
    hub_team(url, [a, b], tmp_path)
    with replica(a) as ctx:
        hub.push(ctx, url)
    return a, b, ids


def test_a_key_the_hub_never_enrolled_cannot_push(tmp_path: Path, hub_url: str) -> None:
    team(tmp_path, hub_url)
    stranger = tmp_path / "stranger.db"  # its own database and key (a copy of a's file would hold a's key)
    ids = seed(stranger)
    with replica(stranger) as ctx:
        tours.update_tour(ctx, ids["tour1"], "чужак")
    before, local = hub_rows(hub_url), digest(stranger)
    with replica(stranger) as ctx, pytest.raises(hub.HubError) as refused:
        hub.push(ctx, hub_url)
    assert refused.value.code == "hub.not_enrolled"
    assert hub_rows(hub_url) == before and digest(stranger) == local
    # Nor can it enrol itself: only the hub's office enrols.
    with replica(stranger) as ctx:
        sync.export_key(ctx, tmp_path / "stranger.key")
        with pytest.raises(hub.HubError) as refused:
            hub.enrol(ctx, hub_url, tmp_path / "stranger.key", office=True)
    assert refused.value.code == "hub.not_enrolled"


def test_a_key_revoked_at_the_hub_cannot_push(tmp_path: Path, hub_url: str) -> None:
    a, b, ids = team(tmp_path, hub_url)
    with replica(a) as ctx:
        hub.revoke(ctx, hub_url, keys_of(b).fingerprint)
    with replica(b) as ctx:
        tours.update_tour(ctx, ids["tour1"], "после отзыва")
    before = hub_rows(hub_url)
    with replica(b) as ctx, pytest.raises(hub.HubError) as refused:
        hub.push(ctx, hub_url)
    assert refused.value.code == "hub.revoked" and hub_rows(hub_url) == before


def test_a_laptop_pushes_only_its_own_changes(tmp_path: Path, hub_url: str) -> None:
    """A laptop holding an office change the hub lacks (from the office's package) pushes only its own: the office's
    change must come from the office itself."""
    a, _, ids = team(tmp_path, hub_url)
    office = keys_of(a).device
    laptop = tmp_path / "laptop.db"  # its own database and key
    with replica(laptop) as ctx:
        sync.export_key(ctx, tmp_path / "laptop.key")
        sync.enrol(ctx, tmp_path / "a.key", office=True)
        me = sync.this_device(ctx).device
    package = tmp_path / "office.fieldsync"
    with replica(a) as ctx:
        hub.enrol(ctx, hub_url, tmp_path / "laptop.key")  # a laptop, not an office
        sync.enrol(ctx, tmp_path / "laptop.key")
        tours.update_tour(ctx, ids["tour1"], "офис, ещё не отправлено")
        sync.export_package(ctx, package)
    with replica(laptop) as ctx:
        sync.import_packages(ctx, [package])
        tours.update_tour(ctx, ids["tour2"], "с ноутбука")
    office_rows = [r for r in hub_rows(hub_url) if r[0] == office]
    with replica(laptop) as ctx:
        assert hub.push(ctx, hub_url).new > 0
    with psycopg.connect(hub_url) as conn:
        pushed = {str(d) for (d,) in conn.execute("SELECT DISTINCT dev FROM sync_change WHERE pushed_by = %s",
                                                  (me,))}
    assert pushed == {me}
    assert [r for r in hub_rows(hub_url) if r[0] == office] == office_rows  # the office's new edit is not there


def _forge(url: str, changes: list[Change], signer: DeviceKeys, pusher: str) -> None:
    """Write into the hub as someone holding its password would: rows with good content hashes and a batch."""
    with hub_store.connect(url) as pg, pg.transaction():
        hub_store.lock_for_push(pg)
        hub_store.push_changes(pg, pusher, changes)
        hub_trust.sign_batch(pg, signer, pusher, changes)


def test_changes_written_into_the_hub_under_someone_elses_name_are_left_there(tmp_path: Path, hub_url: str) -> None:
    a, b, ids = team(tmp_path, hub_url)
    with replica(b) as ctx:
        hub.pull(ctx, hub_url)
    office = keys_of(a)
    with replica(tmp_path / "forger.db") as ctx, ctx.db.session() as s:
        forger = own_keys(s)  # a key nobody enrolled
    forged = [Change(office.device, 10_000 + n, 1 << 60, "tour", ids["tour1"], "title", "подделка", None, None,
                     SCHEMA_VERSION) for n in range(3)]
    _forge(hub_url, forged, forger, office.device)
    before = digest(b)
    with replica(b) as ctx:
        pulled = hub.pull(ctx, hub_url)
    assert pulled.untrusted == {office.device: 3} and pulled.new == 0
    assert digest(b) == before
    # A batch that claims the office's key but was not signed by it is no better.
    with psycopg.connect(hub_url, autocommit=True) as conn:
        conn.execute("UPDATE hub_batch SET key_fp = %s WHERE key_fp = %s", (office.fingerprint, forger.fingerprint))
        conn.execute("UPDATE hub_batch_origin SET key_fp = %s WHERE key_fp = %s",
                     (office.fingerprint, forger.fingerprint))
    with replica(b) as ctx:
        assert hub.pull(ctx, hub_url).untrusted == {office.device: 3}
    assert digest(b) == before


def test_a_trusted_key_cannot_bring_sql_through_the_hub(tmp_path: Path, hub_url: str) -> None:
    a, b, ids = team(tmp_path, hub_url)
    with replica(b) as ctx:
        hub.pull(ctx, hub_url)
    office = keys_of(a)
    bad = [Change(office.device, 10_000, 1 << 60, "tour", ids["tour1"], 'title" = 1 WHERE 1=1 --', "x", None, None,
                  SCHEMA_VERSION)]
    _forge(hub_url, bad, office, office.device)  # even a key b trusts fully
    before = digest(b)
    with replica(b) as ctx, pytest.raises(hub.HubError) as refused:
        hub.pull(ctx, hub_url)
    assert refused.value.code == "sync.bad_field"
    assert digest(b) == before


def test_a_laptop_that_revoked_a_key_takes_nothing_it_signed(tmp_path: Path, hub_url: str) -> None:
    a, b, ids = team(tmp_path, hub_url)
    with replica(a) as ctx:
        tours.update_tour(ctx, ids["tour1"], "правка офиса")
        hub.push(ctx, hub_url)
    with replica(b) as ctx:
        sync.revoke(ctx, keys_of(a).fingerprint)
        before = sync.digest(ctx)
        pulled = hub.pull(ctx, hub_url)
        assert pulled.new == 0 and sum(pulled.untrusted.values()) > 0
        assert sync.digest(ctx) == before
