"""A clinic's shared PostgreSQL server in place of the data folder's SQLite file.

The server is named by ``--database URL`` or ``$HAMSESSION_DATABASE_URL``. Its password
comes from the URL, libpq's password file (``~/.pgpass`` or ``$PGPASSFILE``, which libpq
reads only when no one else can) or ``$PGPASSWORD``; it is never shown, logged or traced:
every message names the server by :func:`shown`.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from hamsession.domain.words import translate
from hamsession.storage.errors import DatabaseTooNew, DataFolderNamedBadly, ServerUnreachable

_SCHEMES = {"postgresql", "postgres", "postgresql+psycopg"}
#: Seconds to wait for the server to answer before saying it cannot be reached.
CONNECT_TIMEOUT_S = 5
#: One lock number for "a laptop is upgrading the schema": the others wait for it.
_UPGRADE_LOCK = 0x4841_4D53  # "HAMS"


def without_password(value: str) -> tuple[str, bool]:
    """The URL to keep in the laptop's settings (checked first), and whether a password
    was taken out of it."""
    url = server_url(value)
    kept = make_url(value)._replace(password=None)  # set() takes None as "unchanged"
    return kept.render_as_string(hide_password=False), url.password is not None


def server_url(value: str) -> URL:
    """The URL SQLAlchemy opens, with psycopg 3 as the driver. Raises a one-line error for
    anything that is not a PostgreSQL URL."""
    try:
        url = make_url(value)
    except ArgumentError:
        raise DataFolderNamedBadly(
            translate(
                "DatabaseServer",
                "the database URL is not one Hamsession understands: "
                "write it as postgresql://USER@HOST:PORT/DATABASE",
            )
        ) from None
    if url.drivername not in _SCHEMES:
        raise DataFolderNamedBadly(
            translate(
                "DatabaseServer",
                "the database URL must start with postgresql:// (not {scheme}://); "
                "leave it out to keep the history in the data folder",
            ).format(scheme=url.drivername)
        )
    return url.set(drivername="postgresql+psycopg")


def shown(url: URL) -> str:
    """The server as messages may name it: never its password."""
    where = f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
    return f"{url.username}@{where}" if url.username else where


def _reason(err: BaseException) -> str:
    """libpq's own words, shortened: "connection to server at … failed: Connection
    refused" becomes "Connection refused"."""
    cause = getattr(err, "orig", None) or err
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    if not lines:
        return type(cause).__name__
    return " ".join(lines[0].rsplit("failed: ", 1)[-1].split())


def connect_engine(url: URL) -> Engine:
    try:
        import psycopg  # noqa: F401  (only to say clearly when it is missing)
    except ImportError:
        raise ServerUnreachable(
            translate(
                "DatabaseServer",
                "the PostgreSQL driver is not installed: install hamsession[postgres]",
            )
        ) from None
    return create_engine(
        url,
        pool_pre_ping=True,  # a connection the server dropped is replaced, not used
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "hamsession"},
    )


def server_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.scalar(text("SELECT version_num FROM alembic_version"))


def open_server(url: URL, head: str, known: list[str], upgrade) -> Engine:
    """An engine on the server with the schema at ``head``: upgraded by ``upgrade(engine)``
    under a server-wide lock (two laptops starting at once upgrade once), refused when a
    newer Hamsession wrote it."""
    engine = connect_engine(url)
    try:
        revision = server_revision(engine)
        if revision is not None and revision != head and revision not in known:
            raise DatabaseTooNew(
                translate(
                    "DatabaseServer",
                    "the database on {server} was written by a newer version of Hamsession "
                    "(schema {revision}); update Hamsession to use it",
                ).format(server=shown(url), revision=revision)
            )
        if revision != head:
            with engine.connect() as conn:
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _UPGRADE_LOCK})
                try:
                    upgrade(engine)
                finally:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _UPGRADE_LOCK})
                    conn.commit()
    except DBAPIError as err:
        engine.dispose()
        raise ServerUnreachable(
            translate("DatabaseServer", "cannot use the database on {server}: {reason}").format(
                server=shown(url), reason=_reason(err)
            )
        ) from None
    except BaseException:
        engine.dispose()
        raise
    return engine
