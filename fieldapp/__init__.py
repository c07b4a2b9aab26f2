"""fieldapp: the offline field journal of outreach caravans and citizen receptions."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`fieldapp.__version__`, read when first asked for: importlib.metadata and the scan of the installed packages
    take a tenth of a second, which the window's start need not pay (PEP 562)."""
    if name != "__version__":
        raise AttributeError(f"module 'fieldapp' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    # The one version is pyproject.toml's; installing (wheel, editable or the bundle's copied metadata) records it.
    try:
        found = version("fieldapp")
    except PackageNotFoundError:  # a checkout put on the path without installing it
        found = "0+unknown"
    globals()["__version__"] = found
    return found
