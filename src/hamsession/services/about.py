"""What "About this exercise" and Help > References say: why an exercise is there, its
breath cue, its dose with where each number comes from, and its sources."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from hamsession.domain.programs import Exercise, first_step
from hamsession.domain.words import QT_TRANSLATE_NOOP, translate
from hamsession.services.programs import dose_text
from hamsession.storage.references_file import Source, load_sources

# The S/E/A tags in words, in English; :func:`tags_in_words` says them translated.
TAG_WORDS = {
    "S": QT_TRANSLATE_NOOP("AboutExercise", "stated in a source article"),
    "E": QT_TRANSLATE_NOOP("AboutExercise", "from published research"),
    "A": QT_TRANSLATE_NOOP("AboutExercise", "a default, which a clinician may change"),
}
_TAG = re.compile(r"(:\s*|\()([SEA])\b(?=[\s).,;]|$)")


# Where a basis names the project's own content notes ("content.md section 3"): a
# clinician reading the app has no such document, so the mention is left out.
_NOTES = re.compile(r"(?:,\s*|\s*\(\s*)?content\.md(?:\s+(?:section\s+)?[\w§.]+)?\s*\)?")


def _without_notes(text: str) -> str:
    def keep(m: re.Match) -> str:
        opened, closed = "(" in m.group(0), m.group(0).rstrip().endswith(")")
        return ")" if closed and not opened else ""

    return _NOTES.sub(keep, text)


def tags_in_words(basis: str) -> str:
    """A basis with its S/E/A tags said in words: "60 s rest: A" reads "60 s rest: a
    default, which a clinician may change"."""

    def said(m: re.Match) -> str:
        return m.group(1) + translate("AboutExercise", TAG_WORDS[m.group(2)])

    return _TAG.sub(said, _without_notes(basis))


def sources_by_id() -> dict[str, Source]:
    return {s.id: s for s in load_sources()}


def about_exercise(e: Exercise, sources: Mapping[str, Source] | None = None) -> str:
    """The text of "About this exercise", as short paragraphs."""
    sources = sources_by_id() if sources is None else sources
    head = f"{e.code} {e.name}".strip() if e.code else e.name
    parts = [head]
    if e.why:
        parts.append(translate("AboutExercise", "Why it is here: {why}").format(why=e.why))
    if e.breath:
        parts.append(translate("AboutExercise", "Breathing: {breath}").format(breath=e.breath))
    if e.cues:
        heading = translate("AboutExercise", "Said while you move, one at a time:")
        parts.append(heading + "\n" + "\n".join(f"  {line}" for line in e.cues))
    if not e.placeholder:
        dose = dose_text(first_step(e))
        parts.append(translate("AboutExercise", "Dose: {dose}.").format(dose=dose))
    if e.dose.basis:
        basis = tags_in_words(e.dose.basis)
        parts.append(
            translate("AboutExercise", "Where the numbers come from: {basis}").format(basis=basis)
        )
    if e.sources:
        named = [f"{s}: {sources[s].text}" if s in sources else s for s in e.sources]
        heading = translate("AboutExercise", "Sources:")
        parts.append(heading + "\n" + "\n".join(f"  {line}" for line in named))
    return "\n\n".join(parts)


def about_program(program) -> str:
    """The program's own basis (where its structure and numbers come from), and each
    step's where it differs from its exercise's dose."""
    parts = [program.title]
    if program.description:
        parts.append(program.description)
    if program.basis:
        basis = tags_in_words(program.basis)
        parts.append(translate("AboutExercise", "Where it comes from: {basis}").format(basis=basis))
    steps = [
        f"  {n}. {s.exercise.name}: {tags_in_words(s.basis)}"
        for n, s in enumerate(program.steps, start=1)
        if s.basis
    ]
    if steps:
        parts.append(translate("AboutExercise", "Its steps' numbers:") + "\n" + "\n".join(steps))
    return "\n\n".join(parts)


def references_text(exercises: Iterable[Exercise]) -> str:
    """Every source, each with the exercises it supports."""
    supports: dict[str, list[str]] = {}
    for e in sorted(exercises, key=lambda e: e.code or e.id):
        for s in e.sources:
            supports.setdefault(s, []).append(e.code or e.id)
    lines = []
    for source in load_sources():
        if source.kind == "article":
            line = translate("References", "{id} (Article) {text}")
        else:
            line = translate("References", "{id} (Reference) {text}")
        line = line.format(id=source.id, text=source.text)
        if supports.get(source.id):
            codes = ", ".join(supports[source.id])
            line += "\n    " + translate("References", "Supports: {codes}").format(codes=codes)
        lines.append(line)
    return "\n\n".join(lines)
