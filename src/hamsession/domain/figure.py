"""A side-view figure of an exercise: a skeleton of named segments posed by angles, and
the props it uses. Each exercise file may carry one (``[figure]``); the player moves it
in step with the phases and the command line draws it.

Conventions (docs/figures.md): a figure 100 units tall, ``x`` to the right, ``y`` up,
the floor at ``y = 0``. A pose gives the hip joint's place and the direction of every
segment in degrees, counter-clockwise from ``+x``. Standing, the figure faces ``+x``;
every other position is that figure turned (never mirrored), so the joints bend the
way bodies do. The first arm and leg are the working side, drawn nearest and
highlighted; the figure is drawn for the right side, and the left is its mirror.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: Segment lengths and the body's half-thickness at each point, in figure units.
LENGTH = {"trunk": 30.0, "neck": 4.0, "upper_arm": 16.0, "forearm": 15.0, "thigh": 24.0,
          "shin": 23.0, "sole": 13.0}  # fmt: skip
HEAD_R = 6.5
ANKLE_UP = 5.0  # the ankle above the sole
HEEL_BACK = 3.0  # the heel behind the ankle, along the sole
THICK = {"head": HEAD_R, "shoulder": 5.0, "hip": 5.0, "elbow": 2.5, "hand": 2.0,
         "knee": 3.0, "ankle": 2.5, "heel": 0.0, "toe": 0.0}  # fmt: skip

#: What each joint allows, in degrees (see :func:`joint_angles`).
LIMITS = {"knee": (-5, 165), "elbow": (-5, 165), "hip": (-45, 160), "ankle": (15, 140),
          "neck": (-70, 70)}  # fmt: skip

LIMBS = ("arm", "other_arm", "leg", "other_leg")
PROP_KINDS = ("floor", "wall", "chair", "bench", "step", "ball", "band", "dumbbell",
              "towel", "cushion", "slider", "desk")  # fmt: skip
#: Body points a prop can follow: the working side's, the other side's, or both.
BODY_POINTS = ("hand", "hands", "heel", "heels", "foot", "feet", "knee", "other_knee")


def _dir(degrees: float) -> tuple[float, float]:
    r = math.radians(degrees)
    return math.cos(r), math.sin(r)


def _turn(degrees: float) -> float:
    """An angle in (-180, 180]."""
    a = math.fmod(degrees, 360.0)
    if a <= -180:
        a += 360
    elif a > 180:
        a -= 360
    return a


@dataclass(frozen=True)
class Pose:
    hip: tuple[float, float]
    trunk: float
    head: float
    arm: tuple[float, float]  # working side: upper arm, forearm
    other_arm: tuple[float, float]
    leg: tuple[float, float, float]  # working side: thigh, shin, sole
    other_leg: tuple[float, float, float]


@dataclass(frozen=True)
class Prop:
    kind: str
    at: tuple[float, float] | None = None  # a fixed place (a wall's x, a bench's corner)
    on: str | None = None  # the body point it follows (a ball under the heels)
    size: float | None = None


@dataclass(frozen=True)
class Figure:
    start: Pose
    end: Pose
    mid: Pose | None = None
    props: tuple[Prop, ...] = ()
    highlight: tuple[str, ...] = ("leg",)  # the limbs that work: arm, other_arm, leg, other_leg
    floor: tuple[str, ...] = ()  # points resting on the floor in every pose (checked)

    def poses(self) -> list[Pose]:
        return [p for p in (self.start, self.mid, self.end) if p is not None]


def points(pose: Pose) -> dict[str, tuple[float, float]]:
    """Every joint of a pose; the working side's names are plain, the other's ``other_``."""
    out: dict[str, tuple[float, float]] = {}

    def step(frm: tuple[float, float], angle: float, length: float) -> tuple[float, float]:
        d = _dir(angle)
        return frm[0] + d[0] * length, frm[1] + d[1] * length

    hip = out["hip"] = pose.hip
    shoulder = out["shoulder"] = step(hip, pose.trunk, LENGTH["trunk"])
    out["head"] = step(shoulder, pose.head, LENGTH["neck"] + HEAD_R)
    for prefix, (upper, fore) in (("", pose.arm), ("other_", pose.other_arm)):
        elbow = out[prefix + "elbow"] = step(shoulder, upper, LENGTH["upper_arm"])
        out[prefix + "hand"] = step(elbow, fore, LENGTH["forearm"])
    for prefix, (thigh, shin, sole) in (("", pose.leg), ("other_", pose.other_leg)):
        knee = out[prefix + "knee"] = step(hip, thigh, LENGTH["thigh"])
        ankle = out[prefix + "ankle"] = step(knee, shin, LENGTH["shin"])
        d, n = _dir(sole), _dir(sole + 90)
        heel = (
            ankle[0] - n[0] * ANKLE_UP - d[0] * HEEL_BACK,
            ankle[1] - n[1] * ANKLE_UP - d[1] * HEEL_BACK,
        )
        out[prefix + "heel"] = heel
        out[prefix + "toe"] = (heel[0] + d[0] * LENGTH["sole"], heel[1] + d[1] * LENGTH["sole"])
    return out


def joint_angles(pose: Pose) -> dict[str, float]:
    """Each joint's bend: the knee and elbow 0 when straight and positive as they bend the
    way they do; the hip 0 standing, positive as the thigh comes forward; the ankle 90
    standing, less as the toes point; the neck 0 in line with the trunk."""
    out = {}
    for prefix, (upper, fore) in (("", pose.arm), ("other_", pose.other_arm)):
        out[prefix + "elbow"] = _turn(fore - upper)
    for prefix, (thigh, shin, sole) in (("", pose.leg), ("other_", pose.other_leg)):
        out[prefix + "knee"] = _turn(thigh - shin)
        out[prefix + "hip"] = _turn(thigh - (pose.trunk + 180))
        out[prefix + "ankle"] = _turn(sole - shin)
    out["neck"] = _turn(pose.head - pose.trunk)
    return out


def pose_problems(pose: Pose, name: str, on_floor: tuple[str, ...] = ()) -> list[str]:
    """What is impossible about a pose: a joint past its range, a point under the floor,
    a point said to rest on the floor that does not."""
    problems = []
    for joint, angle in joint_angles(pose).items():
        low, high = LIMITS[joint.removeprefix("other_")]
        if not low <= angle <= high:
            problems.append(f"{name}: the {joint.replace('_', ' ')} bends {angle:.0f} degrees")
    for point, (_x, y) in points(pose).items():
        bottom = y - THICK[point.removeprefix("other_")]
        if bottom < -1.5:
            problems.append(
                f"{name}: the {point.replace('_', ' ')} is {-bottom:.1f} below the floor"
            )
        if point in on_floor and bottom > 1.5:
            problems.append(f"{name}: the {point.replace('_', ' ')} is {bottom:.1f} off the floor")
    return problems


def figure_problems(figure: Figure) -> list[str]:
    problems = []
    for name, pose in (("start", figure.start), ("mid", figure.mid), ("end", figure.end)):
        if pose is not None:
            problems += pose_problems(pose, name, figure.floor)
    return problems


# ----- moving between poses ---------------------------------------------------------------
def _ease(t: float) -> float:
    t = min(1.0, max(0.0, t))
    return t * t * (3.0 - 2.0 * t)


def _mix(a: float, b: float, t: float) -> float:
    return a + _turn(b - a) * t


def blend(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction ``t`` of the way from ``a`` to ``b`` (angles the short way)."""
    if t <= 0.0:
        return a
    if t >= 1.0:
        return b
    return Pose(
        hip=(a.hip[0] + (b.hip[0] - a.hip[0]) * t, a.hip[1] + (b.hip[1] - a.hip[1]) * t),
        trunk=_mix(a.trunk, b.trunk, t),
        head=_mix(a.head, b.head, t),
        arm=tuple(_mix(x, y, t) for x, y in zip(a.arm, b.arm, strict=True)),
        other_arm=tuple(_mix(x, y, t) for x, y in zip(a.other_arm, b.other_arm, strict=True)),
        leg=tuple(_mix(x, y, t) for x, y in zip(a.leg, b.leg, strict=True)),
        other_leg=tuple(_mix(x, y, t) for x, y in zip(a.other_leg, b.other_leg, strict=True)),
    )


def along(figure: Figure, effort: float) -> Pose:
    """The pose at ``effort`` 0 (start) to 1 (end), through the middle pose if there is one."""
    effort = min(1.0, max(0.0, effort))
    if figure.mid is None:
        return blend(figure.start, figure.end, _ease(effort))
    if effort <= 0.5:
        return blend(figure.start, figure.mid, _ease(effort * 2))
    return blend(figure.mid, figure.end, _ease(effort * 2 - 1))


#: Seconds the lift (or the way into a stretch) takes at the start of a hold.
LIFT_S = 1.0


def effort_at(kind: str, elapsed: float, planned: float, count_s: float = 0.0) -> float:
    """How far towards the end pose the figure is, ``elapsed`` seconds into a phase of
    ``kind``: up over the first second of a hold and still through it, back down over the
    release, one full cycle per rep of a move, and at rest otherwise."""
    if kind == "hold":
        return min(1.0, elapsed / min(LIFT_S, planned or LIFT_S))
    if kind == "release":
        return 1.0 - (elapsed / planned if planned else 1.0)
    if kind == "move" and count_s > 0:
        within = (elapsed % count_s) / count_s
        return 1.0 - abs(1.0 - 2.0 * within)  # up over the first half of a rep, back down
    return 0.0
