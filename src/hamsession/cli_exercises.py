"""``hamsession exercises``: the library's exercises listed, shown in full, or drawn."""

from __future__ import annotations

import argparse
import json
import os
import sys

from hamsession.domain.plain_text import inert
from hamsession.domain.programs import Exercise
from hamsession.services.errors import BadInput

EXIT_OK = 0


def _find(programs, exercise_id: str) -> Exercise:
    found = programs.library.exercises.get(exercise_id)
    if found is None:
        known = ", ".join(sorted(programs.library.exercises))
        raise BadInput(f"unknown exercise '{exercise_id}' (known: {known})")
    return found


def _listing(args: argparse.Namespace, programs) -> int:
    rows = sorted(programs.library.exercises.values(), key=lambda e: (e.code or "~", e.id))
    if args.json:
        body = [
            {"id": e.id, "name": e.name, "stage": e.stage, "has_figure": e.figure is not None}
            for e in rows
        ]
        print(json.dumps(body, indent=2, ensure_ascii=False))
        return EXIT_OK
    width = max([len(e.id) for e in rows] + [2])
    print(f"{'ID':<{width}}  CODE  STAGE  FIGURE  NAME")
    for e in rows:
        figure = "yes" if e.figure is not None else "-"
        code, stage = e.code or "-", e.stage or "-"
        print(f"{e.id:<{width}}  {code:<4}  {stage:<5}  {figure:<6}  {inert(e.name)}")
    return EXIT_OK


def _lines(title: str, items) -> list[str]:
    return [f"{title}:", *(f"  - {inert(i)}" for i in items)] if items else []


def show_text(e: Exercise) -> str:
    """Everything the library says about one exercise, as plain text."""
    from hamsession.domain.programs import first_step
    from hamsession.services.programs import dose_text

    head = f"{e.code} {e.name}".strip() if e.code else e.name
    out = [inert(head), f"id: {e.id}"]
    if e.stage:
        out.append(f"stage: {e.stage}")
    if e.placeholder:
        out.append("(a placeholder: not written yet, so no program uses it)")
    if e.position:
        out.append(f"position: {inert(e.position)}")
    out += _lines("how", e.how)
    out += _lines("feel", e.feel)
    if e.breath:
        out.append(f"breath: {inert(e.breath)}")
    out += _lines("watch for", e.watch_for)
    out += _lines("cues while moving", e.cues)
    if e.why:
        out.append(f"why: {inert(e.why)}")
    if not e.placeholder:
        out.append(f"dose: {dose_text(first_step(e))}")
    if e.dose.basis:
        out.append(f"basis: {inert(e.dose.basis)}")
    if e.sources:
        out.append(f"sources: {', '.join(e.sources)}")
    out.append(f"figure: {'yes' if e.figure is not None else 'none yet'}")
    return "\n".join(out)


def _figure(args: argparse.Namespace, programs) -> int:
    exercise = _find(programs, args.id)
    if exercise.figure is None:
        raise BadInput(f"the exercise '{exercise.id}' has no figure yet")
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from hamsession.services.outputs import write_output
    from hamsession.ui.widgets.figure_png import figure_png

    data = figure_png(exercise.figure, args.pose, args.side == "left", args.size)
    write_output(args.out, data)
    if args.out != "-":
        print(f"figure written to {args.out}")
    else:
        print("figure written to standard output", file=sys.stderr)
    return EXIT_OK


def exercises(args: argparse.Namespace, programs) -> int:
    if args.action == "list":
        return _listing(args, programs)
    if args.action == "show":
        print(show_text(_find(programs, args.id)))
        return EXIT_OK
    return _figure(args, programs)
