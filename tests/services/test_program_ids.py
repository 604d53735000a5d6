"""A program id is only ever an id: ids read from an imported history can hold anything,
so only the person's own ``--program`` argument may name a file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hamsession.services.errors import BadInput
from hamsession.services.programs import ProgramService
from hamsession.services.session import SessionService
from hamsession.storage.datadir import DataDir


def test_an_id_that_names_a_file_is_unknown_not_read(tmp_path, clock):
    programs = ProgramService(DataDir(tmp_path / "data"))
    own = replace(programs.program("d1-desk-break"), id="from-a-file", title="From a file")
    path = tmp_path / "elsewhere.toml"
    path.write_text(programs.as_saved(own)[0], encoding="utf-8")
    with pytest.raises(BadInput, match="unknown program"):
        programs.program(str(path))
    with pytest.raises(BadInput, match="unknown program"):
        SessionService(programs, clock).prepare(str(path))
    # Named by the person on the command line, the file is read, then known by its id.
    assert programs.open_file(str(path)).id == "from-a-file"
    assert programs.program("from-a-file").title == "From a file"
    assert SessionService(programs, clock).prepare("from-a-file").program.title == "From a file"
