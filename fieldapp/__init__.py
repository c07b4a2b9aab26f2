"""fieldapp: the offline field journal of outreach caravans and citizen receptions."""

from importlib.metadata import PackageNotFoundError, version

# The one version is pyproject.toml's; installing (wheel, editable or the bundle's copied metadata) records it.
try:
    __version__ = version("fieldapp")
except PackageNotFoundError:  # a checkout put on the path without installing it
    __version__ = "0+unknown"
