"""newsstruct: the structure of a news article from its text, with exact offsets.

>>> import newsstruct
>>> article = newsstruct.parse("Markets Rally\\n\\nBy Jane Doe\\n\\nNEW YORK (AP) — Stocks rose.")
>>> article.headline.text, [a.name for a in article.authors], article.dateline.agency
('Markets Rally', ['Jane Doe'], 'AP')
"""

from newsstruct.apps.batch import parse_many
from newsstruct.model import (
    SCHEMA_VERSION,
    Article,
    Boilerplate,
    Byline,
    Dateline,
    Entity,
    Headline,
    Person,
    Published,
    Quote,
    Segment,
    Span,
    Speaker,
)
from newsstruct.parser import parse

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Boilerplate",
    "Byline",
    "Dateline",
    "Entity",
    "Headline",
    "Person",
    "Published",
    "Quote",
    "Segment",
    "Span",
    "Speaker",
    "__version__",
    "parse",
    "parse_many",
]
