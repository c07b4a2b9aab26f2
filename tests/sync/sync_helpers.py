"""Helpers of the sync tests: replicas on real files, packages between them, a CLI runner."""

from __future__ import annotations

import io
import shutil
import uuid
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldapp.cli import main
from fieldapp.services import campaigns, sync, tours
from fieldapp.services.context import Context
from fieldapp.storage.database import open_database
from fieldapp.sync import compact
from fieldapp.sync.changelog import SELECT_CHANGE, Change, change_from_row, dbapi
from fieldapp.sync.exchange import enroll
from fieldapp.sync.fields import SCHEMA_VERSION
from fieldapp.sync.package import Producer, build_package


@dataclass
class Result:
    code: int
    out: str
    err: str


def cli(*args: str | Path) -> Result:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(a) for a in args])
    return Result(code, out.getvalue(), err.getvalue())


@contextmanager
def replica(path: Path) -> Iterator[Context]:
    db = open_database(path, create=True)
    try:
        yield Context(db=db, blobs=path.with_suffix(".blobs"))
    finally:
        db.close()


@contextmanager
def office_trusting(path: Path, sign: Ed25519PrivateKey, device: str, *, relay: bool = False) -> Iterator[Context]:
    """A coordinator's new database that has enrolled one laptop, known only by its signing key: for packages
    built by hand from changes a test writes itself. `relay`: the key is enrolled as an office's, so its packages
    may carry changes of other devices too."""
    db = open_database(path, create=True)
    box = X25519PrivateKey.generate().public_key().public_bytes_raw()
    with db.engine.begin() as conn:
        enroll(conn, sign.public_key().public_bytes_raw(), box, device, "laptop", relay=relay)
    try:
        yield Context(db=db, blobs=path.with_suffix(".blobs"))
    finally:
        db.close()


def office_with_laptop(path: Path, laptop_key: Ed25519PrivateKey, laptop: str) -> tuple[str, str]:
    """A coordinator's database built from nothing through the services (a region, a campaign, one tour) that has
    enrolled one laptop's signing key; returns the tour's id and the office's own device id."""
    from fieldapp.services import places

    with replica(path) as ctx:
        region = places.create_region(ctx, "Жамбылская область")
        campaign = campaigns.create_campaign(ctx, "Караван", region_id=region)
        tour = tours.create_tour(ctx, campaign, "Выезд 1", starts_on=date(2026, 3, 2))
        device = sync.this_device(ctx).device
        with ctx.db.engine.begin() as conn:
            box = X25519PrivateKey.generate().public_key().public_bytes_raw()
            enroll(conn, laptop_key.public_key().public_bytes_raw(), box, laptop, "laptop")
    return tour, device


def signed_package(tmp: Path, sign: Ed25519PrivateKey, device: str, changes: Sequence[Change],
                   schema: int = SCHEMA_VERSION) -> Path:
    """The changes as a package from `device`, signed with `sign`, in a new file under `tmp`."""
    path = tmp / f"{uuid.uuid4().hex}.fieldsync"
    path.write_bytes(build_package(Producer(device, sign, "test", schema), list(changes), vector={}))
    return path


def logged(bind: object, where: str = "1", params: Sequence[object] = ()) -> list[Change]:
    """The changes of the log (in (dev, seq) order) as a reader gets them: a compact insert with its value rebuilt
    from its row (fieldapp.sync.compact)."""
    cur = dbapi(bind).cursor()  # type: ignore[arg-type]
    rows = cur.execute(f"{SELECT_CHANGE} WHERE {where} ORDER BY dev, seq", tuple(params)).fetchall()
    return compact.fill(cur, [change_from_row(r) for r in rows])


def seed(path: Path) -> dict[str, str]:
    """A tiny database: one campaign with two tours."""
    from fieldapp.services import places

    with replica(path) as ctx:
        region = places.create_region(ctx, "Карагандинская область")
        campaign = campaigns.create_campaign(ctx, "Караван", region_id=region)
        t1 = tours.create_tour(ctx, campaign, "Выезд 1", starts_on=date(2026, 3, 2))
        t2 = tours.create_tour(ctx, campaign, "Выезд 2")
    return {"campaign": campaign, "tour1": t1, "tour2": t2}


def enrol_all(paths: list[Path], tmp: Path, *, office: bool = False) -> None:
    """Every replica enrols every other's key; `office`: as coordinators' offices, which may relay each other's
    changes (peers that pass the merged state around), else as laptops that bring only their own."""
    keys = []
    for p in paths:
        with replica(p) as ctx:
            keys.append(sync.export_key(ctx, tmp / f"{p.stem}.key"))
    for p in paths:
        with replica(p) as ctx:
            for k in paths:
                if k != p:
                    sync.enrol(ctx, tmp / f"{k.stem}.key", office=office)


def digest(path: Path) -> str:
    with replica(path) as ctx:
        return sync.digest(ctx)


def rezip(data: bytes, drop: str | None = None, replace: dict[str, bytes] | None = None) -> bytes:
    """The package rebuilt without entry `drop` and with entries replaced (for tampering tests)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as dst:
        for name in src.namelist():
            if name == drop:
                continue
            dst.writestr(name, (replace or {}).get(name, src.read(name)))
    return out.getvalue()


def copy_db(src: Path, dst: Path) -> None:
    shutil.copy(src, dst)


def hub_team(url: str, paths: Sequence[Path], tmp: Path, *, fresh: Sequence[Path] = ()) -> None:
    """A team that trusts each other through the hub: every replica enrols every other as an office (so merged
    state may travel any way), the first one's key becomes the hub's office on meeting the empty hub and enrols
    the others there; `fresh` replicas only pull, trusting all of them (enrolled at the hub as laptops, so the hub's
    data key is wrapped for them)."""
    from fieldapp.services import hub

    enrol_all(list(paths), tmp, office=True)
    for f in fresh:
        with replica(f) as ctx:
            sync.export_key(ctx, tmp / f"{f.stem}.key")
    with replica(paths[0]) as ctx:
        for p in paths[1:]:
            hub.enrol(ctx, url, tmp / f"{p.stem}.key", office=True)
        for f in fresh:  # the hub's data key is wrapped for them: they open the residents' data they pull
            hub.enrol(ctx, url, tmp / f"{f.stem}.key")
    for f in fresh:
        with replica(f) as ctx:
            for p in paths:
                sync.enrol(ctx, tmp / f"{p.stem}.key", office=True)
