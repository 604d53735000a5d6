"""No problem message reaches the screen untranslated: why the data folder cannot be used
(the dialog at start) and what is wrong in a program or an import file.

The interface's texts carry the pseudo-locale's mark, as in
:mod:`tests.ui.test_pseudo_locale`. The domain's and the storage's texts go through a
translator that marks them too and turns every word outside a placeholder into ``x``: a
message may then hold only the values put into it (a file's name, a key as written, a
parser's own reason), never a word of its own in English.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from hamsession.domain import words
from hamsession.domain.file_problems import FileProblems
from hamsession.storage.datadir import DataDir
from hamsession.storage.errors import DataError
from hamsession.storage.history_file import prepare
from tests.ui.test_pseudo_locale import (  # noqa: F401 (marked, pseudo: fixtures used by name)
    MARK,
    marked,
    outside_the_ui,
    pseudo,
)
from tests.ui.test_pseudo_locale_dialogs import read_modal

#: Words of the problem messages themselves; none may be left once they are translated.
THEIR_WORDS = re.compile(
    r"\b(unknown|must|missing|required|damaged|valid|Hamsession|export|exercise|"
    r"step|folder|history|mean|number|table|list|empty)\b"
)


def _scrambled(context: str, text: str, disambiguation: str | None, n: int) -> str:
    text = text.replace("%n", str(n)) if n >= 0 else text
    return MARK + re.sub(r"\{[^}]*\}|[A-Za-z]+", lambda m: m[0] if m[0][0] == "{" else "x", text)


@pytest.fixture
def scrambled(marked):  # noqa: F811 (the fixture, by name)
    words.use(_scrambled)
    yield
    words.use(QCoreApplication.translate)


#: What a message quotes as written: keys and values in quotes, TOML's [[tables]].
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|\[\[[^\]]*\]\]")


def left_in_english(texts: list[str]) -> list[str]:
    return [t for t in texts if MARK not in t or THEIR_WORDS.search(_QUOTED.sub("", t))]


def refused(data: DataDir) -> DataError:
    with pytest.raises(DataError) as err:
        prepare(data)
    return err.value


def test_the_data_folder_problems_at_start_are_translated(qtbot, tmp_path, scrambled):
    from hamsession.ui.shell.data_problem import explain_data_problem

    seen = []
    folder = DataDir(tmp_path / "one")
    folder.database.mkdir(parents=True)  # a folder where the history file should be
    damaged = DataDir(tmp_path / "two")
    damaged.backups.mkdir(parents=True)
    (damaged.backups / "hamsession-20261130.sqlite3").write_bytes(b"kept")
    damaged.database.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    newer = DataDir(tmp_path / "three")
    newer.root.mkdir()
    import sqlite3

    with sqlite3.connect(newer.database) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.close()
    problems = [refused(data) for data in (folder, damaged, newer)]
    assert not left_in_english([str(p).replace(str(tmp_path), "") for p in problems]), problems
    for data, problem in zip((folder, damaged), problems, strict=False):
        seen += read_modal(lambda d=data, p=problem: explain_data_problem(d, p))
    bad = outside_the_ui(seen, set())
    assert not bad, "\n".join(bad)


def test_problems_in_program_and_import_files_are_translated(programs, scrambled):
    from hamsession.domain.program_file import parse_program
    from hamsession.services.import_file import read_export

    broken = (
        b'format = 1\nid = "mine"\ntitle = "Mine"\n\n[[step]]\nexercise = "heel-bridg"\n'
        b'sets = "two"\nreps = 3\nhold_s = 3\ncolour = "red"\n'
    )
    found = []
    for data, read in (
        (broken, lambda d: parse_program(d, "mine.toml", programs.library.exercises)),
        (b'format = 1\nid = "x"\ntitle = "X"\n', lambda d: parse_program(d, "x.toml", {})),
        (b"not toml [", lambda d: parse_program(d, "bad.toml", programs.library.exercises)),
        (b'{"format": "something else"}', lambda d: read_export(d, "old.json")),
        (b"{not json", lambda d: read_export(d, "bad.json")),
    ):
        with pytest.raises(FileProblems) as err:
            read(data)
        found += [p.message for p in err.value.problems]
    assert len(found) >= 6
    bad = left_in_english(found)
    assert not bad, "\n".join(bad)
