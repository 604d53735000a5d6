"""The command line's words (contracts §3): every command, option and its help."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import NoReturn

from hamsession import __version__

EXIT_BAD_INPUT = 2
VIEWS = ("player", "history", "programs")


class _Parser(argparse.ArgumentParser):
    """Reports bad arguments as one line on stderr with exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see --help)\n")


def _file_name(value: str) -> str:
    """A file named on the command line: never empty (``-`` is standard output where allowed)."""
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty file name")
    return value


def _size(value: str) -> int:
    """A picture's size in pixels: a whole number from 32 to 4096."""
    if not (value.isascii() and value.isdigit()) or not 32 <= int(value) <= 4096:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size from 32 to 4096 pixels")
    return int(value)


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder for the database, programs and settings",
    )
    common.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="a clinic's PostgreSQL server, postgresql+psycopg://USER@HOST/DB "
        "(default: $HAMSESSION_DATABASE_URL, else the SQLite file in the data folder)",
    )
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show a traceback on unexpected errors",
    )
    return common


class _Unsure(Exception):
    """The quick parser met something only the whole command line can answer."""


class _Quick(_Parser):
    """The desktop app's options alone. Anything else (a command, a mistake, --help,
    --version) is left to the whole parser, so messages and output are always its own."""

    def error(self, message: str) -> NoReturn:
        raise _Unsure(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        raise _Unsure(message)

    def _print_message(self, message: str, file=None) -> None:
        raise _Unsure(message)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line read. Starting the app (no command) is read by a parser of the
    app's own options, which is quick to build; everything else by the whole parser
    with every command and subcommand, which takes about 12 ms to build."""
    try:
        args = _app_options(_Quick).parse_args(argv)
    except _Unsure:
        return build_parser().parse_args(argv)
    args.command = None
    return args


def _app_options(kind: type[_Parser]) -> _Parser:
    parser = kind(
        prog="hamsession",
        parents=[_common()],
        description="Guided hamstring, pelvic-control and low-back sessions.",
    )
    parser.add_argument("--version", action="version", version=f"hamsession {__version__}")
    parser.add_argument("--profile", metavar="NAME", help="open this profile")
    parser.add_argument(
        "--program", metavar="ID_OR_FILE", help="open the player on this program, ready to start"
    )
    parser.add_argument("--view", choices=VIEWS, help="view to open first")
    parser.add_argument("--fullscreen", action="store_true", help="start full screen")
    parser.add_argument(
        "--trace", metavar="FILE", type=_file_name, help="append timing events as JSON lines"
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _app_options(_Parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    programs = commands.add_parser("programs", parents=[common], help="list or check programs")
    actions = programs.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    listing = actions.add_parser(
        "list", parents=[common], help="built-in and user programs: id, title, minutes"
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    check = actions.add_parser("check", parents=[common], help="validate program files")
    check.add_argument("files", nargs="+", metavar="FILE")

    exercises = commands.add_parser(
        "exercises", parents=[common], help="the exercise library: list, show, draw"
    )
    eactions = exercises.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    elist = eactions.add_parser("list", parents=[common], help="id, name, stage, has a figure")
    elist.add_argument("--json", action="store_true", help="print JSON")
    show = eactions.add_parser("show", parents=[common], help="everything about one exercise")
    show.add_argument("id", metavar="ID")
    figure = eactions.add_parser(
        "figure", parents=[common], help="draw an exercise's figure as a PNG, without a screen"
    )
    figure.add_argument("id", metavar="ID")
    figure.add_argument(
        "--out", metavar="FILE.png", type=_file_name, required=True, help="- for standard output"
    )
    figure.add_argument("--pose", choices=("start", "end"), default="end")
    figure.add_argument("--side", choices=("left", "right"), default="right")
    figure.add_argument("--size", metavar="PX", type=_size, default=600, help="the longer side")
    export = commands.add_parser("export", parents=[common], help="export a profile's history")
    export.add_argument("--profile", metavar="NAME", help="the profile (default: default)")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument(
        "--out", metavar="FILE", type=_file_name, help="write here instead of standard output"
    )
    importing = commands.add_parser(
        "import",
        parents=[common],
        help="import an export file (sessions already present are skipped)",
    )
    importing.add_argument("file", metavar="FILE", type=_file_name)
    importing.add_argument(
        "--profile",
        metavar="NAME",
        help="put every session into this profile (default: the profiles named in the file)",
    )
    report = commands.add_parser(
        "report", parents=[common], help="a PDF report of a profile's history for a clinician"
    )
    report.add_argument("--profile", metavar="NAME", help="the profile (default: default)")
    report.add_argument(
        "--out", metavar="FILE.pdf", type=_file_name, required=True, help="- for standard output"
    )
    report.add_argument("--range", choices=("4w", "3m", "1y", "all"), default="all")
    advice = commands.add_parser(
        "advice", parents=[common], help="the current advice for each program with a logged session"
    )
    advice.add_argument("--profile", metavar="NAME", help="the profile (default: default)")
    advice.add_argument("--json", action="store_true", help="print JSON")
    commands.add_parser(
        "desktop-install",
        parents=[common],
        help="add Hamsession, with its icon, to this user's desktop menu",
    )
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="every profile's history in one export file, from either database",
    )
    backup.add_argument(
        "--out", metavar="FILE", type=_file_name, required=True, help="- for standard output"
    )
    profiles = commands.add_parser("profiles", parents=[common], help="list, create or delete")
    pactions = profiles.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    pactions.add_parser("list", parents=[common], help="list profiles")
    create = pactions.add_parser("create", parents=[common], help="create a profile")
    create.add_argument("name", metavar="NAME")
    delete = pactions.add_parser(
        "delete", parents=[common], help="delete a profile and all of its history"
    )
    delete.add_argument("name", metavar="NAME")
    return parser
