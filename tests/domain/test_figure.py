"""The figure model: poses, their checks, and how the figure moves with the phases."""

from __future__ import annotations

import pytest

from hamsession.domain.figure import (
    Figure,
    Pose,
    along,
    blend,
    effort_at,
    joint_angles,
    points,
    pose_problems,
)

LYING = Pose((0, 5), 180, 172, (0, 0), (0, 0), (60, -64.7, 10), (60, -64.7, 10))
BRIDGE = Pose((0, 22), 214.5, 172, (0, 0), (0, 0), (14.4, -93.5, 10), (14.4, -93.5, 10))
STANDING = Pose((0, 52), 90, 90, (-90, -90), (-90, -90), (-90, -90, 0), (-90, -90, 0))


def test_standing_stands_on_the_floor_with_straight_joints():
    p = points(STANDING)
    assert p["heel"][1] == pytest.approx(0) and p["toe"][1] == pytest.approx(0)
    assert p["head"][1] > 90
    angles = joint_angles(STANDING)
    assert angles["knee"] == 0 and angles["hip"] == 0 and angles["ankle"] == 90
    assert pose_problems(STANDING, "standing", ("heel", "toe")) == []


def test_impossible_poses_are_named():
    backwards_knee = Pose((0, 52), 90, 90, (-90, -90), (-90, -90), (-90, -60, 0), (-90, -90, 0))
    assert any("knee bends" in p for p in pose_problems(backwards_knee, "start"))
    sunk = Pose((0, 30), 90, 90, (-90, -90), (-90, -90), (-90, -90, 0), (-90, -90, 0))
    assert any("below the floor" in p for p in pose_problems(sunk, "end"))
    lifted = pose_problems(BRIDGE, "end", ("hip",))
    assert lifted == ["end: the hip is 17.0 off the floor"]


def test_the_figure_blends_the_short_way_round_and_through_its_middle_pose():
    half = blend(LYING, BRIDGE, 0.5)
    assert half.hip == (0, 13.5)
    assert half.trunk == pytest.approx(197.25)
    turned = Pose((0, 5), 170, 170, (0, 0), (0, 0), (60, -64.7, 10), (60, -64.7, 10))
    across = blend(turned, Pose((0, 5), -170, -170, (0, 0), (0, 0), (60, -64.7, 10),
                                (60, -64.7, 10)), 0.5)  # fmt: skip
    assert abs(across.trunk) == pytest.approx(180)  # through 180, not through 0
    middle = Pose((0, 30), 200, 172, (0, 0), (0, 0), (30, -80, 10), (30, -80, 10))
    figure = Figure(LYING, BRIDGE, middle)
    assert along(figure, 0) == LYING and along(figure, 1) == BRIDGE
    assert along(figure, 0.5) == middle


@pytest.mark.parametrize(
    ("kind", "elapsed", "planned", "count", "effort"),
    [
        ("inhale", 2.0, 4.0, 0, 0.0),  # set-up: the start pose
        ("hold", 0.5, 5.0, 0, 0.5),  # lifting over the first second
        ("hold", 3.0, 5.0, 0, 1.0),  # still at the top through the hold
        ("release", 1.0, 2.0, 0, 0.5),  # lowering
        ("release", 2.0, 2.0, 0, 0.0),
        ("move", 1.0, 20.0, 2.0, 1.0),  # half a rep: at the end pose
        ("move", 2.0, 20.0, 2.0, 0.0),  # a whole rep: back at the start
        ("rest", 10.0, 45.0, 0, 0.0),
    ],
)
def test_effort_follows_the_phase_clock(kind, elapsed, planned, count, effort):
    assert effort_at(kind, elapsed, planned, count) == pytest.approx(effort)
