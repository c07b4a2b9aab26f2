"""The desktop interface (PySide6): the only package that imports Qt. Start it with fieldapp.app.run()."""
