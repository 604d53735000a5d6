"""The command line (contracts §3). With no subcommand it starts the desktop app."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from hamsession.cli_args import EXIT_BAD_INPUT, parse_args

EXIT_OK, EXIT_UNEXPECTED = 0, 1


def _programs_service(args: argparse.Namespace):
    """The library in the language the app would show (Settings > Language, else the
    desktop's)."""
    from hamsession.cli_language import speak
    from hamsession.services.preferences import Preferences
    from hamsession.services.programs import ProgramService, library_language
    from hamsession.storage.datadir import DataDir

    data = DataDir.chosen(args)
    language = library_language(Preferences(data.settings).language)
    speak(language)
    return ProgramService(data, language)


def _programs_list(args: argparse.Namespace) -> int:
    from hamsession.domain.plain_text import inert

    service = _programs_service(args)
    rows = service.summaries()
    for problem in service.library.problems:
        print(f"warning: {problem}", file=sys.stderr)
    if args.json:
        import json

        print(json.dumps([row.__dict__ for row in rows], indent=2, ensure_ascii=False))
        return EXIT_OK
    width = max([len(r.id) for r in rows] + [2])
    print(f"{'ID':<{width}}  {'MIN':>5}  TITLE")
    for r in rows:
        origin = "" if r.builtin else "  (yours)"
        print(f"{r.id:<{width}}  {r.minutes:>5.1f}  {inert(r.title)}{origin}")
    return EXIT_OK


def _programs_check(args: argparse.Namespace) -> int:
    problems = _programs_service(args).check(args.files)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return EXIT_BAD_INPUT
    print(f"{len(args.files)} program file(s) valid")
    return EXIT_OK


def _history(args: argparse.Namespace, light: bool = False):
    """The history the command works on. ``light``: a history file that needs no upgrade
    is read with the standard library's sqlite3 until a question needs the database layer
    (the CSV export reads only the summary columns, so it never loads SQLAlchemy)."""
    from hamsession.services.history import HistoryService
    from hamsession.storage.datadir import DataDir

    data = DataDir.chosen(args)
    if light and data.server is None:
        from hamsession.app import open_repositories

        repos = open_repositories(data)
        warnings = repos.warnings
    else:
        from hamsession.storage.database import open_database
        from hamsession.storage.repositories import Repositories

        database = open_database(data)
        repos, warnings = Repositories.on(database), database.warnings
    for warning in warnings:
        print(f"hamsession: warning: {warning}", file=sys.stderr)
    return HistoryService(repos)


def _write_out(text, out: str | None) -> None:
    if out is None:
        out = "-"
    from hamsession.services.outputs import write_output

    write_output(out, text)


def _export(args: argparse.Namespace) -> int:
    from hamsession.services.export_file import export_csv, export_text

    history = _history(args, light=args.format == "csv")
    try:
        profile = history.profile(args.profile)
        if args.format == "csv":
            _write_out(export_csv(history, profile), args.out)
        else:
            _write_out(export_text(history, [profile], _programs_service(args)), args.out)
    finally:
        history.close()
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    from hamsession.services.export_file import export_text

    history = _history(args)
    try:
        history.profile()  # the default profile exists from first use on
        everyone = history.profiles()
        _write_out(export_text(history, everyone, _programs_service(args)), args.out)
    finally:
        history.close()
    if args.out != "-":
        print(f"backed up {len(everyone)} profile(s) to {args.out}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from hamsession.services.import_file import import_export, read_export_file

    parsed = read_export_file(Path(args.file), args.file)
    history = _history(args)
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\rimporting {done}/{total} sessions", end="", file=sys.stderr, flush=True)

    notes: list[str] = []
    try:
        added = import_export(
            history, parsed, args.profile, progress, _programs_service(args), notes
        )
    finally:
        history.close()
    if show:
        print(file=sys.stderr)
    for note in notes:
        print(f"hamsession: {note}", file=sys.stderr)
    total = sum(len(p.sessions) for p in parsed.profiles)
    print(f"imported {added} new session(s) of {total}")
    return EXIT_OK


def _profiles(args: argparse.Namespace) -> int:
    from hamsession.domain.plain_text import inert

    history = _history(args)
    try:
        if args.action == "list":
            history.profile()  # the default profile exists from first use on
            for profile in history.profiles():
                print(inert(profile.name))
        elif args.action == "create":
            print(f"created profile '{history.create_profile(args.name).name}'")
        else:
            history.delete_profile(args.name)
            print(f"deleted profile '{args.name}' and all of its history")
    finally:
        history.close()
    return EXIT_OK


def _advice(args: argparse.Namespace) -> int:
    from hamsession.app import build_advice

    history = _history(args)
    try:
        profile = history.profile(args.profile)
        rows = build_advice(history, _programs_service(args)).all(profile)
    finally:
        history.close()
    if args.json:
        import json

        body = {
            "profile": profile.name,
            "programs": [
                {
                    "program": a.program,
                    "action": a.action,
                    "reasons": list(a.reasons),
                    "next_program": a.next_program,
                }
                for a, _title, _words in rows
            ],
        }
        print(json.dumps(body, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        print(f"no logged sessions in profile '{profile.name}' yet")
    for a, _title, words in rows:
        print(f"{a.program}: {words or 'no advice yet.'}")
    return EXIT_OK


def _desktop_install(_args: argparse.Namespace) -> int:
    from hamsession.services.desktop_entry import install

    written = install()
    print(
        f"Hamsession is in your desktop's menu ({len(written)} files under {written[0].parents[1]})"
    )
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from hamsession.app import write_report_cli

    return write_report_cli(args)


def _run_app(args: argparse.Namespace) -> int:
    from hamsession.app import run_app

    return run_app(args)


def dispatch(args: argparse.Namespace) -> int:
    if args.command is None:
        return _run_app(args)
    if args.command == "programs":
        return _programs_list(args) if args.action == "list" else _programs_check(args)
    if args.command == "exercises":
        from hamsession.cli_exercises import exercises

        return exercises(args, _programs_service(args))
    handlers = {
        "export": _export,
        "import": _import,
        "backup": _backup,
        "profiles": _profiles,
        "report": _report,
        "advice": _advice,
        "desktop-install": _desktop_install,
    }
    if args.command in handlers:
        return handlers[args.command](args)
    raise AssertionError(f"unhandled command {args.command}")


def _first_line(err: BaseException) -> str:
    """An error in one line (a database error's text goes on to show its SQL)."""
    lines = str(err).strip().splitlines()
    return lines[0] if lines else type(err).__name__


NOT_WRITTEN = "hamsession: the history could not be written ({}); nothing was changed"


def main(argv: Sequence[str] | None = None) -> int:
    from hamsession.storage.private_files import keep_private

    keep_private()  # health data: every file made from here on is the user's alone
    args = parse_args(argv)
    if args.command is None:
        return _answered(args)
    from hamsession.storage.datadir import DataDir, absent_parts, take_back
    from hamsession.storage.errors import DataError

    try:
        made = absent_parts(DataDir.chosen(args))
    except DataError:
        made = []  # the command says so itself
    code = _answered(args)
    if code != EXIT_OK:
        take_back(made)  # a command that fails leaves no new, empty history behind
    return code


def _answered(args: argparse.Namespace) -> int:
    """Run the command; every error becomes one line and an exit code."""
    try:
        return dispatch(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the final flush at exit stays quiet
        return EXIT_OK
    except Exception as err:
        return _told(err, args)


def _told(err: Exception, args: argparse.Namespace) -> int:
    """Say what went wrong in one line; the exit code. (The error classes load here, once
    there is an error: the desktop app starts without them.)"""
    from hamsession.domain.file_problems import FileProblems
    from hamsession.services.errors import BadInput, NotSaved
    from hamsession.storage.errors import (
        DatabaseDamaged,
        DatabaseTooNew,
        DataError,
        DataFolderNamedBadly,
        write_problem,
    )

    if isinstance(err, FileProblems):
        for problem in err.problems:
            print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    if isinstance(err, BadInput):
        print(f"hamsession: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if isinstance(err, NotSaved):
        print(NOT_WRITTEN.format(err), file=sys.stderr)
        return EXIT_UNEXPECTED
    if isinstance(err, DataError):
        print(f"hamsession: {err}", file=sys.stderr)
        # A damaged or too-new database is an unusable input file; a folder that cannot
        # be written or is in use is not.
        bad_file = isinstance(err, DatabaseDamaged | DatabaseTooNew | DataFolderNamedBadly)
        return EXIT_BAD_INPUT if bad_file else EXIT_UNEXPECTED
    reason = None if isinstance(err, OSError) else write_problem(err)
    if reason is not None and not getattr(args, "debug", False):
        print(NOT_WRITTEN.format(reason), file=sys.stderr)
        return EXIT_UNEXPECTED
    if getattr(args, "debug", False):
        traceback.print_exception(err)
    else:
        print(
            f"hamsession: unexpected error: {_first_line(err)} (run with --debug for details)",
            file=sys.stderr,
        )
    return EXIT_UNEXPECTED
