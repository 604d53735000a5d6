"""Alembic environment: run from code by hamsession.storage.database, never by hand.

The caller passes an open connection in ``config.attributes["connection"]`` so the
whole upgrade runs on one connection; batch mode lets SQLite alter tables.
"""

from alembic import context

from hamsession.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
