"""Full-text search over the resource catalogue (FTS5, accent-insensitive, secure delete).

The index is a standalone FTS5 table kept in step by the catalogue service in the same
transaction as each change (its text includes translated category and area labels, which SQL
triggers cannot compute). ``secure-delete`` makes removed entries leave no tokens behind.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """CREATE VIRTUAL TABLE resource_fts USING fts5(
            resource_id UNINDEXED, name, description, services, languages, place, tags,
            tokenize = 'unicode61 remove_diacritics 2'
        )"""
    )
    op.execute("INSERT INTO resource_fts(resource_fts, rank) VALUES ('secure-delete', 1)")


def downgrade() -> None:
    op.execute("DROP TABLE resource_fts")
