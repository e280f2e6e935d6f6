"""Adjustments made once actors are known: codes that depend on who acts (a government
"protests" by complaint, soldiers "raid" by force), statements read for what they say, and
predicative judgements. The actors themselves are settled in `sources`."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from ..temporal.lexicon import MONTHS, WEEKDAYS
from .codebook import lookup
from .model import Actor, CodedEvent, Mention, Token, Trigger
from .phrases import hosts, is_passive
from .wordclasses import (
    ABBREVIATIONS,
    PROTESTING_SECTORS,
    STATEMENT_COOPERATIVE,
    STATEMENT_CRITICAL,
    STATEMENT_HOSTILE,
    STATEMENT_OBLIGATION,
)

HELD_OUT = frozenset({"could", "might"})
COPULAS = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "as",
        "it",
        "them",
        "called",
        "calling",
        "call",
        "calls",
        "remains",
        "remained",
        "constitutes",
        "constituted",
        "amounts",
        "amounted",
    }
)


# Titles of one person in an armed service or government.
PERSON_TITLES = frozenset(
    "chief commander general admiral marshal colonel officer head leader minister "
    "secretary envoy spokesman spokeswoman".split()
)
# Capitalised names of forces rather than of people.
FORCE_NAMES = frozenset("marines rangers forces troops guards army navy".split())
# Words naming weapons or relief whose "arrival" somewhere is a delivery, not a visit.
ARRIVING_WEAPONS = frozenset(
    (
        "weapons arms launchers launcher tanks tank jets jet fighters f-16s f-16 missiles "
        "howitzers artillery ammunition shells munitions drones systems himars patriot "
        "patriots interceptors batteries vehicles helicopters aircraft warplanes"
    ).split()
)
ARRIVING_RELIEF = frozenset(
    "aid supplies relief medical medicines medicine rescuers rescue vaccines doses food "
    "shipment shipments consignment consignments cargo".split()
)
MISSILES = frozenset("missile missiles rocket rockets icbm icbms".split())
AIMED = frozenset("at on into against toward towards".split())
OPEN_WATER = frozenset("sea seas waters ocean".split())
SELF_PRONOUNS = frozenset("it we they he she i".split())
RELIEF_WORKERS = frozenset("doctors nurses medics paramedics firefighters rescuers".split())
SENDING = frozenset("send dispatch deploy fly".split())
ARMED_SECTORS = frozenset({"MIL", "REB", "SPY"})
# A state's own people and groups, whom its measures coerce rather than sanction.
DOMESTIC_GROUPS = frozenset({"OPP", "CVL", "LAB", "MED", "EDU", "HLH", "BUS"})
# What a state suspends with others: ties, not its own people's rights.
_TIES = frozenset(
    "deal deals agreement agreements accord treaty pact talks cooperation ties relations "
    "membership participation flights imports exports trade".split()
)
# Sanctions, cuts in relations and their like, which a state does to others.
_SANCTIONING = frozenset({"160", "161", "163"})
CLAUSE_EDGES = frozenset({",", ";", ".", "and", "but", "after", "before", "when", "as"})


def _subject_words(tokens: list[Token], trigger: Trigger) -> set[str]:
    """The words before a verb back to the start of its clause (at most twelve)."""
    words: set[str] = set()
    for token in reversed(tokens[max(0, trigger.first - 12) : trigger.first]):
        if token.lower in CLAUSE_EDGES:
            break
        words.add(token.lower)
    return words


def predicative(tokens: list[Token], trigger: Trigger) -> bool:
    window = [t.lower for t in tokens[max(0, trigger.first - 4) : trigger.first]]
    return not COPULAS.isdisjoint(window)


def said_of_itself(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether a predicate describes a pronoun subject, the speaker itself as a rule: "said
    it was on high alert" (not "said the launches were a provocation")."""
    window = [t.lower for t in tokens[max(0, trigger.first - 5) : trigger.first]]
    for k in range(len(window) - 1, 0, -1):  # the copula nearest the predicate
        if window[k] in COPULAS:
            return window[k - 1] in SELF_PRONOUNS
    return False


def is_individual(tokens: list[Token], mention: Mention | None) -> bool:
    """Whether a mention names one person ("Pakistan's army chief", "General Milley")
    rather than a body or forces ("U.S. troops", "Chinese warships")."""
    if mention is None:
        return False
    # The mention and two words after it: "Pakistan's army [chief]", "the army['s commander]".
    words = tokens[mention.first : mention.last + 3]
    if any(token.lower in PERSON_TITLES for token in words):
        return True
    last = tokens[mention.last]
    parts = last.text.replace("'", "").split("-")  # "al-Burhan", "Ould-Abdallah"
    named = all(part.isalpha() for part in parts) and any(p[:1].isupper() for p in parts)
    return named and last.lower not in FORCE_NAMES


def cameo_for(
    trigger: Trigger,
    tokens: list[Token],
    actor1: Actor | None,
    actor2: Actor | None,
    named: Mention | None = None,
) -> str:
    """The CAMEO code of a trigger once its actors are known (`named`: actor1's mention)."""
    guest = named if hosts(tokens, trigger) and is_passive(tokens, trigger) else None
    if guest is not None and actor1 is not None and actor2 is not None and actor2.code:
        if guest.first < trigger.first:
            return "042"  # "Modi was greeted by Putin", "Lula was welcomed by Xi": a visit
    if trigger.cameo.startswith("042") and tokens[trigger.first].lemma in {"arrive", "land"}:
        subject = _subject_words(tokens, trigger)
        if subject & ARRIVING_WEAPONS:
            # "American HIMARS launchers arrived in Ukraine": weapons delivered to another
            # country are military aid; to one's own, a deployment.
            source = actor1.country if actor1 is not None else ""
            target = actor2.country if actor2 is not None else ""
            if source and target and target != source:
                return "072"
            return "154"
        if subject & (ARRIVING_RELIEF | RELIEF_WORKERS):
            # "a team of Chinese medical experts landed in Rome", "52 Cuban doctors and
            # nurses arrived in Milan"
            return "073"
    if trigger.cameo.startswith("15") and tokens[trigger.first].lemma in SENDING:
        sent = {t.lower for t in tokens[trigger.first + 1 : trigger.last + 6]}
        if sent & (ARRIVING_RELIEF | RELIEF_WORKERS):
            return "073"  # "sent a brigade of 52 doctors and nurses": relief, not forces
    if trigger.cameo.startswith("042"):
        after = [t.lower for t in tokens[trigger.last + 1 : trigger.last + 10]]
        if "with" in after and set(after[after.index("with") :]) & (
            ARRIVING_RELIEF | RELIEF_WORKERS
        ):
            return "073"  # "flew to Beirut with medical supplies and rescue workers"
    if trigger.cameo.startswith("042") and actor1 is not None and actor1.agent == "MIL":
        if _subject_words(tokens, trigger) & _PEACEKEEPERS:
            return "074"  # peacekeepers landing in a country: military protection (aid)
        if not is_individual(tokens, named):
            return "154"  # troops "arriving in" a country are deployed, not visiting
    if (
        trigger.cameo in _SANCTIONING
        and actor1 is not None
        and actor2 is not None
        and actor1.country
        and actor1.country == actor2.country
        and actor2.agent in DOMESTIC_GROUPS
    ):
        # Freezing the accounts of its own opposition, closing its own rights groups:
        # coercion, not sanctions.
        return "172"
    if (
        trigger.cameo == "160"
        and trigger.size == 1
        and actor1 is not None
        and actor1.country
        and (actor2 is None or actor2.country in ("", actor1.country))
        and _TIES.isdisjoint([t.lower for t in tokens[trigger.last + 1 : trigger.last + 5]])
    ):
        # "The Taliban suspended university education for women": a state suspending
        # something of its own restricts its people; it cuts no ties.
        return "172"
    if trigger.cameo == "080" and tokens[trigger.first].lemma in {"allow", "permit", "let"}:
        let_in = {t.lower for t in tokens[trigger.last + 1 : trigger.last + 9]}
        if let_in & (ARRIVING_RELIEF | {"convoy", "convoys", "truck", "trucks", "humanitarian"}):
            return "0863"  # "allowed convoys of UN aid trucks into Madaya": aid access
    if trigger.cameo == "072" and (
        actor2 is None
        or not actor2.code
        or _to_front(tokens, trigger)
        or not _TROOPS.isdisjoint([t.lower for t in tokens[trigger.first : trigger.last + 1]])
    ):
        # Weapons sent to no other party, to the border, or with troops: a deployment, not
        # military aid ("sent reinforcements and armoured vehicles to the disputed area").
        return "154"
    if trigger.cameo == "110" and tokens[trigger.first].lemma == "protest":
        if actor1 is not None and actor1.agent in {"OPP", "CVL", "LAB", "EDU", "HLH"}:
            return "141"  # farmers or students "protesting against" rules demonstrate
    if (
        trigger.cameo.startswith("141")
        and tokens[trigger.first].lemma == "protest"
        and named is not None
        and trigger.first - 2 <= named.last < trigger.first
    ):
        # "The Russian embassy protested", "China formally protests": the party itself
        # (not "mass protests" near some party the sentence names).
        if actor1 is not None and actor1.code and actor1.agent not in PROTESTING_SECTORS:
            return "114"
        if actor1 is not None and actor1.code and not actor1.agent:
            return "114"  # a country protests through its government
    if trigger.cameo == "173" and tokens[trigger.first].lemma.startswith("raid"):
        if actor1 is not None and actor1.agent not in {"COP", "JUD", "SPY", "GOV"}:
            return "190"  # a military raid is an assault; a police raid an arrest
    protesters = actor1 is not None and actor1.agent in {"OPP", "CVL", "LAB"}
    if trigger.cameo == "163" and protesters and tokens[trigger.first].lemma == "boycott":
        return "143"  # an opposition boycotting an election protests; it does not sanction
    if trigger.cameo == "044" and protesters:
        return "141"  # crowds gathering outside parliament are demonstrating
    if trigger.cameo == "128" and protesters and tokens[trigger.first].lemma == "defy":
        return "141"  # demonstrators defying a ban or curfew are demonstrating
    if trigger.cameo in {"192", "191"} and protesters:
        return "144"  # demonstrators occupying roads or squares obstruct; they do not annex
    if (
        trigger.cameo in {"192", "171"}
        and tokens[trigger.first].lemma in _TAKING
        and actor1 is not None
        and actor1.agent == "REB"
        and not _CAPTIVES.isdisjoint([t.lower for t in tokens[trigger.last + 1 : trigger.last + 5]])
    ):
        return "181"  # rebels or gunmen "captured two soldiers" abduct them; they arrest no one
    if trigger.cameo == "145" and actor1 is not None and actor1.agent in ARMED_SECTORS:
        return "1712"  # soldiers or rebels torching homes destroy property; they do not riot
    if (
        trigger.cameo[:2] in {"18", "19"}
        and trigger.cameo != "181"
        and protesters
        and tokens[trigger.first].lemma not in _KILLING
    ):
        # Demonstrators storming a building riot; they do not wage war. Killing, wounding
        # and abducting stay force whoever does them.
        return "145"
    return trigger.cameo


# Verbs of taking, and the people they can take: what armed groups do to them is abduction.
_TAKING = frozenset({"capture", "seize", "grab", "snatch"})
_CAPTIVES = frozenset(
    "soldier soldiers troops civilians hostages tourists journalists reporters workers sailors "
    "policemen officers people villagers pilot pilots children women men foreigners students "
    "passengers crew missionaries engineers nationals citizens".split()
)

# Verbs of killing and wounding.
_KILLING = frozenset("kill injure wound shoot murder slaughter massacre behead execute".split())

_PEACEKEEPERS = frozenset({"peacekeepers", "peacekeeping", "blue helmets"})
_TROOPS = frozenset("troops soldiers reinforcements forces units battalions brigades".split())
# Where forces and weapons sent stay on their own side: "to its border with Cambodia".
_FRONTS = frozenset({"border", "borders", "frontier", "front", "frontline", "front-line"})


def _to_front(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether what is sent goes "to its border", "to the frontier", "to the front"."""
    after = [t.lower for t in tokens[trigger.last + 1 : trigger.last + 5]]
    return (
        len(after) >= 3
        and after[0] == "to"
        and after[1] in {"its", "the", "their"}
        and (after[2] in _FRONTS or after[3:4] == ["border"])
    )


def statement_act(
    event: CodedEvent, tokens: list[Token], starts: list[int], sentence: str
) -> CodedEvent:
    """Re-code a bare statement (CAMEO 010) from what it says: an obligation is a demand,
    force or punishment held out is a threat, blame is an accusation, peace or partnership
    an expression of intent (future) or support. `starts` are where the tokens begin in
    `sentence`."""
    # Tokens are in text order: those from a character offset on are a slice.
    said = {t.lower for t in tokens[bisect_left(starts, event.event_end) :]}
    future = bool(said & {"will", "would", "could", "'ll", "might"})
    if said & STATEMENT_OBLIGATION:
        code = "100"
    elif future and said & STATEMENT_HOSTILE:
        code = "130"
    elif said & STATEMENT_CRITICAL:
        code = "111"
    elif said & STATEMENT_COOPERATIVE:
        code = "030" if future else "051"
    else:
        return event
    entry = lookup(code)
    # The act is the statement's content: the words from the reporting verb to the end of
    # its clause ('said he would "pay the price" for these actions').
    clause = [
        k
        for k in range(bisect_left(starts, event.event_start), len(tokens))
        if tokens[k].lower not in {".", "!"}
    ]
    for n, k in enumerate(clause):
        if tokens[k].lower == ";":
            clause = clause[:n]
            break
    end = starts[clause[-1]] + len(tokens[clause[-1]].text) if clause else event.event_end
    return replace(
        event,
        event_text=sentence[event.event_start : end],
        event_end=end,
        cameo_code=entry.code,
        cameo_root=entry.root,
        plover_event=entry.plover_event,
        plover_mode=entry.plover_mode,
        quad_class=entry.quad_class,
        goldstein=entry.goldstein,
        modality="future" if code == "030" else ("hypothetical" if code == "130" else "asserted"),
    )


def held_out(tokens: list[Token], trigger: Trigger, frame: Trigger | None) -> bool:
    """Force or sanctions held out as a possibility by their own author: "could hit
    Athens", "sites it would strike if Tehran retaliated" (not "urged X to impose")."""
    window = [t.lower for t in tokens[max(0, trigger.first - 3) : trigger.first]]
    if not HELD_OUT.isdisjoint(window):
        return True
    if tokens[0].lower in {"if", "unless"}:
        return True  # "If Russia invades, the United States will impose sanctions"
    if frame is not None and frame.cameo == "014":
        return True  # "considering a missile strike on Guam"
    for k in range(trigger.last + 1, len(tokens)):
        word = tokens[k].lower
        if word in {",", ";", "but"} or (word == "." and tokens[k - 1].lower not in ABBREVIATIONS):
            break  # the clause ends ("on Jan. 1 unless …" goes on)
        if word in {"if", "unless"}:
            return True
    return "would" in window and frame is None


def launch_without_target(tokens: list[Token], trigger: Trigger, target: Mention | None) -> bool:
    """Whether missiles or rockets are fired or launched at no party named outside the
    act's own words ("fired more than 20 missiles", "launched a missile into the sea")."""
    if not _missile_launch(tokens, trigger, ("fire", "launch", "test-fire")):
        return False
    if target is not None and target.first > trigger.last:
        return False
    return _aim(tokens, trigger) is not True


def launched_at_target(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether a missile fired or launched is aimed at somewhere on land ("fired a ballistic
    missile toward Riyadh's airport"): an attack, not a show of force."""
    return _missile_launch(tokens, trigger, ("fire", "launch")) and _aim(tokens, trigger) is True


def _missile_launch(tokens: list[Token], trigger: Trigger, verbs: tuple[str, ...]) -> bool:
    return tokens[trigger.first].lemma in verbs and not MISSILES.isdisjoint(
        [t.lower for t in tokens[trigger.first : trigger.last + 1]]
    )


def _aim(tokens: list[Token], trigger: Trigger) -> bool | None:
    """Where the act is aimed: True at somewhere on land ("at Kyiv", "and drones at American
    warships"), False into open water ("into the sea"), None at nowhere said."""
    after = [t.lower for t in tokens[trigger.last + 1 : trigger.last + 8]]
    for k, word in enumerate(after[:4]):
        if word in AIMED and k + 1 < len(after) and after[k + 1] not in _WHEN_WORDS:
            return OPEN_WATER.isdisjoint(after[k + 1 : k + 4])
    return None


# Words after "on" that tell when, not where: "fired two missiles on Tuesday".
_WHEN_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)


def attributed_after(tokens: list[Token], triggers: list[Trigger], trigger: Trigger) -> bool:
    """Whether the act is told first and attributed after: "..., the ministry said"."""
    for later in triggers:
        if later.first <= trigger.last or "report" not in later.flags:
            continue
        if any(
            t.lower == "," for t in tokens[max(trigger.last + 1, later.first - 5) : later.first]
        ):
            return True
    return False
