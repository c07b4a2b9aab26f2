"""Helpers of the sync tests: replicas on real files, packages between them, a CLI runner."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fieldapp.cli import main
from fieldapp.services import campaigns, sync, tours
from fieldapp.services.context import Context
from fieldapp.storage.database import open_database


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


def seed(path: Path) -> dict[str, str]:
    """A tiny database: one campaign with two tours."""
    from fieldapp.services import places

    with replica(path) as ctx:
        region = places.create_region(ctx, "Карагандинская область")
        campaign = campaigns.create_campaign(ctx, "Караван", region_id=region)
        t1 = tours.create_tour(ctx, campaign, "Выезд 1", starts_on=date(2026, 3, 2))
        t2 = tours.create_tour(ctx, campaign, "Выезд 2")
    return {"campaign": campaign, "tour1": t1, "tour2": t2}


def enrol_all(paths: list[Path], tmp: Path) -> None:
    keys = []
    for p in paths:
        with replica(p) as ctx:
            keys.append(sync.export_key(ctx, tmp / f"{p.stem}.key"))
    for p in paths:
        with replica(p) as ctx:
            for k in paths:
                if k != p:
                    sync.enrol(ctx, tmp / f"{k.stem}.key")


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
