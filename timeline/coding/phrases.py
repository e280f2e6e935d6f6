"""Phrase-level reading of a sentence: what governs a mention, passive voice, and the
actors attached to a nominal trigger ("Russian strikes", "attacks by rebels", "talks between
Russia and Ukraine")."""

from __future__ import annotations

import re

from .gazetteer import gazetteer
from .model import Actor, Mention, Token, Trigger
from .structure import Structure
from .triggers import reads_as_noun
from .wordclasses import (
    BE_FORMS,
    FUNCTION_WORDS,
    IRREGULAR_PARTICIPLES,
    NON_SUBJECT_PREPOSITIONS,
    SKIPPABLE,
    participle_form,
)


def hosts(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether the act is a host's receiving a guest (CAMEO 043: "hosted", "received",
    "greeted"; "welcomed" as well, though alone it is praise)."""
    return trigger.cameo == "043" or tokens[trigger.first].lower == "welcomed"


def governor(tokens: list[Token], mention: Mention) -> str:
    """The word governing a mention: the preposition or verb before it, past determiners."""
    return governor_at(tokens, mention.first)[0]


def governor_at(tokens: list[Token], first: int) -> tuple[str, int | None]:
    """The word governing a mention beginning at token `first`, and its index (None, with
    the word "", when nothing but determiners and numbers stands before the mention)."""
    k = first - 1
    while k >= 0 and (tokens[k].lower in SKIPPABLE or tokens[k].lower.isdigit()):
        k -= 1
    if (
        k >= 1
        and tokens[k].text.isalpha()
        and tokens[k].text.islower()
        and tokens[k - 1].lower in {"the", "a", "an"}
    ):
        # "in the central Ukrainian city": an adjective after an article; the preposition
        # before the article governs.
        k -= 1
        while k >= 0 and (tokens[k].lower in SKIPPABLE or tokens[k].lower.isdigit()):
            k -= 1
    return (tokens[k].lower, k) if k >= 0 else ("", None)


def is_passive(tokens: list[Token], trigger: Trigger) -> bool:
    word = tokens[trigger.first].lower
    if trigger.kind != "V" or not participle_form(word):
        return False
    # The participle's own words: the verb and its particles ("cut off"), not a noun after
    # them ("rejected an offer by Kenya": "by" goes with the offer).
    end = trigger.first + 1
    while end <= trigger.last and tokens[end].lower in PARTICLES:
        end += 1
    following = tokens[end].lower if end < len(tokens) else ""
    if following == "by" and (word.endswith("ed") or word in IRREGULAR_PARTICIPLES):
        return True  # "Russian forces, backed by tanks, …": a passive participle
    k = trigger.first - 1
    while k >= 0 and (
        tokens[k].lower in {"also", "not", "n't", "reportedly", "been", "being"}
        or tokens[k].lower.endswith("ly")
    ):
        if tokens[k].lower in {"been", "being"}:
            return True
        k -= 1
    return k >= 0 and tokens[k].lower in BE_FORMS


# Adverbs that make a phrasal verb ("cut off", "shut down", "pulled out").
PARTICLES = frozenset("off up out down over back away in on".split())

# Words that open a prepositional phrase (or a list item) before a noun.
PHRASE_OPENERS = NON_SUBJECT_PREPOSITIONS | {"of", ","}
# Words that may stand between an actor and the act it modifies ("Russia's new strikes").
NOUN_MODIFIERS = frozenset(
    (
        "'s new fresh latest recent first renewed deadly massive planned proposed overnight "
        "joint own brutal full-scale large-scale unprovoked sweeping alleged continued ongoing "
        "military economic further additional retaliatory"
    ).split()
)


# Fighting between two sides: "killed in a clash with Chinese troops".
CLASH_NOUNS = frozenset(
    "clash clashes fighting battle battles gunfight gunbattle firefight skirmish skirmishes "
    "confrontation confrontations shootout".split()
)
# Nouns of many shots at once: "hit in a barrage of Russian missiles".
VOLLEYS = frozenset("barrage barrages wave waves salvo salvos volley volleys hail".split())
# Nouns of attacks whose owner is the agent of a passive act in them.
ATTACK_NOUNS = frozenset(
    "strike strikes airstrike airstrikes attack attacks raid raids bombing bombardment "
    "shelling offensive ambush assault".split()
)


PLACE_NOUNS = frozenset("capital city town province region".split())
# People whose country is where they gather: protesters, crowds, strikers.
GATHERING = frozenset({"OPP", "CVL", "LAB"})


# Prepositions that place a person: "an official in Nairobi", "the envoy to Kyiv".
_AT = frozenset({"in", "at", "from", "to"})


# A hyphenated adjective: "20-year", "long-running", "two-decade".
_COMPOUND_ADJECTIVE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+$")
# CAMEO codes of verbs whose object is an act they judge rather than do: praise and verbal
# defence, denials, empathy, investigations, disapproval, rejection. (A demand frames the
# act it wants done: see `ranking`.)
_JUDGING = ("051", "052", "016", "018", "09", "11", "12")
# Nouns that an act's name can modify: "bombing victims", "the attack site", "war crimes".
_HEADS_AFTER_ACTS = frozenset(
    "victim victims survivor survivors suspect suspects site sites scene investigation "
    "investigations probe inquiry anniversary trial case cases plot plots plotter plotters "
    "mastermind toll crime crimes zone memorial ceremony cell".split()
)
# Words that open a phrase of their own: prepositions and conjunctions.
_PHRASE_WORDS = frozenset(
    "in on at by for from with to of into over under after before during and or but as "
    "than while if because since".split()
)
# Words that open a clause of its own after a verb ("rejected demands that he step down").
_CLAUSE_WORDS = frozenset("that he she they it we i you".split())
# Disasters and accidents, which kill and destroy without being a party.
_NATURAL_CAUSES = frozenset(
    "earthquake earthquakes quake quakes typhoon typhoons hurricane hurricanes cyclone cyclones "
    "storm storms flood floods flooding tsunami wildfire wildfires landslide "
    "landslides mudslide avalanche drought famine heatwave heat epidemic pandemic virus disease "
    "outbreak crash accident collapse eruption tornado tornadoes blizzard".split()
)
_AUXILIARY_WORDS = frozenset("has have had was were is are also reportedly".split())
_CLAUSE_BREAKS = frozenset(", ; : . and but".split())
# Wars and sanctions named after a country: "the Iraq war", "the Russia sanctions".
_WARS = frozenset("war wars invasion occupation".split())
_SANCTIONS = frozenset("sanctions embargo".split())
# Places in a city, between its name and an attack there: "the Kabul airport attack".
_SITES = frozenset(
    "airport market hotel concert hall station subway metro school mosque church synagogue "
    "hospital stadium mall bus train square nightclub theatre theater".split()
)
# Buildings among the actor words, and the attacks that name them as their target.
_BUILDINGS = frozenset("embassy embassies consulate consulates palace parliament".split())
_ATTACKS_ON = ATTACK_NOUNS | frozenset("bombings blast blasts siege shooting storming".split())


class SentenceView:
    """Tokens, actor mentions and clause structure of one sentence."""

    def __init__(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        structure: Structure,
        nouns: dict[int, bool] | None = None,
        lowers: list[str] | None = None,
    ):
        self.tokens = tokens
        # The lower-case forms of the tokens.
        self.lowers = [t.lower for t in tokens] if lowers is None else lowers
        self.mentions = [m for m in mentions if m.actor.code or m.pronoun]
        self.structure = structure
        # The tokens inside those mentions.
        self.in_mention = {k for m in self.mentions for k in range(m.first, m.last + 1)}
        # The governing word of each mention and its index (see `governor_at`), by the
        # mention's first token.
        self.governing = {m.first: governor_at(tokens, m.first) for m in self.mentions}
        # Whether the verb trigger at a token reads as a noun, once asked.
        self._verb_as_noun: dict[int, bool] = {}
        # `triggers.reads_as_noun` of the token indexes already asked (by `find_triggers`).
        self._nouns: dict[int, bool] = {} if nouns is None else nouns

    def by_agent(self, trigger: Trigger) -> Mention | None:
        for m in self.mentions:
            if trigger.last < m.first <= trigger.last + 8 and self.governing[m.first][0] == "by":
                return m
        return None

    def attack_owner(self, trigger: Trigger) -> Mention | None:
        """Whose attack a passive act happened in: "was killed in a U.S. drone strike",
        "were killed in a clash with Chinese troops"."""
        tokens = self.tokens
        for m in self.mentions:
            if m.pronoun or not trigger.last < m.first <= trigger.last + 7:
                continue
            words = [t.lower for t in tokens[trigger.last + 1 : m.first]]
            if words[:1] != ["in"]:
                continue
            if (
                len(words) <= 5
                and words[-1] == "with"
                and not CLASH_NOUNS.isdisjoint(words)
                and "between" not in words
            ):
                return m  # the other side of the fighting
            if len(words) <= 5 and words[-1] == "of" and not VOLLEYS.isdisjoint(words):
                return m  # "hit in a barrage of Russian missiles"
            named = len(words)  # past the capitalised words before the mention
            while named > 1 and tokens[trigger.last + named].text[:1].isupper():
                named -= 1
            if named <= 5 and words[named - 1] == "by" and not ATTACK_NOUNS.isdisjoint(words):
                return m  # "killed in a three-day assault by Islamist insurgents"
            if m.first > trigger.last + 4 or not set(words) <= {"in", "a", "an", "the"}:
                continue
            after = {t.lower for t in tokens[m.last + 1 : m.last + 4]}
            if after & ATTACK_NOUNS:
                return m
        return None

    def antecedent(self, before: list[Mention], relative: str) -> Mention:
        """Whom a relative pronoun stands for, of the mentions `before` it: the last, but
        "who" is a person, never the place after one ("a U.S. Embassy official in
        Nairobi, who …")."""
        index = len(before) - 1
        while relative == "who" and index > 0:
            place, head = before[index], before[index - 1]
            if place.first - head.last != 2 or self.tokens[head.last + 1].lower not in _AT:
                break
            index -= 1
        return before[index]

    def launched_from(self, start: int, end: int) -> Mention | None:
        """Who fired a projectile told as the subject ("A rocket fired from Gaza hit
        Sderot", "a missile fired by the Houthis"): its firer, or where it came from."""
        lowers = self.lowers
        for m in self.mentions:
            if (
                start + 2 <= m.first < end
                and not m.pronoun
                and lowers[m.first - 1] in {"from", "by"}
                and lowers[m.first - 2] in {"fired", "launched"}
            ):
                return m
        return None

    def blamed_on(self, trigger: Trigger) -> Mention | None:
        """Whom an attack is blamed on, in the words right after it: "an attack the army
        blamed on M23 rebels", "a bombing that police blamed on the ELN"."""
        if self.lowers[trigger.last] not in ATTACK_NOUNS:
            return None
        for m in self.mentions:
            if (
                trigger.last + 3 <= m.first <= trigger.last + 10
                and self.lowers[m.first - 2 : m.first] == ["blamed", "on"]
                and "," not in self.lowers[trigger.last + 1 : m.first]
            ):
                return m
        return None

    def modifier(self, trigger: Trigger) -> Mention | None:
        """The actor modifying a nominal trigger: "Russian strikes", "Russia's invasion"."""
        for m in self.mentions:
            if m.pronoun or m.last >= trigger.first or trigger.first - m.last - 1 > 3:
                continue
            between = self.lowers[m.last + 1 : trigger.first]
            if all(w in NOUN_MODIFIERS or _COMPOUND_ADJECTIVE.match(w) for w in between):
                return m  # (also "America's 20-year war", "Russia's long-running campaign")
        return None

    def noun_phrase_word(self, k: int) -> bool:
        """Whether the token at `k` can stand inside a noun phrase before its head noun: a
        determiner, an adjective, a name or a number."""
        token = self.tokens[k]
        return (
            token.lower in SKIPPABLE
            or token.lower in {"'s", "any", "such", "this", "these", "that", "those", '"', "“", "”"}
            or (token.text.islower() and token.lower.endswith(("al", "ed", "ive")))
            or (token.text[:1].isupper() and token.text.isalpha())
            or token.lower.isdigit()
            or k in self.in_mention
        )

    def in_prepositional_phrase(self, trigger: Trigger) -> bool:
        """ "For interference", "of the hack", "during the conversation": background nouns."""
        k = trigger.first - 1
        while k >= 0 and self.noun_phrase_word(k):
            k -= 1
        return k >= 0 and self.tokens[k].lower in PHRASE_OPENERS

    def possessive_pronoun_owner(self, trigger: Trigger) -> Mention | None:
        """ "In his call with Putin, Biden …": the owner is the clause's subject."""
        if trigger.first == 0 or self.tokens[trigger.first - 1].lower not in {
            "his",
            "her",
            "its",
            "their",
        }:
            return None
        for m in self.mentions:
            if m.pronoun:
                continue
            if m.first > trigger.last and self.governing[m.first][0] in {",", ""}:
                return m
        before = [m for m in self.mentions if m.last < trigger.first and not m.pronoun]
        return before[-1] if before else None

    def reads_as_noun(self, trigger: Trigger) -> bool:
        if trigger.kind == "N":
            return True
        known = self._verb_as_noun.get(trigger.first)
        if known is None:
            known = self._verb_as_noun[trigger.first] = self._verb_reads_as_noun(trigger.first)
        return known

    def _verb_reads_as_noun(self, first: int) -> bool:
        noun = self._nouns.get(first)
        if noun is None:
            noun = self._nouns[first] = reads_as_noun(self.tokens, first)
        if noun:
            return True
        word = self.tokens[first].lower
        if (
            word.endswith("ing")
            and first
            and self.tokens[first - 1].lower
            in {"for", "of", "by", "in", "on", "against", "after", "before", "without", "about"}
        ):
            return True  # a gerund: "in exchange for funding", "accused of hacking"
        k = first - 1
        head = self.tokens[first]
        if head.lower != head.lemma:
            return False  # an inflected verb form: "the Taliban signed"
        while k > 0 and self.tokens[k].text[:1].isupper() and self.tokens[k].text.isalpha():
            k -= 1  # "the SolarWinds cyberattack"
        before = self.tokens[k].lower if k >= 0 else ""
        return before in {"'s", "the", "a", "an", "his", "her", "its", "their"}

    def from_source(self, trigger: Trigger) -> Mention | None:
        for m in self.mentions:
            if trigger.last < m.first <= trigger.last + 6 and not m.pronoun:
                if self.governing[m.first][0] == "from":
                    return m
        return None

    def between(self, trigger: Trigger) -> tuple[Mention, Mention | None] | None:
        """ "Talks between Russia and Ukraine": both parties; in fighting, the first alone
        when the second is a party the coder does not know ("fighting between Sudan's army
        and the Rapid Support Forces")."""
        k = trigger.last + 1
        if k >= len(self.tokens) or self.tokens[k].lower not in {"between", "with"}:
            return None
        after = [m for m in self.mentions if m.first > k and not m.pronoun][:2]
        if self.tokens[k].lower != "between" or not after:
            return None
        if len(after) == 2:
            return after[0], after[1]
        fighting = trigger.cameo[:2] in {"18", "19", "20"}
        return (after[0], None) if fighting and after[0].first <= k + 3 else None

    def judged(self, position: int, triggers: list[Trigger]) -> bool:
        """Whether the nominal trigger at `position` is the object of a verb that judges,
        praises, rejects, denies or investigates an act ("condemned the attack", "welcomed
        the ceasefire", "condemned the deadly attacks"): the act is another party's."""
        first = triggers[position].first
        before = position - 1
        # Past the other acts named in the same noun phrase: "condemned the bomb attacks".
        while (
            before >= 0
            and triggers[before].last + 1 == first
            and not triggers[before].cameo.startswith(_JUDGING)
        ):
            first = triggers[before].first
            before -= 1
        if before < 0:
            return False
        verb = triggers[before]
        return (
            verb.cameo.startswith(_JUDGING)
            and "verdict" not in verb.flags  # "hackers were behind a campaign": theirs
            and verb.last < first
            and not self.reads_as_noun(verb)
            and all(self._before_head(k) for k in range(verb.last + 1, first))
        )

    def _before_head(self, k: int) -> bool:
        """Whether the token at `k` can stand between a verb and the head of its object:
        a determiner, a name, a number or a modifier ("condemned terrorist bomb attacks"),
        not a word that opens another phrase or clause."""
        word = self.lowers[k]
        if word in _CLAUSE_WORDS or word in _PHRASE_WORDS:
            return False
        token = self.tokens[k]
        return self.noun_phrase_word(k) or (token.text.isalpha() and token.text.islower())

    def after_site(self, trigger: Trigger) -> bool:
        """Whether an attack follows the building, city or country it names as its target
        or place ("the Kenya embassy bombing"): a noun, whatever its form."""
        return any(m.last + 1 == trigger.first and self.attacked_site(m) for m in self.mentions)

    def natural_cause(self, trigger: Trigger) -> bool:
        """Whether the subject right before a verb is a disaster or an accident, not a party
        ("The earthquake killed 300 people", "Typhoon Haiyan, which killed 4,000")."""
        if self.reads_as_noun(trigger):
            return False
        lowers = self.lowers
        k = trigger.first - 1
        while k >= 0 and lowers[k] in _AUXILIARY_WORDS:
            k -= 1
        if k >= 1 and lowers[k] in ("which", "that") and lowers[k - 1] == ",":
            k -= 2  # the noun a relative clause is about
        start = max(-1, k - 4)
        while k > start and lowers[k] not in _CLAUSE_BREAKS and lowers[k] != "by":
            if lowers[k] in _NATURAL_CAUSES:
                return True  # (not "a crash caused by a missile": someone's act)
            k -= 1
        return False

    def modifies_noun(self, trigger: Trigger) -> bool:
        """Whether a nominal act only modifies the noun after it ("bombing victims",
        "attack suspects", "the bombing site"): the sentence is about that noun."""
        lowers = self.lowers
        k = trigger.last + 1
        if k >= len(lowers) or lowers[k] not in _HEADS_AFTER_ACTS:
            return False
        if self.reads_as_noun(trigger) or lowers[trigger.last].endswith("ing"):
            return True
        # A verb form after an article, a number or a preposition is a noun: "two attack
        # suspects", not "police attack suspects".
        before = lowers[trigger.first - 1] if trigger.first else ""
        return before in SKIPPABLE or before in _PHRASE_WORDS or before.isdigit()

    def attacked_site(self, mention: Mention) -> str:
        """What `mention` is to an attack, war or sanction named right after it: "target",
        a building the attack was on ("the embassy bombing") or the country sanctioned ("the
        Russia sanctions"); "place", the city or country it happened in ("the Nairobi
        bombing", "the Kabul airport attack", "the Iraq war"); else ""."""
        lowers = self.lowers
        k = mention.last + 1
        after = lowers[k] if k < len(lowers) else ""
        if lowers[mention.last] in _BUILDINGS:
            return "target" if after in _ATTACKS_ON else ""
        first = mention.first + (lowers[mention.first] == "the")
        if first > mention.last:
            return ""
        kinds = {entry.kind for entry in gazetteer().lookup(tuple(lowers[first:k]))}
        if "seat" in kinds:
            while k < len(lowers) and lowers[k] in _SITES:
                k += 1
            return "place" if k < len(lowers) and lowers[k] in _ATTACKS_ON else ""
        if (
            "country" in kinds
            and any(c.islower() for t in self.tokens[first:k] for c in t.text)
            and (after in _ATTACKS_ON or after in _WARS or after in _SANCTIONS)
            and lowers[k + 1 : k + 2] not in (["on"], ["against"])
        ):
            # A country by its name (not "U.S.") as a noun before the act: "the Kenya
            # attack", "the Iraq war" happened there; "the Russia sanctions" are on it.
            return "target" if after in _SANCTIONS else "place"
        return ""

    def war_in_place(self, trigger: Trigger) -> bool:
        """Whether a war is named by where it is fought ("efforts to end the war in Yemen"):
        its parties are not the clause's subject."""
        k = trigger.last + 1
        return (
            self.lowers[trigger.last] in ("war", "wars")
            and self.lowers[k : k + 1] == ["in"]
            and any(m.first == k + 1 and not m.pronoun for m in self.mentions)
        )

    def after_passive(self, position: int, triggers: list[Trigger]) -> bool:
        """Whether the nominal act at `position` follows a passive verb of its clause ("was
        detained by police as part of a corruption investigation"), whose subject underwent
        the first act rather than doing this one."""
        trigger = triggers[position]
        for verb in reversed(triggers[:position]):
            if verb.last >= trigger.first or "," in self.lowers[verb.last + 1 : trigger.first]:
                return False
            if not self.reads_as_noun(verb):
                return is_passive(self.tokens, verb)
        return False

    # -- all together ---------------------------------------------------------------------


def fill_country(
    actor: Actor, mention: Mention, mentions: list[Mention], tokens: list[Token], fallback: str
) -> Actor:
    """An agent without a country ("police", "protesters") takes the country of the place
    or actor next to it ("police in Minsk"), else `fallback`."""
    if actor.country or actor.code.startswith(("IGO", "NGO", "IMG")):
        return actor
    country = ""
    for m in mentions:
        if m.first > mention.last and m.actor.country and m.first - mention.last <= 3:
            if tokens[mention.last + 1].lower in {"in", "of", "from", "across", "throughout"}:
                country = m.actor.country
                break
    if not country and actor.agent in GATHERING:
        # "protesters gathered outside the U.S. embassy in Jakarta": people who gather are
        # where they gather, not of the embassy's country.
        for m in mentions:
            if mention.last < m.first <= mention.last + 12 and m.actor.country:
                before = [t.lower for t in tokens[max(0, m.first - 2) : m.first]]
                after = tokens[m.last + 1].lower if m.last + 1 < len(tokens) else ""
                # A place, not a word qualifying a noun ("in an Israeli airstrike"), bar
                # the capital or a city ("in the Iranian capital").
                attributive = after.isalpha() and after.islower() and after not in PLACE_NOUNS
                if "in" in before and (not attributive or after in FUNCTION_WORDS):
                    country = m.actor.country
                    break
    country = country or fallback
    if not country:
        return actor
    return Actor(country + actor.agent, country, actor.agent)
