"""Alembic environment: always runs on a connection handed over by ltsupport.vault.migrate."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("ltsupport migrations run only through ltsupport.vault.migrate")

context.configure(connection=connection, render_as_batch=True, target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
