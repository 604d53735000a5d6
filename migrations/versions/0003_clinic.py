"""Clinic mode: PINs, assigned programs, clinic settings, per-profile target and screening date.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pin_hash", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("weekly_target_min", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("last_screening", sa.String(length=10), nullable=True))
    op.create_table(
        "clinic_settings",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "pin_guards",
        sa.Column("subject", sa.String(length=40), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("subject"),
    )
    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.String(length=64), nullable=False),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("profile_id", "program_id", name="uq_assignment_per_profile"),
    )


def downgrade() -> None:
    op.drop_table("assignments")
    op.drop_table("pin_guards")
    op.drop_table("clinic_settings")
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.drop_column("last_screening")
        batch_op.drop_column("weekly_target_min")
        batch_op.drop_column("pin_hash")
