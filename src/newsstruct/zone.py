"""What the layout pass hands on: labelled pieces of the text and why they got their label."""

from __future__ import annotations

import attrs

from newsstruct.model import Label


@attrs.frozen(slots=True)
class Zone:
    """The label of a piece and why; ``kind`` is set for boilerplate."""

    label: Label
    rule: str
    kind: str | None = None


@attrs.frozen(slots=True)
class Piece:
    """A labelled stretch of the text: a block, or part of one."""

    start: int
    end: int
    zone: Zone
