"""The plain-clause reader: who did what to whom, where the words on either side of the verb say."""

from __future__ import annotations

from factcards.text.clauses import Clause, clauses


def _read(text: str) -> dict[str, Clause]:
    return {c.verb.text: c for c in clauses(text)}


def test_a_passive_gives_its_doer_after_by_and_what_it_was_done_to_before() -> None:
    rescued = _read("A six-year-old girl was rescued by a lifeguard after being swept out to sea.")["rescued"]
    assert rescued.passive
    assert rescued.doer is not None and rescued.doer.text == "a lifeguard"
    assert rescued.done_to is not None and rescued.done_to.text == "A six-year-old girl"


def test_an_active_verb_gives_its_subject_and_object_and_a_doer_told_before_but() -> None:
    found = _read("The drug cut the risk of a heart attack by a quarter but raised the risk of bleeding.")
    assert found["cut"].doer is not None and found["cut"].doer.key == {"drug"}
    assert found["cut"].done_to is not None and found["cut"].done_to.text == "the risk of a heart attack"
    assert found["raised"].doer is None  # the drug, told before "but"
    assert found["raised"].done_to is not None and "bleeding" in found["raised"].done_to.key


def test_an_aside_a_possessor_and_a_figure_are_read_as_such() -> None:
    jailed = _read("Ben Cole, 19, was jailed, while his passenger was cleared.")
    assert jailed["jailed"].done_to is not None and jailed["jailed"].done_to.text == "Ben Cole"
    assert jailed["cleared"].done_to is not None and jailed["cleared"].done_to.key == {"passenger"}
    owned = _read("Ben Cole's passenger was jailed.")["jailed"]
    assert owned.done_to is not None and owned.done_to.key == {"passenger"}  # whose it is, not who
    stole = _read("Thieves stole £50,000 of copper cable from a railway line.")["stole"]
    assert stole.done_to is not None and stole.done_to.specific and {"copper", "cable"} <= stole.done_to.key
    assert [(link, p.text) for link, p in stole.places] == [("from", "a railway line")]


def test_descriptions_pronouns_and_deeds_are_no_parties() -> None:
    skeleton = _read("Archaeologists believe the skeleton, found under a car park, may be a bishop's.")["found"]
    assert skeleton.doer is None and skeleton.done_to is None  # an aside, though it says where
    assert [link for link, _ in skeleton.places] == ["under"]
    assert _read("Drivers stranded on the A72 were rescued.")["stranded"].doer is None
    assert _read("An investigation found she had bullied staff.")["bullied"].doer is None  # "she"
    assert _read("Mr Hale denied using party funds.")["denied"].done_to is None  # a deed, not a party
    assert _read("Ostra cut its copper output forecast.")["output"].doer is None  # "Ostra cut its copper" is no one


def test_a_relative_clause_is_read_past_and_for_the_one_it_describes() -> None:
    found = _read("A clerk who took £9,000 from the till was jailed; the two men who paid him were given fines.")
    assert found["took"].doer is not None and found["took"].doer.text == "A clerk"
    assert found["jailed"].done_to is not None and found["jailed"].done_to.text == "A clerk"  # not "the till"
    assert found["paid"].doer is not None and found["paid"].doer.text == "the two men"
    fled = _read("Police said that the man fled.")["fled"]
    assert fled.doer is not None and fled.doer.text == "the man"  # "that" after a verb opens no relative clause


def test_a_verb_after_a_comma_in_its_ing_form_is_done_by_the_clause_before() -> None:
    found = _read("The storm hit the coast on Monday, leaving 9,000 homes without power.")
    assert found["leaving"].doer is not None and found["leaving"].doer.key == {"storm"}
    assert found["leaving"].done_to is not None and found["leaving"].done_to.text == "9,000 homes"


def test_who_got_something_is_read_after_to_for_a_verb_of_giving_only() -> None:
    gave = _read("The hospice gave £2m to the man.")["gave"]
    assert [(link, p.text) for link, p in gave.places] == [("to", "the man")]
    went = _read("The man drove his van to the hospice.")["drove"]
    assert [link for link, _ in went.places] == []  # a place gone to, not one who got anything


def test_an_object_relative_has_a_doer_and_nothing_done_to_after_it() -> None:
    found = _read("The mayor has vetoed a plan to rename the square, which councillors approved last month.")
    approved = found["approved"]
    assert approved.relative and approved.doer is not None and approved.doer.text == "councillors"
    assert approved.done_to is None  # "last month" is when, and what was approved stands before "which"
    assert not found["vetoed"].relative


def test_a_deed_under_way_and_one_run_into_have_their_doers() -> None:
    investigating = _read("The trust is investigating complaints from parents.")["investigating"]
    assert investigating.doer is not None and investigating.doer.key == {"trust"}
    assert investigating.done_to is not None and investigating.done_to.text == "complaints"
    assert ("from", "parents") in {(link, p.text) for link, p in investigating.places}
    crashed = _read("A stolen van crashed into a bus shelter.")["crashed"]
    assert crashed.doer is not None and crashed.doer.text == "A stolen van"
    assert _read("He was angry.") == {}  # a state, no deed


def test_a_deed_done_to_no_one_names_whom_it_was_towards_after_to() -> None:
    apologised = _read("Residents apologised to the council's leader for the delay.")["apologised"]
    assert apologised.doer is not None and apologised.doer.text == "Residents"  # the sentence's only verb is its deed
    assert [(link, p.key) for link, p in apologised.places] == [("to", {"leader"})]
    assert [link for link, _ in _read("The deal was expected to close in May.")["expected"].places] == []


def test_a_subject_or_a_place_may_open_on_a_noun_in_ing_and_a_word_after_a_noun_describes_it() -> None:
    rejected = _read("Planning inspectors have rejected an appeal by Oakfield Homes.")["rejected"]
    assert rejected.doer is not None and rejected.doer.text == "Planning inspectors"
    assert ("by", "Oakfield Homes") in {(link, p.text) for link, p in rejected.places}  # whose the appeal was
    pulled = _read("Rescuers pulled a woman alive from the rubble.")["pulled"]
    assert pulled.done_to is not None and pulled.done_to.text == "a woman"  # "alive" is how she was found
    stabbed = _read("Tom Rivers was stabbed outside a takeaway.")["stabbed"]
    assert [(link, p.text) for link, p in stabbed.places] == [("outside", "a takeaway")]  # a word the dictionary lacks
    posed = _read("The man posed as a gas engineer.")["posed"]
    assert [(link, p.text) for link, p in posed.places] == [("as", "a gas engineer")]


def test_a_participle_set_off_by_a_comma_is_a_deed_done_where_its_places_say() -> None:
    stolen = _read("Two paintings, stolen from a gallery in Harwick in 1994, have been found in a house in Belgium.")
    assert stolen["stolen"].passive and stolen["stolen"].doer is None
    assert ("from", "a gallery") in {(link, p.text) for link, p in stolen["stolen"].places}
    assert ("in", "a house") in {(link, p.text) for link, p in stolen["found"].places}


def test_a_name_set_off_after_who_they_are_is_the_subject_too() -> None:
    apologised = _read("The head teacher, Ruth Cole, apologised to parents for the mix-up.")["apologised"]
    assert apologised.doer is not None and apologised.doer.text == "The head teacher"  # as written
    assert {"head", "teacher", "ruth", "cole"} <= apologised.doer.key  # either may be compared


def test_the_deed_after_a_verb_and_to_is_done_by_that_verb_s_doer() -> None:
    buy = _read("The trust agreed to buy the mill from its owner.")["buy"]
    assert buy.doer is not None and buy.doer.text == "The trust"  # who agreed is who would buy
    assert buy.done_to is not None and buy.done_to.text == "the mill"
    assert [(link, p.text) for link, p in buy.places] == [("from", "its owner")]
    assert "close" not in _read("Plans to close the mill were dropped.")  # no doer before "to": no deed read


def test_how_a_deed_was_done_is_no_part_of_whom_it_was_done_to() -> None:
    interview = _read("The station will instead interview the other candidates separately.")["interview"]
    assert interview.doer is not None and interview.doer.text == "The station"  # past "will instead"
    assert interview.done_to is not None and interview.done_to.text == "the other candidates"


def test_an_adverb_in_ly_between_the_auxiliary_and_the_verb_keeps_the_clause() -> None:
    closed = _read("The Marlow clinic has temporarily closed its maternity unit.")["closed"]
    assert closed.doer is not None and closed.doer.text == "The Marlow clinic"
    assert closed.done_to is not None and closed.done_to.text == "its maternity unit"
    scored = _read("Dana Voss quickly scored twice.")["scored"]
    assert scored.doer is not None and scored.doer.text == "Dana Voss"


def test_a_doer_set_off_by_an_age_and_a_doer_told_as_he_keep_the_clause() -> None:
    punched = _read("Ola Brennan, 41, punched a bus driver after refusing to pay.")["punched"]
    assert punched.doer is not None and punched.doer.text == "Ola Brennan"
    assert punched.done_to is not None and punched.done_to.text == "a bus driver"
    stabbed = _read("A jury convicted Ivo Marsh after he stabbed a neighbour.")["stabbed"]
    assert stabbed.doer is None  # "he": whoever it is, not named here
    assert stabbed.done_to is not None and stabbed.done_to.text == "a neighbour"


def test_a_thing_described_by_a_participle_and_by_is_done_by_the_one_after_by() -> None:
    signed = _read("The council closed the pool, despite a petition signed by 3,000 swimmers.")["signed"]
    assert signed.described and signed.passive
    assert signed.doer is not None and signed.doer.text == "3,000 swimmers"
    assert signed.done_to is not None and signed.done_to.text == "petition"
    assert not _read("Road deaths fell by 6% last year.")["fell"].described  # by how much, not by whom


def test_a_passive_after_who_is_done_to_the_one_who_stands_for() -> None:
    conned = _read("A widow from Kell who was conned by a man posing as a builder has warned others.")["conned"]
    assert conned.passive and conned.done_to is not None and conned.done_to.text == "A widow from Kell"


def test_doers_the_dictionary_lacks_a_subject_before_had_to_and_a_describing_opener() -> None:
    sea = _read("The paddleboarders rescued three kayakers.")["rescued"]
    assert sea.doer is not None and sea.doer.text == "The paddleboarders"
    assert sea.done_to is not None and sea.done_to.text == "three kayakers"
    hill = _read("Two climbers had to be rescued from Kell Fell.")["rescued"]
    assert hill.passive and hill.done_to is not None and hill.done_to.text == "Two climbers"
    strike = _read("Striking nurses have rejected a pay offer.")["rejected"]
    assert strike.doer is not None and strike.doer.text == "Striking nurses"
    assert _read("Raising taxes hurts growth.")["hurts"].doer is None  # ("raising" is a deed, no describing word)
    vet = _read("Two dogs bit a vet.")["bit"]  # (the dictionary knows "vet" only as a verb)
    assert vet.done_to is not None and vet.done_to.text == "a vet"


def test_a_clause_opened_by_when_is_a_deed_with_its_doer_not_a_description() -> None:
    fell = _read("A boy who rang 999 when his grandfather fell at home has been praised.")["fell"]
    assert fell.doer is not None and fell.doer.text == "his grandfather"
    # (without the opener, a participle before a place and a later verb describes: "drivers stranded on the A72")
    assert _read("Drivers stranded on the A72 were rescued.")["stranded"].doer is None


def test_a_subject_read_past_a_relative_clause_that_ends_on_its_own_verb() -> None:
    sold = _read("A man who took up painting after his wife died has sold his first work.")["sold"]
    assert sold.doer is not None and sold.doer.text == "A man"
    fought = _read("The oak that campaigners fought to save will be protected.")["fought"]
    assert fought.doer is not None and fought.doer.text == "campaigners"


def test_whom_a_relative_clause_stands_for_inside_another_s_phrase() -> None:
    wanted = _read("It was sold despite protests from parents who wanted it kept.")["wanted"]
    assert wanted.doer is not None and wanted.doer.text == "parents"
    # (a subject with a place in it is the one it opens on)
    chased = _read("A shop worker in Tilby who chased a thief has been praised.")["chased"]
    assert chased.doer is not None and chased.doer.text == "A shop worker in Tilby"


def test_a_light_verb_takes_its_particle_and_the_one_named_beside_a_pronoun() -> None:
    let = _read('The club said the board had "let him and his players down".')["let"]
    assert "let down" in let.forms
    assert let.done_to is not None and let.done_to.text == "his players"


def test_a_deed_after_and_is_done_by_the_doer_of_the_deed_before() -> None:
    charged = _read("Police searched the flat and charged a woman.")["charged"]
    assert charged.doer is not None and charged.doer.text == "Police"
    # (past a comma the deed goes back further: the tribunal's, not the manager's, whose deed stands right before)
    ordered = _read("The tribunal cleared the nurse, finding that the manager misled the panel, and ordered a payout.")
    assert ordered["ordered"].doer is None


def test_it_after_a_word_of_saying_is_the_one_saying() -> None:
    refused = _read("The landlord said it had refused the offer.")["refused"]
    assert refused.doer is not None and refused.doer.text == "The landlord"
    # (another pronoun may be anyone)
    assert _read("Her uncle said she had refused the offer.")["refused"].doer is None


def test_who_after_a_comma_stands_for_the_one_named_before_it() -> None:
    trained = _read("His aunt, who trained him to sail, was at the harbour.")["trained"]
    assert trained.doer is not None and trained.doer.text == "His aunt"


def test_a_relative_verb_that_may_be_a_noun_is_read_past_to_the_one_it_describes() -> None:
    opened = _read("A charity that trains guide dogs has opened a new centre.")["opened"]
    assert opened.doer is not None and opened.doer.text == "A charity"


def test_a_second_word_of_saying_after_and_is_the_sayers() -> None:
    found = _read("The trust said demand had doubled in a year and warned it might have to close.")
    assert found["doubled"].doer is not None and found["doubled"].doer.key == {"demand"}
    assert found["warned"].doer is not None and found["warned"].doer.text == "The trust"


def test_a_participle_with_too_after_the_sentences_verb_describes_and_does_nothing() -> None:
    read = _read("A shelter is caring for 12 kittens found too weak to feed themselves.")
    assert "found" not in read
    # ... but the sentence's own verb, with "too" after it, is a deed
    assert "found" in _read("Inspectors found too many faults in the wiring.")


def test_an_ing_deed_after_after_or_while_is_done_by_the_clauses_subject() -> None:
    hitting = _read("A fishing boat sank off Shetland after hitting rocks.")["hitting"]
    assert hitting.doer is not None and hitting.doer.text == "A fishing boat"
    assert hitting.done_to is not None and hitting.done_to.text == "rocks"
    # (the subject of a passive did it: the one it was done to)
    helping = _read("A man was hurt while helping his neighbour.")["helping"]
    assert helping.doer is not None and helping.doer.text == "A man"
    # ... never one of the sentence before ("After hitting rocks, …" tells its doer after it)
    assert "hitting" not in _read("A boat sank. After hitting rocks, the crew swam ashore.")


def test_a_clause_after_found_or_heard_has_its_own_subject() -> None:
    lost = _read("The ombudsman found the council had lost the application.")["lost"]
    assert lost.doer is not None and lost.doer.text == "the council"
    # ... but what was found so is no doer of it ("the car dumped in a field" was dumped)
    assert _read("Police found the car dumped in a field.")["dumped"].doer is None


def test_a_count_after_of_ends_its_subject() -> None:
    rescued = _read("A family of four rescued a dog from the river.")["rescued"]
    assert rescued.doer is not None and rescued.doer.text == "A family of four"
