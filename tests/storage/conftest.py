"""Storage tests run with a cheap KDF: argon2's real cost belongs to the benchmarks, not to every test."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDAPP_FAST_KDF", "1")
