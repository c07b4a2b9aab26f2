"""Places named in an imported workbook (the reception journal, the campaign plan): matched to the database's districts
and settlements as people write them (case, ё/е, look-alike letters, quotes and kind words like «с.», «ауылы»,
«район» ignored), and the ones missing planned as new rows named by what they are, so that two laptops importing one
file create the same places."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from fieldapp.domain.ids import UNDATED, stable_id, uuid7
from fieldapp.domain.rules import normalise_name
from fieldapp.storage.bulk import Rows

__all__ = ["DISTRICT_WORDS", "SETTLEMENT_WORDS", "UNKNOWN_REGION", "PlaceMatcher", "bare", "named_id"]

DISTRICT_WORDS = ("район", "р-н", "р-он", "ауданы", "ауд.")
SETTLEMENT_WORDS = ("с.", "село", "аул", "а.", "п.", "пос.", "поселок", "г.", "город", "ауылы", "кенті", "қаласы")
UNKNOWN_REGION = ("Область не указана", "Облыс көрсетілмеген")


def bare(key: str, words: Iterable[str]) -> str:
    """A folded name without the kind word people add or leave out («Жамбылский район» ~ «Жамбылский»)."""
    parts = [p for p in key.replace(".", ". ").split() if p not in words and p.rstrip(".") + "." not in words]
    return " ".join(parts)


def named_id(taken: frozenset[str], kind: str, *parts: str, day: date | None = None) -> str:
    """A record an import creates, named by what it is: two laptops importing one file create the same records
    (the same ids, dated by the file, not the clock), so a merge of their files finds one of each, not two. An id
    an earlier record already holds (one renamed or deleted since) is replaced by a random one."""
    found = stable_id("\x1f".join((kind, *parts)), day or UNDATED, "journal-record")
    return uuid7() if found in taken else found


class PlaceMatcher:
    """The live places of the database, indexed by folded name, and the places an import adds (in `regions`,
    `districts`, `settlements`, ready for the bulk writer). Every lookup is decided once per name: a journal names
    the same few places on thousands of rows."""

    def __init__(
        self, regions: Sequence[tuple[str, str, str, str | None]],
        districts: Sequence[tuple[str, str, str, str, str | None]],
        settlements: Sequence[tuple[str, str, str, str, str | None]],
        taken: frozenset[str], synced: dict[str, Any], kk: bool,
    ) -> None:
        self._regions = regions
        self._region_of = {did: rid for did, rid, *_ in districts}
        self._taken, self._synced, self._kk = taken, synced, kk
        self.region_names = {rid: ru for rid, ru, _, _ in regions}
        self._by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)  # folded name → (district id, region)
        self._by_bare: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for did, rid, ru, kk_name, _ in districts:
            for name in {normalise_name(ru), normalise_name(kk_name)} - {""}:
                self._by_name[name].append((did, rid))
                self._by_bare[bare(name, DISTRICT_WORDS)].append((did, rid))
        self._places: dict[tuple[str, str], str] = {}  # (district id, folded name) → settlement id
        self._places_bare: dict[tuple[str, str], str] = {}
        for sid, did, ru, kk_name, _ in settlements:
            for name in (normalise_name(kk_name), normalise_name(ru)):
                if name:
                    self._places[(did, name)] = sid
                    self._places_bare.setdefault((did, bare(name, SETTLEMENT_WORDS)), sid)
        self._folded: dict[str, str] = {}
        self._known: dict[tuple[str, str], str | None] = {}
        self._matches: dict[tuple[str, str, str | None], dict[str, str]] = {}
        self._new_districts: dict[str, str] = {}
        self._new_places: dict[tuple[str, str], str] = {}
        self.regions = Rows("region")
        self.districts = Rows("district")
        self.settlements = Rows("settlement")

    def fold(self, text: str) -> str:
        found = self._folded.get(text)
        if found is None:
            found = self._folded[text] = normalise_name(text)
        return found

    def settlement_in(self, district_id: str, name: str) -> str | None:
        """The known settlement of that district named `name`, if any."""
        if (district_id, name) not in self._known:
            key = self.fold(name)
            self._known[(district_id, name)] = (
                self._places.get((district_id, key))
                or self._places_bare.get((district_id, bare(key, SETTLEMENT_WORDS))))
        return self._known[(district_id, name)]

    def district_matches(self, district: str, settlement: str, region: str | None = None) -> dict[str, str]:
        """Known districts named `district` (id → region id): those of `region` when it has one, then those that
        hold the settlement; more than one left is ambiguous, none is a district to add."""
        memo = (district, settlement, region)
        found = self._matches.get(memo)
        if found is not None:
            return found
        key = self.fold(district)
        matches = dict(self._by_name.get(key, []) or self._by_bare.get(bare(key, DISTRICT_WORDS), []))
        if len(matches) > 1 and region and region in matches.values():
            matches = {d: rg for d, rg in matches.items() if rg == region}
        if len(matches) > 1:
            matches = {d: rg for d, rg in matches.items() if self.settlement_in(d, settlement)} or matches
        self._matches[memo] = matches
        return matches

    def regions_of(self, matches: dict[str, str]) -> str:
        """The regions of ambiguous matches, for the problem that names them."""
        return ", ".join(sorted({self.region_names.get(rg, rg) for rg in matches.values()}))

    def region_for_new(self, region: str | None, known_districts: Iterable[str]) -> str:
        """The region new districts go to: `region` (the campaign's), else the one the file's known districts share,
        else the database's only region, else «Область не указана» (added when missing)."""
        if region is not None:
            return region
        used = {self._region_of[d] for d in known_districts}
        if len(used) == 1:
            return next(iter(used))
        if len(self._regions) == 1:
            return self._regions[0][0]
        unknown = normalise_name(UNKNOWN_REGION[0])
        found = next((rid for rid, ru, _, _ in self._regions if normalise_name(ru) == unknown), None)
        if found is None:
            found = named_id(self._taken, "region", unknown)
            self.regions.add(id=found, **self._synced, name_ru=UNKNOWN_REGION[0], name_kk=UNKNOWN_REGION[1])
            self.region_names[found] = UNKNOWN_REGION[0]
            self._regions = (*self._regions, (found, UNKNOWN_REGION[0], UNKNOWN_REGION[1], None))
        return found

    def new_district(self, region_id: str, name: str) -> str:
        key = self.fold(name)
        found = self._new_districts.get(key)
        if found is None:
            found = self._new_districts[key] = named_id(self._taken, "district", region_id, key)
            self.districts.add(id=found, **self._synced, region_id=region_id, name_ru=name,
                               name_kk=name if self._kk else "")
        return found

    def settlement(self, district_id: str, name: str) -> str:
        """The settlement of that district named `name`: a known one, else one added (once per name)."""
        found = self.settlement_in(district_id, name)
        if found is not None:
            return found
        key = (district_id, self.fold(name))
        found = self._new_places.get(key)
        if found is None:
            found = self._new_places[key] = named_id(self._taken, "settlement", *key)
            self.settlements.add(id=found, **self._synced, district_id=district_id, name_ru=name,
                                 name_kk=name if self._kk else "")
        return found
