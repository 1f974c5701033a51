"""The parsed article: frozen, slotted value classes and their JSON form.

Every element carries ``start``/``end`` indices into the string given to
:func:`newsstruct.parse` and the ``text`` they slice, so a caller can always go back
to the source. ``to_dict()`` emits the JSON contract (schema version 1) and
``from_dict()`` reads it back to an equal object.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

SCHEMA_VERSION = 1

Label = Literal["headline", "subheadline", "byline", "dateline", "body", "credit", "boilerplate"]
LABELS: tuple[Label, ...] = (
    "headline",
    "subheadline",
    "byline",
    "dateline",
    "body",
    "credit",
    "boilerplate",
)
QuoteKind = Literal["direct", "partial", "block"]
QUOTE_KINDS: tuple[QuoteKind, ...] = ("direct", "partial", "block")
Role = Literal["author", "research", "reporting", "editing", "photography", "contributor"]
ROLES: tuple[Role, ...] = ("author", "research", "reporting", "editing", "photography", "contributor")

JSON = dict[str, Any]


def _tuple(items: Any) -> tuple[Any, ...]:
    return tuple(items)


def _check_span(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    """Spans are half-open and never run backwards."""
    if attribute.name == "end" and value < instance.start:
        raise ValueError(f"span ends before it starts: {instance.start}..{value}")
    if value < 0:
        raise ValueError(f"{attribute.name} must not be negative: {value}")


_IS_INT = attrs.validators.instance_of(int)
_IS_STR = attrs.validators.instance_of(str)


def _check_index(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    """An index: an int, not negative, an end never before its start. One plain call
    (a parse makes spans by the hundred thousand); what is not exactly an int goes
    through attrs' own check, which accepts subclasses and words its error."""
    if type(value) is not int:
        _IS_INT(instance, attribute, value)
    if value < 0 or (attribute.name == "end" and value < instance.start):
        _check_span(instance, attribute, value)  # raises, in its own words


_INDEX = _check_index


def _check_text(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    """A str, checked as :func:`_check_index` checks an int."""
    if type(value) is not str:
        _IS_STR(instance, attribute, value)


@attrs.frozen(slots=True)
class Span:
    """A stretch of the source: ``source[start:end] == text``."""

    start: int
    end: int
    text: str

    def __attrs_post_init__(self) -> None:
        """The fields' checks in one call, not one per field (a parse makes spans by the
        ten thousand); what fails them goes through the field checks, for their words."""
        start, end = self.start, self.end
        if not (type(start) is int and type(end) is int and type(self.text) is str and 0 <= start <= end):
            _check_index(self, _SPAN_FIELDS.start, start)
            _check_index(self, _SPAN_FIELDS.end, end)
            _check_text(self, _SPAN_FIELDS.text, self.text)

    def to_dict(self) -> JSON:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: JSON) -> Span:
        return cls(d["start"], d["end"], d["text"])


_SPAN_FIELDS = attrs.fields(Span)


@attrs.frozen(slots=True)
class Headline(Span):
    """The article's title; ``confidence`` is the fitted headline models' probability that
    it is the headline (None when no model chose it: a plain text's first title, say), so a
    user with many pages can set aside those the parse is unsure of."""

    confidence: float | None = None

    def to_dict(self) -> JSON:
        return {**Span.to_dict(self), "confidence": self.confidence}

    @classmethod
    def from_dict(cls, d: JSON) -> Headline:
        return cls(d["start"], d["end"], d["text"], d.get("confidence"))


@attrs.frozen(slots=True)
class Byline(Span):
    """The line naming the authors; ``agency`` when it credits a news agency."""

    agency: str | None = None
    rule: str = ""

    def to_dict(self) -> JSON:
        return {**Span.to_dict(self), "agency": self.agency, "rule": self.rule}

    @classmethod
    def from_dict(cls, d: JSON) -> Byline:
        return cls(d["start"], d["end"], d["text"], d.get("agency"), d.get("rule", ""))


@attrs.frozen(slots=True)
class Dateline(Span):
    """Where (and when, and through which agency) the story was filed, as written."""

    location: str | None = None
    date: str | None = None
    agency: str | None = None
    rule: str = ""

    def to_dict(self) -> JSON:
        return {
            **Span.to_dict(self),
            "location": self.location,
            "date": self.date,
            "agency": self.agency,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: JSON) -> Dateline:
        return cls(
            d["start"],
            d["end"],
            d["text"],
            d.get("location"),
            d.get("date"),
            d.get("agency"),
            d.get("rule", ""),
        )


def _one_spaced(name: str) -> str:
    """A name with its words one plain space apart ("Jane  Doe", as a page may space
    it, gives "Jane Doe"); the span's ``text`` keeps what the page wrote."""
    return " ".join(name.split())


@attrs.frozen(slots=True)
class Person:
    """A person named by the byline or a credit line, with the part they played.

    ``rule`` says where the name was read: ``"byline: …"`` (the byline's own rule),
    ``"credit line"``, or, when no byline names anyone, the line off the header that
    did (``"under the headline: …"``, ``"above the headline: …"``, ``"author box: …"``).
    ``name`` has its words one plain space apart.
    """

    name: str = attrs.field(converter=_one_spaced)
    role: Role = attrs.field(validator=attrs.validators.in_(ROLES))
    start: int = attrs.field(validator=_INDEX)
    end: int = attrs.field(validator=_INDEX)
    text: str = ""
    rule: str = ""

    def to_dict(self) -> JSON:
        return {
            "name": self.name,
            "role": self.role,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: JSON) -> Person:
        return cls(d["name"], d["role"], d["start"], d["end"], d.get("text", ""), d.get("rule", ""))


@attrs.frozen(slots=True)
class Speaker(Span):
    """Who a quote is attributed to: the mention as written and the resolved name.

    ``rule`` names the sieve that linked the mention to its entity (``"name"``,
    ``"surname"``, ``"first-name"``, ``"acronym"``, ``"pronoun"``, ``"description"``,
    ``"organisation"``), or ``"unresolved"`` where no entity agrees: ``name`` is then
    None and ``entity`` too. ``entity`` is the :attr:`Entity.id` of the speaker in
    :attr:`Article.entities`.
    """

    name: str | None = None
    rule: str = ""
    entity: str | None = None

    def to_dict(self) -> JSON:
        return {**Span.to_dict(self), "name": self.name, "rule": self.rule, "entity": self.entity}

    @classmethod
    def from_dict(cls, d: JSON) -> Speaker:
        return cls(d["start"], d["end"], d["text"], d.get("name"), d.get("rule", ""), d.get("entity"))


EntityType = Literal["person", "organisation", "group", "document"]
ENTITY_TYPES: tuple[EntityType, ...] = ("person", "organisation", "group", "document")


def _check_type(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and value not in ENTITY_TYPES:
        raise ValueError(f"{attribute.name} must be one of {ENTITY_TYPES} or None: {value!r}")


def _check_gender(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value not in ("m", "f", None):
        raise ValueError(f"{attribute.name} must be 'm', 'f' or None: {value!r}")


@attrs.frozen(slots=True)
class Entity:
    """A person, organisation, group or document the article names, as the speaker
    pass reads them (the people an article names are read when one of its quotes has
    a speaker to resolve; an article with none lists no entities). Listed are those
    the text gives evidence of a type for, and every speaker's.

    ``id`` ("e1", "e2", …) is what :attr:`Speaker.entity` refers to; ``name`` the
    fullest form of the name in the text; ``type`` one of :data:`ENTITY_TYPES`, or None
    where the text gives no evidence either way; ``gender`` "m", "f" or None (persons
    only); ``mentions`` every place it is named or referred to (names, and the
    pronouns and descriptions resolved to it), in text order; ``roles`` the
    descriptions the text ties to it ("the city's mayor", "a spokeswoman for the
    ministry"); ``evidence`` what set its type ("title", "given name", "suffix", …).
    """

    id: str
    name: str
    type: EntityType | None = attrs.field(default=None, validator=_check_type)
    gender: Literal["m", "f"] | None = attrs.field(default=None, validator=_check_gender)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_tuple)
    roles: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    evidence: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    def to_dict(self) -> JSON:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "gender": self.gender,
            "mentions": [m.to_dict() for m in self.mentions],
            "roles": list(self.roles),
            "evidence": list(self.evidence),
        }

    @classmethod
    def from_dict(cls, d: JSON) -> Entity:
        return cls(
            d["id"],
            d["name"],
            d.get("type"),
            d.get("gender"),
            [Span.from_dict(m) for m in d.get("mentions", ())],
            d.get("roles", ()),
            d.get("evidence", ()),
        )


@attrs.frozen(slots=True)
class Quote(Span):
    """Text inside quotation marks (marks excluded) with its speaker and cue verb.

    ``paragraph`` indexes :attr:`Article.paragraphs`; ``rule`` names the attribution
    pattern that chose the speaker (empty when there is none).
    """

    kind: QuoteKind = attrs.field(default="direct", validator=attrs.validators.in_(QUOTE_KINDS))
    paragraph: int = 0
    speaker: Speaker | None = None
    cue: Span | None = None
    rule: str = ""

    def to_dict(self) -> JSON:
        return {
            **Span.to_dict(self),
            "kind": self.kind,
            "paragraph": self.paragraph,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: JSON) -> Quote:
        speaker = d.get("speaker")
        cue = d.get("cue")
        return cls(
            d["start"],
            d["end"],
            d["text"],
            d["kind"],
            d["paragraph"],
            Speaker.from_dict(speaker) if speaker else None,
            Span.from_dict(cue) if cue else None,
            d.get("rule", ""),
        )


@attrs.frozen(slots=True)
class Boilerplate(Span):
    """Page furniture that is not the article; ``reason`` names the rule that fired.

    A publication line (``kind`` "timestamp": "Published Dec. 15, 2021") carries its
    time in ``published``: ISO 8601, the date ("2021-12-15") or the date and time
    ("2023-12-17T12:34"), when the line gives enough; otherwise None.
    """

    kind: str = "other"
    reason: str = ""
    published: str | None = None

    def to_dict(self) -> JSON:
        out = {**Span.to_dict(self), "kind": self.kind, "reason": self.reason}
        if self.kind == "timestamp":
            out["published"] = self.published
        return out

    @classmethod
    def from_dict(cls, d: JSON) -> Boilerplate:
        return cls(
            d["start"], d["end"], d["text"], d.get("kind", "other"), d.get("reason", ""), d.get("published")
        )


@attrs.frozen(slots=True)
class Published(Span):
    """When the story was published, as its header gives it: the stamp as written
    ("Dec. 15, 2021", "12/18/23 4:02pm") and ``iso``, its ISO 8601 date or date and time
    ("2021-12-15", "2023-12-18T16:02"), when the text gives year, month and day.
    ``rule`` says where the stamp stood ("stamp line", "stamp in the byline").
    """

    iso: str | None = None
    rule: str = ""

    def to_dict(self) -> JSON:
        return {**Span.to_dict(self), "iso": self.iso, "rule": self.rule}

    @classmethod
    def from_dict(cls, d: JSON) -> Published:
        return cls(d["start"], d["end"], d["text"], d.get("iso"), d.get("rule", ""))


@attrs.frozen(slots=True)
class Segment:
    """One labelled stretch of the partition; ``rule`` says why it got its label."""

    label: Label
    start: int
    end: int
    rule: str = ""

    def __attrs_post_init__(self) -> None:
        """The fields' checks in one call, as :meth:`Span.__attrs_post_init__` makes them."""
        start, end = self.start, self.end
        if not (self.label in LABELS and type(start) is int and type(end) is int and 0 <= start <= end):
            _IN_LABELS(self, _SEGMENT_FIELDS.label, self.label)
            _check_index(self, _SEGMENT_FIELDS.start, start)
            _check_index(self, _SEGMENT_FIELDS.end, end)

    def to_dict(self) -> JSON:
        return {"label": self.label, "start": self.start, "end": self.end, "rule": self.rule}

    @classmethod
    def from_dict(cls, d: JSON) -> Segment:
        return cls(d["label"], d["start"], d["end"], d.get("rule", ""))


_SEGMENT_FIELDS = attrs.fields(Segment)
_IN_LABELS = attrs.validators.in_(LABELS)


@attrs.frozen(slots=True)
class Article:
    """The structure of one article.

    ``source`` is the string that was parsed; it takes no part in equality, so an
    article read back from JSON (which does not carry the source unless asked to)
    equals the one that was written.
    """

    headline: Headline | None = None
    subheadline: Span | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    authors: tuple[Person, ...] = attrs.field(default=(), converter=_tuple)
    contributors: tuple[Person, ...] = attrs.field(default=(), converter=_tuple)
    paragraphs: tuple[Span, ...] = attrs.field(default=(), converter=_tuple)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_tuple)
    credits: tuple[Span, ...] = attrs.field(default=(), converter=_tuple)
    boilerplate: tuple[Boilerplate, ...] = attrs.field(default=(), converter=_tuple)
    segments: tuple[Segment, ...] = attrs.field(default=(), converter=_tuple)
    source: str = attrs.field(default="", eq=False, repr=False)
    #: When the story was published, from its header (a stamp line or the byline's stamp).
    published: Published | None = None
    #: The people, organisations and groups the speakers' pass read (see :class:`Entity`).
    entities: tuple[Entity, ...] = attrs.field(default=(), converter=_tuple)

    @property
    def body_text(self) -> str:
        """The article as a reader would copy it: dateline and paragraphs, one per line."""
        parts = [self.dateline.text] if self.dateline else []
        parts.extend(p.text for p in self.paragraphs)
        return "\n".join(parts)

    def to_html(self, *, title: str | None = None) -> str:
        """A self-contained HTML page picturing the parse (see :mod:`newsstruct.apps.render`)."""
        from newsstruct.apps.render import render_html  # here, as render imports this module

        return render_html(self, title=title)

    def to_dict(self, *, include_source: bool = False) -> JSON:
        """The JSON contract (schema version 1); ``include_source`` adds ``"source"``."""

        def one(x: Span | None) -> JSON | None:
            return x.to_dict() if x is not None else None

        out: JSON = {
            "schema_version": SCHEMA_VERSION,
            "headline": one(self.headline),
            "subheadline": one(self.subheadline),
            "byline": one(self.byline),
            "dateline": one(self.dateline),
            "authors": [p.to_dict() for p in self.authors],
            "contributors": [p.to_dict() for p in self.contributors],
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "quotes": [q.to_dict() for q in self.quotes],
            "credits": [c.to_dict() for c in self.credits],
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "segments": [s.to_dict() for s in self.segments],
            "published": one(self.published),
            "entities": [e.to_dict() for e in self.entities],
        }
        if include_source:
            out["source"] = self.source
        return out

    @classmethod
    def from_dict(cls, d: JSON, source: str | None = None) -> Article:
        """Read the JSON contract back; ``source`` (or ``d["source"]``) restores the text."""
        version = d.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise ValueError(f"unsupported schema_version {version!r}")

        def one(kind: Any, x: JSON | None) -> Any:
            return kind.from_dict(x) if x else None

        return cls(
            headline=one(Headline, d.get("headline")),
            subheadline=one(Span, d.get("subheadline")),
            byline=one(Byline, d.get("byline")),
            dateline=one(Dateline, d.get("dateline")),
            authors=[Person.from_dict(x) for x in d.get("authors", ())],
            contributors=[Person.from_dict(x) for x in d.get("contributors", ())],
            paragraphs=[Span.from_dict(x) for x in d.get("paragraphs", ())],
            quotes=[Quote.from_dict(x) for x in d.get("quotes", ())],
            credits=[Span.from_dict(x) for x in d.get("credits", ())],
            boilerplate=[Boilerplate.from_dict(x) for x in d.get("boilerplate", ())],
            segments=[Segment.from_dict(x) for x in d.get("segments", ())],
            source=source if source is not None else d.get("source", ""),
            published=one(Published, d.get("published")),
            entities=[Entity.from_dict(x) for x in d.get("entities", ())],
        )
