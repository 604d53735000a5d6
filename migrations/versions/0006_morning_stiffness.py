"""Stiffness the next morning, asked beside the morning's pain.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 16:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("symptom_logs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("morning_stiffness", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("symptom_logs", schema=None) as batch_op:
        batch_op.drop_column("morning_stiffness")
