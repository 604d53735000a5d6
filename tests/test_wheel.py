"""The wheel carries resources/ and migrations/ and works from any folder (contracts §1)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def unpacked_wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("hamsession-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "hamsession/resources/programs/d1-desk-break.toml" in names
    assert "hamsession/resources/exercises/e02-ninety-ninety-hip-lift.toml" in names
    assert any(n.startswith("hamsession/migrations/") for n in names)
    site = out / "site"
    zipfile.ZipFile(wheel).extractall(site)
    return site


def run_installed(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(site), "HAMSESSION_DATA_DIR": str(cwd / "data")}
    return subprocess.run(
        [sys.executable, "-m", "hamsession", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_installed_app_lists_and_checks_builtins_from_another_folder(unpacked_wheel, tmp_path):
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "from hamsession.storage.assets import resources_dir, "
            "migrations_dir; print(resources_dir()); print(migrations_dir())",
        ],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(unpacked_wheel)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert all(line.startswith(str(unpacked_wheel)) for line in probe.stdout.splitlines())
    listed = run_installed(unpacked_wheel, tmp_path, "programs", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    ids = {row["id"] for row in json.loads(listed.stdout)}
    assert {
        "p1-foundations",
        "p2-integrated",
        "p3-loaded-hinge",
        "p4-strength-first-back",
        "self-care-add-on",
        "d1-desk-break",
    } <= ids
    packaged = sorted((unpacked_wheel / "hamsession/resources/programs").glob("*.toml"))
    checked = run_installed(unpacked_wheel, tmp_path, "programs", "check", *map(str, packaged))
    assert checked.returncode == 0, checked.stderr
