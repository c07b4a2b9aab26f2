"""The settings file (fieldapp.config.Settings), which local_meta reads for device ids: a damaged one never keeps
the app from starting, and a partial save keeps the fields other writers own."""

from __future__ import annotations

import json
import logging

import pytest

from fieldapp.config import Settings, app_paths


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "42", '"ru"', "null"],
                         ids=["broken", "a list", "a number", "a string", "null"])
def test_a_damaged_settings_file_gives_the_defaults(content: str, caplog: pytest.LogCaptureFixture) -> None:
    paths = app_paths()
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="fieldapp.config"):
        assert Settings.load(paths) == Settings()
    assert str(paths.settings_file) in caplog.text  # the warning says which file
    # The next save replaces the damage with a readable file.
    Settings(language="kk").save(paths)
    assert Settings.load(paths).language == "kk"


def test_a_save_of_some_fields_keeps_what_others_wrote() -> None:
    paths = app_paths()
    Settings(language="kk", device_ids={"/a.db": "dev-1"}).save(paths)
    stale = Settings(language="en")  # loaded before the device id was written
    stale.save(paths, only=("language",))
    again = Settings.load(paths)
    assert again.language == "en"
    assert again.device_ids == {"/a.db": "dev-1"}
    assert json.loads(paths.settings_file.read_text(encoding="utf-8"))["device_ids"] == {"/a.db": "dev-1"}
