"""SQLAlchemy 2.0 models of the history database.

The schema itself is created and changed only by the Alembic revisions in
``migrations/``; these classes describe it for the repositories.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UtcDateTime(TypeDecorator):
    """Timezone-aware datetimes stored as UTC; SQLite keeps no zone of its own."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict] = {datetime: UtcDateTime}


class Profile(Base):
    __tablename__ = "profiles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[datetime]
    pelvic_floor_items: Mapped[bool] = mapped_column(Boolean, default=False)
    flags: Mapped[list] = mapped_column(JSON, default=list)
    progression: Mapped[dict | None] = mapped_column(JSON)  # thresholds a clinician changed
    pin_hash: Mapped[str | None] = mapped_column(String(200))  # salted scrypt, never the PIN
    weekly_target_min: Mapped[int | None] = mapped_column(Integer)
    last_screening: Mapped[str | None] = mapped_column(String(10))  # ISO date of the questions


class ProgramVariant(Base):
    """A profile's own copy of a program, written when a suggestion is accepted."""

    __tablename__ = "program_variants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    program_id: Mapped[str] = mapped_column(String(64))
    base_program_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    body: Mapped[str] = mapped_column(Text)  # the program as format-1 TOML

    __table_args__ = (UniqueConstraint("profile_id", "program_id", name="uq_variant_per_profile"),)


class Assignment(Base):
    """A program the clinician assigned to a profile."""

    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    program_id: Mapped[str] = mapped_column(String(64))
    assigned_at: Mapped[datetime]

    __table_args__ = (
        UniqueConstraint("profile_id", "program_id", name="uq_assignment_per_profile"),
    )


class ClinicSetting(Base):
    """Settings of the clinic as a whole (the clinician PIN's hash, the idle lock)."""

    __tablename__ = "clinic_settings"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PinGuard(Base):
    """Wrong tries in a row for one PIN ("clinician" or "profile:ID"), kept across restarts."""

    __tablename__ = "pin_guards"

    subject: Mapped[str] = mapped_column(String(40), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    last_failed_at: Mapped[datetime | None]


class ProgramSnapshot(Base):
    """The program as it was played, so history reads right after a file changes."""

    __tablename__ = "program_snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    body: Mapped[dict] = mapped_column(JSON)


class SessionRow(Base):
    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("program_snapshots.id"))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    # "running" while being played; a row left "running" by a crash reads as interrupted.
    status: Mapped[str] = mapped_column(String(16))
    planned_s: Mapped[float] = mapped_column(Float)
    paused_s: Mapped[float] = mapped_column(Float, default=0.0)
    # Summaries kept up to date as phases are written, so charts need no phase scans.
    phases_done: Mapped[int] = mapped_column(Integer, default=0)
    holds_done: Mapped[int] = mapped_column(Integer, default=0)
    active_s: Mapped[float] = mapped_column(Float, default=0.0)
    tension_s: Mapped[float] = mapped_column(Float, default=0.0)

    snapshot: Mapped[ProgramSnapshot] = relationship()
    phases: Mapped[list[PhaseRow]] = relationship(
        back_populates="session", order_by="PhaseRow.seq", cascade="all, delete-orphan"
    )
    symptoms: Mapped[SymptomRow | None] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )

    __table_args__ = (Index("ix_sessions_profile_started", "profile_id", "started_at"),)


class PhaseRow(Base):
    __tablename__ = "phases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    step: Mapped[int] = mapped_column(Integer)
    exercise: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    set: Mapped[int | None] = mapped_column(Integer)
    rep: Mapped[int | None] = mapped_column(Integer)
    side: Mapped[str | None] = mapped_column(String(8))
    planned_s: Mapped[float] = mapped_column(Float)
    actual_s: Mapped[float] = mapped_column(Float)
    started_at: Mapped[datetime]
    completed: Mapped[bool] = mapped_column(Boolean, default=True)

    session: Mapped[SessionRow] = relationship(back_populates="phases")

    __table_args__ = (Index("ix_phases_session_seq", "session_id", "seq", unique=True),)


class SymptomRow(Base):
    __tablename__ = "symptom_logs"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    pain_worst: Mapped[int | None] = mapped_column(Integer)
    pain_now: Mapped[int | None] = mapped_column(Integer)
    effort: Mapped[int | None] = mapped_column(Integer)
    regions: Mapped[list] = mapped_column(JSON, default=list)
    form_signs: Mapped[list] = mapped_column(JSON, default=list)
    leg_symptoms: Mapped[list] = mapped_column(JSON, default=list)
    pelvic_floor: Mapped[dict] = mapped_column(JSON, default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")
    logged_at: Mapped[datetime]
    morning: Mapped[str | None] = mapped_column(String(8))
    morning_pain: Mapped[int | None] = mapped_column(Integer)
    morning_at: Mapped[datetime | None]
    feel: Mapped[str | None] = mapped_column(String(8))  # a desk break's better/same/worse
    morning_stiffness: Mapped[str | None] = mapped_column(String(8))
    region_pain: Mapped[dict | None] = mapped_column(JSON, default=dict)

    session: Mapped[SessionRow] = relationship(back_populates="symptoms")


class SafetyEvent(Base):
    __tablename__ = "safety_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    session_id: Mapped[str | None] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    flag: Mapped[str] = mapped_column(String(32))
    urgency: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    acknowledged_at: Mapped[datetime | None]


class OutcomeRow(Base):
    """A periodic check-in (domain/outcomes.py): its kind, when, and its scores as
    [item, score] pairs."""

    __tablename__ = "outcomes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))
    answered_at: Mapped[datetime]
    scores: Mapped[list] = mapped_column(JSON)

    __table_args__ = (
        UniqueConstraint("profile_id", "kind", "answered_at", name="uq_outcome_once"),
    )


class SeenCard(Base):
    """A "why" card a profile has seen (resources/cards.toml), so it is not shown again."""

    __tablename__ = "seen_cards"

    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True
    )
    card: Mapped[str] = mapped_column(String(40), primary_key=True)
    seen_at: Mapped[datetime]


class LibraryFile(Base):
    """A clinician's own program or exercise file, kept in the database too, so every
    laptop of a clinic's server has the same ones (the data folder keeps its copy)."""

    __tablename__ = "library_files"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # programs, exercises
    name: Mapped[str] = mapped_column(String(80), primary_key=True)  # the file's name
    text: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)
