"""The worst pain of each region that hurt, beside the ticked regions.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 17:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("symptom_logs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("region_pain", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("symptom_logs", schema=None) as batch_op:
        batch_op.drop_column("region_pain")
