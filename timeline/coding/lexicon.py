"""The event lexicon: the verb and noun patterns of `timeline/data/event_lexicon.csv`,
compiled once and indexed by the words that begin them.

A pattern is a sequence of items separated by spaces: a word (a verb lemma in verbal
patterns, matched in any inflection; a noun in nominal ones, matched singular or plural),
`=form` for one exact word form, and `*` for a gap of up to four words inside the clause.
Alternatives are separated by `|`. Rows with code `-` block a phrase ("press conference",
"sign an executive order") so that no shorter pattern fires inside it.

The `flags` column says how an act relates to others: `report` and `speech` (a saying or
an order that frames an act), `intent` and `frame` (a promise, plan or charge that embeds
one), `deny` (a denial: what it frames did not happen), `weak` (ranked lower), `verdict`
(a judgement, an accusation only as a predicate), `irrealis` (a threat only when not
asserted as fact), `recipient` (the subject receives), `forces` (an act only when armed
forces do it: troops "left"), `state` (an act only when a state does it to others than its
own organs: Cuba "will allow" private businesses), and `plover:TYPE` (the PLOVER type where
it differs from the CAMEO table's).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, reduce
from importlib import resources
from operator import or_

from .model import Token
from .tokens import TOKEN_RE, Lemmatizer

GAP = "*"
MAX_GAP = 6
BLOCK = "-"
# Function words are never inflected ("noted" is not a form of "not").
UNINFLECTED = frozenset(
    "not no a an the to for of on in with by at from into as that this it its out up off".split()
)
# How many words, and how many white-space separated chunks of text, are remembered.
WORDS_REMEMBERED = 100_000


@dataclass(frozen=True, slots=True)
class Item:
    """One position of a pattern: matched against a lemma, or exact lower-case forms."""

    lemma: str = ""
    forms: frozenset[str] = frozenset()
    gap: bool = False


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
    last_needs: int  # the bit of the last word alone (0 for a one-word pattern)


@dataclass(frozen=True, slots=True)
class _Starts:
    """The patterns beginning with one word, grouped by what tells at once that they cannot
    match: one-word patterns always can, a pattern with a word right after the first needs
    that word next, and every pattern needs its other words in the sentence."""

    alone: tuple[Pattern, ...]
    next_form: dict[str, tuple[Pattern, ...]]  # by a lower-case form of the second word
    next_lemma: dict[str, tuple[Pattern, ...]]  # by the lemma of the second word
    gapped: tuple[Pattern, ...]  # a gap after the first word
    # The bits of the last words of the gapped patterns: when none is in the sentence, no
    # gapped pattern can match (the last word is mostly the rarest: "hold * talk").
    gapped_last: int
    # The bits of the last words of all its patterns but the one-word ones: when none is in
    # the sentence, only the one-word patterns can match ("the" begins "the alleged …").
    reach: int

    @classmethod
    def of(cls, patterns: list[Pattern]) -> _Starts:
        alone: list[Pattern] = []
        gapped: list[Pattern] = []
        next_form: dict[str, list[Pattern]] = defaultdict(list)
        next_lemma: dict[str, list[Pattern]] = defaultdict(list)
        for pattern in patterns:
            if len(pattern.items) == 1:
                alone.append(pattern)
                continue
            second = pattern.items[1]
            if second.gap:
                gapped.append(pattern)
            elif second.forms:
                for form in second.forms:
                    next_form[form].append(pattern)
            else:
                next_lemma[second.lemma].append(pattern)
        gapped_last = reduce(or_, [pattern.last_needs for pattern in gapped], 0)
        reach = reduce(or_, [p.last_needs for p in patterns if len(p.items) > 1], 0)
        return cls(
            tuple(alone),
            {form: tuple(found) for form, found in next_form.items()},
            {lemma: tuple(found) for lemma, found in next_lemma.items()},
            tuple(gapped),
            gapped_last,
            reach,
        )


@dataclass(init=False, slots=True, eq=False)
class Word(Token):
    """A word as written, as the lexicon reads it: a token shared by every sentence using
    the word, with what the lexicon knows of it."""

    bits: int  # the bits of the pattern words it can be (`Lexicon.word_bits`)
    starts: _Starts | None  # the patterns it begins

    def __init__(
        self,
        text: str,
        lower: str,
        lemma: str,
        bits: int,
        starts: _Starts | None,
    ) -> None:
        self.text = text
        self.lower = lower
        self.lemma = lemma
        self.bits = bits
        self.starts = starts


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
                words = alternative.split()
                items = tuple(
                    self._item(word, row["kind"], k == 0 or words[k - 1] == "to")
                    for k, word in enumerate(words)
                )
                word_items = [item for item in items if not item.gap]
                needs = last = 0
                for item in word_items[1:]:
                    last = self._bit(item.forms or frozenset({item.lemma}))
                    needs |= last
                size = len(word_items)
                pattern = Pattern(
                    row["cameo"], row["kind"], items, row["mode"], flags, order, size, needs, last
                )
                order += 1
                head = items[0]
                if head.forms:
                    for form in head.forms:
                        self.by_form[form].append(pattern)
                else:
                    self.by_lemma[head.lemma].append(pattern)
        # How the lexicon reads each lower-case form it knows anything of: its lemma, bits
        # and the patterns beginning with it. Any other form is its own lemma, with neither.
        self._readings: dict[str, tuple[str, int, _Starts | None]] = {}
        known = {*self.lemmatizer.inflected(), *self.word_bits, *self.by_lemma, *self.by_form}
        for lower in known:
            lemma = self.lemmatizer.lemma(lower)
            bits = self.word_bits.get(lemma, 0) | self.word_bits.get(lower, 0)
            # By lemma, then by exact form (a pattern is under one or the other).
            patterns = self.by_lemma.get(lemma, []) + self.by_form.get(lower, [])
            self._readings[lower] = (lemma, bits, _Starts.of(patterns) if patterns else None)
        # The words of each white-space separated chunk of text, and each word as written
        # inside a chunk of several, remembered: news text repeats words. `clear` forgets them.
        self._chunks: dict[str, tuple[Word, ...]] = {}
        self._words: dict[str, Word] = {}

    def _bit(self, words: frozenset[str]) -> int:
        bit = self._bit_of.get(words)
        if bit is None:
            bit = self._bit_of[words] = 1 << len(self._bit_of)
            for word in words:
                self.word_bits[word] |= bit
        return bit

    def tokens(self, sentence: str) -> list[Word]:
        """The words of a sentence, as `TOKEN_RE.findall(sentence)` gives them, as the
        lexicon reads them; each word and each chunk of text is worked out once."""
        # No alternative of TOKEN_RE matches or looks past white space: the words of a
        # sentence are those of its white-space separated chunks, one after another.
        known = self._chunks
        words: list[Word] = []
        for chunk in sentence.split():
            chunk_words = known.get(chunk)
            if chunk_words is None:
                chunk_words = self._learn(chunk)
            words.extend(chunk_words)
        return words

    def clear(self) -> None:
        """Forget the words and chunks remembered."""
        self._words.clear()
        self._chunks.clear()

    def openings(self, words: list[Word]) -> list[tuple[int, tuple[Pattern, ...]]]:
        """The words of a sentence that begin a pattern, each with the patterns beginning
        there that can match: their second word, when they have one right after the first,
        is the next word, and all their words occur in the sentence."""
        openings: list[tuple[int, tuple[Pattern, ...]]] = []
        heads = [index for index, word in enumerate(words) if word.starts is not None]
        if not heads:
            return openings  # no word begins a pattern
        # The bits of the pattern words in the sentence (most words have none).
        present = 0
        for word in words:
            if word.bits:
                present |= word.bits
        last = len(words) - 1
        for index in heads:
            starts = words[index].starts
            assert starts is not None
            possible = starts.alone
            if not starts.reach & present:
                if possible:
                    openings.append((index, possible))
                continue
            # A pattern needs all its words' bits in the sentence's bits.
            if index < last and (starts.next_form or starts.next_lemma):
                following = words[index + 1]
                then = starts.next_form.get(following.lower, ())
                then += starts.next_lemma.get(following.lemma, ())
                if then:
                    possible += tuple(p for p in then if p.needs & present == p.needs)
            if starts.gapped_last & present:
                possible += tuple(p for p in starts.gapped if p.needs & present == p.needs)
            if possible:
                openings.append((index, possible))
        return openings

    def _learn(self, chunk: str) -> tuple[Word, ...]:
        """The words of a white-space separated chunk of text, remembered."""
        if len(self._chunks) >= WORDS_REMEMBERED:
            self.clear()  # a bound on memory over very long runs
        if chunk.isalpha() and chunk.isascii():
            # A plain word, the commonest chunk: TOKEN_RE's first alternative.
            words: tuple[Word, ...] = (self._word(chunk),)
        else:
            known = self._words
            found = []
            for text in TOKEN_RE.findall(chunk):
                word = known.get(text)
                if word is None:
                    word = known[text] = self._word(text)
                found.append(word)
            words = tuple(found)
        self._chunks[chunk] = words
        return words

    def _word(self, text: str) -> Word:
        """The word as written, as the lexicon reads it."""
        lower = self.lemmatizer.lower(text)
        reading = self._readings.get(lower)
        if reading is None:
            return Word(text, lower, lower, 0, None)
        return Word(text, lower, *reading)

    def _item(self, word: str, kind: str, verbal: bool) -> Item:
        """A pattern word: a verb (any inflection) at the head of a verbal pattern or after
        "to", else a noun ("have * call" is no "has called")."""
        if word == GAP:
            return Item(gap=True)
        if word.startswith("="):
            return Item(forms=frozenset({word[1:]}))
        if word in UNINFLECTED:
            return Item(forms=frozenset({word}))
        if kind == "N" or not verbal or word not in self.verb_words:
            return Item(forms=_noun_forms(word))
        return Item(lemma=self.lemmatizer.lemma(word))


@cache
def lexicon() -> Lexicon:
    """The event lexicon, compiled once."""
    text = resources.files("timeline.data").joinpath("event_lexicon.csv").read_text("utf-8")
    return Lexicon(list(csv.DictReader(text.splitlines())))
