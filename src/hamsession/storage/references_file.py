"""The sources behind the library (``resources/references.toml``): the five articles
and the public references R1-R30 of content.md."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from hamsession.storage.assets import resources_dir


@dataclass(frozen=True)
class Source:
    id: str  # "[000]" for an article, "R9" for a reference
    kind: str  # "article" or "reference"
    text: str


def load_sources() -> list[Source]:
    with (resources_dir() / "references.toml").open("rb") as f:
        raw = tomllib.load(f)
    return [Source(s["id"], s["kind"], s["text"]) for s in raw["source"]]
