"""The political-event coder: API shape, event types, actors, modality, confidence."""

from __future__ import annotations

import dataclasses
import time
from datetime import date
from pathlib import Path

import pytest

from timeline.coding import PLOVER_EVENTS, CodedEvent, code_sentence, main_event
from timeline.coding.codebook import codebook

D2021 = date(2021, 4, 15)
EXAMPLE_TEXT = (
    (Path(__file__).resolve().parents[1] / "examples" / "biden-russia-sanctions.txt")
    .read_text(encoding="utf-8")
    .replace("\n", " ")
)

FIELDS = [
    "actor1_name",
    "actor1_code",
    "actor1_country",
    "actor2_name",
    "actor2_code",
    "actor2_country",
    "event_text",
    "event_start",
    "event_end",
    "plover_event",
    "plover_mode",
    "cameo_code",
    "cameo_root",
    "quad_class",
    "goldstein",
    "modality",
    "confidence",
]


def main(sentence: str, when: date = D2021) -> CodedEvent:
    event = main_event(code_sentence(sentence, when=when))
    assert event is not None, sentence
    return event


def test_coded_event_is_a_slotted_value_with_fields_in_order() -> None:
    assert [f.name for f in dataclasses.fields(CodedEvent)] == FIELDS
    sentence = "The Treasury Department sanctioned six Russian companies."
    event, again = main(sentence), main(sentence)
    assert event == again and hash(event) == hash(again) and len({event, again}) == 1
    assert dataclasses.replace(event, plover_event="AGREE") != event
    assert not hasattr(event, "__dict__")


def test_event_text_offsets_point_into_the_sentence() -> None:
    sentence = "Britain expelled 23 Russian diplomats over the poisoning."
    event = main(sentence)
    assert sentence[event.event_start : event.event_end] == event.event_text
    assert event.event_text.startswith("expelled")


@pytest.mark.parametrize(
    "sentence",
    [
        "Britain  expelled\t23 Russian\n diplomats over the poisoning.",
        "  Britain expelled 23 (Russian) diplomats\u00a0over the U.S.-backed poisoning.  ",
        "Britain expelled 23 Russian diplomats\u2009\u3000over the \u201cpoisoning\u201d.",
    ],
)
def test_event_text_offsets_hold_across_any_white_space(sentence: str) -> None:
    from timeline.coding.lexicon import lexicon
    from timeline.coding.tokens import TOKEN_RE, token_starts

    event = main(sentence)
    assert sentence[event.event_start : event.event_end] == event.event_text
    found = list(TOKEN_RE.finditer(sentence))
    tokens = lexicon().tokens(sentence)
    assert [t.text for t in tokens] == [m.group() for m in found]
    assert token_starts(sentence, tokens) == [m.start() for m in found]


def test_codebook_fields_always_agree_with_the_cameo_code() -> None:
    for sentence in [
        "Russia launched dozens of missiles at Kyiv.",
        "The EU imposed sanctions on Iran.",
        "Macron spoke by phone with Putin on Sunday.",
    ]:
        for event in code_sentence(sentence, when=D2021):
            entry = codebook()[event.cameo_code]
            assert event.cameo_root == entry.root == event.cameo_code[:2]
            assert event.quad_class == entry.quad_class
            assert event.goldstein == entry.goldstein
            assert event.plover_event in PLOVER_EVENTS


@pytest.mark.parametrize(
    ("sentence", "when", "plover", "actor1", "actor2", "modality"),
    [
        (
            "Russia's army shelled Kharkiv overnight.",
            "2022-05-01",
            "ASSAULT",
            "RUS",
            "UKR",
            "asserted",
        ),
        ("Israeli jets bombed targets in Gaza.", "2023-10-20", "ASSAULT", "ISR", "PSE", "asserted"),
        (
            "Police in Minsk detained dozens of protesters.",
            "2020-08-10",
            "COERCE",
            "BLR",
            "BLR",
            "asserted",
        ),
        (
            "The U.S. will impose new sanctions on Iran.",
            "2019-05-08",
            "SANCTION",
            "USA",
            "IRN",
            "future",
        ),
        ("China did not sign the agreement.", "2020-01-01", "SUPPORT", "CHN", "", "negated"),
        (
            "Moscow would respond in kind to any new sanctions.",
            "2021-04-15",
            "THREATEN",
            "RUS",
            "",
            "hypothetical",
        ),
        (
            "Biden proposed a summit with Putin this summer.",
            "2021-04-15",
            "AGREE",
            "USA",
            "RUS",
            "future",
        ),
        (
            "Zelensky urged Germany to send tanks.",
            "2023-01-20",
            "REQUEST",
            "UKR",
            "DEU",
            "asserted",
        ),
        (
            "Ukraine accused Russia of war crimes in Bucha.",
            "2022-04-04",
            "ACCUSE",
            "UKR",
            "RUS",
            "asserted",
        ),
        ("Beijing rejected the tribunal's ruling.", "2016-07-12", "REJECT", "CHN", "", "asserted"),
        (
            "Thousands of Georgians rallied outside parliament.",
            "2024-05-14",
            "PROTEST",
            "GEO",
            "GEO",
            "asserted",
        ),
        (
            "North Korea fired a ballistic missile into the sea.",
            "2022-10-04",
            "MOBILIZE",
            "PRK",
            "",
            "asserted",
        ),
        (
            "Chinese hackers breached the email accounts of U.S. officials.",
            "2023-07-12",
            "COERCE",
            "CHN",
            "USA",
            "asserted",
        ),
        (
            "Iran released five detained Americans.",
            "2023-09-18",
            "RETREAT",
            "IRN",
            "USA",
            "asserted",
        ),
        (
            "Turkey dropped its objection to Sweden's NATO membership.",
            "2023-07-11",
            "CONCEDE",
            "TUR",
            "SWE",
            "asserted",
        ),
        (
            "India and the United States will share satellite intelligence.",
            "2020-10-27",
            "COOPERATE",
            "IND",
            "USA",
            "future",
        ),
        (
            "Japan sent humanitarian aid to Turkey after the earthquake.",
            "2023-02-07",
            "AID",
            "JPN",
            "TUR",
            "asserted",
        ),
        (
            "Xi Jinping praised Serbia as an ironclad friend.",
            "2024-05-08",
            "SUPPORT",
            "CHN",
            "SRB",
            "asserted",
        ),
        (
            "Blinken met Wang Yi in Beijing on Monday.",
            "2023-06-19",
            "CONSULT",
            "USA",
            "CHN",
            "asserted",
        ),
        (
            "Ten Russian diplomats were expelled by Poland.",
            "2022-03-23",
            "SANCTION",
            "POL",
            "RUS",
            "asserted",
        ),
        (
            "The Kremlin said Russia would retaliate against the sanctions.",
            "2021-04-15",
            "THREATEN",
            "RUS",
            "",
            "future",
        ),
        (
            "Russia denied that it attacked the convoy.",
            "2022-09-20",
            "REJECT",
            "RUS",
            "",
            "asserted",
        ),
    ],
)
def test_main_event(
    sentence: str, when: str, plover: str, actor1: str, actor2: str, modality: str
) -> None:
    event = main(sentence, date.fromisoformat(when))
    assert (event.plover_event, event.actor1_country, event.actor2_country, event.modality) == (
        plover,
        actor1,
        actor2,
        modality,
    )


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Russia's Foreign Intelligence Service hacked the network.", "RUSSPY"),
        ("The Russian embassy protested.", "RUSGOV"),
        ("U.S. officials imposed sanctions.", "USAGOV"),
        ("Chinese troops crossed into Ladakh and attacked Indian positions.", "CHNMIL"),
        ("The Pentagon deployed 3,000 troops to Poland.", "USAMIL"),
        ("NATO put forces on high alert.", "IGOWSTNAT"),
        ("Guterres called for a ceasefire.", "IGOUNO"),
        ("Von der Leyen announced sanctions on Russia.", "IGOEUREEC"),
        ("Kremlin spokesman Dmitry Peskov threatened retaliation.", "RUSGOV"),
    ],
)
def test_actor1_code(sentence: str, code: str) -> None:
    assert main(sentence, date(2022, 3, 1)).actor1_code == code


@pytest.mark.parametrize(
    ("name", "when", "code"),
    [
        ("Biden", "2021-06-01", "USAGOV"),
        ("Trump", "2019-06-01", "USAGOV"),
        ("Trump", "2023-06-01", "USAELI"),
        ("Trump", "2025-06-01", "USAGOV"),
        ("Putin", "2010-06-01", "RUSGOV"),
        ("Johnson", "2020-06-01", "GBRGOV"),
        ("Stoltenberg", "2020-06-01", "IGOWSTNAT"),
        ("Rutte", "2025-06-01", "IGOWSTNAT"),
        ("Rutte", "2020-06-01", "NLDGOV"),
        ("Lavrov", "2022-06-01", "RUSGOV"),
        ("Modi", "2022-06-01", "INDGOV"),
        ("Mandela", "1997-10-23", "ZAFGOV"),
        ("Kabila", "1998-06-01", "CODGOV"),  # Laurent-Desire, the father
        ("Kabila", "2010-06-01", "CODGOV"),
    ],
)
def test_leaders_resolve_for_the_date_of_the_story(name: str, when: str, code: str) -> None:
    event = main(f"{name} condemned the attack.", date.fromisoformat(when))
    assert event.actor1_code == code


def test_two_acts_in_one_sentence_are_two_events() -> None:
    events = code_sentence(
        "The United States blacklisted six companies and expelled 10 Russian diplomats.", when=D2021
    )
    assert [(e.plover_event, e.plover_mode) for e in events] == [
        ("SANCTION", ""),
        ("SANCTION", "expel"),
    ]
    assert all(e.actor1_country == "USA" for e in events)


def test_text_without_full_stops_is_coded_in_pieces_with_true_offsets() -> None:
    text = "Russia attacked Ukraine, which said " * 400 + "Poland expelled two Russian diplomats."
    events = code_sentence(text, when=D2021)
    assert len(events) > 400
    assert all(text[e.event_start : e.event_end] == e.event_text for e in events)
    assert events[-1].plover_event == "SANCTION"


def test_people_protesting_against_something_demonstrate() -> None:
    [event] = [
        e
        for e in code_sentence("Students protested against the new fees.", when=D2021)
        if e.event_text.startswith("protested")
    ]
    assert event.plover_event == "PROTEST"


def test_allowing_its_own_police_is_no_concession() -> None:
    events = code_sentence(
        "Parliament passed a law allowing police to use facial recognition.", when=D2021
    )
    assert "CONCEDE" not in {e.plover_event for e in events}


def test_leaving_is_a_withdrawal_only_for_armed_forces() -> None:
    assert code_sentence("The president left Paris for Berlin on Tuesday.", when=D2021) == []


def test_a_sentence_without_a_political_act_has_no_event() -> None:
    assert code_sentence("The weather in Paris was mild on Tuesday.", when=D2021) == []
    assert code_sentence("Protesters flew into a rage.", when=D2021) == []
    assert code_sentence("", when=D2021) == []


def test_a_plain_statement_is_an_event_only_with_both_actors() -> None:
    assert code_sentence("The minister said the economy was recovering.", when=D2021) == []
    told = code_sentence("Biden told Putin about the plan.", when=D2021)
    assert [e.cameo_code for e in told] == ["010"]
    # a refusal to say, by no one named, is no political act
    assert code_sentence("He wouldn't say whether the bid would go ahead.", when=D2021) == []
    assert main("Iran would not say whether it will attend the talks.").actor1_code == "IRN"


def test_confidence_scale_leaves_room_and_ranks_explicit_actors_higher() -> None:
    both = main("Russia attacked Ukraine.")
    one = main("Russia attacked.")
    assert 0 < one.confidence < both.confidence <= 0.9


def test_armed_groups_capturing_people_abduct_them() -> None:
    taken = main("Hezbollah guerrillas captured two Israeli soldiers in a raid.")
    assert (taken.plover_event, taken.cameo_code, taken.actor2_country) == ("ASSAULT", "181", "ISR")
    # a state's forces capturing fighters arrest them
    assert main("Israeli troops captured two Hamas militants near Jenin.").plover_event == "COERCE"


def test_force_vowed_or_pledged_is_a_threat() -> None:
    vowed = main("Hamas vowed on Monday to execute an Israeli hostage.")
    assert (vowed.plover_event, vowed.actor1_country) == ("THREATEN", "PSE")
    assert main("The rebels vowed to attack government positions.").plover_event == "THREATEN"


def test_an_act_a_party_is_kept_from_is_negated() -> None:
    events = code_sentence(
        "They signed an agreement that bars either side from attacking the other's nuclear sites.",
        when=D2021,
    )
    attack = next(e for e in events if e.event_text == "attacking")
    assert attack.modality == "negated"


def test_missiles_fired_at_a_place_are_an_attack_and_are_not_its_target() -> None:
    aimed = main("Houthi rebels fired a ballistic missile toward Riyadh's airport on Saturday.")
    assert (aimed.plover_event, aimed.actor2_country) == ("ASSAULT", "SAU")
    shown = main("North Korea fired two missiles on Tuesday.")
    assert (shown.plover_event, shown.actor2_code) == ("MOBILIZE", "")
    assert main("North Korea fired a ballistic missile into the sea.").plover_event == "MOBILIZE"


def test_a_building_named_before_an_attack_is_its_target() -> None:
    when = date(1998, 8, 21)
    killed = code_sentence("The embassy bombings killed 224 people.", when=when)
    assert [(e.actor1_code, e.actor2_code) for e in killed] == [("", "GOV"), ("", "CVL")]
    bombing = code_sentence("The U.S. embassy bombing in Kenya killed 213 people.", when=when)[0]
    assert (bombing.event_text, bombing.actor1_code, bombing.actor2_code) == (
        "bombing",
        "",
        "USAGOV",
    )
    # Nor do the forces of the state whose embassy was bombed lend it their attack.
    retaliating = code_sentence(
        "Days after the embassy bombings, U.S. forces launched missile strikes on camps.",
        when=when,
    )
    assert ("bombings", "") in [(e.event_text, e.actor1_code) for e in retaliating]
    assert main("Russian forces attacked the presidential palace.").actor1_code == "RUSMIL"


def test_a_city_named_before_an_attack_is_where_it_happened() -> None:
    for sentence in (
        "The Nairobi bombing killed 213 people.",
        "The Kabul airport attack killed 13 U.S. troops.",
    ):
        assert [e.actor1_code for e in code_sentence(sentence, when=date(2021, 9, 1))] == ["", ""]
    owned = code_sentence("Moscow's attack on Kyiv killed 12.", when=date(2023, 5, 1))
    assert owned[0].actor1_code == "RUSGOV"  # a possessive names the author


def test_a_country_named_before_a_war_or_sanctions_is_their_place_or_target() -> None:
    when = date(2023, 5, 1)
    sanctions = main("The Russia sanctions hurt European exporters.", when)
    assert (sanctions.actor1_code, sanctions.actor2_code) == ("", "RUS")
    assert [
        e.actor1_code for e in code_sentence("The Kenya attack killed 67 people.", when=when)
    ] == [
        "",
        "",
    ]
    # An abbreviation, or an attack "on" someone, still names the author.
    assert main("The U.S. strikes killed 30 militants.", when).actor1_code == "USA"
    assert main("An Iran attack on Israel is feared.", when).actor1_code == "IRN"


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("France condemned the attack on the embassy.", "attack"),
        ("China denounced the airstrikes.", "airstrikes"),
        ("The EU welcomed the ceasefire.", "ceasefire"),
        ("Iran rejected the sanctions.", "sanctions"),
        ("Police investigated the bombing.", "bombing"),
    ],
)
def test_an_act_judged_by_the_subject_is_not_the_subjects(sentence: str, act: str) -> None:
    judged = next(e for e in code_sentence(sentence, when=date(2023, 5, 1)) if e.event_text == act)
    assert judged.actor1_code == ""


def test_an_act_naming_something_else_is_nobodys_act() -> None:
    when = date(1998, 8, 20)
    tribute = code_sentence("Albright paid tribute to bombing victims.", when=when)
    assert [(e.event_text, e.actor1_code) for e in tribute][1:] == [("bombing", "")]
    killed = code_sentence("Twelve Americans were killed in the Kenya embassy bombing.", when=when)
    bombing = next(e for e in killed if e.event_text == "bombing")
    assert (bombing.actor1_code, bombing.actor2_code) == ("", "KENGOV")  # not the victims'


def test_an_act_named_after_a_passive_is_not_the_patients() -> None:
    when = date(2025, 3, 19)
    detained = code_sentence(
        "The mayor was detained by police as part of a corruption investigation.", when=when
    )
    assert [(e.event_text, e.actor1_code) for e in detained] == [
        ("detained", "COP"),
        ("investigation", ""),
    ]
    # A frame still hands its act to the one it speaks of.
    sent = code_sentence(
        "Rwanda was accused by Congo of sending troops across the border.", when=when
    )
    assert (sent[1].event_text, sent[1].actor1_code) == ("sending troops", "RWA")


def test_an_attack_judged_is_a_noun_whatever_its_form() -> None:
    events = code_sentence(
        "The UN chief condemned the Hamas attacks but urged restraint.", when=date(2023, 10, 9)
    )
    assert [(e.event_text, e.actor1_code) for e in events] == [
        ("condemned", "IGOUNO"),
        ("attacks", "PSEREB"),
        ("urged restraint", "IGOUNO"),  # the chief's, not Hamas's
    ]
    bombs = code_sentence("Clinton condemned terrorist bomb attacks.", when=date(1998, 8, 7))
    assert "USAGOV" not in [e.actor1_code for e in bombs if e.event_text != "condemned"]


@pytest.mark.parametrize(
    "sentence",
    [
        "China sent rescuers to Nepal a day after an earthquake killed more than 2,000 people.",
        "India sent ships to help survivors of Cyclone Nargis, which killed thousands of people.",
        "Floods in Pakistan killed 1,700 people.",
    ],
)
def test_a_disaster_is_no_party_and_its_toll_no_attack(sentence: str) -> None:
    events = code_sentence(sentence, when=date(2015, 4, 26))
    assert "ASSAULT" not in [e.plover_event for e in events]


def test_force_named_before_the_verb_is_still_an_attack() -> None:
    assert main("Israeli tank fire killed at least 20 people.").actor1_code == "ISR"
    assert main("A fire set by militants destroyed the church.").plover_event == "ASSAULT"


def test_a_war_named_by_its_place_is_not_the_subjects() -> None:
    when = date(2023, 5, 1)
    talks = code_sentence("Erdogan discussed the war in Ukraine with Putin.", when=when)
    war = next(e for e in talks if e.event_text == "war")
    assert (war.actor1_code, war.actor2_code) == ("", "UKR")
    ended = code_sentence(
        "The planes left, ending America's 20-year war in Afghanistan.", when=when
    )
    assert next(e for e in ended if e.event_text == "war").actor1_code == "USA"


def test_an_act_judged_keeps_the_author_its_modifier_names() -> None:
    events = code_sentence("Iran condemned the U.S. strikes on Iraq.", when=date(2023, 5, 1))
    strikes = next(e for e in events if e.event_text == "strikes")
    assert (strikes.actor1_code, strikes.actor2_code) == ("USA", "IRQ")
    launched = main("Russia launched an attack on Kyiv.")
    assert launched.actor1_code == "RUS"


def test_a_seat_of_power_ending_another_name_is_not_that_seat() -> None:
    party = main(
        "Nigeria's main opposition All Progressives Congress denounced the postponement.",
        date(2019, 2, 17),
    )
    assert (party.actor1_code, party.actor1_country) == ("NGAOPP", "NGA")
    assert main("The U.S. Congress approved new sanctions on Iran.").actor1_code == "USALEG"


def test_blocs_named_by_one_word_have_no_country() -> None:
    asked = main(
        "Arab foreign ministers meeting in Doha called on Assad to step down, "
        "Qatar's prime minister said."
    )
    assert (asked.plover_event, asked.actor1_code, asked.actor1_country) == (
        "REQUEST", "IGOARB", "",
    )  # fmt: skip
    # a bloc's people reporting an act are no international body's finding
    seized = main("Western diplomats in Kabul said the Taliban had detained two journalists.")
    assert (seized.plover_event, seized.actor1_country) == ("COERCE", "AFG")


def test_killed_in_a_clash_with_a_party_is_that_party_s_act() -> None:
    clash = main("Twenty Indian soldiers were killed in a clash with Chinese troops.")
    assert (clash.plover_event, clash.actor1_country, clash.actor2_country) == (
        "ASSAULT", "CHN", "IND",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "plover", "actor1", "actor2"),
    [
        ("Russia resumed gas deliveries through Ukraine on Tuesday.", "COOPERATE", "RUS", "UKR"),
        ("Sharon said Israel would remove Jewish settlements from Gaza.", "CONCEDE", "ISR", "PSE"),
        ("Theresa May and Jean-Claude Juncker had a working dinner in Brussels.", "CONSULT",
         "GBR", ""),
        ("U.S. Navy helicopters ferried food and water to survivors in Indonesia.", "AID", "USA",
         "IDN"),
        ("The United States declared the Houthis a terrorist organization.", "SANCTION", "USA",
         "YEM"),
        ("Japan's prime minister expressed his heartfelt apology for Japan's colonial rule and "
         "aggression.", "SUPPORT", "JPN", "JPN"),
        ("Chinese and Russian warships held naval exercises on Thursday.", "COOPERATE", "CHN",
         "RUS"),
        ("Mexico extradited Ovidio Guzman, a son of jailed drug lord Joaquin Guzman, to the "
         "United States.", "COOPERATE", "MEX", ""),
        ("Kyiv's children's hospital was hit in a barrage of Russian missiles on Monday.",
         "ASSAULT", "RUS", "UKR"),
        ("Armed men abducted 317 schoolgirls in Nigeria's Zamfara state, police said.", "ASSAULT",
         "NGA", "NGA"),
        ("Egyptian plainclothes security officers raided the offices of a news website.",
         "COERCE", "EGY", ""),
        ("Saudi Arabia gave Canada's ambassador 24 hours to leave the kingdom.", "SANCTION",
         "SAU", "CAN"),
        ("The Justice Department sued Google for illegally abusing its dominance in search.",
         "ACCUSE", "USA", ""),
        ("Hackers working for North Korea stole $1.5 billion in digital tokens, the FBI said.",
         "COERCE", "PRK", ""),
        ("Brazil's president was welcomed by Chinese President Xi Jinping at the Great Hall of "
         "the People.", "CONSULT", "BRA", "CHN"),
        ("Norway has offered to facilitate peace talks between Colombia and the ELN rebels.",
         "AGREE", "NOR", "COL"),
        ("Colombia's FARC rebels turned in their last weapons to United Nations monitors.",
         "RETREAT", "COL", ""),
        ("The United States handed over two surveillance planes to the Philippine military.",
         "AID", "USA", "PHL"),
        ("India and Bangladesh resumed cross-border passenger train services on Sunday.",
         "COOPERATE", "IND", "BGD"),
        ("Myanmar abolished pre-publication censorship of the media on Monday.", "CONCEDE",
         "MMR", "MMR"),
        ("Zambian President Edgar Lungu accepted defeat on Monday.", "CONCEDE", "ZMB", ""),
        ("British finance minister Kwasi Kwarteng scrapped plans to abolish the top rate of "
         "income tax.", "CONCEDE", "GBR", ""),
        ("Moroccan intelligence provided French investigators with information on the attacks.",
         "COOPERATE", "MAR", "FRA"),
        ("Serbian authorities turned Slobodan Milosevic over to the war crimes tribunal.",
         "COOPERATE", "SRB", ""),
        ("Libya's internationally recognised government requested military support from Turkey.",
         "REQUEST", "LBY", "TUR"),
        ("Thai officials and the Barisan Revolusi Nasional separatist group sat down for peace "
         "talks.", "CONSULT", "THA", "THA"),
        ("Mexico cancelled 70 percent of the $487 million debt owed to it by Cuba.", "AID", "MEX",
         "CUB"),
        ("Indian farmers' unions called off their year-long protest on Thursday.", "CONCEDE",
         "IND", ""),
        ("Macron said France was open to training Ukrainian fighter pilots.", "AGREE", "FRA", ""),
        ("German Chancellor Olaf Scholz flew into Beijing for talks with President Xi Jinping.",
         "CONSULT", "DEU", "CHN"),
    ],
)  # fmt: skip
def test_more_wordings_of_acts(sentence: str, plover: str, actor1: str, actor2: str) -> None:
    event = main(sentence, date(2018, 6, 1))
    assert (event.plover_event, event.actor1_country, event.actor2_country) == (
        plover, actor1, actor2,
    )  # fmt: skip


def test_forced_by_no_one_to_act_later_is_no_coercion() -> None:
    warned = main(
        "Russia will be forced to take 'retaliatory steps' if Finland joins NATO, "
        "the Russian foreign ministry warned."
    )
    assert (warned.plover_event, warned.actor1_country) == ("THREATEN", "RUS")
    fled = main("Thousands of villagers were forced to flee their homes.")
    assert (fled.plover_event, fled.actor1_code) == ("COERCE", "")


def test_a_guest_received_or_greeted_by_a_host_is_visiting() -> None:
    visit = main("Modi was greeted with a hug by Russian President Vladimir Putin in Moscow.")
    assert (visit.plover_event, visit.cameo_code, visit.actor1_country, visit.actor2_country) == (
        "CONSULT", "042", "IND", "RUS",
    )  # fmt: skip
    hosted = main("Putin hosted Erdogan in Sochi.")
    assert (hosted.cameo_code, hosted.actor1_country, hosted.actor2_country) == (
        "043", "RUS", "TUR",
    )  # fmt: skip


def test_a_role_first_names_and_a_known_surname_are_one_party() -> None:
    agreed = main(
        "Russian President Vladimir Putin and his Turkish counterpart Tayyip Erdogan agreed on "
        "Monday to set up a demilitarised zone.",
        date(2018, 9, 17),
    )
    assert (agreed.plover_event, agreed.actor1_country) == ("AGREE", "RUS")
    talks = main("Representatives of Hamas and Fatah opened talks in Beijing.")
    assert (talks.plover_event, talks.actor1_country) == ("CONSULT", "PSE")


def test_phone_call_mode_and_expel_mode() -> None:
    assert main("Macron spoke by phone with Putin.").plover_mode == "phone"
    assert main("Hackers linked to Moscow hacked the ministry.").plover_mode == "cyber"


@pytest.mark.parametrize(
    ("sentence", "when", "plover", "cameo", "actor1", "actor2"),
    [
        # a reported obligation is the speaker's demand on the party that must act
        (
            "Truss told Lavrov that Russia must pull its troops back.",
            "2022-02-10",
            "REQUEST",
            "100",
            "GBR",
            "RUS",
        ),
        # a hostile act named as a predicate in reported speech is an accusation
        (
            "Seoul said Pyongyang's missile launches were a grave provocation.",
            "2024-01-25",
            "ACCUSE",
            "111",
            "KOR",
            "PRK",
        ),
        # a refusal, not a negated consultation
        (
            "Khamenei said Iran would not negotiate under pressure.",
            "2025-03-12",
            "REJECT",
            "125",
            "IRN",
            "",
        ),
        # force held out as a possibility is a threat
        (
            "Erdogan warned that Turkish missiles could hit Athens.",
            "2022-12-11",
            "THREATEN",
            "130",
            "TUR",
            "",
        ),
        # an order to one's own forces is the act ordered
        (
            "Russia's defence minister ordered troops to withdraw from Kherson.",
            "2022-11-09",
            "RETREAT",
            "0874",
            "RUS",
            "UKR",
        ),
        # a promised withdrawal is a concession (PLOVER)
        (
            "Russia announced it would withdraw its troops from Kherson.",
            "2022-11-09",
            "CONCEDE",
            "080",
            "RUS",
            "",
        ),
        # demonstrators storming or blocking protest; a government protesting complains
        ("Protesters stormed parliament in Nairobi.", "2024-06-25", "PROTEST", "145", "KEN", ""),
        ("China protested the warship's transit.", "2024-06-25", "ACCUSE", "114", "CHN", ""),
        # agreeing to a hostile act is that act
        (
            "EU ministers agreed to expand sanctions against Iran.",
            "2024-04-22",
            "SANCTION",
            "163",
            "",
            "IRN",
        ),
        # an agentless arrest is the local state's
        (
            "More than 400 people were detained across Russia.",
            "2024-02-17",
            "COERCE",
            "173",
            "RUS",
            "",
        ),
        # the main act, not a background one: an "after" clause, a relative "that", a
        # participle describing a noun; a verb after ", but" takes the opening subject
        (
            "The Saudi-led coalition closed all border crossings with Yemen on Monday after "
            "Houthi rebels fired a missile towards Riyadh.",
            "2017-11-06",
            "COERCE",
            "191",
            "SAU",
            "YEM",
        ),
        (
            "A ceasefire between Israel and Hamas took effect on Sunday, halting a war that "
            "has devastated the enclave.",
            "2025-01-19",
            "RETREAT",
            "0871",
            "ISR",
            "",
        ),
        (
            "France demanded the immediate release of two French nationals detained in Iran.",
            "2023-05-01",
            "REQUEST",
            "0253",
            "FRA",
            "",
        ),
        (
            "India abstained in the U.N. vote condemning Russia's invasion, but expressed "
            "support for Ukraine's sovereignty.",
            "2022-03-02",
            "SUPPORT",
            "050",
            "IND",
            "UKR",
        ),
        # PLOVER 2.0 where the CAMEO table differs: a promised concession is CONCEDE, a
        # resignation RETREAT, a declared truce CONCEDE
        (
            "Sri Lanka's president promised to lift the state of emergency within a week.",
            "2022-05-10",
            "CONCEDE",
            "080",
            "LKA",
            "",
        ),
        (
            "Dutch Prime Minister Mark Rutte resigned on Friday.",
            "2023-07-07",
            "RETREAT",
            "0831",
            "NLD",
            "",
        ),  # fmt: skip
        (
            "The Saudi-led coalition declared a truce in Yemen at the start of Ramadan.",
            "2022-04-02",
            "CONCEDE",
            "0871",
            "SAU",
            "YEM",
        ),
        # force a party says another used on its own side, or an international body says a
        # state used, is an accusation ...
        (
            "Beijing said a Philippine vessel deliberately rammed a Chinese coast guard ship.",
            "2024-06-17",
            "ACCUSE",
            "112",
            "CHN",
            "PHL",
        ),
        (
            "Ukraine said Russian forces shelled the city of Kherson.",
            "2023-05-03",
            "ACCUSE",
            "112",
            "UKR",
            "RUS",
        ),  # fmt: skip
        (
            "A U.N. report said Myanmar's military had carried out mass killings of Rohingya.",
            "2018-08-27",
            "ACCUSE",
            "112",
            "",
            "MMR",
        ),  # fmt: skip
        # ... but told first and attributed after, it is reported as fact
        (
            "Ukrainian drones attacked buildings in Moscow, Russian officials said.",
            "2023-05-30",
            "ASSAULT",
            "190",
            "UKR",
            "RUS",
        ),  # fmt: skip
        # the subject stands before an aside set off by commas; a country's body keeps its
        # country across words of its own
        (
            "French President Emmanuel Macron, visiting Kyiv with the leaders of Germany and "
            "Italy, voiced support.",
            "2022-06-16",
            "SUPPORT",
            "050",
            "FRA",
            "",
        ),  # fmt: skip
        (
            "Under pressure from Washington, Israel's security cabinet said it would allow aid "
            "trucks to enter Gaza.",
            "2023-12-15",
            "CONCEDE",
            "080",
            "ISR",
            "",
        ),  # fmt: skip
        # a blocking phrase ("aid worker") wins over an act of its size: a release, not aid
        (
            "Iran released British-Iranian aid worker Nazanin Zaghari-Ratcliffe on Wednesday.",
            "2022-03-16",
            "RETREAT",
            "0841",
            "IRN",
            "",
        ),  # fmt: skip
        # a promise of talks told first and attributed after is an intent, as when said first
        (
            "Greece and Turkey will resume exploratory talks in Istanbul, the ministry said.",
            "2021-01-12",
            "AGREE",
            "036",
            "GRC",
            "TUR",
        ),  # fmt: skip
        # missiles fired at no one are a show of force; fired at a party, an attack
        (
            "North Korea fired two missiles into the sea on Tuesday.",
            "2023-03-14",
            "MOBILIZE",
            "150",
            "PRK",
            "",
        ),  # fmt: skip
        (
            "Houthi rebels fired missiles and drones at American warships in the Red Sea.",
            "2024-01-10",
            "ASSAULT",
            "194",
            "YEM",
            "USA",
        ),  # fmt: skip
        # "of detained Americans": a participle before a people's name qualifies it
        (
            "Qatar offered to mediate over the release of detained Americans.",
            "2023-08-10",
            "AGREE",
            "039",
            "QAT",
            "",
        ),  # fmt: skip
        # "2,000 detained protesters": a participle after a number qualifies the noun
        (
            "Belarus released more than 2,000 detained protesters after a wave of criticism.",
            "2020-08-13",
            "RETREAT",
            "0841",
            "BLR",
            "BLR",
        ),  # fmt: skip
        # a state allowing others is a concession, refusing to allow a rejection; a
        # permission announced in the passive is the announcer's
        (
            "Cuba's government said it would allow the creation of private businesses.",
            "2021-08-07",
            "CONCEDE",
            "080",
            "CUB",
            "",
        ),  # fmt: skip
        (
            "Hungary will not allow shipments of weapons to Ukraine to cross its territory.",
            "2022-02-28",
            "REJECT",
            "124",
            "HUN",
            "UKR",
        ),  # fmt: skip
        (
            "Saudi Arabia announced on Tuesday that women would be allowed to drive.",
            "2017-09-26",
            "CONCEDE",
            "080",
            "SAU",
            "",
        ),  # fmt: skip
        # a capital between a title and a surname is a first name
        (
            "Argentine Foreign Minister Santiago Cafiero called on Britain to resume talks.",
            "2022-06-20",
            "REQUEST",
            "020",
            "ARG",
            "GBR",
        ),  # fmt: skip
        # suspending a broadcaster is censorship; blocking a mission obstructs it
        (
            "Burkina Faso's military government suspended Radio France Internationale.",
            "2022-12-03",
            "COERCE",
            "1721",
            "BFA",
            "",
        ),  # fmt: skip
        (
            "Chinese coast guard vessels blocked a Philippine resupply mission on Saturday.",
            "2023-08-05",
            "COERCE",
            "191",
            "CHN",
            "PHL",
        ),  # fmt: skip
        # blocking the approval of a budget is a veto
        (
            "Hungary and Poland blocked approval of the European Union's budget on Monday.",
            "2020-11-16",
            "REJECT",
            "129",
            "HUN",
            "",
        ),  # fmt: skip
        # farmers protesting against rules demonstrate; a state protesting disapproves
        (
            "Farmers blocked motorways across Belgium, protesting against low prices.",
            "2024-01-30",
            "PROTEST",
            "144",
            "BEL",
            "",
        ),  # fmt: skip
        ("China protested against the visit.", "2024-01-30", "ACCUSE", "110", "CHN", ""),
        # people who gather are of the place they gather in, not of the embassy's country
        (
            "Hundreds of protesters gathered outside the U.S. embassy in Jakarta on Friday.",
            "2017-12-08",
            "PROTEST",
            "141",
            "IDN",
            "USA",
        ),  # fmt: skip
        # forces deployed, with no one named deploying them, are the actors; police
        # deployed raise police power (CAMEO 153)
        (
            "Thousands of police officers were deployed across Nairobi on Tuesday.",
            "2023-07-18",
            "MOBILIZE",
            "153",
            "KEN",
            "",
        ),  # fmt: skip
        # a passive act in someone's attack is theirs
        (
            "Five civilians were killed in an Israeli airstrike on Gaza.",
            "2023-10-20",
            "ASSAULT",
            "190",
            "ISR",
            "PSE",
        ),  # fmt: skip
        # what a speaker says of itself is its own act, not an accusation
        (
            "Israel's military said it was on high alert for an Iranian attack.",
            "2024-04-10",
            "MOBILIZE",
            "152",
            "ISR",
            "",
        ),  # fmt: skip
        # a trip made with relief brings aid
        (
            "Macron flew to Beirut with medical supplies and rescue workers after the explosion.",
            "2020-08-06",
            "AID",
            "073",
            "FRA",
            "LBN",
        ),  # fmt: skip
        # a brigade of doctors sent abroad is relief; a brigade of paratroopers is not
        (
            "Cuba sent a brigade of 52 doctors and nurses to Italy on Sunday.",
            "2020-03-22",
            "AID",
            "073",
            "CUB",
            "ITA",
        ),  # fmt: skip
        (
            "Russia sent a brigade of paratroopers to Belarus.",
            "2022-02-10",
            "MOBILIZE",
            "154",
            "RUS",
            "BLR",
        ),  # fmt: skip
        # a declared decision not to coerce is a concession
        (
            "Sisi said on Monday that he would not extend the nationwide state of emergency.",
            "2021-10-25",
            "CONCEDE",
            "081",
            "EGY",
            "",
        ),  # fmt: skip
        # forces leaving a country withdraw; a president leaving a city does not
        (
            "The last U.S. troops left Afghanistan on Monday, ending America's longest war.",
            "2021-08-31",
            "RETREAT",
            "0874",
            "USA",
            "AFG",
        ),  # fmt: skip
        # relief flown or sent, an ultimatum given, close work with a counterpart
        (
            "India flew hundreds of tonnes of drinking water to the Maldives on Friday.",
            "2014-12-06",
            "AID",
            "073",
            "IND",
            "MDV",
        ),  # fmt: skip
        (
            "The African Union gave the junta two weeks to restore civilian rule.",
            "2023-08-01",
            "THREATEN",
            "139",
            "",
            "",
        ),  # fmt: skip
        (
            "Kenyan police said they were working closely with their Ugandan counterparts.",
            "2019-06-14",
            "COOPERATE",
            "060",
            "KEN",
            "UGA",
        ),  # fmt: skip
        # the parties of "fighting between X and Y" are X and Y, not the clause's subject
        (
            "A truce brokered by the United States collapsed as fighting between Sudan's army "
            "and the paramilitary Rapid Support Forces spread.",
            "2023-06-15",
            "ASSAULT",
            "190",
            "SDN",
            "",
        ),  # fmt: skip
        # a commander's trip is a visit; troops arriving are deployed
        (
            "Pakistan's army chief visited Washington on Tuesday.",
            "2023-05-03",
            "CONSULT",
            "042",
            "PAK",
            "USA",
        ),  # fmt: skip
        (
            "U.S. troops arrived in Poland on Monday.",
            "2023-05-03",
            "MOBILIZE",
            "154",
            "USA",
            "POL",
        ),  # fmt: skip
        # ... as it is when the speaker's side is not the one harmed
        (
            "Police said gunmen killed five people in the village.",
            "2023-05-03",
            "ASSAULT",
            "190",
            "",
            "",
        ),  # fmt: skip
    ],
)
def test_coding_rules(
    sentence: str, when: str, plover: str, cameo: str, actor1: str, actor2: str
) -> None:
    event = main(sentence, date.fromisoformat(when))
    assert (event.plover_event, event.cameo_code, event.actor1_country) == (plover, cameo, actor1)
    assert not actor2 or event.actor2_country == actor2


def test_readme_example() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    sentence = (
        "Under the order, the Treasury Department has blacklisted six Russian technology companies."
    )
    assert sentence.split()[-1] in readme and "('USAGOV', 'SANCTION', '163', 'RUSBUS')" in readme
    event = main(sentence)
    assert (event.actor1_code, event.plover_event, event.cameo_code, event.actor2_code) == (
        "USAGOV",
        "SANCTION",
        "163",
        "RUSBUS",
    )


@pytest.mark.parametrize(
    ("sentence", "plover", "actor1", "actor2", "modality"),
    [
        (
            "If Russia invades, the United States will impose severe sanctions.",
            "THREATEN",
            "USA",
            "",
            "hypothetical",
        ),
        ("Ukraine received F-16 jets from Denmark on Monday.", "AID", "DNK", "UKR", "asserted"),
        (
            "Israel plans to expand its ground offensive in Gaza, officials said.",
            "ASSAULT",
            "ISR",
            "PSE",
            "future",
        ),
        ("Sanctions were imposed on Russia by the EU.", "SANCTION", "", "RUS", "asserted"),
        ("Russian forces, backed by tanks, attacked Bakhmut.", "ASSAULT", "RUS", "UKR", "asserted"),
        ("Hundreds of aid trucks entered Gaza from Egypt.", "AID", "EGY", "PSE", "asserted"),
        # Force a leader says his side will use is a threat; a plan to use it is not.
        (
            "Erdogan said on Monday that Turkey would soon launch a new military operation "
            "against Kurdish militants in Syria.",
            "THREATEN",
            "TUR",
            "SYR",
            "future",
        ),
        # Verbs of aspect are looked through: a withdrawal to come is a concession, one
        # under way a retreat.
        (
            "Russian troops will begin withdrawing from Georgia on Monday, Medvedev said.",
            "CONCEDE",
            "RUS",
            "GEO",
            "future",
        ),
        (
            "China said its troops had begun pulling back from Pangong lake on Wednesday, in a "
            "disengagement agreed with India.",
            "RETREAT",
            "CHN",
            "",
            "asserted",
        ),
        # ", as …" tells the circumstances: "Pashinyan asked Putin …, as fighting …".
        (
            "Pashinyan asked Putin on Saturday to start urgent consultations, as fighting with "
            "Azerbaijani forces edged closer to its borders.",
            "REQUEST",
            "ARM",
            "RUS",
            "asserted",
        ),
        # Groups of states by region are no one country.
        (
            "West African leaders imposed sweeping sanctions on Mali on Sunday.",
            "SANCTION",
            "",
            "MLI",
            "asserted",
        ),
        (
            "European leaders condemned Russia's annexation of Crimea.",
            "ACCUSE",
            "",
            "RUS",
            "asserted",
        ),
        # Asking is not ordering: what is asked for is not the asker's act.
        (
            "Haiti's government appealed on Friday for the urgent deployment of a foreign armed "
            "force to help police restore order.",
            "REQUEST",
            "HTI",
            "",
            "asserted",
        ),
        # A pattern's later words are nouns: "have * call" is no "has called on".
        (
            "Afghan President Hamid Karzai has called on the United States to scale back its "
            "military operations.",
            "REQUEST",
            "AFG",
            "USA",
            "asserted",
        ),
        # A name set off by commas does not break a pattern's gap.
        (
            "Niger's military rulers have ordered the French ambassador, Sylvain Itte, to leave "
            "the country within 48 hours.",
            "SANCTION",
            "NER",
            "FRA",
            "asserted",
        ),
        # Provinces and states name their country (ISO 3166-2).
        (
            "Coca growers blocked the main highway between Cochabamba and Oruro on Monday.",
            "PROTEST",
            "BOL",
            "BOL",
            "asserted",
        ),
        # Weapons sent with troops are deployed, not given.
        (
            "The Thai army sent reinforcements and armoured vehicles to the disputed area near "
            "Preah Vihear.",
            "MOBILIZE",
            "THA",
            "KHM",
            "asserted",
        ),
        # Peacekeepers landing are protection (aid); a truck bomb rammed is an attack.
        ("Australian-led peacekeepers landed in Dili on Monday.", "AID", "AUS", "", "asserted"),
        (
            "Tamil Tiger rebels rammed a truck packed with explosives into the Central Bank in "
            "Colombo.",
            "ASSAULT",
            "LKA",
            "LKA",
            "asserted",
        ),
        (
            "The last Ethiopian soldiers rolled out of Mogadishu on Thursday.",
            "RETREAT",
            "ETH",
            "SOM",
            "asserted",
        ),
        # Removing roadblocks eases restrictions; promised, it is a concession.
        (
            "Israel's defence minister has promised to remove 50 roadblocks in the West Bank.",
            "CONCEDE",
            "ISR",
            "PSE",
            "future",
        ),
        # A plural after a number is a noun: "the September 11 attacks" are no act told.
        (
            "Pakistani intelligence officials handed over the suspected mastermind of the "
            "September 11 attacks to American custody.",
            "COOPERATE",
            "PAK",
            "USA",
            "asserted",
        ),
        # Less common wordings of common acts.
        (
            "Norway offered to act as a facilitator between the government and the rebels.",
            "AGREE",
            "NOR",
            "",
            "future",
        ),
        (
            "Beijing slapped anti-dumping duties of up to 218 percent on Australian wine.",
            "SANCTION",
            "CHN",
            "AUS",
            "asserted",
        ),
        (
            "Kenya's government switched off three private television stations on Tuesday.",
            "COERCE",
            "KEN",
            "",
            "asserted",
        ),
        (
            "Havana dispatched hundreds of additional doctors and nurses to Haiti.",
            "AID",
            "CUB",
            "HTI",
            "asserted",
        ),
        (
            "Militiamen armed with machetes hacked to death at least 30 villagers in Ituri.",
            "ASSAULT",
            "COD",
            "COD",
            "asserted",
        ),
        (
            "Museveni shrugged off US threats to cut aid over the new law.",
            "REJECT",
            "UGA",
            "USA",
            "asserted",
        ),
        (
            "Palestinian prisoners in Israeli jails refused food on Tuesday.",
            "PROTEST",
            "PSE",
            "",
            "asserted",
        ),
        (
            "Turkey rushed tanks, artillery and thousands of troops to its border with Iraq.",
            "MOBILIZE",
            "TUR",
            "IRQ",
            "asserted",
        ),
        # A state suspending something of its own restricts its people.
        (
            "Afghanistan's Taliban administration suspended university education for women.",
            "COERCE",
            "AFG",
            "AFG",
            "asserted",
        ),
        ("Russia suspended the grain deal.", "SANCTION", "RUS", "", "asserted"),
        # Forces and weapons sent to one's own border are deployed, not given.
        (
            "Thailand sent additional troops and armoured vehicles to its border with Cambodia.",
            "MOBILIZE",
            "THA",
            "KHM",
            "asserted",
        ),
        (
            "Japan said it would tighten restrictions on exports to South Korea.",
            "SANCTION",
            "JPN",
            "KOR",
            "future",
        ),
        (
            "Indonesian police shared forensic evidence with Australian investigators.",
            "COOPERATE",
            "IDN",
            "AUS",
            "asserted",
        ),
        (
            "Thailand forcibly deported about 100 Uighur Muslims to China on Thursday.",
            "COERCE",
            "THA",
            "CHN",
            "asserted",
        ),
        (
            "Hundreds of opposition supporters staged a sit-in outside the electoral commission "
            "in Kinshasa, demanding the release of the results.",
            "PROTEST",
            "COD",
            "COD",
            "asserted",
        ),
    ],
)
def test_structure_rules(
    sentence: str, plover: str, actor1: str, actor2: str, modality: str
) -> None:
    event = main(sentence, date(2023, 6, 1))
    assert (event.plover_event, event.actor1_country, event.actor2_country, event.modality) == (
        plover,
        actor1,
        actor2,
        modality,
    )


@pytest.mark.parametrize(
    "text",
    [
        "...",
        "“”",
        "'s",
        "U.S.",
        "Russia",
        "sanctioned",
        "The the the the the the the the the the the the",
        "Iran, Iraq; Syria: Yemen — Oman – Qatar (Bahrain) [UAE] {Kuwait}",
        "ПУТИН заявил. 中国 反对. ¿Qué? Ça va!",
        "not not not n't never no would could will shall if unless",
    ],
)
def test_odd_input_does_not_crash(text: str) -> None:
    for event in code_sentence(text, when=D2021):
        assert text[event.event_start : event.event_end] == event.event_text


def test_long_input_stays_fast() -> None:
    text = EXAMPLE_TEXT * 5  # about 40,000 characters as one "sentence"
    start = time.perf_counter()
    events = code_sentence(text, when=D2021)
    assert time.perf_counter() - start < 5  # linear work: well under a second here
    assert events
    assert all(text[e.event_start : e.event_end] == e.event_text for e in events)


@pytest.mark.parametrize(
    ("sentence", "when", "plover", "actor1"),
    [
        # "will be met with" is a response received, not a meeting.
        (
            "North Korea will be met with fire and fury if it continues to threaten the "
            "United States, President Donald Trump warned on Tuesday.",
            "2017-08-08",
            "THREATEN",
            "USA",
        ),
        # Arms control is no arms delivery; a combat brigade leaving is no assault.
        (
            "Russia's parliament ratified the New START arms reduction treaty with the "
            "United States on Wednesday.",
            "2011-01-26",
            "SUPPORT",
            "RUS",
        ),
        # "with no fuel allowed" is part of the siege, not a concession.
        (
            "Defence Minister Yoav Gallant said he had ordered a complete siege of Gaza, with "
            "no electricity, food or fuel allowed into the enclave.",
            "2023-10-09",
            "COERCE",
            "ISR",
        ),
        (
            "North Korea test-launched a ballistic missile on Tuesday.",
            "2022-10-04",
            "MOBILIZE",
            "PRK",
        ),
        # Mass protests that a ruler bows to are demonstrations, whoever the sentence names.
        (
            "Farmers in India held mass protests on Tuesday against the new laws.",
            "2020-12-08",
            "PROTEST",
            "IND",
        ),
    ],
)
def test_news_phrasings(sentence: str, when: str, plover: str, actor1: str) -> None:
    event = main(sentence, date.fromisoformat(when))
    assert (event.plover_event, event.actor1_country) == (plover, actor1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Iranian authorities imposed an internet shutdown on Sunday as protests over fuel "
        "prices spread to dozens of cities.",
        "Mubarak said he would not run again, a major concession after a week of mass street "
        "protests.",
    ],
)
def test_protests_near_a_state_are_not_its_complaint(sentence: str) -> None:
    # "protests" after "as" or a modifier is a noun: a demonstration, not the state's protest.
    assert all(e.plover_event != "ACCUSE" for e in code_sentence(sentence, when=D2021))


@pytest.mark.parametrize(
    ("sentence", "plover", "actor1"),
    [
        # A passive with no agent, attributed to a state's organ, is that state's act ...
        (
            "Joaquin Guzman was extradited to the United States on Thursday, Mexico's foreign "
            "ministry said.",
            "COOPERATE",
            "MEX",
        ),
        ("Fifty prisoners were released on Friday, the Myanmar government said.", "RETREAT", "MMR"),
        # ... but never force, and never by a body that is not a state's.
        (
            "Three soldiers were killed in a bombing, the Afghan defence ministry said.",
            "ASSAULT",
            "",
        ),
        ("Two activists were detained overnight, Amnesty International said.", "COERCE", ""),
    ],
)
def test_unnamed_agent_of_a_reported_passive(sentence: str, plover: str, actor1: str) -> None:
    event = main(sentence, date(2017, 1, 20))
    assert (event.plover_event, event.actor1_country) == (plover, actor1)


@pytest.mark.parametrize(
    ("sentence", "plover"),
    [
        # An -ing verb describing the subject ranks below the act the sentence tells.
        (
            "The Saudi-led coalition fighting in Yemen said on Wednesday it would observe a "
            "two-week ceasefire.",
            "CONCEDE",
        ),
        # ... but a resolution's -ing verb is what the resolution does.
        ("The IAEA board passed a resolution censuring Iran.", "ACCUSE"),
        # "Jan." ends no clause: the condition still holds the cut-off.
        (
            "Gazprom will cut off gas supplies to Ukraine on Jan. 1 unless Kiev accepts a price "
            "increase, its chief executive warned on Thursday.",
            "THREATEN",
        ),
        # Doctors and nurses arriving to help bring aid; they do not visit.
        ("A brigade of 52 Cuban doctors and nurses arrived in Milan on Sunday.", "AID"),
    ],
)
def test_main_act_among_several(sentence: str, plover: str) -> None:
    assert main(sentence, date(2020, 3, 23)).plover_event == plover


@pytest.mark.parametrize(
    ("sentence", "plover", "actor1"),
    [
        # "Farmers opposed to the reforms" describes the farmers; what they did is the act.
        (
            "Farmers opposed to the reforms blocked highways across India on Tuesday.",
            "PROTEST",
            "IND",
        ),
        # Coordinated subjects, a person's name after the first: the first is actor1.
        (
            "IMF Managing Director Christine Lagarde and Greek Prime Minister Alexis Tsipras held "
            "talks in Brussels on Wednesday.",
            "CONSULT",
            "",
        ),
    ],
)
def test_subject_of_the_act(sentence: str, plover: str, actor1: str) -> None:
    event = main(sentence, date(2015, 6, 24))
    assert (event.plover_event, event.actor1_country) == (plover, actor1)


def test_what_an_act_follows_is_background() -> None:
    sentence = (
        "The expulsion of 23 Russian diplomats, announced by Prime Minister Theresa May on "
        "Wednesday, is Britain's largest in decades and follows the nerve agent attack on a "
        "former spy."
    )
    assert main(sentence, date(2018, 3, 14)).plover_event == "SANCTION"


def test_what_a_speaker_adds_after_a_comma_is_background() -> None:
    sentence = (
        "Ukrainian President Volodymyr Zelensky renewed his call on Sunday for direct "
        "negotiations with Vladimir Putin, saying only a face-to-face meeting could end the war."
    )
    assert main(sentence, date(2022, 3, 20)).plover_event == "REQUEST"


@pytest.mark.parametrize(
    ("sentence", "plover", "actor1"),
    [
        # A modifier after a count is no verb governing an object.
        (
            "Thousands of angry Chinese protesters besieged the Japanese embassy in Beijing.",
            "PROTEST",
            "CHN",
        ),
        # "Supporters of Bolsonaro" are not Bolsonaro.
        (
            "Supporters of former Brazilian President Jair Bolsonaro stormed Congress on Sunday.",
            "PROTEST",
            "BRA",
        ),
    ],
)
def test_subject_after_a_count(sentence: str, plover: str, actor1: str) -> None:
    event = main(sentence, date(2023, 1, 9))
    assert (event.plover_event, event.actor1_country) == (plover, actor1)


def test_acts_named_in_a_participle_clause_are_background() -> None:
    sentence = (
        "Nepal's King Gyanendra announced that he would reinstate parliament, bowing to three "
        "weeks of mass pro-democracy protests and a general strike."
    )
    assert main(sentence, date(2006, 4, 25)).plover_event == "CONCEDE"


@pytest.mark.parametrize(
    ("sentence", "actor1"),
    [
        # A bare "Congo" in the news is the Democratic Republic of the Congo.
        ("Congo's government ruled out direct talks with M23 rebels.", "COD"),
        ("The Republic of Congo's president met French officials.", "COG"),
        ("Kataib Hezbollah threatened to attack U.S. forces in Iraq.", "IRQ"),
    ],
)
def test_country_of_named_actors(sentence: str, actor1: str) -> None:
    assert main(sentence, date(2023, 2, 1)).actor1_country == actor1


@pytest.mark.parametrize(
    ("sentence", "actor1", "actor2"),
    [
        # States of the past count as their successors, as ISO 3166-1 has them no more.
        ("The Soviet Union withdrew its troops from Afghanistan.", "RUS", "AFG"),
        ("Zaire expelled Belgian diplomats.", "COD", "BEL"),
        ("Yugoslav troops attacked Albanian villages.", "SRB", "ALB"),
        # A region named after a continent is no state.
        ("Latin American leaders condemned the coup in Bolivia.", "", "BOL"),
        (
            "Michael Swavely, president of Compaq's North America division, criticized the plan.",
            "",
            "",
        ),  # fmt: skip
        # What a state once held is another state.
        ("Moldova, a former Soviet republic, accused Romania of meddling.", "MDA", "ROU"),
        (
            "Greece and Macedonia signed an accord to rename the former Yugoslav republic.",
            "GRC",
            "MKD",
        ),  # fmt: skip
    ],
)
def test_states_of_the_past_and_regions(sentence: str, actor1: str, actor2: str) -> None:
    event = main(sentence, date(1990, 6, 1))
    assert (event.actor1_country, event.actor2_country) == (actor1, actor2)


@pytest.mark.parametrize(
    ("sentence", "plover"),
    [
        ("The government suspended the fuel tax increase after weeks of protests.", "CONCEDE"),
        ("France handed over 26 royal treasures looted from Dahomey to Benin.", "RETREAT"),
        ("Some 30 PKK fighters burned their weapons at a ceremony in northern Iraq.", "RETREAT"),
        ("Nicaragua formally left the Organization of American States on Sunday.", "SANCTION"),
        ("FBI agents searched the former president's estate in Florida on Monday.", "COERCE"),
        (
            "Pakistan's central bank said it had received a $3 billion deposit from Saudi Arabia.",
            "AID",
        ),
        ("The United States paused $700 million in economic assistance to Sudan.", "SANCTION"),
        # What an act answers ("in response to", "in the face of") is background.
        (
            "Britain expelled 23 Russian diplomats in response to the nerve agent attack.",
            "SANCTION",
        ),
    ],
)
def test_acts_news_names_in_many_ways(sentence: str, plover: str) -> None:
    assert main(sentence, date(2022, 8, 9)).plover_event == plover


@pytest.mark.parametrize(
    ("sentence", "plover", "actor1"),
    [
        ("Germany has delivered 18 Leopard 2 battle tanks to Ukraine.", "AID", "DEU"),
        # "U.S.-backed" is an adjective, not an act of support.
        (
            "Mazloum Abdi, commander of the U.S.-backed Syrian Democratic Forces, and Syria's "
            "interim President Ahmed al-Sharaa signed an agreement on Monday.",
            "SUPPORT",
            "SYR",
        ),
        # A shipment arriving is aid, wherever its subject starts.
        (
            "A shipment of Starlink satellite internet terminals from SpaceX arrived in Ukraine.",
            "AID",
            "",
        ),
    ],
)
def test_compounds_and_shipments(sentence: str, plover: str, actor1: str) -> None:
    event = main(sentence, date(2023, 3, 27))
    assert (event.plover_event, event.actor1_country) == (plover, actor1)


@pytest.mark.parametrize(
    ("sentence", "plover"),
    [
        # A refusal to resign is a rejection, not the resignation's own PLOVER type.
        (
            "Sri Lanka's government said President Gotabaya Rajapaksa would not resign under "
            "any circumstances.",
            "REJECT",
        ),
        # Opening negotiations, said to come: an agreement to negotiate.
        (
            "Colombia's government and the National Liberation Army said they would open "
            "formal peace negotiations in Ecuador.",
            "AGREE",
        ),
    ],
)
def test_recoded_and_announced_acts(sentence: str, plover: str) -> None:
    assert main(sentence, date(2022, 10, 5)).plover_event == plover


@pytest.mark.parametrize(
    ("sentence", "actor1"),
    [
        # The subject stands before an apposition set off by commas ...
        (
            "Hungarian Prime Minister Viktor Orban, one of Donald Trump's closest allies in "
            "Europe, congratulated the Republican early on Wednesday.",
            "HUN",
        ),
        # ... but a list of names is no apposition.
        ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar.", "SAU"),
    ],
)
def test_subject_before_an_apposition(sentence: str, actor1: str) -> None:
    assert main(sentence, date(2024, 11, 6)).actor1_country == actor1


def test_what_happens_every_time_is_background() -> None:
    sentence = (
        "The armed wing of Hamas threatened on Monday to execute a hostage every time Israel "
        "bombed civilian homes in Gaza without warning."
    )
    assert main(sentence, date(2023, 10, 9)).plover_event == "THREATEN"


@pytest.mark.parametrize(
    ("sentence", "plover"),
    [
        # An act named as the object of another act is not the act told.
        (
            "Germany officially recognised the colonial-era massacres of the Herero and Nama "
            "peoples as genocide.",
            "SUPPORT",
        ),
        ("The ministry condemned the bombing of the embassy.", "ACCUSE"),
    ],
)
def test_act_named_as_an_object(sentence: str, plover: str) -> None:
    assert main(sentence, date(2021, 5, 28)).plover_event == plover


def test_plural_after_a_preposition_reads_as_a_noun() -> None:
    sentence = (
        "The prime minister announced a six-month suspension of planned fuel tax increases "
        "in the face of weeks of 'yellow vest' protests."
    )
    assert main(sentence, date(2018, 12, 4)).plover_event == "CONCEDE"


@pytest.mark.parametrize(
    ("sentence", "plover", "actor1"),
    [
        # A state freezing its own opposition's accounts coerces; abroad it sanctions.
        (
            "India's tax authorities froze bank accounts of the main opposition Congress party.",
            "COERCE",
            "IND",
        ),
        ("The United States froze the assets of Russian banks.", "SANCTION", "USA"),
        # A national union is its country's labour.
        (
            "The Nigeria Labour Congress called on the government to reverse a rise in petrol "
            "prices.",
            "REQUEST",
            "NGA",
        ),
    ],
)
def test_domestic_measures_and_unions(sentence: str, plover: str, actor1: str) -> None:
    event = main(sentence, date(2024, 3, 22))
    assert (event.plover_event, event.actor1_country) == (plover, actor1)


def test_a_place_after_an_adjective_is_no_subject() -> None:
    sentence = (
        "A Russian missile strike on a shopping centre in the central Ukrainian city of "
        "Kremenchuk killed at least 18 people, the regional governor said."
    )
    assert main(sentence, date(2022, 6, 28)).actor1_country == "RUS"


@pytest.mark.parametrize(
    ("sentence", "when", "actor1"),
    [
        ("President Lenin Moreno announced he would revoke the decree.", "2019-10-14", "ECU"),
        ("Prime Minister Adel Abdul Mahdi said he would resign.", "2019-11-29", "IRQ"),
        ("Mahathir Mohamad met Chinese officials in Beijing.", "2018-08-20", "MYS"),
    ],
)
def test_more_leaders_by_date(sentence: str, when: str, actor1: str) -> None:
    assert main(sentence, date.fromisoformat(when)).actor1_country == actor1


@pytest.mark.parametrize(
    ("sentence", "plover", "actor1"),
    [
        ("The first US-made Abrams tanks have arrived in Ukraine.", "AID", "USA"),
        ("The African National Congress expelled former President Jacob Zuma.", "SANCTION", "ZAF"),
    ],
)
def test_made_by_and_named_parties(sentence: str, plover: str, actor1: str) -> None:
    event = main(sentence, date(2023, 9, 25))
    assert (event.plover_event, event.actor1_country) == (plover, actor1)


@pytest.mark.parametrize(
    ("sentence", "plover"),
    [
        (
            "Lawyers boycotted court proceedings to protest against the arrest of colleagues.",
            "PROTEST",
        ),
        (
            "President Abdelaziz Bouteflika announced he would not seek a fifth term, ceding to "
            "weeks of mass street protests.",
            "CONCEDE",
        ),
        (
            "President William Ruto said he would not sign the Finance Bill, conceding to demands "
            "of youth-led protesters.",
            "CONCEDE",
        ),
        (
            "Authorities suspended mobile phone and internet services across the Kashmir valley.",
            "COERCE",
        ),
        ("Russia began delivering natural gas to China through the pipeline.", "COOPERATE"),
        (
            "The Election Commission directed the state government to remove the police chief.",
            "REQUEST",
        ),
        (
            "Lula voiced Brazil's support for Argentina's claim over the Falkland Islands.",
            "SUPPORT",
        ),
        ("Mali said it was pulling out of the G5 Sahel regional grouping.", "SANCTION"),
        ("Russia warns of retaliation.", "THREATEN"),
    ],
)
def test_regional_news_phrasings(sentence: str, plover: str) -> None:
    assert main(sentence, date(2024, 6, 27)).plover_event == plover


@pytest.mark.parametrize(
    ("sentence", "plover", "actor1"),
    [
        (
            "Congress president Rahul Gandhi accused Prime Minister Narendra Modi of graft.",
            "ACCUSE",
            "IND",
        ),
        # What protesters demand after a comma is background to their protest.
        (
            "Thousands of Sudanese protesters continued a sit-in outside the army headquarters, "
            "demanding that President Omar al-Bashir step down.",
            "PROTEST",
            "SDN",
        ),
        # Seeking a loan is a request for aid, not aid.
        (
            "Sri Lanka has formally sought a one billion dollar credit line from New Delhi.",
            "REQUEST",
            "LKA",
        ),
    ],
)
def test_demands_and_requests(sentence: str, plover: str, actor1: str) -> None:
    event = main(sentence, date(2019, 4, 9))
    assert (event.plover_event, event.actor1_country) == (plover, actor1)


def test_participle_before_a_person_after_meet_is_an_adjective() -> None:
    events = code_sentence(
        "The envoy was not allowed to meet detained leader Aung San Suu Kyi.", when=D2021
    )
    assert all(e.plover_event != "COERCE" for e in events)


def test_letting_aid_convoys_in_is_aid_access() -> None:
    sentence = (
        "Syrian authorities allowed convoys of UN and Red Cross aid trucks into the besieged "
        "town of Madaya on Monday."
    )
    assert main(sentence, date(2016, 1, 11)).plover_event == "RETREAT"


@pytest.mark.parametrize(
    ("sentence", "plover", "actor1"),
    [
        # "five detained U.S. citizens" are people freed, not an arrest.
        ("Iran freed five detained U.S. citizens on Monday in a prisoner swap.", "RETREAT", "IRN"),
        # Troops flying out of a country withdraw.
        (
            "The last U.S. troops flew out of Kabul airport shortly before midnight.",
            "RETREAT",
            "USA",
        ),
    ],
)
def test_freed_and_withdrawn(sentence: str, plover: str, actor1: str) -> None:
    event = main(sentence, date(2021, 8, 31))
    assert (event.plover_event, event.actor1_country) == (plover, actor1)


@pytest.mark.parametrize(
    ("sentence", "plover"),
    [
        (
            "Sudan's army-led government said it would not take part in U.S.-sponsored talks.",
            "REJECT",
        ),
        (
            "Sudanese protesters launched a nationwide civil disobedience campaign on Sunday.",
            "PROTEST",
        ),
        ("Azerbaijan set up a checkpoint at the entrance to the Lachin corridor.", "COERCE"),
        ("Qatar delivered $15 million in cash to the Gaza Strip on Friday.", "AID"),
    ],
)
def test_wars_and_disputes_phrasings(sentence: str, plover: str) -> None:
    assert main(sentence, date(2023, 4, 23)).plover_event == plover


def test_coder_tables_are_out_of_the_garbage_collectors_sight():
    import gc

    from timeline.coding.gazetteer import gazetteer
    from timeline.coding.lexicon import lexicon

    code_sentence("Russia expelled ten diplomats.", when=date(2021, 4, 15))
    tables = (lexicon(), lexicon().by_lemma, gazetteer())
    # Frozen objects are in no generation a collection walks.
    assert not any(any(o is table for table in tables) for o in gc.get_objects())


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # A subordinate clause with its own subject that names no actor: its act's agent is
        # unknown, not the main clause's subject or the victims.
        ("Four U.S. soldiers died when a roadside bomb exploded near their vehicle.", "exploded"),
        (
            "Four U.S. soldiers were killed when a roadside bomb exploded near their vehicle, "
            "the U.S. military said.",
            "killed",
        ),
        (
            "Pakistan test-fired a ballistic missile on Saturday, amid soaring tensions with "
            "India after a deadly attack on tourists in Kashmir.",
            "attack",
        ),
    ],
)
def test_background_act_with_an_uncoded_subject_has_no_source(sentence: str, trigger: str) -> None:
    event = next(e for e in code_sentence(sentence, when=D2021) if e.event_text == trigger)
    assert event.actor1_code == ""


def test_an_act_in_a_subordinate_clause_keeps_its_named_subject() -> None:
    events = code_sentence(
        "Two Israeli soldiers were wounded when Hezbollah fighters fired rockets at their post.",
        when=D2021,
    )
    assert {e.actor1_code for e in events} == {"LBNREB"}


@pytest.mark.parametrize(
    ("sentence", "plover", "actor1"),
    [
        ("Ukraine's military went on the offensive in several sectors.", "ASSAULT", "UKR"),
        ("France and Germany launched a joint project to build a battle tank.", "COOPERATE", "FRA"),
        ("Serbia ignored the concerns of its neighbours and held the vote.", "REJECT", "SRB"),
    ],
)
def test_phrases_for_acts(sentence: str, plover: str, actor1: str) -> None:
    event = main(sentence, D2021)
    assert (event.plover_event, event.actor1_country) == (plover, actor1)


@pytest.mark.parametrize(
    "sentence",
    [
        "The former president died of a heart attack on Sunday.",
        "Iran unveiled a new attack drone.",
        "He launched a charm offensive in Washington.",
        "The company fought off a hostile takeover bid.",
        "Elian has become the subject of an international custody battle.",
        "The two companies are locked in a legal battle over the patent.",
        "An all-out bidding war for the carmaker seems unlikely.",
    ],
)
def test_words_of_force_in_compounds_of_other_things_are_no_attack(sentence: str) -> None:
    assert all(e.plover_event != "ASSAULT" for e in code_sentence(sentence, when=D2021))


@pytest.mark.parametrize(
    "sentence",
    [
        "The year-ago results included a $415 million charge for bad real estate loans.",
        "Mutual fund groups haven't lost control of much of the outgoing money.",
        "Cereal volume growth in the U.S. has not met our expectations.",
        "The airline attributed the increase to higher passenger traffic.",
        "He was named chief investment officer.",
        "KKR plans to pay down $5 billion of a $6 billion bridge loan by February.",
        "Mr. Price conceded it had tried to do too much on its own.",
        "Malaysians should seize the chance to transform the economy.",
        "The year-ago results have been restated to comply with government regulations.",
        "Shareholders will receive one right for each 105 common shares owned.",
        "The figures include costs related to a blast furnace outage.",
        "The company benefited from continued strong demand and higher selling prices.",
        "Dow Jones said it extended its tender offer for Telerate.",
        "Crane officials didn't return phone calls seeking comment.",
        "Joann S. Lublin in London contributed to this article.",
        "The unit continues to face margin pressures.",
        "Kellogg is based in Battle Creek, a city that calls itself the breakfast capital.",
        "The new company, to be called Courtaulds Textiles, could start next year.",
        "Many new members are joining the so called Christian Identity Movement.",
        "The Iraqis also possess chemical weapons.",
        "As of Sept. 30, the bank had assets of $511 million and deposits of $469 million.",
        "The accession is the clearest demonstration of the alliance's reach.",
    ],
)
def test_business_wording_is_no_political_act(sentence: str) -> None:
    assert code_sentence(sentence, when=D2021) == []


@pytest.mark.parametrize(
    ("sentence", "plover"),
    [
        ("Prosecutors charged him with murder.", "ACCUSE"),
        ("The IMF approved a $3 billion loan to Pakistan.", "AID"),
        ("The government met the protesters' demands.", "CONCEDE"),
        ("Officials attributed the attack to Hamas.", "ACCUSE"),
        ("The candidate conceded the election on Friday.", "CONCEDE"),
        ("Putin received the Iranian foreign minister in the Kremlin.", "CONSULT"),
        ("Protesters renewed their demand for the release of political prisoners.", "REQUEST"),
        ("Iran rejected the U.S. offer of talks.", "REJECT"),
        ("Biden called Putin on Tuesday.", "CONSULT"),
        ("Syria used chemical weapons against civilians in Ghouta.", "ASSAULT"),
        ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", "AID"),
    ],
)
def test_the_same_words_as_political_acts(sentence: str, plover: str) -> None:
    assert main(sentence, D2021).plover_event == plover


@pytest.mark.parametrize(
    "sentence",
    [
        "But revenue declined to $3 billion from $3.2 billion.",
        "Revenue declined 8% to $85.7 million.",
        "Ralston Purina reported a 47% decline in fourth-quarter earnings.",
    ],
)
def test_a_decline_in_figures_is_no_refusal(sentence: str) -> None:
    assert code_sentence(sentence, when=D2021) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran declined to attend the talks in Vienna.",
        "India declined U.S. President Donald Trump's offer to mediate on Kashmir.",
    ],
)
def test_declining_to_act_or_an_offer_is_a_refusal(sentence: str) -> None:
    assert main(sentence, date(2019, 7, 23)).plover_event == "REJECT"


def test_by_after_the_noun_of_a_verb_phrase_names_that_nouns_author() -> None:
    event = main("Ethiopia's government has rejected an offer by Kenya to mediate.", D2021)
    assert (event.actor1_country, event.actor2_country) == ("ETH", "KEN")


def test_a_phrasal_participle_before_by_is_passive() -> None:
    event = next(
        e
        for e in code_sentence(
            "The World Food Programme airdropped food to tens of thousands of people cut off "
            "by fighting in Jonglei state.",
            when=D2021,
        )
        if e.event_text == "cut off"
    )
    assert (event.actor1_code, event.actor2_country) == ("", "SSD")


@pytest.mark.parametrize(
    "sentence",
    [
        "Coal output fell partly because of a miners' strike.",
        "A strike by thousands of teachers closed schools.",
        "Morales bowed to transport strikes across the country.",
    ],
)
def test_a_strike_by_workers_is_a_protest_not_an_attack(sentence: str) -> None:
    events = code_sentence(sentence, when=D2021)
    assert any(e.plover_event == "PROTEST" and "strike" in e.event_text for e in events)
    assert all(e.plover_event != "ASSAULT" for e in events)


@pytest.mark.parametrize(
    ("sentence", "plover", "actor1"),
    [
        # A verb-object pattern told in the passive: the object stands before "be" and the
        # participle; a state organ that reports it is its agent.
        (
            "Assad said on Saturday that the country's emergency law would be lifted within a "
            "week.",
            "CONCEDE",
            "SYR",
        ),
        (
            "The state of emergency in Bahrain will be lifted on June 1, King Hamad said.",
            "CONCEDE",
            "BHR",
        ),
        ("Sanctions on Iran were lifted in January.", "RETREAT", ""),
    ],
)
def test_acts_told_in_the_passive(sentence: str, plover: str, actor1: str) -> None:
    event = main(sentence, date(2011, 4, 16))
    assert (event.plover_event, event.actor1_country) == (plover, actor1)


def test_the_object_of_a_passive_act_is_no_act_of_its_own() -> None:
    events = code_sentence("Sanctions on Iran were lifted in January.", when=D2021)
    assert [e.event_text for e in events] == ["lifted"]


def test_a_party_coordinated_inside_a_prepositional_phrase_is_no_subject() -> None:
    event = main(
        "Negotiators from Israel and Hamas resumed indirect talks in Cairo on Monday.", D2021
    )
    assert event.actor1_country == "ISR"


def test_killing_by_civilians_stays_force_not_a_riot() -> None:
    assert main("Palestinians killed two Israeli settlers near Nablus.", D2021).plover_event == (
        "ASSAULT"
    )
    assert main("Protesters stormed the parliament building.", D2021).plover_event == "PROTEST"


@pytest.mark.parametrize(
    ("sentence", "plover"),
    [
        ("The lifting of sanctions on Iran was announced on Saturday.", "RETREAT"),
        ("Mexico sent drug lord Guzman to the United States on Thursday.", "COOPERATE"),
    ],
)
def test_nominal_concessions_and_custody_transfers(sentence: str, plover: str) -> None:
    assert main(sentence, D2021).plover_event == plover


@pytest.mark.parametrize(
    ("sentence", "actor2"),
    [
        (
            "The first U.S.-made Abrams tanks have been delivered to Ukraine, the Pentagon said.",
            "UKR",
        ),
        ("Guzman was extradited to the United States, Mexico's foreign ministry said.", "USA"),
    ],
)
def test_what_is_sent_in_the_passive_goes_to_its_recipient(sentence: str, actor2: str) -> None:
    assert main(sentence, date(2023, 9, 25)).actor2_country == actor2


@pytest.mark.parametrize(
    "sentence",
    [
        # The act named in the object ("Iraq's invasion") lends no subject to the verb
        # coordinated with the first.
        "Iran condemned Iraq's invasion of Kuwait and criticized the United States.",
        # Nor does the end of a relative clause break the coordination.
        "The move seemed aimed at heading off trouble with Iran, which had condemned Iraq's "
        "invasion of Kuwait on Aug. 2 but also criticized the multinational force.",
    ],
)
def test_a_coordinated_verb_shares_the_subject_of_a_verb(sentence: str) -> None:
    (criticized,) = [
        e for e in code_sentence(sentence, when=date(1990, 8, 15)) if e.event_text == "criticized"
    ]
    assert (criticized.plover_event, criticized.actor1_country) == ("ACCUSE", "IRN")


def test_who_stands_for_a_person_not_the_place_after_one() -> None:
    events = code_sentence(
        "A U.S. Embassy official in Nairobi, who declined to be named, condemned the attack.",
        when=date(1998, 8, 7),
    )
    # Asking not to be named is no refusal, and the official is American.
    assert [(e.plover_event, e.actor1_country) for e in events if e.confidence > 0.3] == [
        ("ACCUSE", "USA")
    ]


def test_participles_after_an_unnamed_subject_share_it() -> None:
    # The people killed are neither the bombers nor the wounders.
    events = code_sentence(
        "A bomb exploded in a market in Kabul, killing 12 people and injuring 30 others.",
        when=date(2010, 5, 1),
    )
    assert [e.actor1_code for e in events] == ["", "", ""]


@pytest.mark.parametrize(
    ("sentence", "actor1"),
    [
        ("A rocket fired from Gaza hit a house in Sderot on Monday.", "PSE"),
        ("Rockets launched from Lebanon struck northern Israel.", "LBN"),
    ],
)
def test_a_projectile_is_fired_by_where_it_came_from(sentence: str, actor1: str) -> None:
    assert main(sentence, date(2014, 7, 1)).actor1_country == actor1


@pytest.mark.parametrize(
    ("sentence", "plover", "actor1"),
    [
        (
            "Pakistan's army chief Asim Munir had a closed-door lunch with Donald Trump.",
            "CONSULT",
            "PAK",
        ),  # fmt: skip
        ("Germany declared 40 Russian diplomats 'undesirable' on Monday.", "SANCTION", "DEU"),
        ("Russia declared the foundation an undesirable organisation.", "COERCE", "RUS"),
        ("Pakistan's government called in the army to secure the capital.", "MOBILIZE", "PAK"),
        (
            "Thousands of students blocked a major intersection in central Belgrade.",
            "PROTEST",
            "SRB",
        ),  # fmt: skip
        ("Militants from the Pakistani Taliban attacked a police post.", "ASSAULT", "PAK"),
        (
            "The National Liberation Army (ELN) agreed to hold peace talks in Caracas.",
            "AGREE",
            "COL",
        ),  # fmt: skip
    ],
)
def test_wire_wordings(sentence: str, plover: str, actor1: str) -> None:
    event = main(sentence, date(2025, 6, 18))
    assert (event.plover_event, event.actor1_country) == (plover, actor1)


@pytest.mark.parametrize(
    ("sentence", "plover", "actor1"),
    [
        # Forces offered to help or keep the peace are an offer, not a deployment.
        (
            "Kenya has offered to deploy 1,000 police officers to help restore order in Haiti.",
            "AGREE",
            "KEN",
        ),  # fmt: skip
        ("Russia is ready to deploy troops to the border.", "MOBILIZE", "RUS"),
        # Whoever fired a projectile, or assaulted a town, did what it did.
        ("A rocket fired by Hamas hit a house in Sderot on Monday.", "ASSAULT", "PSE"),
        (
            "Three soldiers were killed in an attack by Boko Haram fighters in Borno state.",
            "ASSAULT",
            "NGA",
        ),  # fmt: skip
    ],
)
def test_offers_of_forces_and_whose_fire(sentence: str, plover: str, actor1: str) -> None:
    event = main(sentence, date(2023, 7, 30))
    assert (event.plover_event, event.actor1_country) == (plover, actor1)


@pytest.mark.parametrize(
    ("sentence", "plover", "actor1"),
    [
        (
            "A missile fired by Yemen's Houthis landed in an open area in central Israel.",
            "ASSAULT",
            "YEM",
        ),  # fmt: skip
        ("Modi landed in Moscow on Monday.", "CONSULT", "IND"),
        (
            "Dozens of civilians were killed in a three-day assault by Islamist insurgents on "
            "the Mozambican town of Palma.",
            "ASSAULT",
            "MOZ",
        ),  # fmt: skip
    ],
)
def test_what_lands_and_who_assaults(sentence: str, plover: str, actor1: str) -> None:
    event = main(sentence, date(2024, 9, 15))
    assert (event.plover_event, event.actor1_country) == (plover, actor1)


def test_an_attack_is_by_whom_it_is_blamed_on() -> None:
    sentence = (
        "A car bomb exploded at a police academy in Bogota on Thursday, killing at least 20 "
        "people in an attack the government later blamed on ELN rebels."
    )
    event = main(sentence, date(2019, 1, 17))
    assert (event.plover_event, event.actor1_code) == ("ASSAULT", "COLREB")


def test_a_comment_summing_up_the_act_ranks_below_it() -> None:
    sentence = (
        "Azerbaijani police confirmed on Friday the detention of seven journalists on "
        "suspicion of smuggling, charges the outlet said were fabricated."
    )
    assert main(sentence, date(2024, 12, 6)).plover_event == "COERCE"


def test_a_short_form_in_parentheses_is_part_of_the_name() -> None:
    sentence = (
        "CARACAS, Dec 12 (Reuters) - Colombia's government and the National Liberation Army "
        "(ELN) rebels agreed on Monday to hold a second round of peace talks in Mexico."
    )
    event = main(sentence, date(2022, 12, 12))
    assert (event.plover_event, event.actor1_country) == ("AGREE", "COL")


def test_a_negotiating_panel_is_no_negotiation() -> None:
    sentence = (
        "Thailand's government is ready to resume formal peace talks with the insurgents, "
        "the head of the Thai negotiating panel said on Wednesday."
    )
    assert main(sentence, date(2024, 2, 7)).plover_event == "AGREE"
