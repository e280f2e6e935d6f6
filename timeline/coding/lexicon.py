"""Event triggers: the verb and noun patterns of `timeline/data/event_lexicon.csv`, matched
on lemmas.

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

from .gazetteer import gazetteer
from .model import Token, Trigger
from .tokens import Lemmatizer
from .wordclasses import GAP_STOPS, NOUN_CONTEXT, NUMBER_WORDS
from .wordclasses import LEXICON_DETERMINERS as DETERMINERS

GAP = "*"
MAX_GAP = 6
BLOCK = "-"
ACT_MODIFIERS = frozenset(
    "western international economic financial new fresh tough sweeping punitive additional "
    "further secondary targeted diplomatic military direct indirect peace bilateral".split()
)
# Function words are never inflected ("noted" is not a form of "not").
UNINFLECTED = frozenset(
    "not no a an the to for of on in with by at from into as that this it its out up off".split()
)
PLURAL_AFTER = frozenset(
    {
        "over",
        "of",
        "for",
        "about",
        "against",
        "amid",
        "after",
        "despite",
        "with",
        "on",
        "in",
        "into",
        "from",
        "and",
    }
)
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
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


def _match(items: tuple[Item, ...], tokens: list[Token], index: int, k: int) -> int:
    """Index of the last token matched when `items[k:]` match from `index`, else -1."""
    if k == len(items):
        return index - 1
    item = items[k]
    if item.gap:
        for skip in range(MAX_GAP + 1):
            if skip and tokens[index + skip - 1].lower in GAP_STOPS:
                break
            end = _match(items, tokens, index + skip, k + 1)
            if end >= 0:
                return end
            if index + skip >= len(tokens):
                break
        return -1
    if index < len(tokens) and item.matches(tokens[index]):
        return _match(items, tokens, index + 1, k + 1)
    return -1


@cache
def lexicon() -> Lexicon:
    """The event lexicon, compiled once."""
    text = resources.files("timeline.data").joinpath("event_lexicon.csv").read_text("utf-8")
    return Lexicon(list(csv.DictReader(text.splitlines())))


def _starts_name(tokens: list[Token], index: int) -> bool:
    """A capitalised word inside the sentence is a name or title ("March", "Rally Party")."""
    token = tokens[index]
    if index == 0 or not token.text[:1].isupper():
        return False
    return tokens[index - 1].lower not in {'"', "“", ":", "(", "'", "‘"}


def find_triggers(
    tokens: list[Token], openings: list[tuple[int, list[Pattern]]] | None = None
) -> list[Trigger]:
    """Non-overlapping lexicon matches: longest pattern first, then the most specific code.

    `openings` are `Lexicon.openings` of the tokens' words, when already known."""
    if openings is None:
        openings = lexicon().openings([token.text for token in tokens])
    found: list[tuple[Pattern, int, int]] = []
    for index, candidates in openings:
        if _starts_name(tokens, index):
            continue
        noun: bool | None = None
        determined = index > 0 and tokens[index - 1].lower in DETERMINERS
        for pattern in candidates:
            if pattern.kind == "V" and (len(pattern.items) == 1 or determined):
                if noun is None:
                    noun = reads_as_noun(tokens, index)
                if noun:
                    continue  # "bombed targets", "its ban on women": a noun, not a verb
            end = _match(pattern.items, tokens, index, 0)
            if end >= 0:
                found.append((pattern, index, end))

    def rank(entry: tuple[Pattern, int, int]) -> tuple[int, int, int, int, int, int, int]:
        pattern, first, last = entry
        size = pattern.size
        previous = tokens[first - 1].lower if first else ""
        nominal = previous in NOUN_CONTEXT or tokens[first].lower.endswith("ion")
        kind_fit = int((pattern.kind == "N") == nominal)
        blocks = int(pattern.cameo == BLOCK)
        # Of two patterns over the same words, the one reaching the head of a noun compound
        # wins ("suspended peace treaty talks" is about talks), unless a preposition
        # intervenes ("vowed a strong rebuff in response").
        inside = {t.lower for t in tokens[first : last + 1]}
        reach = last - first if not inside & PLURAL_AFTER else first - last
        return (-size, first, -reach, -blocks, -kind_fit, -len(pattern.cameo), pattern.order)

    used: set[int] = set()
    triggers: list[Trigger] = []
    for pattern, first, last in sorted(found, key=rank):
        anchors = _anchors(pattern, tokens, first)
        if used & anchors:
            continue
        used |= anchors
        if pattern.cameo == BLOCK:
            used |= set(range(first, last + 1))
            continue
        triggers.append(
            Trigger(
                first, last, pattern.cameo, pattern.kind, pattern.mode, pattern.flags, pattern.size
            )
        )
    triggers.sort(key=lambda t: t.first)
    return triggers


def _is_adjective(token: Token) -> bool:
    """A country adjective or a common modifier of acts: "Western sanctions", "new talks"."""
    if token.lower in ACT_MODIFIERS:
        return True
    return "adjective" in gazetteer().word_kinds(token.lower)


def _is_agent_word(token: Token) -> bool:
    return "agent" in gazetteer().word_kinds(token.lower)


def reads_as_noun(tokens: list[Token], index: int) -> bool:
    """A word after a determiner (and at most one lower-case modifier), or a plural after a
    past-tense verb, is a noun: "the talks", "a widespread breach", "bombed targets".
    Quotation marks are looked through: "any 'illegal' sanctions"."""
    if index == 0:
        return True  # a sentence opens with its subject: "Sanctions were imposed on …"
    # The last two of the five tokens before, quotation marks left out.
    before: Token | None = None
    earlier: Token | None = None
    for k in range(index - 1, max(0, index - 5) - 1, -1):
        if tokens[k].lower in QUOTE_MARKS:
            continue
        if before is None:
            before = tokens[k]
        else:
            earlier = tokens[k]
            break
    if before is None:
        return False
    if before.lower in DETERMINERS:
        return True
    if tokens[index].lower.endswith("s") and (
        before.lower.endswith("ed") or before.lower in PLURAL_AFTER or _is_adjective(before)
    ):
        return True  # "bombed targets", "over abuses": a plural noun
    word = tokens[index].lower
    if (
        word.endswith("ing")
        and index + 1 < len(tokens)
        and _is_agent_word(tokens[index + 1])
        and (before.lower in DETERMINERS or before.lower in {"of", "for", "by", "with", "to"})
    ):
        return True  # "surrendering soldiers", "protesting students": an adjective
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if (
        word.endswith("ed")
        and (before.lower.isdigit() or before.lower in NUMBER_WORDS)
        and following.isalpha()
        and following not in PLURAL_AFTER | {"to", "at", "the", "a", "an", "by"}
    ):
        return True  # "five detained Americans": a participle used as an adjective
    if earlier is not None and earlier.lower in DETERMINERS and not word.endswith(("ing", "ed")):
        return (
            before.text.isalpha()
            and before.text.islower()
            and not before.lower.endswith("ly")
            and before.lower not in {"also", "not", "then", "now"}
        )
    return False


def _anchors(pattern: Pattern, tokens: list[Token], first: int) -> set[int]:
    """The token indexes matched by the pattern's words (not by its gaps)."""
    anchors: set[int] = set()
    index = first
    items = pattern.items
    for k, item in enumerate(items):
        if item.gap:
            # Re-run the match to find how many words this gap took.
            for skip in range(MAX_GAP + 1):
                if _match(items[k + 1 :], tokens, index + skip, 0) >= 0:
                    index += skip
                    break
            continue
        anchors.add(index)
        index += 1
    return anchors
