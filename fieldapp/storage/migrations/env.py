"""Alembic environment: runs on the connection handed in by fieldapp.storage.database (never a URL of its own)."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import fieldapp.storage.tables  # noqa: F401  (registers every table on the metadata)
from fieldapp.storage.schema_extras import include_object

target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("fieldapp migrations run through fieldapp.storage.database, not the alembic CLI")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
