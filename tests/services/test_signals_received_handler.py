"""A signal's time of receipt and its handler, from a database made as `fieldapp init` makes it: a received-at in the
past and a live member are stored; a received-at in the future and a deleted member are refused with nothing
written; a photo's caption and credit are corrected without losing its role."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from fieldapp.domain.enums import PhotoRole
from fieldapp.domain.errors import DomainError
from fieldapp.services import people, photos, signals
from fieldapp.services.context import Context
from fieldapp.services.signals import SignalDraft
from fieldapp.storage.tables import Signal

NOW = datetime(2026, 3, 2, 10, 30)  # also the clock of the `boss` fixture (tests/conftest.py)


def stored_signals(ctx: Context) -> list[tuple[str, datetime, str | None]]:
    with ctx.db.session() as s:
        return sorted((r.description, r.received_at, r.handled_by_id) for r in s.query(Signal).all())


def test_received_at_in_the_past_and_a_handler_are_stored(boss: Context) -> None:
    handler = people.create_member(boss, "Сейткали Нурлан", position="участковый")
    yesterday = datetime(2026, 3, 1, 18, 5)
    signal_id = signals.record_signal(boss, SignalDraft(description="Надпись на гараже", received_at=yesterday,
                                                        handled_by_id=handler))
    info = signals.get_signal(boss, signal_id)
    assert (info.received_at, info.handled_by_id) == (yesterday, handler)

    # Corrected: another time, nobody handling it; a draft without a time keeps the stored one.
    signals.update_signal(boss, signal_id, SignalDraft(description="Надпись на гараже",
                                                       received_at=datetime(2026, 3, 1, 17, 0)))
    assert stored_signals(boss) == [("Надпись на гараже", datetime(2026, 3, 1, 17, 0), None)]
    signals.update_signal(boss, signal_id, SignalDraft(description="Надпись на гараже", handled_by_id=handler))
    assert stored_signals(boss) == [("Надпись на гараже", datetime(2026, 3, 1, 17, 0), handler)]

    # A minute ahead is a clock apart, not the future; a new signal without a time is received now.
    signals.record_signal(boss, SignalDraft(description="Минутой позже", received_at=NOW + timedelta(minutes=1)))
    assert signals.get_signal(boss, signals.record_signal(boss, SignalDraft(description="Сейчас"))).received_at == NOW


def test_a_received_at_in_the_future_is_refused_with_nothing_written(boss: Context) -> None:
    tomorrow = NOW + timedelta(days=1)
    with pytest.raises(DomainError) as refused:
        signals.record_signal(boss, SignalDraft(description="Завтра", received_at=tomorrow))
    assert (refused.value.code, refused.value.field) == ("signal.received_future", "received_at")
    assert refused.value.message("ru") == "время получения: 03.03.2026 10:30 ещё не наступило: сигнал не может " \
                                          "быть получен в будущем"
    assert refused.value.message("kk").startswith("алынған уақыты: 03.03.2026 10:30 әлі келген жоқ")
    assert "has not come yet" in refused.value.message("en")
    assert stored_signals(boss) == []

    signal_id = signals.record_signal(boss, SignalDraft(description="Сегодня"))
    with pytest.raises(DomainError, match=r"signal\.received_future"):
        signals.update_signal(boss, signal_id, SignalDraft(description="Исправлено",
                                                           received_at=NOW + timedelta(minutes=2)))
    assert stored_signals(boss) == [("Сегодня", NOW, None)]


def test_a_deleted_handler_is_refused(boss: Context) -> None:
    gone = people.create_member(boss, "Ушедший Участник")
    people.delete_member(boss, gone)
    with pytest.raises(DomainError) as refused:
        signals.record_signal(boss, SignalDraft(description="Надпись", handled_by_id=gone))
    assert (refused.value.code, refused.value.field) == ("record.not_found", "handled_by_id")
    assert refused.value.message("ru").startswith("кто проверяет")
    with pytest.raises(DomainError, match=r"record\.not_found"):
        signals.record_signal(boss, SignalDraft(description="Надпись", handled_by_id="no-such-member"))
    assert stored_signals(boss) == []

    # A handler deleted after being chosen stays on the signal's other edits (its history), but is not chosen anew.
    kept = people.create_member(boss, "Проверяющий")
    signal_id = signals.record_signal(boss, SignalDraft(description="Надпись", handled_by_id=kept))
    people.delete_member(boss, kept)
    signals.update_signal(boss, signal_id, SignalDraft(description="Надпись у школы", handled_by_id=kept))
    assert stored_signals(boss) == [("Надпись у школы", NOW, kept)]
    signals.update_signal(boss, signal_id, SignalDraft(description="Надпись у школы"))
    with pytest.raises(DomainError, match=r"record\.not_found"):
        signals.update_signal(boss, signal_id, SignalDraft(description="Надпись у школы", handled_by_id=kept))
    assert stored_signals(boss) == [("Надпись у школы", NOW, None)]


def test_a_photo_caption_and_credit_are_corrected_keeping_its_role(boss: Context, tmp_path: Path) -> None:
    image = QImage(32, 24, QImage.Format.Format_RGB32)
    image.fill(QColor("#c62828"))
    wall = tmp_path / "wall.png"
    assert image.save(str(wall))
    signal_id = signals.record_signal(boss, SignalDraft(description="Надпись"))
    photo = photos.attach_photo(boss, "signal", signal_id, wall, caption=" Стена гаража ", credit="Патруль",
                                role=PhotoRole.BEFORE)
    assert (photo.caption, photo.credit, photo.role) == ("Стена гаража", "Патруль", PhotoRole.BEFORE)
    photos.update_photo(boss, photo.id, caption="Стена гаража, ул. Абая 12", credit="Патруль",
                        role=photo.role)
    stored = photos.get_photo(boss, photo.id)
    assert (stored.caption, stored.credit, stored.role) == ("Стена гаража, ул. Абая 12", "Патруль",
                                                            PhotoRole.BEFORE)
