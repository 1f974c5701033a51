"""What the layout pass hands on: labelled pieces of the text and why they got their label."""

from __future__ import annotations

from typing import NamedTuple

from newsstruct.model import Label


class Zone(NamedTuple):
    """The label of a piece and why; ``kind`` is set for boilerplate. (Zones and pieces
    are named tuples: several are made for every block, and tuples are cheapest to make.)"""

    label: Label
    rule: str
    kind: str | None = None


class Piece(NamedTuple):
    """A labelled stretch of the text: a block, or part of one."""

    start: int
    end: int
    zone: Zone
