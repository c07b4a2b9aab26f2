"""Where the app keeps its files (platformdirs; FIELDAPP_HOME overrides everything, tests use it) and its settings."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from fieldapp.storage.files import write_atomic

log = logging.getLogger(__name__)

APP_NAME = "fieldapp"


@dataclass(frozen=True)
class Paths:
    data: Path
    config: Path
    logs: Path

    @property
    def default_database(self) -> Path:
        return self.data / "fieldapp.db"

    @property
    def blobs(self) -> Path:
        return self.data / "blobs"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"


def app_paths() -> Paths:
    home = os.environ.get("FIELDAPP_HOME")
    if home:
        root = Path(home)
        return Paths(data=root / "data", config=root / "config", logs=root / "logs")
    return Paths(
        data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


@dataclass
class Settings:
    language: str = "ru"
    last_database: str | None = None
    recent_databases: list[str] = field(default_factory=list)
    # database path -> the device id this machine last saw in it (SYNC.md: a copied file gets a new device id)
    device_ids: dict[str, str] = field(default_factory=dict)
    # where the main window was closed: x, y, width, height of its inside and "maximized" (ui.window_geometry)
    window_geometry: dict[str, int | bool] | None = None
    # Settings → the folder file dialogs start in for exports, reports and sync packages until one was used
    export_folder: str | None = None

    @classmethod
    def load(cls, paths: Paths | None = None) -> Settings:
        file = (paths or app_paths()).settings_file
        try:
            raw = json.loads(file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            # A damaged settings file must not keep the app from starting; it is rewritten on the next save.
            log.warning("settings file %s unreadable (%s); using defaults", file, exc)
            return cls()
        if not isinstance(raw, dict):
            # Valid JSON but not the object this app writes (a list, a number): as damaged as unreadable.
            log.warning("settings file %s holds no settings object; using defaults", file)
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self, paths: Paths | None = None, only: Iterable[str] | None = None) -> None:
        """Write the settings; with `only`, just those fields over what the file holds now.

        The window keeps the settings it loaded at start while sync writes device ids into the same file: each
        writer names the fields it owns, so neither puts back the other's stale values."""
        file = (paths or app_paths()).settings_file
        if only is None:
            data = asdict(self)
        else:
            data = asdict(Settings.load(paths))
            for name in only:
                data[name] = asdict(self)[name]
        # Atomically, under a name of its own: the command line and the window may save at the same moment.
        write_atomic(file, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"), make_folder=True)
