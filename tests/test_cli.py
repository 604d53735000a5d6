"""The command line of contracts §3: output, one-line errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from hamsession import __version__
from hamsession.cli import main

GOOD = """\
format = 1
id = "my-own"
title = "My own"

[[step]]
exercise = "hip-swings"
reps = 10
rep_s = 2
"""


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"hamsession {__version__}"


def test_programs_list_shows_builtins_with_minutes(capsys, data_dir):
    assert main(["programs", "list"]) == 0
    out = capsys.readouterr().out
    assert "d1-desk-break" in out and "p1-foundations" in out
    assert not data_dir.root.exists()  # listing writes nothing


def test_programs_list_json_includes_user_programs(capsys, tmp_path):
    folder = tmp_path / "elsewhere"
    (folder / "programs").mkdir(parents=True)
    (folder / "programs" / "mine.toml").write_text(GOOD)
    assert main(["programs", "list", "--json", "--data-dir", str(folder)]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_id = {r["id"]: r for r in rows}
    assert {"id", "title", "minutes"} <= set(by_id["my-own"])
    assert by_id["my-own"]["builtin"] is False and by_id["p1-foundations"]["builtin"] is True
    assert by_id["my-own"]["minutes"] == round((5 + 20) / 60, 1)


def test_data_dir_option_is_accepted_before_the_subcommand(capsys, tmp_path):
    (tmp_path / "programs").mkdir()
    (tmp_path / "programs" / "mine.toml").write_text(GOOD)
    assert main(["--data-dir", str(tmp_path), "programs", "list"]) == 0
    assert "my-own" in capsys.readouterr().out


def test_broken_user_program_is_a_warning_in_the_list(capsys, data_dir):
    data_dir.programs.mkdir(parents=True)
    (data_dir.programs / "bad.toml").write_text(GOOD.replace("rep_s", "rep"))
    assert main(["programs", "list"]) == 0
    captured = capsys.readouterr()
    assert "warning: programs/bad.toml:8: step 1: unknown key 'rep'" in captured.err
    assert "my-own" not in captured.out


def test_check_accepts_every_builtin_file(capsys):
    from hamsession.storage.assets import resources_dir

    files = [str(p) for p in sorted((resources_dir() / "programs").glob("*.toml"))]
    assert main(["programs", "check", *files]) == 0
    assert f"{len(files)} program file(s) valid" in capsys.readouterr().out


def test_check_reports_each_problem_on_one_line_and_exits_2(capsys, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace("reps = 10", "reps = -1"))
    assert main(["programs", "check", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"{bad}:7: step 1: reps must be at least 1, got -1"]


def test_check_finds_duplicate_program_ids(capsys, tmp_path):
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text(GOOD)
    b.write_text(GOOD)
    clash = tmp_path / "c.toml"
    clash.write_text(GOOD.replace("my-own", "p1-foundations"))
    assert main(["programs", "check", str(a), str(b), str(clash)]) == 2
    err = capsys.readouterr().err
    assert f"{b}:2: duplicate program id 'my-own' (also in {a})" in err
    assert f"{clash}:2: duplicate program id 'p1-foundations' (also in resources/programs/" in err


def test_missing_file_and_bad_arguments_exit_2(capsys, tmp_path):
    assert main(["programs", "check", str(tmp_path / "none.toml")]) == 2
    assert capsys.readouterr().err.strip() == f"{tmp_path / 'none.toml'}: no such file"
    with pytest.raises(SystemExit) as done:
        main(["programs", "frobnicate"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "invalid choice" in err


def test_unknown_program_for_the_app_exits_2_without_a_window(capsys, data_dir):
    assert main(["--program", "no-such-program"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hamsession: unknown program 'no-such-program'")
    assert len(err.strip().splitlines()) == 1


def test_unexpected_errors_exit_1_with_one_line(capsys, monkeypatch):
    import hamsession.cli as cli

    def boom(_args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(cli, "_programs_list", boom)
    assert main(["programs", "list"]) == 1
    err = capsys.readouterr().err
    assert (
        err.strip() == "hamsession: unexpected error: disk on fire (run with --debug for details)"
    )
    assert main(["programs", "list", "--debug"]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_python_dash_m_is_the_same_program(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "hamsession",
            "programs",
            "list",
            "--json",
            "--data-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert any(row["id"] == "d1-desk-break" for row in json.loads(done.stdout))


def test_desktop_install_puts_the_entry_icons_and_metainfo_in_the_users_folders(
    tmp_path, monkeypatch, capsys
):
    import configparser

    from hamsession.cli import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["desktop-install"]) == 0
    assert "desktop's menu (10 files" in capsys.readouterr().out
    share = tmp_path / "share"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(share / "applications" / "hamsession.desktop")
    desktop = entry["Desktop Entry"]
    assert desktop["Name"] == "Hamsession" and desktop["Icon"] == "hamsession"
    assert desktop["Exec"] != "hamsession"  # the command of this installation, in full
    for size in (16, 32, 48, 128, 256):
        assert (share / f"icons/hicolor/{size}x{size}/apps/hamsession.png").stat().st_size > 0
    assert (share / "icons/hicolor/scalable/apps/hamsession.svg").exists()
    assert "<id>hamsession</id>" in (share / "metainfo/hamsession.metainfo.xml").read_text()


APP_LINES = [
    [],
    ["--data-dir", "/tmp/x", "--database", "sqlite:///x", "--debug"],
    ["--profile", "export", "--view", "history", "--fullscreen"],
    ["--program", "p1", "--trace", "t.jsonl"],
    ["--prof", "Ann", "--full"],  # abbreviations, as argparse allows
]
OTHER_LINES = [
    ["--help"],
    ["--he"],
    ["--vers"],
    ["--view", "bogus"],
    ["--trace", ""],
    ["frobnicate"],
    ["export", "--format", "csv"],
    ["--data-dir", "/tmp/x", "profiles", "list"],
    ["programs"],
]


@pytest.mark.parametrize("argv", APP_LINES + OTHER_LINES)
def test_the_quick_reading_of_an_app_start_is_the_whole_parser_s(argv, capsys):
    from hamsession.cli_args import build_parser, parse_args

    def read(how):
        try:
            return how(argv), *capsys.readouterr()
        except SystemExit as done:
            return f"exit {done.code}", *capsys.readouterr()

    assert read(parse_args) == read(build_parser().parse_args)
    quick = read(parse_args)[0]
    assert (getattr(quick, "command", "x") is None) == (argv in APP_LINES)
