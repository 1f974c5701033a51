"""Page furniture by phrase and by pattern, with the rule that fired."""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct.grammar.timestamps import match_timestamp
from newsstruct.page.boilerplate import (
    CLOSING,
    KINDS,
    MAX_PHRASE_LINE,
    PHRASE_FILES,
    Verdict,
    classify_line,
    comment_mark,
)
from newsstruct.text import lexicon

CASES = [
    ("Related Articles", "related"),
    ("Back to top button", "navigation"),
    ("Advertisement", "advertisement"),
    ("ADVERTISEMENT", "advertisement"),
    ("Anzeige", "advertisement"),
    ("Publicidad", "advertisement"),
    ("Share this article", "share"),
    ("Facebook Twitter Email", "share"),
    ("Sign up for our newsletter", "newsletter"),
    ("We use cookies to improve your experience on our site.", "cookie"),
    ("© 2023 The Daily Example. All rights reserved.", "footer"),
    ("Privacy Policy", "footer"),
    ("(AP Photo/Jane Doe)", "caption"),
    ("Photograph: Jane Doe/Reuters", "caption"),
    ("Listen to this article", "audio"),
    ("5 min read", "reading-time"),
    ("Read more: what the vote means", "related"),
    ("Reuter", "signoff"),
    ("Published Dec. 15, 2021", "timestamp"),
    ("Updated 5:30 a.m. ET", "timestamp"),
    ("Click to enlarge", "caption"),
    ("Adjust text size", "share"),
    ("Send a News Tip", "share"),
]


@pytest.mark.parametrize(("line", "kind"), CASES)
def test_furniture_lines(line: str, kind: str) -> None:
    verdict = classify_line(line)
    assert verdict is not None
    assert verdict.kind == kind
    assert verdict.kind in KINDS
    assert verdict.reason


@pytest.mark.parametrize(
    "line",
    [
        "The council approved the budget on Tuesday after a long debate.",
        "Share prices fell sharply in early trading.",
        "He said the related charges were dropped.",
        "Putin and Xi Show United Front",
    ],
)
def test_prose_is_not_furniture(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("December 22, 2023 at 10:20 PM", "2023-12-22"),
        ("Published Dec. 15, 2021", "2021-12-15"),
        ("Monday, Nov. 28, 2021", "2021-11-28"),
        ("2021-11-28", "2021-11-28"),
        ("28. November 2021, 10:00 Uhr", "2021-11-28"),
        ("Veröffentlicht am 28.11.2021", "2021-11-28"),
        ("Updated 5:30 a.m. ET", None),
        ("5 hours ago", None),
    ],
)
def test_timestamps(line: str, iso: str | None) -> None:
    stamp = match_timestamp(line)
    assert stamp is not None
    assert stamp.iso == iso


@pytest.mark.parametrize("line", ["Feb 26 - BankAmerica said", "Putin said", "Today", "Hours Ago"])
def test_not_timestamps(line: str) -> None:
    assert match_timestamp(line) is None


def test_furniture_around_an_article_is_labelled_with_kind_and_reason(seed: dict[str, object]) -> None:
    article = newsstruct.parse(str(seed["text"]))
    kinds = {b.text: (b.kind, b.reason) for b in article.boilerplate}
    assert kinds["Related Articles"][0] == "related"
    assert kinds["Back to top button"][0] == "navigation"
    assert all(reason for _, reason in kinds.values())


# Furniture in the languages the phrase tables cover, one or more lines per kind.
LANGUAGE_CASES = [
    ("Zum Inhalt springen", "navigation"),
    ("Aller au contenu principal", "navigation"),
    ("Ir al contenido", "navigation"),
    ("Vai al contenuto", "navigation"),
    ("Naar de inhoud", "navigation"),
    ("Das könnte Sie auch interessieren", "related"),
    ("À lire aussi", "related"),
    ("Noticias relacionadas", "related"),
    ("Articoli correlati", "related"),
    ("Lees ook", "related"),
    ("Leia também", "related"),
    ("Czytaj także", "related"),
    ("Teilen", "share"),
    ("Partager sur Facebook", "share"),
    ("Compartir en Twitter", "share"),
    ("Condividi", "share"),
    ("Schreibe einen Kommentar", "comments"),
    ("Laisser un commentaire", "comments"),
    ("Deja un comentario", "comments"),
    ("Lascia un commento", "comments"),
    ("Plaats een reactie", "comments"),
    ("Newsletter abonnieren", "newsletter"),
    ("Inscrivez-vous à notre newsletter", "newsletter"),
    ("Jetzt abonnieren", "subscription"),
    ("Se connecter", "subscription"),
    ("Iniciar sesión", "subscription"),
    ("Alle akzeptieren", "cookie"),
    ("Tout accepter", "cookie"),
    ("Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.", "cookie"),
    ("Werbung", "advertisement"),
    ("Publicité", "advertisement"),
    ("Pubblicità", "advertisement"),
    ("Advertentie", "advertisement"),
    ("Artikel anhören", "audio"),
    ("Lesezeit: 4 Minuten", "reading-time"),
    ("Temps de lecture : 3 min", "reading-time"),
    ("Schlagworte: Haushalt, Stadtrat", "tags"),
    ("Mots-clés : budget", "tags"),
    ("Über den Autor", "author-bio"),
    ("Sobre el autor", "author-bio"),
    ("Impressum", "footer"),
    ("Mentions légales", "footer"),
    ("Aviso legal", "footer"),
    ("Tutti i diritti riservati", "footer"),
    ("Alle rechten voorbehouden", "footer"),
    ("Jaa artikkeli:", "share"),
    ("Jaa artikkeli Twitterissä", "share"),
    ("Lue myös", "related"),
    ("Siirry sisältöön", "navigation"),
]


@pytest.mark.parametrize(("line", "kind"), LANGUAGE_CASES)
def test_furniture_in_other_languages(line: str, kind: str) -> None:
    verdict = classify_line(line)
    assert verdict is not None, line
    assert verdict.kind == kind


@pytest.mark.parametrize(
    ("line", "kind", "reason"),
    [
        ("43 Comments", "comments", "phrase: comments"),
        ("Kommentare (2)", "comments", "phrase: kommentare"),
        ("Impressum | Datenschutz | Kontakt", "footer", "pattern: bar of impressum …"),
        ("Vorheriges Weiter", "navigation", "pattern: bar of vorheriges …"),
        ("Tags: budget, harbor", "tags", "phrase: tags …"),
        ("Crédit : AFP", "caption", "phrase: crédit …"),
        ("Leave a Reply Cancel reply", "comments", "phrase: leave a reply …"),
        ("Sign up for the Morning Newsletter", "newsletter", "pattern: newsletter-name"),
        ("© Bild: Jane Doe", "caption", "pattern: image-credit"),
        ("© 2024 Example News", "footer", "pattern: copyright"),
        ("* Published May 5, 2024", "timestamp", "pattern: timestamp (date)"),
        ("Kon\u00adtakt", "footer", "phrase: kontakt"),
    ],
)
def test_how_a_phrase_matches_is_its_reason(line: str, kind: str, reason: str) -> None:
    verdict = classify_line(line)
    assert verdict == Verdict(kind, reason)


@pytest.mark.parametrize(
    "line",
    [
        # A short prefix phrase needs a separator after it, or a line that is not a sentence.
        "Crédit Agricole a annoncé des résultats solides pour le troisième trimestre.",
        "In case you missed it, the council voted to raise taxes on Tuesday evening.",
        "Más de 200 personas murieron en el terremoto del martes, según las autoridades.",
        "The share of voters who backed the plan rose to a record.",
        "Related charges were dropped last year, the prosecutor said.",
        "Jaa artikkeli on valmis, kertoi toimittaja eilen illalla kokouksen jälkeen.",
        "Jaakko Virtanen",
    ],
)
def test_sentences_that_open_with_a_phrase_are_not_furniture(line: str) -> None:
    assert classify_line(line) is None


def test_form_small_print_is_furniture_even_when_long() -> None:
    line = (
        "By submitting your email, you agree to our Terms and Privacy Notice and to receive email "
        "correspondence from us, which you may opt out of at any time by following the link."
    )
    assert len(line) > MAX_PHRASE_LINE
    verdict = classify_line(line)
    assert verdict is not None and verdict.kind == "newsletter"


@pytest.mark.parametrize(
    ("line", "mark"),
    [
        ("45 thoughts on “Council approves budget”", True),
        ("12 Kommentare zu „Haushalt beschlossen“", True),
        ("harborwatcher says:", True),
        ("Klaus Meyer sagt:", True),
        ("jane 11. Dezember 2012 um 11:07", True),
        ("1. jane 11. Dezember 2012 um 11:07", True),
        ("He says:", False),  # an article introducing a quote
        ("By Jane Doe May 5, 2021", False),  # a byline with a date
        ("— Jane Doe (@janedoe) May 5, 2021", False),  # an embedded post
        ("11 maja 2021, 11:49", False),  # a date alone
        ("Datum: 18.10.2021", False),  # a label
        ("Wien - Mittwoch, 2. Februar 2022, 11:17 Uhr", False),  # a place and a date
        ("Dekret vom 22. September 2021", False),  # a heading with a date
        ("* Dec 23, 2023 10:13 AM EST", False),
    ],
)
def test_comment_marks(line: str, mark: bool) -> None:
    assert comment_mark(line) is mark


def test_every_phrase_table_uses_documented_kinds() -> None:
    for name in PHRASE_FILES:
        assert {row[0] for row in lexicon.table(name)} <= set(KINDS), name
        assert all(len(row) == 2 for row in lexicon.table(name)), name


def test_closing_kinds_are_kinds() -> None:
    assert set(CLOSING) <= set(KINDS)


@pytest.mark.parametrize(
    "line",
    [
        "Writer Jane Doe on the harbor wall at dawn Credit: John Roe",
        "Commuters wait on the platform in Milan. Jane Doe/Getty Images",
        "Courtesy of the Example Museum",
        "(Jane Doe / The Example Gazette)",
        "View 48 Photos",
        "(Image credit: Jane Doe)",
    ],
)
def test_captions_are_known_by_their_credit(line: str) -> None:
    verdict = classify_line(line)
    assert verdict is not None and verdict.kind == "caption"


def test_a_long_caption_is_known_by_its_credit() -> None:
    line = (
        "The old harbor wall at low tide, seen from the east pier on a grey morning, " * 2
        + "Jane Doe/Getty Images"
    )
    assert len(line) > MAX_PHRASE_LINE
    verdict = classify_line(line)
    assert verdict is not None and verdict.kind == "caption"


@pytest.mark.parametrize(
    ("line", "kind"),
    [("HIER KOSTENLOS ANMELDEN »", "related"), ("See the full gallery →", "related")],
)
def test_link_buttons(line: str, kind: str) -> None:
    verdict = classify_line(line)
    assert verdict is not None and verdict.kind == kind


@pytest.mark.parametrize(
    "line", ["«Storming the Castle»", "He gave them credit: a rare move.", "Copyright law is changing."]
)
def test_not_captions_or_links(line: str) -> None:
    assert classify_line(line) is None
