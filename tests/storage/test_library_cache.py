"""The built-in library kept checked in the data folder's cache: used while its files are
unchanged, read again otherwise, never trusted to name code."""

from __future__ import annotations

import os
import pickle

import pytest

from hamsession.storage import library_cache
from hamsession.storage.datadir import DataDir
from hamsession.storage.library import Library, load_library
from hamsession.storage.library_cache import cache_file, kept_library


@pytest.fixture
def in_use(tmp_path) -> DataDir:
    data = DataDir(tmp_path / "data")
    data.root.mkdir()
    data.database.write_bytes(b"")  # a folder in use has its history
    return data


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "one.toml"
    path.write_text("id = 'x'\n")
    return path


def reader(made: list):
    def read() -> Library:
        made.append(True)
        return Library(builtin_ids={f"p{len(made)}"})

    return read


def test_a_kept_library_is_used_while_its_files_are_unchanged(in_use, source):
    made: list = []
    first = kept_library(in_use, "en", [source], reader(made))
    again = kept_library(in_use, "en", [source], reader(made))
    assert len(made) == 1 and again.builtin_ids == first.builtin_ids == {"p1"}
    assert kept_library(in_use, "de", [source], reader(made)).builtin_ids == {"p2"}  # language
    source.write_text("id = 'changed'\n")
    os.utime(source, ns=(1, 1))
    assert kept_library(in_use, "en", [source], reader(made)).builtin_ids == {"p3"}


def test_a_library_kept_by_classes_of_another_shape_is_read_again(in_use, source, monkeypatch):
    made: list = []
    kept_library(in_use, "en", [source], reader(made))
    monkeypatch.setattr(library_cache, "_shape", lambda: (("Exercise", ("id", "cues")),))
    assert kept_library(in_use, "en", [source], reader(made)).builtin_ids == {"p2"}


def test_a_damaged_cache_is_read_again_and_replaced(in_use, source):
    made: list = []
    kept_library(in_use, "en", [source], reader(made))
    cache_file(in_use, "en").write_bytes(b"\x80\x05 not a pickle")
    assert kept_library(in_use, "en", [source], reader(made)).builtin_ids == {"p2"}
    assert kept_library(in_use, "en", [source], reader(made)).builtin_ids == {"p2"}


class Boom:
    def __reduce__(self):
        return (os.system, ("touch ran",))


def test_a_cache_naming_anything_but_library_classes_is_refused(
    in_use, source, tmp_path, monkeypatch
):
    made: list = []
    kept = cache_file(in_use, "en")
    kept.parent.mkdir()
    stamp = library_cache.stamp([source], "en")
    kept.write_bytes(pickle.dumps((stamp, Boom())))
    monkeypatch.chdir(tmp_path)
    assert kept_library(in_use, "en", [source], reader(made)).builtin_ids == {"p1"}
    assert not (tmp_path / "ran").exists()


def test_nothing_is_kept_in_a_new_folder_or_from_a_library_with_problems(tmp_path, source):
    new = DataDir(tmp_path / "new")
    kept_library(new, "en", [source], reader([]))
    assert not new.root.exists()
    data = DataDir(tmp_path / "data")
    data.root.mkdir()
    data.database.write_bytes(b"")
    from hamsession.domain.file_problems import Problem

    kept_library(data, "en", [source], lambda: Library(problems=[Problem("x", 1, "bad")]))
    assert not cache_file(data, "en").exists()


def test_the_users_own_files_are_read_beside_the_kept_library(in_use, monkeypatch):
    first = load_library(in_use, "de", keep=True)
    assert cache_file(in_use, "de").exists()
    monkeypatch.setattr(
        "hamsession.storage.library._read_builtin", lambda language: pytest.fail("read again")
    )
    in_use.programs.mkdir()
    (in_use.programs / "mine.toml").write_text(
        'format = 1\nid = "mine"\ntitle = "Mine"\n\n[[step]]\nexercise = "heel-bridge"\n'
        "sets = 1\nreps = 2\nhold_s = 3\n"
    )
    again = load_library(in_use, "de", keep=True)
    assert again.exercises == first.exercises and "mine" in again.programs
    assert again.builtin_ids == first.builtin_ids and "mine" not in again.builtin_ids


def test_a_command_reads_what_the_app_kept_and_keeps_nothing_itself(in_use, source):
    made: list = []
    kept_library(in_use, "en", [source], reader(made), keep=False)
    assert not cache_file(in_use, "en").exists()
    kept_library(in_use, "en", [source], reader(made))  # the app
    assert kept_library(in_use, "en", [source], reader(made), keep=False).builtin_ids == {"p2"}
    assert len(made) == 2
