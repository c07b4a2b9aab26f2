"""A file that continues as a new device (a copy, a restored backup) takes an id keyed to its signing key, so no
other enrolled laptop can speak as that id before the file's own packages arrive.

Found by the state machine's long run: the restored laptop's fresh id was unknown to the office, and any enrolled
key could claim it there first («a laptop whose file moved»); the real laptop's packages would then be refused as
impersonation and the forger's changes would stand under its id.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync_helpers import digest, enrol_all, replica, seed, signed_package

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.ids import keyed_device_id, keyed_to, uuid7
from fieldapp.services import sync, tours
from fieldapp.sync import hlc
from fieldapp.sync.changelog import Change
from fieldapp.sync.fields import SCHEMA_VERSION
from fieldapp.sync.keys import own_keys


def test_a_keyed_id_names_its_key_and_no_other() -> None:
    one, other = (Ed25519PrivateKey.generate().public_key().public_bytes_raw() for _ in range(2))
    made = keyed_device_id(one, 1_767_000_000_000)
    assert uuid.UUID(made).version == 8
    assert keyed_to(made, one) is True
    assert keyed_to(made, other) is False
    assert keyed_to(keyed_device_id(one, 1_767_000_000_001), one) is True  # the time is part of what is hashed
    assert keyed_to(uuid7(), one) is None  # ids before keyed ids name no key: the old rule holds for them
    assert keyed_to("not an id", one) is None


def test_a_forger_cannot_claim_a_restored_laptops_new_id(tmp_path: Path) -> None:
    laptop, office, forger = tmp_path / "laptop.db", tmp_path / "office.db", tmp_path / "forger.db"
    ids = seed(laptop)
    with replica(office), replica(forger):
        pass
    enrol_all([laptop, office, forger], tmp_path)
    with replica(laptop) as ctx:
        old_id = sync.this_device(ctx).device
        sync.export_package(ctx, tmp_path / "first.fieldsync")
    with replica(office) as ctx:
        sync.import_packages(ctx, [tmp_path / "first.fieldsync"])

    # The laptop's file is put back on another machine (a copy at another path): it continues as a new device.
    restored = tmp_path / "restored" / "laptop.db"
    restored.parent.mkdir()
    restored.write_bytes(laptop.read_bytes())
    with replica(restored) as ctx:
        tours.update_tour(ctx, ids["tour1"], "После восстановления", starts_on=date(2026, 3, 2))
        new_id = sync.this_device(ctx).device
        laptop_key = own_keys(ctx.db.engine.connect()).sign_public
        sync.export_package(ctx, tmp_path / "restored.fieldsync")
    assert new_id != old_id and keyed_to(new_id, laptop_key) is True

    # The forger, enrolled at the office as a laptop, saw the new id (packages are encrypted for every enrolled
    # device) and sends changes under it first, signed with its own valid key.
    with replica(forger) as ctx:
        forger_sign = own_keys(ctx.db.engine.connect()).sign
    stamp = hlc.pack(hlc.system_ms())
    forged = [Change(new_id, n, stamp + n, "tour", ids["tour2"], "title", "подделка", None, None, SCHEMA_VERSION)
              for n in range(1, 4)]
    before = digest(office)
    with replica(office) as ctx, pytest.raises(ValidationError) as refused:
        sync.import_packages(ctx, [signed_package(tmp_path, forger_sign, new_id, forged)])
    assert refused.value.code == "sync.pkg_impersonation"
    assert digest(office) == before

    # The laptop's own package under its new id goes in.
    with replica(office) as ctx:
        sync.import_packages(ctx, [tmp_path / "restored.fieldsync"])
        assert tours.get_tour(ctx, ids["tour1"]).title == "После восстановления"
        assert tours.get_tour(ctx, ids["tour2"]).title != "подделка"
