"""The ``[figure]`` table of an exercise file (docs/figures.md), read into a Figure."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from hamsession.domain.figure import BODY_POINTS, LIMBS, PROP_KINDS, THICK, Figure, Pose, Prop
from hamsession.domain.program_file import Strict

Angle = Annotated[float, Field(ge=-360, le=360)]
Place = Annotated[float, Field(ge=-300, le=300)]
Point = Annotated[list[Place], Field(min_length=2, max_length=2)]
Arm = Annotated[list[Angle], Field(min_length=2, max_length=2)]
Leg = Annotated[list[Angle], Field(min_length=3, max_length=3)]
POINT_NAMES = tuple(THICK) + tuple(f"other_{p}" for p in THICK if p not in ("head",))


class PoseModel(Strict):
    hip: Point
    trunk: Angle
    head: Angle | None = None  # in line with the trunk
    arm: Arm
    other_arm: Arm | None = None  # as the working arm
    leg: Leg
    other_leg: Leg | None = None  # as the working leg


class PropModel(Strict):
    kind: Literal[PROP_KINDS]  # type: ignore[valid-type]
    at: Point | None = None
    on: Literal[BODY_POINTS] | None = None  # type: ignore[valid-type]
    size: Annotated[float, Field(gt=0, le=100)] | None = None


class FigureModel(Strict):
    start: PoseModel
    end: PoseModel
    mid: PoseModel | None = None
    props: list[PropModel] = Field(default_factory=list)
    highlight: list[Literal[LIMBS]] = Field(default_factory=lambda: ["leg"])  # type: ignore[valid-type]
    floor: list[Literal[POINT_NAMES]] = Field(default_factory=list)  # type: ignore[valid-type]


def _pose(m: PoseModel) -> Pose:
    return Pose(
        hip=(m.hip[0], m.hip[1]),
        trunk=m.trunk,
        head=m.trunk if m.head is None else m.head,
        arm=(m.arm[0], m.arm[1]),
        other_arm=tuple(m.other_arm or m.arm),
        leg=(m.leg[0], m.leg[1], m.leg[2]),
        other_leg=tuple(m.other_leg or m.leg),
    )


def build_figure(m: FigureModel) -> Figure:
    return Figure(
        start=_pose(m.start),
        end=_pose(m.end),
        mid=None if m.mid is None else _pose(m.mid),
        props=tuple(
            Prop(p.kind, None if p.at is None else (p.at[0], p.at[1]), p.on, p.size)
            for p in m.props
        ),
        highlight=tuple(m.highlight),
        floor=tuple(m.floor),
    )
