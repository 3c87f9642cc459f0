"""Alembic migrations for the vault schema (batch mode for SQLite)."""
