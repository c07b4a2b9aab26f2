"""Use cases, one module per area; importing the package installs sync change capture on every session."""

import fieldapp.sync.capture  # noqa: F401  (every ORM and bulk write to a synced table is captured: SYNC.md)
