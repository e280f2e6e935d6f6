"""Actor recognition: gazetteer phrases found in a sentence and composed into actor mentions.

"Russian President Vladimir Putin", "Russia's Foreign Intelligence Service", "the Biden
administration" and "U.S. officials" are each one mention: a country word, agent words and a
leader's name combine, and the mention's code is the country plus the head agent (RUSGOV,
RUSSPY, USAGOV), an organisation's IGO code, or a leader's code for the date of the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .gazetteer import Entry, LeaderTerm, PhraseNode, gazetteer
from .model import Actor, Mention, Token
from .wordclasses import DETERMINERS, FUNCTION_WORDS, PRONOUNS

LED_RE = re.compile(r"([A-Za-z.]+)-(?:led|made|supplied|built|donated)")
_LED_ENDINGS = ("-led", "-made", "-supplied", "-built", "-donated")
# Kinds of gazetteer entry that name a country or an organisation.
NAMING_KINDS = frozenset({"country", "adjective", "seat", "leader", "org"})
# A former office holder named outside their term: still an actor of their country, as an
# elite (PETRARCH's ELI), for a few years either side of the term.
ELITE_WINDOW_AFTER = timedelta(days=365 * 8)
ELITE_WINDOW_BEFORE = timedelta(days=365 * 3)


@dataclass(init=False, slots=True, unsafe_hash=True)  # not frozen: see `model.Actor`
class _Piece:
    first: int
    last: int
    entries: tuple[Entry, ...]
    kinds: frozenset[str]

    def __init__(
        self,
        first: int,
        last: int,
        entries: tuple[Entry, ...],
        kinds: frozenset[str],
    ) -> None:
        self.first = first
        self.last = last
        self.entries = entries
        self.kinds = kinds

    def of_kind(self, *kinds: str) -> Entry | None:
        for entry in self.entries:
            if entry.kind in kinds:
                return entry
        return None


def _case_ok(entry: Entry, tokens: list[Token], first: int) -> bool:
    for offset, rule, surface in entry.checks:
        text = tokens[first + offset].text
        if rule == "exact":
            if text.replace("’", "'") != surface:
                return False
        elif not text[:1].isupper():  # "upper" (a curly apostrophe is not upper case)
            return False
    return True


def _leader_actor(terms: tuple[LeaderTerm, ...], when: date, single_word: bool) -> Actor | None:
    for term in terms:
        if term.start <= when <= term.end:
            return _actor_from_code(term.code)
    nearest = min(terms, key=lambda t: min(abs((when - t.end).days), abs((t.start - when).days)))
    near = nearest.end <= when <= nearest.end + ELITE_WINDOW_AFTER or (
        nearest.start - ELITE_WINDOW_BEFORE <= when <= nearest.start
    )
    if nearest.code.startswith("IGO"):
        return None
    if single_word and not near:
        return None
    return Actor(nearest.code[:3] + "ELI", nearest.code[:3], "ELI")


def _actor_from_code(code: str) -> Actor:
    if code.startswith(("IGO", "NGO", "IMG")):
        return Actor(code, "", "")
    return Actor(code, code[:3], code[3:6])


_REGION = frozenset({"region"})
# What a state once held: "a former Soviet republic", "the former Yugoslav republics".
_PARTS = frozenset(
    "republic republics colony colonies territory territories satellite satellites".split()
)


def find_pieces(tokens: list[Token], when: date, lowers: list[str]) -> list[_Piece]:
    """Longest gazetteer matches, left to right, with leaders resolved for `when`.

    `lowers` are the lower-case forms of the tokens."""
    gaz = gazetteer()
    starts = gaz.starts
    pieces: list[_Piece] = []
    free = 0  # the first token not inside a piece found
    last = len(lowers) - 1
    for i, lower in enumerate(lowers):
        if i < free or lower not in starts:
            continue
        node = starts[lowers[i]]
        if not node.entries and (i == last or lowers[i + 1] not in node.following):
            continue  # the commonest case: "the" not followed by "Kremlin", "Pentagon" …
        if _first_name(tokens, i, node, starts) or _end_of_name(tokens, i, node, starts):
            continue  # "Foreign Minister Santiago Cafiero": a first name, not Chile
        for end, node in gaz.phrases_at(lowers, i):
            if node.kinds == _REGION or (
                i and lowers[i - 1] == "former" and end <= last and lowers[end] in _PARTS
            ):
                # "North America" is a region, not the United States; "a former Soviet
                # republic" is another state.
                free = end
                break
            if node.plain:
                piece: _Piece | None = _Piece(i, end - 1, node.entries, node.kinds)
            else:
                piece = _checked_piece(node, tokens, i, end - 1, when)
            if piece is not None:
                pieces.append(piece)
                free = end
                break
    return pieces


# Titles before a person's name: "Foreign Minister Santiago Cafiero".
_TITLES = frozenset(
    "minister president secretary ambassador general senator governor mayor chancellor "
    "envoy spokesman spokeswoman commander chief".split()
)


def _first_name(tokens: list[Token], i: int, node: PhraseNode, starts: dict) -> bool:
    """Whether the seat of power at token `i` is a person's first name: between a title and
    a capitalised word the gazetteer does not know ("Minister Santiago Cafiero")."""
    if i == 0 or i + 1 >= len(tokens) or not node.entries:
        return False
    if any(entry.kind != "seat" for entry in node.entries):
        return False
    after = tokens[i + 1]
    return (
        tokens[i - 1].lower in _TITLES
        and after.text[:1].isupper()
        and after.text.isalpha()
        and after.lower not in starts
    )


def _end_of_name(tokens: list[Token], i: int, node: PhraseNode, starts: dict) -> bool:
    """Whether the seat of power at token `i` ends a longer name after two capitalised
    words the gazetteer does not know ("the All Progressives Congress", Nigeria's party)."""
    if i < 2 or all(entry.kind != "seat" for entry in node.entries):
        return False
    return all(
        token.text[:1].isupper() and token.text.isalpha() and token.lower not in starts
        for token in tokens[i - 2 : i]
    )


def _checked_piece(
    node: PhraseNode, tokens: list[Token], first: int, last: int, when: date
) -> _Piece | None:
    """The piece of tokens `first`..`last` from the entries of `node` that fit the case of
    the words, with leaders resolved for `when`; None when no entry is left."""
    resolved: list[Entry] = []
    for entry in node.entries:
        if not _case_ok(entry, tokens, first):
            continue
        if entry.kind != "leader":
            resolved.append(entry)
            continue
        actor = _leader_actor(entry.terms, when, first == last)
        if actor is not None:
            resolved.append(
                Entry(
                    "leader",
                    actor.code,
                    actor.country,
                    actor.agent,
                    entry.case,
                    entry.surface,
                    entry.terms,
                )
            )
    if not resolved:
        return None
    return _Piece(first, last, tuple(resolved), frozenset(entry.kind for entry in resolved))


def _is_name(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.isalpha() and token.lower not in FUNCTION_WORDS


def _joinable(group: list[_Piece], piece: _Piece, tokens: list[Token], lowers: list[str]) -> bool:
    """Whether `piece` continues the mention built so far in `group` (`lowers` are the
    lower-case forms of the sentence's tokens)."""
    last = group[-1]
    gap = lowers[last.last + 1 : piece.first]
    if "leader" in piece.kinds and "agent" in last.kinds and 0 < len(gap) <= 3:
        # "his Turkish counterpart Tayyip Erdogan": a role, first names, a known surname.
        if all(
            t.text[:1].isupper() and t.text.isalpha() for t in tokens[last.last + 1 : piece.first]
        ):
            return True
    has_country = any(not p.kinds.isdisjoint(NAMING_KINDS) for p in group)
    piece_agentish = bool(piece.kinds & {"agent", "leader"}) or (
        "seat" in piece.kinds and not has_country
    )
    if gap == ["("] and lowers[piece.last + 1 : piece.last + 2] == [")"]:
        return True  # "the National Liberation Army (ELN)": the name's short form
    if gap == [")"] and lowers[last.first - 1 : last.first] == ["("] and piece_agentish:
        return True  # "… (ELN) rebels"
    if not gap:
        # Two names of different countries side by side are two actors only when the second
        # is a full country name ("U.S. Russia talks" is rare; "Russian embassy" is common).
        return piece_agentish or not has_country or "org" in piece.kinds
    if gap == ["'s"] or gap == ["’s"]:
        return piece_agentish or "org" in piece.kinds
    if gap[0] in ("'s", "’s") and len(gap) <= 3 and "agent" in piece.kinds and len(group) == 1:
        # "Israel's security cabinet", "Nigeria's state oil company": a country's body
        # named with words of its own.
        rest = gap[1:]
        return all(w.isalpha() and w not in FUNCTION_WORDS and not w.endswith("ed") for w in rest)
    agent_only = not has_country
    if gap in (["of"], ["for"], ["of", "the"], ["for", "the"]) and agent_only:
        return True
    if gap in (["of"], ["of", "the"]) and piece_agentish:
        return True  # "Ministry of Defence", "the Department of State"
    # Only an adjective reaches over other words to its noun: "Russian technology companies".
    modifier = last.of_kind("adjective") is not None and len(group) == 1
    lower_words = all(
        (w not in FUNCTION_WORDS and w.isalpha() and not w.endswith("ed")) or "-" in w for w in gap
    )
    return modifier and len(gap) <= 2 and lower_words and "agent" in piece.kinds


def _group_actor(group: list[_Piece]) -> Actor:
    country = ""
    igo = ""
    fixed = ""
    agent = ""
    for piece in group:
        explicit = piece.of_kind("country", "adjective", "demonym")
        if explicit and not country:
            country = explicit.country
            if explicit.kind == "demonym":
                agent = agent or "CVL"  # "Israelis", "Ukrainians": the people
            continue
        org = piece.of_kind("org")
        if org:
            if org.country:
                fixed = fixed or org.code
                country = country or org.country
            else:
                igo = igo or org.code
            continue
        leader = piece.of_kind("leader")
        if leader:
            if leader.country:
                country = country or leader.country
                fixed = leader.code if leader.country == country else fixed
                agent = agent or leader.agent
            else:
                igo = igo or leader.code
            continue
        seat = piece.of_kind("seat")
        agent_entry = piece.of_kind("agent")
        if seat and (not country or not agent_entry):
            country = country or seat.country
            agent = seat.agent or agent
            continue
        if agent_entry:
            agent = agent_entry.agent or agent
    if igo and not country:
        return Actor(igo, "", "")
    if fixed and not agent:
        return _actor_from_code(fixed)
    if fixed and fixed[:3] == country and fixed[3:] and agent in ("", "GOV"):
        return _actor_from_code(fixed)
    return Actor(country + agent, country, agent)


def find_mentions(
    tokens: list[Token], when: date, lowers: list[str] | None = None
) -> list[Mention]:
    """Actor mentions in the sentence, left to right (pronouns included, with no actor).

    `lowers` are the lower-case forms of the tokens, when already known."""
    if lowers is None:
        lowers = [t.lower for t in tokens]
    pieces = find_pieces(tokens, when, lowers)
    groups: list[list[_Piece]] = []
    for piece in pieces:
        if groups and _joinable(groups[-1], piece, tokens, lowers):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    mentions: list[Mention] = []
    for group in groups:
        first, last = group[0].first, group[-1].last
        # A role followed by a person's name ("Kremlin spokesman Dmitry Peskov"): the name
        # belongs to the mention.
        if "agent" in group[-1].kinds:
            while (
                last + 1 < len(tokens)
                and _is_name(tokens[last + 1])
                and not any(p.first == last + 1 for p in pieces)
            ):
                last += 1
        mentions.append(Mention(first, last, _group_actor(group)))
    # Pronouns and "X-led", "X-made" outside the mentions found (a word ending in one of
    # _LED_ENDINGS is the only one that LED_RE can match).
    others: list[int] = []
    if not PRONOUNS.isdisjoint(lowers):
        others = [i for i, word in enumerate(lowers) if word in PRONOUNS]
    joined = " ".join(lowers)
    if any(ending in joined for ending in _LED_ENDINGS):  # one scan for the rare case
        others = sorted(
            others + [i for i, word in enumerate(lowers) if word.endswith(_LED_ENDINGS)]
        )
    taken = {i for m in mentions for i in range(m.first, m.last + 1)} if others else set()
    for index in others:
        if index in taken:
            continue
        token = tokens[index]
        if token.lower in PRONOUNS:
            mentions.append(Mention(index, index, Actor("", ""), pronoun=True))
            continue
        match = LED_RE.fullmatch(token.text)
        if match:
            entries = gazetteer().lookup((match.group(1).lower(),))
            country = next((e.country for e in entries if e.country), "")
            if country:
                # "the Saudi-led coalition", "U.S.-led forces": the leading state acts;
                # "US-made tanks" come from the state that made them.
                mentions.append(Mention(index, index, Actor(country, country, "")))
    mentions.sort(key=lambda m: m.first)
    return mentions


def mention_name(tokens: list[Token], starts: list[int], mention: Mention, sentence: str) -> str:
    """The mention as written, without a leading determiner (`starts` are where the tokens
    begin in `sentence`)."""
    first = mention.first
    while first < mention.last and tokens[first].lower in DETERMINERS:
        first += 1
    last = mention.last
    return sentence[starts[first] : starts[last] + len(tokens[last].text)]
