"""Merge is commutative, associative and idempotent: a Hypothesis state machine over the real code.

Three replicas edit through the services, export (everything or only what a peer lacks), import in any order with
duplicates, relay bundles, run with clocks days apart, get restored from old backup copies of their files, and
resolve conflicts. At the end everyone imports everything: equal digests and equal conflict sets. They pass the
merged state around, so they enrol each other as offices (trusted to relay).

A stop's day is approved on one replica while members edit its activity and head counts on others (README
«Утверждение дня»): at the end every replica shows the same approval, the same disputed fields and the same
records awaiting review; a member's edit is refused only where the approval has already arrived.

A fourth, malicious replica is enrolled by all three as a plain laptop. Its validly signed packages speak as another
device, author changes under another's id, carry SQL in field names, unknown tables and values of the wrong type:
each is refused, and the honest replicas' data stays exactly as it was, so what they converge to never changes.
FIELDAPP_LONG_PROPERTY=1 runs many more examples.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from sync_helpers import enrol_all, seed

from fieldapp.domain.errors import ValidationError
from fieldapp.services import approval, places, sync, tours
from fieldapp.services.context import Context
from fieldapp.services.roles import RoleRefused
from fieldapp.storage.database import Database, open_database
from fieldapp.sync import hlc
from fieldapp.sync.changelog import Change, changes_of, dbapi, heads
from fieldapp.sync.exchange import enroll
from fieldapp.sync.fields import SCHEMA_VERSION
from fieldapp.sync.package import Producer, build_package

LONG = bool(os.environ.get("FIELDAPP_LONG_PROPERTY"))
MALICE = Ed25519PrivateKey.generate()
# A real encryption key: packages are encrypted for every enrolled device, this one included.
MALICE_BOX = X25519PrivateKey.generate().public_key().public_bytes_raw()
MALICE_DEVICE = "0190a1b2-0000-7000-8000-00000000bad0"
ATTACKS = ("speaks as another device", "authors as another device", "sql in a field name", "unknown table",
           "value of the wrong type")
NAMES = ("A", "B", "C")
DAY_MS = 86_400_000


class Replicas(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="fieldapp-sm-"))
        self.dbs: dict[str, Database] = {}
        self.packages: list[Path] = []
        self.direct: list[Path] = []  # packages that are not bundles: what a coordinator relays
        self.backups: dict[str, Path] = {}
        self.tours: list[str] = []
        self.campaign = ""
        self.stop = ""
        self.activity = ""
        self.resolved: set[tuple[str, str, str]] = set()
        self.corrected = False  # a supervisor changed the approved activity (its seal is then rightly superseded)

    @initialize()
    def start(self) -> None:
        base = self.tmp / "base.db"
        ids = seed(base)
        self.campaign = ids["campaign"]
        self.tours = [ids["tour1"], ids["tour2"]]
        db = open_database(base)
        try:  # a stop whose day is logged, to approve and to edit
            ctx = Context(db=db, blobs=self.tmp / "base.blobs")
            region = places.list_regions(ctx)[0].id
            village = places.create_settlement(ctx, places.create_district(ctx, region, "Район"), "Аул")
            self.stop = tours.add_stop(ctx, self.tours[0], village)
            self.activity = tours.add_activity(ctx, self.stop, tours.ActivityDraft(title="Встреча", participants=10))
        finally:
            db.close()
        paths = [self.path(n) for n in NAMES]
        for p in paths:
            shutil.copy(base, p)
        enrol_all(paths, self.tmp, office=True)
        for n in NAMES:
            self.open(n)
            with self.dbs[n].engine.begin() as conn:
                enroll(conn, MALICE.public_key().public_bytes_raw(), MALICE_BOX, MALICE_DEVICE, "laptop")

    def path(self, name: str) -> Path:
        return self.tmp / f"{name}.db"

    def open(self, name: str) -> None:
        self.dbs[name] = open_database(self.path(name))

    def ctx(self, name: str) -> Context:
        return Context(db=self.dbs[name], blobs=self.tmp / f"{name}.blobs")

    def teardown(self) -> None:
        for n in NAMES:
            hlc.set_wall_clock(str(self.path(n).resolve()), None)
        for db in self.dbs.values():
            db.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def known(self, name: str, tour: str) -> bool:
        try:
            tours.get_tour(self.ctx(name), tour)
        except Exception:
            return False
        return True

    @rule(who=st.sampled_from(NAMES), n=st.integers(0, 5), title=st.sampled_from(["один", "два", "три"]),
          notes=st.sampled_from(["", "заметка", "другая"]))
    def edit(self, who: str, n: int, title: str, notes: str) -> None:
        tour = self.tours[n % len(self.tours)]
        if self.known(who, tour):
            tours.update_tour(self.ctx(who), tour, title, notes=notes)

    @rule(who=st.sampled_from(NAMES), title=st.sampled_from(["новый", "ещё"]))
    def create(self, who: str, title: str) -> None:
        self.tours.append(tours.create_tour(self.ctx(who), self.campaign, title))

    @rule(who=st.sampled_from(NAMES), n=st.integers(0, 5))
    def delete(self, who: str, n: int) -> None:
        tour = self.tours[n % len(self.tours)]
        if self.known(who, tour):
            tours.delete_tour(self.ctx(who), tour)

    @rule(who=st.sampled_from(NAMES))
    def approve(self, who: str) -> None:
        approval.approve(self.ctx(who), self.stop)

    @rule(who=st.sampled_from(NAMES), participants=st.sampled_from([10, 25, 40]), count=st.integers(0, 3),
          what=st.sampled_from(["activity", "headcount"]))
    def member_edit(self, who: str, participants: int, count: int, what: str) -> None:
        """A member logs the day: refused once the approval has reached this replica, else written."""
        member = Context(db=self.dbs[who], blobs=self.tmp / f"{who}.blobs", role="member")
        approved = approval.approval(member, self.stop) is not None
        try:
            if what == "activity":
                tours.update_activity(member, self.activity, tours.ActivityDraft(title="Встреча",
                                                                                 participants=participants))
            else:
                tours.set_headcount(member, self.stop, count)
        except RoleRefused:
            assert approved
        else:
            assert not approved

    @rule(who=st.sampled_from(NAMES), participants=st.sampled_from([12, 30]))
    def correct(self, who: str, participants: int) -> None:
        """Nobody signed in may do a supervisor's acts: on an approved day this is a correction, marked."""
        ctx = self.ctx(who)
        self.corrected |= approval.approval(ctx, self.stop) is not None
        tours.update_activity(ctx, self.activity, tours.ActivityDraft(title="Встреча", participants=participants))

    @rule(who=st.sampled_from(NAMES), peer=st.sampled_from((None, *NAMES)))
    def export(self, who: str, peer: str | None) -> None:
        for_device = None
        if peer is not None and peer != who:
            known = {d.device for d in sync.devices(self.ctx(who))}
            peer_id = sync.this_device(self.ctx(peer)).device
            for_device = peer_id if peer_id in known else None
        out = self.tmp / f"p{len(self.packages):03d}.fieldsync"
        sync.export_package(self.ctx(who), out, for_device=for_device)
        self.packages.append(out)
        self.direct.append(out)

    @precondition(lambda self: self.packages)
    @rule(who=st.sampled_from(NAMES), picks=st.lists(st.integers(0, 10_000), min_size=1, max_size=3))
    def import_(self, who: str, picks: list[int]) -> None:
        chosen = [self.packages[p % len(self.packages)] for p in picks]  # duplicates allowed
        sync.import_packages(self.ctx(who), chosen)

    @precondition(lambda self: len(self.direct) >= 2)
    @rule(who=st.sampled_from(NAMES), picks=st.lists(st.integers(0, 10_000), min_size=1, max_size=2))
    def relay(self, who: str, picks: list[int]) -> None:
        inner = list(dict.fromkeys(self.direct[p % len(self.direct)] for p in picks))
        out = self.tmp / f"p{len(self.packages):03d}.fieldsync"
        sync.export_package(self.ctx(who), out, relay=inner)
        self.packages.append(out)

    @rule(who=st.sampled_from(NAMES), days=st.sampled_from([-3, 0, 0, 2, 5]))
    def skew(self, who: str, days: int) -> None:
        hlc.set_wall_clock(str(self.path(who).resolve()),
                           None if days == 0 else (lambda d=days: hlc.system_ms() + d * DAY_MS))

    @rule(who=st.sampled_from(NAMES))
    def backup(self, who: str) -> None:
        self.dbs[who].close()
        target = self.tmp / f"{who}.backup"
        shutil.copy(self.path(who), target)
        self.backups[who] = target
        self.open(who)

    @rule(who=st.sampled_from(NAMES))
    def restore(self, who: str) -> None:
        if who not in self.backups:
            return
        self.dbs[who].close()
        for suffix in ("-wal", "-shm"):
            Path(str(self.path(who)) + suffix).unlink(missing_ok=True)
        shutil.copy(self.backups[who], self.path(who))
        self.open(who)

    @rule(who=st.sampled_from(NAMES), keep=st.booleans())
    def resolve(self, who: str, keep: bool) -> None:
        found = sync.list_conflicts(self.ctx(who))
        if found:
            c = found[0]
            self.resolved.add(c.key)
            if keep:
                head = c.heads[-1].change
                sync.resolve_conflict(self.ctx(who), c.table, c.row_id, c.field, pick=f"{head[0]}:{head[1]}")
            else:  # a new value of the field's type (an approved activity's count is a number)
                value = "решено" if isinstance(c.heads[0].value, str) else c.heads[0].value
                sync.resolve_conflict(self.ctx(who), c.table, c.row_id, c.field, value=value)

    @rule(who=st.sampled_from(NAMES), victim=st.sampled_from(NAMES), n=st.integers(0, 5),
          attack=st.sampled_from(ATTACKS))
    def malice(self, who: str, victim: str, n: int, attack: str) -> None:
        """A package from the malicious laptop, validly signed: refused whole, `who` unchanged."""
        victim_id = sync.this_device(self.ctx(victim)).device
        tour = self.tours[n % len(self.tours)]
        stamp = hlc.pack(hlc.system_ms() + 60_000)
        producer, dev, tbl, field, value = MALICE_DEVICE, MALICE_DEVICE, "tour", "title", "подделка"
        if attack == "speaks as another device":
            producer = dev = victim_id
        elif attack == "authors as another device":
            dev = victim_id
        elif attack == "sql in a field name":
            field = 'title" = ?, updated_at = ? WHERE 1=1 OR id = ? --'
        elif attack == "unknown table":
            tbl = "sync_key"
        elif attack == "value of the wrong type":
            field, value = "starts_on", "not a date"
        forged = [Change(dev, 10**9 + k, stamp + k, tbl, tour, field, value, None, None, SCHEMA_VERSION)
                  for k in range(3)]
        out = self.tmp / f"m{len(self.packages):03d}-{attack[:4]}.fieldsync"
        out.write_bytes(build_package(Producer(producer, MALICE, "evil", SCHEMA_VERSION), forged, vector={}))
        before = sync.digest(self.ctx(who))
        try:
            sync.import_packages(self.ctx(who), [out])
        except ValidationError:
            pass
        else:
            raise AssertionError(f"{attack}: the malicious package went in")
        assert sync.digest(self.ctx(who)) == before

    def converge(self) -> None:
        finals = []
        for n in NAMES:
            out = self.tmp / f"final-{n}.fieldsync"
            sync.export_package(self.ctx(n), out)
            finals.append(out)
        for n in NAMES:
            sync.import_packages(self.ctx(n), [*self.packages, *finals])
        digests = {n: sync.digest(self.ctx(n)) for n in NAMES}
        conflicts = {n: sorted((c.key, tuple(sorted(h.change for h in c.heads)))
                               for c in sync.list_conflicts(self.ctx(n))) for n in NAMES}
        assert len(set(digests.values())) == 1, digests
        assert conflicts["A"] == conflicts["B"] == conflicts["C"], conflicts
        approved = {n: approval.approval(self.ctx(n), self.stop) for n in NAMES}
        assert approved["A"] == approved["B"] == approved["C"], approved
        key = ("activity", self.activity, "participants")
        if approved["A"] is not None and key not in self.resolved and not self.corrected:
            # Not silently changed: a value an approval sealed is still a head (the winner, or listed in conflict).
            with self.dbs["A"].session() as s:
                cur = dbapi(s).cursor()
                sealed = set(cur.execute("SELECT dev, hlc FROM sync_change WHERE tbl = 'activity' AND row_id = ? "
                                         "AND field = 'stop_id'", (self.activity,)).fetchall())
                assert any((h.dev, h.hlc) in sealed for h in heads(changes_of(cur, key)))


class Converging(Replicas):
    def teardown(self) -> None:
        try:
            self.converge()
        finally:
            super().teardown()


Converging.TestCase.settings = settings(
    max_examples=200 if LONG else 12,
    stateful_step_count=40 if LONG else 18,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_replicas_converge = Converging.TestCase
