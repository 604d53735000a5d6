"""The one-question log of a desk break: how the back and hamstrings feel.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("symptom_logs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("feel", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("symptom_logs", schema=None) as batch_op:
        batch_op.drop_column("feel")
