"""A profile's own program variants (the TOML of each, with the program it came from)."""

from __future__ import annotations

from sqlalchemy import select

from hamsession.storage.database import Database
from hamsession.storage.models import ProgramVariant, utc_now
from hamsession.storage.rows import VariantRow


class VariantRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self, profile_id: int) -> list[VariantRow]:
        """One profile's variants, oldest first."""
        with self.db.session() as s:
            rows = s.execute(
                select(
                    ProgramVariant.program_id, ProgramVariant.base_program_id, ProgramVariant.body
                )
                .where(ProgramVariant.profile_id == profile_id)
                .order_by(ProgramVariant.id)
            )
            return [VariantRow(*r) for r in rows]

    def add(self, profile_id: int, program_id: str, base_id: str, body: str) -> None:
        with self.db.session() as s:
            s.add(
                ProgramVariant(
                    profile_id=profile_id,
                    program_id=program_id,
                    base_program_id=base_id,
                    created_at=utc_now(),
                    body=body,
                )
            )
