"""Who did it and to whom: actor1 (source) and actor2 (target) of each trigger.

The subject is the nearest actor mention before the trigger in its clause that is not the
object of a preposition ("Russia's ambassador to the U.S." is Russian); a verb coordinated
with an earlier one shares its subject; an act inside a frame takes its subject from the
frame ("urged Russia to withdraw": Russia; "accused Russia of hacking": Russia); pronouns
resolve to the frame's or the previous act's subject. Passives swap the roles ("was
sanctioned by the U.S."). Nominal triggers take their source from a modifier ("Russian
strikes", "Russia's invasion") or a "by" phrase.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Mention, Token, Trigger
from .phrases import SentenceView, governor, hosts, is_passive
from .structure import (
    RELATIVES,
    Structure,
    clause_start,
    coordinated_with_previous,
)
from .wordclasses import (
    COUNT_WORDS,
    NON_SUBJECT_PREPOSITIONS,
    SKIPPABLE,
    SUBJECT_GOVERNORS,
    SUBORDINATORS,
    WEAPONS,
)

# Verbs of saying right after a party: it tells the act, it is not its target.
_SAYING = frozenset({"said", "says", "told", "reported", "added", "announced", "stated"})


@dataclass(init=False, slots=True, eq=False)
class Roles:
    """The chosen actors: mention (None when absent) and how it was found."""

    actor1: Mention | None
    actor2: Mention | None
    actor1_explicit: bool

    def __init__(
        self,
        actor1: Mention | None,
        actor2: Mention | None,
        actor1_explicit: bool,
    ) -> None:
        self.actor1 = actor1
        self.actor2 = actor2
        self.actor1_explicit = actor1_explicit


# Words between a verb's subject and the verb: auxiliaries, modals, negation.
_AUXILIARIES = frozenset(
    "has had have was were is are will would did not n't also been being could may might".split()
)
# Words that open a noun phrase standing as a clause's subject ("a roadside bomb").
_NOUN_PHRASE_OPENERS = frozenset("a an the another two three several".split())
# Words no subject noun phrase holds: verbs, pronouns and conjunctions of another clause.
_OPEN_CLAUSE_WORDS = frozenset("and or but that which who it they he she we".split())

# CAMEO roots of force and sanctions: named as the object of a verb judging them ("condemned
# terrorist attacks"), they are nouns, whatever their form.
_FORCE_AND_SANCTIONS = frozenset({"16", "18", "19", "20"})
# CAMEO roots of acts that send something to a recipient: aid, cooperation, handing over.
_SENT_ROOTS = frozenset({"06", "07"})
# Prepositions by which a passive act reaches its target: "imposed on", "delivered to".
_REACHED = frozenset({"on", "to", "against", "into", "onto", "upon"})

# Words before a modifier of the mention ("The last French soldiers", "Russia's top diplomat").
BEFORE_MODIFIER = SKIPPABLE | {",", "'s"}
# Words that open an apposition after a name: ", one of his closest allies,", ", a former
# general,", ", the country's president,".
APPOSITION_STARTS = frozenset("one a an the its his her their both another".split())
# Words counting the people that follow "of": "thousands of angry protesters".
# Forces that, deployed, are the actors of their deployment.
DEPLOYED = frozenset({"MIL", "COP", "REB"})
# Nominal acts whose source may follow as "from X": aid, attacks, fire.
SOURCED_ROOTS = frozenset({"07", "18", "19", "20"})


def _first_covering(triggers: list[Trigger]) -> dict[int, int]:
    """For each token inside some trigger's words, the position of the first such trigger."""
    covered: dict[int, int] = {}
    for position, trigger in enumerate(triggers):
        for k in range(trigger.first, trigger.last + 1):
            covered.setdefault(k, position)
    return covered


class RoleFinder(SentenceView):
    """Assigns actors to the triggers of one sentence, left to right."""

    def __init__(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        structure: Structure,
        nouns: dict[int, bool] | None = None,
        lowers: list[str] | None = None,
    ):
        super().__init__(tokens, mentions, structure, nouns, lowers)
        self.actor1_of: dict[int, Mention | None] = {}
        self.actor2_of: dict[int, Mention | None] = {}
        # Triggers the coder discarded (an irrealis-only word used as a plain fact): they
        # neither lend their subject to a coordinated verb nor end a clause.
        self.dropped: set[int] = set()
        # The other party of a coordinated subject ("India and the United States …").
        self.partner: Mention | None = None
        # The position of the first trigger whose words include a token, by token index
        # (filled on the first look for a subject: every trigger covers a token).
        self.covered: dict[int, int] = {}
        # Acts of force in a verb's form read as nouns because a verb judges them
        # ("condemned terrorist attacks"), by position: they lend no subject to a verb
        # coordinated after them ("… but urged restraint").
        self.nominal: set[int] = set()

    # -- subjects -------------------------------------------------------------------------

    def _candidates(self, start: int, end: int, position: int) -> list[Mention]:
        """The mentions in tokens `start`..`end - 1` that may be the subject of the trigger
        at `position`: not inside an earlier trigger's words, nor governed as an object."""
        found = []
        covered = self.covered
        governed = False  # whether the last mention was governed by a preposition
        for m in self.mentions:
            if m.first < start or m.last >= end:
                continue
            if covered.get(m.first, position) < position:
                continue  # inside another trigger's words: that trigger's object
            if m.pronoun:
                found.append(m)
                governed = False
                continue
            word, token = self.governing[m.first]
            opens_clause = token is not None and token + 1 >= start and token < start
            if word in NON_SUBJECT_PREPOSITIONS and not opens_clause:
                governed = True
                continue
            if governed and word == "and" and token is not None and token == m.first - 1:
                continue  # "negotiators from Israel and Hamas": the preposition's, too
            governed = False
            if token is not None and self._object_of_word(token):
                continue  # "to anger Beijing", "denigrate Biden": the object of a verb
            found.append(m)
        return found

    def _object_of_word(self, k: int) -> bool:
        token = self.tokens[k]
        word = token.lower
        if k and k in self.covered and word.endswith("ing") and self.tokens[k - 1].lower == ",":
            return True  # ", killing at least 66 people": the object of an act's participle
        if k == 0 or self.tokens[k - 1].lower in BEFORE_MODIFIER:
            return False  # "The last French soldiers", "a senior Russian official"
        if (
            k >= 2
            and self.tokens[k - 1].lower == "of"
            and self.tokens[k - 2].lower in COUNT_WORDS
            and not word.endswith(("ing", "ed"))
        ):
            return False  # "thousands of angry Chinese protesters": a count, then a modifier
        if not token.text.isalpha() or not token.text.islower():
            return False
        if word in SUBJECT_GOVERNORS or word.endswith("ly"):
            return False
        return word not in NON_SUBJECT_PREPOSITIONS

    def _forget_partner(self) -> None:
        # A method, not an assignment in `assign`: the partner that `subject` may find
        # later in `assign` must not be taken for the None assigned here.
        self.partner = None

    def _first_of_coordination(self, chosen: Mention, candidates: list[Mention]) -> Mention:
        """ "Chinese and Russian warships held drills": the first of coordinated subjects."""
        index = candidates.index(chosen)
        self.partner = None
        while index > 0:
            before = candidates[index - 1]
            gap = self.tokens[before.last + 1 : candidates[index].first]
            named = 0
            while named < len(gap) and gap[named].text[:1].isupper() and gap[named].text.isalpha():
                named += 1  # "IMF Managing Director Christine Lagarde and …": her name
            # Determiners and the capitalised words of a name no table knows ("and the
            # Barisan Revolusi Nasional separatist group") leave the coordination plain.
            between = [
                t.lower
                for t in gap[named:]
                if t.lower not in {"the", "its", "their", "his", "her"}
                and not (t.text[:1].isupper() and t.text.isalpha())
            ]
            if between in (["and"], [","], [",", "and"]):
                self.partner = candidates[index]
                index -= 1
            else:
                break
        return candidates[index]

    def subject(
        self, position: int, triggers: list[Trigger], frame_index: int | None
    ) -> tuple[Mention | None, bool]:
        trigger = triggers[position]
        tokens = self.tokens
        if not self.covered:  # the same triggers for every call
            self.covered = _first_covering(triggers)
        start = clause_start(tokens, trigger.first, self.structure)
        frame = triggers[frame_index] if frame_index is not None else None
        if frame is not None:
            start = max(start, frame.last + 1)
        kept = [k for k in range(position) if k not in self.dropped]
        previous_index = kept[-1] if kept else None
        previous = triggers[previous_index] if previous_index is not None else None
        if _opens_with_coordinator(tokens, trigger.first):
            # "India abstained in the vote condemning Russia, but expressed support …": a
            # verb coordinated with the main clause shares its subject, the sentence's first.
            head = [
                m
                for m in self._candidates(0, trigger.first, position)
                if m.first <= 2 and not m.pronoun
            ]
            if head:
                return head[0], True
        if previous is not None and coordinated_with_previous(
            tokens, trigger.first, previous.last + 1
        ):
            # "… after hitting Russia with sanctions and proposed a meeting": the verb shares
            # the subject of the last act at its own level, main or subordinate.
            # A verb takes the subject of a verb, not of an act named in between ("Iran
            # condemned Iraq's invasion of Kuwait and criticized the force"); failing a verb
            # at its level ("Iran, which had condemned the invasion but also criticized …"),
            # the last verb's.
            subordinate = self.structure.subordinate
            level = subordinate[trigger.first]
            verbal = not self.reads_as_noun(trigger)
            alike = [
                k
                for k in reversed(kept)
                if not (verbal and (self.reads_as_noun(triggers[k]) or k in self.nominal))
            ]
            at_level = [k for k in alike if subordinate[triggers[k].first] == level]
            for k in at_level[:1] or (alike[:1] if verbal else []):
                inherited = self.actor1_of.get(k)
                if inherited is not None:
                    return inherited, False
                if (
                    verbal
                    and not is_passive(tokens, trigger)
                    and not is_passive(tokens, triggers[k])
                ):
                    # "A bomb exploded in Kabul, killing 12 people and injuring 30": an
                    # unnamed subject shared, not the first verb's object.
                    return None, False
        candidates = self._candidates(start, trigger.first, position)
        if len(candidates) > 1:
            # "Macron, visiting Kyiv with the leaders of Germany and Italy, voiced support":
            # the subject stands before an aside set off by commas, not inside it.
            outside = [m for m in candidates if not self._in_aside(m.first, trigger.first)]
            candidates = outside or candidates
        if candidates:
            chosen = self._first_of_coordination(candidates[-1], candidates)
            if chosen.pronoun:
                return self._resolve_pronoun(position, frame_index, chosen), False
            return chosen, True
        launcher = self.launched_from(start, trigger.first)
        if launcher is not None:
            return launcher, True
        if (
            not self.reads_as_noun(trigger) and self._unknown_name_before(trigger.first, start)
        ) or self._uncoded_subject_clause(trigger.first, start):
            # "… that Kilimnik provided …", "… when a roadside bomb exploded …": a subject we
            # cannot code.
            return None, False
        if frame is not None and frame_index is not None:
            marker = self._marker_before(trigger.first)
            controller = self.actor2_of.get(frame_index)
            if (
                controller is not None
                and controller.last < trigger.first
                and (
                    (marker == "to" and "speech" in frame.flags)
                    or (marker in {"of", "for", "as"} and "frame" in frame.flags)
                )
            ):
                return controller, True
            if frame.first > trigger.last and (
                is_passive(tokens, trigger) or trigger.cameo[:2] in {"18", "19", "20"}
            ):
                # "Four U.S. soldiers were killed when a bomb exploded …, the U.S. military
                # said": who tells of an agentless passive or of force is not its agent.
                return None, False
            return self.actor1_of.get(frame_index), False
        if self.structure.quoted[trigger.first]:
            speaker = self._speaker_after_quote(trigger.first)
            if speaker is not None:
                return speaker, False
        if start > 0 and tokens[start - 1].lower in RELATIVES:
            before = [m for m in self.mentions if m.last < start - 1 and not m.pronoun]
            if before:
                return self.antecedent(before, tokens[start - 1].lower), True
        wider = self._candidates(0, trigger.first, position)
        wider = [m for m in wider if not m.pronoun]
        if previous_index is not None and self.actor1_of.get(previous_index) is not None:
            return self.actor1_of[previous_index], False
        if wider:
            return wider[-1], False
        return None, False

    def _in_aside(self, k: int, end: int) -> bool:
        """Whether token `k` lies in an aside set off by commas that closes before token
        `end`: ", visiting Kyiv ...,", ", which had been ...,", ", flown in aboard ...,"."""
        lowers = self.lowers
        opening = k - 1
        while opening >= 0 and lowers[opening] != ",":
            opening -= 1
        if opening < 0:
            return False
        first = lowers[opening + 1]
        # ", one of Donald Trump's closest allies," after a name: an apposition.
        apposition = (
            first in APPOSITION_STARTS
            and opening > 0
            and self.tokens[opening - 1].text[:1].isupper()
            and self._describes(opening + 2)
        )
        if not (first in RELATIVES or first.endswith(("ing", "ed")) or apposition):
            return False
        return "," in lowers[k + 1 : end]

    def _describes(self, k: int) -> bool:
        """Whether the words from `k` to the next comma describe rather than name (a
        lower-case word among them): "one of his closest allies", not "the United Arab
        Emirates" in a list of names."""
        for token in self.tokens[k:]:
            if token.lower == ",":
                return False
            if token.text.isalpha() and token.text.islower() and token.lower != "and":
                return True
        return False

    def _marker_before(self, first: int) -> str:
        """The word introducing the trigger's phrase: "to" (withdraw), "of" (hacking)."""
        k = first - 1
        while k >= 0 and (
            self.tokens[k].lower in SKIPPABLE
            or self.tokens[k].lower in {"not", "also", "further", "immediately", "'s"}
            or self.tokens[k].text[:1].isupper()
            or self.tokens[k].lower.isdigit()
            or self.tokens[k].lower in {'"', "“", "”"}
        ):
            k -= 1
        return self.tokens[k].lower if k >= 0 else ""

    def _unknown_name_before(self, first: int, start: int) -> bool:
        k = first - 1
        while k >= start and self.lowers[k] in _AUXILIARIES:
            k -= 1
        if k <= start or k < 1:
            return False
        token = self.tokens[k]
        return token.text[:1].isupper() and token.text.isalpha() and k not in self.in_mention

    def _uncoded_subject_clause(self, first: int, start: int) -> bool:
        """Whether the trigger at `first` is, or follows, the subject of a subordinate
        clause that names no actor: a short phrase of lower-case words after "when",
        "after", "as" … ("when a roadside bomb exploded", "after the blast destroyed"). Its
        agent is not to be looked for outside the clause."""
        if start == 0 or self.tokens[start - 1].lower not in SUBORDINATORS:
            return False
        words = self.lowers[start:first]
        while words and (words[-1] in _AUXILIARIES or words[-1].endswith("ly")):
            words.pop()
        return (
            0 < len(words) <= 4
            and words[0] in _NOUN_PHRASE_OPENERS
            and all(word.isalpha() for word in words)
            and not _OPEN_CLAUSE_WORDS.intersection(words)
        )

    def _speaker_after_quote(self, first: int) -> Mention | None:
        quoted = self.structure.quoted
        for m in self.mentions:
            if m.first > first and not quoted[m.first] and not m.pronoun:
                return m
        return None

    def _resolve_pronoun(
        self, position: int, frame_index: int | None, pronoun: Mention
    ) -> Mention | None:
        if frame_index is not None and self.actor1_of.get(frame_index) is not None:
            return self.actor1_of[frame_index]
        earlier = [k for k in range(position) if k not in self.dropped]
        if earlier and self.actor1_of.get(earlier[-1]) is not None:
            return self.actor1_of[earlier[-1]]
        before = [m for m in self.mentions if m.last < pronoun.first and not m.pronoun]
        if before:
            return before[0]
        # A quotation followed by its speaker: '"We condemn …," the ministry said.'
        if self.structure.quoted[pronoun.first]:
            return self._speaker_after_quote(pronoun.first)
        return None

    # -- objects --------------------------------------------------------------------------

    def target(
        self, trigger: Trigger, triggers: list[Trigger], exclude: Mention | None, passive: bool
    ) -> Mention | None:
        tokens = self.tokens
        limit = min(len(tokens), trigger.last + 14)
        # A later verb starts another clause; a later noun in a prepositional phrase does not
        # ("respond in kind to any sanctions imposed by the U.S.").
        for later in triggers:
            if later.first > trigger.last and not self.reads_as_noun(later):
                limit = min(limit, later.first)
                break
        lowers = self.lowers
        for k in range(trigger.last + 1, limit):
            if lowers[k] in {
                ";",
                "which",
                "who",
                "after",
                "before",
                "because",
                "while",
                "said",
                "says",
                "saying",
                "but",
                "although",
                "whereas",
                "including",
            }:
                limit = k
                break
        for m in self.mentions:
            if m.first <= trigger.last and not (trigger.first < m.first):
                continue
            if m.first >= limit or m is exclude or m.pronoun:
                continue
            if self.structure.quoted[m.first] != self.structure.quoted[trigger.first]:
                continue  # the speaker after a quotation is not the target of what it says
            if exclude is not None and m.actor == exclude.actor and m.first > trigger.last:
                continue
            if passive and self.governing[m.first][0] == "by":
                continue
            if m.first < trigger.first:
                continue
            if m.last <= trigger.last and all(w in WEAPONS for w in lowers[m.first : m.last + 1]):
                continue  # the act's own weapons: "fired two missiles"
            if lowers[m.last + 1 : m.last + 2] and lowers[m.last + 1] in _SAYING:
                continue  # the speaker after the act: "…, the FBI said"
            return m
        return None

    def assign(self, position: int, triggers: list[Trigger], frame_index: int | None) -> Roles:
        trigger = triggers[position]
        self._forget_partner()
        passive = is_passive(self.tokens, trigger)
        explicit = True
        actor1: Mention | None
        modifies = self.modifies_noun(trigger)
        noun = self.reads_as_noun(trigger) or modifies or self.after_site(trigger)
        judged = (noun or trigger.cameo[:2] in _FORCE_AND_SANCTIONS) and self.judged(
            position, triggers
        )
        if judged and not noun:
            noun = True
            self.nominal.add(position)
        gerund = self.lowers[trigger.last].endswith("ing")
        if noun or (gerund and self.lowers[trigger.last + 1 : trigger.last + 2] == ["between"]):
            # "talks between X and Y"; a gerund before "between" is a noun too ("as
            # fighting between X and Y spread").
            pair = self.between(trigger)
            if pair is not None:
                self.actor1_of[position], self.actor2_of[position] = pair
                return Roles(pair[0], pair[1], True)
        if noun:
            actor1 = (
                self.modifier(trigger)
                or self.by_agent(trigger)
                or self.possessive_pronoun_owner(trigger)
                or self.blamed_on(trigger)
            )
            if actor1 is None and trigger.cameo[:2] in SOURCED_ROOTS:
                actor1 = self.from_source(trigger)  # "aid trucks from Egypt", "fire from Gaza"
            if actor1 is None and (
                frame_index is not None or not self.in_prepositional_phrase(trigger)
            ):
                if (
                    modifies
                    or judged
                    or self.war_in_place(trigger)
                    or (frame_index is None and self.after_passive(position, triggers))
                ):
                    # "France condemned the attack", "paid tribute to bombing victims",
                    # "was detained as part of an investigation": not the subject's own act.
                    explicit = False
                else:
                    actor1, explicit = self.subject(position, triggers, frame_index)
        elif passive:
            actor1 = self.by_agent(trigger)
            if actor1 is None and trigger.cameo[:2] in {"18", "19", "20"}:
                actor1 = self.attack_owner(trigger)  # "killed in a U.S. drone strike"
        else:
            actor1, explicit = self.subject(position, triggers, frame_index)
        if "recipient" in trigger.flags and not passive:
            # "Ukraine received F-16s from Denmark": the subject is the recipient.
            recipient, _ = self.subject(position, triggers, frame_index)
            source = self.from_source(trigger) or self.by_agent(trigger)
            self.actor1_of[position], self.actor2_of[position] = source, recipient
            return Roles(source, recipient, source is not None)
        if passive:
            patient, _ = self.subject(position, triggers, frame_index)
            actor2 = patient
            if hosts(self.tokens, trigger) and actor1 is not None and patient is not None:
                # "Modi was greeted by Putin", "Lula was welcomed by Xi": the guest's visit,
                # the host its recipient.
                actor1, actor2 = patient, actor1
            elif (
                actor1 is None
                and trigger.cameo[:2] == "15"
                and patient is not None
                and patient.actor.agent in DEPLOYED
            ):
                # "Thousands of police officers were deployed": the forces deployed are
                # the ones acting.
                actor1, actor2 = patient, None
            elif patient is None or trigger.cameo[:2] in _SENT_ROOTS:
                # "Sanctions were imposed on Russia by the EU", "U.S.-made tanks were
                # delivered to Ukraine": the party the participle reaches, not one it merely
                # names ("rescued in an Israeli raid"); what is sent goes to its recipient.
                reached = self.target(trigger, triggers, actor1, passive)
                if reached is not None and governor(self.tokens, reached) in _REACHED:
                    actor2 = reached
            explicit = actor1 is not None
        else:
            actor2 = self.target(trigger, triggers, actor1, passive)
            if actor2 is None and self.partner is not None and self.partner is not actor1:
                actor2 = self.partner  # joint act: the second party is the recipient
        site = self.attacked_site(actor1) if actor1 is not None else ""
        if site:
            # "the U.S. embassy bombing", "The Nairobi bombing killed 213 people": the
            # building or city named before an attack is its target or its place, never
            # its author.
            if site == "target" and actor1 is not None and actor1.last + 1 == trigger.first:
                actor2 = actor1
            actor1 = None
        self.actor1_of[position] = actor1
        self.actor2_of[position] = actor2
        return Roles(actor1, actor2, explicit and actor1 is not None)


def _opens_with_coordinator(tokens: list[Token], first: int) -> bool:
    """Whether the trigger at `first` follows ", but" or ", and" (adverbs such as "also"
    aside): "…, but expressed support"."""
    k = first - 1
    while k >= 0 and tokens[k].lower in {"also", "then", "later"}:
        k -= 1
    return k >= 1 and tokens[k].lower in {"and", "but"} and tokens[k - 1].lower == ","
