"""Profiles: names, settings, thresholds and PIN hashes (never a PIN)."""

from __future__ import annotations

from sqlalchemy import delete, select, text

from hamsession.domain.profiles import ProfileInfo
from hamsession.storage.database import Database
from hamsession.storage.models import PinGuard, Profile, ProgramSnapshot, SessionRow, utc_now
from hamsession.storage.upserts import insert_new

#: Plain columns :meth:`ProfileRepository.update` may set.
SETTABLE = frozenset({"pin_hash", "weekly_target_min", "last_screening", "flags"})


def profile_info(row: Profile) -> ProfileInfo:
    return ProfileInfo(
        row.id,
        row.name,
        row.pelvic_floor_items,
        tuple(row.flags or ()),
        row.pin_hash is not None,
        row.weekly_target_min,
        row.last_screening or "",
    )


def new_profile(name: str) -> Profile:
    return Profile(name=name, created_at=utc_now(), pelvic_floor_items=False, flags=[])


class ProfileRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self) -> list[ProfileInfo]:
        with self.db.session() as s:
            return [profile_info(p) for p in s.scalars(select(Profile).order_by(Profile.name))]

    def find(self, name: str) -> ProfileInfo | None:
        with self.db.session() as s:
            row = s.scalar(select(Profile).where(Profile.name == name))
            return profile_info(row) if row else None

    def find_or_create(self, name: str) -> ProfileInfo:
        """The profile of that name, made now if no process has made it yet."""
        with self.db.session() as s:
            fresh = new_profile(name)
            values = {c: getattr(fresh, c) for c in ("name", "created_at", "flags")}
            insert_new(s, Profile.__table__, {**values, "pelvic_floor_items": False}, ["name"])
            return profile_info(s.scalar(select(Profile).where(Profile.name == name)))

    def create(self, name: str) -> ProfileInfo:
        with self.db.session() as s:
            row = new_profile(name)
            s.add(row)
            s.flush()
            return profile_info(row)

    def rename(self, profile_id: int, name: str) -> ProfileInfo:
        with self.db.session() as s:
            row = s.get(Profile, profile_id)
            row.name = name
            return profile_info(row)

    def update(self, profile_id: int, **values) -> ProfileInfo:
        """Set plain columns of a profile (those in :data:`SETTABLE`)."""
        if not set(values) <= SETTABLE:
            raise ValueError(f"not a profile setting: {sorted(set(values) - SETTABLE)}")
        with self.db.session() as s:
            row = s.get(Profile, profile_id)
            for key, value in values.items():
                setattr(row, key, value)
            return profile_info(row)

    def set_pelvic_floor_items(self, profile_id: int, on: bool) -> ProfileInfo:
        with self.db.session() as s:
            row = s.get(Profile, profile_id)
            row.pelvic_floor_items = on
            return profile_info(row)

    def pin_hash(self, profile_id: int) -> str | None:
        with self.db.session() as s:
            return s.scalar(select(Profile.pin_hash).where(Profile.id == profile_id))

    def thresholds(self, profile_id: int) -> dict:
        with self.db.session() as s:
            return dict(s.get(Profile, profile_id).progression or {})

    def set_thresholds(self, profile_id: int, values: dict) -> None:
        with self.db.session() as s:
            s.get(Profile, profile_id).progression = dict(values)

    def delete(self, profile_id: int) -> None:
        """Remove the profile and every row of it, then compact the file."""
        with self.db.session() as s:
            s.execute(delete(Profile).where(Profile.id == profile_id))
            s.execute(delete(PinGuard).where(PinGuard.subject == f"profile:{profile_id}"))
            # Programs played by nobody else go too: their titles may name the client.
            used = select(SessionRow.snapshot_id).distinct()
            s.execute(delete(ProgramSnapshot).where(ProgramSnapshot.id.not_in(used)))
        if self.db.sqlite:  # no trace of the rows left in the file (a server does its own)
            with self.db.engine.connect() as conn:
                conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
                conn.execute(text("VACUUM"))
