"""SQL for reading: one module per area, SQLAlchemy Core selects returning plain rows."""
