"""Event triggers: the lexicon patterns that match a sentence, chosen longest first.

Matching works on the tokens' lemmas and lower-case forms; a word that reads as a noun
("the talks", "bombed targets") does not fire a verbal pattern, and a blocking pattern
("press conference") keeps shorter ones from firing inside it.
"""

from __future__ import annotations

from collections.abc import Iterator

from .gazetteer import gazetteer
from .lexicon import BLOCK, MAX_GAP, Item, Pattern
from .model import Token, Trigger
from .wordclasses import (
    BE_FORMS,
    COUNT_WORDS,
    FUNCTION_WORDS,
    GAP_STOPS,
    NOUN_CONTEXT,
    NUMBER_WORDS,
    participle_form,
)
from .wordclasses import LEXICON_DETERMINERS as DETERMINERS

ACT_MODIFIERS = frozenset(
    "western international economic financial new fresh tough sweeping punitive additional "
    "further secondary targeted diplomatic military direct indirect peace bilateral mass "
    "street nationwide massive widespread large violent peaceful weekly daily".split()
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
        "as",
    }
)
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
# After a participle, these show a verb ("five detained at the border"), not an adjective.
NOT_BEFORE_NOUN = PLURAL_AFTER | {"to", "at", "the", "a", "an", "by"}
# Before a participle, these (and a verb in the past) show an adjective when a noun of
# people follows ("of jailed opposition leaders", "freed detained Americans").
ADJECTIVE_SLOT = frozenset(
    {"of", "for", "to", "with", "on", "against", "over", "about", "from", "by", "including"}
)


def _match(items: tuple[Item, ...], tokens: list[Token], index: int, k: int) -> int:
    """Index of the last token matched when `items[k:]` match from `index`, else -1."""
    n = len(tokens)
    for position in range(k, len(items)):
        item = items[position]
        if item.gap:
            # Each length of the gap in turn, shortest first: the rest of the pattern decides.
            for after in _gap_ends(tokens, index):
                end = _match(items, tokens, after, position + 1)
                if end >= 0:
                    return end
            return -1
        if index >= n:
            return -1
        token = tokens[index]  # matched by one of the item's forms, else by its lemma
        if not (token.lower in item.forms if item.forms else token.lemma == item.lemma):
            return -1
        index += 1
    if (
        items[-1].forms == _TO
        and items[0].lemma in _AMOUNT_VERBS
        and index < n
        and not tokens[index].text[:1].isalpha()
    ):
        return -1  # "declined to attend" is a refusal, "declined to $3 billion" a fall
    return index - 1


_TO = frozenset({"to"})
# Forms of "be" before a passive participle ("get" is left out: "got the ban lifted").
PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# Verbs that also tell a change of amount ("declined to $3 billion", "dropped to 5%").
_AMOUNT_VERBS = frozenset("decline drop fall rise climb jump slip increase grow surge sink".split())


def _gap_ends(tokens: list[Token], index: int) -> Iterator[int]:
    """Where the words after a gap starting at `index` may begin: up to MAX_GAP words
    on, not past a clause boundary (GAP_STOPS) but past a name set off by commas ("ordered
    the French ambassador, Sylvain Itte, to leave", which costs the gap nothing)."""
    n = len(tokens)
    position, taken = index, 0
    while taken <= MAX_GAP:
        yield position
        if position >= n:
            break
        word = tokens[position].lower
        if word in GAP_STOPS:
            closing = _apposition_end(tokens, position) if word == "," else -1
            if closing < 0:
                break
            position = closing + 1
            continue
        position += 1
        taken += 1


def _apposition_end(tokens: list[Token], comma: int) -> int:
    """The comma closing a name of one to four words after the comma at `comma` (",
    Sylvain Itte,"), or -1."""
    for k in range(comma + 1, min(len(tokens), comma + 6)):
        text = tokens[k].text
        if text == ",":
            return k if k > comma + 1 else -1
        if not (text[:1].isupper() and text.replace(".", "").replace("-", "").isalpha()):
            return -1
    return -1


def _be_before(tokens: list[Token], index: int) -> int:
    """Where the form of "be" stands when the word at `index` is a participle right after
    it (adverbs aside: "will be lifted", "were quickly eased"); -1 when it is not one."""
    word = tokens[index].lower
    if not participle_form(word):
        return -1
    k = index - 1
    while k >= 0 and tokens[k].lower.endswith("ly") and tokens[k].lower not in BE_FORMS:
        k -= 1
    return k if k >= 0 and tokens[k].lower in PASSIVE_AUXILIARIES else -1


def _object_before(items: tuple[Item, ...], tokens: list[Token], be: int) -> int:
    """Where the object of a verb pattern ("lift * state of emergency") begins when it
    stands as the subject of a participle whose "be" is at `be`, a few words before it in
    the same clause; -1 when it does not."""
    if len(items) < 3 or not items[1].gap or any(item.gap or not item.forms for item in items[2:]):
        return -1
    phrase = items[2:]
    for end in range(be - 1, max(-1, be - 2 - MAX_GAP), -1):
        if tokens[end].lower in GAP_STOPS:
            return -1
        first = end - len(phrase) + 1
        if first >= 0 and all(
            tokens[first + n].lower in item.forms for n, item in enumerate(phrase)
        ):
            # The object heads the subject: "sanctions on Iran were lifted", "thousands of
            # police officers were deployed", not "the lifting of sanctions was announced".
            before = tokens[first - 1].lower if first else ""
            if before == "of" and first >= 2 and tokens[first - 2].lower in _PARTS:
                return first
            return -1 if before in _COMPLEMENT else first
    return -1


# Counts and parts before "of": "thousands of police", "some of the sanctions".
_PARTS = COUNT_WORDS | {"some", "many", "most", "all", "several", "number", "batch", "group"}
# Words before a noun that make it another noun's complement, not a clause's subject.
_COMPLEMENT = frozenset({"of", "for", "on", "against", "to", "with", "by", "from", "about"})


def _starts_name(tokens: list[Token], index: int) -> bool:
    """A capitalised word inside the sentence is a name or title ("March", "Rally Party")."""
    token = tokens[index]
    if index == 0 or not token.text[:1].isupper():
        return False
    return tokens[index - 1].lower not in {'"', "“", ":", "(", "'", "‘"}


def find_triggers(
    tokens: list[Token],
    openings: list[tuple[int, tuple[Pattern, ...]]],
    nouns: dict[int, bool] | None = None,
) -> list[Trigger]:
    """Non-overlapping lexicon matches: longest pattern first, then the most specific code.

    `openings` are the `Lexicon.openings` of the tokens. `nouns`, when given, gets the
    `reads_as_noun` of each token index asked, for later stages to reuse."""
    if nouns is None:
        nouns = {}
    found: list[tuple[Pattern, int, int]] = []
    objects: dict[int, range] = {}  # a passive participle's index -> its object's tokens
    for index, candidates in openings:
        if _starts_name(tokens, index):
            continue
        if index and tokens[index - 1].text == "-":
            continue  # "U.S.-backed forces", "Saudi-led coalition": part of an adjective
        noun: bool | None = None
        attributive: bool | None = None
        be: int | None = None  # where "be" stands before the word as a participle, once asked
        determined = index > 0 and tokens[index - 1].lower in DETERMINERS
        for pattern in candidates:
            if pattern.kind == "V" and (len(pattern.items) == 1 or determined):
                if noun is None:
                    noun = nouns[index] = reads_as_noun(tokens, index)
                if noun:
                    continue  # "bombed targets", "its ban on women": a noun, not a verb
                if attributive is None:
                    attributive = _attributive_participle(tokens, index)
                if attributive:
                    continue  # "a son of jailed drug lord Guzman": an adjective
            end = _match(pattern.items, tokens, index, 0)
            if end >= 0 and _perfect_auxiliary(tokens, index):
                continue  # "Norway has offered to facilitate talks": no "have * talk"
            if end >= 0:
                found.append((pattern, index, end))
            elif be != -1:
                if be is None:
                    be = _be_before(tokens, index)
                subject = _object_before(pattern.items, tokens, be) if be >= 0 else -1
                if subject >= 0:
                    # "the state of emergency will be lifted": the act of "lift * state of
                    # emergency" told in the passive, named by its participle; the words of
                    # its object tell no act of their own ("sanctions were lifted").
                    found.append((pattern, index, index))
                    objects[index] = range(subject, subject + len(pattern.items) - 2)

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
        # A blocking phrase wins over an act of its size wherever that starts: "released
        # British-Iranian aid worker" is no release of aid.
        return (-size, -blocks, first, -reach, -kind_fit, -len(pattern.cameo), pattern.order)

    used: set[int] = set()
    triggers: list[Trigger] = []
    for pattern, first, last in sorted(found, key=rank) if len(found) > 1 else found:
        anchors = _anchors(pattern, tokens, first)
        if used & anchors:
            continue
        used |= anchors
        if pattern.cameo == BLOCK:
            used |= set(range(first, last + 1))
            continue
        if first == last and len(pattern.items) > 2 and first in objects:
            used |= set(objects[first])
        triggers.append(
            Trigger(
                first, last, pattern.cameo, pattern.kind, pattern.mode, pattern.flags, pattern.size
            )
        )
    triggers.sort(key=lambda t: t.first)
    return triggers


def _perfect_auxiliary(tokens: list[Token], index: int) -> bool:
    """Whether "have" at `index` is the auxiliary of a perfect tense: a participle follows
    within two words ("has offered", "have already agreed")."""
    if tokens[index].lemma != "have":
        return False
    return any(participle_form(token.lower) for token in tokens[index + 1 : index + 3])


# Prepositions after which a participle before a noun qualifies it: "calls for jailed
# activists to be freed".
_BEFORE_ATTRIBUTE = frozenset({"of", "for", "with", "to", "against", "on", "about"})


def _attributive_participle(tokens: list[Token], index: int) -> bool:
    """Whether the word at `index` is a participle in "-ed" between a preposition (or a
    determiner and an adverb) and the noun it qualifies ("a son of jailed drug lord
    Guzman", "Libya's internationally recognised government")."""
    if index < 2 or index + 1 >= len(tokens) or not tokens[index].lower.endswith("ed"):
        return False
    after = tokens[index + 1]
    if not (after.text.isalpha() and after.text.islower() and after.lower not in FUNCTION_WORDS):
        return False
    before = tokens[index - 1].lower
    # "Libya's internationally recognised government": an adverb after a determiner.
    qualified = before.endswith("ly") and tokens[index - 2].lower in DETERMINERS
    return before in _BEFORE_ATTRIBUTE or qualified


def _is_adjective(token: Token) -> bool:
    """A country adjective or a common modifier of acts: "Western sanctions", "new talks"."""
    if token.lower in ACT_MODIFIERS or token.lower.startswith(("pro-", "anti-")):
        return True  # "new talks", "pro-democracy protests", "anti-government rallies"
    return "adjective" in gazetteer().word_kinds(token.lower)


def _named_agent(tokens: list[Token], index: int) -> bool:
    """A name then an agent word: "Fatah leader", "Hamas commander"."""
    return (
        index + 1 < len(tokens)
        and tokens[index].text[:1].isupper()
        and _is_agent_word(tokens[index + 1])
    )


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
    if tokens[index].lower.endswith("s") and (
        before.lower.replace(",", "").isdigit() or before.lower in NUMBER_WORDS
    ):
        return True  # "the September 11 attacks", "three raids": a counted plural noun
    if tokens[index].lower.endswith("s") and _after_preposition(tokens, index):
        return True  # "weeks of 'yellow vest' protests": the head of a noun phrase
    if (
        tokens[index].lower.endswith("s")
        and index + 1 < len(tokens)
        and tokens[index + 1].lower == "of"
        and tokens[index].lemma not in _VERBS_BEFORE_OF
    ):
        return True  # "conceding to demands of protesters" (but "warns of", "speaks of")
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
        and (before.lower.replace(",", "").isdigit() or before.lower in NUMBER_WORDS)
        and following  # the sentence goes on: "five detained" ends a headline
        and (following.isalpha() or tokens[index + 1].text[:1].isupper())  # "U.S. citizens"
        and following not in NOT_BEFORE_NOUN
    ):
        return True  # "five detained Americans": a participle used as an adjective
    if (
        word.endswith("ed")
        and index + 1 < len(tokens)
        and _is_agent_word(tokens[index + 1])
        and before.text.isalpha()
        and before.text.islower()
        and before.lower in _TAKES_A_PERSON
    ):
        return True  # "to meet detained leader Aung San Suu Kyi": an adjective
    if (
        word.endswith("ed")
        and (before.lower in ADJECTIVE_SLOT or before.lower.endswith("ed"))
        and index + 1 < len(tokens)
        and (
            _is_agent_word(tokens[index + 1])
            or _is_adjective(tokens[index + 1])
            or _named_agent(tokens, index + 1)
            or "demonym" in gazetteer().word_kinds(tokens[index + 1].lower)
        )
    ):
        # "the release of jailed opposition leaders", "led by jailed Fatah leader …": an
        # adjective
        return True
    # "the ministry said", "the cabinet met": a past form other than in -ed is a verb.
    past = word != tokens[index].lemma and not word.endswith("s")
    if earlier is not None and earlier.lower in DETERMINERS and not word.endswith(("ing", "ed")):
        if past:
            return False
        return (
            before.text.replace("-", "").isalpha()  # "the colonial-era massacres"
            and before.text.islower()
            and not before.lower.endswith("ly")
            and before.lower not in {"also", "not", "then", "now"}
        )
    return False


# Verbs whose object is a person, before a participle used as an adjective: "meet detained
# leader …", "free jailed activists".
_TAKES_A_PERSON = frozenset(
    "meet visit see free release freed released pardon pardoned exchange swap".split()
)
# Verbs that take "of" after them: a plural -s form before "of" is otherwise a noun.
_VERBS_BEFORE_OF = frozenset(
    "warn speak think consist approve dream hear know complain boast accuse convict "
    "suspect rid deprive remind inform".split()
)
_SUBJECT_PRONOUNS = frozenset("i you he she it we they who which that".split())


def _after_preposition(tokens: list[Token], index: int) -> bool:
    """Whether only lower-case words (and quotation marks) stand between the token and a
    preposition at most three words before it: "of 'yellow vest' protests"."""
    words = 0
    for k in range(index - 1, max(0, index - 6) - 1, -1):
        token = tokens[k]
        if token.lower in QUOTE_MARKS:
            continue
        if token.lower in PLURAL_AFTER and token.lower != "and":
            return words > 0
        if not (token.text.isalpha() and token.text.islower()) or words == 3:
            return False
        if token.lower in _SUBJECT_PRONOUNS:
            return False  # "an area it considers": a verb after its subject
        words += 1
    return False


def _anchors(pattern: Pattern, tokens: list[Token], first: int) -> set[int]:
    """The token indexes matched by the pattern's words (not by its gaps)."""
    if pattern.size == len(pattern.items):
        return set(range(first, first + pattern.size))  # no gap: the words are consecutive
    anchors: set[int] = set()
    index = first
    items = pattern.items
    for k, item in enumerate(items):
        if item.gap:
            # Re-run the match to find how many words this gap took.
            for after in _gap_ends(tokens, index):
                if _match(items[k + 1 :], tokens, after, 0) >= 0:
                    index = after
                    break
            continue
        anchors.add(index)
        index += 1
    return anchors
