"""Everything a database holds, as text, to look for what must not be there."""

from __future__ import annotations


def every_row(db) -> str:
    from sqlalchemy import inspect, text

    with db.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        return repr([list(conn.execute(text(f'SELECT * FROM "{t}"'))) for t in tables])
