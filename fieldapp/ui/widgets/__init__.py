"""Widgets and helpers shared by the pages."""
