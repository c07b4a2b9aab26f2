"""Dialogs of the main window: the journal import preview, the export choice."""
