"""The event lexicon: the verb and noun patterns of `timeline/data/event_lexicon.csv`,
compiled once and indexed by the words that begin them.

A pattern is a sequence of items separated by spaces: a word (a verb lemma in verbal
patterns, matched in any inflection; a noun in nominal ones, matched singular or plural),
`=form` for one exact word form, and `*` for a gap of up to four words inside the clause.
Alternatives are separated by `|`. Rows with code `-` block a phrase ("press conference",
"sign an executive order") so that no shorter pattern fires inside it.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .model import Token
from .tokens import Lemmatizer

GAP = "*"
MAX_GAP = 6
BLOCK = "-"
# Function words are never inflected ("noted" is not a form of "not").
UNINFLECTED = frozenset(
    "not no a an the to for of on in with by at from into as that this it its out up off".split()
)
WORDS_REMEMBERED = 100_000


@dataclass(frozen=True, slots=True)
class Item:
    """One position of a pattern: matched against a lemma, or exact lower-case forms."""

    lemma: str = ""
    forms: frozenset[str] = frozenset()
    gap: bool = False

    def matches(self, token: Token) -> bool:
        if self.forms:
            return token.lower in self.forms
        return token.lemma == self.lemma


@dataclass(frozen=True, slots=True)
class Pattern:
    cameo: str
    kind: str
    items: tuple[Item, ...]
    mode: str
    flags: frozenset[str]
    order: int
    size: int  # the number of words (not gaps)
    # One bit per word after the head, standing for the lemmas or forms that can match it
    # (see `Lexicon.word_bits`): a pattern with a word absent from the sentence cannot
    # match, and is not tried.
    needs: int


def _noun_forms(word: str) -> frozenset[str]:
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return frozenset({word, word + "es"})
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return frozenset({word, word[:-1] + "ies"})
    return frozenset({word, word + "s"})


class Lexicon:
    """The compiled event lexicon and the lemmatizer built from its vocabulary."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        # Verbs are matched in any inflection: the head of a verbal pattern and a verb after
        # "to" ("refuse to release"). Other words of a pattern are nouns, matched singular
        # or plural only, so "lay down * arm" does not fire on "armed".
        verb_words: set[str] = set()
        for row in rows:
            if row["kind"] != "V":
                continue
            for alternative in row["pattern"].split("|"):
                words = alternative.split()
                for k, word in enumerate(words):
                    if word == GAP or word.startswith("=") or word in UNINFLECTED:
                        continue
                    if k == 0 or words[k - 1] == "to":
                        verb_words.add(word)
        self.verb_words = frozenset(verb_words)
        self.lemmatizer = Lemmatizer(verb_words)
        self.by_lemma: dict[str, list[Pattern]] = defaultdict(list)
        self.by_form: dict[str, list[Pattern]] = defaultdict(list)
        # Each distinct set of lemmas or forms that a pattern word can match gets a bit; a
        # word's bits are those of the sets it belongs to. The bits of a sentence's words
        # then tell at once which patterns have all their words in the sentence.
        self._bit_of: dict[frozenset[str], int] = {}
        self.word_bits: dict[str, int] = defaultdict(int)
        order = 0
        for row in rows:
            flags = frozenset(row["flags"].split())
            for alternative in row["pattern"].split("|"):
                items = tuple(self._item(word, row["kind"]) for word in alternative.split())
                word_items = [item for item in items if not item.gap]
                needs = 0
                for item in word_items[1:]:
                    needs |= self._bit(item.forms or frozenset({item.lemma}))
                size = len(word_items)
                pattern = Pattern(
                    row["cameo"], row["kind"], items, row["mode"], flags, order, size, needs
                )
                order += 1
                head = items[0]
                if head.forms:
                    for form in head.forms:
                        self.by_form[form].append(pattern)
                else:
                    self.by_lemma[head.lemma].append(pattern)
        self._all_bits = (1 << len(self._bit_of)) - 1
        self._words: dict[str, tuple[list[Pattern], int]] = {}

    def _bit(self, words: frozenset[str]) -> int:
        bit = self._bit_of.get(words)
        if bit is None:
            bit = self._bit_of[words] = 1 << len(self._bit_of)
            for word in words:
                self.word_bits[word] |= bit
        return bit

    def word(self, text: str) -> tuple[list[Pattern], int]:
        """The patterns that begin with a word as written (by lemma, then by exact form) and
        the bits of the pattern words it can be."""
        known = self._words.get(text)
        if known is None:
            lower, lemma = self.lemmatizer.forms(text)
            by_lemma = self.by_lemma.get(lemma, [])
            by_form = self.by_form.get(lower, [])
            bits = self.word_bits.get(lemma, 0) | self.word_bits.get(lower, 0)
            known = (by_lemma + by_form, bits)
            if len(self._words) >= WORDS_REMEMBERED:
                self._words.clear()  # a bound on memory over very long runs
            self._words[text] = known
        return known

    def openings(self, words: list[str]) -> list[tuple[int, list[Pattern]]]:
        """The words of a sentence (as written, in order) that begin a pattern, each with the
        patterns beginning there whose other words all occur in the sentence."""
        remembered = self._words.get
        known = [remembered(text) or self.word(text) for text in words]
        present = 0  # the bits of the pattern words in the sentence
        for _, bits in known:
            present |= bits
        missing = self._all_bits ^ present  # (positive: cheaper to test than ~present)
        openings: list[tuple[int, list[Pattern]]] = []
        for index, (patterns, _) in enumerate(known):
            if patterns:
                possible = [pattern for pattern in patterns if not pattern.needs & missing]
                if possible:
                    openings.append((index, possible))
        return openings

    def _item(self, word: str, kind: str) -> Item:
        if word == GAP:
            return Item(gap=True)
        if word.startswith("="):
            return Item(forms=frozenset({word[1:]}))
        if word in UNINFLECTED:
            return Item(forms=frozenset({word}))
        if kind == "N" or word not in self.verb_words:
            return Item(forms=_noun_forms(word))
        return Item(lemma=self.lemmatizer.lemma(word))


@cache
def lexicon() -> Lexicon:
    """The event lexicon, compiled once."""
    text = resources.files("timeline.data").joinpath("event_lexicon.csv").read_text("utf-8")
    return Lexicon(list(csv.DictReader(text.splitlines())))
