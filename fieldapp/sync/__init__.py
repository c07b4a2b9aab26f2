"""Sync between laptops through files (SYNC.md): clock, change capture, change log, merge, conflicts, packages."""
