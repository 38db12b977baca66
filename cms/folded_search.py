"""Whole-word search on folded text, the same on SQLite and PostgreSQL.

Every searchable page type keeps two folded copies of itself (`FoldedTextMixin`): `search_text`,
all its searchable text, and `subject_text`, what its title is about (the title without the
leading document type: "Luật Đất đai" → " dat dai "). Both are padded with spaces, so
`contains(" term ")` matches whole words only ("khai" does not match "khai thác" for "khai sinh"
unless both words are there, and never a prefix of another word).

`relevance()` is the one ranking every search uses (the site search box, the document and
procedure searches), so that a query means the same thing wherever it is typed:

- the subject or the title is exactly what was typed ("luat dat dai", "dat dai" → Luật Đất đai);
- the title holds the query as a phrase;
- the title holds every word of the query;
- the text holds the query as a phrase;
- the text holds every word (the rest of what matched).
"""

import re

from django.db import models
from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.functions import StrIndex
from django.db.models.lookups import GreaterThan

from .text import folded_words

EXACT_SUBJECT = 32
TITLE_PHRASE = 16
TITLE_WORDS = 8
TEXT_PHRASE = 4
_TAGS = re.compile(r"<[^>]+>")


def padded_fold(*parts):
    """The folded words of `parts`, one space between and around them, so `contains(" term ")`
    matches whole words whatever punctuation the text had ("phòng, chống" → " phong chong ")."""
    words = folded_words(" ".join(str(part) for part in parts if part))
    return f" {' '.join(words)} "


def stream_text(stream_value):
    """The readable text of a StreamField value (paragraphs, captions, quotes), tags dropped."""
    if not stream_value:
        return ""
    content = stream_value.stream_block.get_searchable_content(stream_value)
    return _TAGS.sub(" ", " ".join(str(item) for item in content))


def subject_of(title, leading_words=()):
    """`title` folded, without a leading document type ("Luật Hộ tịch" → " ho tich ")."""
    folded = padded_fold(title)
    for lead in leading_words:
        prefix = padded_fold(lead)
        if prefix.strip() and folded.startswith(prefix) and folded != prefix:
            return folded[len(prefix) - 1 :]
    return folded


class FoldedTextMixin(models.Model):
    """The folded columns of a searchable page; subclasses say what goes into them."""

    search_text = models.TextField(editable=False, default="")
    title_text = models.CharField(max_length=400, editable=False, default="")
    subject_text = models.CharField(max_length=400, editable=False, default="")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.refresh_folded_text()
        return super().save(*args, **kwargs)

    def folded_parts(self):
        return [self.title]

    def subject_leading_words(self):
        """Words a title may start with that say what kind of item it is, not what it is about."""
        return ()

    def refresh_folded_text(self):
        self.search_text = padded_fold(*self.folded_parts())
        self.title_text = padded_fold(self.title)[:400]
        self.subject_text = subject_of(self.title, self.subject_leading_words())[:400]


FOLDED_TEXT_FIELDS = ["search_text", "title_text", "subject_text"]


def words_condition(terms, column="search_text"):
    """Every term as a whole word of `column`."""
    condition = Q()
    for term in terms:
        condition &= Q(**{f"{column}__contains": f" {term} "})
    return condition


def holds(column, text):
    """`column` holds `text`, as `column__contains=text` selects, written `strpos` (PostgreSQL) or
    `instr` (SQLite): for the ranking of thousands of rows, cheaper than a LIKE. The folded text
    and terms are lowercase words and spaces, so LIKE's wildcards and SQLite's case-blind LIKE
    make no difference."""
    return GreaterThan(StrIndex(column, Value(text)), 0)


def _score(condition, points):
    return Case(When(condition, then=Value(points)), default=Value(0), output_field=IntegerField())


def relevance(terms, extra=()):
    """The score of the ranking above for the folded `terms`, as one SQL expression; `extra`
    adds kind-specific (condition, points) pairs, such as a document's number typed in full."""
    phrase = f" {' '.join(terms)} "
    title_words = Q()
    for term in terms:
        title_words &= holds("title_text", f" {term} ")
    score = (
        _score(Q(subject_text=phrase) | Q(title_text=phrase), EXACT_SUBJECT)
        + _score(holds("title_text", phrase), TITLE_PHRASE)
        + _score(title_words, TITLE_WORDS)
        + _score(holds("search_text", phrase), TEXT_PHRASE)
    )
    for condition, points in extra:
        score = score + _score(condition, points)
    return score
