"""History of needs-area status changes, for the plan overview.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "need_status_change",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("from_status", sa.String(length=32), nullable=False),
        sa.Column("to_status", sa.String(length=32), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["need_assessment.id"],
            name=op.f("fk_need_status_change_assessment_id_need_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need_status_change")),
    )
    with op.batch_alter_table("need_status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_need_status_change_assessment_id"), ["assessment_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("need_status_change")
