"""Importing many package files at once, as the desktop Sync page does: each file is checked on its own, so a bad one
is named and set aside while the others go in, and the figures (new records, updated fields, new conflicts) are
counted per file. A preview runs the same steps in a transaction that is rolled back."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fieldapp.domain.errors import DomainError, ValidationError
from fieldapp.services.context import Context
from fieldapp.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress
from fieldapp.services.sync import package_refusal, readable_file, reg_no_refusal, transaction
from fieldapp.sync import exchange
from fieldapp.sync.changelog import Key
from fieldapp.sync.exchange import PackageRefused
from fieldapp.sync.merge import SequenceCollision
from fieldapp.sync.package import Package, Source, source_size
from fieldapp.sync.reg_numbers import RegNoClash

__all__ = ["BatchResult", "FileOutcome", "import_files", "preview_files"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileOutcome:
    """What one file brought, or why it was set aside."""

    name: str  # the file's path as given (or "parked:…" for a package kept from before an upgrade)
    refused: DomainError | None = None  # the reason, in words the user can act on
    parked: bool = False  # made by a newer version of the app: kept, applied after the upgrade
    producers: tuple[str, ...] = ()  # the devices that signed its packages (a coordinator's bundle has several)
    packages: int = 0
    already_imported: int = 0  # packages of it that were here before
    clock_suspicious: bool = False
    changes: int = 0  # changes it carries
    new_changes: int = 0  # of those, changes this database did not have
    new_rows: dict[str, int] = field(default_factory=dict)  # per table
    updated_fields: dict[str, int] = field(default_factory=dict)  # per table
    new_conflicts: tuple[Key, ...] = ()

    @property
    def accepted(self) -> bool:
        return self.refused is None and not self.parked

    @property
    def added(self) -> int:
        return sum(self.new_rows.values())

    @property
    def updated(self) -> int:
        return sum(self.updated_fields.values())

    @property
    def nothing_new(self) -> bool:
        return self.accepted and self.new_changes == 0


@dataclass(frozen=True)
class BatchResult:
    files: tuple[FileOutcome, ...]
    dry_run: bool
    gaps: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    renewed_device: bool = False  # this database turned out to be an older copy and continues as a new device

    @property
    def accepted(self) -> tuple[FileOutcome, ...]:
        return tuple(f for f in self.files if f.accepted)

    @property
    def refused(self) -> tuple[FileOutcome, ...]:
        return tuple(f for f in self.files if f.refused is not None)

    def total_rows(self) -> dict[str, int]:
        return _summed(f.new_rows for f in self.files)

    def total_updates(self) -> dict[str, int]:
        return _summed(f.updated_fields for f in self.files)

    @property
    def new_conflicts(self) -> tuple[Key, ...]:
        return tuple(dict.fromkeys(k for f in self.files for k in f.new_conflicts))

    @property
    def new_changes(self) -> int:
        return sum(f.new_changes for f in self.files)

    @property
    def applicable(self) -> bool:
        """Whether applying would bring anything: files whose every package is here already bring nothing."""
        return any(f.new_changes or f.already_imported < f.packages for f in self.accepted)


def _summed(parts: Iterable[dict[str, int]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in parts:
        for key, value in part.items():
            out[key] = out.get(key, 0) + value
    return dict(sorted(out.items()))


def _read(path: Path) -> Path | DomainError:
    # An unreadable file is set aside with its reason, as a refused one is, not the end of the batch.
    try:
        return readable_file(path)
    except DomainError as exc:
        return exc


def preview_files(ctx: Context, paths: Sequence[Path], *, progress: Progress = no_progress,
                  cancel: CancelToken = NEVER_CANCELLED) -> BatchResult:
    """What importing these files would bring, file by file (and which would be refused, and why); writes nothing."""
    return import_files(ctx, paths, dry_run=True, progress=progress, cancel=cancel)


def import_files(
    ctx: Context,
    paths: Sequence[Path],
    *,
    dry_run: bool = False,
    progress: Progress = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> BatchResult:
    """Verify every file, then apply the good ones one after another in one transaction; a refused file is
    reported with its reason, not applied. Figures are per file: a change two files carry counts for the first.
    Cancelling rolls everything back.
    """
    total = len(paths) + 1
    outcomes: dict[str, FileOutcome] = {}  # in the order of the files
    last: exchange.ImportResult | None = None
    renewed = False
    with transaction(ctx, rollback=dry_run, foreign_keys=False) as conn:
        files: list[tuple[str, Source | DomainError]] = [(str(p), _read(p)) for p in paths]
        if not dry_run:
            # Packages parked by an older version of the app that this one can read now go in with the files.
            files.extend(exchange.parked_packages(conn))
        # Every file is verified against what was here before the batch, before anything is applied: a copy of
        # one of the other files that was tampered with is refused, not taken for "already imported".
        verified: list[tuple[str, list[tuple[str, Package]]]] = []
        keep_left = exchange.KEEP_BYTES
        for n, (name, data) in enumerate(files):
            cancel.check()
            progress(n, total, name)
            if isinstance(data, DomainError):
                outcomes[name] = FileOutcome(name, refused=data)
                continue
            try:
                # Decoded changes are kept in memory for a batch's first few megabytes of files, across files.
                good, parked = exchange.read_all(conn, [(name, data)], keep_bytes=keep_left)
            except PackageRefused as exc:
                log.info("package refused: %s", exc.error.code)
                outcomes[name] = FileOutcome(name, refused=package_refusal(exc.name, exc.error))
                continue
            if parked:
                outcomes[name] = FileOutcome(name, parked=True)
                continue
            if any(pkg.kept is not None for _, pkg in good):
                keep_left -= source_size(data)
            verified.append((name, good))
        for name, good in verified:
            cancel.check()
            # A savepoint per file: a registration number that clashes refuses this file alone, undoing what of it
            # was applied (its batches go in as they are read), and the batch goes on.
            savepoint = conn.begin_nested()
            try:
                result = exchange.apply_packages(conn, good, blobs=ctx.blob_store, write_blobs=not dry_run)
            except RegNoClash as exc:
                savepoint.rollback()
                outcomes[name] = FileOutcome(name, refused=reg_no_refusal(exc))
                continue
            except PackageRefused as exc:  # the file changed after it was verified
                savepoint.rollback()
                outcomes[name] = FileOutcome(name, refused=package_refusal(exc.name, exc.error))
                continue
            except SequenceCollision as exc:
                # Two databases numbered changes alike: nothing of this batch may go in (the contract's exit 1).
                raise ValidationError("sync.collision", device=exc.dev, seq=exc.seq) from None
            savepoint.commit()
            last = result
            renewed = renewed or result.renewed_device
            outcomes[name] = _outcome(name, result)
        cancel.check()
    progress(total, total, "")
    gaps = {d: tuple(r) for d, r in last.gaps.items()} if last is not None else {}
    ordered = [outcomes[name] for name in dict.fromkeys(name for name, _ in files) if name in outcomes]
    return BatchResult(tuple(ordered), dry_run, gaps, renewed)


def _outcome(name: str, result: exchange.ImportResult) -> FileOutcome:
    applied = result.applied
    return FileOutcome(
        name,
        producers=tuple(dict.fromkeys(p.producer for p in result.packages)),
        packages=len(result.packages),
        already_imported=sum(p.already_imported for p in result.packages),
        clock_suspicious=any(p.clock_suspicious for p in result.packages),
        changes=applied.received or sum(p.changes for p in result.packages if not p.already_imported),
        new_changes=applied.new,
        new_rows=dict(sorted(applied.new_rows.items())),
        updated_fields=dict(sorted(applied.updated_fields.items())),
        new_conflicts=tuple(applied.new_conflicts),
    )
