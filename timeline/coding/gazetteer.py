"""Actor gazetteer: countries (pycountry plus our aliases), seats of power, organisations,
agent words and dated leaders, loaded once into a phrase table keyed by lower-case tokens."""

from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

import pycountry

from .tokens import TOKEN_RE

# Kinds of gazetteer entry. A "country" is a name ("Russia"), "adjective" a modifier
# ("Russian"), "demonym" the people ("Russians"), "seat" a capital or seat of power used for
# a government ("Moscow", "the Kremlin"), "org" an international organisation or armed group,
# "agent" a sector or role word ("ministry", "troops"), "leader" a named office holder.
KINDS = ("country", "adjective", "demonym", "seat", "org", "agent", "leader")


@dataclass(frozen=True, slots=True)
class LeaderTerm:
    """One term of office: who, with which actor code, from `start` to `end` (inclusive)."""

    name: str
    code: str
    start: date
    end: date


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see `model.Actor`
class Entry:
    """A gazetteer phrase and what it denotes."""

    kind: str
    code: str  # full actor code where the phrase names an actor ("RUS", "USAGOV", "IGOUNO")
    country: str  # ISO alpha-3, "" for international organisations and bare agent words
    agent: str  # CAMEO agent code ("GOV", "MIL") or ""
    case: tuple[str, ...]  # per token: "any", "upper" (capital initial) or "exact"
    surface: tuple[str, ...]  # the phrase's tokens as written in the data
    terms: tuple[LeaderTerm, ...] = ()
    # The case tests that can fail, as (offset, rule, surface): an "any" token needs none.
    checks: tuple[tuple[int, str, str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        checks = tuple(
            (offset, rule, word)
            for offset, (rule, word) in enumerate(zip(self.case, self.surface, strict=True))
            if rule != "any"
        )
        object.__setattr__(self, "checks", checks)  # a frozen dataclass sets its own fields


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files("timeline.data").joinpath(name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(match.group() for match in TOKEN_RE.finditer(phrase))


def _case(word: str) -> str:
    letters = [c for c in word if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return "exact"  # "US", "UN", "WHO", "IS": only in capitals, never the common word
    if letters and word[0].isupper():
        return "upper"
    return "any"


def _plural(word: str) -> str:
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


@dataclass(slots=True)
class PhraseNode:
    """The phrases that continue a sequence of words, and the entries of that sequence.

    `kinds` are the kinds of the entries; `plain` tells that every entry holds whatever the
    case of the words and whatever the date (no case test, no leader), so that a match
    keeps all the entries as they are."""

    following: dict[str, PhraseNode] = field(default_factory=dict)
    entries: tuple[Entry, ...] = ()
    kinds: frozenset[str] = frozenset()
    plain: bool = True


class Gazetteer:
    """Phrase table: `lookup` gives every entry for a tuple of lower-case tokens."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self.max_len = 1
        # The phrases as a tree keyed by their words: most words start none, and are skipped
        # at one look-up; the others are followed word by word.
        self.starts: dict[str, PhraseNode] = {}
        self.country_names: dict[str, str] = {}
        # The kinds of the one-word phrases, for the word-class tests of the lexicon.
        self._word_kinds: dict[str, frozenset[str]] = {}

    def add(
        self,
        phrase: str,
        entry_kind: str,
        code: str,
        country: str,
        agent: str,
        terms: tuple[LeaderTerm, ...] = (),
    ) -> None:
        words = _words(phrase)
        if not words:
            return
        key = tuple(w.lower().replace("’", "'") for w in words)
        entry = Entry(
            entry_kind, code, country, agent, tuple(_case(w) for w in words), words, terms
        )
        if entry not in self.entries[key]:
            self.entries[key].append(entry)
        self.max_len = max(self.max_len, len(key))
        node = self.starts.setdefault(key[0], PhraseNode())
        for word in key[1:]:
            node = node.following.setdefault(word, PhraseNode())
        node.entries = tuple(self.entries[key])
        node.kinds = frozenset(e.kind for e in node.entries)
        node.plain = all(not e.checks and e.kind != "leader" for e in node.entries)
        if len(key) == 1:
            self._word_kinds[key[0]] = self._word_kinds.get(key[0], frozenset()) | {entry_kind}

    def lookup(self, key: tuple[str, ...]) -> list[Entry]:
        return self.entries.get(key, [])

    def phrases_at(self, words: list[str], start: int) -> list[tuple[int, PhraseNode]]:
        """The phrases of lower-case `words` that begin at `start`: the index just past
        each and its node, longest first."""
        found: list[tuple[int, PhraseNode]] = []
        node = self.starts.get(words[start])
        end = start
        while node is not None:
            end += 1
            if node.entries:
                found.append((end, node))
            if end == len(words):
                break
            node = node.following.get(words[end])
        found.reverse()
        return found

    def word_kinds(self, word: str) -> frozenset[str]:
        """The kinds of the entries of the one-word phrase `word` (lower case)."""
        return self._word_kinds.get(word, frozenset())


def _add_countries(gaz: Gazetteer) -> None:
    known: set[str] = set()
    for row in _read("country_aliases.csv"):
        code = row["alpha3"]
        known.add(code)
        record = pycountry.countries.get(alpha_3=code)
        name = str(getattr(record, "common_name", None) or getattr(record, "name", code))
        gaz.country_names[code] = name
        for phrase in row["names"].split("|"):
            gaz.add(phrase, "country", code, code, "")
        for phrase in filter(None, row["adjectives"].split("|")):
            gaz.add(phrase, "adjective", code, code, "")
        for phrase in filter(None, row["demonyms"].split("|")):
            gaz.add(phrase, "demonym", code, code, "")
        for phrase in filter(None, row["capitals"].split("|")):
            gaz.add(phrase, "seat", code + "GOV", code, "GOV")
    for row in _read("places.csv"):
        for phrase in row["places"].split("|"):
            gaz.add(phrase, "country", row["alpha3"], row["alpha3"], "")
    # Regions whose names hold a country's ("North America", "South American"): no actor,
    # and no country either.
    for row in _read("regions.csv"):
        gaz.add(row["names"], "region", "", "", "")
    # Every other ISO 3166 country by its pycountry name, when that name reads as prose.
    for record in pycountry.countries:
        code = record.alpha_3
        for candidate in (getattr(record, "common_name", None), record.name):
            if candidate and "," not in candidate and "(" not in candidate:
                gaz.add(str(candidate), "country", code, code, "")
        gaz.country_names.setdefault(code, getattr(record, "common_name", record.name))


def _add_seats_and_orgs(gaz: Gazetteer) -> None:
    for row in _read("seats_of_power.csv"):
        code = row["code"]
        gaz.add(row["text"], "seat", code, code[:3], code[3:])
    for row in _read("organisations.csv"):
        for phrase in row["names"].split("|"):
            gaz.add(phrase, "org", row["code"], row["country"], "")


def _add_agents(gaz: Gazetteer) -> None:
    for row in _read("agents.csv"):
        for phrase in row["words"].split("|"):
            gaz.add(phrase, "agent", row["agent"], "", row["agent"])
            words = phrase.split()
            if not words[-1].endswith("s"):
                gaz.add(
                    " ".join([*words[:-1], _plural(words[-1])]),
                    "agent",
                    row["agent"],
                    "",
                    row["agent"],
                )


def _add_leaders(gaz: Gazetteer) -> None:
    by_alias: dict[str, list[LeaderTerm]] = defaultdict(list)
    for row in _read("leaders.csv"):
        term = LeaderTerm(
            row["name"],
            row["code"],
            date.fromisoformat(row["start"]),
            date.fromisoformat(row["end"]),
        )
        for alias in {row["name"], *filter(None, row["aliases"].split("|"))}:
            by_alias[alias].append(term)
    for alias, terms in by_alias.items():
        gaz.add(alias, "leader", "", "", "", tuple(sorted(terms, key=lambda t: t.start)))


@cache
def gazetteer() -> Gazetteer:
    """The actor gazetteer, built once from the files in `timeline/data`."""
    gaz = Gazetteer()
    _add_countries(gaz)
    _add_seats_and_orgs(gaz)
    _add_agents(gaz)
    _add_leaders(gaz)
    _add_subdivisions(gaz)
    return gaz


# Kinds of ISO 3166-2 subdivision news names as places ("Cochabamba", "Borno", "Sindh").
_SUBDIVISION_TYPES = frozenset(
    "Province State Region Department Governorate Prefecture Oblast Republic County "
    "Autonomous Region Autonomous Province Federal District Division".split()
)
# Words of subdivision names that are also plain English ("Delta", "Plateau", "Lakes").
_COMMON_WORDS = frozenset(
    "delta plateau lakes unity central northern southern eastern western north south east west "
    "capital coast coastal islands island mountain mountains valley river lake upper lower "
    "centre center littoral highlands interior metropolitan city federal national special "
    "autonomous district region province state territory sea ocean hills plains border "
    "savannes savanes sud nord est ouest centre-sud grand lagunes montagnes".split()
)


def _add_subdivisions(gaz: Gazetteer) -> None:
    """The provinces, states and regions of every country (ISO 3166-2, by pycountry) as
    places of that country, when their name is of that country alone, is not already known
    as something else, and is no common English word."""
    countries: dict[str, set[str]] = {}
    for record in pycountry.subdivisions:
        if record.type not in _SUBDIVISION_TYPES:
            continue
        name = str(record.name)
        if any(mark in name for mark in ",()/[]0123456789"):
            continue
        folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        country = pycountry.countries.get(alpha_2=record.country_code)
        if country is None:
            continue
        for variant in {name, folded}:
            countries.setdefault(variant, set()).add(country.alpha_3)
    for name, codes in countries.items():
        words = _words(name)
        key = tuple(w.lower() for w in words)
        if len(codes) != 1 or key in gaz.entries or not words:
            continue
        if len(words) == 1 and (len(name) <= 4 or key[0] in _COMMON_WORDS):
            continue
        if all(word in _COMMON_WORDS for word in key):
            continue
        (code,) = codes
        gaz.add(name, "country", code, code, "")
