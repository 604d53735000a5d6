"""The "why" cards each profile has seen (each is shown once, before a program's first
session).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 19:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seen_cards",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("card", sa.String(length=40), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("profile_id", "card"),
    )


def downgrade() -> None:
    op.drop_table("seen_cards")
