"""``hamsession exercises``: the library listed, one exercise shown, its figure drawn."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QImage

from hamsession.cli import main


def _mirror(image: QImage) -> QImage:
    from PySide6.QtCore import Qt

    if hasattr(image, "flipped"):  # Qt 6.9 on
        return image.flipped(Qt.Orientation.Horizontal)
    return image.mirrored(True, False)


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_names_every_exercise_with_its_stage_and_figure(capsys, data_dir):
    code, out, _ = run(capsys, "exercises", "list", "--json")
    rows = json.loads(out)
    assert code == 0
    assert set(rows[0]) == {"id", "name", "stage", "has_figure"}
    by_id = {r["id"]: r for r in rows}
    assert by_id["heel-bridge"]["has_figure"] is True
    assert by_id["heel-bridge"]["stage"] == "A"
    assert len(rows) >= 25
    code, out, _ = run(capsys, "exercises", "list")
    assert code == 0 and out.splitlines()[0].split() == ["ID", "CODE", "STAGE", "FIGURE", "NAME"]


def test_show_tells_everything_about_one_exercise(capsys, data_dir):
    code, out, _ = run(capsys, "exercises", "show", "heel-bridge")
    assert code == 0
    assert out.startswith("E04 Hamstring-biased bridge")
    for part in ("position:", "how:", "breath:", "watch for:", "dose: 2 x 8 holds of 3 s",
                 "basis: 2 x 8 reps: E (R9)", "sources: [000], R9", "figure: yes"):  # fmt: skip
        assert part in out
    code, _, err = run(capsys, "exercises", "show", "no-such-thing")
    assert code == 2 and err.startswith("hamsession: unknown exercise 'no-such-thing'")


@pytest.mark.parametrize("size", ["64", "300", "1200"])
def test_a_figure_is_drawn_at_any_size_and_the_left_is_the_mirror_of_the_right(
    capsys, data_dir, tmp_path, size
):
    right, left = tmp_path / "right.png", tmp_path / "left.png"
    assert run(capsys, "exercises", "figure", "heel-bridge", "--out", str(right),
               "--size", size)[0] == 0  # fmt: skip
    assert run(capsys, "exercises", "figure", "heel-bridge", "--out", str(left),
               "--size", size, "--side", "left")[0] == 0  # fmt: skip
    a, b = QImage(str(right)), QImage(str(left))
    assert max(a.width(), a.height()) == int(size)
    assert _mirror(a) == b
    start = tmp_path / "start.png"
    run(capsys, "exercises", "figure", "heel-bridge", "--pose", "start", "--out", str(start),
        "--size", size)  # fmt: skip
    assert QImage(str(start)) != a  # the start pose is not the end pose


def test_figure_refuses_what_it_cannot_draw(capsys, data_dir, tmp_path):
    out = str(tmp_path / "x.png")
    code, _, err = run(capsys, "exercises", "figure", "nope", "--out", out)
    assert code == 2 and "unknown exercise 'nope'" in err
    with pytest.raises(SystemExit) as done:
        main(["exercises", "figure", "heel-bridge", "--out", out, "--size", "5"])
    assert done.value.code == 2
    assert "not a size from 32 to 4096 pixels" in capsys.readouterr().err
