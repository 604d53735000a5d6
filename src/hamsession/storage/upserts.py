"""Writes that several processes (laptops on one server) may make at the same moment:
the database settles who wins, so nobody sees a unique-key error or loses a count."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Table, text


def _insert(s):
    if s.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def insert_new(s, table: Table, values: Mapping, keys: Sequence[str]) -> None:
    """Add the row unless one with the same ``keys`` is there already (perhaps written
    a moment ago by another process): INSERT … ON CONFLICT DO NOTHING."""
    s.execute(_insert(s)(table).values(**values).on_conflict_do_nothing(index_elements=keys))


def add_one(s, table: Table, keys: Mapping, counter: str, also: Mapping) -> int:
    """``counter`` + 1 on the row with ``keys`` (made with 1 when there is none), setting
    ``also`` beside it, in one statement; returns the new count. Two at once count two."""
    column = table.c[counter]
    statement = (
        _insert(s)(table)
        .values(**keys, **{counter: 1}, **also)
        .on_conflict_do_update(index_elements=list(keys), set_={counter: column + 1, **also})
        .returning(column)
    )
    return s.execute(statement).scalar_one()


def newer_wins(s, table: Table, keys: Mapping, values: Mapping, stamp: str) -> None:
    """Store ``values`` for the row with ``keys`` unless the row there has a later
    ``stamp``: the last save wins, whichever laptop sends it first."""
    statement = _insert(s)(table).values(**keys, **values)
    statement = statement.on_conflict_do_update(
        index_elements=list(keys),
        set_=dict(values),
        where=table.c[stamp] < statement.excluded[stamp],
    )
    s.execute(statement)


def one_at_a_time(s, what: str) -> None:
    """Wait until no other process is doing ``what`` on the server; held until the end
    of the transaction. (An SQLite file has one writer at a time anyway.)"""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(hashtext(:what))"), {"what": what})
