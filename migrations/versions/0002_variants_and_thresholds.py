"""Per-profile progression thresholds and program variants made by accepted suggestions.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 10:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("progression", sa.JSON(), nullable=True))
    op.create_table(
        "program_variants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.String(length=64), nullable=False),
        sa.Column("base_program_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("profile_id", "program_id", name="uq_variant_per_profile"),
    )


def downgrade() -> None:
    op.drop_table("program_variants")
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.drop_column("progression")
