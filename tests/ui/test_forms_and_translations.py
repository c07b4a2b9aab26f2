"""The generated files stay in step with their sources: compiled forms with forms/*.ui, .ts with the code, .qm with .ts;
and every Kazakh and English message is translated."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fieldapp.ui import build_forms

KAZAKH_LETTERS = re.compile("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <message>) of every message in a .ts file."""
    root = ET.parse(ts).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_there_are_forms_to_check() -> None:
    assert {p.stem for p in build_forms.form_files()} >= {"main_window", "welcome", "dashboard", "placeholder"}


@pytest.mark.parametrize("ui_file", build_forms.form_files(), ids=lambda p: p.name)
def test_compiled_form_is_up_to_date(ui_file: Path) -> None:
    compiled = build_forms.compiled_path(ui_file)
    assert compiled.exists(), f"{compiled.name} is missing: run python -m fieldapp.ui.build_forms"
    fresh = build_forms.render_form(ui_file)
    assert compiled.read_text(encoding="utf-8") == fresh, (
        f"{compiled.name} is older than {ui_file.name}: run python -m fieldapp.ui.build_forms"
    )
    assert fresh.startswith("# GENERATED from forms/") and "do not edit" in fresh.splitlines()[0]


def test_every_compiled_form_has_its_ui_file() -> None:
    sources = {build_forms.compiled_path(p).name for p in build_forms.form_files()}
    compiled = {p.name for p in build_forms.COMPILED_DIR.glob("ui_*.py")}
    assert compiled == sources


@pytest.mark.parametrize("lang", ["kk", "en"])
def test_every_message_is_translated(lang: str) -> None:
    messages = _messages(build_forms.ts_path(lang))
    assert len(messages) > 50
    problems = []
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        texts = _translations(message)
        if kind in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} ({kind or 'empty'})")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"{context}: {source!r}: placeholders {wanted} lost in {text!r}")
    assert not problems, f"fieldapp_{lang}.ts:\n" + "\n".join(problems)


def test_kazakh_is_kazakh_and_english_is_not_russian() -> None:
    kk = [_translations(m)[0] for _, _, m in _messages(build_forms.ts_path("kk"))]
    en = [_translations(m)[0] for _, _, m in _messages(build_forms.ts_path("en"))]
    # Short words like «Файл» are the same in both languages; most texts must show Kazakh letters.
    assert sum(bool(KAZAKH_LETTERS.search(t)) for t in kk) > 0.6 * len(kk)
    cyrillic = re.compile("[А-Яа-яЁё]")
    allowed = {"Русский", "Қазақша"}  # the language menu's own names
    assert [t for t in en if cyrillic.search(t) and not any(word in t for word in allowed)] == []


def test_russian_plurals_have_all_three_forms() -> None:
    messages = _messages(build_forms.ts_path("ru"))
    assert messages, "the source language keeps its plural forms in fieldapp_ru.ts"
    for _, source, message in messages:
        assert message.get("numerus") == "yes"
        forms = _translations(message)
        assert len(forms) == 3 and all(forms), source


def test_translation_files_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """lupdate over the current sources finds nothing new to translate and nothing gone."""
    for lang in build_forms.LANGUAGES:
        shutil.copy(build_forms.ts_path(lang), tmp_path)
    build_forms.update_translations(tmp_path)
    for lang in build_forms.LANGUAGES:
        committed = {(c, s) for c, s, _ in _messages(build_forms.ts_path(lang))}
        fresh = _messages(tmp_path / f"fieldapp_{lang}.ts")
        assert {(c, s) for c, s, _ in fresh} == committed, f"run python -m fieldapp.ui.build_forms ({lang})"
        unfinished = [s for _, s, m in fresh if (m.find("translation") is not None
                                                 and m.find("translation").get("type") == "unfinished")]  # type: ignore[union-attr]
        assert not unfinished, f"{lang}: new strings without a translation: {unfinished}"


def test_compiled_translations_match_their_sources(tmp_path: Path) -> None:
    build_forms.release_translations(qm_dir=tmp_path)
    for lang in build_forms.LANGUAGES:
        committed = build_forms.TRANSLATIONS_DIR / f"fieldapp_{lang}.qm"
        assert committed.read_bytes() == (tmp_path / committed.name).read_bytes(), (
            f"{committed.name} is stale: run python -m fieldapp.ui.build_forms"
        )
