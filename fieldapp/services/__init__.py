"""Use cases, one module per area; importing the package installs sync change capture on every session."""

# Every ORM and bulk write to a synced table is captured (SYNC.md); any other write to one through SQLAlchemy is
# refused as a bug (fieldapp.sync.guard).
from fieldapp.sync import capture, guard  # noqa: F401
