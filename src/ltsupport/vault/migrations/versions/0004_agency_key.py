"""This agency's age key pair, and export overrides (a case exported without consent to share).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agency_key",
        sa.Column("identity", sa.Text(), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_key")),
        sa.UniqueConstraint("public_key", name=op.f("uq_agency_key_public_key")),
    )
    op.create_table(
        "export_override",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_export_override_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_override")),
    )
    with op.batch_alter_table("export_override", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_export_override_client_id"), ["client_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("export_override")
    op.drop_table("agency_key")
