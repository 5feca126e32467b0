"""The verifier: every quote located, every claim's numbers, dates, names, negations and
speaker checked against its evidence, and reasons an editor can act on."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from factcards.grounding.checks.context import _evidence_lexicon
from factcards.grounding.checks.quoted import quoted_parts
from factcards.grounding.verify import Verifier, verify_cards
from factcards.models import Article, Card, Evidence, Kind, Match, Status
from factcards.text.claims import atoms
from factcards.text.words import Word, american_spelling

BODY = (
    "PORT ALDEN — The Harbor Bridge will close for six weeks from Monday, March 24, "
    "Mayor Lena Okafor announced on Friday.\n\n"
    "The repairs will cost $4.2 million, the city said. About 18,000 vehicles use the bridge each day.\n\n"
    "“We did not take this decision lightly,” Okafor said.\n\n"
    "Councillor Ava Lindqvist said the city had not consulted shop owners. "
    '"It is the wrong time," she said.'
)
ARTICLE = Article(id="bridge", body=BODY, date="2025-03-14")


def messages(card: Card) -> list[str]:
    return [f.message for f in card.findings]


def context_of(card: Card) -> list[str | None]:
    """The sentences a card cites as context (they support a name or a detail, not the claim)."""
    return [e.text for e in card.evidence if e.context]


def check(claim: str, quote: str | None = None, **fields: object) -> Card:
    evidence = [Evidence(quote=quote)] if quote is not None else []
    card = Card(article="bridge", kind=fields.pop("kind", "event"), claim=claim, evidence=evidence, **fields)
    return verify_cards([card], [ARTICLE])[0]


def test_a_faithful_paraphrase_is_verified_with_exact_offsets() -> None:
    card = check("The bridge closes for six weeks, the mayor announced.", "The Harbor Bridge will close for six weeks")
    assert card.status is Status.verified, card.reasons
    [e] = card.evidence
    assert e.match is Match.exact and BODY[e.start : e.end] == e.text == e.quote
    assert e.paragraph == 1


def test_a_changed_number_is_unsupported_and_says_what_the_evidence_says() -> None:
    card = check("The Harbor Bridge will close for eight weeks.", "The Harbor Bridge will close for six weeks")
    assert card.status is Status.unsupported
    assert messages(card) == ['number "eight" not in evidence (evidence says "six")']


@pytest.mark.parametrize(
    ("claim", "quote"),
    [
        ("The repairs will cost $4.2 million.", "The repairs will cost $4.2 million"),
        ("About 18 thousand vehicles use the bridge daily.", "About 18,000 vehicles use the bridge each day."),
        ("Repairs cost 4.2 million dollars.", "The repairs will cost $4.2 million"),
    ],
)
def test_numbers_match_across_forms(claim: str, quote: str) -> None:
    assert check(claim, quote).status is Status.verified


def test_noon_is_not_midnight_and_a_decimal_is_no_time() -> None:
    body = "The shooting happened shortly after midnight, police said. Yields touched 0.50% on Tuesday."
    article = Article(id="clock", body=body)
    quote, figure = body.split(". ", 1)
    cards = [
        Card(article="clock", kind="event", claim=claim, evidence=[Evidence(quote=evidence)])
        for claim, evidence in (
            ("The shooting happened shortly after 12am, police said.", quote),
            ("The shooting happened shortly after noon, police said.", quote),
            ("Yields touched 0.503% on Tuesday.", figure),
        )
    ]
    after_midnight, at_noon, decimal = verify_cards(cards, [article])
    assert after_midnight.status is Status.verified, after_midnight.reasons
    assert messages(at_noon) == ['claim says "noon" where the evidence says "midnight"']
    assert [f.code for f in decimal.findings] == ["FC301"]


@pytest.mark.parametrize(
    ("claim", "verified"),
    [
        ("The government will spend 2.5 billion pounds on flood defences.", True),
        ("The government will spend £2.5bn on flood defences.", True),
        ("The government will spend $2.5 billion on flood defences.", False),
        ("The government will spend 2.5 billion euros on flood defences.", False),
    ],
)
def test_a_sum_of_money_keeps_its_currency(claim: str, verified: bool) -> None:
    body = "The government will spend £2.5 billion ($3.2 billion) on flood defences, the minister said."
    checked = _verify(body, claim, body)
    assert (checked.status is Status.verified) is verified, checked.reasons
    if not verified:
        assert [f.code for f in checked.findings] == ["FC301"]


def test_an_abbreviated_body_is_the_speaker_the_article_spells_out() -> None:
    body = "The Department of Health and Social Care said waiting lists fell in May."
    assert _verify(body, "The DHSC said waiting lists fell in May.", body).status is Status.verified
    assert "FC401" in {f.code for f in _verify(body, "The NHS said waiting lists fell in May.", body).findings}


@pytest.mark.parametrize(
    ("claim", "verified"),
    [
        ("A man was arrested on Tuesday after a woman was stabbed.", True),
        ("A woman was stabbed outside a nightclub on Saturday night.", True),
        ("A man was arrested on Saturday after a woman was stabbed.", False),  # Saturday is the stabbing's
        ("A woman was stabbed on Tuesday outside a nightclub.", False),
    ],
)
def test_a_date_stays_with_the_deed_the_evidence_dates(claim: str, verified: bool) -> None:
    body = "Police arrested a man on Tuesday after a woman was stabbed outside a nightclub on Saturday night."
    article = Article(id="dated", body=body, date="2025-03-14")
    card = Card(article="dated", kind="event", claim=claim, evidence=[Evidence(quote=body)])
    checked = verify_cards([card], [article])[0]
    assert (checked.status is Status.verified) is verified, checked.reasons
    if not verified:
        assert [f.code for f in checked.findings] == ["FC302"]


def test_ruling_something_out_is_saying_it_will_not_happen() -> None:
    body = '"We will not raise taxes on working people," Chancellor Rachel Reeves told the BBC on Sunday.'
    assert _verify(body, "Rachel Reeves ruled out raising taxes on working people.", body).status is Status.verified
    ruled = "Reeves ruled out raising taxes on working people."
    assert [f.code for f in _verify(ruled, "Reeves said she would raise taxes.", ruled).findings] == ["FC207"]


def test_mostly_is_not_all() -> None:
    body = "The firm will hire 2,000 people, mostly in research and development."
    assert _verify(body, "The firm will hire 2,000 people, mainly in research.", body).status is Status.verified
    assert "FC205" in {
        f.code for f in _verify(body, "The firm will hire 2,000 people, all in research.", body).findings
    }


def test_a_denial_reaches_through_its_clause() -> None:
    body = "The minister denied that the government had been warned about the flooding risk."
    said_not = "The minister said the government had not been warned about the flooding risk."
    assert _verify(body, said_not, body).status is Status.verified
    assert "FC207" in {f.code for f in _verify(body, "The government had been warned about the risk.", body).findings}


def test_what_is_under_way_has_not_concluded() -> None:
    body = "Nobody was hurt in the fire, and an investigation is under way."
    assert _verify(body, "An investigation into the fire is ongoing.", body).status is Status.verified
    assert "FC205" in {f.code for f in _verify(body, "An investigation into the fire has concluded.", body).findings}


def test_what_was_held_did_not_move_and_who_died_was_not_only_hurt() -> None:
    held = "The central bank held interest rates at 2% on Thursday."
    assert _verify(held, "The central bank kept interest rates at 2%.", held).status is Status.verified
    for claim in ("The central bank cut interest rates to 2%.", "The central bank raised interest rates to 2%."):
        assert [f.code for f in _verify(held, claim, held).findings] == ["FC205"], claim
    died = "One man died when a tree fell on his car, police said."
    # (the toll reading says it too: "One man died" ties the one to death)
    assert [f.code for f in _verify(died, "One man was injured when a tree fell on his car.", died).findings] == [
        "FC205",
        "FC301",
    ]


def test_slowing_growth_is_not_boosting_it() -> None:
    body = "The governor warned that US tariffs could slow growth in the eurozone next year."
    assert "FC205" in {
        f.code for f in _verify(body, "The governor warned that US tariffs could boost growth.", body).findings
    }
    assert _verify(body, "The governor warned that US tariffs could weaken growth.", body).status is Status.verified


@pytest.mark.parametrize(
    ("claim", "verified"),
    [
        ("Daniel Hale was convicted of manslaughter.", True),
        ("Daniel Hale was acquitted of murder.", True),  # "cleared him of murder"
        ("Daniel Hale was acquitted of manslaughter.", False),
        ("Daniel Hale pleaded guilty to manslaughter.", False),  # a plea is no verdict
    ],
)
def test_a_verdict_of_each_charge(claim: str, verified: bool) -> None:
    body = "A jury found Daniel Hale guilty of manslaughter but cleared him of murder on Wednesday."
    checked = _verify(body, claim, body)
    assert (checked.status is Status.verified) is verified, checked.reasons


def test_one_still_to_be_sentenced_has_not_been_jailed() -> None:
    body = "A jury found Daniel Hale guilty of manslaughter; he will be sentenced on 14 March."
    assert [f.code for f in _verify(body, "Daniel Hale has been jailed for manslaughter.", body).findings] == ["FC209"]
    assert _verify(body, "Daniel Hale will be jailed on 14 March.", body).status is Status.verified


def test_a_signing_goes_from_the_seller_to_the_buyer() -> None:
    body = "Harlow United have signed striker Tomas Ekberg from Kestrel City for £18 million."
    assert _verify(body, "Tomas Ekberg moved from Kestrel City to Harlow United.", body).status is Status.verified
    swapped = _verify(body, "Kestrel City signed Tomas Ekberg from Harlow United.", body)
    assert [f.code for f in swapped.findings] == ["FC203"]


def test_dying_at_the_scene_is_not_dying_in_hospital() -> None:
    body = "A third person, an 80-year-old woman, died at the scene, police said."
    assert "FC205" in {f.code for f in _verify(body, "An 80-year-old woman died in hospital.", body).findings}
    both = "Two men were taken to hospital, where one later died; a third died at the scene."
    assert _verify(both, "One man died in hospital.", both).status is Status.verified


def test_a_deal_agreed_is_not_rejected_and_an_exchange_keeps_its_sides() -> None:
    body = "Both sides agreed to a ceasefire under which 33 hostages will be freed in exchange for 1,900 prisoners."
    assert "FC205" in {f.code for f in _verify(body, "Both sides rejected a ceasefire.", body).findings}
    swapped = _verify(body, "Prisoners will be freed in exchange for hostages.", body)
    assert [f.code for f in swapped.findings] == ["FC203"]
    kept = _verify(body, "33 hostages will be released in exchange for 1,900 prisoners.", body)
    assert kept.status is Status.verified, kept.reasons


def test_a_post_of_a_country_keeps_its_title() -> None:
    body = "Both sides agreed to a ceasefire on Wednesday, Qatar's prime minister said."
    assert "FC205" in {f.code for f in _verify(body, "Qatar's foreign minister said both sides agreed.", body).findings}
    assert _verify(body, "Qatar's premier said both sides agreed to a ceasefire.", body).status is Status.verified


def test_cancelled_is_not_delayed_and_fined_is_not_cleared() -> None:
    flights = "More than 1,000 flights were cancelled at Heathrow on Friday after a fire."
    assert "FC205" in {f.code for f in _verify(flights, "More than 1,000 flights were delayed.", flights).findings}
    fined = "Thames Water was fined £104 million by Ofwat for breaching sewage rules."
    assert "FC205" in {
        f.code for f in _verify(fined, "Thames Water was cleared of breaching sewage rules.", fined).findings
    }


def test_a_body_that_said_it_and_the_one_it_said_it_through_both_said_it() -> None:
    body = "The White House said Trump would meet Xi in Seoul to discuss trade, according to press secretary Karoline Leavitt."
    assert _verify(body, "Karoline Leavitt said Trump would meet Xi to discuss trade.", body).status is Status.verified
    assert "FC401" in {
        f.code for f in _verify(body, "The Chinese foreign ministry said Trump would meet Xi.", body).findings
    }
    state = "The Health Ministry said 40 people had died in the floods, according to state media."
    assert _verify(state, "The health ministry said 40 people had died.", state).status is Status.verified
    assert "FC401" in {f.code for f in _verify(state, "The defence ministry said 40 people had died.", state).findings}


def test_a_loss_is_not_the_profit_given_of_another_year() -> None:
    body = "Kestrel Motors reported a net loss of $1.2 billion, compared with a profit of $300 million a year earlier."
    assert "FC301" in {
        f.code for f in _verify(body, "Kestrel Motors reported a net profit of $1.2 billion.", body).findings
    }
    assert _verify(body, "Kestrel Motors made a profit of $300 million a year earlier.", body).status is Status.verified


def test_a_changed_date_is_unsupported() -> None:
    card = check("The closure starts on Tuesday, March 25.", "close for six weeks from Monday, March 24")
    assert card.status is Status.unsupported
    assert any('date "Tuesday' in r or 'date "March 25' in r for r in messages(card))


def test_a_resolved_date_is_supported_by_the_weekday_it_resolves_from() -> None:
    card = check("Okafor made the announcement on March 14, 2025.", "Mayor Lena Okafor announced on Friday")
    assert card.status is Status.verified, card.reasons


def test_a_dropped_negation_is_caught() -> None:
    card = check("The city consulted shop owners.", "the city had not consulted shop owners")
    assert card.status is Status.unsupported
    assert messages(card) == ['claim drops the negation in the evidence ("not")']


def test_an_added_negation_is_caught() -> None:
    card = check("About 18,000 vehicles do not use the bridge.", "About 18,000 vehicles use the bridge each day.")
    assert card.status is Status.unsupported
    assert 'claim says "not" where the evidence has no negation' in messages(card)


def test_a_feed_that_writes_does_n_t_apart_still_negates() -> None:
    body = "' he does n't want to be near me , ' okafor said of the harbor trust ."
    article = Article(id="feed", body=body)
    card = Card(article="feed", kind="statement", claim="Okafor said he doesn't want to be near her.",
                evidence=[Evidence(quote=body)])  # fmt: skip
    assert "FC206" not in {f.code for f in verify_cards([card], [article])[0].findings}
    dropped = card.model_copy(update={"claim": "Okafor said he wants to be near her."})
    assert "FC207" in {f.code for f in verify_cards([dropped], [article])[0].findings}


def test_a_year_inside_a_full_date_and_a_figure_spaced_from_its_unit_are_the_claims_figures() -> None:
    body = "Lena Okafor ( 8 December 1948 -- 18 August 2015 ) built the 5.68 m sea wall at Port Alden ."
    article = Article(id="life", body=body)
    card = Card(article="life", kind="background", claim="Lena Okafor (1948-2015) built the 5.68m sea wall at Port Alden.",
                evidence=[Evidence(quote=body)])  # fmt: skip
    assert verify_cards([card], [article])[0].status is Status.verified
    changed = card.model_copy(update={"claim": "Lena Okafor (1949-2015) built the 5.86m sea wall at Port Alden."})
    assert verify_cards([changed], [article])[0].reasons == [
        'FC301 number-mismatch: number "5.86m" not in evidence (evidence says "5.68")',
        'FC303 date-absent: date "1949" is not in the evidence',
    ]


def test_money_a_tokenised_feed_writes_apart_from_its_scale_is_that_sum() -> None:
    body = "Port Alden will pay £4.2m for the pier , the council said ."
    card = Card(
        article="pier",
        kind="number",
        claim="Port Alden will pay £ 4.2 m for the pier.",
        evidence=[Evidence(quote=body)],
    )
    assert verify_cards([card], [Article(id="pier", body=body)])[0].status is Status.verified
    changed = card.model_copy(update={"claim": "Port Alden will pay £ 4.8 m for the pier."})
    assert verify_cards([changed], [Article(id="pier", body=body)])[0].status is Status.unsupported
    assert [n.value for n in atoms("The sea wall is 5.68 m high.").numbers] == [5.68]  # metres, not millions


def test_the_parts_of_a_compound_word_account_for_the_claims_words_unless_the_first_turns_it() -> None:
    evidence = _evidence_lexicon(("Second-half goals won the semi-final for the vice-captain.",))
    assert evidence.has(Word("half", "half", 0, 4)) and evidence.has(Word("second-half", "second-half", 0, 11))
    assert evidence.has(Word("semi-final", "semi-final", 0, 10))
    # a semi-final is no final, a vice-captain no captain
    assert not evidence.has(Word("final", "final", 0, 5)) and not evidence.has(Word("captain", "captain", 0, 7))


def test_british_and_american_spellings_are_one_word() -> None:
    body = "Its epicentre was the harbour."
    article = Article(id="uk", body=body)
    claim = "Its epicenter was the harbor."
    card = Card(article="uk", kind="background", claim=claim, evidence=[Evidence(quote=body)])
    assert verify_cards([card], [article])[0].status is Status.verified
    assert american_spelling("four") is None and american_spelling("advise") is None


def test_words_a_wife_or_a_lawyer_said_are_not_the_husbands_or_the_clients() -> None:
    def credited(claim: str, body: str) -> list[str]:
        article = Article(id="family", body=body)
        card = Card(article="family", kind="statement", claim=claim, evidence=[Evidence(quote=body.split(". ")[0])])
        return verify_cards([card], [article])[0].reasons

    written = "“She has opened her eyes,” said Ray Tolland's wife, Nadia Tolland. The family thanked the nurses."
    # one surname, two people
    assert credited("Ray Tolland, her father, said that she has opened her eyes.", written) == [
        'FC401 speaker-mismatch: claim credits it to "Ray Tolland"; the article attributes it to "Nadia Tolland"'
    ]
    assert credited("Ray Tolland's wife, Nadia Tolland, said that she has opened her eyes.", written) == []
    # a lower-cased feed, where no speaker can be read by its capitals
    feed = "“ she has opened her eyes , ” said ray tolland 's wife , nadia tolland . the family thanked the nurses ."
    assert credited("Ray Tolland, her father, said that she has opened her eyes.", feed) == [
        'FC401 speaker-mismatch: claim credits it to "Ray Tolland"; the article has their wife say it'
    ]


def test_who_said_it_is_whoever_says_the_sentence_that_says_it() -> None:
    body = (
        "Police say that Tobias Lind had just taken a key from the harbour office. "
        "Chief Ines Caldera said the department had no wish to blame him."
    )
    article = Article(id="key", body=body)
    evidence = [Evidence(quote=s) for s in body.split(". ")]

    def reasons(claim: str) -> list[str]:
        return verify_cards([Card(article="key", kind="statement", claim=claim, evidence=evidence)], [article])[
            0
        ].reasons

    assert reasons("Chief Ines Caldera said Tobias Lind had just taken a key from the harbour office.") == [
        'FC401 speaker-mismatch: claim credits it to "Chief Ines Caldera"; the article attributes it to "Police"'
    ]
    assert reasons("Police say Tobias Lind had just taken a key from the harbour office.") == []
    assert reasons("Chief Ines Caldera said the department had no wish to blame Tobias Lind.") == []


def test_millions_are_not_billions_even_without_a_figure() -> None:
    body = "The city will spend billions it has at its disposal on the harbour."
    article = Article(id="scale", body=body)
    card = Card(article="scale", kind="background", claim="The city will spend millions it has on the harbour.",
                evidence=[Evidence(quote=body)])  # fmt: skip
    assert verify_cards([card], [article])[0].reasons == [
        'FC205 degree-changed: claim says "millions" where the evidence says "billions"'
    ]


def test_an_invented_name_is_unsupported_and_a_name_elsewhere_needs_review() -> None:
    invented = check("Governor Paul Reed announced the closure.", "Mayor Lena Okafor announced on Friday")
    assert invented.status is Status.unsupported
    assert 'name "Paul" does not appear in the article' in messages(invented)
    elsewhere = check(
        "Lindqvist said 18,000 vehicles use the bridge each day.", "About 18,000 vehicles use the bridge each day."
    )
    assert elsewhere.status is Status.needs_review
    assert messages(elsewhere) == ['name "Lindqvist" is not in the evidence (the article mentions it elsewhere)']
    # The article says who said it ("the city said"): a claim crediting someone else is wrong.
    credited = check("Lindqvist said the repairs will cost $4.2 million.", "The repairs will cost $4.2 million")
    assert credited.status is Status.unsupported
    assert 'claim credits it to "Lindqvist"; the article attributes it to "the city"' in messages(credited)


def test_a_first_name_is_supported_by_the_surname_in_the_evidence() -> None:
    card = check(
        "Lena Okafor said the decision was not taken lightly.", "“We did not take this decision lightly,” Okafor said."
    )
    assert card.status is Status.verified, card.reasons


def test_speaker_must_be_named_in_or_next_to_the_evidence() -> None:
    ok = check("It is the wrong time.", '"It is the wrong time," she said.', kind="quote", speaker="Ava Lindqvist")
    assert ok.status is Status.verified, ok.reasons
    far = check(
        "The repairs will cost $4.2 million.",
        "The repairs will cost $4.2 million",
        kind="statement",
        speaker="Ava Lindqvist",
    )
    assert far.status is Status.unsupported  # the article says the city said it
    assert messages(far) == ['claim credits it to "Ava Lindqvist"; the article attributes it to "the city"']
    unattributed = check("About 18,000 vehicles use the bridge.", "About 18,000 vehicles use the bridge each day.",
                         kind="statement", speaker="Ava Lindqvist")  # fmt: skip
    assert unattributed.status is Status.needs_review
    assert messages(unattributed) == ['speaker "Ava Lindqvist" is not named in or next to the evidence']
    wrong = check("It is the wrong time.", '"It is the wrong time," she said.', kind="quote", speaker="John Smith")
    assert wrong.status is Status.unsupported
    assert 'speaker "John Smith" does not appear in the article' in messages(wrong)


def test_a_hyphenated_surname_named_far_from_the_evidence_is_in_the_article() -> None:
    body = (
        '"She never gave up," said agent Mara Holden-Brown.\n\n'
        "The show ran for four years.\n\nIt was filmed in the north.\n\nIt won two prizes.\n\n"
        "It is still repeated.\n\nThe stars toured the country.\n\n"
        '"The country was kind to us."\n'
    )
    card = Card(
        article="show",
        kind="quote",
        claim="The country was kind to us.",
        speaker="Mara Holden-Brown",
        evidence=[Evidence(quote="The country was kind to us.")],
    )
    [checked] = verify_cards([card], [Article(id="show", body=body)])
    assert messages(checked) == ['speaker "Mara Holden-Brown" is not named in or next to the evidence']


def test_fuzzy_quotes_need_review_and_missing_quotes_are_unsupported() -> None:
    fuzzy = check("The repairs cost $4.2 million.", "The repairs will cost about $4.2 million, the city said")
    assert fuzzy.status is Status.needs_review
    assert fuzzy.evidence[0].match is Match.fuzzy
    assert "only approximately" in messages(fuzzy)[0]
    missing = check("The bridge collapsed.", "The bridge collapsed into the harbor on Friday")
    assert missing.status is Status.unsupported
    assert missing.evidence[0].match is Match.missing and missing.evidence[0].start is None


def test_a_card_without_evidence_gets_the_sentence_that_supports_it() -> None:
    card = check("About 18,000 vehicles use the bridge every day.")
    assert card.status is Status.verified
    assert card.evidence[0].text == "About 18,000 vehicles use the bridge each day."
    # The closest sentence is cited, and the claim is judged against it: nothing there says "landed".
    unsupported = check("Aliens landed in the harbor.")
    assert unsupported.status is not Status.verified
    assert any("Aliens" in m or "landed" in m for m in messages(unsupported))
    nothing = check("Zebras graze quietly.")
    assert nothing.status is Status.unsupported and nothing.evidence == []
    assert [f.code for f in nothing.findings] == ["FC103"]


def test_a_claim_drawn_from_two_places_gets_both_sentences_in_article_order() -> None:
    # The cost is in the second paragraph, the closure in the first: neither alone supports it.
    card = check("The Harbor Bridge will close for six weeks, and the repairs will cost $4.2 million.")
    assert card.status is Status.verified, card.reasons
    assert [e.text[:26] for e in card.evidence] == ["PORT ALDEN — The Harbor Br", "The repairs will cost $4.2"]
    # A sentence that adds a single word the others lack is coincidence, not support: not cited.
    assert len(check("About 18,000 vehicles use the bridge each day.").evidence) == 1


def test_a_figure_is_what_brings_a_second_sentence_into_found_evidence() -> None:
    body = (
        "The Harbor Party, which came third, spent £534,249 on its campaign, the Electoral Board said. "
        "Its rivals spent more. Including the CLP's £267,372, the parties spent £9.3 million in all."
    )
    article = Article(id="spend", body=body)
    claim = "The Harbor Party spent £534,249, and the CLP spent £267,372."
    card = Verifier([article]).verify(Card(article="spend", kind="number", claim=claim, evidence=[]))
    # The second sentence shares only a name and a figure with the claim: the figure counts.
    assert [e.text[:16] for e in card.evidence] == ["The Harbor Party", "Including the CL"]
    assert card.status is Status.verified, card.reasons


def test_given_offsets_are_trusted_when_they_reproduce_the_quote_and_relocated_when_stale() -> None:
    start = BODY.index("The repairs")
    good = Card(
        article="bridge",
        kind="number",
        claim="The repairs will cost $4.2 million.",
        evidence=[Evidence(quote="The repairs will cost $4.2 million", start=start, end=start + 34)],
    )
    stale = good.model_copy(
        update={"evidence": [Evidence(quote="The repairs will cost $4.2 million", start=0, end=34)]}
    )
    for card in Verifier([ARTICLE]).verify_all([good, stale]):
        assert card.status is Status.verified
        assert (card.evidence[0].start, card.evidence[0].end) == (start, start + 34)


def test_when_must_be_supported_by_a_date_in_the_evidence() -> None:
    ok = check("The bridge will close for six weeks.", "close for six weeks from Monday, March 24", when="2025-03-24")
    assert ok.status is Status.verified, ok.reasons
    bad = check("The bridge will close for six weeks.", "close for six weeks from Monday, March 24", when="2025-04-01")
    assert bad.status is Status.needs_review
    assert messages(bad) == ['when "2025-04-01" is not supported by a date in the evidence']


def test_verification_is_deterministic_and_does_not_mutate_the_input() -> None:
    card = Card(
        article="bridge",
        kind="number",
        claim="The repairs will cost $4.2 million.",
        evidence=[Evidence(quote="The repairs will cost $4.2 million")],
    )
    first, second = verify_cards([card, card], [ARTICLE])
    assert first == second
    assert card.status is None and card.evidence[0].start is None


def test_a_negation_with_nothing_after_it_or_a_denial_is_still_caught() -> None:
    dangling = check(
        "About 18,000 vehicles use the bridge each day. not", "About 18,000 vehicles use the bridge each day."
    )
    assert dangling.status is Status.unsupported
    denied = check(
        "About 18,000 vehicles use the bridge each day, officials denied.",
        "About 18,000 vehicles use the bridge each day.",
    )
    assert denied.status is Status.unsupported
    assert messages(denied) == ['claim says "denied" where the evidence has no negation']


def test_a_card_naming_an_unknown_article_is_a_clear_error_not_a_crash() -> None:
    from factcards.errors import FactcardsError

    with pytest.raises(FactcardsError, match='a card names article "elsewhere"'):
        verify_cards([Card(article="elsewhere", kind="event", claim="Something happened.")], [ARTICLE])


@pytest.mark.parametrize(
    ("claim", "quote"),
    [
        (
            "Okafor announced that the Harbor Bridge will close for six weeks.",
            "The Harbor Bridge will close for six weeks from Monday",
        ),
        (
            "The city said it will spend $4.2 million on the repairs.",
            "The repairs will cost $4.2 million, the city said.",
        ),
        ("Nobody thinks the decision was taken lightly.", "“We did not take this decision lightly,” Okafor said."),
        ("Over 18,000 vehicles use the bridge daily.", "About 18,000 vehicles use the bridge each day."),
        ("The closure begins on March 24.", "close for six weeks from Monday, March 24"),
    ],
)
def test_paraphrase_in_ordinary_words_is_not_penalised(claim: str, quote: str) -> None:
    card = check(claim, quote)
    assert card.status is Status.verified, card.reasons


def test_a_person_the_evidence_calls_by_role_is_supported_by_name() -> None:
    body = "Mayor Lena Okafor spoke on Friday.\n\nThe repairs will cost $4.2 million, the mayor said."
    article = Article(id="role", body=body, date="2025-03-14")
    card = Card(
        article="role",
        kind="statement",
        claim="Okafor said repairs will cost $4.2 million.",
        evidence=[Evidence(quote="The repairs will cost $4.2 million, the mayor said.")],
    )
    assert verify_cards([card], [article])[0].status is Status.verified


def test_a_name_for_he_or_his_is_supported_by_the_sentence_before() -> None:
    body = "Secretary Antony Blinken ended his visit on Friday.\n\nHis comments came during an interview with CNN."
    article = Article(id="pronoun", body=body, date="2024-04-26")
    named = Card(
        article="pronoun",
        kind="statement",
        claim="Blinken's comments came in a CNN interview.",
        evidence=[Evidence(quote="His comments came during an interview with CNN.")],
    )
    invented = named.model_copy(update={"claim": "Putin's comments came in a CNN interview.", "id": ""})
    first, second = verify_cards([named, invented], [article])
    assert first.status is Status.verified, first.reasons
    assert second.status is Status.unsupported


def test_a_name_news_calls_the_n_year_old_is_supported_by_the_sentence_before() -> None:
    # a feed that lower-cases everything, as some wire archives do: "the 41-year-old" still means Locke
    body = (
        "kilmarnock named gary locke as manager on a three-year deal .\n\n"
        "the 41-year-old has lost just once in seven games since taking over ."
    )
    article = Article(id="aged", body=body)
    named = Card(article="aged", kind="statement", claim="Since taking over, Locke has lost only once in seven games.",
                 evidence=[Evidence(quote=body.split("\n\n")[1])])  # fmt: skip
    other = named.model_copy(update={"claim": "Since taking over, Ross has lost only once in seven games.", "id": ""})
    first, second = verify_cards([named, other], [article])
    assert first.status is Status.verified, first.reasons
    assert [e.text for e in first.evidence if e.context] == [body.split("\n\n")[0]]
    assert second.status is not Status.verified


def test_a_name_the_evidence_calls_he_is_cited_as_context_with_its_own_offsets() -> None:
    body = "Mayor Lena Okafor spoke on Friday.\n\nShe said the bridge would close for six weeks."
    article = Article(id="ctx", body=body)
    card = Card(article="ctx", kind="statement", claim="Okafor said the bridge would close for six weeks.",
                evidence=[Evidence(quote="She said the bridge would close for six weeks.")])  # fmt: skip
    checked = verify_cards([card], [article])[0]
    assert checked.status is Status.verified, checked.reasons
    cited, context = checked.evidence
    assert not cited.context and context.context
    assert body[context.start : context.end] == context.text == "Mayor Lena Okafor spoke on Friday."
    again = verify_cards([checked], [article])[0]  # checking again neither doubles nor checks the context
    assert [(e.start, e.end, e.context) for e in again.evidence] == [
        (e.start, e.end, e.context) for e in checked.evidence
    ]


def test_the_one_the_article_is_about_need_not_be_named_in_every_sentence() -> None:
    body = (
        "Harlow midfielder Ross Tallis has joined Kestrel City on a two-year deal.\n\n"
        "Tallis, 30, spent six seasons at Harlow.\n\n"
        "He played 180 games for the club.\n\n"
        "Kestrel manager Ann Lowe said Tallis would start on Saturday.\n\n"
        "The club has not won in five games."
    )
    article = Article(id="move", body=body)
    claim = "Tallis's new club has not won in five games."
    card = Card(article="move", kind="statement", claim=claim,
                evidence=[Evidence(quote="The club has not won in five games.")])  # fmt: skip
    checked = verify_cards([card], [article])[0]
    assert checked.status is Status.verified, checked.reasons
    assert context_of(checked) == ["Harlow midfielder Ross Tallis has joined Kestrel City on a two-year deal."]
    # Lowe is named once: a sentence that does not name her is not hers.
    lowe = card.model_copy(update={"claim": "Ann Lowe's club has not won in five games."})
    assert {f.code for f in verify_cards([lowe], [article])[0].findings} == {"FC305"}  # "Ann", "Lowe"


def test_whom_he_means_sentences_back_is_read_as_the_attributions_read_it() -> None:
    body = (
        "Martin Vogl, an analyst in Bamako, said the army was split.\n\n"
        "“Nobody knows who gives the orders now,” he told reporters on Sunday.\n\n"
        "He said an elite force could still be loyal to the president."
    )
    article = Article(id="he", body=body)
    claim = "Martin Vogl said an elite force could still be loyal to the president."
    card = Card(article="he", kind="statement", claim=claim,
                evidence=[Evidence(quote="He said an elite force could still be loyal to the president.")])  # fmt: skip
    checked = verify_cards([card], [article])[0]
    assert checked.status is Status.verified, checked.reasons
    assert context_of(checked) == [body.split("\n\n")[0]]
    wrong = card.model_copy(update={"claim": "Lena Okafor said an elite force could still be loyal to the president."})
    assert verify_cards([wrong], [article])[0].status is not Status.verified


def test_she_is_named_in_full_far_back_and_by_surname_just_before() -> None:
    filler = "".join(
        f"The committee met for the {n} time that week.\n\n" for n in "first second third fourth".split() * 4
    )
    body = (
        "The top Democrat on the panel, Rep. Lena Okafor, objected to the vote.\n\n"
        + filler
        + "“The review did not satisfy anyone,” Okafor said.\n\n"
        "She said Republicans had also confirmed that they are probing senior officials."
    )
    article = Article(id="far", body=body)
    card = Card(article="far", kind="statement",
                claim="Lena Okafor said Republicans had also confirmed that they are probing senior officials.",
                evidence=[Evidence(quote=body.rsplit("\n\n", 1)[1])])  # fmt: skip
    checked = verify_cards([card], [article])[0]
    assert checked.status is Status.verified, checked.reasons
    assert context_of(checked) == ["“The review did not satisfy anyone,” Okafor said."]


AGES = (
    "Harbor Trust chair Lena Okafor, 51, opened the new ferry pier on Friday.\n\n"
    "Okafor said the pier had cost $4.2 million.\n\n"
    "Dock worker Sam Reyes watched the opening.\n\n"
    "The 34-year-old said the wait had been worth it."
)


def test_an_age_the_article_gives_where_it_names_the_person_is_cited_as_context() -> None:
    checked = _verify(
        AGES, "Okafor, 51, said the pier had cost $4.2 million.", "Okafor said the pier had cost $4.2 million."
    )
    assert checked.status is Status.verified, checked.reasons
    assert context_of(checked) == [AGES.split("\n\n")[0]]
    wrong = _verify(
        AGES, "Okafor, 52, said the pier had cost $4.2 million.", "Okafor said the pier had cost $4.2 million."
    )
    assert [f.code for f in wrong.findings] == ["FC301"]
    # The age is the article's for another person: "Reyes, 51," is not supported by "Okafor, 51,".
    other = _verify(
        AGES, "Reyes, 51, said the wait had been worth it.", "The 34-year-old said the wait had been worth it."
    )
    assert "FC301" in {f.code for f in other.findings}
    quote = "Okafor said the pier had cost $4.2 million."
    for claim in (
        "Okafor, aged 51, said the pier had cost $4.2 million.",
        "Okafor (51) said the pier had cost $4.2 million.",
        "Okafor, a 51-year-old chair, said the pier had cost $4.2 million.",
        "The 51-year-old chair Okafor said the pier had cost $4.2 million.",
    ):
        assert _verify(AGES, claim, quote).status is Status.verified, claim


def test_a_date_the_article_gives_of_the_same_thing_elsewhere_is_cited_as_context() -> None:
    body = (
        "The council voted on Monday to close the Harbor Bridge.\n\n"
        "The bridge will close for six weeks, the council said.\n\n"
        "The council met again on Thursday to discuss the ferries."
    )
    quote = "The bridge will close for six weeks, the council said."
    checked = _verify(body, "The council voted on Monday to close the bridge for six weeks.", quote)
    assert checked.status is Status.verified, checked.reasons
    assert context_of(checked) == ["The council voted on Monday to close the Harbor Bridge."]
    [context] = [e for e in checked.evidence if e.context]
    assert body[context.start : context.end] == context.text
    # Thursday is the date of another meeting, not of what the claim says the council did.
    other = _verify(body, "The council said on Thursday the bridge will close for six weeks.", quote)
    assert [f.code for f in other.findings] == ["FC303"], other.reasons


def test_an_age_the_article_gives_by_calling_the_person_the_n_year_old_is_cited_as_context() -> None:
    quote = "Dock worker Sam Reyes watched the opening."
    checked = _verify(AGES, "Sam Reyes, 34, watched the opening.", quote)
    assert checked.status is Status.verified, checked.reasons
    assert context_of(checked) == ["The 34-year-old said the wait had been worth it."]
    # The 34-year-old is Reyes, named in the sentence before, not Okafor.
    other = _verify(
        AGES, "Okafor, 34, said the pier had cost $4.2 million.", "Okafor said the pier had cost $4.2 million."
    )
    assert "FC301" in {f.code for f in other.findings}


def test_an_age_in_a_feed_that_lower_cases_its_text_is_read_beside_the_name() -> None:
    body = (
        "veteran actor robert hardy is selling his collection of antiques .\n\n"
        "mr hardy , 89 , is a keen military historian .\n\n"
        "the auction at the country house will be held on saturday , the auctioneers said ."
    )
    quote = "veteran actor robert hardy is selling his collection of antiques ."
    checked = _verify(body, "Veteran actor Robert Hardy, 89, is selling his collection of antiques.", quote)
    assert checked.status is Status.verified, checked.reasons
    assert context_of(checked) == ["mr hardy , 89 , is a keen military historian ."]
    wrong = _verify(body, "Veteran actor Robert Hardy, 98, is selling his collection of antiques.", quote)
    assert [f.code for f in wrong.findings] == ["FC301"]


def test_an_age_a_lower_cased_feed_gives_by_the_n_year_old_is_read_for_the_person_it_follows() -> None:
    # no capitals to find people by: "the skilful 19-year-old" is whoever the sentences just before name
    body = (
        "harbor city are discussing a deal for striker tomas ekberg after he impressed on trial .\n\n"
        "the club's coaches watched him train at the riverside ground .\n\n"
        "the skilful 19-year-old forward has also had offers from two clubs abroad ."
    )
    quote = "harbor city are discussing a deal for striker tomas ekberg after he impressed on trial ."
    claim = "Harbor City are discussing a deal for Tomas Ekberg, {}, after he impressed on trial."
    checked = _verify(body, claim.format(19), quote)
    assert checked.status is Status.verified, checked.reasons
    assert context_of(checked) == [body.split("\n\n")[2]]
    assert [f.code for f in _verify(body, claim.format(21), quote).findings] == ["FC301"]
    # Nobody the three sentences before name is called Reyes.
    other = _verify(body, "Sam Reyes, 19, impressed on trial at Harbor City.", quote)
    assert other.status is not Status.verified


def test_the_n_year_old_is_the_person_the_sentence_before_names() -> None:
    quote = "The 34-year-old said the wait had been worth it."
    checked = _verify(AGES, "Sam Reyes said the wait had been worth it.", quote)
    assert checked.status is Status.verified, checked.reasons
    assert context_of(checked) == ["Dock worker Sam Reyes watched the opening."]
    # Okafor is named too, but not in the sentence the 34-year-old follows.
    assert _verify(AGES, "Okafor said the wait had been worth it.", quote).status is not Status.verified


def test_on_tuesday_counts_from_the_date_line_of_an_article_without_a_date() -> None:
    body = "Harbor Gazette\n\nNov 8, 2017\n\nLena Okafor was re-elected Tuesday to the Harbor Council."
    quote = "Lena Okafor was re-elected Tuesday to the Harbor Council."
    dated = _verify(body, "Lena Okafor was re-elected to the Harbor Council in 2017.", quote)
    assert dated.status is Status.verified, dated.reasons
    wrong = _verify(body, "Lena Okafor was re-elected to the Harbor Council in 2016.", quote)
    assert wrong.status is Status.unsupported, wrong.reasons


def test_a_year_the_claim_adds_to_an_undated_article_s_day_is_for_review_not_a_mismatch() -> None:
    body = "The two fighters will meet at the Harbor Arena on April 9th."
    added = _verify(body, "The two fighters will meet at the Harbor Arena on April 9, 2011.", body)
    assert [f.code for f in added.findings] == ["FC303"], added.reasons
    other_day = _verify(body, "The two fighters will meet at the Harbor Arena on April 10, 2011.", body)
    assert [f.code for f in other_day.findings] == ["FC302"], other_day.reasons


def test_a_guess_of_the_claim_s_own_is_for_review_unless_the_evidence_weighs_it_too() -> None:
    body = "Ann Richards was an American jazz singer and the wife of pianist Stan Kenton."
    guess = _verify(body, "Ann Richards, likely Kenton's only wife, was an American jazz singer.", body)
    assert [f.code for f in guess.findings] == ["FC208"], guess.reasons
    assert 'claim guesses ("likely")' in guess.reasons[0]
    hedged = "The bridge is expected to reopen in May."
    assert _verify(hedged, "The bridge will likely reopen in May.", hedged).status is Status.verified
    quoted = 'Kenton said: "She was probably the best singer I knew."'
    said = _verify(quoted, 'Kenton said: "She was probably the best singer I knew."', quoted)
    assert said.status is Status.verified, said.reasons


def test_a_count_the_evidence_gives_by_what_it_leaves_out() -> None:
    body = "The Harbor Party lost all but one of its 12 council seats."
    assert _verify(body, "The Harbor Party lost 11 of its 12 council seats.", body).status is Status.verified
    assert _verify(body, "The Harbor Party lost 10 of its 12 council seats.", body).status is Status.unsupported
    # Sums and differences in general are not read: "two … and one …" is not "three" by arithmetic.
    parts = "He won two titles with the Kites and one with the Gulls."
    assert _verify(parts, "He won three titles.", parts).status is Status.unsupported


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        ("Nearly two-thirds of voters backed the plan.", "About 66% of voters backed the plan.", True),
        ("Nearly two-thirds of voters backed the plan.", "About 60% of voters backed the plan.", False),
        ("67 percent of voters backed the plan.", "Two-thirds of voters backed the plan.", True),
        ("67 percent of voters backed the plan.", "Three-quarters of voters backed the plan.", False),
        ("One in five adults smoke.", "20% of adults smoke.", True),
        ("The firm cut a third of its 300 staff.", "The firm cut 100 staff.", True),
        ("The firm cut half of its 300 staff.", "The firm cut 160 staff.", False),
        ("She won a third term in 2020.", "She won 33% of the vote in 2020.", False),  # an ordinal, no share
    ],
)
def test_a_share_said_as_a_fraction_a_ratio_or_a_percentage(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


def test_a_country_or_union_in_initials_that_does_something_is_a_name_and_one_that_titles_is_not() -> None:
    body = "The US imposed new sanctions on Iran on Friday, officials in Washington said."
    for claim in ("The EU imposed new sanctions on Iran.", "The UK has imposed new sanctions on Iran."):
        assert [f.code for f in _verify(body, claim, body).findings] == ["FC304"], claim
    for claim in ("The U.S. imposed new sanctions on Iran.", "US officials imposed new sanctions on Iran."):
        assert _verify(body, claim, body).status is Status.verified, claim


def test_the_united_states_opening_a_claim_is_the_u_s() -> None:
    body = "The U.S. imposed new sanctions on Russia."
    card = _verify(body, "The United States imposed new sanctions on Russia.", body)
    assert card.status is Status.verified, card.reasons
    assert _verify(body, "The United Kingdom imposed new sanctions on Russia.", body).status is Status.unsupported


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        ("The IMF cut its forecast for global growth.", "The International Monetary Fund cut its forecast.", True),
        ("The International Monetary Fund cut its forecast.", "The IMF cut its forecast.", True),
        ("The International Monetary Fund cut its forecast.", "The I.M.F. cut its forecast.", True),
        ("The IMF cut its forecast for global growth.", "The International Trade Fund cut its forecast.", False),
        ("The IMF cut its forecast for global growth.", "The World Bank cut its forecast.", False),
        ("The International Monetary Fund cut its forecast.", "The WTO cut its forecast.", False),
        # a feed that lower-cases everything writes its abbreviations in lower case too
        (
            "it is the first sighting of the whale in wa and only the second in australia , the state's "
            "department of parks and wildlife said on tuesday after dna tests on the carcass .",
            "It is the first sighting of the whale in Western Australia, the department said.",
            True,
        ),
    ],
)
def test_a_name_and_the_letters_that_stand_for_it_are_one_name(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        ("The judge refused to release him.", "The judge released him.", False),
        ("The judge refused to release him.", "The judge did not release him.", True),
        ("The firm failed to pay its staff.", "The firm paid its staff.", False),
        ("The mayor denied taking the money.", "The mayor took the money.", False),
        # Someone else's refusal, or the verb said unturned too, leaves the claim's verb alone.
        ("The Kites failed to progress, while the Gulls won.", "The Gulls will progress.", True),
        ("The Kites failed to progress. The win sees the Gulls progress.", "The Gulls will progress.", True),
    ],
)
def test_a_negation_said_without_not_cannot_be_dropped(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        ("Officials expect the bridge to reopen in May.", "The bridge will reopen in May.", False),
        ("Police believe the fire was started deliberately.", "The fire was started deliberately.", False),
        ("The mayor is considering a ban on kiosks.", "The mayor announced a ban on kiosks.", False),
        # The month is no modal, in the evidence or in the claim.
        ("In May the police arrested two men.", "The police arrested two men in May.", True),
        ("The bridge may reopen in May.", "The bridge will reopen in May.", False),
        ("Rain is likely on Friday.", "It will rain on Friday.", False),  # the hedge says it of its subject
        ("A deal is expected this week.", "A deal will be signed this week.", False),
        ("A deal is expected this week.", "A deal is expected this week, officials said.", True),
    ],
)
def test_expecting_believing_and_considering_hedge_and_the_month_does_not(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        ("The city is one of several to ban the app.", "The city is the only one to ban the app.", False),
        ("He was one of three people injured.", "He was the only person injured.", False),
        ("Turnout was the highest since 1990.", "Turnout was a record high.", False),
        ("Turnout was the highest ever recorded.", "Turnout was a record high.", True),
        ("A flat in one of the costliest streets has three years left on its lease.",
         "The flat has only three years left on its lease.", True),  # "only" as "just"
    ],
)  # fmt: skip
def test_the_only_one_is_not_one_of_several(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


TITLES = (
    "Mayor Lena Okafor said the bridge would close for six weeks.\n\n"
    "According to the transport department, 18,000 vehicles use the bridge each day.\n\n"
    "The repairs will cost $4.2 million, the mayor said."
)


@pytest.mark.parametrize(
    ("claim", "quote", "verified"),
    [
        ("The mayor said 18,000 vehicles use the bridge each day.", TITLES.split("\n\n")[1], False),
        ("18,000 vehicles use the bridge each day, Okafor said.", TITLES.split("\n\n")[1], False),
        ("18,000 vehicles use the bridge each day, according to the transport department.",
         TITLES.split("\n\n")[1], True),
        ("The mayor said the repairs will cost $4.2 million.", TITLES.split("\n\n")[2], True),
        ("Okafor said the repairs will cost $4.2 million.", TITLES.split("\n\n")[2], True),
        ("The governor said the bridge would close for six weeks.", TITLES.split("\n\n")[0], False),
    ],
)  # fmt: skip
def test_a_speaker_by_title_and_a_body_the_article_credits_instead(claim: str, quote: str, verified: bool) -> None:
    card = _verify(TITLES, claim, quote)
    assert (card.status is Status.verified) is verified, card.reasons
    if not verified:
        assert any(f.code in ("FC401", "FC403") for f in card.findings), card.reasons


def test_a_title_is_said_in_its_other_forms_too() -> None:
    body = "A spokeswoman for the council said the bridge would close for six weeks."
    _assert_judged(body, "The bridge would close for six weeks, the spokesman said.", True)
    _assert_judged(body, "The bridge would close for six weeks, the governor said.", False)


def test_a_verb_that_only_frames_the_action_is_not_a_changed_predicate() -> None:
    body = "Mayor Lena Okafor ordered Harbor Trust staff to remove the kiosks from Pier Road by Friday."
    article = Article(id="kiosks", body=body, date="2025-03-14")
    framed = Card(
        article="kiosks",
        kind="event",
        claim="Okafor required Harbor Trust staff to remove the kiosks from Pier Road by Friday.",
        evidence=[Evidence(quote=body)],
    )
    changed = framed.model_copy(update={"claim": "Okafor thanked Harbor Trust staff for the kiosks on Pier Road."})
    ok, flagged = verify_cards([framed, changed], [article])
    assert "FC201" not in {f.code for f in ok.findings}, ok.reasons
    assert flagged.status is not Status.verified


PIZZA = Article(
    id="pizza",
    body=(
        "The boss of the chain Pizzeria Volta has admitted the firm got its prices wrong when it upped "
        "delivery fees after profits dropped by 20 per cent.\n\n"
        '"We moved too fast," chief executive Marco Ferri said.\n\n'
        "The company said it would increase staff in its kitchens."
    ),
)


def pizza(claim: str, quote: str) -> Card:
    card = Card(article="pizza", kind="event", claim=claim, evidence=[Evidence(quote=quote)])
    return verify_cards([card], [PIZZA])[0]


def test_a_dictionary_word_opening_the_claim_is_not_a_name() -> None:
    card = pizza("Profits dropped by 20 per cent. Separately, the firm upped delivery fees.", PIZZA.body[:150])
    assert not any("Separately" in m or "Profits" in m for m in messages(card)), card.reasons


def test_a_thing_the_article_never_mentions_opening_the_claim_is_checked_like_a_name() -> None:
    card = pizza("Shares in the chain fell after profits dropped by 20 per cent.", PIZZA.body[:150])
    assert any(f.code == "FC304" and "Shares" in f.message for f in card.findings), card.reasons


def test_the_boss_in_the_evidence_is_the_chief_executive_the_article_names() -> None:
    card = pizza("Boss Marco Ferri admitted the firm got its prices wrong.", PIZZA.body[:150])
    assert not any(f.code == "FC305" for f in card.findings), card.reasons


def test_which_way_a_thing_moved_is_checked_against_that_thing() -> None:
    quote = PIZZA.body[:150]
    card = pizza("The firm upped delivery fees after profits rose by 20 per cent.", quote)
    # named by the figure that went the other way ("rose by 20 per cent" / "dropped by 20 per cent")
    assert any(f.code == "FC205" and "20 per cent" in f.message for f in card.findings), card.reasons
    card = pizza("The firm cut delivery fees after profits dropped by 20 per cent.", quote)
    assert any(f.code == "FC205" and "fee" in f.message for f in card.findings), card.reasons
    assert pizza("Profits dropped by 20 per cent and the firm upped delivery fees.", quote).findings == []


AUDIT = Article(
    id="audit",
    body=(
        "The harbour fund reportedly moved $2 million to a shell company in Dover on Monday. "
        "Divers carried out a controlled blast near the pier. "
        "Inspectors have not found any evidence of fraud. "
        "Staff were told to remove the app from tablets that hold work apps. "
        "The trust unveiled its budget Thursday and cut the ferry subsidy."
    ),
)


def audit(claim: str) -> Card:
    sentence = next(s + "." for s in AUDIT.body.split(". ") if s.split()[1] in claim or s.split()[0] in claim)
    card = Card(article="audit", kind="event", claim=claim, evidence=[Evidence(quote=sentence.removesuffix(".."))])
    return verify_cards([card], [AUDIT])[0]


def codes(card: Card) -> set[str]:
    return {f.code for f in card.findings}


def test_a_claim_that_says_who_reports_it_keeps_the_evidence_reportedly() -> None:
    assert audit("An audit found that the harbour fund moved $2 million to a shell company in Dover.").findings == []
    assert "FC204" in codes(audit("The harbour fund moved $2 million to a shell company in Dover."))


def test_a_quality_the_evidence_hedges_is_not_stated_as_fact() -> None:
    body = "The Zhangzhou plant makes paraxylene, a reportedly carcinogenic chemical. The new dam seems safe."
    article = Article(id="plant", body=body)

    def check_quality(claim: str) -> set[str]:
        card = Card(article="plant", kind="background", claim=claim, evidence=[Evidence(quote=body)])
        return codes(verify_cards([card], [article])[0])

    assert "FC204" in check_quality("The Zhangzhou plant makes paraxylene, a carcinogenic chemical.")
    assert "FC204" in check_quality("The new dam is safe.")
    assert "FC204" not in check_quality("The Zhangzhou plant makes paraxylene, which is reportedly carcinogenic.")


def test_a_negating_prefix_turns_a_word_around() -> None:
    card = audit("Divers carried out an uncontrolled blast near the pier.")
    assert "FC206" in codes(card) and "uncontrolled" in card.reasons[0], card.reasons
    assert audit("Divers carried out a controlled blast near the pier.").findings == []


def test_no_evidence_found_is_the_same_negation_as_not_found_any_evidence() -> None:
    assert audit("Inspectors have found no evidence of fraud.").findings == []
    assert codes(audit("Inspectors have found evidence of fraud.")) & {"FC206", "FC207"}


def test_an_opposite_verb_is_caught_unless_the_claim_answers_it_itself() -> None:
    assert "FC205" in codes(audit("Staff were told to install the app on tablets that hold work apps."))
    assert audit("Staff were told to delete the app from tablets with work apps installed.").findings == []


def test_a_changed_predicate_is_compared_with_the_verb_it_replaced() -> None:
    # "touched" is in the claim too: it cannot be what "breaking" replaced.
    body = "Shares of Volta touched 5 pence for a second day, breaching the Harbour Board's floor."
    claim = "Shares of Volta touched 5 pence for a second day, breaking the Harbour Board's floor."
    card = verify_cards([Card(article="x", kind="event", claim=claim, evidence=[Evidence(quote=body)])],
                        [Article(id="x", body=body)])[0]  # fmt: skip
    assert [f.message for f in card.findings] == ['claim says "breaking" where the evidence says "breaching"']


def test_a_nationality_is_checked_like_a_name_unless_it_titles_one() -> None:
    body = "A Danish sailor pleaded guilty to the death of an American who fell from Harbor Bridge."
    article = Article(id="n", body=body)

    def judged(claim: str) -> Card:
        return verify_cards([Card(article="n", kind="event", claim=claim, evidence=[Evidence(quote=body)])], [article])[
            0
        ]

    assert any(f.code == "FC304" and "Canadian" in f.message for f in judged(
        "A Danish sailor pleaded guilty to the death of a Canadian who fell from Harbor Bridge.").findings)  # fmt: skip
    assert judged("A sailor pleaded guilty to the death of an American who fell from Harbor Bridge.").findings == []


def test_two_names_that_share_only_their_first_letters_are_two_names() -> None:
    body = "The European Commission ordered its staff to remove the app."
    card = verify_cards(
        [Card(article="e", kind="event", claim="The Eurogroup ordered its staff to remove the app.",
              evidence=[Evidence(quote=body)])], [Article(id="e", body=body)])[0]  # fmt: skip
    assert any("Eurogroup" in f.message for f in card.findings), card.reasons


def test_an_adjective_opening_a_phrase_with_to_is_not_a_name() -> None:
    card = pizza("The firm upped delivery fees. Prior to that, profits dropped by 20 per cent.", PIZZA.body[:150])
    assert not any(f.code in ("FC304", "FC305") for f in card.findings), card.reasons


def _verify(body: str, claim: str, quote: str) -> Card:
    card = Card(article="x", kind=Kind.statement, claim=claim, evidence=[Evidence(quote=quote)])
    return verify_cards([card], [Article(id="x", body=body)])[0]


def _assert_judged(evidence: str, claim: str, verified: bool, *, date: str | None = None) -> None:
    """The claim, citing the whole evidence, is verified or not as expected (in an article of `date`, when given)."""
    card = Card(article="x", kind=Kind.statement, claim=claim, evidence=[Evidence(quote=evidence)])
    judged = verify_cards([card], [Article(id="x", body=evidence, date=date)])[0]
    assert (judged.status is Status.verified) is verified, judged.reasons


def _assert_cited(body: str, claim: str, quote: str, verified: bool) -> None:
    """The claim, citing `quote` of an article whose text is `body`, is verified or not as expected."""
    card = Card(article="x", kind=Kind.statement, claim=claim, evidence=[Evidence(quote=quote)])
    judged = verify_cards([card], [Article(id="x", body=body)])[0]
    assert (judged.status is Status.verified) is verified, judged.reasons


TOKENISED = (
    "Tom Reyes ( born Thomas Reyes ; July 22 , 1947 ) is an American drummer . "
    "He played in the bands Salt Harbour ( 1991 -- 2000 ; 2007 -- 11 ) and Low Tide ( 2001 -- 07 ) . "
    "As coach he has lost just once in seven games , and has made nearly 400 appearances ."
)
BORN = "Tom Reyes ( born Thomas Reyes ; July 22 , 1947 ) is an American drummer ."
BANDS = "He played in the bands Salt Harbour ( 1991 -- 2000 ; 2007 -- 11 ) and Low Tide ( 2001 -- 07 ) ."


def test_dates_and_year_ranges_as_tokenised_text_writes_them() -> None:
    born = _verify(TOKENISED, "Tom Reyes, an American drummer, was born on July 22, 1947.", BORN)
    assert born.status is Status.verified, born.reasons
    ranges = _verify(TOKENISED, "He played in Salt Harbour (1991-2000, 2007-2011) and Low Tide (2001-2007).", BANDS)
    assert ranges.status is Status.verified, ranges.reasons
    changed = _verify(TOKENISED, "He played in Salt Harbour (1991-2000, 2007-2012) and Low Tide (2001-2007).", BANDS)
    assert 'date "2012" not in evidence' in changed.reasons[0]
    assert _verify(TOKENISED, "Tom Reyes was born on July 23, 1947.", BORN).status is Status.unsupported


def test_counts_said_as_once_enumerations_and_counts_the_claim_spells_out() -> None:
    coach = "As coach he has lost just once in seven games"
    assert _verify(TOKENISED, "As coach he has lost one game in seven.", coach).status is Status.verified
    assert _verify(TOKENISED, "As coach he has lost two games in seven.", coach).status is Status.unsupported
    first = _verify(TOKENISED, "The first is an American drummer born on July 22, 1947.", BORN)
    assert first.status is Status.verified, first.reasons
    two = _verify(TOKENISED, "He played in two bands: Salt Harbour and Low Tide.", BANDS)
    assert two.status is Status.verified, two.reasons
    three = _verify(TOKENISED, "He played in three bands: Salt Harbour and Low Tide.", BANDS)
    assert three.status is Status.unsupported


def test_an_ordinal_opening_a_later_clause_enumerates_but_a_later_one_still_counts() -> None:
    both = f"{BORN} {BANDS}"
    claim = "The first is an American drummer born on July 22, 1947, and the second is Tom Reyes's band list."
    pair = _verify(TOKENISED, "One is an American drummer, and the other played in Salt Harbour.", both)
    assert pair.status is Status.verified, pair.reasons
    assert "second" not in " ".join(_verify(TOKENISED, claim, both).reasons)
    # Without "the other", a later "one was …" is a count the evidence must give.
    counted = _verify(TOKENISED, "He played in bands, one was Salt Harbour.", BANDS)
    assert counted.status is Status.unsupported, counted.reasons


def test_a_figure_bounded_from_the_other_side_is_a_changed_degree() -> None:
    said = "has made nearly 400 appearances"
    over = _verify(TOKENISED, "He has made over 400 appearances.", said)
    assert over.status is Status.unsupported
    assert messages(over) == ['claim says "over 400" where the evidence says "nearly 400"']
    assert _verify(TOKENISED, "He has made almost 400 appearances.", said).status is Status.verified


@pytest.mark.parametrize(
    ("body", "claim", "verified"),
    [
        ("Unemployment rose to 4.4%, up from 4.2%.", "Unemployment rose to 4.4%, up from 4.2%.", True),
        ("Unemployment rose to 4.4%, up from 4.2%.", "Unemployment rose to its highest level.", False),
        ("Unemployment rose to 4.4%, up from 4.2%.", "Unemployment rose to a record 4.4%.", False),
        ("Ada Brook has won 22 medals.", "Ada Brook has an impressive record with 22 medals.", True),  # a track record
        # the article ranks it elsewhere: which thing it ranks is for a reader
        (
            "Unemployment rose to 4.4%. It is the highest level since 2021.",
            "Unemployment rose to its highest level.",
            True,
        ),
    ],
)
def test_a_rank_the_article_never_gives_is_added(body: str, claim: str, verified: bool) -> None:
    checked = _verify(body, claim, body.split(". ")[0])
    assert (checked.status is Status.verified) is verified, checked.reasons


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        ("The firm hired 1,200 workers last year.", "The firm hired more than 1,200 workers last year.", False),
        ("The firm hired 1,200 workers last year.", "The firm hired about 1,200 workers last year.", True),
        ("The firm hired about 1,200 workers last year.", "The firm hired over 1,200 workers last year.", True),
        ("The firm hired 1,200 or more workers last year.", "The firm hired over 1,200 workers last year.", True),
        # the bound of the figure the other one converts
        ("At least 16,000 hectares - or 40,000 acres - were lost.", "More than 40,000 acres were lost.", True),
        # a stretch of time, no bound
        ("The firm will spend $5 million over five years.", "The firm will spend $5 million over five years.", True),
    ],
)
def test_a_bound_the_claim_puts_on_an_exact_figure_changes_it(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


ROLES = Article(
    id="roles",
    body=(
        "Low Tide is a crime novel written by Welsh author Mara Quill . "
        "Salt Harbour is the second album by the band Grey Pier, released on May 5, 2009 by Kestrel Records. "
        "The Kestrels spent £2,100, while the Falcons' outlay was £3,400. The Herons spent £900. "
        "Ada Brook made her Westbury debut in 2012 and has scored four times for the club. "
        "Cole Vance warned the Herons that further sanctions might follow."
    ),
)


def _on(article: Article, claim: str, quote: str) -> Card:
    card = Card(article=article.id, kind=Kind.statement, claim=claim, evidence=[Evidence(quote=quote)])
    return verify_cards([card], [article])[0]


def _roles(claim: str, quote: str) -> Card:
    return _on(ROLES, claim, quote)


@pytest.mark.parametrize(
    ("claim", "quote"),
    [
        # a reduced passive: the one after "by" did it, however far the "by" and whatever describes them
        ("Low Tide was written by Mara Quill.", "Low Tide is a crime novel written by Welsh author Mara Quill ."),
        (
            "Salt Harbour was released on May 5, 2009, by Kestrel Records.",
            "Salt Harbour is the second album by the band Grey Pier, released on May 5, 2009 by Kestrel Records.",
        ),
        # after a comma a name starts the next clause; it is not what the verb before acted on
        (
            "The Falcons spent £3,400, the Kestrels spent £2,100 and the Herons spent £900.",
            "The Kestrels spent £2,100, while the Falcons' outlay was £3,400. The Herons spent £900.",
        ),
        # a name after a preposition, or after "her", is not the doer
        ("Ada Brook played for Westbury, making her debut in 2012.", "Ada Brook made her Westbury debut in 2012"),
        ("Ada Brook debuted for Westbury in 2012.", "Ada Brook made her Westbury debut in 2012"),
    ],
)
def test_who_did_it_is_read_from_the_clause_not_the_nearest_name(claim: str, quote: str) -> None:
    card = _roles(claim, quote)
    assert "FC203" not in {f.code for f in card.findings}, card.reasons


def test_a_real_role_swap_is_still_caught() -> None:
    swapped = _roles("The Herons warned Cole Vance that further sanctions might follow.", ROLES.body.split(". ")[-1])
    assert "FC203" in {f.code for f in swapped.findings}


@pytest.mark.parametrize(
    ("claim", "verified"),
    [
        ("The Falcons lost to the Kestrels 3-1 on Saturday.", True),
        ("The Falcons were beaten by the Kestrels 3-1 on Saturday.", True),
        ("The Kestrels won 3-1 on Saturday.", True),  # "defeated" is the winner's deed
        ("The Kestrels lost to the Falcons 3-1 on Saturday.", False),
        ("The Kestrels lost 3-1 on Saturday.", False),
        ("The Falcons won 3-1 on Saturday.", False),
    ],
)
def test_who_won_and_who_lost_however_it_is_told(claim: str, verified: bool) -> None:
    body = "The Kestrels defeated the Falcons 3-1 on Saturday."
    checked = _verify(body, claim, body)
    assert (checked.status is Status.verified) is verified, checked.reasons
    if not verified:
        assert "FC203" in {f.code for f in checked.findings}


@pytest.mark.parametrize(
    ("claim", "verified"),
    [
        ("A woman was stabbed outside a nightclub in Bradford.", True),
        ("A 23-year-old man was arrested after a woman was stabbed.", True),
        ("A man was stabbed outside a nightclub in Bradford.", False),  # another was the one stabbed
        ("A woman stabbed a 23-year-old man outside a nightclub.", False),  # the one stabbed did it
        ("Two pedestrians were injured outside the nightclub.", False),
    ],
)
def test_the_one_it_was_done_to_where_no_one_is_named(claim: str, verified: bool) -> None:
    body = (
        "Police arrested a 23-year-old man on Tuesday after a woman was stabbed outside a nightclub in Bradford. "
        "Two passengers were injured when a taxi mounted the kerb outside the nightclub."
    )
    checked = _verify(body, claim, body)
    assert (checked.status is Status.verified) is verified, checked.reasons
    if not verified:
        assert "FC203" in {f.code for f in checked.findings}


@pytest.mark.parametrize(
    ("claim", "verified"),
    [
        ("A Leeds man was arrested after a woman was stabbed outside a nightclub in Bradford.", True),
        ("A man from Leeds was arrested after a woman was stabbed outside a Bradford nightclub.", True),
        ("A man from Bradford was arrested after a woman was stabbed outside a Leeds nightclub.", False),
        ("A man from Leeds was arrested after a woman was stabbed outside a Leeds nightclub.", False),
    ],
)
def test_a_place_stays_with_what_the_evidence_puts_there(claim: str, verified: bool) -> None:
    body = "Police arrested a man from Leeds on Tuesday after a woman was stabbed outside a nightclub in Bradford."
    checked = _verify(body, claim, body)
    assert (checked.status is Status.verified) is verified, checked.reasons
    if not verified:
        assert [f.code for f in checked.findings] == ["FC203"]


def test_degree_words_inside_names_and_all_but_one_are_no_change_of_degree() -> None:
    body = "Ada Brook won First Team honours. The Herons lost all but one of their seats. The Kites lost all seats."
    finals = _verify(body, "Ada Brook won Cup Finals honours.", "Ada Brook won First Team honours.")
    assert "FC205" not in {f.code for f in finals.findings}, finals.reasons
    most = _verify(body, "The Herons lost most of their seats.", "The Herons lost all but one of their seats.")
    assert most.status is Status.verified, most.reasons
    some = _verify(body, "The Kites lost some seats.", "The Kites lost all seats.")
    assert "FC205" in {f.code for f in some.findings}


def test_order_words_that_follow_the_clause_order_are_not_opposites() -> None:
    body = "Ada Brook began in the pool, winning six medals at the 1992 Games before switching to cycling in 2005."
    later = "Ada Brook began in the pool, winning six medals at the 1992 Games, and later switched to cycling in 2005."
    assert _verify(body, later, body).status is Status.verified


LOWER = Article(
    id="lower",
    body=(
        "westbury interim manager ada brook has been given the role on a permanent basis after signing a deal . "
        "the former kestrel boss joined the club as assistant last summer . "
        "ray oduya-trained grey pier is bracketed with belgian raider low tide .\n"
    ),
)


def _lower(claim: str, quote: str) -> Card:
    return _on(LOWER, claim, quote)


def test_a_lower_cased_feed_writes_its_names_in_lower_case() -> None:
    first = LOWER.body.split(" . ")[0] + " ."
    third = LOWER.body.split(" . ")[2].strip()
    assert _lower("Ada Brook has been appointed permanent manager of Westbury.", first).status is Status.verified
    trained = _lower("Grey Pier, trained by Ray Oduya, is bracketed with a raider from Belgium.", third)
    assert trained.status is Status.verified, trained.reasons
    # named elsewhere in the article, in another connection: needs review, not "appears nowhere"
    elsewhere = _lower("Ada Brook, once a Belgian, has been given the role permanently.", first)
    assert [f.code for f in elsewhere.findings] == ["FC305"], elsewhere.reasons
    # named beside the same words in the next sentence ("the former kestrel boss"): that sentence says it
    boss = _lower("Ada Brook, the former Kestrel boss, has been given the role permanently.", first)
    assert boss.status is Status.verified, boss.reasons
    assert [e.text for e in boss.evidence if e.context] == [
        "the former kestrel boss joined the club as assistant last summer ."
    ]
    invented = _lower("Ada Brook, the former Osprey boss, has been given the role permanently.", first)
    assert [f.code for f in invented.findings] == ["FC304"], invented.reasons


def test_a_generation_and_an_opening_other_are_no_names() -> None:
    body = "Cole Vance senior boxed from 1985 to 1998. Other members include Ada Brook."
    sr = _verify(body, "Cole Vance Sr. boxed from 1985 to 1998.", "Cole Vance senior boxed from 1985 to 1998.")
    assert "FC304" not in {f.code for f in sr.findings}, sr.reasons
    other = _verify(body, "Other members include Ada Brook.", "Other members include Ada Brook.")
    assert other.status is Status.verified


def test_a_summarys_own_words_list_bullets_and_common_initialisms_are_no_names() -> None:
    body = "Ada Brook won the race at 2 pm. Officials at the track said the film was shown on television."
    for claim in (
        "Note: Ada Brook won the race.",
        "Key facts: Ada Brook won the race.",
        "* Officials at the track said the film was shown on television.",
        "Ada Brook won the race at 2:00 PM.",
    ):
        card = _verify(body, claim, body)
        assert not {"FC304", "FC305"} & {f.code for f in card.findings}, (claim, card.reasons)


def test_a_summarys_words_about_itself_are_not_what_it_says_the_article_says() -> None:
    body = "The Harbor Bridge will close for six weeks. It will reopen in May."
    claim = "Note: the details provided cover the core information: the Harbor Bridge will close for six weeks."
    assert _verify(body, claim, body).status is Status.verified
    # what follows the summary's words is still read: a changed figure fails
    changed = "Note: the details provided cover the core information: the Harbor Bridge will close for six months."
    assert _verify(body, changed, body).status is not Status.verified


def test_an_accent_composed_apart_or_left_off_is_the_same_name() -> None:
    body = "The first king of the Angoule\u0302me branch was crowned at Reims. Francois Etienne ruled Tuscany."
    card = _verify(body, "The first king of the Angoulême branch was crowned at Reims.", body.split(". ")[0] + ".")
    assert card.status is Status.verified, card.reasons
    etienne = _verify(body, "François Étienne ruled Tuscany.", "Francois Etienne ruled Tuscany.")
    assert etienne.status is Status.verified, etienne.reasons


def test_another_word_form_of_a_name_in_the_article_is_no_invented_name() -> None:
    body = "A whale was found on a West Australian beach. It is the second in the country."
    card = _verify(body, "It is the second in Western Australia.", "It is the second in the country.")
    assert {f.code for f in card.findings} == {"FC305"}, card.reasons


SPENDING = (
    "The Kestrels spent £2,956,737 and the Herons spent £1,580,575 on the campaign. "
    "In 2017 the Kites reached the final for the seventh consecutive year."
)


@pytest.mark.parametrize(
    ("claim", "verified"),
    [
        ("The Herons spent £1.6 million on the campaign.", True),  # rounds to it
        ("The Herons spent over £1.5 million on the campaign.", True),  # the side "over" says
        ("The Kestrels spent nearly £3 million on the campaign.", True),
        ("The Herons spent £1.5 million on the campaign.", False),  # 1,580,575 does not round to 1.5
        ("The Herons spent £2 million on the campaign.", False),  # one digit: only with "about", "over" …
        ("The Herons spent nearly £1.5 million on the campaign.", False),  # the wrong side
        ("The Herons spent £1,600,000 on the campaign.", False),  # a whole number claims every digit
    ],
)
def test_a_figure_given_to_fewer_digits_is_the_figure_it_rounds(claim: str, verified: bool) -> None:
    quote = SPENDING.split(". ")[0] + "."
    card = _verify(SPENDING, claim, quote)
    assert (card.status is Status.verified) is verified, card.reasons


def test_an_ordinal_run_is_a_count_and_an_enumerating_ordinal_no_figure() -> None:
    quote = "In 2017 the Kites reached the final for the seventh consecutive year."
    seven = _verify(SPENDING, "The Kites reached seven consecutive finals up to 2017.", quote)
    assert seven.status is Status.verified, seven.reasons
    six = _verify(SPENDING, "The Kites reached six consecutive finals up to 2017.", quote)
    assert six.status is Status.unsupported
    first = _verify(SPENDING, "The first, the Kites, reached the final in 2017.", quote)
    assert first.status is Status.verified, first.reasons
    one = _verify(SPENDING, "The second one is the Kites, who reached the final in 2017.", quote)
    assert one.status is Status.verified, one.reasons


def test_a_lower_cased_feed_writes_its_dates_in_lower_case_too() -> None:
    body = "the former kestrel boss took control of the team when ada brook quit at the start of february . "
    body += "he will speak at a press conference on friday morning , the club said . " * 2
    quote = "he will speak at a press conference on friday morning , the club said ."
    friday = _verify(body, "He will speak at a press conference on Friday.", quote)
    assert friday.status is Status.verified, friday.reasons
    monday = _verify(body, "He will speak at a press conference on Monday.", quote)
    assert monday.status is not Status.verified
    protest = "the harbour workers plan to march on saturday , the union said . " * 3
    march = _verify(protest, "The harbour workers plan to march in March.", protest.split(" . ")[0] + " .")
    assert march.status is not Status.verified  # "to march" is no month


def test_a_surname_with_a_letter_put_in_is_another_name() -> None:
    body = "Ray Johnston joined the club as assistant to Ada Brook last summer."
    johnson = _verify(body, "Ray Johnson joined the club as assistant to Ada Brook last summer.", body)
    assert johnson.status is not Status.verified
    assert (
        _verify(body + " Chinese investors left.", "China's investors left.", "Chinese investors left.").findings == []
    )


AIRSPACE = (
    "Aldmark will open its airspace to all carriers that meet its rules, effectively ending the ban on Kestrel Air. "
    "Until now Kestrel Air flew a long route to parts of Asia."
)


def test_a_quantity_of_something_else_and_a_ban_ended_are_no_change_of_degree() -> None:
    first = AIRSPACE.split(". ")[0] + "."
    both = AIRSPACE
    parts = _verify(AIRSPACE, "Aldmark will open its airspace to carriers that flew to parts of Asia.", both)
    assert "FC205" not in {f.code for f in parts.findings}, parts.reasons
    allowing = _verify(AIRSPACE, "Aldmark is allowing Kestrel Air to use its airspace.", first)
    assert "FC205" not in {f.code for f in allowing.findings}, allowing.reasons
    some = _verify(AIRSPACE, "Aldmark will open its airspace to some carriers that meet its rules.", first)
    assert "FC205" in {f.code for f in some.findings}
    closing = _verify(AIRSPACE, "Aldmark is closing its airspace to Kestrel Air.", first)
    assert messages(closing) == ['claim says "closing" where the evidence says "open"']


def test_a_name_the_article_gives_elsewhere_by_another_of_its_names_needs_review() -> None:
    body = "Kestrel Air has offers from clubs in Belgium. The mayor spoke on Friday."
    card = _verify(body, "Belgian investors heard the mayor speak on Friday.", "The mayor spoke on Friday.")
    assert "FC305" in {f.code for f in card.findings} and "FC304" not in {f.code for f in card.findings}
    invented = _verify(body, "French investors heard the mayor speak on Friday.", "The mayor spoke on Friday.")
    assert "FC304" in {f.code for f in invented.findings}


def test_a_figure_beyond_a_float_is_compared_by_its_digits() -> None:
    huge = "9" * 400
    body = f"The fund holds {huge} dollars and 1.5 million more."
    assert _verify(body, f"The fund holds {huge} dollars.", body).status is Status.verified
    other = _verify(body, f"The fund holds about {huge[:-1]}0 dollars.", body)
    assert other.status is Status.unsupported  # not a crash, and not the same figure


def test_a_quote_cited_twice_is_one_span() -> None:
    body = "The Harbor Bridge will close for six weeks, the mayor said."
    card = Card(article="a", kind="statement", claim=body, evidence=[Evidence(quote=body), Evidence(quote=body)])
    [checked] = verify_cards([card], [Article(id="a", body=body)])
    assert [(e.start, e.end) for e in checked.evidence] == [(0, len(body))]


def _details(claim: str, body: str) -> Card:
    """The claim citing only the article's first sentence."""
    return _verify(body, claim, body.split(". ")[0] + ".")


def test_a_name_or_figure_the_evidence_lacks_may_come_from_a_sentence_that_says_it_of_the_same_thing() -> None:
    shot = "The black box of the jet was opened in Moscow on Friday. Turkey shot down the jet in November."
    card = _details("The black box of the jet shot down by Turkey was opened in Moscow.", shot)
    assert card.status is Status.verified, card.reasons
    assert [e.text for e in card.evidence if e.context] == ["Turkey shot down the jet in November."]
    yard = "Ada Brook hit a hole in one at the fourth on Sunday. The fourth is a 130-yard hole by the lake."
    card = _details("Ada Brook hit a hole in one at the 130-yard fourth.", yard)
    assert card.status is Status.verified, card.reasons
    assert [e.text for e in card.evidence if e.context] == ["The fourth is a 130-yard hole by the lake."]


def test_a_name_or_figure_the_article_gives_only_in_another_connection_is_still_not_supported() -> None:
    dinner = "The black box of the jet was opened in Moscow on Friday. Diplomats from Turkey attended a dinner."
    card = _details("The black box of the jet shot down by Turkey was opened in Moscow.", dinner)
    assert [f.code for f in card.findings] == ["FC305"], card.reasons
    members = "Ada Brook hit a hole in one at the fourth on Sunday. The club has 130 members."
    card = _details("Ada Brook hit a hole in one at the 130-yard fourth.", members)
    assert [f.code for f in card.findings] == ["FC301"], card.reasons
    # the words beside it are in the sentence, but the figure is someone else's
    tries = (
        "Ada Brook won the final on Sunday. "
        "Brook scored early in the second half, but Lena Okafor (2) and her sister Sam Reyes then scored late."
    )
    card = _details("Ada Brook scored 2 tries in the final.", tries)
    assert [f.code for f in card.findings] == ["FC301"], card.reasons


RECALL = (
    'The carmaker will recall 19 trucks to fix "a specific electrical connection issue that could result in a '
    'loss of propulsion while driving." Sales of the truck began in June. '
    'Its chief said "nobody takes a recall lightly" on Friday.'
)


def test_words_a_claim_quotes_must_be_the_articles_word_for_word() -> None:
    quote = RECALL.split(" Sales")[0]
    for altered in ("a specific battery issue", "a loss of navigation", "a gain of propulsion"):
        claim = f'The carmaker will recall 19 trucks over "{altered} … while driving".'
        card = _verify(RECALL, claim, quote)
        assert card.status is Status.unsupported, card.reasons
        assert "FC404" in {f.code for f in card.findings}, card.reasons
    # cut with an ellipsis, another case and spacing: still the article's words
    kept = 'The carmaker will recall 19 trucks over "a specific electrical connection issue ... while driving".'
    assert _verify(RECALL, kept, quote).status is Status.verified


def test_quoted_words_the_article_says_outside_the_evidence_are_cited_as_context() -> None:
    quote = RECALL.split(" Sales")[0]
    claim = 'The carmaker will recall 19 trucks; its chief said "nobody takes a recall lightly".'
    card = _verify(RECALL, claim, quote)
    assert "FC404" not in {f.code for f in card.findings}, card.reasons
    assert [e.text for e in card.evidence if e.context] == ['Its chief said "nobody takes a recall lightly" on Friday.']


def test_titles_and_claims_wrapped_whole_in_quotation_marks_are_not_quotations() -> None:
    assert quoted_parts('Hoffman was filming "The Hunger Games: Mockingjay – Part 2" at the time.') == []
    assert quoted_parts('"The bridge will close for six weeks."') == []
    assert quoted_parts("He called the course his ` sanctuary from the pressure ' again.") == [
        "sanctuary from the pressure"
    ]
    assert quoted_parts("Russia’s envoy called it ‘deeply troubling to us’ twice.") == ["deeply troubling to us"]


def test_a_name_the_evidence_only_mentions_is_not_who_said_it() -> None:
    body = (
        "Despite Ada Brook, the council voted 5-4 to close the bridge, according to the clerk.\n\n"
        "Brook's plan will cost $4 million, the transport department said.\n\n"
        "Brook's office said the plan was the cheapest."
    )
    vote = "Despite Ada Brook, the council voted 5-4 to close the bridge, according to the clerk."
    brook = _verify(body, "Ada Brook said the council voted 5-4 to close the bridge.", vote)
    assert [f.code for f in brook.findings] == ["FC401"], brook.reasons
    assert messages(brook) == ['claim credits it to "Ada Brook"; the article attributes it to "the clerk"']
    assert _verify(body, "The clerk said the council voted 5-4 to close the bridge.", vote).status is Status.verified
    plan = "Brook's plan will cost $4 million, the transport department said."
    assert [f.code for f in _verify(body, "Brook said her plan will cost $4 million.", plan).findings] == ["FC401"]
    office = "Brook's office said the plan was the cheapest."
    assert _verify(body, "Brook said the plan was the cheapest.", office).status is Status.verified


def test_a_title_the_article_gives_in_apposition_names_the_person_and_is_cited() -> None:
    body = "The mayor, Lena Okafor, welcomed the vote.\n\nThe mayor said the money would fix the bridge."
    checked = _verify(body, "Lena Okafor said the money would fix the bridge.", body.split("\n\n")[1])
    assert checked.status is Status.verified, checked.reasons
    assert context_of(checked) == ["The mayor, Lena Okafor, welcomed the vote."]


def test_two_figures_the_other_way_round_are_caught() -> None:
    body = "The council voted 5-4 to close the bridge.\n\nTolls rose from 2 to 3 dollars."
    vote, tolls = body.split("\n\n")
    assert _verify(body, "The council voted 5-4 to close the bridge.", vote).status is Status.verified
    turned = _verify(body, "The council voted 4-5 to close the bridge.", vote)
    assert messages(turned) == ['claim says "4-5" where the evidence says "5-4"']
    fell = _verify(body, "Tolls fell from 3 to 2 dollars.", tolls)
    assert 'claim says "3 to 2" where the evidence says "2 to 3"' in messages(fell)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        (
            "The Harbor Bridge will close on Monday for repairs.",
            "The Harbor Bridge closed on Monday for repairs.",
            False,
        ),
        ("The Harbor Bridge will be closed for six weeks.", "The Harbor Bridge was closed for six weeks.", False),
        ("Mayor Lena Okafor resigned on Friday.", "Mayor Lena Okafor will resign.", False),
        ("Mayor Lena Okafor resigned on Friday.", "Mayor Lena Okafor resigned on Friday.", True),
        ("The bridge closed on Monday and will reopen in May.", "The bridge closed on Monday.", True),
        ("The film will be directed by Ada Brook.", "The film is directed by Ada Brook.", True),
        ("Okafor said she will run again.", "Okafor said she would run again.", True),
        ("The firm cut 300 jobs.", "The firm will cut 300 jobs.", True),  # "cut" may be the present
        # what someone said would happen, the speaker named before or after it, is not done
        (
            "The council would spend £2.5 billion on flood defences over five years, the minister said.",
            "The council has spent £2.5 billion on flood defences.",
            False,
        ),
        (
            "Okafor told councillors on Monday that the city would spend $4 million on the pier.",
            "Okafor said the city spent $4 million on the pier.",
            False,
        ),
        (
            "Okafor told councillors on Monday that the city would spend $4 million on the pier.",
            "Okafor said the city will spend $4 million on the pier.",
            True,
        ),
    ],
)
def test_a_claim_keeps_the_tense_of_its_evidence(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a length of time in another unit is the same length
        (
            "Exports rose in February, the first rise in six months.",
            "Exports rose in February, the first rise in half a year.",
            True,
        ),
        ("The bridge will close for 48 hours.", "The bridge will close for two days.", True),
        ("The bridge will close for 18 months.", "The bridge will close for a year and a half.", True),
        ("The bridge will close for six months.", "The bridge will close for six years.", False),
        ("The bridge will close for four weeks.", "The bridge will close for a month.", False),  # 28 days is not 30
        # half is not all
        ("Almost half of the 400 workers could lose their jobs.", "All 400 workers could lose their jobs.", False),
        ("All 400 workers could lose their jobs.", "Half of the 400 workers could lose their jobs.", False),
        # what someone said would happen has not happened; a story's "would" is its past
        ("The council warned on Friday that it would close the bridge.", "The council closed the bridge.", False),
        ("Okafor would win the third election in 1989.", "Okafor won the third election in 1989.", True),
    ],
)
def test_how_long_how_many_and_whether_it_happened(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


def test_a_body_the_claim_credits_must_be_the_one_the_evidence_credits() -> None:
    evidence = "The talks ended without a deal, according to two people familiar with them."
    wrong = _verify(evidence, "The talks ended without a deal, the customs agency said.", evidence)
    assert messages(wrong) == [
        'claim credits it to "the customs agency"; the article attributes it to "two people familiar with them"',
        'claim credits it to "customs agency", whom the article never mentions in any form',
    ]
    said = "The talks ended without a deal, the customs agency said."
    assert (
        _verify(said, "The talks ended without a deal, according to the customs agency.", said).status
        is Status.verified
    )
    # A person the evidence names may speak for the body.
    bishop = "The targets are being missed, Mr Bishop said."
    assert (
        _verify(bishop, "The targets are being missed, the forestry industry said.", bishop).status is Status.verified
    )


def test_a_deed_credited_to_another_body_the_evidence_names_is_not_supported() -> None:
    evidence = "Kestrel Labs recalled the drug in May after the Food Agency found contamination at its plant."
    _assert_judged(evidence, "Kestrel Labs recalled the drug in May.", True)
    _assert_judged(evidence, "The Food Agency recalled the drug in May.", False)
    _assert_judged(evidence, "The Food Agency found contamination at the plant.", True)
    # named first, yet the finding is in a clause of the agency's own
    _assert_judged(evidence, "Kestrel Labs found contamination at its plant.", False)
    # one named first and then joined by another may still be doing it: "Cho, like Ferrante, proposed …"
    _assert_judged(
        "Kestrel Labs, like the Food Agency, found contamination.", "Kestrel Labs found contamination.", True
    )


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # who did it to whom, with an amount between the verb and its agent
        ("Kestrel was fined $2 million by Ofwat on Tuesday.", "Kestrel fined Ofwat $2 million on Tuesday.", False),
        ("Kestrel was fined $2 million by Ofwat on Tuesday.", "Ofwat fined Kestrel $2 million on Tuesday.", True),
        # a party named by a common noun ("the regulator", "the board") keeps its role as a name does
        ("Kestrel was fined $2 million by the regulator.", "Kestrel fined the regulator $2 million.", False),
        ("Kestrel was fined $2 million by the regulator.", "The regulator fined Kestrel $2 million.", True),
        ("Sam Ode refused to resign, and the board backed him.", "Sam Ode backed the board.", False),
        ("Sam Ode refused to resign, and the board backed him.", "The board backed Sam Ode.", True),
        # which way the figure went, where the evidence moves another figure the other way
        (
            "Kestrel shares fell 8% on Tuesday, while Harbor shares rose 3%.",
            "Kestrel shares rose 8% on Tuesday.",
            False,
        ),
        (
            "Kestrel shares fell 8% on Tuesday, while Harbor shares rose 3%.",
            "Kestrel shares dropped 8% on Tuesday.",
            True,
        ),
        ("Unemployment fell to 3.1% in May from 3.4%.", "Unemployment rose to 3.1% in May.", False),
        ("Unemployment fell to 3.1% in May from 3.4%.", "Unemployment dropped to 3.1 per cent in May.", True),
    ],
)
def test_who_did_it_and_which_way_the_figure_went(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # another action between the same parties, named by common nouns
        (
            "Last year the union sued the hospital; the case was dismissed in October.",
            "The union won its case against the hospital in October.",
            False,
        ),
        (
            "Last year the union sued the hospital; the case was dismissed in October.",
            "The union sued the hospital last year; the case was dismissed in October.",
            True,
        ),
        # a party inside an "of" phrase is not the verb's subject
        (
            "The downing of the jet plunged relations between Russia and Turkey into crisis.",
            "The downing of the jet has caused a crisis in relations between Russia and Turkey.",
            True,
        ),
        # the body the claim credits must be the one the evidence credits, even where it is named
        (
            "The hospital offered 5%, according to the Marlow Nurses Union.",
            "The union offered 5%, according to the hospital.",
            False,
        ),
        (
            "The hospital offered 5%, according to the Marlow Nurses Union.",
            "The hospital offered 5%, according to the union.",
            True,
        ),
    ],
)
def test_parties_named_by_common_nouns(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


_CRITICS = (
    "Critics say the mayor failed to deliver on his pledge to build 1,000 homes; only about 600 have been completed."
)
_ELECTION = (
    "Voters re-elected Mayor Tomas Reyes on Saturday with 54 percent of the vote, defeating challenger Irene Falk, "
    "who won 41 percent."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a margin in points is the difference of two shares the evidence gives
        (_ELECTION, "Tomas Reyes beat Irene Falk by 13 percentage points.", True),
        (_ELECTION, "Tomas Reyes beat Irene Falk by 12 percentage points.", False),
        # a figure won by the one a relative clause follows is that one's
        (_ELECTION, "Tomas Reyes won 41 percent of the vote.", False),
        (_ELECTION, "Irene Falk won 41 percent of the vote.", True),
        # a refusal the evidence does not have
        ("Falk conceded late Saturday.", "Falk refused to concede.", False),
        ("Falk refused to concede late Saturday.", "Falk refused to concede.", True),
        # part of a counted whole is not all of it
        ("Four of its seven seats are held by Reyes allies.", "Reyes allies hold all seven council seats.", False),
        ("Four of its seven seats are held by Reyes allies.", "Reyes allies hold four of the seven seats.", True),
        # a charge one side makes is not the article's fact
        (
            _CRITICS,
            "The mayor failed to deliver on his pledge to build 1,000 homes.",
            False,
        ),
        (
            _CRITICS,
            "Critics say the mayor failed to deliver on his pledge to build 1,000 homes.",
            True,
        ),
        (
            _CRITICS,
            "About 600 of a promised 1,000 homes have been completed.",
            True,
        ),
    ],
)
def test_an_election_read_as_an_editor_would(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


def test_a_group_that_speaks_without_an_article_is_who_said_it() -> None:
    said = "Turnout was 38 percent, down from 45 percent, election officials said."
    body = f"{said} Mayor Tomas Reyes thanked voters."
    card = _verify(body, "Turnout was 38 percent, the mayor said.", said)
    assert card.reasons == [
        'FC401 speaker-mismatch: claim credits it to "Tomas Reyes"; the article attributes it to "election officials"'
    ]
    assert _verify(body, "Turnout was 38 percent, officials said.", said).status is Status.verified


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a count or an ordinal of what the text is about is no figure of the world
        (
            "Home for the Holidays is a 1972 television film. Home for the Holidays is a 1995 comedy film.",
            "The passage describes two different films titled Home for the Holidays.",
            True,
        ),
        (
            "Ann Richards was an American jazz singer and the wife of pianist Stan Kenton.",
            "The second Ann Richards mentioned is an American jazz singer.",
            True,
        ),
        (
            "Home for the Holidays is a 1972 television film. Home for the Holidays is a 1995 comedy film.",
            "Two films are mentioned: a 1972 television film and a 1995 comedy film.",
            True,
        ),
        # a count of the world still is one
        (
            "Ann Richards was an American jazz singer and the wife of pianist Stan Kenton.",
            "Ann Richards was the second wife of pianist Stan Kenton.",
            False,
        ),
        (
            "The festival drew crowds to the harbour on Saturday.",
            "Two festivals named Harbour Days drew crowds on Saturday.",
            False,
        ),
    ],
)
def test_counting_what_the_text_is_about(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


_FIRE = "Daniel Orme, 24, has been charged with arson after a fire destroyed the library, police said."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # charged is not convicted; accused of doing it is not doing it
        (_FIRE, "Daniel Orme has been convicted of arson, police said.", False),
        (_FIRE, "Daniel Orme was charged with arson, police said.", True),
        (
            "Orme is accused of starting the blaze shortly after 2 a.m.",
            "Orme started the blaze shortly after 2 a.m.",
            False,
        ),
        (
            "Orme is accused of starting the blaze shortly after 2 a.m.",
            "Orme is accused of starting the fire shortly after 2 a.m.",
            True,
        ),
        # a figure keeps its unit of time, and its bound
        (
            "Crews arrived within six minutes and contained the fire in under an hour.",
            "Crews arrived within six hours.",
            False,
        ),
        (
            "Crews arrived within six minutes and contained the fire in under an hour.",
            "Crews contained the fire in over an hour.",
            False,
        ),
        (
            "Crews arrived within six minutes and contained the fire in under an hour.",
            "Crews arrived within 6 minutes and had the fire contained in less than an hour.",
            True,
        ),
        # what investigators believe is not established
        ("Investigators believe an accelerant was used.", "An accelerant was used to start the fire.", False),
        ("Investigators believe an accelerant was used.", "Investigators believe an accelerant was used.", True),
        # the figure the evidence gives of the same deed
        (
            "The town council has pledged $1.5 million toward rebuilding, less than half of the estimated $4 million cost.",
            "The council has pledged $4 million toward rebuilding.",
            False,
        ),
        (
            "The town council has pledged $1.5 million toward rebuilding, less than half of the estimated $4 million cost.",
            "The council has pledged $1.5 million toward rebuilding, estimated to cost $4 million.",
            True,
        ),
    ],
)
def test_a_fire_read_as_an_editor_would(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # "has accused" is a verb after its auxiliary, whose roles a swap changes
        (
            "Ostria has accused Valdoria of overfishing in contested waters, a charge Valdoria denies.",
            "Valdoria has accused Ostria of overfishing in contested waters.",
            False,
        ),
        # denying is not admitting; the evidence's own "denies" supports the claim's
        (
            "Ostria has accused Valdoria of overfishing in contested waters, a charge Valdoria denies.",
            "Valdoria admits overfishing in contested waters.",
            False,
        ),
        (
            "Ostria has accused Valdoria of overfishing in contested waters, a charge Valdoria denies.",
            "Valdoria denies overfishing in contested waters.",
            True,
        ),
        # a month things are planned for is a date
        (
            "An EU spokesman said further talks were planned for April.",
            "Further talks are planned for May, an EU spokesman said.",
            False,
        ),
        ("Sentencing is scheduled for March 4th.", "Sentencing is scheduled for March 4th.", True),
        # "not the last one" negates no lasting
        (
            '"We have taken a first step, not the last one," Sikorsky told reporters after the four-hour meeting.',
            "The meeting lasted four hours.",
            True,
        ),
        (
            "The meeting was not the last one, Sikorsky said.",
            "The meeting was the last one, Sikorsky said.",
            False,
        ),
    ],
)
def test_talks_read_as_an_editor_would(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


def test_a_bare_quotation_is_its_speakers() -> None:
    body = (
        '"We have taken a first step, not the last one," Ana Sikorsky told reporters after the meeting. '
        '"Trust will take longer."'
    )
    quote = '"Trust will take longer."'
    card = _verify(body, '"Trust will take longer," Sikorsky said.', quote)
    assert card.status is Status.verified, card.reasons
    assert [e.context for e in card.evidence] == [False, True]
    assert _verify(body, '"Trust will take longer," Lemaire said.', quote).status is not Status.verified


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a figure moved the way the evidence moves it, even after another that went the other way
        (
            "Shares fell 3% in early trading. They have gained about 25% this year.",
            "Shares have gained about 25% this year.",
            True,
        ),
        (
            "Shares fell 3% in early trading. They have gained about 25% this year.",
            "Shares have lost about 25% this year.",
            False,
        ),
        # directions said of a count
        (
            "Halvorsen plans to cut 400 jobs at its Dunmore plant.",
            "Halvorsen plans to add 400 jobs at its Dunmore plant.",
            False,
        ),
        (
            "Halvorsen plans to cut 400 jobs at its Dunmore plant.",
            "Halvorsen plans to shed 400 jobs at its Dunmore plant.",
            True,
        ),
        # ahead is not behind
        (
            "The win lifts United to fourth in the table, two points behind leaders Castlegate.",
            "United are two points ahead of Castlegate.",
            False,
        ),
        (
            "The win lifts United to fourth in the table, two points behind leaders Castlegate.",
            "United are fourth, two points behind Castlegate.",
            True,
        ),
        # beating an estimate is not falling short of it
        (
            "Revenue climbed 6% to $3.1 billion, slightly below analysts' estimates of $3.2 billion.",
            "Revenue rose 6% to $3.1 billion, beating analysts' estimates.",
            False,
        ),
        (
            "Revenue climbed 6% to $3.1 billion, slightly below analysts' estimates of $3.2 billion.",
            "Revenue rose 6% to $3.1 billion, missing analysts' estimates.",
            True,
        ),
    ],
)
def test_earnings_read_as_an_editor_would(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


_TAKEOVER = (
    "Kestrel Foods agreed on Monday to buy rival snack maker Pinebrook Brands for $2.4 billion in cash, "
    "in a deal that would create the country's third-largest snack producer."
)
_JOBS = (
    "Pinebrook chief executive Dana Whitfield will step down once the deal closes, and about 400 jobs could "
    "be cut, according to a person familiar with the plans."
)
_ANALYSTS = (
    '"This brings together two brands that families already love," Kestrel chief executive Marcus Lyle said. '
    "Analysts at Corvid Securities said the price looked high."
)
_SHARES = "Shares of Pinebrook rose 19 percent in early trading, while Kestrel's stock fell 3 percent."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        (_TAKEOVER, "Kestrel Foods agreed to buy Pinebrook Brands for $2.4 billion.", True),
        # the one who agrees to buy is the buyer
        (_TAKEOVER, "Pinebrook Brands agreed to buy Kestrel Foods for $2.4 billion.", False),
        # agreeing to buy is not having bought
        (_TAKEOVER, "Kestrel Foods bought Pinebrook Brands for $2.4 billion.", False),
        # third-largest is not largest
        (_TAKEOVER, "The deal would create the country's largest snack producer.", False),
        (_TAKEOVER, "The deal would create the country's third-largest snack producer.", True),
        # what an unnamed source said is not the chief executive's word
        (_JOBS, "Dana Whitfield said about 400 jobs could be cut.", False),
        (_JOBS, "About 400 jobs could be cut, according to a person familiar with the plans.", True),
        # the analysts said it, not the one quoted before them
        (_ANALYSTS, "Marcus Lyle said the price looked high.", False),
        (_ANALYSTS, "Analysts at Corvid Securities said the price looked high.", True),
        # whose shares moved by how much
        (_SHARES, "Kestrel shares rose 19 percent in early trading.", False),
        (_SHARES, "Pinebrook shares rose 19 percent in early trading.", True),
        (_SHARES, "Kestrel's stock fell 3 percent.", True),
    ],
)
def test_a_takeover_read_as_an_editor_would(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


def test_one_of_the_largest_is_not_the_largest() -> None:
    evidence = "Imax, the world's second largest cinema chain, plans to list its shares in Hong Kong."
    card = _verify(evidence, "Imax, the world's largest cinema chain, plans to list its shares.", evidence)
    assert card.reasons == ['FC205 degree-changed: claim says "largest" where the evidence says "second largest"']
    one_of = "Knightsbridge, one of Britain's most expensive areas, has a flat on sale."
    assert _verify(one_of, "Knightsbridge is one of Britain's most expensive areas.", one_of).status is Status.verified
    assert _verify(one_of, "Knightsbridge is Britain's most expensive area.", one_of).status is not Status.verified


_STUDY = (
    "People who drank three or more cups of coffee a day were 15 percent less likely to develop heart failure. "
    "Decaffeinated coffee showed no such link. A 2019 study had found a smaller effect among women than men."
)


_STUDY_CLAIMS = [
    ("Those who drank three or more cups a day were 15 percent less likely to develop heart failure.", True),
    # which way a figure compares
    ("Those who drank three or more cups a day were 15 percent more likely to develop heart failure.", False),
    # "no such link" negates the link
    ("Decaffeinated coffee showed the same link.", False),
    ("Decaffeinated coffee showed no such link.", True),
    # what is compared with what
    ("A 2019 study had found a smaller effect among men than women.", False),
    ("A 2019 study had found a smaller effect among women than men.", True),
]


@pytest.mark.parametrize(
    "claim",
    [
        "The passage provides information about two individuals named James Jones.",
        "There are two notable individuals named James Jones.",
        "Two people are described: a Welsh rugby player and an American novelist.",
    ],
)
def test_how_many_things_the_text_describes_is_no_figure_of_the_world(claim: str) -> None:
    evidence = "James Jones was a Welsh rugby player. James Jones is an American novelist."
    assert "FC301" not in {f.code for f in _verify(evidence, claim, evidence).findings}


_RULING = (
    "A federal judge on Thursday temporarily blocked the state from enforcing a new law that bans drag "
    "performances in public parks. The law would have imposed fines of up to $5,000 for a first offence. "
    "It was due to take effect on Saturday. Police said the crowd outside was peaceful and no one was arrested."
)


_RULING_CLAIMS = [
    ("A federal judge temporarily blocked a new law banning drag performances in public parks.", True),
    # blocking a law is not upholding it
    ("A federal judge upheld a new law banning drag performances in public parks.", False),
    # what would have happened did not
    ("The law imposed fines of up to $5,000 for a first offence.", False),
    ("The law would have imposed fines of up to $5,000 for a first offence.", True),
    # what was due to happen has not yet
    ("The law took effect on Saturday.", False),
    # "no one was arrested" negates the arrest
    ("Police arrested several people outside.", False),
    ("No one was arrested, police said.", True),
    # peaceful is not violent
    ("Police said the crowd was violent.", False),
]


def test_no_one_more_than_someone_says_they_did() -> None:
    evidence = "And no-one has invested more in Thiago than Guardiola."
    assert _verify(evidence, "Guardiola has invested more in Thiago than anyone.", evidence).status is Status.verified


_CONTRASTED = (
    "Similar laws in two other states have been struck down, while a third was upheld by an appeals court in "
    "March. Shares of Pinebrook rose sharply, but Kestrel's stock fell."
)


_CONTRASTED_CLAIMS = [
    ("Similar laws in two other states have been struck down.", True),
    ("A similar law was upheld by an appeals court in March.", True),
    # each side of a contrast is said of its own clause's subject
    ("Similar laws in two other states have been upheld.", False),
    ("A similar law was struck down by an appeals court in March.", False),
    ("Kestrel's stock rose.", False),
    ("Kestrel's stock fell, while Pinebrook shares rose.", True),
]


_QUAKE = (
    "At least 14 people were killed when a magnitude 6.2 earthquake struck Valtara early on Sunday. The quake hit "
    "at 3:40 a.m. local time about 30 kilometres north of Brisca, at a depth of 10 kilometres. Neighbouring "
    "Marenia sent two rescue teams, while the European Union pledged 2 million euros in aid. The region was hit "
    "by a smaller quake in 2016 that killed three people."
)


_QUAKE_CLAIMS = [
    ("At least 14 people were killed when a magnitude 6.2 earthquake struck Valtara.", True),
    # "at least" is no exact count
    ("Exactly 14 people were killed when a magnitude 6.2 earthquake struck Valtara.", False),
    ("The quake hit at 3:40 a.m. local time.", True),
    # the same figures, the other half of the day
    ("The quake hit at 3:40 p.m. local time.", False),
    ("The quake hit at a depth of 10 kilometres.", True),
    # the figure is in the evidence, but not as the depth
    ("The quake hit at a depth of 30 kilometres.", False),
    ("Marenia sent two rescue teams.", True),
    # a count done by another
    ("The European Union sent two rescue teams.", False),
]


def test_a_figure_from_another_sentence_does_not_answer_one_the_evidence_gives() -> None:
    body = "At least 14 people were killed on Sunday. The region was hit by a smaller quake in 2016 that killed three people."
    evidence = "The region was hit by a smaller quake in 2016 that killed three people."
    card = _verify(body, "A quake in 2016 killed 14 people in the region.", evidence)
    assert card.reasons == ['FC301 number-mismatch: number "14" not in evidence (evidence says "three")']


def test_a_team_kept_what_its_goalkeeper_kept() -> None:
    evidence = "Arsenal goalkeeper David Ospina has kept six clean sheets since replacing Wojciech Szczesny."
    card = _verify(evidence, "Arsenal have kept six clean sheets since replacing Wojciech Szczesny.", evidence)
    assert "FC203" not in {f.code for f in card.findings}, card.reasons


_RUNOFF = (
    "Opposition leader Rafael Quintero narrowly won Sunday's presidential runoff in Costavia with 50.8 percent "
    "of the vote, defeating incumbent Elena Marsh. Marsh, who had led in most polls, conceded on Monday."
)


_RUNOFF_CLAIMS = [
    ("Rafael Quintero won the presidential runoff with 50.8 percent of the vote.", True),
    # the winner's share is the winner's
    ("Elena Marsh won the presidential runoff with 50.8 percent of the vote.", False),
    # who defeated whom, read back past the clause to the sentence's subject
    ("Elena Marsh defeated Rafael Quintero in the runoff.", False),
    ("Rafael Quintero defeated Elena Marsh in the runoff.", True),
    # narrowly is no landslide
    ("Rafael Quintero won the presidential runoff in a landslide.", False),
    # the one who conceded, past a relative clause, did not refuse to
    ("Marsh refused to concede.", False),
    ("Marsh conceded on Monday.", True),
]


_OBITUARY = (
    "Former Harlow Motors chief executive Dennis Ocampo has died at the age of 78, his daughter Lucia said. "
    "Ocampo joined Harlow as an engineer in 1971 and became chief executive in 2004, succeeding Mark Teller. "
    "He retired in 2012 and was replaced by his deputy, Joan Alvarez. Ocampo is survived by his wife of 50 years, "
    "Teresa. Harlow's current chief executive, Sanjay Mehta, called him a giant of the industry."
)


_OBITUARY_CLAIMS = [
    ("Former Harlow Motors chief executive Dennis Ocampo has died at the age of 78.", True),
    # a title held once is not held now, nor the other way round
    ("Harlow Motors chief executive Dennis Ocampo has died at the age of 78.", False),
    ("Former chief executive Sanjay Mehta called Ocampo a giant of the industry.", False),
    # the same person named as another relative
    ("His son Lucia announced his death.", False),
    ("Ocampo is survived by his daughter Teresa.", False),
    ("Ocampo is survived by his wife of 50 years, Teresa.", True),
    # "… and became chief executive in 2004, succeeding Mark Teller": Ocampo succeeded Teller
    ("Mark Teller became chief executive in 2004, succeeding Ocampo.", False),
    ("Ocampo became chief executive in 2004, succeeding Mark Teller.", True),
]


_STABBING = (
    "A 34-year-old man has been arrested on suspicion of attempted murder after a woman was stabbed in "
    "Northgate on Friday night, police said. The suspect was detained nearby and remains in custody."
)


_STABBING_CLAIMS = [
    ("A 34-year-old man has been arrested on suspicion of attempted murder.", True),
    # arrested on suspicion is not charged
    ("A 34-year-old man has been charged with attempted murder.", False),
    # an attempted murder is no murder
    ("A 34-year-old man has been arrested on suspicion of murder.", False),
    # the age is the man's, not the woman's
    ("A 34-year-old woman has been arrested on suspicion of attempted murder.", False),
    # in custody is not at large
    ("The suspect escaped and remains at large.", False),
    ("The suspect remains in custody.", True),
]


_RATES = (
    "The central bank raised its benchmark interest rate by a quarter of a percentage point to 4.5 percent. "
    "Annual inflation rose to 3.2 percent in October from 3.0 percent in September."
)


_RATES_CLAIMS = [
    ("The central bank raised its benchmark rate by a quarter of a percentage point.", True),
    # a quarter is not a half
    ("The central bank raised its benchmark rate by half a percentage point.", False),
    ("Annual inflation rose to 3.2 percent in October.", True),
    # where a figure came from is not where it went
    ("Annual inflation rose to 3.0 percent in October.", False),
    ("Annual inflation rose from 3.0 percent to 3.2 percent.", True),
]

_STRIKE = (
    "Workers at the Halvard Motors plant walked off the job on Tuesday after talks over a new contract collapsed. "
    "Union president Carla Mendez, a former welder, said the company had offered a 3 percent raise over four years. "
    '"That is an insult to people who kept this plant running," she said. '
    'Halvard spokesman Tom Bright said the company had made "a fair and generous offer". '
    "Two men were hurt in a scuffle on the picket line; police said the two men knew each other."
)
_STRIKE_CLAIMS = [
    ("Carla Mendez said the company offered a 3 percent raise over four years.", True),
    # a count of one unit is not the count the evidence gives of another
    ("Carla Mendez said the company offered a 3 percent raise over three years.", False),
    ("The company offered the union a 4 percent raise.", False),
    ("Union president Carla Mendez is a former welder.", True),
    # a job held once is not held now, and a job is not another job
    ("Carla Mendez, a welder, said the company offered a 3 percent raise.", False),
    ("Union president Carla Mendez is a former plumber.", False),
    # a title written into the name is a job too; how one addresses her is none
    ("Union Secretary Carla Mendez said the company offered a 3 percent raise.", False),
    ("Ms Carla Mendez said the company offered a 3 percent raise.", True),
    ("Talks over a new contract collapsed.", True),
    ("Workers walked off the job after talks over a new contract succeeded.", False),
    ("Police said the two men knew each other.", True),
    ("Police said the two men were strangers.", False),
]
_WILDFIRE = (
    "The wildfire had burned more than 12,000 acres by Tuesday evening and was 15 percent contained, fire "
    "officials said. No injuries have been reported. Forecasters expect winds to ease on Thursday, which could help crews gain ground."
)
_WILDFIRE_CLAIMS = [
    ("The wildfire was 15 percent contained by Tuesday evening.", True),
    # a share below a hundred is not the whole
    ("The wildfire was fully contained by Tuesday evening.", False),
    ("No injuries have been reported.", True),
    # none reported is not none
    ("The wildfire has caused no injuries.", False),
    ("Forecasters expect winds to ease on Thursday.", True),
    ("Forecasters expect winds to intensify on Thursday.", False),
]
_EARNINGS = (
    "Brightwell Foods reported a second-quarter profit of $212 million, down 8 percent from a year earlier. "
    "Revenue rose 5 percent to $3.4 billion, slightly above the $3.35 billion analysts had expected."
)
_EARNINGS_CLAIMS = [
    ("Brightwell Foods reported a second-quarter profit of $212 million.", True),
    # the figure is another measure's
    ("Brightwell Foods reported second-quarter revenue of $212 million.", False),
    ("Revenue rose 5 percent to $3.4 billion, above analyst expectations.", True),
    # above what was expected is not below it, though revenue rose
    ("Revenue rose 5 percent to $3.4 billion, below analyst expectations.", False),
]
_WAGE_BILL = (
    "The Senate voted 52-47 on Wednesday to approve a bill that would raise the minimum wage to $15 an hour by "
    "2028. It was opposed by every member of the opposition Unity bloc except two. "
    'Senator Ruth Okoye called the vote "a long overdue raise for millions of workers." '
    'Unity leader Gerald Haines warned that small businesses would cut jobs, saying the increase was "reckless."'
)
_WAGE_BILL_CLAIMS = [
    ("The Senate approved a bill that would raise the minimum wage to $15 an hour by 2028.", True),
    # what a bill would do is not what will be
    ("The minimum wage will rise to $15 an hour by 2028.", False),
    ("Every member of the Unity bloc but two opposed the bill.", True),
    # a whole with some left out is not the whole
    ("Every member of the Unity bloc opposed the bill.", False),
    ("Gerald Haines warned that small businesses would cut jobs.", True),
    ("Gerald Haines said small businesses would hire more workers.", False),
]
_MATCH = (
    "Harbor City FC beat Lakeside Rovers 3-1 on Saturday to move two points clear at the top of the league with "
    "four games left. Striker Tomas Reyna scored twice in the first half."
)
_MATCH_CLAIMS = [
    ("Harbor City FC beat Lakeside Rovers 3-1 on Saturday.", True),
    # another result after the same first figure, though "two" is elsewhere in the evidence
    ("Harbor City FC beat Lakeside Rovers 3-2 on Saturday.", False),
    ("Harbor City FC are two points clear at the top of the league with four games left.", True),
    # a count the evidence gives of something else
    ("Harbor City FC are four points clear at the top of the league.", False),
    ("Harbor City FC have two games left.", False),
    ("Tomas Reyna scored two goals in the first half.", True),
]
_SENTENCING = (
    "A former accountant at Meridian Shipping was sentenced on Monday to six years in prison. Prosecutors had "
    "asked for eight years. The theft was discovered in 2022 by an outside auditor."
)
_SENTENCING_CLAIMS = [
    ("A former accountant at Meridian Shipping was sentenced to six years in prison.", True),
    # the count the evidence has another verb take
    ("A former accountant at Meridian Shipping was sentenced to eight years in prison.", False),
    ("Prosecutors had asked for eight years.", True),
    ("The theft was discovered in 2022 by an external auditor.", True),
    ("The theft was discovered in 2022 by an internal audit.", False),
]
_WALKING = (
    "The researchers followed 2,100 middle-aged adults for an average of 10.8 years. The study was "
    "observational and cannot prove that walking itself lowers the risk, the lead author cautioned."
)
_WALKING_CLAIMS = [
    ("The researchers followed 2,100 middle-aged adults.", True),
    ("The researchers followed 2,100 elderly adults.", False),
    ("The study cannot prove that walking lowers the risk.", True),
    # "proves" is "prove", which the evidence negates
    ("The study proves that walking lowers the risk.", False),
]
_TALKS = (
    "The two sides agreed to reopen a border crossing at Mirel by the end of the month and to exchange 40 "
    "prisoners each, according to a joint statement."
)
_TALKS_CLAIMS = [
    ("The two sides agreed to exchange 40 prisoners each.", True),
    # the second of two deeds agreed is as undone as the first
    ("The two sides exchanged 40 prisoners each.", False),
    ("The two sides reopened a border crossing at Mirel.", False),
]
_DERAILMENT = (
    "A commuter train derailed near Eastbrook station on Thursday, injuring 23 passengers, three of them "
    "seriously. Northline chief executive Paul Greer said it was too soon to say what caused the crash. "
    "Services are expected to remain suspended until at least Monday."
)
_DERAILMENT_CLAIMS = [
    ("Three of the 23 passengers injured were seriously hurt.", True),
    # injured is not killed, in an article that tells of no death
    ("Three passengers were killed when a commuter train derailed near Eastbrook.", False),
    ("Paul Greer said it was too soon to say what caused the crash.", True),
    # the claim answers what no one can tell yet
    ("Paul Greer said a faulty signal caused the crash.", False),
    ("Services are expected to resume on Monday.", False),
]
_STORM = (
    "Storm Edda left about 40,000 homes without power on Sunday night. By Monday afternoon, power had been "
    "restored to all but 6,000 homes. The Met Service had issued an amber warning for wind."
)
_STORM_CLAIMS = [
    # losing power is being without it
    ("About 40,000 homes lost power during Storm Edda.", True),
    # what was done to all but that many was not done to that many
    ("Power had been restored to 6,000 homes by Monday afternoon.", False),
    ("The Met Service issued an amber warning for wind.", True),
    ("The Met Service issued a red warning for wind.", False),
]
_LAUNCH = (
    "Lumora unveiled its first electric pickup truck on Wednesday, saying deliveries would begin in the spring "
    "of 2026 at a starting price of $48,000. The company said the truck can travel up to 320 miles on a "
    "single charge."
)
_LAUNCH_CLAIMS = [
    # "the company" that says it is the one the lead opens on
    ("Lumora said the truck can travel up to 320 miles on a single charge.", True),
    ("Lumora said deliveries would begin in the spring of 2026.", True),
    # what someone was saying would be has not been
    ("Lumora began deliveries of its first electric pickup truck on Wednesday.", False),
]
_BUDGET = (
    "Dunmore City Council approved a $412 million budget on Tuesday by a vote of 7 to 2, after rejecting a "
    "proposal to raise property taxes. The budget increases police spending by 4 percent and cuts funding for "
    "parks by $1.2 million. Councilwoman Adaeze Obi, who voted against it, said the parks cuts would hurt the "
    "poorest neighbourhoods most."
)
_BUDGET_CLAIMS = [
    ("Dunmore City Council approved a $412 million budget by a vote of 7 to 2.", True),
    # a split vote is not unanimous
    ("Dunmore City Council approved a $412 million budget unanimously.", False),
    # the deed joined on with "after" or "and" says its own side
    ("Dunmore City Council approved a proposal to raise property taxes.", False),
    ("The budget increases parks funding by $1.2 million.", False),
    ("The budget increases police spending by 4 percent.", True),
    # a side said in two words
    ("Adaeze Obi voted for the budget.", False),
    ("Adaeze Obi voted against the budget.", True),
]
_APPROVAL = (
    "Regulators approved Corvex, a once-weekly injection for adults with severe asthma, on Monday. "
    "Its maker, Halden Pharma, said the drug would cost about $3,200 a month before insurance and would be "
    "available in pharmacies by September."
)
_APPROVAL_CLAIMS = [
    # "the drug" is the product the lead names
    ("Halden said Corvex would cost about $3,200 a month before insurance.", True),
    ("Regulators approved Corvex for adults with severe asthma.", True),
    ("Regulators approved Corvex for children with severe asthma.", False),
    # what was said would be is not already so, however the claim tells it
    ("Corvex is already available in pharmacies.", False),
]
_FARES = (
    "The Marlow Transit Authority voted 7-2 on Tuesday to raise the base bus fare from $2.25 to $2.75. "
    "Authority chair Denise Okafor said the increase would raise about $14 million a year. The two members "
    "who voted against were Luis Ferrante and Amy Cho. Ferrante proposed a discounted pass for seniors, "
    "which the board rejected. Monthly passes will stay at $90. Ridership has recovered to 82 percent of its "
    "2019 level. The union representing drivers said it would fight any cuts to routes."
)
_FARES_CLAIMS = [
    ("Luis Ferrante and Amy Cho voted against the increase.", True),
    # the deed is credited to someone the evidence names, but not as its doer
    ("Ferrante proposed a discounted pass for seniors.", True),
    ("Amy Cho proposed a discounted pass for seniors.", False),
    # "a discounted pass" approves nothing; "rejected" is the board's answer
    ("The board rejected a discounted pass for seniors.", True),
    ("The board accepted a discounted pass for seniors.", False),
    ("Ferrante proposed a discounted pass for seniors, which the board adopted.", False),
    # staying at a figure is neither rising nor falling to it
    ("Monthly passes will remain at $90.", True),
    ("Monthly passes will rise to $90.", False),
    # a share of a level is not all of it
    ("Ridership has recovered to 82 percent of its 2019 level.", True),
    ("Ridership has fully recovered to its 2019 level.", False),
    ("The drivers' union said it would fight any cuts to routes.", True),
    ("The drivers' union said it would support cuts to routes.", False),
]
_LAYOFFS = (
    "Velta Systems will cut 1,200 jobs as it closes two factories in Ohio by the end of next year, the "
    "company said on Thursday. It expects the restructuring to save $150 million a year, but will record a "
    "one-time charge of up to $90 million. Shares of Velta rose 6 percent in early trading. Velta said it "
    "would offer affected workers severance, but did not give details."
)
_LAYOFFS_CLAIMS = [
    ("Velta Systems will close two factories in Ohio by the end of next year.", True),
    # a present tense with a time still to come is not done
    ("Velta Systems has already closed two factories in Ohio.", False),
    ("Velta Systems closed two factories in Ohio.", False),
    # the verb's figure, when no one named does it
    ("The restructuring is expected to save $150 million a year.", True),
    ("The restructuring is expected to save $90 million a year.", False),
    # a most is not the figure
    ("Velta will record a one-time charge of up to $90 million.", True),
    ("Velta will record a one-time charge of $90 million.", False),
    # "rose by" takes its figure as "rose" does
    ("Velta shares rose by 6 percent in early trading.", True),
    ("Velta shares rose by 2 percent in early trading.", False),
    # "gave" is the "give" the evidence negates
    ("Velta said it would offer affected workers severance.", True),
    ("Velta gave details of the severance.", False),
]
_COURT_ORDER = (
    "A federal judge in Carrow on Friday blocked the state from enforcing a new law that bans drivers from using "
    "phones at red lights. The state attorney general, Mark Devlin, said he would appeal. The law was challenged "
    'by the Carrow Drivers Association, whose president, Tina Roe, called the ruling "a win for common sense." '
    "Supporters point to a 12 percent drop in crashes at intersections, though researchers say it is too early "
    "to link the two. Governor Alan Pike, who signed the law in January, did not comment."
)
_COURT_ORDER_CLAIMS = [
    ("Mark Devlin said he would appeal.", True),
    # an aside between the speaker and the quotation
    ("Tina Roe called the ruling a win for common sense.", True),
    ("Mark Devlin called the ruling a win for common sense.", False),
    # a cause no one can give yet
    ("Supporters point to a 12 percent drop in crashes at intersections.", True),
    ("The law led to a 12 percent drop in crashes at intersections.", False),
    ("Researchers say the law caused a 12 percent drop in crashes.", False),
    # one who did not comment said nothing; declining to comment is not commenting
    ("Governor Alan Pike signed the law in January.", True),
    ("Governor Alan Pike declined to comment.", True),
    ("Governor Alan Pike criticised the ruling.", False),
    ("Alan Pike said he was disappointed by the ruling.", False),
]
_BREACH = (
    "Hackers stole the personal details of about 2.3 million customers of Brightwell Energy, the supplier said "
    "on Wednesday. Names and email addresses were taken, but the company said there was no evidence that bank "
    "details or passwords had been accessed. Brightwell was contacting affected customers by email. Chief "
    'executive Priya Nair apologised, saying: "We let our customers down and we are deeply sorry." She said '
    "the company would offer a year of free credit monitoring. The regulator can fine companies up to 4 percent "
    "of their global turnover."
)
_BREACH_CLAIMS = [
    ("Hackers stole the personal details of about 2.3 million Brightwell Energy customers.", True),
    # a count of them says nothing of all of them
    ("Hackers stole the personal details of all Brightwell Energy customers.", False),
    # what nothing shows is not shown, whoever the claim credits
    ("The company said there was no evidence that bank details had been accessed.", True),
    ("Bank details and passwords were taken.", False),
    ("The company said bank details had been accessed.", False),
    # how, and at what cost
    ("Brightwell was contacting affected customers by email.", True),
    ("Brightwell was contacting affected customers by letter.", False),
    ("Nair said the company would offer a year of free credit monitoring.", True),
    ("Nair said the company would offer a year of credit monitoring for a fee.", False),
    # a most, after a verb that is no motion ("fine companies up to")
    ("The regulator can fine companies up to 4 percent of their global turnover.", True),
    ("The regulator can fine companies 4 percent of their global turnover.", False),
]
_WAITS = (
    "The number of patients waiting more than a year for planned treatment in Eastmoor fell to 4,800 in March, "
    "down from 6,100 a year earlier. The median wait was 14 weeks. Emergency departments saw 61 percent of "
    "patients within four hours, the worst March on record. The opposition health spokesman, Rhys Owen, said the "
    'figures were "nothing to celebrate" and accused the government of missing every target it had set.'
)
_WAITS_CLAIMS = [
    # a change by the difference of the figures the evidence gives it between
    ("The number of patients waiting more than a year fell by 1,300 over the year.", True),
    ("The number of patients waiting more than a year fell by 1,800 over the year.", False),
    # a median is no average; the worst is not the best
    ("The median wait was 14 weeks.", True),
    ("The average wait was 14 weeks.", False),
    ("It was the worst March on record for emergency departments.", True),
    ("It was the best March on record for emergency departments.", False),
    # what one side accuses the other of is their charge, not the article's fact
    ("Rhys Owen said the government had missed every target it set.", True),
    ("The government has missed every target it set.", False),
    ("Rhys Owen praised the government for meeting its targets.", False),
]
_MERGER = (
    "Harbor Foods has agreed to buy rival snack maker Crestline for $2.1 billion in cash and stock, the companies "
    "said on Monday. The deal still needs approval from regulators and Crestline shareholders. Harbor chief "
    "executive Dana Wolfe said the combined company would save about $150 million a year within three years. "
    "Crestline's sales had fallen in four of the last six quarters. Some analysts questioned the price, saying "
    "Harbor was paying too much."
)
_MERGER_CLAIMS = [
    ("Harbor Foods has agreed to buy Crestline for $2.1 billion in cash and stock.", True),
    # a price is paid once, not each year
    ("Harbor Foods has agreed to buy Crestline for $2.1 billion a year.", False),
    ("Harbor Foods will pay $2.1 billion for Crestline every year.", False),
    # the whole phrase is what the evidence says, not the shorter one inside it
    ("Harbor Foods has agreed to buy Crestline for $2.1 billion in cash.", False),
    # an approval still to come is not given
    ("The deal still needs approval from regulators.", True),
    ("The deal has been approved by regulators and Crestline shareholders.", False),
    # a figure for each year is no total
    ("Wolfe said the combined company would save about $150 million a year within three years.", True),
    ("Wolfe said the combined company would save about $150 million within three years.", False),
    # four of the last six is not each of them
    ("Crestline's sales had fallen in four of the last six quarters.", True),
    ("Crestline's sales had fallen in each of the last six quarters.", False),
    # some of them are not all of them
    ("Some analysts said Harbor was paying too much.", True),
    ("Analysts said Harbor was paying too much.", False),
]

_WARDS = (
    "Northgate General Hospital said on Thursday that a shortage of nurses had forced it to close two wards "
    "until at least March. The hospital's chief executive, Priya Lal, said the recruitment of midwives was going "
    "well. On Wednesday a judge blocked the hospital's plan to move maternity services to Eastfield until a "
    "hearing next month."
)
_WARDS_CLAIMS = [
    ("A shortage of nurses forced Northgate General Hospital to close two wards.", True),
    # a shortage of something else is another story
    ("A shortage of doctors forced Northgate General Hospital to close two wards.", False),
    ("Northgate General Hospital closed two wards because of a shortage of beds.", False),
    ("Priya Lal said the recruitment of midwives was going well.", True),
    ("Priya Lal said the recruitment of porters was going well.", False),
    # blocked until a hearing is not blocked for good
    ("A judge blocked the hospital's plan to move maternity services to Eastfield.", True),
    ("A judge permanently blocked the hospital's plan to move maternity services to Eastfield.", False),
]

_LISTING = (
    "Shares of Velora, a meal-kit startup, rose as much as 18 percent in their market debut on Friday before "
    "closing up 4 percent at $22.90. Founded in 2019, Velora has yet to turn a profit, according to its filings. "
    "Co-founder Mara Quinn said the company would use the money to expand into Canada."
)
_LISTING_CLAIMS = [
    ("Velora shares closed up 4 percent in their market debut.", True),
    # the day's high is not where the shares closed, nor the close how far they rose
    ("Velora shares closed up 18 percent in their market debut.", False),
    ("Velora shares closed 18 percent higher on Friday.", False),
    ("Velora shares rose 4 percent in early trading.", False),
    # no profit yet, in any form of the word
    ("Velora has yet to turn a profit.", True),
    ("Velora is profitable.", False),
    ("Velora has been profitable since 2019.", False),
    ("Mara Quinn said Velora would use the money to expand into Canada.", True),
]

_CUP_TIE = (
    "Striker Tom Mercer scored twice and midfielder Sam Okoro added a third in the 80th minute as Rovers beat "
    "Dale 3-1 on Saturday."
)
_CUP_TIE_CLAIMS = [
    ("Tom Mercer scored twice as Rovers beat Dale 3-1.", True),
    ("Okoro added a third goal in the 80th minute.", True),
    # the goals are Mercer's, whether the claim names Okoro in full or by his surname
    ("Sam Okoro scored twice.", False),
    ("Okoro scored twice as Rovers beat Dale.", False),
]

_ARSON = (
    "Police in Harlow arrested two men on Sunday on suspicion of setting fire to a warehouse in the town's "
    "industrial estate, a spokesperson said. One of the men, aged 34, has since been charged with arson; the other "
    "was released on bail. Nobody was hurt in the blaze, which caused damage estimated at up to £2 million. Fire "
    "crews from Harlow and nearby Epping spent nine hours bringing it under control. It was the third warehouse "
    "fire in the area this year, though police said there was no evidence the fires were linked."
)
_ARSON_CLAIMS = [
    ("Police arrested two men on suspicion of setting fire to a warehouse in Harlow.", True),
    # arrested on suspicion is not arrested for doing it, nor charged, nor convicted
    ("Two men were arrested for setting fire to a warehouse in Harlow.", False),
    ("Two men were charged with arson over the Harlow warehouse fire.", False),
    ("A 34-year-old man has been charged with arson.", True),
    ("A 34-year-old man has been convicted of arson.", False),
    # what the other man was given is not both men's
    ("Both men were released on bail.", False),
    ("The blaze caused damage estimated at up to £2 million.", True),
    ("The blaze caused £2 million of damage.", False),
    ("Nobody was hurt in the blaze.", True),
    ("Two people were hurt in the blaze.", False),
    ("Fire crews from Epping spent nine hours bringing the fire under control.", True),
    ("Fire crews spent nine days bringing the fire under control.", False),
    ("It was the third warehouse fire in the area this year.", True),
    ("It was the first warehouse fire in the area this year.", False),
    # no evidence of a link is no link
    ("Police said there was no evidence the fires were linked.", True),
    ("Police said the fires were linked.", False),
    # nor a belief anyone holds ("may have been" stays a guess the evidence leaves open)
    ("Police believe the fires were linked.", False),
    ("A spokesperson said police arrested two men on Sunday.", True),
    ("Police arrested two men on Saturday.", False),
]

_CAR_BAN = (
    "Brookvale's city council voted 6-3 on Tuesday to ban cars from the old town centre on weekends, starting in "
    'June. Mayor Ines Carvalho, who proposed the ban, said it would "give the streets back to people". Councillor '
    "Raj Mehta, who voted against it, said shop owners had not been consulted and warned that some could close. A "
    "survey by the chamber of commerce found that 58 percent of businesses opposed the plan. The council will "
    "review the ban after six months."
)
_CAR_BAN_CLAIMS = [
    ("Brookvale's city council voted 6-3 to ban cars from the old town centre on weekends.", True),
    ("Brookvale's city council unanimously voted to ban cars from the old town centre.", False),
    ('Mayor Ines Carvalho said the ban would "give the streets back to people".', True),
    ('Raj Mehta said the ban would "give the streets back to people".', False),
    ("Raj Mehta proposed the ban.", False),
    ("Raj Mehta said shop owners had not been consulted.", True),
    ("Ines Carvalho said shop owners had not been consulted.", False),
    ("Raj Mehta warned that some shops could close.", True),
    ("Raj Mehta said some shops would close.", False),
    ("A survey found that 58 percent of businesses opposed the plan.", True),
    # whose survey it was, and whom it asked
    ("A survey by the council found that 58 percent of businesses opposed the plan.", False),
    ("58 percent of residents opposed the plan.", False),
    ("The council will review the ban after six months.", True),
    # what the council will do to it, a verb whose form is also a noun
    ("The council will scrap the ban after six months.", False),
    ("The council will review the ban after a year.", False),
]

_FLOOD = (
    "Heavy rain flooded more than 300 homes in the Vale of Arden overnight, the county council said on Monday. "
    "“We have never seen water this high,” said Tom Ashby, who has farmed near Kelby for 40 years. The "
    "Environment Agency’s area manager, Clare Diaz, said the flood defences had worked as designed but were "
    "“simply overwhelmed”. She added that more rain was forecast for Wednesday. Local MP Owen Pryce blamed years "
    'of underinvestment. "People were told these defences would hold," he said. According to Arden County '
    "Council, about 120 residents spent the night in emergency shelters."
)
_FLOOD_CLAIMS = [
    ("Heavy rain flooded more than 300 homes in the Vale of Arden, the county council said.", True),
    # "more than 300" is a least, not the count
    ("Heavy rain flooded 300 homes in the Vale of Arden.", False),
    ("Tom Ashby said: “We have never seen water this high.”", True),
    ("Clare Diaz said: “We have never seen water this high.”", False),
    ("Clare Diaz said the flood defences had been “simply overwhelmed”.", True),
    ("Owen Pryce said the flood defences had been “simply overwhelmed”.", False),
    ("Clare Diaz said more rain was forecast for Wednesday.", True),
    ("Tom Ashby said more rain was forecast for Wednesday.", False),
    ("Owen Pryce said people were told the defences would hold.", True),
    ("Clare Diaz said people were told the defences would hold.", False),
    ("Owen Pryce blamed years of underinvestment.", True),
    ("Clare Diaz blamed years of underinvestment.", False),
    # a body is credited by its name, with or without "the"
    ("About 120 residents spent the night in emergency shelters, according to Arden County Council.", True),
    ("About 120 residents spent the night in emergency shelters, according to the Environment Agency.", False),
    ("The Environment Agency said about 120 residents spent the night in emergency shelters.", False),
    ("Tom Ashby has farmed near Kelby for 40 years.", True),
    ("More rain is forecast for Wednesday.", True),
    ("More rain fell on Wednesday.", False),
]

_JOBS_REPORT = (
    "Employers added 175,000 jobs in April, fewer than the 240,000 economists had expected, the Labor Department "
    "said on Friday. The unemployment rate edged up to 3.9 percent from 3.8 percent in March. Average hourly "
    "earnings rose 0.2 percent from the previous month and 3.9 percent from a year earlier, the smallest annual "
    "gain since 2021. Hiring was strongest in health care, which added 56,000 jobs, while manufacturing lost 8,000."
)
_JOBS_REPORT_CLAIMS = [
    # jobs added are no one speaking: the department said it
    ("The Labor Department said on Friday that employers added 175,000 jobs.", True),
    ("Employers added 240,000 jobs in April.", False),
    ("Health care added 56,000 jobs.", True),
    # a sector's figure is its own, not another's the sentence gives
    ("Manufacturing lost 8,000 jobs.", True),
    ("Health care lost 8,000 jobs.", False),
    ("Manufacturing added 56,000 jobs.", False),
    # one "rose" takes both figures, each of its own span of time
    ("The unemployment rate rose to 3.9 percent.", True),
    ("Average hourly earnings rose 3.9 percent from a year earlier.", True),
    ("Average hourly earnings rose 3.9 percent from the previous month.", False),
    # each figure keeps the stretch it is measured over, however the claim writes it
    ("Average hourly earnings rose 0.2 percent from a year earlier.", False),
    ("Average hourly earnings rose 0.2 percent on the month.", True),
    ("Average hourly earnings rose 3.9 percent year on year.", True),
    ("Average hourly earnings rose 0.2 percent year on year.", False),
    ("The unemployment rate edged down to 3.9 percent.", False),
    ("The unemployment rate fell to 3.8 percent.", False),
    ("It was the smallest annual gain in earnings since 2021.", True),
    ("It was the smallest annual gain in earnings on record.", False),
    ("It was the largest annual gain in earnings since 2021.", False),
]

_LAWSUIT = (
    "Marlow Pharmaceuticals is suing its former supplier, Kestrel Labs, for $40 million, claiming Kestrel delivered "
    "contaminated batches of a blood-pressure drug, according to a lawsuit filed on Wednesday in Delaware. Kestrel "
    "denied the allegations and said it would countersue. The contamination may have affected as many as 12,000 "
    "patients, the suit says. Marlow recalled the drug in March. A hearing is scheduled for June 3."
)
_LAWSUIT_CLAIMS = [
    ("Marlow Pharmaceuticals is suing Kestrel Labs for $40 million.", True),
    ("Kestrel Labs is suing Marlow Pharmaceuticals for $40 million.", False),
    # what the suit claims is not so because it claims it
    ("The lawsuit claims Kestrel delivered contaminated batches of a blood-pressure drug.", True),
    ("Kestrel delivered contaminated batches of a blood-pressure drug.", False),
    ("Kestrel denied the allegations.", True),
    ("Kestrel admitted delivering contaminated batches.", False),
    ("The contamination may have affected up to 12,000 patients.", True),
    ("The contamination affected 12,000 patients.", False),
    # a drug called back is no one speaking
    ("Marlow recalled the drug in March.", True),
    ("Marlow recalled the drug in May.", False),
    # set for a day is not yet held
    ("A hearing is scheduled for June 3.", True),
    ("A hearing was held on June 3.", False),
]

_MAYORAL_RACE = (
    "Incumbent mayor Rosa Delgado won a third term on Sunday with 52 percent of the vote, defeating challenger "
    "Ben Alvarez, who took 41 percent. Turnout was 38 percent, down from 45 percent four years ago. Alvarez "
    "conceded late on Sunday but said he would seek a recount in two districts. Delgado promised to build 5,000 "
    "affordable homes by 2030. Her party also kept control of the city council, winning 14 of 25 seats."
)
_MAYORAL_RACE_CLAIMS = [
    ("Rosa Delgado won a third term with 52 percent of the vote.", True),
    ("Ben Alvarez won 52 percent of the vote.", False),
    ("Ben Alvarez defeated Rosa Delgado.", False),
    ("Delgado beat Alvarez by 11 percentage points.", True),
    ("Turnout fell to 38 percent from 45 percent.", True),
    # what turnout was before is not what it was
    ("Turnout was 45 percent.", False),
    ("Turnout was 45 percent four years ago.", True),
    ("Turnout rose to 38 percent.", False),
    ("Alvarez conceded but said he would seek a recount in two districts.", True),
    # a recount he would seek is not one he has requested, in either verb
    ("Alvarez has requested a recount in two districts.", False),
    ("Alvarez refused to concede.", False),
    ("Delgado has built 5,000 affordable homes.", False),
    ("Her party won 14 of 25 council seats.", True),
    ("Her party lost control of the city council.", False),
]

_RECALL = (
    "Kestrel Pharma recalled 40,000 bottles of its children's cough syrup on Monday after the Medicines Agency found "
    "traces of a solvent in two batches. The company said no illnesses had been reported. Agency spokeswoman Ruth "
    "Adair said the risk to children was low but urged parents to stop using the syrup. Kestrel shares fell 4 "
    "percent. The recall covers bottles sold between March and May in six states, the company said. It is the "
    "second recall for Kestrel this year."
)
_RECALL_CLAIMS = [
    # a company or a body is a doer as a person is: the deed is the one the evidence gives it
    ("Kestrel Pharma recalled 40,000 bottles of cough syrup.", True),
    ("The Medicines Agency recalled 40,000 bottles of cough syrup.", False),
    ("The Medicines Agency found traces of a solvent in two batches.", True),
    # named first, but the finding is the agency's, in a clause of its own ("after the Medicines Agency found")
    ("Kestrel Pharma found traces of a solvent in two batches.", False),
    ("Several illnesses have been reported.", False),
    ("Ruth Adair said the risk to children was low.", True),
    ("Ruth Adair said the risk to children was high.", False),
    ("Kestrel said the risk to children was low.", False),
    ("Parents were urged to stop using the syrup.", True),
    ("Kestrel urged parents to stop using the syrup.", False),
    ("Kestrel shares rose 4 percent.", False),
    ("The recall covers bottles sold in six states.", True),
    ("The recall covers bottles sold in all states.", False),
    ("The recall covers bottles sold between March and July.", False),
    ("It is Kestrel's first recall this year.", False),
    ("Kestrel recalled 40,000 bottles of adult cough syrup.", False),
]

_TRIAL = (
    "A jury in Harwick on Friday acquitted Dana Pell of murder but convicted her of manslaughter over the death of "
    "her neighbour in 2021. Pell, who had been charged with murder in March 2022, will be sentenced next month. "
    "Supporters in purple scarves cheered outside the court, while the victim's family, dressed in black, left "
    "without speaking."
)
_TRIAL_CLAIMS = [
    # "convicted her" convicts Pell: each verdict keeps its charge
    ("Dana Pell was convicted of manslaughter.", True),
    ("Dana Pell was acquitted of murder.", True),
    ("Dana Pell was convicted of murder.", False),
    ("A jury acquitted Pell of manslaughter.", False),
    ("Pell was charged with murder in March 2022.", True),
    ("Pell was charged with manslaughter in March 2022.", False),
    # "has been" done is done: the sentence is still to come
    ("Pell will be sentenced next month.", True),
    ("Pell has been sentenced.", False),
    # a colour is one of many, none standing for another
    ("The victim's family was dressed in black.", True),
    ("The victim's family was dressed in white.", False),
    ("Supporters in green scarves cheered outside the court.", False),
]


_ESCAPE = (
    "Two inmates escaped from Kelby Prison early on Saturday by climbing over a perimeter fence, the Justice "
    "Ministry said. One of them, 29-year-old Marco Deane, was recaptured within hours near a railway station, but "
    "the other, Peter Vance, 41, remains at large. Vance was serving a 12-year sentence for armed robbery. Police "
    "have warned the public not to approach him. It was the second escape from the prison in three years, and the "
    "ministry has ordered an independent review of security."
)
_ESCAPE_CLAIMS = [
    ("Two inmates escaped from Kelby Prison on Saturday.", True),
    ("Both inmates were recaptured within hours.", False),
    ("The inmates escaped late on Saturday.", False),
    # each age is its own person's
    ("Marco Deane, 29, was recaptured within hours.", True),
    # done to one of them, named between commas, not to the other
    ("Marco Deane was recaptured within hours.", True),
    ("Peter Vance was recaptured near a railway station.", False),
    ("Marco Deane, 41, was recaptured within hours.", False),
    ("Peter Vance, 29, remains at large.", False),
    ("Vance was serving a 12-year sentence for armed robbery.", True),
    ("Deane was serving a 12-year sentence for armed robbery.", False),
    ("Police warned the public not to approach Vance.", True),
    ("Police have urged the public to approach Vance.", False),
    ("It was the first escape from the prison in three years.", False),
    # an independent review is no internal one
    ("The ministry has ordered an independent review of security.", True),
    ("The ministry has ordered an internal review of security.", False),
    ("The Justice Ministry said two inmates escaped by climbing over a fence.", True),
    ("Police said two inmates escaped by climbing over a fence.", False),
]


_LANDING = (
    "A Skyline Air flight from Oslo to Rome made an emergency landing in Munich on Thursday after smoke was reported "
    "in the cabin, the airline said. All 164 passengers and six crew members were evacuated using emergency slides; "
    "four people were treated for minor injuries at the scene. The cause of the smoke is being investigated by German "
    "authorities. Skyline Air said passengers would be flown to Rome on a replacement aircraft on Friday. The airline "
    "grounded two other planes of the same type as a precaution."
)
_LANDING_CLAIMS = [
    ("A Skyline Air flight made an emergency landing in Munich on Thursday.", True),
    # a journey keeps its way round
    ("The flight from Rome to Oslo made an emergency landing in Munich.", False),
    ("All 164 passengers were evacuated using emergency slides.", True),
    ("All 170 people on board were evacuated.", False),
    # minor is not serious
    ("Four people were treated for minor injuries at the scene.", True),
    ("Four people were seriously injured.", False),
    # "were flown" is done; the airline said they would be
    ("Passengers will be flown to Rome on Friday.", True),
    ("Passengers were flown to Rome on a replacement aircraft on Friday.", False),
    # all of the passengers is not all of the planes
    ("The airline grounded two other planes of the same type as a precaution.", True),
    ("The airline grounded all planes of the same type.", False),
    ("The cause of the smoke is being investigated by Italian authorities.", False),
]


_TRANSFER = (
    "Harlow United have signed striker Tomas Ekberg from Swedish club Malmo Rovers for a club-record fee of £18 "
    "million, rising to £22 million with add-ons. The 24-year-old has agreed a five-year contract. Ekberg scored 19 "
    'goals in 31 league games last season. Manager Julia Fenwick said he was "exactly the kind of player we needed". '
    "United, who finished seventh last season, had a £12 million bid rejected in January. Ekberg replaces Sam Lowry, "
    "who joined Kestrel City in June."
)
_TRANSFER_CLAIMS = [
    ("Harlow United signed Tomas Ekberg for £18 million.", True),
    # what add-ons may bring is a most, not the fee
    ("Harlow United signed Tomas Ekberg for up to £22 million.", True),
    ("Harlow United signed Tomas Ekberg for £22 million.", False),
    ("Ekberg scored 19 goals last season.", True),
    ("Ekberg scored 31 goals in 19 league games last season.", False),
    ("Julia Fenwick said Ekberg was exactly the kind of player United needed.", True),
    ("Sam Lowry said Ekberg was exactly the kind of player United needed.", False),
    # a sum keeps what it was: the bid was £12 million
    ("United had an £18 million bid rejected in January.", False),
    ("United had a £12 million bid accepted in January.", False),
    # who joined where: Lowry, Kestrel City
    ("Ekberg replaces Sam Lowry, who joined Kestrel City in June.", True),
    ("Sam Lowry joined Harlow United in June.", False),
    ("Ekberg joined Kestrel City in June.", False),
    ("United finished fifth last season.", False),
]


_HEATWAVE = (
    "Temperatures reached 41.2C in Seville on Tuesday, the highest ever recorded in the city in June, the national "
    "weather agency said. The previous June record, 40.1C, was set in 2017. Authorities issued a red alert for five "
    "provinces and closed schools early. At least three people have died from heat-related causes since Saturday, "
    "according to the health ministry. Forecasters expect temperatures to ease slightly from Thursday but said the "
    "heatwave could last until the weekend."
)
_HEATWAVE_CLAIMS = [
    ("Temperatures reached 41.2C in Seville on Tuesday.", True),
    ("Temperatures reached 40.1C in Seville on Tuesday.", False),
    # a June record is not an all-time one
    ("It was the highest temperature ever recorded in Seville in June.", True),
    ("It was the highest temperature ever recorded in Seville.", False),
    # the record keeps its own figure
    ("The previous June record was set in 2017.", True),
    ("The previous June record, 41.2C, was set in 2017.", False),
    ("Authorities issued an amber alert for five provinces.", False),
    # "at least three" is a least, in words as in figures
    ("At least three people have died from heat-related causes since Saturday.", True),
    ("Three people have died from heat-related causes since Saturday.", False),
    ("The heatwave will last until the weekend.", False),
    ("Forecasters said the heatwave could last until the weekend.", True),
    # easing is falling, not rising
    ("Temperatures are expected to ease from Thursday.", True),
    ("Temperatures are expected to rise sharply from Thursday.", False),
]


_POLL = (
    "A poll published on Sunday by Norbridge Research put the Green Alliance on 31 percent, two points ahead of the "
    "Liberal Party on 29 percent, with the Reform Union third on 17 percent. The survey of 2,100 adults, conducted "
    "between Tuesday and Thursday, has a margin of error of plus or minus two points. Support for the Liberals has "
    "fallen five points since March. Prime Minister Ana Torres, who leads the Liberals, dismissed the findings, saying "
    "the only poll that mattered was the election in October."
)
_POLL_CLAIMS = [
    # each party keeps its share, and who is ahead follows from them
    ("A poll put the Green Alliance on 31 percent.", True),
    ("A poll put the Liberal Party on 31 percent.", False),
    ("The Green Alliance leads the Liberal Party by two points.", True),
    ("The Liberal Party leads the Green Alliance by two points.", False),
    ("The Reform Union was third on 17 percent.", True),
    ("The Reform Union was second on 17 percent.", False),
    ("The survey of 1,200 adults was conducted between Tuesday and Thursday.", False),
    ("The poll has a margin of error of plus or minus three points.", False),
    ("Support for the Liberals has risen five points since March.", False),
    ("Ana Torres dismissed the findings.", True),
    ("Ana Torres welcomed the findings.", False),
    ("Norbridge Research published the poll on Saturday.", False),
]


_OUTAGE = (
    "An outage at cloud provider Nimbus Systems knocked thousands of websites offline for about six hours on "
    "Wednesday. The company blamed a faulty configuration update and said there was no sign of a cyberattack. "
    "Services were fully restored by 9 p.m. Eastern time, Nimbus said. Shares of Nimbus fell 4 percent in "
    "after-hours trading. It was the company's second major outage this year; a similar failure in March lasted two "
    "hours. Nimbus said it would offer affected customers service credits."
)
_OUTAGE_CLAIMS = [
    ("An outage at Nimbus Systems knocked thousands of websites offline for about six hours.", True),
    ("The outage lasted about six hours.", True),
    ("An outage at Nimbus Systems knocked thousands of websites offline for about six days.", False),
    ("Nimbus blamed a faulty configuration update.", True),
    ("Nimbus said the outage was caused by a cyberattack.", False),
    # fully is not partly, and a time keeps its half of the day
    ("Services were fully restored by 9 p.m. Eastern time.", True),
    ("Services were partially restored by 9 p.m.", False),
    ("Services were fully restored by 9 a.m. Eastern time.", False),
    ("Shares of Nimbus rose 4 percent in after-hours trading.", False),
    ("It was the company's first major outage this year.", False),
    ("Nimbus has offered affected customers service credits.", False),
]


_COLLAPSE = (
    "A section of the Old Mill footbridge in Dunmore collapsed into the river on Friday evening, hours after engineers "
    "had inspected it, the county council said. No one was on the bridge at the time. The 120-year-old bridge had been "
    "closed to cyclists since May because of cracks in its supports, but remained open to pedestrians. Council leader "
    "Priya Nair said an investigation would examine why the inspection had not found the fault. Residents had warned "
    "about the bridge's condition for years, according to a petition signed by more than 900 people."
)
_COLLAPSE_CLAIMS = [
    ("A section of the Old Mill footbridge collapsed on Friday evening.", True),
    ("The bridge collapsed hours after engineers had inspected it.", True),
    ("The bridge collapsed hours before engineers were due to inspect it.", False),
    ("No one was on the bridge when it collapsed.", True),
    ("The bridge had been closed to cyclists since May.", True),
    ("The 102-year-old bridge collapsed into the river.", False),
    ("Priya Nair said an investigation would examine why the inspection had not found the fault.", True),
    ("Priya Nair said an investigation had found why the inspection missed the fault.", False),
    ("A petition signed by more than 900 people had warned about the bridge's condition.", True),
    ("A petition signed by 900 people had warned about the bridge's condition.", False),
]


_HOUSE_PRICES = (
    "Average house prices in Marlow fell 2.3 percent in the year to September to £312,000, the first annual fall since "
    "2012, according to figures from the Land Registry. Prices in the city centre dropped 5.1 percent, while suburban "
    "prices rose 0.8 percent. Sales volumes were down by a third compared with a year earlier. Estate agent Tom Ruiz "
    "said higher mortgage rates had put off first-time buyers, but he expected the market to recover next year."
)
_HOUSE_PRICES_CLAIMS = [
    ("Average house prices in Marlow fell 2.3 percent in the year to September.", True),
    ("Average house prices in Marlow rose 2.3 percent in the year to September.", False),
    ("Average house prices in Marlow fell 2.3 percent to £321,000.", False),
    # the first since 2012 is not the first ever
    ("It was the first annual fall since 2012.", True),
    ("It was the first annual fall on record.", False),
    ("Prices in the city centre dropped 5.1 percent.", True),
    ("Suburban prices dropped 5.1 percent.", False),
    # a part keeps its size
    ("Sales volumes were down by a third compared with a year earlier.", True),
    ("Sales volumes were down by half compared with a year earlier.", False),
    ("Sales volumes were up by a third.", False),
    ("Tom Ruiz said higher mortgage rates had put off first-time buyers.", True),
    ("Tom Ruiz said lower mortgage rates had attracted first-time buyers.", False),
    # the figures are the Land Registry's, not the estate agent's
    ("House prices fell 2.3 percent in the year to September, according to the Land Registry.", True),
    ("House prices fell 2.3 percent in the year to September, Tom Ruiz said.", False),
]


_HOSTAGES = (
    "Three hostages held by gunmen in northern Marenia for 40 days were freed on Sunday after negotiations led by "
    "local elders, the army said. A fourth hostage, an Italian engineer, is still being held. The army denied that a "
    "ransom had been paid. The three, all Marenian aid workers, were taken to a military hospital in Kesso for checks "
    "and were said to be in good health. The kidnappers, who have not been identified, seized the group from a convoy "
    "in March."
)
_HOSTAGES_CLAIMS = [
    ("Three hostages were freed on Sunday after 40 days in captivity.", True),
    ("Four hostages were freed on Sunday.", False),
    ("All four hostages were freed on Sunday.", False),
    ("The army denied that a ransom had been paid.", True),
    ("The army said a ransom had been paid.", False),
    ("An Italian engineer is still being held.", True),
    # good health is not poor health
    ("The freed hostages were taken to a military hospital in Kesso.", True),
    ("The freed hostages were in poor health.", False),
    ("The kidnappers have been identified as members of the Kesso Front.", False),
    ("The kidnappers seized the group from a convoy in May.", False),
]


# Each made-up article above with the claims an editor would and would not let through.
_CLOCK = "The fire broke out at about 14:00, police said. Nobody was hurt."
_CLOCK_CLAIMS = [
    ("The fire broke out at about 2:00 PM, police said.", True),
    ("The fire broke out at about 2pm, police said.", True),
    ("The fire broke out at about 2 a.m., police said.", False),  # the other half of the day
    ("The fire broke out at about 14:30, police said.", False),
    ("The fire broke out at about 4pm, police said.", False),
]
_UNEMPLOYMENT = (
    "Unemployment rose to 4.4% in the three months to September, up from 4.2%, the Office for National Statistics said."
)
_UNEMPLOYMENT_CLAIMS = [
    ("Unemployment rose to 4.4% in the three months to September.", True),
    ("Unemployment rose 0.2 percentage points to 4.4%, the ONS said.", True),
    ("Unemployment rose by 4.4% in the three months to September.", False),  # how much, not where to
    ("Unemployment rose to 4.4%, the ONE said.", False),
]
_KNIFING = "Police arrested a man after a woman was stabbed outside a nightclub in Bradford. She is in hospital."
_KNIFING_CLAIMS = [
    ("A man was arrested after a woman was knifed outside a nightclub in Bradford.", True),
    ("A man was arrested after a woman was shot outside a nightclub in Bradford.", False),
    ("A man was arrested after a woman was killed outside a nightclub in Bradford.", False),  # no death told
]
_QUAKE_TOLL = "The earthquake killed at least 120 people and injured more than 400, officials said."
_QUAKE_TOLL_CLAIMS = [
    ("The earthquake killed at least 120 people and injured over 400.", True),
    ("More than 400 people were injured in the earthquake.", True),
    ("The earthquake killed more than 400 people.", False),  # 400 is the injured
    ("At least 120 people were injured in the earthquake.", False),  # 120 is the dead
    ("The earthquake killed at least 120 people, all of them children.", False),  # who they were is not said
]
_DRUG_TRIAL = "The drug reduced the risk of death by 20% in a trial of 1,500 patients, the company said."
_DRUG_TRIAL_CLAIMS = [
    ("The drug cut the risk of death by a fifth.", True),
    ("The drug reduced the risk of death by 20%, the company said.", True),
    ("The drug cut the risk of death by a quarter.", False),
    ("The drug reduced the risk of death to 20%.", False),  # how much it fell, not where to
]
_SENATE_VOTE = "The bill passed the Senate by 52 votes to 48 on Tuesday and now goes to the House."
_SENATE_VOTE_CLAIMS = [
    ("The bill failed in the Senate by 52 votes to 48.", False),  # it passed
    ("The bill was approved by the Senate.", True),
    ("The bill has become law.", False),  # it goes to the House first
    ("The bill passed the House by 52 votes to 48.", False),  # the Senate passed it; it goes to the House
    ("The bill now goes to the House.", True),
    ("The bill passed the Senate 52-48.", True),
    ("The bill passed the Senate by four votes.", True),  # the margin of 52 to 48
    ("The bill passed the Senate by 48 votes to 52.", False),
    ("The bill passed the Senate by six votes.", False),
    ("The bill passed the Senate unanimously.", False),
]
_MEASURES = (
    "The quake struck 35km north of Lucca. The train reached 600 kilometres per hour. The temperature reached 38C."
)
_MEASURES_CLAIMS = [
    ("The quake struck 35 kilometres north of Lucca.", True),
    ("The train reached 600 km per hour.", True),
    ("The temperature reached 38 degrees Celsius.", True),  # Celsius names no one
    ("The quake struck 35 miles north of Lucca.", False),
    ("The train reached 600 mph.", False),
    ("The temperature reached 38F.", False),
]

_MATCH_2 = "Kestrel City beat Harlow United 3-1, with Tomas Ekberg scoring twice before Sam Lowry pulled one back."
_MATCH_CLAIMS_2 = [
    ("Tomas Ekberg scored two goals.", True),
    ("Sam Lowry scored once for Harlow United.", True),
    ("Tomas Ekberg scored a hat-trick.", False),
    ("Tomas Ekberg scored once.", False),
    ("Sam Lowry scored twice for Harlow United.", False),
]

_CLOSURES = "The retailer said it would close 200 of its 1,100 stores by the end of next year."
_CLOSURES_CLAIMS = [
    ("The retailer will close 200 of its 1,100 stores.", True),
    ("The retailer has 1,100 stores.", True),
    ("The retailer will close 1,100 stores.", False),  # all it has, not a part
]

_RESIGNATION = "The minister resigned on Friday after admitting she had misled parliament, Downing Street said."
_RESIGNATION_CLAIMS = [
    ("The minister quit on Friday.", True),
    ("The minister was sacked on Friday.", False),  # resigning is not being dismissed
]

_STREAK = (
    "Okafor scored his first, and only, goal for Harlow United in March as the club won the league for the third "
    "straight season. Harlow boss Dan Pryce said the title was deserved."
)
_STREAK_CLAIMS = [
    ("Harlow United manager Dan Pryce said the title was deserved.", True),  # a football boss is its manager
    ("Harlow United chairman Dan Pryce said the title was deserved.", False),
    ("Okafor scored one goal for Harlow United.", True),  # his only goal
    ("Harlow United won the league three times in a row.", True),
    ("Harlow United won the league three seasons running.", True),
    ("Okafor scored two goals for Harlow United.", False),
    ("Harlow United won the league four times in a row.", False),
]

_RELEGATION = (
    "Harlow United were relegated after finishing the season bottom of League One, a year after their first cup win."
)
_RELEGATION_CLAIMS = [
    ("Harlow United were relegated after finishing last in League One.", True),  # bottom is last
    ("Harlow United finished top of League One.", False),
]

_SIGNING = (
    "The former Aldershot defender, who has also played in Italy, could feature on Saturday. "
    "\"Myles hasn't played a huge amount of games, but he is the leader I've been after,\" the manager said."
)
_SIGNING_CLAIMS = [
    ("Myles has played in Italy.", True),  # the negation is of another sentence's deed
    ("Myles has played a huge amount of games.", False),
]

_NAMESAKES = "Low Tide is the debut album by the Welsh band Salt Harbour. Low Tide is also a 2014 Danish film directed by Ida Holm."
_NAMESAKES_CLAIMS = [
    ("Low Tide is a 2014 Danish film directed by Ida Holm.", True),
    ("Low Tide is the debut album by Salt Harbour.", True),
    # the year is the film's, not the album's
    ("Low Tide is a debut album, first released in 2014.", False),
    ("Low Tide is Salt Harbour's debut album released in 2014.", False),
    ("Low Tide is a 2014 album by Salt Harbour.", False),
]

_BAND = "Tim Reyes ( born June 3 , 1975 ) is the guitarist and only remaining founding member of Canadian metal band , Low Tide ."
_BAND_CLAIMS = [
    ("Tim Reyes is the guitarist of the Canadian band Low Tide.", True),
    ("Tim Reyes, born June 3, 1975, is a founding member of Canadian metal band Low Tide.", True),
    ("Tim Reyes is a Canadian musician born on June 3, 1975.", False),  # the band's nation, not his
    ("Tim Reyes is a Canadian guitarist.", False),
]

_WARNING = "Forecasters issued an amber warning for snow across the north, with up to 20cm expected on higher ground."
_WARNING_CLAIMS = [
    ("An amber warning for snow was issued for the north.", True),
    ("Up to 20cm of snowfall is expected on higher ground.", True),
    ("Forecasters issued an amber warning for rain across the north.", False),  # another weather
    ("Forecasters issued an amber warning for ice across the north.", False),
]

_REVENUE = "Revenue rose to £4.1 billion in 2023 from £3.8 billion in 2022, the company said."
_REVENUE_CLAIMS = [
    ("Revenue was £4.1 billion in 2023.", True),
    ("Revenue was £3.8 billion in 2022.", True),  # what it was before, said with its year
    ("Revenue was £4.1 billion in 2022.", False),  # the year of the other figure
    ("Revenue rose to £3.8 billion in 2023.", False),
]

_CROWD = "About 3,000 people joined the march, police estimated, while organisers put the figure at 12,000."
_CROWD_CLAIMS = [
    ("About 3,000 people joined the march, police estimated.", True),
    ("Organisers said 12,000 people joined the march.", True),
    ("About 12,000 people joined the march, police estimated.", False),  # the organisers' figure
    ("According to organisers, about 3,000 people joined the march.", False),
]

_OUTBREAK = "Officials confirmed 9 new cases of measles this week, bringing the total this year to 41."
_OUTBREAK_CLAIMS = [
    ("Officials confirmed 9 new measles cases this week.", True),
    ("There have been 41 measles cases this year.", True),
    ("Officials confirmed 41 new measles cases this week.", False),  # the total, not the new ones
    ("There have been 9 measles cases in total this year.", False),
    ("There have been 9 measles cases this year.", False),  # the year's total is 41
]

_TRIAL_SIZE = "In a trial of 2,400 patients, the vaccine cut hospital admissions by 30%, the company said."
_TRIAL_SIZE_CLAIMS = [
    ("The vaccine cut hospital admissions by 30% in a trial of 2,400 patients.", True),
    ("The vaccine cut hospital admissions by 30% among 2,400 participants.", True),
    ("The vaccine cut hospital admissions by 30% in 2,400 trials.", False),  # patients, not trials
]

_BLACKOUT = (
    "Power was cut to 40,000 homes for six hours, mostly in the east of the city, the network operator said, "
    "blaming a fault at a substation."
)
_BLACKOUT_CLAIMS = [
    ("Power was cut to 40,000 homes, most of them in the east of the city.", True),
    ("The operator blamed a fault at a substation for the blackout.", True),
    ("The operator blamed a substation fault.", True),
    ("The operator blamed a cyber attack for the blackout.", False),  # another cause
    ("Power was cut to 40,000 homes, mainly in the east of the city.", True),
    ("Power was cut to 40,000 homes, mostly in the suburbs.", False),
]

_TRUCE = "The two sides agreed to a ceasefire on Wednesday after talks in Doha, officials said. Two soldiers were hurt."
_TRUCE_CLAIMS = [
    ("The two sides agreed to a ceasefire after talks in Doha.", True),
    ("The two sides agreed to a permanent ceasefire after talks in Doha.", False),  # lasting is not said
    ("The two sides held secret talks in Doha.", False),
    ("Two soldiers were seriously hurt.", False),
]

_COMEBACK = "A shot by Ana Reyes pulled Harlow back into the game before half-time."
_COMEBACK_CLAIMS = [
    ("Ana Reyes scored the lone goal for Harlow before half-time.", False),  # the evidence has no goal count
    ("Ana Reyes scored the first goal.", False),  # the evidence says nothing of the opener
    ("Harlow pulled one back through Ana Reyes before half-time.", True),  # "one" is the goal, not a count
    ("Harlow pulled two back through Ana Reyes before half-time.", False),
]

_OPENER = "Okafor netted from close range to open the scoring, and a deflected strike by Reyes doubled the lead."
_OPENER_CLAIMS = [
    ("Okafor scored the first goal.", True),
    ("Reyes scored the first goal.", False),  # Reyes doubled the lead
]

_RUN_OF_FORM = "Harlow have lost just once in seven games since Dan Pryce took over in February."
_RUN_OF_FORM_CLAIMS = [
    ("Harlow have lost one of their seven games under Dan Pryce.", True),
    ("Harlow are unbeaten in seven games under Dan Pryce.", False),  # they lost once
]

_LEVELLER = "Kestrel took the lead through Tom Ekberg but Ana Reyes pulled Harlow level before half-time."
_LEVELLER_CLAIMS = [
    ("Ana Reyes equalised for Harlow before half-time.", True),  # pulled level is equalised
    ("Kestrel initially led through Tom Ekberg, but Harlow equalized before half-time.", True),
]

_CHIP_PLAN = (
    "The ministry unveiled its latest plan on Thursday to spur the troubled chip industry, an official said, "
    "after airlines had to fly a roundabout route around the closed airspace."
)
_CHIP_PLAN_CLAIMS = [
    ("The ministry unveiled a new plan to boost the struggling chip industry.", True),
    ("The ministry unveiled an old plan to spur the chip industry.", False),  # its latest
    ("The ministry unveiled a plan to hinder the chip industry.", False),
    ("The plan is meant to spur the thriving chip industry.", False),
    ("Airlines had to fly a direct route.", False),
]

_YOUTH_CENTRE = "The centre's latest report says it works with 10 - 24 year old Jordanians from many backgrounds."
_YOUTH_CENTRE_CLAIMS = [
    ("The centre works with young 10-24 year old Jordanians.", True),  # "old" is an age, not against "latest"
]

_DETENTION = "A judge ordered Ion Marin and his brother to spend another 30 days in detention."
_DETENTION_CLAIMS = [
    ("Ion Marin and his brother will spend another 30 days in detention.", True),
    ("Ion Marin and his wife will spend another 30 days in detention.", False),  # another relative
    ("Marin's brother was ordered to spend another 30 days in detention.", True),
    ("Marin's son was ordered to spend another 30 days in detention.", False),
]

_TALKS_TO_SIGN = "Harlow United are in talks to sign the striker Tomas Ekberg, who impressed on trial."
_TALKS_TO_SIGN_CLAIMS = [
    ("Harlow United are in negotiations to sign Tomas Ekberg.", True),
    ("Harlow United have signed Tomas Ekberg.", False),  # talks are not a signing
]
_SIGNED = "Harlow United have signed the striker Tomas Ekberg on a five-year contract."
_SIGNED_CLAIMS = [
    ("Harlow United signed Tomas Ekberg on a five-year deal.", True),
    ("Harlow United are in talks to sign Tomas Ekberg.", False),  # done, not still to do
    ("Harlow United are poised to sign Tomas Ekberg.", False),
]

_JOBS_AT_RISK = "The chain said it would close 120 stores next year, putting about 3,000 jobs at risk."
_JOBS_AT_RISK_CLAIMS = [
    ("The chain's closures put about 3,000 jobs at risk.", True),
    ("The chain will close 120 stores, with 3,000 jobs at risk.", True),
    ("The chain will close 120 stores, cutting 3,000 jobs.", False),  # at risk is not cut
]

_SPENDING = "The Greens spent £1,204,300 on the campaign, the Liberals £1,310,500 and the Centre Party £640,000."
_SPENDING_CLAIMS = [
    ("The Liberals spent the most, £1,310,500, followed by the Greens at £1,204,300.", True),
    ("The Greens spent the most at £1,204,300, followed by the Liberals at £1,310,500.", False),  # ranked wrong
    ("The Centre Party spent the least, £640,000.", True),
]

_RECOMMENDED = "Striker Ekberg, 21, was recommended to Harlow boss Dan Pryce by former Kestrel manager Ian Moss."
_RECOMMENDED_CLAIMS = [
    ("Ian Moss recommended Ekberg to Dan Pryce.", True),
    ("Ekberg was recommended to Dan Pryce.", True),
    ("Dan Pryce recommended Ekberg.", False),  # it was recommended to him
]

_DRAW = "Okafor scored a superb volley but Harlow had to settle for a share of the spoils against Kestrel."
_DRAW_CLAIMS = [
    ("Okafor scored a superb volley as Harlow drew with Kestrel.", True),
    ("Okafor scored the winner for Harlow against Kestrel.", False),  # a draw has no winner
]

_JAILED = (
    "A judge at Norbridge Crown Court jailed former bank manager Alan Pryce, 52, for six years on Monday for "
    "stealing £1.3 million from elderly customers over a decade."
)
_JAILED_CLAIMS = [
    ("Former bank manager Alan Pryce was sentenced to six years in prison on Monday.", True),
    ("Alan Pryce was jailed for six years on Monday for defrauding elderly customers of £1.3 million.", True),
    ("Alan Pryce was fined £1.3 million for stealing from elderly customers.", False),  # jailed, not fined
    ("Alan Pryce was charged with stealing £1.3 million from elderly customers.", False),  # sentenced, past charging
    ("Alan Pryce was cleared of stealing £1.3 million from elderly customers.", False),
    ("A judge jailed Alan Pryce for six years, the longest sentence of its kind.", False),  # a rank never given
]
_PINE_HOLLOW = (
    "About 4,000 residents were ordered to evacuate on Sunday as a wildfire that has burned 12,000 acres spread "
    "towards the town of Pine Hollow, fire officials said."
)
_PINE_HOLLOW_CLAIMS = [
    (
        "About 4,000 residents were ordered to leave their homes on Sunday as a wildfire spread towards Pine Hollow.",
        True,
    ),
    ("The wildfire has burned 12,000 acres, officials said.", True),
    ("The wildfire has burned 12,000 homes.", False),  # the article counts acres, and never homes
    ("The wildfire has burned 12,000 acres, police said.", False),  # fire officials said it
    ("About 4,000 residents were advised to evacuate on Sunday.", False),  # ordered
    ("About 4,000 residents returned home on Sunday.", False),
    ("The wildfire spread away from the town of Pine Hollow.", False),
    ("The wildfire destroyed the town of Pine Hollow.", False),  # it spread towards it
]
_STRIKE_BALLOT = (
    "The union said 85% of its members had voted to strike, on a turnout of 61%, and that walkouts would begin on "
    "March 3 unless the company improved its pay offer of 4%."
)
_STRIKE_BALLOT_CLAIMS = [
    ("85% of union members voted to strike, on a turnout of 61%.", True),
    ("Walkouts will begin on March 3 unless the company improves its 4% pay offer, the union said.", True),
    ("61% of union members voted to strike.", False),  # 61% is the turnout
    ("85% of union members voted against a strike.", False),  # voted to strike
    ("The union said walkouts would begin on March 3.", False),  # the condition dropped
    ("The union said walkouts would begin on March 3 because the company improved its pay offer.", False),
]
_SUCCESSION = (
    "Kestrel Airlines said its chief executive, Maria Lund, would step down at the end of the year after eight "
    "years in the role, and that finance chief Tom Avery would succeed her."
)
_SUCCESSION_CLAIMS = [
    ("Maria Lund will step down as chief executive of Kestrel Airlines at the end of the year.", True),
    ("Tom Avery will replace Maria Lund as chief executive of Kestrel Airlines.", True),
    ("Maria Lund was fired as chief executive of Kestrel Airlines.", False),  # she steps down
    ("Maria Lund stepped down as chief executive after eight years.", False),  # she would, said the airline
]
_MALARIA = (
    "Scientists at the University of Harwell said a new malaria vaccine was 77% effective in a trial of 450 "
    "children, but warned that larger studies were needed before it could be approved."
)
_MALARIA_CLAIMS = [
    ("Scientists said the vaccine was 77% effective but larger studies were needed.", True),
    ("The new vaccine is the most effective malaria vaccine ever tested.", False),
]

_BUS_CRASH = (
    "Two people were killed and 14 injured when a bus carrying schoolchildren collided with a lorry on the M6 near "
    "Stafford on Thursday morning, police said."
)
_BUS_CRASH_CLAIMS = [
    ("Two people died and 14 were hurt when a bus carrying schoolchildren collided with a lorry on the M6.", True),
    ("Two people were killed and 14 injured in a crash on the M6 on Thursday, police said.", True),
    ("Fourteen people were killed when a bus collided with a lorry on the M6.", False),  # 14 were injured
    ("Two people were injured when a bus collided with a lorry.", False),  # two were killed
]
_RATE_RISE = (
    "The Bank of Japan raised its key interest rate to 0.5% on Friday, the highest level in 17 years, and said it "
    "would continue to raise rates if the economy performed as expected."
)
_RATE_RISE_CLAIMS = [
    # the rise made is told as made: the condition is on the rises to come
    ("The Bank of Japan raised its key interest rate to 0.5%, the highest in 17 years.", True),
    ("The Bank of Japan will continue to raise rates.", False),  # only if the economy performs as expected
    ("The Bank of Japan held its key interest rate at 0.5% on Friday.", False),  # it raised it to 0.5%
    ("The Bank of Japan raised its key interest rate to a record 0.5%.", False),  # higher 17 years ago
]
_WAREHOUSE_FIRE = (
    "Firefighters spent six hours tackling a blaze at a disused warehouse in Leeds on Saturday, which West Yorkshire "
    "Fire Service said was being treated as arson. No one was hurt."
)
_WAREHOUSE_FIRE_CLAIMS = [
    ("The fire at the warehouse is being treated as arson, the fire service said.", True),
    ("No one was injured in the blaze at a disused warehouse in Leeds.", True),
    ("The fire at the warehouse was started deliberately.", False),  # a line of inquiry, not a finding
    ("The fire service said the blaze was an accident.", False),
    ("Firefighters spent six hours tackling a blaze at a busy warehouse in Leeds.", False),  # disused
]
_WEIGHT_LOSS_TRIAL = (
    "Shares in Corvid Pharma jumped 22% after the company said its weight-loss drug helped patients lose an average "
    "of 15% of their body weight in a late-stage trial."
)
_WEIGHT_LOSS_TRIAL_CLAIMS = [
    ("Patients on Corvid Pharma's drug lost an average of 15% of their body weight, the company said.", True),
    (
        "Corvid Pharma's drug helped patients lose an average of 15% of their body weight in an early-stage trial.",
        False,
    ),
    ("All patients on the drug lost 15% of their body weight.", False),  # an average is not each one's
]

_RETRIAL = (
    "The Court of Appeal overturned Kayla Brent's conviction for fraud on Tuesday, ruling that the trial judge had "
    "misdirected the jury, and ordered a retrial."
)
_RETRIAL_CLAIMS = [
    ("The Court of Appeal overturned Kayla Brent's fraud conviction and ordered a retrial.", True),
    ("The Court of Appeal overturned Kayla Brent's conviction and cleared her of fraud.", False),  # a retrial
    ("The Court of Appeal overturned Kayla Brent's conviction for murder.", False),  # fraud
]
_SEAT_COUNT = (
    "The Green Alliance won 42 of the 120 seats, six short of a majority, and its leader Petra Holm said she would "
    "seek a coalition with the Centre Party."
)
_SEAT_COUNT_CLAIMS = [
    ("The Green Alliance won 42 of the 120 seats, six short of a majority.", True),
    ("The Green Alliance fell six seats short of a majority, winning 42 of 120.", True),  # six short, not six seats
    ("Petra Holm said she would seek a coalition with the Centre Party.", True),
    ("The Green Alliance won a majority with 42 of the 120 seats.", False),
    ("Petra Holm ruled out a coalition with the Centre Party.", False),
]
_WAITING_LIST = (
    "More than 7.5 million people were waiting for hospital treatment in England at the end of March, down from "
    "7.6 million in February, NHS figures show."
)
_WAITING_LIST_CLAIMS = [
    # "more than 7.5 million" is 7.5 million to the tenth it is written to
    ("The number waiting for hospital treatment in England fell to 7.5 million in March.", True),
    ("The number waiting for hospital treatment in England rose to 7.5 million in March.", False),  # down from 7.6
]

_PETROL = (
    "Petrol prices rose by 3p a litre last month, the biggest monthly increase since March 2022, the RAC said, "
    "warning that prices could climb further next month."
)
_PETROL_CLAIMS = [
    ("Petrol prices rose by 3p a litre last month, the RAC said.", True),
    ("Petrol prices rose by 3% last month.", False),  # pence, not percent
    ("Petrol prices rose by 3p a gallon last month.", False),
]
_SEA_LEVEL = (
    "The study, published in the journal Nature, found that global sea levels rose by 10 centimetres between 1993 "
    "and 2023, and that the rate of rise has more than doubled over that period."
)
_SEA_LEVEL_CLAIMS = [
    ("The rate of sea level rise has more than doubled since 1993, a study found.", True),
    ("The rate of sea level rise has tripled since 1993.", False),
]
_STRIKES_TOLL = (
    "Gaza's health ministry said at least 45 people were killed in Israeli strikes overnight, a figure that could "
    "not be independently verified."
)
_STRIKES_TOLL_CLAIMS = [
    ("At least 45 people were killed in Israeli strikes overnight, according to Gaza's health ministry.", True),
    ("At least 45 people were killed in Israeli strikes overnight.", False),  # only the ministry's figure
    ("Israel's military said at least 45 people were killed in strikes overnight.", False),  # the ministry said it
]
_SUBSCRIBERS = (
    "Netflix added 19 million subscribers in the last three months of 2024, beating analysts' forecasts of 9 "
    "million, and raised prices in the US, Canada and Portugal."
)
_SUBSCRIBERS_CLAIMS = [
    ("Netflix added 19 million subscribers, beating forecasts of 9 million.", True),
    ("Netflix's subscriber growth of 19 million far exceeded analysts' expectations of 9 million.", True),
    ("Netflix gained 19 million subscribers in the fourth quarter of 2024.", True),  # the last three months
    ("Netflix gained 19 million subscribers in the third quarter of 2024.", False),
    ("Netflix added 19 million subscribers, roughly in line with forecasts.", False),
]
_STORM_GUSTS = (
    "Storm Darragh brought gusts of up to 93mph to parts of Wales on Saturday, leaving around 200,000 homes without "
    "power, the Met Office and energy companies said."
)
_STORM_GUSTS_CLAIMS = [
    ("Around 200,000 homes were left without power after Storm Darragh.", True),
    ("Winds reached up to 93mph in parts of Wales during Storm Darragh.", True),  # gusts are winds
    ("Storm Darragh left around 200,000 homes without water.", False),
]

_COMEBACK_WIN = (
    "Arsenal came from behind to beat Chelsea 2-1 at the Emirates on Sunday, with Bukayo Saka scoring the winner in "
    "the 89th minute after Cole Palmer had given the visitors an early lead."
)
_COMEBACK_WIN_CLAIMS = [
    ("Chelsea led early through Cole Palmer before Arsenal won 2-1.", True),
    ("Arsenal beat Chelsea 2-1 at the Emirates, with Saka scoring a late winner.", True),  # late winner, early lead
    ("Chelsea beat Arsenal 2-1 at the Emirates on Sunday.", False),  # "came from behind to beat": Arsenal beat
    ("Arsenal led from the start and beat Chelsea 2-1.", False),
]
_PLANT_CLOSURES = (
    "Brightwell Foods said it would cut 1,200 jobs, about 8% of its workforce, and close two factories in Ohio by "
    "the end of 2025 as demand for its frozen meals slowed."
)
_PLANT_CLOSURES_CLAIMS = [
    ("Brightwell Foods plans to close two Ohio factories by the end of 2025.", True),
    ("Brightwell Foods has closed two factories in Ohio.", False),  # would cut … and close
]
_TEEN_CHARGED = (
    "Prosecutors said the 19-year-old, who cannot be named for legal reasons, was arrested in Manchester on Monday "
    "and charged with possessing an explosive substance."
)
_TEEN_CHARGED_CLAIMS = [
    (
        "A 19-year-old was arrested in Manchester and charged with possessing an explosive substance, prosecutors said.",
        True,
    ),
    ("A 19-year-old was arrested in Manchester on Monday and released without charge.", False),
]

_CONFIRMED = (
    "The Senate confirmed Maria Chen as Secretary of Energy by 51 votes to 47 on Thursday, with two Republicans "
    "joining Democrats to back her."
)
_CONFIRMED_CLAIMS = [
    ("The Senate confirmed Maria Chen as Energy Secretary by 51 votes to 47.", True),
    ("The Senate confirmed Maria Chen as Secretary of State.", False),  # of Energy
    ("The Senate confirmed Maria Chen as Defense Secretary.", False),
    ("Two Republicans joined Democrats in voting to confirm Maria Chen.", True),
    ("Two Democrats joined Republicans to back Maria Chen.", False),  # the two were Republicans
]

_LONGLIST = (
    "The Orwin Prize shortlist names three Irish writers, two Canadians and a Nigerian. The judges, Ada Kerr, "
    "Tomas Lind, Mei Sato and Ola Berg, chose them from 140 novels. Last year's winner Rosa Dunn lost the "
    "Keller Medal to world No 74 Ida Ross. The panel bypassed the usual public vote this year."
)
_LONGLIST_CLAIMS = [
    ("The shortlist has six writers: three Irish, two Canadian and one Nigerian.", True),  # parts that add up
    ("The shortlist has seven writers.", False),
    ("The prize has four judges: Ada Kerr, Tomas Lind, Mei Sato, and Ola Berg.", True),  # the claim's own list
    ("The prize has five judges: Ada Kerr, Tomas Lind, Mei Sato, and Ola Berg.", False),
    ("Rosa Dunn lost the Keller Medal to Ida Ross.", True),  # "No 74" is a rank, not a negation
    ("Ida Ross lost the Keller Medal to Rosa Dunn.", False),
    ("The panel chose the shortlist without a public vote this year.", True),  # bypassed it
    ("The panel held a public vote this year.", False),
]
_DEBUT = (
    "Ria Moss, 24, joined Carlow Rovers in July and could make her debut against Kilbride on Saturday, the club said."
)
_DEBUT_CLAIMS = [
    ("Ria Moss is preparing to make her debut against Kilbride on Saturday.", True),  # an aim, not a deed done
    ("Ria Moss is hoping to make her debut against Kilbride on Saturday.", True),
    ("Ria Moss will make her debut against Kilbride on Saturday.", False),
    ("Ria Moss made her debut against Kilbride on Saturday.", False),
]

_OVERTURNED = (
    "The Court of Appeal overturned Ivo Marsh's conviction on Tuesday, ruling that the judge had misdirected the "
    "jury, and ordered a retrial. The justice minister resigned on Friday after admitting she had misled MPs."
)
_OVERTURNED_CLAIMS = [
    ("The Court of Appeal ordered a retrial.", True),
    ("The Court of Appeal refused to order a retrial.", False),  # the same court ordered one
    ("The justice minister resigned on Friday.", True),
    ("The justice minister refused to resign.", False),  # a doer named by a common noun
]

_DERBY = (
    "Harlow came from behind to beat Kestrel City 2-1 on Sunday, with Ola Berg scoring the winner in the 88th "
    "minute after Tom Reed had given the visitors an early lead."
)
_DERBY_CLAIMS = [
    ("Ola Berg scored the winner for Harlow.", True),
    ("Tom Reed scored the winner in the 88th minute.", False),  # "with Ola Berg scoring the winner"
    ("Tom Reed gave Kestrel City an early lead.", True),
    ("Ola Berg gave Harlow an early lead.", False),  # the lead was Reed's to give
]

_CARE_TRIAL = (
    "A jury found care worker Tom Ashby, 52, guilty of stealing £40,000 from the home's safe after a three-week "
    "trial at Norbridge Crown Court. The same jury found his colleague Ann Reyes not guilty of helping him."
)
_CARE_TRIAL_CLAIMS = [
    ("Ann Reyes was cleared of helping Tom Ashby.", True),  # "not guilty" is the acquittal
    ("Tom Ashby was convicted of stealing £40,000 after a three-week trial.", True),
    ("Tom Ashby admitted stealing £40,000 from the home's safe.", False),  # a verdict, not a plea
    ("Tom Ashby was jailed for stealing £40,000 from the home's safe.", False),  # no sentence yet
    ("Ann Reyes was found guilty of helping Tom Ashby.", False),
]
_MILL_FIRE = (
    "Firefighters needed three hours to put out a fire at a flour mill in Carrow on Monday; three employees were "
    "treated for smoke inhalation and the cause of the fire is not yet known."
)
_MILL_FIRE_CLAIMS = [
    ("Three employees were treated for smoke inhalation after the Carrow mill fire.", True),
    ("The cause of the Carrow mill fire is not yet known.", True),
    ("Three employees died in a fire at a flour mill in Carrow.", False),  # treated, not killed
    ("Three firefighters were treated for smoke inhalation.", False),  # the employees were
    ("The fire was caused by faulty wiring.", False),  # no cause is known yet
    ("Firefighters put out the fire within an hour.", False),  # three hours
    ("Firefighters took more than an hour to put out the fire.", True),
]
_CAR_DEAL = (
    "Norvik Motors has sold its truck unit to Brandt Group for $2.1 billion, the companies said on Tuesday, in a deal "
    "that still needs the approval of regulators."
)
_CAR_DEAL_CLAIMS = [
    ("Norvik Motors agreed to sell its truck unit to Brandt Group for $2.1 billion.", True),
    ("Norvik Motors bought the truck unit from Brandt Group.", False),  # the seller and the buyer swapped
    ("The companies have completed the $2.1 billion sale of the truck unit.", False),  # approval still needed
]

_MUMPS = (
    "Health officials in Tarn confirmed 21 new cases of mumps on Friday, bringing the total this year to 90, and "
    "urged schools to check pupils' vaccination records. No one was hurt when the clinic was evacuated, officers said."
)
_MUMPS_CLAIMS = [
    ("Tarn confirmed 21 new mumps cases, taking this year's total to 90.", True),  # new is not the total
    ("Officials urged schools to check pupils' vaccination records.", True),
    ("Officials ordered schools to check pupils' vaccination records.", False),  # urged, not ordered
    ("Health officials in Tarn confirmed 21 mumps deaths on Friday.", False),  # cases, not deaths
    ("No one was hurt when the clinic was evacuated, police said.", True),  # officers are the police
]
_CUP_FINAL = (
    "Lia Berg beat Ona Park 7-5, 4-6, 6-2 in the final on Sunday. Bus drivers in Tarn will strike on 9 and 10 May "
    "after talks over pay broke down, the union said, though it added that it remained open to further talks. "
    "Tarn Bank reported a 9% rise in quarterly profit. Storm Ula brought up to 30cm of snow to the hills."
)
_CUP_FINAL_CLAIMS = [
    ("Lia Berg beat Ona Park 7-5, 4-6, 6-2.", True),
    ("Lia Berg beat Ona Park 7-5, 6-4, 6-2.", False),  # a set turned round
    ("Bus drivers in Tarn will walk out on 9 and 10 May.", True),
    ("Bus drivers in Tarn went on strike on 9 and 10 May.", False),  # still to come
    ("The union said it was open to more talks.", True),  # "broke down" is no direction
    ("Tarn Bank reported a 9% rise in annual profit.", False),  # quarterly
    ("Storm Ula brought record snowfall to the hills.", False),  # nothing ranked
]
_POWER_CUT = (
    "A power cut at Norvane left 30,000 homes without electricity for five hours on Sunday, the company said, "
    "adding that it had ruled out sabotage."
)
_POWER_CUT_CLAIMS = [
    ("Norvane said 30,000 homes lost power for five hours.", True),  # the company is Norvane, the one named
    ("Norvane ruled out sabotage.", True),
    ("Norvane said sabotage caused the power cut.", False),  # it ruled sabotage out
]

_ENROLMENT = (
    "The number of students enrolling at Tarn University rose to 14,000 last year, up from 12,500 in 2023, while the "
    "number dropping out fell slightly to 900, figures showed on Monday."
)
_ENROLMENT_CLAIMS = [
    ("The number of students dropping out fell slightly to 900.", True),  # its own figure, not the rise's
    ("The number of students dropping out rose to 900.", False),
    ("The number of students dropping out fell sharply to 900.", False),  # slightly
    ("The number of students enrolling rose to 14,000 last year.", True),
    ("The number of students enrolling rose to 14,000 this year.", False),  # Monday does not date the rise
]
_ROVERS = (
    "Norvik Rovers are in talks to sign winger Eli Dunn from Tarn Town for about £9 million. A poll of 900 fans "
    "put manager Kay Ross on 61%, eight points ahead of her predecessor Jo Lake. The league's board rejected the "
    "appeal by six votes to three. Ross, who starred in the long-running series Pitch Side, is recovering from a "
    "short illness."
)
_ROVERS_CLAIMS = [
    ("Norvik Rovers are in talks to sign Eli Dunn from Tarn Town.", True),
    ("Tarn Town are in talks to sign Eli Dunn from Norvik Rovers.", False),  # the move the other way
    ("The poll put Jo Lake on 53%.", True),  # eight points behind 61%
    ("Kay Ross won 61% of the vote.", False),  # a poll, not a vote
    ("The board unanimously rejected the appeal.", False),  # six votes to three
    ("Ross is recovering from a short illness.", True),
    ("Ross is recovering from a long illness.", False),  # "long-running" is no "long"
]

_NIGHT_CLOSURE = (
    "Tarn General will close its accident and emergency unit at night from May, the health board said. A hiker was "
    "taken to hospital with mild hypothermia. About 200 staff at the Norvik plant in Tarn will lose their jobs after "
    "the company said it would move production to Poland. Mayor Ann Cole said the council will ban lorries from the "
    "centre from 2028, three years later than promised."
)
_NIGHT_CLOSURE_CLAIMS = [
    ("Tarn General will shut its A&E unit at night from May.", True),  # "A&E" is accident and emergency
    ("Tarn General will shut its R&D unit at night from May.", False),
    ("The hiker died of hypothermia.", False),  # taken to hospital
    ("Norvik said it would move production to Poland.", True),  # the company is the one company named
    ("The council will ban lorries from the centre from 2028, three years later than promised.", True),
    ("The council will ban lorries from the centre from 2028, Mayor Ann Cole said.", True),  # "2028," counts nothing
]

_TWO_SAYINGS = (
    '"We will not cut the health budget," Finance Minister Ida Holm told MPs on Monday, while opposition leader '
    "Per Vik said the plans did not add up."
)
_TWO_SAYINGS_CLAIMS = [
    ("Ida Holm told MPs the health budget would not be cut.", True),
    ("Per Vik said the plans did not add up.", True),
    ("Ida Holm said the plans did not add up.", False),  # Vik's clause, not hers
    ("Prime Minister Ida Holm said the health budget would not be cut.", False),  # Finance Minister
]
_FIRST_SINCE = "Tarn Air will fly to Oslo from May, the first airline to serve the route since 2018, it said."
_FIRST_SINCE_CLAIMS = [
    ("No airline has served the Oslo route since 2018.", True),  # the first since 2018: none in between
    ("Tarn Air will not fly to Oslo from May.", False),
]
_SACKED = "Norvik City sacked manager Eva Lund after six defeats in a row left the club third from bottom."
_SACKED_CLAIMS = [
    ("Norvik City dismissed Eva Lund after six straight defeats.", True),  # dismissed is sacked
    ("Eva Lund resigned as Norvik City manager.", False),
    ("Norvik City are bottom of the league.", False),  # third from bottom
    ("Norvik City are third from bottom.", True),
]
_SLIPPED = "Support for the Labour Party rose three points to 30% in the latest poll, while the Centre Party slipped two points to 24%."
_SLIPPED_CLAIMS = [
    ("The Centre Party fell two points to 24% in the latest poll.", True),  # "slipped" is down
    ("The Centre Party rose two points to 24%.", False),
]
_FACE_TRANSPLANT = (
    "Tarn Hospital carried out the country's first face transplant from a deceased donor, and police have charged a "
    "35-year-old man after a pedestrian was hurt outside it."
)
_FACE_TRANSPLANT_CLAIMS = [
    ("Tarn Hospital carried out the world's first face transplant from a deceased donor.", False),  # the country's
    ("Tarn Hospital carried out the country's first face transplant from a living donor.", False),
    ("A 35-year-old pedestrian has been charged.", False),  # a man was charged
]

_DOCKS_SALE = (
    "Regulators blocked Marlow Ports' £900 million purchase of rival operator Estuary Docks on Monday, saying "
    "it would have raised fees for shippers; Marlow said it was considering a legal challenge. Three of the "
    'seven Estuary directors voted against the sale. "It is a relief for every worker here," said Nadia Okoye, '
    "a docks union organiser, after the ruling was published. A Marlow spokesman said the decision was "
    '"deeply disappointing". Separately, a jury cleared harbour master Owen Price of three counts of misconduct, '
    "though it could not agree on a fourth. Customers who moved 500 or more containers a year would have paid at "
    "least 12% more, regulators said. Crews were still battling to refloat a grounded barge, and an oil slick had "
    "spread across 40 hectares of the estuary. Estuary had warned of the loss of 150 jobs if the deal failed."
)
_DOCKS_SALE_CLAIMS = [
    # who buys whom, and a buyer named in short
    ("Regulators blocked Marlow's £900 million bid for Estuary Docks.", True),
    ("Regulators blocked Estuary Docks' £900 million purchase of Marlow Ports.", False),
    # a challenge weighed is not one promised, however the claim says it was said
    ("Marlow said it was weighing a legal challenge.", True),
    ("Marlow said it would mount a legal challenge.", False),
    # three of seven is no unanimous vote
    ("Three of the seven Estuary directors opposed the sale.", True),
    ("Estuary's directors voted unanimously against the sale.", False),
    # whose words the quote is: the organiser's, not the spokesman's; the ruling is no one's saying
    ('Nadia Okoye said the ruling was "a relief for every worker here".', True),
    ('A Marlow spokesman said it was "a relief for every worker here".', False),
    ('A Marlow spokesman called the decision "deeply disappointing".', True),
    # cleared is not convicted, with the one cleared named in between
    ("Owen Price was acquitted of three counts of misconduct.", True),
    ("Owen Price was convicted of three counts of misconduct.", False),
    # who cleared him: a jury, not a judge (a doer the evidence never writes, where it has another do the deed)
    ("The jury cleared Owen Price of three counts of misconduct.", True),
    ("A judge cleared Owen Price of three counts of misconduct.", False),
    # a bound written after the figure is the bound written before it
    ("Customers moving at least 500 containers a year would have paid 12% or more extra.", True),
    ("Customers moving 500 or fewer containers a year would have paid at least 12% more.", False),
    # ground a slick spread over, no bound; a barge crews are trying to refloat is not refloated
    ("The oil slick spread over 40 hectares of the estuary.", True),
    ("Crews refloated the grounded barge.", False),
    ("Crews were trying to refloat the grounded barge.", True),
    # jobs lost, said as a noun, are not jobs created
    ("Estuary had warned that 150 jobs would go if the deal failed.", True),
    ("Estuary had said the deal's failure would mean creating 150 jobs.", False),
]


_FIGHTBACK = (
    "Norbridge Rovers fought back from three goals down to defeat Elm Park 4-3 in the cup on Tuesday, with winger "
    "Tom Reyes scoring twice and Elm Park goalkeeper Ian Pike sent off. Sea levels along the coast could exceed 30cm "
    "above their 2000 level by 2050, the agency said, though it stressed that this did not mean the town's flood "
    "walls would fail."
)
_FIGHTBACK_CLAIMS = [
    # the winner is the one who came back, however far behind they were
    ("Norbridge Rovers came back to beat Elm Park 4-3.", True),
    ("Elm Park beat Norbridge Rovers 4-3 in the cup.", False),
    # the score a side trailed by, written as a score
    ("Norbridge Rovers came back from 3-0 down to defeat Elm Park 4-3.", True),
    ("Norbridge Rovers came back from 2-0 down to defeat Elm Park 4-3.", False),
    # a job moved from one name to another
    ("Elm Park goalkeeper Ian Pike was sent off.", True),
    ("Elm Park goalkeeper Tom Reyes scored twice.", False),
    # "exceed" bounds a figure from above, as "above" does
    ("Sea levels could rise above 30cm over their 2000 level by 2050.", True),
    ("Sea levels could stay below 30cm above their 2000 level by 2050.", False),
    # what the evidence says does not follow, stated as so
    ("The agency said a rise would not mean the flood walls would fail.", True),
    ("The agency said the town's flood walls would fail.", False),
]


_JAZZ_FESTIVAL = (
    "The Harbour Jazz Festival, due to open on Friday, has been postponed by at least a month after storm damage to "
    "its main stage, organisers said. The council approved a new car park for residents but declined to extend the "
    "permit to visitors. Mayor Ana Ruiz stepped down on Monday, and her deputy called off a planned vote on the budget."
)
_JAZZ_FESTIVAL_CLAIMS = [
    # an event put off is not one that happened
    ("The Harbour Jazz Festival opened on Friday.", False),
    ("The festival has been delayed by at least a month, organisers said.", True),
    # one unit of time with a bound keeps it
    ("The festival has been postponed by a month.", False),
    # a "not" that leaves its verb unsaid, answered by the refusal it stands for
    ("The council approved the car park for residents but not for visitors.", True),
    # a verb and its particle: "stepped down" is resigning, "called off" cancelling, not postponing
    ("Ana Ruiz resigned on Monday.", True),
    ("The deputy mayor cancelled a planned vote on the budget.", True),
    ("The deputy mayor postponed a planned vote on the budget.", False),
]


_MADE_UP = [
    ("a festival put off", _JAZZ_FESTIVAL, _JAZZ_FESTIVAL_CLAIMS),
    ("a fightback and a sea forecast", _FIGHTBACK, _FIGHTBACK_CLAIMS),
    ("a port sale blocked", _DOCKS_SALE, _DOCKS_SALE_CLAIMS),
    ("a study", _STUDY, _STUDY_CLAIMS),
    ("a ruling", _RULING, _RULING_CLAIMS),
    ("a contrast", _CONTRASTED, _CONTRASTED_CLAIMS),
    ("an earthquake", _QUAKE, _QUAKE_CLAIMS),
    ("a runoff", _RUNOFF, _RUNOFF_CLAIMS),
    ("an obituary", _OBITUARY, _OBITUARY_CLAIMS),
    ("a stabbing", _STABBING, _STABBING_CLAIMS),
    ("interest rates", _RATES, _RATES_CLAIMS),
    ("a strike", _STRIKE, _STRIKE_CLAIMS),
    ("a wildfire", _WILDFIRE, _WILDFIRE_CLAIMS),
    ("earnings", _EARNINGS, _EARNINGS_CLAIMS),
    ("a wage bill", _WAGE_BILL, _WAGE_BILL_CLAIMS),
    ("a match", _MATCH, _MATCH_CLAIMS),
    ("a sentencing", _SENTENCING, _SENTENCING_CLAIMS),
    ("a walking study", _WALKING, _WALKING_CLAIMS),
    ("peace talks", _TALKS, _TALKS_CLAIMS),
    ("a derailment", _DERAILMENT, _DERAILMENT_CLAIMS),
    ("a storm", _STORM, _STORM_CLAIMS),
    ("a launch", _LAUNCH, _LAUNCH_CLAIMS),
    ("a council budget", _BUDGET, _BUDGET_CLAIMS),
    ("a drug approval", _APPROVAL, _APPROVAL_CLAIMS),
    ("a fare rise", _FARES, _FARES_CLAIMS),
    ("layoffs", _LAYOFFS, _LAYOFFS_CLAIMS),
    ("a court order", _COURT_ORDER, _COURT_ORDER_CLAIMS),
    ("a data breach", _BREACH, _BREACH_CLAIMS),
    ("waiting times", _WAITS, _WAITS_CLAIMS),
    ("a merger", _MERGER, _MERGER_CLAIMS),
    ("closed wards", _WARDS, _WARDS_CLAIMS),
    ("a market debut", _LISTING, _LISTING_CLAIMS),
    ("a cup tie", _CUP_TIE, _CUP_TIE_CLAIMS),
    ("an arson arrest", _ARSON, _ARSON_CLAIMS),
    ("a car ban", _CAR_BAN, _CAR_BAN_CLAIMS),
    ("a flood", _FLOOD, _FLOOD_CLAIMS),
    ("a jobs report", _JOBS_REPORT, _JOBS_REPORT_CLAIMS),
    ("a lawsuit", _LAWSUIT, _LAWSUIT_CLAIMS),
    ("a mayoral race", _MAYORAL_RACE, _MAYORAL_RACE_CLAIMS),
    ("a recall", _RECALL, _RECALL_CLAIMS),
    ("a trial", _TRIAL, _TRIAL_CLAIMS),
    ("a prison escape", _ESCAPE, _ESCAPE_CLAIMS),
    ("an emergency landing", _LANDING, _LANDING_CLAIMS),
    ("a transfer", _TRANSFER, _TRANSFER_CLAIMS),
    ("a heatwave", _HEATWAVE, _HEATWAVE_CLAIMS),
    ("a poll", _POLL, _POLL_CLAIMS),
    ("an outage", _OUTAGE, _OUTAGE_CLAIMS),
    ("a bridge collapse", _COLLAPSE, _COLLAPSE_CLAIMS),
    ("house prices", _HOUSE_PRICES, _HOUSE_PRICES_CLAIMS),
    ("a hostage release", _HOSTAGES, _HOSTAGES_CLAIMS),
    ("a fire by the clock", _CLOCK, _CLOCK_CLAIMS),
    ("jobs figures", _UNEMPLOYMENT, _UNEMPLOYMENT_CLAIMS),
    ("a knifing", _KNIFING, _KNIFING_CLAIMS),
    ("a match's scorers", _MATCH_2, _MATCH_CLAIMS_2),
    ("store closures", _CLOSURES, _CLOSURES_CLAIMS),
    ("a resignation", _RESIGNATION, _RESIGNATION_CLAIMS),
    ("an earthquake toll", _QUAKE_TOLL, _QUAKE_TOLL_CLAIMS),
    ("a drug trial", _DRUG_TRIAL, _DRUG_TRIAL_CLAIMS),
    ("a Senate vote", _SENATE_VOTE, _SENATE_VOTE_CLAIMS),
    ("units of measure", _MEASURES, _MEASURES_CLAIMS),
    ("a winning run", _STREAK, _STREAK_CLAIMS),
    ("a relegation", _RELEGATION, _RELEGATION_CLAIMS),
    ("a signing", _SIGNING, _SIGNING_CLAIMS),
    ("namesakes", _NAMESAKES, _NAMESAKES_CLAIMS),
    ("a band's nation", _BAND, _BAND_CLAIMS),
    ("a weather warning", _WARNING, _WARNING_CLAIMS),
    ("revenue by year", _REVENUE, _REVENUE_CLAIMS),
    ("a crowd estimate", _CROWD, _CROWD_CLAIMS),
    ("an outbreak", _OUTBREAK, _OUTBREAK_CLAIMS),
    ("a trial's size", _TRIAL_SIZE, _TRIAL_SIZE_CLAIMS),
    ("a blackout", _BLACKOUT, _BLACKOUT_CLAIMS),
    ("a truce", _TRUCE, _TRUCE_CLAIMS),
    ("a comeback", _COMEBACK, _COMEBACK_CLAIMS),
    ("an opener", _OPENER, _OPENER_CLAIMS),
    ("a run of form", _RUN_OF_FORM, _RUN_OF_FORM_CLAIMS),
    ("a leveller", _LEVELLER, _LEVELLER_CLAIMS),
    ("an industry plan", _CHIP_PLAN, _CHIP_PLAN_CLAIMS),
    ("a youth centre", _YOUTH_CENTRE, _YOUTH_CENTRE_CLAIMS),
    ("a detention", _DETENTION, _DETENTION_CLAIMS),
    ("talks to sign", _TALKS_TO_SIGN, _TALKS_TO_SIGN_CLAIMS),
    ("a signing done", _SIGNED, _SIGNED_CLAIMS),
    ("jobs at risk", _JOBS_AT_RISK, _JOBS_AT_RISK_CLAIMS),
    ("campaign spending", _SPENDING, _SPENDING_CLAIMS),
    ("a recommendation", _RECOMMENDED, _RECOMMENDED_CLAIMS),
    ("a draw", _DRAW, _DRAW_CLAIMS),
    ("a sentence", _JAILED, _JAILED_CLAIMS),
    ("a fire near a town", _PINE_HOLLOW, _PINE_HOLLOW_CLAIMS),
    ("a strike ballot", _STRIKE_BALLOT, _STRIKE_BALLOT_CLAIMS),
    ("a succession", _SUCCESSION, _SUCCESSION_CLAIMS),
    ("a vaccine trial", _MALARIA, _MALARIA_CLAIMS),
    ("a bus crash", _BUS_CRASH, _BUS_CRASH_CLAIMS),
    ("a rate rise", _RATE_RISE, _RATE_RISE_CLAIMS),
    ("a warehouse fire", _WAREHOUSE_FIRE, _WAREHOUSE_FIRE_CLAIMS),
    ("a weight-loss trial", _WEIGHT_LOSS_TRIAL, _WEIGHT_LOSS_TRIAL_CLAIMS),
    ("a retrial", _RETRIAL, _RETRIAL_CLAIMS),
    ("a seat count", _SEAT_COUNT, _SEAT_COUNT_CLAIMS),
    ("a waiting list", _WAITING_LIST, _WAITING_LIST_CLAIMS),
    ("fuel prices", _PETROL, _PETROL_CLAIMS),
    ("sea levels", _SEA_LEVEL, _SEA_LEVEL_CLAIMS),
    ("a toll no one could verify", _STRIKES_TOLL, _STRIKES_TOLL_CLAIMS),
    ("subscribers", _SUBSCRIBERS, _SUBSCRIBERS_CLAIMS),
    ("a storm", _STORM_GUSTS, _STORM_GUSTS_CLAIMS),
    ("a comeback", _COMEBACK_WIN, _COMEBACK_WIN_CLAIMS),
    ("plant closures", _PLANT_CLOSURES, _PLANT_CLOSURES_CLAIMS),
    ("a charge", _TEEN_CHARGED, _TEEN_CHARGED_CLAIMS),
    ("a confirmation", _CONFIRMED, _CONFIRMED_CLAIMS),
    ("a prize shortlist", _LONGLIST, _LONGLIST_CLAIMS),
    ("a debut", _DEBUT, _DEBUT_CLAIMS),
    ("a conviction overturned", _OVERTURNED, _OVERTURNED_CLAIMS),
    ("a derby", _DERBY, _DERBY_CLAIMS),
    ("a care worker's trial", _CARE_TRIAL, _CARE_TRIAL_CLAIMS),
    ("a mill fire", _MILL_FIRE, _MILL_FIRE_CLAIMS),
    ("a truck unit sold", _CAR_DEAL, _CAR_DEAL_CLAIMS),
    ("an outbreak", _MUMPS, _MUMPS_CLAIMS),
    ("a final, a strike, profits and snow", _CUP_FINAL, _CUP_FINAL_CLAIMS),
    ("a power cut", _POWER_CUT, _POWER_CUT_CLAIMS),
    ("enrolment figures", _ENROLMENT, _ENROLMENT_CLAIMS),
    ("a club's week", _ROVERS, _ROVERS_CLAIMS),
    ("a night closure", _NIGHT_CLOSURE, _NIGHT_CLOSURE_CLAIMS),
    ("two sayings", _TWO_SAYINGS, _TWO_SAYINGS_CLAIMS),
    ("a poll slip", _SLIPPED, _SLIPPED_CLAIMS),
    ("a sacking", _SACKED, _SACKED_CLAIMS),
    ("a route's first since", _FIRST_SINCE, _FIRST_SINCE_CLAIMS),
    ("a transplant", _FACE_TRANSPLANT, _FACE_TRANSPLANT_CLAIMS),
]


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        pytest.param(text, claim, verified, id=f"{name}: {claim}")
        for name, text, claims in _MADE_UP
        for claim, verified in claims
    ],
)
def test_made_up_news_read_as_an_editor_would(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


def test_a_negation_another_sentence_gives_is_cited_as_context() -> None:
    body = (
        "The magnitude-4.8 quake struck at a depth of 15km north of Lucca, officials said.\n\n"
        "Schools were evacuated as a precaution.\n\nThere were no reports of injuries or damage."
    )
    quote = "The magnitude-4.8 quake struck at a depth of 15km north of Lucca, officials said."
    card = _verify(body, "The quake struck north of Lucca, with no reports of injuries.", quote)
    assert card.status is Status.verified, card.reasons
    assert any(e.context for e in card.evidence)  # the sentence that says it is cited
    # … but where the evidence says the thing plainly, no other sentence answers a "not"
    body = "He pleaded guilty to manslaughter on Thursday.\n\nHe had earlier pleaded not guilty to murder."
    card = _verify(
        body, "He pleaded not guilty to manslaughter on Thursday.", "He pleaded guilty to manslaughter on Thursday."
    )
    assert card.status is not Status.verified


def test_a_name_in_another_of_its_forms_elsewhere_is_cited_as_context() -> None:
    body = (
        "Okafor, who has been linked with a host of European clubs, impressed on trial.\n\n"
        "Okafor also has offers from clubs in Belgium."
    )
    quote = "Okafor, who has been linked with a host of European clubs, impressed on trial."
    card = _verify(body, "Okafor has offers from Belgian clubs.", quote)
    assert card.status is Status.verified, card.reasons
    assert any(e.context and "Belgium" in e.quote for e in card.evidence)


def test_a_negation_inside_a_quote_is_the_quotes() -> None:
    body = 'Duran turned away in the eighth round and quit.\n\nHe was heard to say "no mas".'
    card = _verify(
        body, 'Duran quit in the eighth round, saying "no mas".', "Duran turned away in the eighth round and quit."
    )
    assert card.status is Status.verified, card.reasons


def test_no_evidence_so_far_is_no_evidence() -> None:
    evidence = "Police said there was no evidence so far that the three fires were linked."
    _assert_judged(evidence, "Police said the fires were linked.", False)
    _assert_judged(evidence, "Police suspect the three fires are connected.", False)
    _assert_judged(evidence, "Police said there was no evidence yet that the fires were linked.", True)


def test_a_month_still_to_come_is_not_told_as_past() -> None:
    body = "The city will ban cars from the old town on weekends, starting in June, the council said on Tuesday."
    article = Article(id="ban", body=body, date="2025-01-14")
    cards = [
        Card(article="ban", kind=Kind.statement, claim=claim, evidence=[Evidence(quote=body)])
        for claim in ("The ban started in June.", "The ban will start in June.", "The ban starts in June.")
    ]
    started, will_start, starts = verify_cards(cards, [article])
    assert started.status is Status.unsupported
    assert started.findings[0].message == (
        'claim tells "in June" as past (2024-06); the evidence\'s "in June" is still to come (2025-06)'
    )
    assert will_start.status is Status.verified, will_start.reasons
    assert starts.status is Status.verified, starts.reasons
    # an article written after that June tells it as past, as the claim does
    later = "The city banned cars from the old town on weekends in June, the council said on Tuesday."
    after = Article(id="ban", body=later, date="2025-09-01")
    again = Card(
        article="ban", kind=Kind.statement, claim="The ban started in June.", evidence=[Evidence(quote=after.body)]
    )
    assert verify_cards([again], [after])[0].status is Status.verified


def test_what_the_evidence_says_of_another_of_its_kind_is_not_said_of_this_one() -> None:
    evidence = "Nurses at Harlow General walked out on Monday. A similar strike last year lasted three days."
    _assert_judged(evidence, "The strike at Harlow General lasted three days.", False)
    _assert_judged(evidence, "This strike lasted three days.", False)
    _assert_judged(evidence, "A similar strike last year lasted three days.", True)
    _assert_judged(evidence, "Last year's strike lasted three days.", True)
    # the evidence speaking of this one too: "the strike" may be it
    both = "The strike at Harlow General began on Monday. A similar strike last year lasted three days."
    _assert_judged(both, "The strike began on Monday.", True)


def test_ostensibly_and_seemingly_hedge_what_they_qualify() -> None:
    evidence = "The two parties take different positions despite both being ostensibly opposed to the new tax."
    _assert_judged(evidence, "Both parties are opposed to the new tax.", False)
    _assert_judged(evidence, "Both parties are ostensibly opposed to the new tax.", True)
    evidence = "The seemingly unstoppable team lost on Sunday."
    _assert_judged(evidence, "The unstoppable team lost on Sunday.", False)


def test_a_comparison_made_absolute_is_not_supported() -> None:
    evidence = "After the protests, the council moved the depot to a more remote site outside Kelby."
    _assert_judged(evidence, "The council moved the depot to a remote site outside Kelby.", False)
    _assert_judged(evidence, "The council moved the depot to a more remote site outside Kelby.", True)
    # "more about" is no quality made absolute
    _assert_judged("Scientists hope to learn more about the whale.", "Scientists hope to learn about the whale.", True)


def test_an_inquiry_going_on_when_the_article_was_written_is_not_told_as_going_on_now() -> None:
    evidence = "The road was closed for six hours. Police Scotland said inquiries into the crash were ongoing."
    _assert_judged(evidence, "Police inquiries into the crash are ongoing.", False)
    _assert_judged(evidence, "Police Scotland said inquiries into the crash were ongoing.", True)
    # conducting or carrying out inquiries is their going on
    _assert_judged(evidence, "Police Scotland is currently conducting ongoing inquiries into the crash.", False)
    _assert_judged(evidence, "Police are carrying out inquiries into the crash.", False)
    # so is investigating, which "inquiries were ongoing" says of then
    _assert_judged(evidence, "Police Scotland is investigating the crash.", False)
    _assert_judged(evidence, "Police Scotland is conducting further investigations into the crash.", False)
    carrying = "Police said officers were carrying out inquiries into the crash."
    _assert_judged(carrying, "Police said officers were carrying out inquiries.", True)
    # a state that holds on is left alone
    _assert_judged("Bayern were missing Arjen Robben.", "Bayern are missing Arjen Robben.", True)


def test_a_claim_that_says_where_it_read_it_is_judged_on_what_follows() -> None:
    evidence = "The Harlow council approved a new bus depot on Monday."
    _assert_judged(evidence, "The article primarily discusses the depot.", True)
    _assert_judged(evidence, "The article also mentions the depot.", True)
    # the frame does not excuse what the claim adds
    _assert_judged(evidence, "The passage describes a violent strike by angry train guards.", False)


def test_a_common_noun_opening_the_claim_is_not_called_a_made_up_name() -> None:
    evidence = "The boss of the pizza chain admitted the company failed to get the balance right."
    card = _verify(evidence, "Shares in the pizza chain fell after the boss admitted mistakes.", evidence)
    assert card.status is Status.unsupported
    assert card.reasons == [
        'FC304 name-invented: claim speaks of "Shares", which the article never mentions in any form'
    ]


def test_a_negation_reaches_past_a_possessive_to_what_it_negates() -> None:
    evidence = "He removed a ring box from a bag around his waist without his girlfriend seeing."
    _assert_judged(evidence, "He removed a ring box from a bag around his waist.", True)
    _assert_judged(evidence, "His girlfriend saw him remove a ring box.", False)


def test_unable_to_is_could_not() -> None:
    evidence = "Reading fought valiantly but were unable to score another equaliser."
    _assert_judged(evidence, "Reading could not score another equaliser.", True)
    _assert_judged(evidence, "Reading were unable to score another equaliser.", True)
    _assert_judged(evidence, "Reading scored another equaliser.", False)


def test_a_charge_keeps_what_the_evidence_says_is_alleged() -> None:
    evidence = "The councillor's son-in-law was charged on Monday with allegedly running a $7 million Ponzi scheme."
    _assert_judged(evidence, "On Monday he was charged with running a $7 million Ponzi scheme.", True)
    _assert_judged(evidence, "He ran a $7 million Ponzi scheme.", False)


def test_an_age_in_years_is_no_length_of_time() -> None:
    evidence = "Jack Nicklaus, 75, hit a hole in one during the par-3 contest in Masters week."
    _assert_judged(evidence, "Jack Nicklaus, at 75 years old, hit a hole in one during the par-3 contest.", True)


def test_not_the_first_time_is_what_happened_before() -> None:
    claim = "This is not the first time the championships have been awarded without a bidding process."
    _assert_judged("The 2007 championships in Osaka were also awarded without a bidding process.", claim, True)
    _assert_judged("The championships were awarded without a bidding process for the first time.", claim, False)


def test_naming_a_thing_is_said_by_its_name() -> None:
    evidence = "Tim Roth (born 1961) is an English actor. Tim Roth (born 1975) is a Canadian guitarist."
    _assert_judged(evidence, "Two people are named Tim Roth.", True)
    _assert_judged(evidence, "Two people are named Tim Ross.", False)


def test_yet_to_is_not_yet() -> None:
    evidence = "The start-up, founded in 2019, has yet to turn a profit."
    _assert_judged(evidence, "The start-up has yet to turn a profit.", True)
    _assert_judged(evidence, "The start-up has not turned a profit.", True)
    _assert_judged(evidence, "The start-up has turned a profit.", False)
    # struggling to do it says it is not done
    _assert_judged(
        "The army has yet to dislodge the militants.", "The army has struggled to dislodge the militants.", True
    )


def test_what_was_not_told_is_not_named() -> None:
    evidence = "Brightwell said it had reported the breach. It has not said who was behind the attack."
    _assert_judged(evidence, "Brightwell has named those behind the attack.", False)
    _assert_judged(evidence, "Brightwell has not named those behind the attack.", True)
    # the open question does not unsay what the company did say
    _assert_judged(evidence, "Brightwell said it had reported the breach.", True)
    _assert_judged("The minister did not say she would resign.", "The minister said she would resign.", False)


def test_at_least_is_a_floor_not_a_side_of_more_or_less() -> None:
    evidence = (
        "Confor warns that at least 16,000 hectares of commercial forest have been lost since 2001 and need to be "
        "re-planted to meet needs. Conifer forests have helped the timber industry grow."
    )
    _assert_judged(evidence, "At least 16,000 hectares of forest need to be re-planted to meet growing needs.", True)


def test_a_deed_only_attempted_is_not_done_in_any_of_its_forms() -> None:
    evidence = "Two men were charged over two attempted killings in the town last spring."
    _assert_judged(evidence, "Two men were charged over two attempted killings in the town.", True)
    _assert_judged(evidence, "Two men were charged over a killing in the town.", False)


def test_described_as_and_according_to_credit_words_as_said_does() -> None:
    quote = '"That is an insult to people who kept this plant running," she said.'
    for claim, verified in [
        ("Carla Mendez called the offer an insult.", True),
        ("Carla Mendez described the offer as an insult.", True),
        ("Tom Bright said the offer was an insult.", False),
        ("Tom Bright described the offer as an insult.", False),
        ("According to Tom Bright, the offer was an insult.", False),
    ]:
        card = _verify(_STRIKE, claim, quote)
        assert (card.status is Status.verified) is verified, (claim, card.reasons)
        if not verified:
            assert "FC401" in {f.code for f in card.findings}, card.reasons


def test_a_degree_the_evidence_opposes_may_come_from_another_sentence_about_the_same_thing() -> None:
    body = (
        "The Broadway Allotment Association has moved to a new site in Failsworth. "
        "Members said the old site in Hollinwood had flooded every winter since 2015."
    )
    evidence = "The Broadway Allotment Association has moved to a new site in Failsworth."
    moved_from = _verify(body, "The Broadway Allotment Association moved from its old site in Hollinwood.", evidence)
    assert moved_from.status is Status.verified, moved_from.reasons
    assert [e.text for e in moved_from.evidence if e.context] == [body.split(". ")[1]]  # cited as context
    # the other sentence's "old" is of another site
    moved_to = _verify(body, "The Broadway Allotment Association moved to an old site in Failsworth.", evidence)
    assert "FC205" in {f.code for f in moved_to.findings}, moved_to.reasons


def test_the_company_is_the_body_the_lead_opens_on() -> None:
    body = (
        "Brightwell Foods reported a second-quarter profit of $212 million on Thursday.\n\n"
        "Revenue rose 5 percent, according to Tallis Data.\n\n"
        "The company now expects full-year profit of $1.50 to $1.60 a share."
    )
    evidence = "The company now expects full-year profit of $1.50 to $1.60 a share."
    card = _verify(body, "Brightwell now expects full-year profit of $1.50 to $1.60 a share.", evidence)
    assert card.status is Status.verified, card.reasons
    assert [e.text for e in card.evidence if e.context] == [body.split("\n\n")[0]]  # the lead, as context
    # another body the article names is not "the company"
    other = _verify(body, "Tallis Data now expects full-year profit of $1.50 to $1.60 a share.", evidence)
    assert "FC305" in {f.code for f in other.findings}, other.reasons


def test_naming_a_quotation_is_saying_it() -> None:
    quote = 'Senator Ruth Okoye called the vote "a long overdue raise for millions of workers."'
    assert _verify(_WAGE_BILL, "Okoye called the vote a long overdue raise for millions of workers.", quote).status is (
        Status.verified
    )
    haines = _verify(_WAGE_BILL, "Haines called the vote a long overdue raise for millions of workers.", quote)
    assert "FC401" in {f.code for f in haines.findings}, haines.reasons


def test_what_was_done_to_all_but_a_count_was_not_done_to_that_count() -> None:
    evidence = "By Monday afternoon, power had been restored to all but 6,000 homes."
    restored = _verify(evidence, "Power had been restored to 6,000 homes by Monday afternoon.", evidence)
    assert "FC205" in {f.code for f in restored.findings}, restored.reasons
    waiting = _verify(evidence, "Power had been restored to all but 6,000 homes by Monday.", evidence)
    assert waiting.status is Status.verified, waiting.reasons


def test_the_drug_is_the_product_the_lead_names() -> None:
    quote = "Its maker, Halden Pharma, said the drug would cost about $3,200 a month before insurance"
    card = _verify(_APPROVAL, "Halden said Corvex would cost about $3,200 a month before insurance.", quote)
    assert card.status is Status.verified, card.reasons
    assert any(e.context and "Regulators approved Corvex" in (e.text or "") for e in card.evidence)


def test_supports_answers_as_verify_does_for_every_made_up_claim() -> None:
    # `supports` stops at the first fault (a merged card's second outlet needs only yes or no);
    # its answer must be verify's, whichever rule fails first.
    for _, text, claims in _MADE_UP:
        verifier = Verifier([Article(id="x", body=text)])
        for claim, verified in claims:
            card = Card(article="x", kind=Kind.statement, claim=claim, evidence=[Evidence(quote=text)])
            assert verifier.supports(card) is (verifier.verify(card).status is Status.verified) is verified, claim
    missing = Card(article="x", kind=Kind.statement, claim="A bridge closed.", evidence=[Evidence(quote="not there")])
    assert not Verifier([Article(id="x", body="The bridge closed on Monday.")]).supports(missing)


def test_a_hedge_in_another_sentence_is_said_of_something_else() -> None:
    evidence = "Yesterday, about 80 residents protested outside City Hall. A second protest is planned for Saturday."
    body = evidence
    card = _verify(body, "About 80 residents protested outside City Hall.", evidence)
    assert card.status is Status.verified, card.reasons
    # the hedged sentence is the one the claim reports
    assert _verify(body, "A second protest took place on Saturday.", evidence).status is not Status.verified
    # a hedge said of a name the claim has still counts
    union = "EU staff were ordered to remove TikTok. The Council and Parliament are likely to follow with a ban."
    ordered = _verify(union, "EU staff and the Parliament were ordered to remove TikTok.", union)
    assert "FC204" in {f.code for f in ordered.findings}, ordered.reasons


SITCOM = (
    "Harbour Lights is a British sitcom created by Ava Kerr. "
    "The two-camera series aired on ITV from 2014 to 2016 and ran 28 episodes over two seasons."
)
SITCOM_RUN = "The two-camera series aired on ITV from 2014 to 2016 and ran 28 episodes over two seasons."


@pytest.mark.parametrize(
    ("claim", "verified"),
    [
        ("Harbour Lights aired on ITV from 2014 to 2016, running 28 episodes.", True),
        ("Harbour Lights aired on ITV from 2014 to 2018.", False),
        ("Ava Kerr's series aired on ITV from 2014 to 2016.", False),
    ],
)
def test_the_series_is_the_work_the_lead_names(claim: str, verified: bool) -> None:
    # "The two-camera series" is the work the article opens on; a name the lead does not open on is not it
    card = _verify(SITCOM, claim, SITCOM_RUN)
    assert (card.status is Status.verified) is verified, card.reasons


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        ("Ann Moreau died in April 1982 in Lyon.", "Ann Moreau passed away in Lyon in April 1982.", True),
        ("Ann Moreau retired in April 1982 in Lyon.", "Ann Moreau passed away in Lyon in April 1982.", False),
        ("Tom Reyes (born Thomas Reyes; July 22, 1947) is a drummer.", "Reyes's birth name was Thomas Reyes.", True),
    ],
)
def test_an_idiom_is_read_as_the_word_it_means(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        (
            "Coach Ada Moss guided Rovers to their first trophy in 2011.",
            "Ada Moss led Rovers to their first trophy in 2011.",
            True,
        ),
        (
            "Midfielder Leo Hart has cancelled his Dale contract by mutual consent.",
            "Leo Hart has terminated his Dale contract.",
            True,
        ),
        ("Chair Ines Roy chose Sam Tull after a long search.", "Ines Roy appointed Sam Tull.", True),
        # another deed still shows
        ("Chair Ines Roy chose Sam Tull after a long search.", "Ines Roy dismissed Sam Tull.", False),
    ],
)
def test_verbs_of_one_meaning_are_one_verb(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


TRANSIT = (
    "BRISCA, April 26 (Harbor Wire) - The city's transit authority said on Tuesday it would raise fares by 10 "
    "percent from next month. Last year fares rose 4 percent. The board will vote on the plan on Thursday, the "
    "authority said. Officials said a similar rise was approved in 2019, two years after the line opened."
)


@pytest.mark.parametrize(
    ("claim", "verified"),
    [
        ("The transit authority said on April 23 it would raise fares by 10 percent.", True),
        ("The transit authority said on April 24 it would raise fares by 10 percent.", False),
        # "will rise" is the "would raise" to come, not last year's "rose"
        ("Fares will rise by 10 percent from May 2024.", True),
        ("Fares will rise by 10 percent from June 2024.", False),
        ("Fares rose 4 percent in 2023.", True),
        ("The board will vote on the plan on May 2.", True),
        ("The board voted on the plan on Thursday.", False),
        # the year counted back from the approval is the opening's; the approval's is not
        ("The line opened in 2017.", True),
        ("The line opened in 2019.", False),
    ],
)
def test_dates_read_from_the_article_date_and_from_each_other(claim: str, verified: bool) -> None:
    verifier = Verifier([Article(id="x", body=TRANSIT, date="2024-04-26")])
    card = verifier.verify(Card(article="x", kind=Kind.statement, claim=claim, evidence=[Evidence(quote=TRANSIT)]))
    assert (card.status is Status.verified) is verified, card.reasons


@pytest.mark.parametrize(
    ("claim", "verified"),
    [
        ("The quake struck 20km north of Tarrow, Norway, at a depth of 9km.", True),  # where Tarrow is
        ("The quake struck 20km north of Tarrow, Sweden, at a depth of 9km.", False),  # named nowhere
        ("Norwegian officials said the quake struck 20km north of Tarrow.", False),  # a word about them
    ],
)
def test_a_country_set_after_a_place_says_where_the_place_is(claim: str, verified: bool) -> None:
    body = (
        "A magnitude-4.1 quake shook western Norway on Monday.\n\n"
        "The quake struck at a depth of 9km, 20km north of Tarrow, the institute said."
    )
    card = _verify(body, claim, "The quake struck at a depth of 9km, 20km north of Tarrow, the institute said.")
    assert (card.status is Status.verified) is verified, card.reasons


_PARKING = "The council will raise parking charges by 20p an hour from April, officials said."
_SEASON = "The museum will open from May to September, the trust said."
_WALKERS = (
    "Two walkers were rescued from Carrow Fell after getting lost in fog, volunteers said; one was treated for "
    "a sprained ankle and the other was unhurt."
)
_LIBRARY_VOTE = (
    "Councillors voted to extend the library's opening hours, rejecting a motion from the finance committee to "
    "close the branch on Sundays. Kestrel Water agreed to pay £12 million to settle claims over sewage spills."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # "May" after "from" is the month it starts; alone it stays the verb
        (_PARKING, "The council will raise parking charges from May.", False),
        (_PARKING, "The council will raise parking charges from April.", True),
        (_PARKING, "Parking charges may rise by 20p an hour from April.", True),
        (_SEASON, "The museum will open from May to September.", True),
        (_SEASON, "The museum will open from June to September.", False),
        # one of two told apart is not both
        (_WALKERS, "Both walkers were treated for a sprained ankle.", False),
        (_WALKERS, "One of the walkers was treated for a sprained ankle.", True),
        (_WALKERS, "Both walkers were rescued from Carrow Fell.", True),
        # a rejected proposal is not done, and a settlement is no fine
        (_LIBRARY_VOTE, "Councillors voted to close the branch on Sundays.", False),
        (_LIBRARY_VOTE, "Councillors rejected a motion to close the branch on Sundays.", True),
        (_LIBRARY_VOTE, "Kestrel Water was fined £12 million over sewage spills.", False),
        (_LIBRARY_VOTE, "Kestrel Water agreed a £12 million settlement over sewage spills.", True),
    ],
)
def test_a_month_after_from_one_of_two_a_rejected_proposal_and_a_settlement(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_DOCK_BALLOT = (
    "Dock workers at Port Elling voted by 84% to 16% to strike over pay, on a turnout of 57%, the Dockers' Union "
    "said; the port said sailings would go ahead."
)
_RATE_SPLIT = (
    "The Central Bank of Tarvia kept its main rate at 3%, though three of the seven members of its monetary policy "
    "board voted for a rise."
)
_FERRY = (
    "The ferry Ostra hit rocks off Gull Point on Friday after losing its steering in high winds; all 42 passengers "
    "were airlifted to safety, the coastguard said."
)
_RETRIAL_2 = (
    "The Court of Appeal overturned Mara Kell's conviction for fraud on Tuesday and ordered a retrial; she will "
    "remain in custody until then."
)
_TOLLAN = (
    "Tollan Dairies is recalling 12,000 cartons of yoghurt after pieces of metal were found in one batch; no "
    "injuries have been reported."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a ballot's turnout is not its margin, and "voted by 84% to 16% to" is still a vote for
        (_DOCK_BALLOT, "Dock workers at Port Elling voted by 57% to strike over pay.", False),
        (_DOCK_BALLOT, "Dock workers at Port Elling voted by 84% to strike over pay.", True),
        (_DOCK_BALLOT, "Dock workers at Port Elling voted against a strike over pay.", False),
        (_DOCK_BALLOT, "Dock workers at Port Elling voted to strike over pay.", True),
        # going ahead is the other side of being called off
        (_DOCK_BALLOT, "The port said sailings would be cancelled.", False),
        (_DOCK_BALLOT, "The port said sailings would go ahead.", True),
        # some members of a board, however it is named, are not all of it
        (_RATE_SPLIT, "The board voted unanimously to keep the rate at 3%.", False),
        (_RATE_SPLIT, "Three of the seven board members voted for a rise.", True),
        # what happened first is one thing; a count's fate holds for whomever it counts
        (_FERRY, "The Ostra hit rocks off Gull Point after striking a fishing boat in high winds.", False),
        (_FERRY, "The Ostra hit rocks off Gull Point after losing its steering.", True),
        (_FERRY, "Forty-two passengers were missing after the Ostra hit rocks.", False),
        (_FERRY, "All 42 passengers were airlifted to safety, the coastguard said.", True),
        # "quashed" is "overturned"; kept in custody is not released
        (_RETRIAL_2, "The Court of Appeal quashed Mara Kell's fraud conviction.", True),
        (_RETRIAL_2, "Mara Kell was released from custody after her conviction was overturned.", False),
        (_RETRIAL_2, "Mara Kell will remain in custody until the retrial.", True),
        # "no injuries" is not "injured", however each is spelt
        (_TOLLAN, "Several people were injured by metal in Tollan Dairies yoghurt.", False),
        (_TOLLAN, "No injuries have been reported after metal was found in Tollan Dairies yoghurt.", True),
    ],
)
def test_a_ballot_a_split_board_what_happened_first_custody_and_no_injuries(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_MARKETS = (
    "The Markets Board cleared Halvard Energy's £900 million purchase of Corran Gas on Monday, on condition that it "
    "sells 120 of Corran's filling stations."
)
_ARDLE_BUS = (
    "A double-decker bus overturned near Ardle on Saturday morning, injuring 15 people, three of them seriously."
)
_GALLERY = (
    "Thieves took paintings worth £5 million from the Orr Gallery in an overnight raid; a 29-year-old woman was "
    "arrested and released on bail."
)
_DANE = "Council leader Ruth Dane stood down on Monday, saying she wanted to spend more time with her family."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # cleared on condition is approved, not blocked
        (_MARKETS, "The Markets Board approved Halvard Energy's purchase of Corran Gas on condition that it sells 120 "
                   "filling stations.", True),
        (_MARKETS, "The Markets Board blocked Halvard Energy's £900 million purchase of Corran Gas.", False),
        # what is said of part of a count is not said of all of it
        (_ARDLE_BUS, "Fifteen people were seriously injured when a bus overturned near Ardle.", False),
        (_ARDLE_BUS, "Three of the 15 people injured when a bus overturned near Ardle were seriously hurt.", True),
        # the part of the day
        (_ARDLE_BUS, "A bus overturned near Ardle on Saturday evening.", False),
        (_ARDLE_BUS, "A bus overturned near Ardle on Saturday morning, injuring 15 people.", True),
        # ... but "the evening before" tells a day from another, not a part of it
        ("Activists marched through Tarrow on Thursday morning, a day before the anniversary of the dam collapse.",
         "On the evening before the anniversary of the dam collapse, activists marched through Tarrow.", True),
        # released on bail is out of custody; overnight is not by day
        (_GALLERY, "A 29-year-old woman remains in custody over the raid on the Orr Gallery.", False),
        (_GALLERY, "A 29-year-old woman was arrested and later released on bail.", True),
        (_GALLERY, "The raid on the Orr Gallery took place during the day.", False),
        # what someone meant by a deed
        (_DANE, "Ruth Dane stood down, saying she wanted to clear her name.", False),
        (_DANE, "Ruth Dane stood down, saying she wanted to spend more time with her family.", True),
    ],
)  # fmt: skip
def test_a_condition_a_part_of_a_count_a_part_of_the_day_bail_and_a_purpose(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_VALE = (
    "About 3,000 homes in Selby Vale were without gas for a fourth day on Monday after a pipe fracture; Vale Gas said "
    "supplies should be restored by Wednesday."
)
_STAFF_ORDER = "All council staff should delete the app from their work phones, the chief executive said."
_ORCHARD = (
    "Orchard Foods reported a 12% rise in first-half sales to £2.1 billion and kept its full-year outlook; its shares "
    "climbed 4% by midday."
)
_CARROW_SIGNING = (
    "Carrow Rovers have signed striker Ben Tait from Lisle Town for £12 million, more than the £9 million they paid "
    "for Omar Diallo last year, on a four-year deal."
)
_EDLING = (
    "Three firefighters were treated in hospital, one with a broken arm, after a warehouse roof collapsed in Edling."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # "for a fourth day" is four days; "should" hedges what is expected, unless the claim reads an order
        (_VALE, "About 3,000 homes in Selby Vale have been without gas for four days.", True),
        (_VALE, "Vale Gas said supplies had been restored by Wednesday.", False),
        (_VALE, "Vale Gas said supplies should be restored by Wednesday.", True),  # "Gas" names; "without gas" stays
        (_VALE, "Vale Gas expects supplies to be restored by Wednesday.", True),
        (_STAFF_ORDER, "Council staff have been told to delete the app from their work phones.", True),
        (_STAFF_ORDER, "Council staff have deleted the app from their work phones.", False),
        # a figure before its change is the change's; the period before a noun is the noun's
        (_ORCHARD, "Orchard Foods' first-half sales rose 12% to £2.1 billion.", True),
        (_ORCHARD, "Orchard Foods' full-year sales rose 12% to £2.1 billion.", False),
        # a deal signed with a club is the club's too; a sum is paid for one player
        (_CARROW_SIGNING, "Ben Tait has signed a four-year deal with Carrow Rovers.", True),
        (_CARROW_SIGNING, "Carrow Rovers signed Ben Tait from Lisle Town for £12 million.", True),
        (_CARROW_SIGNING, "Carrow Rovers paid £9 million for Ben Tait.", False),
        (_CARROW_SIGNING, "Carrow Rovers signed Omar Diallo for £12 million.", False),
        # "one with a broken arm" is one of the three
        (_EDLING, "Three firefighters suffered broken arms when a warehouse roof collapsed in Edling.", False),
        (_EDLING, "One of the three firefighters treated in hospital had a broken arm.", True),
    ],
)
def test_a_run_of_days_an_expectation_a_figure_s_change_a_deal_with_a_club_and_a_sum_paid_for_one(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_HOLT_CHARGE = (
    "A 16-year-old girl has been charged with the murder of 19-year-old Ava Price, who was stabbed outside a "
    "nightclub in Holt on Friday night, police said."
)
_QUAY_PLANS = (
    "Planners approved a 20-storey tower on Quay Street despite objections from more than 200 residents who said the "
    "narrow streets could not cope with the extra traffic."
)
_PRICES = "Prices rose 3.1% in the year to March, down from 3.4% the month before, the statistics office said."
_WARD_VOTE = "The house voted 301 to 212 to approve the budget, and MPs will vote on the final text next week."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a teenager may be the girl charged; a murder is a death; an age before a link is no one's named after it
        (_HOLT_CHARGE, "A teenager has been charged with murder after Ava Price was fatally stabbed in Holt.", True),
        (_HOLT_CHARGE, "Police have charged a 16-year-old girl with murdering Ava Price, 19.", True),
        (_HOLT_CHARGE, "A man has been charged with the murder of Ava Price.", False),
        # objections from 200 residents are 200 objections; "could not cope" is inability, not a hedge
        (_QUAY_PLANS, "Planners approved the tower despite more than 200 objections.", True),
        (_QUAY_PLANS, "Residents said the narrow streets would be unable to cope with the extra traffic.", True),
        # "the month before" is a time told from another, not a length of time
        (_PRICES, "Prices rose 3.1% in the year to March, down from 3.4% the month before.", True),
        # "MPs" is a word for members of parliament, not a made-up name
        (_WARD_VOTE, "MPs voted 301 to 212 to approve the budget.", True),
    ],
)
def test_a_teenager_a_murder_objections_from_each_inability_a_time_told_from_another_and_mps(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_BRASS_BAND = (
    "The Tarrow Brass Band has cancelled its spring tour, its first in a decade, after the council withdrew £80,000 "
    "in funding, the band's chair Mia Holt said."
)
_SNOWPACK = (
    "Snow cover in the Ardle hills reached 410 square kilometres in March, the smallest since records began in 1961 "
    "and 18% below the average for the past decade, the survey said."
)
_TWO_JAILED = "Omar Reid, 35, received nine years and Dan Cole, 29, six years for the robbery."
_CLINIC = "The clinic saw 64% of patients within two weeks in May, against a target of 70%, the trust's figures showed."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a body that called off a tour said nothing; withdrawn funding is no increase
        (_BRASS_BAND, "The Tarrow Brass Band has called off its spring tour after losing council funding.", True),
        (_BRASS_BAND, "The council increased the band's funding by £80,000.", False),
        # "since records began" is a record; "the past decade" is ten years
        (_SNOWPACK, "Snow cover in the Ardle hills fell to a record low of 410 square kilometres in March.", True),
        (_SNOWPACK, "Snow cover was 18% below the average of the last ten years.", True),
        (_SNOWPACK, "Snow cover was 18% below the average of the last five years.", False),
        # a term given right after a name is that person's
        (_TWO_JAILED, "Omar Reid received six years and Dan Cole nine years.", False),
        (_TWO_JAILED, "Omar Reid was jailed for nine years and Dan Cole for six.", True),
        # falling short of a target is missing it, no fall
        (_CLINIC, "The clinic fell short of its 70% target, seeing 64% of patients within two weeks.", True),
        # "A&E" is the emergency department
        (
            "The emergency department at Holt General saw 70% of patients within four hours in June.",
            "Holt General's A&E saw 70% of patients within four hours in June.",
            True,
        ),
    ],
)
def test_a_deed_called_off_a_record_since_records_began_the_past_decade_a_term_by_name_and_falling_short(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_FENMOOR = (
    "A cyber attack on Fenmoor Council shut its website and phone lines for two days, the council said, adding that "
    "there was no evidence residents' data had been taken."
)
_ASHTON = (
    "The Green Party's Leo Marsh won the Ashton by-election with 9,840 votes, a majority of 2,115 over Labour, on a "
    "turnout of 31%, down from 58% at the general election."
)
_BUS_FARES = (
    "Bus fares in Carrow will rise by 3% from April, the transport authority said, while weekly passes for students "
    "will be frozen."
)
_STORM_RAIN = (
    "The weather service issued nine flood warnings after two weeks' worth of rain fell in 24 hours, and urged people "
    "not to walk near swollen rivers."
)
_COLLEGES = "Lecturers at nine colleges will strike for three days from next Tuesday after pay talks broke down."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # "no evidence residents' data had been taken": the claim may not say it was, whoever it credits
        (_FENMOOR, "The council said residents' data had been taken in the cyber attack.", False),
        (_FENMOOR, "The council said there was no sign that residents' data had been taken.", True),
        # a majority is not the winner's votes; "compared with" tells the earlier figure as earlier
        (_ASHTON, "Leo Marsh won the Ashton by-election with a majority of 9,840.", False),
        (_ASHTON, "Leo Marsh won the Ashton by-election with a majority of 2,115.", True),
        (_ASHTON, "Turnout in the Ashton by-election was 31%, compared with 58% at the general election.", True),
        # "no change" is what a freeze says
        (_BUS_FARES, "Students will see no change in the price of weekly passes.", True),
        # "a single day" is 24 hours; "warned against walking" is "not to walk"
        (_STORM_RAIN, "Two weeks' worth of rain fell in a single day, prompting nine flood warnings.", True),
        (_STORM_RAIN, "The weather service warned people against walking near swollen rivers.", True),
        # "next week" is when "next Tuesday" falls; talks that broke down did not end in agreement
        (_COLLEGES, "College lecturers plan to strike for three days starting next week.", True),
        (_COLLEGES, "Pay talks ended in agreement, averting a strike at nine colleges.", False),
        # an opening common noun the article writes in another form or word is no made-up name
        ("Rail fares in Tarvia will rise by 2% in May.", "Train fares in Tarvia will rise by 2% in May.", True),
        ("Staff at 12 universities will strike on Monday.", "University staff will strike on Monday.", True),
    ],
)
def test_no_evidence_a_majority_a_freeze_a_single_day_a_warning_against_and_next_week(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_HOUSING_CHARITY = (
    "The charity Homefirst said demand had doubled, and called on ministers to build 90,000 social homes a year."
)
_LISLE_ARSON = (
    "Police have arrested two women aged 31 and 44 on suspicion of arson after a fire at a warehouse in Lisle; the "
    "women have been released on bail pending further inquiries."
)
_SEWAGE = "Kestrel Water was fined £2 million after admitting five charges of polluting the River Tarn."
_ROWER = (
    "Ben Cole, 21, became the youngest person to cycle around the world on Sunday, arriving in Paris 120 days after "
    "leaving Rome, beating the previous record holder by two years."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # calling on someone to act is saying so; who called on whom is kept
        (_HOUSING_CHARITY, "Ministers called on Homefirst to build 90,000 social homes a year.", False),
        (_HOUSING_CHARITY, "Homefirst called on ministers to build 90,000 social homes a year.", True),
        # arrested and bailed is not charged
        (_LISLE_ARSON, "The two women have been charged with arson.", False),
        # admitting charges is a plea, no verdict
        (_SEWAGE, "Kestrel Water was fined £2 million after being found guilty of polluting the River Tarn.", False),
        (_SEWAGE, "Kestrel Water pleaded guilty to five charges of polluting the River Tarn.", True),
        # a rank by another measure
        (_ROWER, "Ben Cole became the fastest person to cycle around the world.", False),
        (_ROWER, "Ben Cole, 21, is the youngest person to cycle around the world.", True),
        (
            "Fares will rise by 2%, the smallest increase in five years.",
            "Fares will rise by 2%, the lowest increase in five years.",
            True,
        ),  # one measure of size
    ],
)
def test_calling_on_a_charge_not_brought_a_plea_by_admission_and_a_rank_by_another_measure(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_VOSS_ACQUITTAL = (
    "A judge at Brisca Crown Court cleared former accountant Ian Voss of three counts of fraud after the prosecution "
    "offered no evidence."
)
_SNOW_DAY = "Heavy snow left hundreds of drivers stranded overnight on the M9, the council said."
_FARMSTORE = (
    "Farmstore will raise the minimum hourly pay for its 40,000 staff to £12.40 from May, the supermarket said, a "
    "move the Retail Workers' Union welcomed."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # the charges one faced are no stage of the case; prosecutors are the prosecution
        (_VOSS_ACQUITTAL, "The prosecution offered no evidence against Ian Voss, who faced three fraud charges.", True),
        (_VOSS_ACQUITTAL, "Ian Voss was acquitted after prosecutors offered no evidence.", True),
        (_VOSS_ACQUITTAL, "Ian Voss was convicted of three counts of fraud.", False),
        # motorists are drivers
        (_SNOW_DAY, "Hundreds of motorists were stranded overnight on the M9 after heavy snow.", True),
        # "the supermarket" is the one company the sentence names, a union naming its own kind
        (_FARMSTORE, "Farmstore said the minimum hourly rate for its staff would rise to £12.40.", True),
        (_FARMSTORE, "The Retail Workers' Union said the minimum hourly rate would rise to £12.40.", False),
    ],
)
def test_charges_faced_prosecutors_motorists_and_the_supermarket_that_said_it(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_FERRY_NIGHTS = (
    "Lisle Ferries will stop its late-evening sailings after losing £900,000 on them last year, the company said, "
    "though its weekend sailings will continue."
)
_PEDESTRIAN = (
    "Police said a 71-year-old woman who was hit by a bus in Carrow Road on Monday had died; the driver, a 45-year-old "
    "man, stopped at the scene."
)
_DEPUTY = "Deputy chief constable Sara Quinn said the force would review the case."
_RESULTS_YEAR = "Tarvia Bank made a profit of £640 million in the first half, up from £510 million a year earlier."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # ", though …" opens a contrast; losing money is no profit
        (_FERRY_NIGHTS, "Weekend sailings will also stop.", False),
        (_FERRY_NIGHTS, "Weekend sailings will continue, the company said.", True),
        (_FERRY_NIGHTS, "The late-evening sailings made a profit of £900,000 last year.", False),
        # who said it does not draw the claim to another clause
        (_PEDESTRIAN, "The bus driver, a 45-year-old man, stopped at the scene, police said.", True),
        (_PEDESTRIAN, "The bus driver, a 45-year-old woman, stopped at the scene, police said.", False),
        # a deputy is not the chief
        (_DEPUTY, "Chief constable Sara Quinn said the force would review the case.", False),
        (_DEPUTY, "Sara Quinn, the deputy chief constable, said the force would review the case.", True),
        # "last year" is when "a year earlier" was
        (_RESULTS_YEAR, "Tarvia Bank's first-half profit rose to £640 million, compared with £510 million last year.",
         True),
    ],
)  # fmt: skip
def test_a_contrast_after_though_a_loss_the_teller_s_words_a_deputy_and_a_year_earlier(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_ASHBY_QUAKE = (
    "A magnitude 4.9 earthquake struck near Ashby on Monday night, but there were no reports of damage or injuries, "
    "the seismology service said."
)
_TWO_OR_MORE = "The agency approved the drug for adults who have not responded to at least two other treatments."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # what no one reported is not told as done
        (_ASHBY_QUAKE, "Several buildings in Ashby were damaged by the earthquake.", False),
        (_ASHBY_QUAKE, "People were injured when the earthquake struck near Ashby.", False),
        (_ASHBY_QUAKE, "There were no reports of damage after the earthquake near Ashby.", True),
        # "two or more" is "at least two": a bound, no direction
        (_TWO_OR_MORE, "The agency approved the drug for adults for whom two or more other treatments have failed.",
         True),
    ],
)  # fmt: skip
def test_none_reported_and_a_count_or_more(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


_BAKERY = (
    "The bakery chain Hollins has gone into administration, putting 850 jobs at risk, though the administrators said "
    "its 61 shops would keep trading while they looked for a buyer."
)
_CANAL_BRIDGE = "The Marsh Lane bridge will shut for up to six weeks from 2 June while its deck is replaced."
_JAB_UPTAKE = (
    "Fewer than half of eligible pupils in Ardley took up the offer of a free eye test this year, down from 61% last "
    "year, the council said."
)
_PORT_DEAL = (
    "Cleaners at Northgate Hospital ended their strike after accepting a rise of 5% this year and 3% next year, the "
    "GMB union said."
)
_CLUB_RUN = "Kesterton Town sacked their coach on Sunday after six defeats in seven league games."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # jobs at risk are not jobs lost; a buyer looked for is not found; shops trading are not closing
        (_BAKERY, "The collapse of Hollins has cost 850 jobs.", False),
        (_BAKERY, "850 jobs have been lost at Hollins.", False),
        (_BAKERY, "Hollins has gone into administration, with 850 jobs at risk.", True),
        (_BAKERY, "The administrators said they had found a buyer for Hollins.", False),
        (_BAKERY, "The administrators are looking for a buyer for Hollins.", True),
        (_BAKERY, "The administrators said Hollins's 61 shops would close.", False),
        (_BAKERY, "Hollins's 61 shops will stay open for now, the administrators said.", True),
        # a most is not a least; "as long as six weeks" is "up to six weeks"
        (_CANAL_BRIDGE, "The Marsh Lane bridge will shut for at least six weeks from 2 June.", False),
        (_CANAL_BRIDGE, "The Marsh Lane bridge will close for as long as six weeks from 2 June.", True),
        # most is not fewer than half; "uptake" is what "took up" says; a figure moved from keeps its direction
        (_JAB_UPTAKE, "Most eligible pupils in Ardley took up the offer of a free eye test this year.", False),
        (_JAB_UPTAKE, "Uptake of free eye tests among Ardley pupils fell from 61% last year.", True),
        (_JAB_UPTAKE, "Uptake of free eye tests among Ardley pupils rose from 61% last year.", False),
        # a figure keeps the year it is for; a body not in the evidence is not its speaker
        (_PORT_DEAL, "The cleaners accepted a 3% rise this year.", False),
        (_PORT_DEAL, "The cleaners will get 3% next year, the GMB said.", True),
        (_PORT_DEAL, "The hospital's managers said the cleaners had ended their strike.", False),
        (_PORT_DEAL, "The union said the cleaners had ended their strike.", True),
        # defeats keep their count, whatever the games they came in
        (_CLUB_RUN, "Kesterton Town sacked their coach after seven straight defeats.", False),
        (_CLUB_RUN, "Kesterton Town sacked their coach after losing six of their last seven league games.", True),
    ],
)  # fmt: skip
def test_jobs_at_risk_a_buyer_sought_a_most_a_year_s_figure_a_body_s_word_and_defeats(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_AMMONIA = (
    "A court fined Tarrow Chemicals £400,000 over 9 ammonia leaks between 2020 and 2022, after the Health and "
    "Safety Executive brought the case; the firm had admitted the breaches and said it had since spent £3 million on "
    "new valves."
)
_RECOUNT = "A recount confirmed Liberal Democrat Sam Ortiz as the winner of the Fenwick seat by 12 votes over Jo Hale."
_FIRST_EDITIONS = "The Carrow Library has been given 300 first editions by the widow of the novelist Alan Perry."
_RECOVERY_PLAN = "The regulator said it would require Vale Trains to publish a recovery plan by May."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # "over" what a case is about is no bound; what was spent is not still to spend; "the firm" is the one firm
        # the sentence names (the Health and Safety Executive is a body of another kind)
        (_AMMONIA, "The Health and Safety Executive prosecuted Tarrow Chemicals over 9 ammonia leaks.", True),
        (_AMMONIA, "Tarrow Chemicals said it would spend £3 million on new valves.", False),
        (_AMMONIA, "Tarrow Chemicals said it had spent £3 million on new valves since the leaks.", True),
        # the winner "over" another is who beat them; a party is what its member's word says
        (_RECOUNT, "Jo Hale beat Sam Ortiz by 12 votes in Fenwick.", False),
        (_RECOUNT, "Sam Ortiz beat Jo Hale by 12 votes after a recount.", True),
        (_RECOUNT, "The Liberal Democrat Party won the Fenwick seat by 12 votes after a recount.", True),
        # a gift is not a sale, and a widow's gift is not the late husband's
        (_FIRST_EDITIONS, "The Carrow Library has bought 300 first editions from Alan Perry's widow.", False),
        (_FIRST_EDITIONS, "Alan Perry has given 300 first editions to the Carrow Library.", False),
        (_FIRST_EDITIONS, "Alan Perry's widow has donated 300 first editions to the Carrow Library.", True),
        # what someone is to be required to do is not done
        (_RECOVERY_PLAN, "Vale Trains has published a recovery plan, the regulator said.", False),
        (_RECOVERY_PLAN, "Vale Trains must publish a recovery plan by May, the regulator said.", True),
    ],
)  # fmt: skip
def test_a_case_over_a_count_a_winner_over_another_a_gift_from_kin_and_a_deed_required(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_TRAM_TRIAL = (
    "Councillors in Ashby voted 6-3 to end the city's bike-hire scheme in May; the operator, Pedla, said it would "
    "consider legal action."
)
_DATA_FINE = (
    "The Information Commissioner's Office has fined Kestrel Dental £80,000 after patients' records were left on a "
    "train, the regulator said."
)
_HALF_MARATHON = "Lena Ortiz set a new women's record for the Carrow Half Marathon on Sunday, finishing in 69 minutes."
_MINE_FLOOD = "Torran Mining warned that flooding at its largest silver mine would cut annual output by a fifth."
_DUCK_CULL = (
    "About 12,000 ducks will be culled at a farm near Alford after bird flu was confirmed there, the environment "
    "department said."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # ending is not extending; a step considered is not one meant
        (_TRAM_TRIAL, "Ashby councillors voted 6-3 to extend the bike-hire scheme.", False),
        (_TRAM_TRIAL, "Pedla said it would take legal action.", False),
        (_TRAM_TRIAL, "Pedla said it would consider taking legal action.", True),
        # a fine given is not one that may come; a body's office is no job
        (_DATA_FINE, "Kestrel Dental could face a fine of £80,000, the regulator said.", False),
        (_DATA_FINE, "Kestrel Dental was fined £80,000 by the Information Commissioner's Office.", True),
        # a record keeps whose it is
        (_HALF_MARATHON, "Lena Ortiz set a new course record for the Carrow Half Marathon.", False),
        (_HALF_MARATHON, "Lena Ortiz broke the women's course record for the Carrow Half Marathon.", True),
        # one metal is not another
        (_MINE_FLOOD, "Torran Mining warned that flooding at its largest gold mine would cut output.", False),
        # a cull is no death from the disease; suspected is not confirmed; ducks are birds
        (_DUCK_CULL, "About 12,000 ducks have died of bird flu at a farm near Alford.", False),
        (_DUCK_CULL, "Bird flu is suspected at a farm near Alford, the environment department said.", False),
        (_DUCK_CULL, "Around 12,000 birds will be culled at a farm near Alford.", True),
    ],
)  # fmt: skip
def test_ended_not_extended_a_step_considered_a_fine_given_a_record_s_scope_a_metal_and_a_cull(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_SEASON_SPAN = "The new timetable will be phased in over the 2024-2025 school year."
_TITLE_CHASE = "Harlow kept up their title challenge on Saturday with a comfortable 3-0 win over Kestrel City."
_BOREHOLE = "Farmers near Kessel drilled a 120m borehole to reach clean water."
_LATE_WINNER = "Dana Okoro scored an 89 minute winner as Harlow beat Kestrel City 2-1."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a range of years written short ends on the year written out
        (_SEASON_SPAN, "The new timetable will be phased in over the 2024–25 school year.", True),
        (_SEASON_SPAN, "The new timetable will be phased in over the 2024–26 school year.", False),
        # "120 m", as a tokenised feed writes "120m"
        (_BOREHOLE, "Farmers near Kessel drilled a 120 m borehole.", True),
        (_BOREHOLE, "Farmers near Kessel drilled a 210 m borehole.", False),
        # the 89th minute is the "89 minute" of the game
        (_LATE_WINNER, "Dana Okoro scored an 89th-minute winner for Harlow.", True),
        (_LATE_WINNER, "Dana Okoro scored an 88th-minute winner for Harlow.", False),
        # the sentence's subject won "a 3-0 win over" the other side
        (_TITLE_CHASE, "Harlow defeated Kestrel City 3-0 on Saturday.", True),
        (_TITLE_CHASE, "Kestrel City beat Harlow 3-0 on Saturday.", False),
    ],
)  # fmt: skip
def test_figures_written_another_way_a_short_year_range_a_spaced_unit_a_minute_and_a_win_over(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_CONVERTERS = (
    "Police in Tarrow arrested two men on Friday over thefts of catalytic converters; a third man, 20, was released "
    "under investigation, a force spokesman said."
)
_COAST_ROAD = (
    "A rockfall closed the road between Tarn and Hale on Monday night, and engineers said it could be days before it "
    "reopens; no one was hurt, the county council said."
)
_TARIFF_CUT = "Vale Energy will cut its standard tariff by 6% from 1 April, the company said."
_UNIFORMS = "A survey of 1,500 parents found that a quarter said they had borrowed money to pay for school uniforms."
_STAY = "Midfielder Tom Reyes has signed a new contract with Harlow, ending speculation over a move to Italy."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a force spokesman may speak for the police; a kind of people named by a plural noun says its own clause
        (_CONVERTERS, "A 20-year-old man was released under investigation, police said.", True),
        (_COAST_ROAD, "Engineers said the road might not reopen for days.", True),
        (_COAST_ROAD, "Engineers said no one was hurt.", False),
        (_COAST_ROAD, "The road was closed by a rockfall on Monday night, the county council said.", True),
        # "in April" is when "1 April" falls; "one in four" is "a quarter"; the surveyed keep who they are
        (_TARIFF_CUT, "Vale Energy will cut its standard tariff by 6% in April.", True),
        (_UNIFORMS, "About one in four parents borrowed money to pay for school uniforms.", True),
        (_UNIFORMS, "About one in three parents borrowed money to pay for school uniforms.", False),
        (_UNIFORMS, "A survey of 1,500 teachers found that a quarter had borrowed money.", False),
        # what was only talked of is not done
        (_STAY, "Tom Reyes has completed a move to an Italian club.", False),
        (_STAY, "The new contract ends talk of Reyes moving to Italy.", True),
    ],
)  # fmt: skip
def test_a_force_spokesman_a_plural_speaker_a_month_a_quarter_those_surveyed_and_a_move_talked_of(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_BUS_JOBS = "Tarvia Buses will cut 300 jobs, mostly in its depots, the company said."
_HUNG_JURY = (
    "A jury cleared former teacher Mark Hale of two charges of fraud but could not reach a verdict on a third, and "
    "prosecutors said they would decide next week whether to seek a retrial."
)
_ICE_LOW = "Arctic sea ice reached its smallest summer extent on record in September, scientists said."
_WORKLOAD = "Nurses in Carrow will strike next week in a dispute over staffing levels, the union said."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # "most of" counts and says no direction
        (_BUS_JOBS, "Most of the 300 job cuts at Tarvia Buses will be in its depots.", True),
        # cleared of some charges is not guilty of them; failing to reach a verdict is not reaching one
        (_HUNG_JURY, "Mark Hale was found not guilty of two charges of fraud.", True),
        (_HUNG_JURY, "Mark Hale was found guilty of two charges of fraud.", False),
        (_HUNG_JURY, "The jury failed to reach a verdict on the third charge.", True),
        # a record set in September is no September record
        (_ICE_LOW, "Scientists said Arctic sea ice hit a record summer low.", True),
        # what a quarrel is about
        (_WORKLOAD, "Nurses in Carrow will strike next week in a dispute over pay.", False),
        (_WORKLOAD, "Nurses in Carrow will strike next week in a row over staffing levels.", True),
    ],
)  # fmt: skip
def test_most_of_a_count_cleared_of_some_charges_a_record_s_month_and_a_dispute_over(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_PARK_PLAN = (
    "Mayor Tom Hale has dropped plans for a car park on Market Street after a consultation in which 72% of respondents "
    "opposed it, but he said a cycle lane would still go ahead next year."
)
_DEPOT_STRIKE = (
    "Drivers at the Alford depot of Vexa Freight will strike for 24 hours from Friday after rejecting a 3% pay offer, "
    "the Unite union said; the company said deliveries would not be affected."
)
_FOAL = (
    "The stud's mare, Silver Lace, has had her first foal, born on 3 May, the owners said, though the foal would not "
    "race for years."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # dropping a plan is scrapping it, not letting it go ahead; "almost three-quarters" is a little under 75%
        (_PARK_PLAN, "Tom Hale has scrapped plans for a car park on Market Street.", True),
        (_PARK_PLAN, "Tom Hale said the cycle lane had also been dropped.", False),
        (_PARK_PLAN, "Almost three-quarters of respondents opposed the car park.", True),
        # "the company said" after "the Unite union said" is the one company the sentence names; each says its clause
        (_DEPOT_STRIKE, "Vexa Freight said deliveries would not be affected by the strike.", True),
        (_DEPOT_STRIKE, "Vexa Freight said drivers would strike for 24 hours.", False),
        (_DEPOT_STRIKE, "Unite said deliveries would not be affected.", False),
    ],
)  # fmt: skip
def test_a_plan_dropped_almost_a_share_and_the_company_beside_a_named_union(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


def test_a_birth_told_is_past_whatever_the_sentence_says_of_the_future() -> None:
    # "born on 3 May" in an article of 14 January is last May's, though "would not race" is still to come
    claim = "The foal was born on 3 May, the owners said."
    card = Card(article="x", kind=Kind.statement, claim=claim, evidence=[Evidence(quote=_FOAL)])
    judged = verify_cards([card], [Article(id="x", body=_FOAL, date="2025-01-14")])[0]
    assert judged.status is Status.verified, judged.reasons


_POETRY_PRIZE = (
    "Poet Rhea Dunn has won the £20,000 Marsh Award for her first collection Low Water, beating four other "
    "shortlisted poets, the chair of the judges, Colm Ashe, announced in Leeds on Monday."
)
_TOWN_VOTE = (
    "Residents in Hoxley rejected a plan to merge the parish with neighbouring Fennby by 63% to 37% in a vote on "
    "Saturday, on a turnout of 48%; the council leader, Ada Price, who had campaigned for the merger, said she accepted "
    "the result."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a sum before a noun is its size; a figure before the thing won is not the thing
        (_POETRY_PRIZE, "The Marsh Award is worth £20,000.", True),
        (_POETRY_PRIZE, "Colm Ashe has won the Marsh Award.", False),
        # a trailing "beating" is the sentence's subject's deed, not that of a name in a phrase or an object
        (_POETRY_PRIZE, "Dunn beat four other poets on the shortlist, the judges' chair said.", True),
        # "campaigned for" the merger backed it; backing is not rejecting
        (_TOWN_VOTE, "Ada Price, who backed the merger, said she accepted the outcome.", True),
        (_TOWN_VOTE, "Residents in Hoxley backed a merger with Fennby by 63% to 37%.", False),
        # the place of those who voted swapped with the other place the claim names
        (_TOWN_VOTE, "Residents in Fennby rejected a merger with Hoxley in a vote on Saturday.", False),
        # a measure said to be a figure: the turnout is 48%, not the 37% the vote went against
        (_TOWN_VOTE, "Turnout in the vote was 37%.", False),
        (_TOWN_VOTE, "Turnout in the vote was 48%.", True),
    ],
)  # fmt: skip
def test_a_prize_s_size_a_trailing_deed_a_campaign_and_a_vote_s_place_and_turnout(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_CLINIC_2 = (
    "Brenmoor Hospital has suspended its walk-in eye clinic for at least a month because of a shortage of nurses, the "
    "trust said."
)
_PROFITS = (
    "Shares in games maker Orvex fell 9% on Tuesday after it cut its full-year sales forecast to $2.2bn from $2.5bn, "
    "blaming weaker demand from retailers in Europe."
)
_FERRY_2 = (
    "Lifeboat crews rescued two kayakers off Carrow Point on Sunday, the coastguard said; both were taken to hospital "
    "as a precaution."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a suspension is for a time: "permanently" is the other side of it
        (_CLINIC_2, "Brenmoor Hospital has permanently closed its walk-in eye clinic.", False),
        # a year's count under another name is the same period
        (_PROFITS, "Orvex shares fell 9% after the company lowered its annual sales forecast.", True),
        (_PROFITS, "Orvex shares fell 9% after the company lowered its quarterly sales forecast.", False),
        # whom demand comes from, what came before a fall, why someone went to hospital: another thing in the slot
        (_PROFITS, "Orvex blamed weaker demand from carmakers in Europe.", False),
        (_PROFITS, "Orvex shares fell 9% on Tuesday after it reported a loss.", False),
        (_FERRY_2, "Both kayakers were taken to hospital with serious injuries, the coastguard said.", False),
        (_FERRY_2, "Both kayakers were taken to hospital as a precaution, the coastguard said.", True),
    ],
)  # fmt: skip
def test_a_suspension_a_year_s_count_and_what_fills_a_slot_of_demand_cause_or_hospital(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_TAX_VOTE = (
    "Dunford District Council voted by 28 votes to 9 on Tuesday to raise council tax by 2.99% from April, the maximum "
    "allowed without a referendum, adding about £61 a year to a typical Band D bill."
)
_DOCKS = (
    "The cost of the Morlow dock upgrade has risen to £1.4bn from £900m and its opening has been put back by a year to "
    "2029, the port authority said."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # voting to do a thing is not rejecting it
        (_TAX_VOTE, "Dunford councillors rejected a 2.99% council tax rise.", False),
        # "the maximum allowed" ranks the rise as "the largest" does; "£61 more a year" is each year's
        (_TAX_VOTE, "The rise is the largest the council could make without a referendum.", True),
        (_TAX_VOTE, "A typical Band D household will pay about £61 more a year.", True),
        (_TAX_VOTE, "A typical Band D household will pay about £61 more a month.", False),
        # a change by the difference of the two sums the evidence moves between
        (_DOCKS, "The cost of the dock upgrade has increased by £500m.", True),
        (_DOCKS, "The cost of the dock upgrade has increased by £600m.", False),
    ],
)  # fmt: skip
def test_a_vote_to_act_a_maximum_a_yearly_sum_and_a_rise_in_cost(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


def test_a_rise_from_a_month_starts_ahead_however_its_approval_is_told() -> None:
    # "approved a rise from April" in an article of 14 January: the rise starts this April, as the evidence's does
    card = Card(
        article="x",
        kind=Kind.statement,
        claim="Dunford councillors approved a 2.99% council tax rise from April.",
        evidence=[Evidence(quote=_TAX_VOTE)],
    )
    judged = verify_cards([card], [Article(id="x", body=_TAX_VOTE, date="2025-01-14")])[0]
    assert judged.status is Status.verified, judged.reasons


_INSPECTION = (
    "Ofsted has rated Hale Park School in Wexley as requires improvement, down from good, after inspectors found "
    "lessons were often disrupted; the head teacher, Nina Shah, said the school was already acting on the report."
)
_CALLED_OFF = (
    "A planned 48-hour strike by refuse collectors in Tarnley has been called off after they accepted a pay offer of "
    "6%, the GMB union said, meaning bins will be collected as normal next week."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # the clause before the semicolon is the body's own finding; the head teacher says only what follows
        (_INSPECTION, "Ofsted said lessons at the Wexley school were often disrupted.", True),
        # what a school is rated as is one thing
        (_INSPECTION, "Ofsted has rated Hale Park School as inadequate.", False),
        # called off: it will not go ahead, and it will not happen
        (_CALLED_OFF, "The GMB said the strike planned by Tarnley refuse collectors would not go ahead.", True),
        (_CALLED_OFF, "Refuse collectors in Tarnley will strike for 48 hours next week.", False),
        (_CALLED_OFF, "The GMB said bin collections would be disrupted next week.", False),
        (_CALLED_OFF, "Bins will be collected normally next week, the GMB said.", True),
    ],
)  # fmt: skip
def test_a_body_s_own_finding_a_rating_and_a_strike_called_off(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


_EXIT = (
    "Rob Kerr will step down as chief executive of builder Arlo Homes in June after ten years, the company said on "
    "Friday, and will be replaced by sales director Nadia Osei; the shares rose 2%."
)
_RELEGATED = (
    "Halden Town were relegated from the Championship on Sunday after a 3-0 defeat at home to Bury Rovers, ending a "
    "four-year stay; manager Tom Reese said he would stay on."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # "said on Friday, and will be replaced by …" is no passive: the company said it
        (_EXIT, "Rob Kerr will stand down in June, the company said.", True),
        # "stand down" accounts for "step down", which is not what the claim's "led" replaced
        (_EXIT, "Kerr, who has led Arlo Homes for ten years, will stand down in June, the company said.", True),
        # the part of the body a job is in keeps its word
        (_EXIT, "Rob Kerr will be replaced by marketing director Nadia Osei.", False),
        # staying on is the other side of resigning
        (_RELEGATED, "Manager Tom Reese said he would resign after the relegation.", False),
        (_RELEGATED, "Manager Tom Reese said he would remain in charge.", True),
        # the subject's defeat "to" another is the other's win; relegation is no promotion
        (_RELEGATED, "Bury Rovers won 3-0 at Halden Town.", True),
        (_RELEGATED, "Halden Town beat Bury Rovers 3-0 at home.", False),
        (_RELEGATED, "Halden Town were promoted to the Championship on Sunday.", False),
    ],
)  # fmt: skip
def test_an_exit_a_successor_s_part_and_a_relegation_told_from_either_side(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_OUTAGE_2 = "About 30,000 homes in Cornwall were left without power on Monday after gales of up to 70mph."
_SMALL_OUTAGE = "About 300 homes in Cornwall were left without power on Monday after gales of up to 70mph."
_APPEAL = (
    "The Tarn Museum has bought a medieval chess set for £410,000 after a public appeal raised £95,000, with the rest "
    "coming from a heritage fund."
)
_TENANT = (
    "A landlord who let a damp flat in Olby to a couple with a baby has been fined £9,000 after the council "
    "prosecuted him."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a count without its figure, against the figure the evidence gives for the same thing
        (_OUTAGE_2, "Tens of thousands of homes in Cornwall lost power on Monday.", True),
        (_OUTAGE_2, "Thousands of homes in Cornwall lost power on Monday.", True),
        (_OUTAGE_2, "Hundreds of homes in Cornwall lost power on Monday.", False),
        (_SMALL_OUTAGE, "Tens of thousands of homes in Cornwall lost power on Monday.", False),
        (_SMALL_OUTAGE, "Hundreds of homes in Cornwall lost power on Monday.", True),
        # the same common noun doing the deed with another figure
        (_APPEAL, "A public appeal raised £410,000 to buy the chess set.", False),
        (_APPEAL, "A public appeal raised £95,000 towards the chess set.", True),
        # one a deed was done for is not its doer ("let a damp flat … to a couple")
        (_TENANT, "The couple prosecuted the landlord over the damp flat.", False),
        (_TENANT, "The council prosecuted the landlord over the damp flat.", True),
    ],
)  # fmt: skip
def test_a_count_without_a_figure_a_noun_s_sum_and_one_a_deed_was_done_for(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_NEW_BEETLE = (
    "Scientists at the Tarn Museum have identified a new species of beetle in the forests of eastern Borneo, the "
    "museum said, naming it Carabus noctis after the nights on which it hunts."
)
_HEATH_FIRE = (
    "A heath fire near Olby destroyed 12 homes and forced about 600 people to leave on Sunday, but no one was hurt, "
    "the fire service said."
)
_PAY_DEAL = "Porters in Wales have accepted a three-year pay deal worth 9% in total, the GMB said."
_RULING_2 = (
    "The High Court has ruled that a cap on rents in Brisca was lawful, rejecting a challenge brought by landlords' "
    "group Fair Let, which said it would appeal."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # scientists are researchers; what a thing is named after is set against the evidence's words there
        (_NEW_BEETLE, "Researchers at a museum have discovered a new beetle in Borneo.", True),
        (_NEW_BEETLE, "The beetle was named after the scientist who found it.", False),
        (_NEW_BEETLE, "The beetle was named after the nights on which it hunts.", True),
        # damaged is not destroyed
        (_HEATH_FIRE, "A heath fire near Olby damaged 12 homes.", False),
        # a share for each year is not the share in all
        (_PAY_DEAL, "The pay deal is worth 9% a year for three years.", False),
        (_PAY_DEAL, "Porters in Wales accepted a three-year deal worth 9% in total.", True),
        # a challenge rejected was not upheld; a court's name keeps its words
        (_RULING_2, "The High Court upheld a challenge brought by Fair Let.", False),
        (_RULING_2, "The High Court rejected a challenge brought by Fair Let.", True),
        (_RULING_2, "The Court of Appeal has ruled that the rent cap was lawful.", False),
    ],
)  # fmt: skip
def test_a_name_s_source_a_fire_s_toll_a_share_in_all_and_a_court_s_answer(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_TWO_BANDS = (
    "Tom Vale . He is best known as the drummer of Salt Against the Tide ( 1995 -- 2004 ) . "
    "Salt is a Dutch punk band , formed in 1988 by Pieter Maas ."
)
_PART = "In 2019 , she appeared in The Long Road , and also completed a stage revival of Low Tide ( 2021 ) ."


@pytest.mark.parametrize(
    ("body", "evidence", "claim", "verified"),
    [
        # the claim's subject is another the article names, whose name only begins with the evidence's
        (_TWO_BANDS, _TWO_BANDS.removeprefix("Tom Vale . "),
         "Salt Against the Tide is a Dutch punk band, formed in 1988 by Pieter Maas.", False),
        (_TWO_BANDS, _TWO_BANDS.removeprefix("Tom Vale . "),
         "Salt is a Dutch punk band, formed in 1988 by Pieter Maas.", True),
        # appearing in a film is no starring role
        ("Ann Cole . " + _PART, _PART,
         "Ann Cole starred in The Long Road and completed a stage revival of Low Tide in 2021.", False),
        ("Ann Cole . " + _PART, _PART,
         "Ann Cole appeared in The Long Road and completed a stage revival of Low Tide in 2021.", True),
    ],
)  # fmt: skip
def test_a_longer_name_for_another_and_a_part_made_the_lead(
    body: str, evidence: str, claim: str, verified: bool
) -> None:
    card = _verify(body, claim, evidence)
    assert (card.status is Status.verified) is verified, card.reasons


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a feed that lower-cases everything still names who did what to whom
        ("harlow beat kestrel 2-1 at the riverside on monday .", "Kestrel beat Harlow 2-1 at the Riverside.", False),
        ("harlow beat kestrel 2-1 at the riverside on monday .", "Harlow beat Kestrel 2-1 at the Riverside.", True),
        ("mayor okafor warned governor bell that the bridge might close .",
         "Governor Bell warned Mayor Okafor that the bridge might close.", False),
    ],
)  # fmt: skip
def test_who_did_what_to_whom_in_a_lower_cased_feed(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


_BRANCHES = (
    "Eastfield Bank will close 31 branches between June and November, affecting about 350 staff, most of whom will be "
    "offered other roles, the bank said."
)
_OWL = (
    "An eagle owl that escaped from Tarn Zoo on Friday was found safe in a wood three miles away the next morning and "
    "has been returned to its aviary, keepers said."
)
_BUSES = "Operator Citylink cancelled 1 in 10 buses last month because of a shortage of drivers, figures showed."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # what befalls part of a count, past its auxiliaries; affected is not laid off, whoever says it
        (_BRANCHES, "Eastfield Bank said the closures would affect around 350 employees.", True),
        (_BRANCHES, "About 350 staff will lose their jobs, the bank said.", False),
        # "the next morning" after Friday is Saturday morning
        (_OWL, "Keepers said the owl, which escaped on Friday, was found on Saturday morning.", True),
        (_OWL, "Keepers said the owl, which escaped on Friday, was found on Sunday morning.", False),
        # found safe is not found dead, and found is no longer missing
        (_OWL, "An eagle owl that escaped from Tarn Zoo was found dead in a wood.", False),
        (_OWL, "The eagle owl is still missing, keepers said.", False),
        # a shortage is not having enough
        (_BUSES, "Citylink cancelled one in ten of its buses last month because it did not have enough drivers.", True),
    ],
)  # fmt: skip
def test_affected_staff_the_next_morning_an_owl_found_and_a_shortage(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified, date="2025-01-14")


_DIVERTED = (
    "A Fenair flight from Leeds to Faro made an emergency landing in Nantes on Monday after a passenger fell ill, the "
    "airline said; the passenger was taken to hospital and the flight continued an hour later."
)
_DROUGHT = (
    "The Environment Agency has declared a drought in Kent after the driest summer in the county for 40 years, and "
    "Southern Water said a hosepipe ban was not planned for now."
)
_WITHDRAWN = "Reform candidate Joe Platt has withdrawn from the Olby by-election, the party said."
_FIBRE = "About 8,000 homes in rural Olby will get full-fibre broadband by the end of 2027, the council said."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # what came first is a slot; a flight that continued was not cancelled
        (_DIVERTED, "A Fenair flight made an emergency landing in Nantes after an engine failure.", False),
        (_DIVERTED, "The flight was cancelled after the emergency landing, the airline said.", False),
        # declaring a drought is a deed, not a saying: the one who did it keeps it, and the other says their clause
        (_DROUGHT, "Southern Water has declared a drought in Kent.", False),
        (_DROUGHT, "Southern Water said it had no plans for a hosepipe ban at present.", True),
        # the driest is not the wettest; a ban not planned is not announced
        (_DROUGHT, "The Environment Agency declared a drought in Kent after the wettest summer in 40 years.", False),
        (_DROUGHT, "Southern Water has announced a hosepipe ban in Kent.", False),
        # pulling out is withdrawing, and is not being selected
        (_WITHDRAWN, "Joe Platt has pulled out of the Olby by-election, the party said.", True),
        (_WITHDRAWN, "Joe Platt has been selected as the Reform candidate for the Olby by-election.", False),
        # homes that will get broadband do not already have it
        (_FIBRE, "About 8,000 homes in rural Olby already have full-fibre broadband.", False),
    ],
)  # fmt: skip
def test_a_diverted_flight_a_drought_declared_a_candidate_withdrawn_and_broadband_to_come(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_BANNED = (
    "Runner Ana Pike has been banned for two years after testing positive for the stimulant ostarine at the indoor "
    "championships in March, UK Anti-Doping said; Pike, 24, denies knowingly taking it and will appeal."
)
_BITTEN = (
    "A nine-year-old girl needed stitches after she was bitten by a neighbour's dog in a park in Harbury on Sunday, "
    "police said; the dog has been seized."
)
_DIVIDENDS = (
    "Tarn Water paid its shareholders £31 million in dividends last year, accounts showed; the company said no money "
    "had come from customers' bills."
)
_WARD = (
    "A new £12 million children's ward at Olby Hospital opened on Friday, with 24 beds, and will treat about 3,000 "
    "patients a year, the trust said."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # "banned for two years after testing positive … in March": the test is the past March, and the two years
        # are the ban's length, no offset from it
        (_BANNED, "Pike tested positive at the indoor championships in March, according to UK Anti-Doping.", True),
        # past a possessor, the thing; and another owner is another thing
        (_BITTEN, "A nine-year-old girl needed stitches after being bitten by a dog in Harbury.", True),
        (_BITTEN, "The girl was bitten by her family's dog in a park in Harbury.", False),
        # seized is not put down
        (_BITTEN, "The dog has been put down, police said.", False),
        # no money from bills is not paid for by them
        (_DIVIDENDS, "Tarn Water said the dividends were paid for by customers' bills.", False),
        (_DIVIDENDS, "Tarn Water said the dividends were not funded from customers' bills.", True),
        # a figure nearer the rate is what it counts; what a ward is for is one thing
        (_WARD, "The trust said the £12 million ward would treat around 3,000 patients each year.", True),
        (_WARD, "A new £12 million maternity ward at Olby Hospital opened on Friday.", False),
    ],
)  # fmt: skip
def test_a_ban_s_length_a_dog_s_owner_money_not_from_bills_and_a_ward_s_kind(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified, date="2025-01-14")


_BINS = (
    "Tarnley Council will move to fortnightly bin collections from 1 June to save £800,000 a year, but food waste will "
    "still be collected weekly, the council said."
)
_DEFECTION = (
    "Labour MP Sam Okoro has defected to the Liberal Democrats, saying his former party had 'forgotten its voters'; "
    "Okoro will now sit as the Liberal Democrats' 73rd MP."
)
_COLLAPSE_2 = (
    "Part of a bridge in Olby collapsed early on Tuesday, but no one was injured as it was closed at the time, the "
    "council said."
)
_PAY = "The chief executive of the charity Safe Haven was paid £180,000 last year, up from £150,000, its report shows."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # how often: every two weeks is fortnightly, every week weekly, and neither is monthly
        (_BINS, "Bins in Tarnley will be emptied every two weeks from 1 June.", True),
        (_BINS, "Food waste will continue to be collected every week, according to the council.", True),
        (_BINS, "Tarnley Council will move to monthly bin collections from 1 June.", False),
        (_BINS, "Food waste will also be collected fortnightly.", False),
        # a defection runs from the party before the post to the other; "saying" is the subject's
        (_DEFECTION, "Liberal Democrat MP Sam Okoro has defected to Labour.", False),
        (_DEFECTION, "The Liberal Democrats now have 73 MPs after Sam Okoro's defection.", True),
        # early on a day is not its evening; closed is not busy
        (_COLLAPSE_2, "Part of a bridge in Olby collapsed on Tuesday evening.", False),
        (_COLLAPSE_2, "The bridge was busy with traffic when it collapsed.", False),
        # a rise by the difference of the two sums; the chair is not the chief executive
        (_PAY, "The boss of Safe Haven got a pay rise of £30,000 last year.", True),
        (_PAY, "The chair of Safe Haven was paid £180,000 last year.", False),
    ],
)  # fmt: skip
def test_how_often_a_defection_early_in_a_day_and_a_pay_rise(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified, date="2025-01-14")


def test_the_one_a_sentence_opens_on_says_what_follows_saying() -> None:
    text = (
        "Labour MP Sam Okoro has defected to the Liberal Democrats, saying his former party had forgotten its voters, "
        "in a blow to leader Ann Hale."
    )
    card = _verify(text, "Ann Hale said the party had forgotten its voters.", text)
    assert card.status is not Status.verified, card.reasons
    card = _verify(text, "Sam Okoro said his former party had forgotten its voters.", text)
    assert card.status is Status.verified, card.reasons


_STRANDED = (
    "A 9-metre minke whale that stranded on a beach near Olby on Monday has died despite efforts by volunteers to "
    "refloat it, the coastguard said; experts will carry out a post-mortem to find out why it beached."
)
_AUCTION = (
    "A painting by Welsh artist Ann Rhys sold for £1.4 million at auction in London on Tuesday, a record for a work by "
    "a living Welsh artist, more than double its estimate of £600,000."
)
_TRIBUNAL = "A dentist in Olby has been suspended for three months by a tribunal after failing to keep proper records."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # efforts by someone to do a thing did not do it; a cause still to be found is no cause given
        (_STRANDED, "The minke whale was successfully refloated by volunteers.", False),
        (_STRANDED, "A post-mortem found the whale died of starvation.", False),
        (_STRANDED, "Experts will carry out a post-mortem to find out why the whale beached.", True),
        # a record for some made one for any; the estimate is not the price
        (_AUCTION, "The sale set a record for any Welsh artist.", False),
        (_AUCTION, "The sale set a record for a work by a living Welsh artist.", True),
        (_AUCTION, "The painting was estimated at £1.4 million and sold for £600,000.", False),
        (_AUCTION, "The painting was estimated at £600,000 and sold for £1.4 million.", True),
        # suspended is not struck off
        (_TRIBUNAL, "A dentist in Olby has been struck off by a tribunal.", False),
    ],
)  # fmt: skip
def test_an_effort_a_cause_to_be_found_a_record_s_scope_an_estimate_and_a_suspension(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_CAPSIZED = (
    "Thirty-one people were rescued from a capsized ferry off Olby on Monday and three are still missing, the "
    "coastguard said, adding that the search would resume at first light."
)
_PLANT = "Carmaker Rova will build its first electric car plant in Britain at Tarnley, creating 1,500 jobs by 2029."
_HOMES = (
    "The average price of a home in Wales fell 1.8% in the year to June, while prices in Scotland rose 2.1%, according "
    "to the Office for National Statistics."
)
_RESULTS = "Harlow United beat Kestrel City 2-0 on Saturday to go a point ahead of Brenton, who drew 1-1 at Olby Town."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a toll's fate without its auxiliary, or with "still": rescued is not dead, missing not rescued
        (_CAPSIZED, "Thirty-one people died when a ferry capsized off Olby.", False),
        (_CAPSIZED, "Three people were rescued from a capsized ferry off Olby.", False),
        (_CAPSIZED, "Thirty-one people were rescued after a ferry capsized off Olby.", True),
        # a search that will resume is not called off
        (_CAPSIZED, "The coastguard said the search for the missing had been called off.", False),
        # electric is not petrol
        (_PLANT, "Rova will build its first petrol car plant in Britain at Tarnley.", False),
        # "the price of a home in Wales" is the price in Wales
        (_HOMES, "House prices in Wales fell by 1.8% in the year to June, the ONS said.", True),
        # a side that drew neither won nor lost
        (_RESULTS, "Brenton lost 1-0 at Olby Town.", False),
    ],
)  # fmt: skip
def test_a_toll_without_its_auxiliary_a_search_to_resume_a_kind_of_car_a_place_s_price_and_a_draw(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_HOTEL_FIRE = (
    "A fire that broke out in the kitchen of the Crown Hotel in Tarnley on Monday night forced 40 guests to leave, but "
    "no one was hurt, and the hotel is expected to reopen next month, its owner said."
)
_TOUR = "The Olby Choir will tour Canada next year after a grant of £80,000 from the Arts Council, its director said."
_GROUND = "Olby Rovers' new ground will hold 8,000 fans, double the capacity of their current one, the club said."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # "is expected to reopen" hedges the reopening, not the hotel
        (_HOTEL_FIRE, "About 40 guests had to leave the Crown Hotel after a kitchen fire on Monday night.", True),
        (_HOTEL_FIRE, "The Crown Hotel will reopen next month, its owner said.", False),
        # where a fire started is one room
        (_HOTEL_FIRE, "A fire broke out in a bedroom at the Crown Hotel in Tarnley.", False),
        # a grant is no loan; double is not half
        (_TOUR, "The tour is funded by an £80,000 loan from the Arts Council.", False),
        (_GROUND, "The new ground will hold half as many fans as the current one.", False),
        (_GROUND, "The new ground will hold twice as many fans as the current one.", True),
    ],
)  # fmt: skip
def test_a_hedge_on_a_reopening_a_fire_s_room_a_grant_and_double(evidence: str, claim: str, verified: bool) -> None:
    _assert_judged(evidence, claim, verified)


_ESCAPE_2 = (
    "Tarnley Wildlife Park said on Tuesday that a lynx that got out of its enclosure overnight had been recaptured "
    "unharmed after about six hours."
)
_RATE = (
    "The Bank of Olbia cut its main rate by half a percentage point to 4% on Wednesday, but its governor warned that "
    "further reductions were unlikely this year."
)
_DOCK = (
    "Dockers at Tarnley will strike for 24 hours from 3 May, the union said; the operator, Olby Ports, said it was "
    "disappointed and would run a reduced service."
)
_STUDY_2 = (
    "A study of 2,000 adults found that those who walked to work had on average 5% lower blood pressure, though the "
    "authors said the link did not prove that walking caused the lower blood pressure."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # recaptured unharmed is not killed
        (_ESCAPE_2, "A lynx that got out of its enclosure at Tarnley Wildlife Park was shot dead by keepers.", False),
        (_ESCAPE_2, "The lynx was recaptured unharmed about six hours later.", True),
        # half a percentage point is 0.5 of one
        (_RATE, "The Bank of Olbia cut its main rate by 0.5 percentage points.", True),
        (_RATE, "The Bank of Olbia cut its main rate by 0.25 percentage points.", False),
        # what is unlikely is not told as coming; the cut that was made is
        (_RATE, "The governor said further cuts would come this year.", False),
        (_RATE, "The Bank of Olbia lowered its main rate to 4% on Wednesday.", True),
        # a clause after a semicolon has its own speaker, named after what it is
        (_DOCK, "Olby Ports said it would run a reduced service.", True),
        (_DOCK, "The union said it would run a reduced service.", False),
        # "did not prove that walking caused" the readings is said of the cause, not of the readings
        (_STUDY_2, "Blood pressure was on average 5% lower among adults who walked to work.", True),
        (_STUDY_2, "Walking to work causes lower blood pressure, a study found.", False),
    ],
)  # fmt: skip
def test_a_fate_a_part_of_a_point_the_unlikely_a_second_speaker_and_an_unproven_cause(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_COUNT = (
    "Independent candidate Ana Reyes won the Olby mayoral election with 9,310 votes, beating Labour's Sam Pike by 642 "
    "votes, the returning officer said."
)
_WARD_QUOTE = (
    "'We cannot keep the clinic open without more doctors,' said Dr Ruth Kemp, its director, after health minister "
    "Ian Cole announced that £5 million would be spent on recruitment."
)
_TRANSFER_2 = (
    "Olby Town have signed midfielder Ari Lund from Danish side Vejle Rovers for an undisclosed fee, reported to be "
    "around £3m, the club announced."
)
_DELAY = "The opening of the Tarnley bypass has been pushed back from June to next spring, the council said."
_COUGH = "Measles cases rose to 410 this year and three infants have died, officials said, urging parents to vaccinate."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a winner's votes are not the margin, and the side is the loser's
        (_COUNT, "Ana Reyes won the Olby mayoral election by 9,310 votes.", False),
        (_COUNT, "Ana Reyes beat Sam Pike by 642 votes.", True),
        (_COUNT, "Labour's Ana Reyes won the Olby mayoral election.", False),
        # a quotation in single marks is the one named after it's, and "announced that" is saying
        (_WARD_QUOTE, "'We cannot keep the clinic open without more doctors,' said health minister Ian Cole.", False),
        (_WARD_QUOTE, "Dr Ruth Kemp said the clinic could not stay open without more doctors.", True),
        (_WARD_QUOTE, "Dr Ruth Kemp announced that £5 million would be spent on recruitment.", False),
        (_WARD_QUOTE, "Ian Cole announced that £5 million would be spent on recruitment.", True),
        # what cannot be done without a thing needs it
        (_WARD_QUOTE, "Dr Ruth Kemp warned that more doctors were needed to keep the clinic open.", True),
        # "not disclosed" is "undisclosed"; a reported fee is not one paid; the seller past what it is
        (_TRANSFER_2, "The fee was not disclosed but is reported to be about £3m.", True),
        (_TRANSFER_2, "Olby Town paid £3m to sign Ari Lund, the club announced.", False),
        (_TRANSFER_2, "Vejle Rovers have signed Ari Lund from Olby Town.", False),
        (_TRANSFER_2, "Olby Town have signed defender Ari Lund from Vejle Rovers.", False),
        # pushed back is not brought forward
        (_DELAY, "The opening of the Tarnley bypass has been brought forward from next spring to June.", False),
        (_DELAY, "The Tarnley bypass will now open next spring rather than in June.", True),
        # whom a toll counts
        (_COUGH, "Three parents have died of measles, officials said.", False),
        (_COUGH, "Three infants have died of measles this year, officials said.", True),
    ],
)  # fmt: skip
def test_votes_and_a_margin_a_side_a_single_quote_a_reported_fee_a_seller_a_delay_and_a_toll_s_victims(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_SPLIT_VERDICT = (
    "A jury at Olby Crown Court cleared nursery owner Jane Moss, 47, of manslaughter on Friday but found her guilty of "
    "neglect over the death of a child in 2023; she will be sentenced next month."
)
_HALF_YEAR = (
    "Brisca Water reported a pre-tax profit of £310m for the first half of the year, down 12% on a year earlier."
)
_STABBING_2 = (
    "A 16-year-old boy was stabbed in Tarnley on Friday night, and two men, aged 19 and 22, have been arrested on "
    "suspicion of attempted murder."
)
_LONELY = (
    "A survey by the charity found that 38% of students felt lonely at least once a week, and that almost a quarter "
    "had not left their room for a whole day in the past month."
)
_HEAT = (
    "Temperatures reached 35.2C in Olby on Monday, the highest ever recorded in Tarnshire in June, beating the previous "
    "record of 34.6C set in 2017."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # each charge keeps its own verdict; "not guilty" is "cleared"
        (_SPLIT_VERDICT, "Jane Moss was found guilty of manslaughter.", False),
        (_SPLIT_VERDICT, "A jury cleared Jane Moss of neglect but found her guilty of manslaughter.", False),
        (_SPLIT_VERDICT, "Jane Moss was found not guilty of manslaughter but convicted of neglect.", True),
        (_SPLIT_VERDICT, "A jury cleared Jane Moss of manslaughter on Friday.", True),
        ("He was found not guilty of murder but convicted of attempted murder.",
         "He was found guilty of attempted murder.", True),
        ("The jury acquitted him of murder.", "He was found not guilty of murder.", True),
        # the described subject says who, not which clause
        (_SPLIT_VERDICT, "The nursery owner will be sentenced next month.", True),
        # a half year is not the full year
        (_HALF_YEAR, "Brisca Water reported a pre-tax profit of £310m for the full year.", False),
        (_HALF_YEAR, "Brisca Water's pre-tax profit for the first half of the year was £310m.", True),
        # ages given after whom they are of
        (_STABBING_2, "Two men, aged 16 and 19, have been arrested on suspicion of attempted murder.", False),
        (_STABBING_2, "A 19-year-old boy was stabbed in Tarnley on Friday night.", False),
        (_STABBING_2, "Two men aged 19 and 22 have been arrested.", True),
        # how often, and a share bounded from the other side
        (_LONELY, "38% of students felt lonely every day, the survey found.", False),
        (_LONELY, "More than a quarter of students had not left their room for a whole day in the past month.", False),
        (_LONELY, "Nearly a quarter had not left their room for a whole day in the past month.", True),
        # a record named by the year it was set is the evidence's, whatever its scope
        (_HEAT, "Monday's temperature beat the 2017 record.", True),
        (_HEAT, "Temperatures reached 35.2C in Olby, the highest ever recorded in Tarnshire.", False),
    ],
)  # fmt: skip
def test_a_verdict_per_charge_a_half_year_ages_after_whom_how_often_a_share_s_bound_and_a_named_record(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


def test_a_figure_another_sentence_gives_beside_another_form_of_the_claim_s_word_is_cited_as_context() -> None:
    body = (
        "Reform spent more on its campaign than any other party, the Electoral Commission said.\n\n"
        "Reform's spending came to 68p for every one of its votes."
    )
    article = Article(id="spend", body=body)
    claim = "Reform spent 68p per vote."
    evidence = [Evidence(quote="Reform spent more on its campaign than any other party")]
    card = Card(article="spend", kind="statement", claim=claim, evidence=evidence)
    checked = verify_cards([card], [article])[0]
    # "spent" is "spending" in another form: that sentence gives the claim's 68p
    assert checked.status is Status.verified, checked.reasons
    assert context_of(checked) == ["Reform's spending came to 68p for every one of its votes."]


_WAITS_2 = (
    "The number of patients waiting more than 18 weeks for planned treatment fell to 118,000 in May, the lowest for "
    "three years, but remains well above the target of 60,000, officials said."
)
_WALKOUT = (
    "Drivers at Olby Buses will strike on 4 and 5 June, forcing the company to cancel about 200 of its 700 services on "
    "each day, the company said."
)
_DRUG = (
    "Regulators approved the drug Tavira for adults with a body mass index of 40 or more on Monday, but rejected its "
    "use in children, citing a lack of safety data."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a comma inside a figure opens no clause, and "planned treatment" is nothing to come
        (_WAITS_2, "The number waiting over 18 weeks for planned treatment fell to 118,000 in May.", True),
        # "higher than the target" is "well above the target", whatever is lowest
        (_WAITS_2, "The number is still far higher than the target of 60,000.", True),
        (_WAITS_2, "It was the highest figure for three years.", False),
        # the level a figure fell to is not the target's
        (_WAITS_2, "The number waiting more than 18 weeks fell to 60,000, the target.", False),
        (_WAITS_2, "The number waiting more than 18 weeks fell to about 120,000 in May.", True),
        # days named one by one are counted
        (_WALKOUT, "Olby Buses expects to cancel around 200 services a day during the two-day strike.", True),
        (_WALKOUT, "Olby Buses will cancel services during a three-day strike.", False),
        # initials of a term the article writes in lower case
        (_DRUG, "Tavira has been approved for adults with a BMI of at least 40.", True),
        (_DRUG, "Tavira has been approved for adults with a BMX of at least 40.", False),
        # "turned down" is "rejected", and the clause that says so is the claim's
        (_DRUG, "Regulators turned down the use of Tavira in children.", True),
        (_DRUG, "Regulators turned down the use of Tavira in adults.", False),
    ],
)  # fmt: skip
def test_a_figure_s_comma_higher_than_a_target_days_named_initials_and_a_turned_down_clause(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_SUCCESSION_2 = (
    "Amy Roe will replace Tom Hale as chief executive of Olby Water from 1 March, the company said. Hale, who has led "
    "the firm for nine years, is leaving to join a rival."
)


def test_one_leaving_to_join_a_rival_is_not_retiring() -> None:
    _assert_judged(_SUCCESSION_2, "Hale is retiring after nine years in charge of Olby Water.", False)
    _assert_judged(_SUCCESSION_2, "Hale is leaving Olby Water to join a rival after nine years.", True)


_OBITUARY_2 = (
    "The actor Ann Vale, best known for playing the landlady in the drama Harbour Lights, has died at the age of 80, "
    "her agent said on Friday."
)
_QUASHED = (
    "The Court of Appeal overturned the conviction of former councillor Ian Pike for fraud by abuse of position, "
    "ruling that the trial judge had misdirected the jury."
)
_OUTAGE_3 = "A software fault at Olbynet left about 60,000 customers in the south-west without internet on Monday."
_APPEAL_2 = (
    "An inspector has allowed an appeal to build 300 homes near Olby, overturning the council's refusal last year."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # the part someone played, and who speaks for the dead
        (_OBITUARY_2, "Ann Vale, best known for playing a barmaid in Harbour Lights, has died.", False),
        (_OBITUARY_2, "Ann Vale, who played the landlady in Harbour Lights, has died aged 80.", True),
        (_OBITUARY_2, "Ann Vale's family said she had died at the age of 80.", False),
        (_OBITUARY_2, "Ann Vale's agent said she had died at the age of 80.", True),
        # what a conviction was for
        (_QUASHED, "The Court of Appeal overturned Ian Pike's conviction for perverting the course of justice.", False),
        (_QUASHED, "Ian Pike's conviction for fraud was quashed by the Court of Appeal.", True),
        # who did a deed, past the figure of what it did it to; a compass point's region
        (_OUTAGE_3, "A cyber attack left about 60,000 Olbynet customers without internet.", False),
        (_OUTAGE_3, "About 60,000 Olbynet customers in the north-east lost their internet connection.", False),
        (_OUTAGE_3, "About 60,000 Olbynet customers in the south-west lost their internet connection on Monday.", True),
        # a refusal is no approval
        (_APPEAL_2, "The council approved the plans for 300 homes near Olby last year.", False),
        (_APPEAL_2, "The council refused the plans for 300 homes last year.", True),
    ],
)  # fmt: skip
def test_a_part_played_who_speaks_for_the_dead_a_conviction_s_charge_a_doer_past_a_figure_a_region_and_a_refusal(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_QUAKE_2 = (
    "A magnitude 5.8 earthquake struck off Olby on Monday, injuring 30 people; it was followed by a tsunami warning "
    "that was lifted an hour later."
)
_BID = (
    "The board of Tarn Foods has rejected a £900m takeover offer from rival Olby Stores, saying it undervalued the "
    "company, but said it was open to further talks."
)
_FINDINGS = (
    "Ian Cole resigned after a report found he had broken the code; he said he did not accept all of its findings."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a warning is not what it warns of, and what was lifted does not remain
        (_QUAKE_2, "A tsunami struck the coast of Olby after the earthquake.", False),
        (_QUAKE_2, "A tsunami warning was issued after the quake and lifted an hour later.", True),
        (_QUAKE_2, "The tsunami warning remains in place.", False),
        # who bid for whom, and under- is not over-
        (_BID, "Olby Stores rejected a £900m takeover offer from Tarn Foods.", False),
        (_BID, "Tarn Foods rejected Olby Stores' £900m bid, saying it undervalued the business.", True),
        (_BID, "The board of Tarn Foods said the offer overvalued the company.", False),
        (_BID, "Tarn Foods said it remained open to further talks.", True),
        # not all is some, not none
        (_FINDINGS, "Ian Cole said he did not accept any of the report's findings.", False),
        (_FINDINGS, "Ian Cole said he did not accept all of the findings.", True),
    ],
)  # fmt: skip
def test_a_warning_a_lifted_alert_a_bid_s_sides_under_and_over_and_not_all(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_WALK = (
    "A sponsored swim has raised £41,000 for the Olby lifeboat station, organisers said, short of their £50,000 target "
    "but more than double last year's total."
)
_ROUTE = (
    "Tarn Buses will withdraw the number 7 route between Olby and Harlow from 1 May because too few passengers use it, "
    "the company said."
)
_POLL_2 = "Labour's lead over the Conservatives has narrowed to three points, from eight a month ago, a poll suggests."
_FINE = "Olby Bank has been fined £3.2m by the Financial Conduct Authority for treating struggling customers unfairly."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # last year's total is another one, but "the total" short of the target is this year's
        (_WALK, "The total fell short of the organisers' £50,000 target.", True),
        (_WALK, "This year's swim raised more than twice as much as last year's.", True),
        # a route by its number: no count of buses, and the deed done to the number
        (_ROUTE, "The number 7 bus between Olby and Harlow will stop running from 1 May.", True),
        (_ROUTE, "Tarn Buses will withdraw the number 9 route between Olby and Harlow.", False),
        # who leads whom, and the level a lead narrowed to
        (_POLL_2, "The Conservatives now lead Labour by three points.", False),
        (_POLL_2, "Labour's lead has narrowed to eight points from three a month ago.", False),
        (_POLL_2, "Labour's lead over the Conservatives has shrunk to three points.", True),
        # a passive after "has been": who fined whom
        (_FINE, "The Financial Conduct Authority has been fined £3.2m by Olby Bank.", False),
        (_FINE, "The Financial Conduct Authority fined Olby Bank £3.2m.", True),
    ],
)  # fmt: skip
def test_the_total_of_this_year_a_numbered_route_a_lead_and_a_passive_after_has_been(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_NIGHT_CLOSURE_2 = (
    "The overnight emergency department at Olby Hospital will close from 1 May for at least three months because of a "
    "shortage of doctors, with patients sent to Tarnley General, 20 miles away."
)
_SPILL = "More than 30 containers fell from the ship Kessa Star in rough seas on Friday after a row over three crew."
_HEAT_ALERT = (
    "Officials issued an amber heat alert for the north-west, with temperatures forecast to reach 31C on Friday."
)
_ROW = "Councillors voted to remove their leader after a row over the closure of three libraries."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # "with patients sent to …" goes with the closure to come, no past of its own
        (_NIGHT_CLOSURE_2, "Patients will be sent to Tarnley General, 20 miles away, at night.", True),
        # calm is not rough; what is forecast has not happened
        (_SPILL, "More than 30 containers fell from the Kessa Star in calm seas.", False),
        (_HEAT_ALERT, "Temperatures reached 31C in the north-west on Friday.", False),
        (_HEAT_ALERT, "Temperatures are forecast to reach 31C on Friday.", True),
        # the noun after "of", past a count in words
        (_ROW, "The vote followed a row over the closure of three schools.", False),
        (_ROW, "The vote followed a row over the closure of three libraries.", True),
    ],
)  # fmt: skip
def test_what_goes_with_a_deed_calm_and_rough_a_forecast_and_a_count_in_words_before_a_noun(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_RENTS = (
    "Average rents for new tenancies in Olby rose 7% in the year to May to £980 a month, according to Homefind, while "
    "rents in Tarnley fell 2%."
)
_PUFFINS = "The trust counted 180 pairs of puffins this summer, which it blamed on a shortage of sand eels."
_SCANNER = "The new scanner will cut waiting times for scans from eight weeks to two, the hospital trust said."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a sum paid by the month is not one paid by the year; a change told of one place is not another's
        (_RENTS, "Average rents for new tenancies in Olby rose 7% to £980 a year.", False),
        (_RENTS, "The average new rent in Olby is now £980 a month.", True),
        (_RENTS, "Rents in Tarnley rose 7% in the year to May.", False),
        (_RENTS, "Rents in Tarnley fell 2% over the same period.", True),
        # what is blamed, past what it is blamed for
        (_PUFFINS, "The trust blamed the decline on warmer seas.", False),
        (_PUFFINS, "The trust blamed the decline on a lack of sand eels.", True),
        # from one figure to another, not the other way round
        (_SCANNER, "The new scanner will cut waiting times from two weeks to eight.", False),
        (_SCANNER, "The scanner will reduce waits for scans from eight weeks to two, the trust said.", True),
    ],
)  # fmt: skip
def test_a_rate_s_period_a_place_s_change_what_is_blamed_and_from_one_figure_to_another(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


def test_days_counted_as_the_latest_and_a_part_of_a_unit_are_read_apart() -> None:
    # "for a third day" is three days only when the unit after the figure is a span of time ("three days", not "three
    # homes"); the word after a part of a unit ("0.5 percentage points") is read apart (the two readings once shared a
    # pattern's name)
    evidence = "Some 400 homes were without running water for a third day on Friday."
    _assert_judged(evidence, "Some 400 homes have been without water for three days.", True)
    _assert_judged(evidence, "Some 400 homes have been without water for three homes.", False)
    _assert_judged(
        "The bank cut its rate by half a percentage point.", "The bank cut it by 0.5 percentage points.", True
    )


def test_a_power_cut_is_being_without_power_and_a_person_of_a_country_is_the_person() -> None:
    evidence = "Some 20,000 homes were left without power for four hours after a fault at a substation."
    _assert_judged(evidence, "A substation fault caused the power cut.", True)
    _assert_judged(evidence, "Some 20,000 homes had power throughout.", False)
    marathon = (
        "Ruth Kamau won the Tarnley Marathon on Sunday, finishing more than a minute ahead of last year's winner, "
        "Anna Berg of Norway."
    )
    _assert_judged(marathon, "Anna Berg won the Tarnley Marathon on Sunday.", False)
    _assert_judged(marathon, "Ruth Kamau won the Tarnley Marathon on Sunday.", True)


_GRANTS = (
    "The Tarnley Trust paid out 3,400 grants in the nine months to June, a quarter more than a year earlier, with more "
    "than 1,000 going to carers; no complaints have been upheld."
)
_SACKED_2 = (
    "A Norbridge police inspector who leaked a list of witnesses has been dismissed after a hearing found he had "
    "breached the code; a second officer was given a written warning."
)
_MILL = (
    "The Old Mill cinema in Tarnley will close in March after 40 years because of rising repair bills and falling "
    "ticket sales, its trustees said on Monday."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a period told by how long it ran to a month; a multiple of a change; whom a share went to; "no one"
        (_GRANTS, "The Tarnley Trust paid out 3,400 grants in the year to June.", False),
        (_GRANTS, "The Tarnley Trust paid out 3,400 grants in the nine months to June.", True),
        (_GRANTS, "The number of grants doubled on a year earlier.", False),
        (_GRANTS, "More than 1,000 grants went to pensioners.", False),
        (_GRANTS, "More than 1,000 of the grants went to carers.", True),
        (_GRANTS, "No one has had a complaint upheld.", True),
        # both for the first of two told apart; the second's deed given to the first; a rank of one body's people
        (_SACKED_2, "Both officers were dismissed after the hearing.", False),
        (_SACKED_2, "The inspector was given a written warning.", False),
        (_SACKED_2, "Another officer received a written warning.", True),
        (_SACKED_2, "A police sergeant was dismissed for leaking a list of witnesses.", False),
        (_SACKED_2, "A police officer was dismissed for leaking a list of witnesses.", True),
        # a cause named by another thing
        (_MILL, "The Old Mill will close because of rising rents.", False),
        (_MILL, "The Old Mill will close because of rising repair bills and falling ticket sales.", True),
    ],
)  # fmt: skip
def test_a_period_to_a_month_a_multiple_whom_a_share_went_to_the_second_of_two_and_a_cause(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


def test_a_largest_this_year_is_no_record_and_its_board_speaks_for_the_one_it_is_of() -> None:
    _assert_judged(
        "Customs seized 300kg of heroin at Norbridge docks, the largest haul at the docks this year, officials said.",
        "It was the largest heroin haul ever at Norbridge docks.",
        False,
    )
    body = (
        "The Old Mill cinema in Tarnley will close in March after 40 years, its trustees said on Monday.\n\n"
        "Councillor Ann Marsh said she would try to save it."
    )
    quote = "The Old Mill cinema in Tarnley will close in March after 40 years, its trustees said on Monday."
    assert (
        _verify(body, "Ann Marsh said the Old Mill cinema would close in March.", quote).status is not Status.verified
    )
    assert _verify(body, "The Old Mill cinema said it would close in March.", quote).status is Status.verified


_BINS_2 = (
    "Bin collections in Tarnley will be disrupted for a week from Friday after refuse collectors voted to strike, the "
    "Unite union said, rejecting the council's offer of a 3% rise; the council said it would keep collecting "
    "recycling."
)
_MERGER_2 = (
    "Norbridge Royal and Tarnley General hospitals will merge next year, saving £8m a year, the board said; nurses "
    "have said they are not convinced."
)


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # "refuse" before "collectors" is rubbish; the clause a deed is told in is found by what it was done to, and a
        # deed joined on by a comma is a clause of its own
        (_BINS_2, "Refuse collectors in Tarnley accepted the council's offer of a 3% rise.", False),
        (_BINS_2, "The collectors rejected a 3% pay offer from the council, the union said.", True),
        # (the doer before the deed is the clause's before the joined one)
        ("Snow fell overnight on the moors, closing the B6 road, and forecasters issued a warning for ice.",
         "Snow closed the B6 road.", True),
        # keeping on doing a thing is not stopping it
        (_BINS_2, "The council said recycling collections would stop during the strike.", False),
        (_BINS_2, "The council said it would carry on collecting recycling.", True),
        # the one whose thing was rejected is not the one who rejected it
        (_BINS_2, "The council rejected the union's demand for a 3% rise.", False),
        # a count of the things the evidence names one by one; not convinced is no welcome
        (_MERGER_2, "The two hospitals will merge next year.", True),
        (_MERGER_2, "The three hospitals will merge next year.", False),
        (_MERGER_2, "Nurses have welcomed the merger.", False),
        (_MERGER_2, "Nurses said they were not convinced.", True),
        # a fixed rate is not a variable one
        ("The bank will raise its variable mortgage rate to 7.2%.", "The bank will raise its fixed mortgage rate.", False),
    ],
)  # fmt: skip
def test_rubbish_is_no_refusal_a_deed_s_clause_keeping_on_an_owner_made_doer_and_things_counted_by_name(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_PUNCHED = "A 19-year-old woman who bit a hospital porter in Norbridge was jailed for a year on Monday."
_CLIMB = "Tarnley College rose eight places to 31st, largely thanks to improved teaching scores, the compilers said."
_SNOW = "Forecasters issued a yellow warning for snow on the moors on Friday, with up to 10cm expected on high ground."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # who did a deed told in a relative clause, and to whom
        (_PUNCHED, "The hospital porter bit a 19-year-old woman.", False),
        (_PUNCHED, "A 19-year-old woman bit a hospital porter in Norbridge.", True),
        # a cause named by other things, though it shares a word; a word describing the noun after it is no topic
        (_CLIMB, "The rise was largely due to improved research scores.", False),
        (_CLIMB, "Better teaching scores were the main reason for the rise, according to the compilers.", True),
        (_CLIMB, "Worse teaching scores were the main reason for the rise.", False),
        # a figure only expected; snow falling is weather, no fall
        (_SNOW, "Up to 10cm of snow fell on high ground on Friday.", False),
        (_SNOW, "As much as 10cm of snow could fall on high ground.", True),
        # a lack is a shortage
        ("The ward closed at night because of a shortage of nurses.", "The ward closed at night due to a lack of nurses.",
         True),
    ],
)  # fmt: skip
def test_a_deed_in_a_relative_clause_a_cause_s_things_a_describing_opener_and_a_figure_only_expected(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_TEA = (
    "Drinking green tea daily was linked to a 10% lower risk of stroke in a study of 20,000 adults, though the authors "
    "said the findings did not prove that tea was the cause."
)
_TRIAL_2 = (
    "Free school meals for all pupils will be trialled in Tarnley for a year from September, the council said, adding "
    "that it would decide in 2027 whether to make the scheme permanent."
)
_SIGNED_2 = "Norbridge Rovers have signed Ezra Hale for an initial £6m, which could rise to £9m with add-ons."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a link is no cause; a thing still to be decided is not settled; a figure a fee may reach is not the fee
        (_TEA, "Drinking green tea daily cuts the risk of stroke by 10%.", False),
        (_TEA, "A study of 20,000 adults linked drinking green tea daily to a 10% lower risk of stroke.", True),
        (_TEA, "The authors said the study did not show that tea caused the lower risk.", True),
        (_TRIAL_2, "Tarnley has made free school meals for all pupils permanent.", False),
        (_TRIAL_2, "The council will decide in 2027 whether to keep the free school meals.", True),
        (_SIGNED_2, "Norbridge Rovers have signed Ezra Hale for £9m.", False),
        (_SIGNED_2, "The fee could reach £9m with add-ons.", True),
        # a kind of factory or farm is what it makes, not its state; a change by the difference of two figures
        ("A fire broke out at a plastics factory in Tarnley.", "A fire broke out at a chemical factory in Tarnley.", False),
        ("A fire broke out at a disused factory in Tarnley.", "A fire broke out at an empty factory in Tarnley.", True),
        ("The cost has risen from £20m to £32m.", "The cost has risen by £12m.", True),
        # rejecting claims is denying them
        ("Sam Price has denied claims that he misled councillors.", "Sam Price rejected claims he had misled councillors.",
         True),
    ],
)  # fmt: skip
def test_a_link_is_no_cause_an_open_question_a_fee_s_ceiling_a_kind_of_factory_and_rejected_claims(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_BAILED = (
    "Three men arrested on suspicion of arson after a fire at a shop in Tarnley have been released on bail, while a "
    "woman, 41, remains in custody, police said."
)
_PARKING_2 = "Tarnley General will scrap parking charges for nurses from May, but visitors will still pay £2 an hour."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a claim of almost nothing but sides is read against the clause most of its sides are told in
        (_BAILED, "Three women arrested on suspicion of arson have been released on bail.", False),
        (_BAILED, "A woman has been released on bail.", False),
        (_BAILED, "Three men arrested on suspicion of arson have been bailed.", True),
        (_BAILED, "A 41-year-old woman is still in custody, police said.", True),
        # those a deed leaves out are not joined to it; scrapping a charge is no longer paying it
        (_PARKING_2, "Tarnley General will scrap parking charges for nurses and visitors from May.", False),
        (_PARKING_2, "Nurses at Tarnley General will no longer pay to park from May.", True),
        # most of a thing, to whom; a figure of one year is not another's; the insurers' body is the insurers' association
        ("The storm caused £90m of damage, mostly to homes in the north.",
         "The storm caused £90m of damage, mostly to farms in the north.", False),
        ("Passes fell to 27.2% from 27.7% in 2024, but remain above the 25.4% of 2019.",
         "Passes fell to 27.2% from 27.7% in 2019.", False),
        ("The storm caused £90m of damage, the Association of Insurers said, warning the bill could rise.",
         "The insurers' body warned the bill could rise.", True),
    ],
)  # fmt: skip
def test_a_claim_of_sides_those_left_out_of_a_deed_most_of_a_thing_and_a_year_s_figure(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_PROFIT = "Norbank reported a pre-tax profit of £2.1bn for the first half, up 6% on a year earlier."
_PRISONS = "The prison population reached a record 90,000 last week, leaving fewer than 800 places free."
_VOTE = (
    "The centre-left Liberal party won 36% of the vote, and its leader said she would talk to the Greens, who took 8%."
)
_INHALER = "Curapharm will cut the list price of its asthma inhaler by 60% to $40 a month."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a period said in a word against one said in a phrase
        (_PROFIT, "Norbank reported a full-year pre-tax profit of £2.1bn.", False),
        (_PROFIT, "Norbank reported a first-half pre-tax profit of £2.1bn.", True),
        # a figure reached as a record went up to it
        (_PRISONS, "The prison population fell to 90,000 last week.", False),
        (_PRISONS, "The prison population rose to 90,000.", True),
        # whose share of a vote a figure is; left is not right, however a compound is written
        (_VOTE, "The Greens won 8% of the vote.", True),
        (_VOTE, "The Greens won 36% of the vote.", False),
        (_VOTE, "The centre-right Liberal party won 36% of the vote.", False),
        # a thing of whose, the same on both sides; a percentage that is a sum
        (_INHALER, "Curapharm will cut the price of its diabetes drug by 60%.", False),
        (_INHALER, "Curapharm will cut the price of its asthma inhaler by 40%.", False),
        (_INHALER, "Curapharm's inhaler will cost $40 a month.", True),
    ],
)  # fmt: skip
def test_a_period_in_a_word_a_record_reached_whose_share_left_and_right_and_a_percentage_that_is_a_sum(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


_DERAILED = (
    "A tram that derailed near Norbridge in May was travelling at 40mph on a bend with a 20mph limit, an interim report "
    "found, though it said the cause had not yet been established."
)
_PRICES_2 = "Shopwise will cut the price of 400 products from Monday, in a price war with rival Greenleaf, which cut prices on 250 items last month."


@pytest.mark.parametrize(
    ("evidence", "claim", "verified"),
    [
        # a cause not yet established (whoever "found" it); an interim report is not the final one; a measure before
        # its noun keeps it
        (_DERAILED, "Speeding caused the tram to derail, investigators found.", False),
        (_DERAILED, "The interim report said the cause had not yet been established.", True),
        (_DERAILED, "The final report found the tram was travelling at 40mph.", False),
        (_DERAILED, "The tram was travelling at 20mph on a bend with a 40mph limit.", False),
        (_DERAILED, "The tram was travelling at 40mph on a bend with a 20mph limit.", True),
        # a count keeps the named doer whose deed it is
        (_PRICES_2, "Greenleaf will cut the price of 400 products from Monday.", False),
        (_PRICES_2, "Greenleaf cut prices on 250 items last month.", True),
        # the figure a thing moves from is the one it has now, when the move is still to come
        ("Campaigners lost a challenge to the expansion of Tarnley Airport, which will allow it to handle 9 million "
         "passengers a year, up from 5 million.",
         "The airport currently handles 5 million passengers a year.", True),
        # a disease by where it strikes
        ("A new blood test could detect bowel cancer two years earlier.",
         "A new blood test could detect breast cancer two years earlier.", False),
    ],
)  # fmt: skip
def test_a_cause_not_established_an_interim_report_a_measure_before_its_noun_and_a_named_doer_s_count(
    evidence: str, claim: str, verified: bool
) -> None:
    _assert_judged(evidence, claim, verified)


def test_found_hurt_is_not_found_unhurt_and_who_outpaced_whom() -> None:
    walkers = "Rescuers found two climbers who had been missing overnight, cold but unhurt, after a long search."
    _assert_judged(walkers, "Two climbers were found with serious injuries.", False)
    _assert_judged(walkers, "The climbers were cold but uninjured when found.", True)
    pay = "Average pay rose 4.1% in the year to May, outpacing inflation of 2.9%, the statistics office said."
    _assert_judged(pay, "Inflation outpaced wage growth in the year to May.", False)
    _assert_judged(pay, "Pay outpaced inflation in the year to May.", True)


def test_all_of_a_kind_is_not_the_kind_the_evidence_narrows_and_the_bound_is_not_past_itself() -> None:
    waits = "Ambulances took 40 minutes to reach stroke and heart attack patients in May."
    _assert_judged(waits, "Ambulances took 40 minutes to reach all patients in May.", False)
    _assert_judged(waits, "Ambulances took 40 minutes to reach stroke patients in May.", True)
    # (how often, a name, and a claim that narrows it itself are left alone)
    _assert_judged("The Evening News is shown on Channel 4.", "The Evening News is shown every evening on Channel 4.",
                   True)  # fmt: skip
    tax = "Councillors voted to raise council tax by 2.99% from May, the maximum allowed without a referendum."
    _assert_judged(tax, "The rise is above the maximum allowed without a referendum.", False)
    _assert_judged(tax, "The rise is the most allowed without a referendum.", True)


_BYPASS = (
    "The health minister, Jo Marsh, has approved a new hospital in Tarnley.\n\n"
    'She said the hospital would "cut waiting lists and save lives".\n\n'
    "Campaigners said they would challenge the decision."
)


def test_a_title_an_owner_speaking_goals_down_and_what_a_negation_is_said_of() -> None:
    quote = 'She said the hospital would "cut waiting lists and save lives".'
    assert _verify(_BYPASS, "The health minister said the hospital would save lives.", quote).status is Status.verified
    closing = "The Mill nursery will close in May because it cannot recruit staff, its owner said."
    _assert_judged(closing, "The council said the Mill nursery would close in May.", False)
    _assert_judged(closing, "The nursery's owner said it would close in May.", True)
    _assert_judged(
        "Tarnley came from two goals down to draw 2-2 with Olby.",
        "Tarnley fought back from 2-0 down to draw with Olby.",
        True,
    )
    breach = "Hackers stole the personal details of 900,000 customers, including names but not bank details, the provider said."
    _assert_judged(breach, "Bank details were not taken.", True)
    _assert_judged(breach, "The personal data of 900,000 customers was stolen.", True)
    _assert_judged("About 7.4 million people were waiting for treatment in Norland in June.",
                   "About 7.4 million people were waiting for treatment in June.", True)  # fmt: skip


def test_a_hedge_kept_a_compound_is_not_its_negated_word_and_what_was_hurt() -> None:
    rates = "The bank held rates at 4% on Thursday, and the governor said rates were likely to fall later this year."
    _assert_judged(rates, "The governor said rates would fall later this year.", False)
    water = "About 900 homes were without water after a burst main, and the water company, Tarnwater, apologised."
    _assert_judged(water, "The water company is Tarnwater.", True)
    _assert_judged(water, "About 900 homes had water after a burst main.", False)
    play = (
        "The play was cancelled after the lead actor broke his ankle during a rehearsal; buyers will get a full refund."
    )
    _assert_judged(play, "The lead actor broke his wrist during a rehearsal.", False)
    _assert_judged(play, "Ticket buyers will get a partial refund.", False)
    _assert_judged(play, "The lead actor broke his ankle during a rehearsal.", True)


_RESCUE = (
    "A walker who fell on Tarn Fell has been rescued by a mountain team.\n\n"
    "Anna Price, 52, slipped on wet rock above Greyside. Rescuer Tom Hale reached her within an hour.\n\n"
    '"I thought I would be there all night," she said.'
)


def test_she_a_described_speaker_and_a_title_before_a_name() -> None:
    quote = '"I thought I would be there all night," she said.'
    assert (
        _verify(_RESCUE, "Anna Price said she thought she would be there all night.", quote).status is Status.verified
    )
    assert (
        _verify(_RESCUE, "The walker said she thought she would be there all night.", quote).status is Status.verified
    )
    assert _verify(_RESCUE, "Rescuer Tom Hale said he thought he would be there all night.", quote).status is not (
        Status.verified
    )
    kept = (
        "Tarnley Rovers have been relegated.\n\nThe club's chairman, Paul Dane, apologised to fans.\n\n"
        '"We will be back within two years," said the manager, Ines Cole.'
    )
    said = '"We will be back within two years," said the manager, Ines Cole.'
    assert _verify(kept, "Club chairman Paul Dane said they would be back within two years.", said).status is not (
        Status.verified
    )
    assert _verify(kept, "Ines Cole said they would be back within two years.", said).status is Status.verified


def test_what_a_negation_lets_a_prefix_unsays_and_words_that_say_not() -> None:
    club = '"We are not going to let one bad season define this team," said the coach, Ines Cole.'
    _assert_judged(club, "The coach said one bad season would not define the team.", True)
    _assert_judged(club, "Ines Cole said one bad season had defined the team.", False)
    shop = "The council will not allow the market to open on Sundays."
    _assert_judged(shop, "The market will open on Sundays.", False)
    _assert_judged("The trust said the closure of the ward was unavoidable.",
                   "The trust said the closure of the ward could not be avoided.", True)  # fmt: skip
    _assert_judged("The dog was found unharmed in a shed.", "The dog was not hurt.", True)
    _assert_judged("Taxis will be exempt from the charge.", "Taxis will not be covered by the charge.", True)
    care = "Clinics were postponed after a flood, but emergency care was not affected."
    _assert_judged(care, "Emergency care continued as normal.", True)
    _assert_judged(care, "Emergency care was suspended after a flood.", False)
    urgent = "Patients were urged to attend only if their need was urgent."
    _assert_judged(urgent, "Patients were urged to stay away.", False)
    _assert_judged(urgent, "Patients were asked to come in only if their need was urgent.", True)


def test_limits_shares_multiples_and_an_estimate() -> None:
    _assert_judged("A 3-tonne weight limit for lorries will apply on the Eske Bridge from May, the council said.",
                   "Lorries over 3 tonnes will be banned from the Eske Bridge from May.", True)  # fmt: skip
    _assert_judged("Prices rose to 20p.", "Prices rose to over 20p.", False)
    vote = "Nurses voted to strike, with 81% of those who took part backing action."
    _assert_judged(vote, "More than three-quarters of those voting backed a strike.", True)
    _assert_judged(vote, "More than half of those voting backed a strike.", True)
    staff = "Norcom will cut 900 jobs, about a fifth of its workforce."
    _assert_judged(staff, "The cuts are roughly 20% of Norcom's staff.", True)
    _assert_judged(staff, "Norcom will cut 900 jobs, about a third of its workforce.", False)
    _assert_judged("The airport will handle twice as many passengers under the plan.",
                   "The plan will double the airport's passenger numbers.", True)  # fmt: skip
    jobs = "The plant will create an estimated 400 jobs."
    _assert_judged(jobs, "The plant will create exactly 400 jobs.", False)
    _assert_judged(jobs, "The plant is expected to create around 400 jobs.", True)
    drink = "The driver was more than twice the drink-drive limit."
    _assert_judged(drink, "The driver was just over the drink-drive limit.", False)


def test_a_date_waited_for_a_calendar_week_and_a_cause_that_forced_it() -> None:
    _assert_judged("The opening of the Eske tunnel has been postponed until June at the earliest.",
                   "The tunnel's opening has been delayed until June at the earliest.", True, date="2025-01-14")  # fmt: skip
    clinic = "Tarnley Hospital cancelled 120 clinics last week after a flood damaged its main building."
    _assert_judged(clinic, "A flood forced Tarnley Hospital to cancel 120 clinics last week.", True)
    _assert_judged("The council urged residents to leave.", "The council forced residents to leave.", False)


def test_the_one_sacked_a_body_called_by_its_kind_whom_a_sum_goes_back_to_and_no_longer() -> None:
    club = (
        "Tarnley Athletic have sacked their manager, Carl Moss, after eight games without a win. "
        "His assistant, Ian Orr, will take charge on Saturday."
    )
    _assert_judged(club, "Ian Orr has been sacked.", False)
    _assert_judged(club, "Tarnley Athletic have sacked Ian Orr.", False)
    _assert_judged(club, "Tarnley Athletic have sacked Carl Moss.", True)
    _assert_judged(club, "Carl Moss has been dismissed after eight games without a win.", True)
    water = (
        "Eskwater has been told to pay back £12m to customers after missing leakage targets, the regulator Watercom "
        'said. The company said it was "disappointed".'
    )
    _assert_judged(water, "The regulator said it was disappointed with the company.", False)
    _assert_judged(water, "The company said it was disappointed.", True)
    _assert_judged(water, "Eskwater has been told to pay back £12m to the government.", False)
    _assert_judged(water, "Eskwater must pay back £12m to customers.", True)
    school = "Pupils at Fenwick High will no longer have to wear ties from January, the head teacher said."
    _assert_judged(school, "Pupils at Fenwick High will have to wear ties from January.", False)
    _assert_judged(school, "Ties will no longer be compulsory at Fenwick High from January.", True)


def test_a_count_of_its_things_and_a_name_between_a_count_and_its_noun() -> None:
    fined = "Greenmart admitted three hygiene offences after rats were found at two of its stores."
    _assert_judged(fined, "Rats were found at three Greenmart stores.", False)
    _assert_judged(fined, "Rats were found at three of its stores.", False)
    _assert_judged(fined, "Rats were found at two Greenmart stores.", True)
    _assert_judged(fined, "Greenmart admitted three hygiene offences.", True)


def test_no_longer_paying_is_said_of_those_whose_charge_is_scrapped() -> None:
    park = "Eskby Hospital will scrap parking charges for nurses from May, but visitors will still pay £2 an hour."
    _assert_judged(park, "Nurses at Eskby Hospital will no longer pay to park from May.", True)
    _assert_judged(park, "Visitors will no longer pay to park at Eskby Hospital.", False)


def test_a_figure_moved_by_another_thing() -> None:
    trial = "During the trial, bus use rose by 25% and car journeys fell by 9%."
    _assert_judged(trial, "Bus use fell by 9% and car journeys rose by 25%.", False)
    _assert_judged(trial, "Car journeys fell by 9% during the trial.", True)
    _assert_judged("Walking rose by 30% while driving fell by 5%.", "Driving rose by 30%.", False)


def test_round_seventy_readings_tenses_particles_openers_and_slots() -> None:
    pay = "Nurses have been offered a 3% pay rise, below the 5% the unions had asked for. The union said it would put the offer to members."
    _assert_judged(pay, "The union will ask its members about the offer.", True)
    _assert_judged("The council approved the plan on Monday.", "The council will approve the plan.", False)
    road = "The A66 will stay closed for at least three weeks after a landslide; no cars were caught in the slip."
    _assert_judged(road, "No cars were caught up in the landslide.", True)
    _assert_judged(road, "The A66 will be shut for a minimum of three weeks.", True)
    _assert_judged("Fire crews fought the blaze for five hours.", "Firefighters fought the blaze for five hours.", True)
    _assert_judged(
        "Hired e-bikes will be banned from the town centre.",
        "Rental e-bikes will be banned from the town centre.",
        True,
    )
    _assert_judged("A study by Esk University found the same.", "Research by Esk University found the same.", True)
    _assert_judged("A hosepipe ban will be lifted on Monday.", "A hosepipe ban will be introduced on Monday.", False)
    _assert_judged("The film won the top prize.", "The film was named runner-up.", False)
    _assert_judged("Two men armed with a crowbar robbed the shop.", "Two men armed with a gun robbed the shop.", False)
    _assert_judged("The coroner recorded a conclusion of misadventure.",
                   "The coroner recorded a conclusion of suicide.", False)  # fmt: skip
    _assert_judged("Residents had objected to the noise.", "Residents had objected to the smell.", False)
    _assert_judged("The striker has a thigh injury.", "The striker has an ankle injury.", False)
    _assert_judged("A retrial will be held in the autumn.", "A retrial will be held in the spring.", False)
    _assert_judged("The stained glass was saved.", "The stained glass was destroyed.", False)
    phones = "Pupils hand in phones at the start of each school day. He said most parents backed the move."
    _assert_judged(phones, "He said all parents backed the move.", False)
    _assert_judged(phones, "Pupils hand in their phones every school day.", True)


def test_a_body_named_by_its_kind_those_a_rule_leaves_out_and_all_of_a_hyphened_kind() -> None:
    rent = (
        "More than 300 students at Esk University are refusing to pay rent, the students' union said. "
        "The university said the rise reflected higher energy costs."
    )
    _assert_judged(rent, "The students' union said the rise reflected higher energy costs.", False)
    _assert_judged(rent, "The university blamed higher energy costs for the rise.", True)
    theft = (
        "Thieves stole a silver cup from the Esk Gallery overnight, police said. "
        "The gallery, which reopened in May, said its alarm had been faulty."
    )
    _assert_judged(theft, "Police said the gallery's alarm had been faulty.", False)
    _assert_judged(theft, "The gallery said its alarm was faulty.", True)
    bridge = "A weight limit will apply on the Esk Bridge from May; buses will be exempt."
    _assert_judged(bridge, "Buses will be banned from the Esk Bridge from May.", False)
    _assert_judged(
        "Heavy vehicles will be banned; emergency vehicles will be exempt.", "Heavy vehicles will be banned.", True
    )
    scooters = (
        "Tarnley will ban hired e-bikes from the centre, though privately owned bikes are not covered by the ban."
    )
    _assert_judged(scooters, "Tarnley will ban all e-bikes from the centre.", False)
    _assert_judged(scooters, "Privately owned bikes will be banned from the centre.", False)
    _assert_judged(scooters, "Privately owned bikes will not be affected by the ban.", True)


def test_a_body_then_its_name_speaking_a_share_of_those_who_answered_and_a_fired_plant() -> None:
    centre = "Councillors approved a depot in Tarnley, which the developer, Harlow Estates, says will create 90 jobs."
    _assert_judged(centre, "The depot will create 90 jobs, the council said.", False)
    _assert_judged(centre, "Harlow Estates says the depot will create 90 jobs.", True)
    ballot = "Nurses voted to strike, with 64% of those who took part backing action."
    _assert_judged(ballot, "64% of the county's nurses backed a strike.", False)
    _assert_judged(ballot, "64% of those voting backed a strike.", True)
    plant = "The oil-fired plant at Tarnmouth will close in May."
    _assert_judged(plant, "The gas-fired plant at Tarnmouth will close in May.", False)
    _assert_judged(plant, "The Tarnmouth plant will close in May.", True)


def test_round_seventy_five_readings_bounds_written_otherwise_jobs_before_a_name_and_kinds() -> None:
    flights = "The airport will be allowed no more than 3,000 night flights a year, down from 4,200."
    _assert_judged(flights, "Night flights will be capped at 3,000 a year.", True)
    _assert_judged(flights, "The airport will be allowed at least 3,000 night flights a year.", False)
    _assert_judged(
        "Tenants wait an average of four years for a flat.", "Tenants wait at least four years for a flat.", False
    )
    _assert_judged(
        "Tenants wait an average of four years for a flat.", "Tenants wait four years on average for a flat.", True
    )
    _assert_judged(
        "The list has risen to 5,100, up from 4,300 two years ago.", "Two years ago the list had 4,300.", True
    )
    _assert_judged(
        "Officials found that 9 of the signatures were not valid.", "Officials found 9 invalid signatures.", True
    )
    _assert_judged("John Pryce admitted the offence.", "Pryce pleaded guilty.", True)
    _assert_judged(
        "Drivers will pay £3 to cross the new bridge.", "Crossing the new bridge will cost drivers £3.", True
    )
    legacy = "The hospice received £1m from the estate of a former teacher, Ann Lowe, who died last year."
    _assert_judged(legacy, "Ann Lowe, a former doctor, left the hospice £1m.", False)
    _assert_judged(legacy, "Former teacher Ann Lowe left the hospice £1m.", True)
    _assert_judged("Surgeons carried out the first robot-assisted kidney transplant.",
                   "Surgeons carried out the first robot-assisted liver transplant.", False)  # fmt: skip
    _assert_judged("The old lead mine could reopen by 2030.", "The old copper mine could reopen by 2030.", False)
    _assert_judged("The officer suffered a broken jaw.", "The officer suffered a broken arm.", False)
    _assert_judged(
        "The hall was funded mainly by a lottery grant.", "The hall was funded entirely by a lottery grant.", False
    )


def test_an_officer_named_by_whose_they_are_after_a_quotation() -> None:
    body = (
        "Hackers have demanded a ransom from Esk Council.\n\n"
        '"The system failed, and we are sorry," the council\'s chief executive said.'
    )
    quote = '"The system failed, and we are sorry," the council\'s chief executive said.'
    assert _verify(body, "The hackers said the system had failed.", quote).status is not Status.verified
    assert _verify(body, "The chief executive said the system had failed.", quote).status is Status.verified


def test_round_eighty_readings_a_part_of_it_a_year_over_and_what_talks_were_over() -> None:
    gift = "A man who won £4m on the lottery has given half of it to his town."
    _assert_judged(gift, "A £4m lottery winner has given £2m to his town.", True)
    _assert_judged(gift, "A man who won £2m on the lottery has given half of it to his town.", False)
    _assert_judged(
        "The price of bread has risen by 10p to 95p in a year.", "Bread costs 95p, 10p more than a year ago.", True
    )
    _assert_judged(
        "A judge ruled that the council acted unlawfully.", "A judge ruled that the council acted lawfully.", False
    )
    rota = "Nurses will strike after talks over staffing broke down, but emergency care would continue."
    _assert_judged(rota, "Nurses will strike after talks over pay broke down.", False)
    _assert_judged(rota, "Emergency care will be suspended during the strike.", False)
    _assert_judged("Sales rose, driven by exports.", "Sales rose, driven by tourism.", False)
    _assert_judged(
        "The café was closed after failing a hygiene inspection.", "The café passed its hygiene inspection.", False
    )


def test_round_eighty_four_readings_whose_count_which_deed_a_date_is_of_and_an_open_question() -> None:
    _assert_judged(
        "Homes in Esk were without heating on Monday, and portable heating was handed out at a school.",
        "Portable heating was handed out at a school.",
        True,
    )
    bikes = "Officers seized 40 fake mountain bikes and 12 counterfeit scooters."
    _assert_judged(bikes, "Officers seized 40 fake bikes.", True)
    _assert_judged(bikes, "Officers seized 40 fake scooters.", False)
    museum = "The museum, which cost £9m, reopened on Friday, two years after the old building was flooded."
    _assert_judged(museum, "The museum reopened on Friday.", True, date="2025-03-03")
    _assert_judged(museum, "The old building was flooded on Friday.", False, date="2025-03-03")
    _assert_judged(museum, "The museum will reopen on Friday.", False, date="2025-03-03")
    parade = "Organisers will meet on Monday before deciding whether to call off the parade."
    _assert_judged(parade, "The parade may still go ahead.", True)
    _assert_judged(parade, "The parade will go ahead.", False)


def test_round_eighty_six_readings_a_deed_in_anothers_place_and_who_moves_where() -> None:
    singer = "The singer Tom Hale, whose songs sold a million copies, has died aged 71, his family said."
    _assert_judged(singer, "Tom Hale has died aged 71.", True)
    _assert_judged(singer, "Tom Hale has retired aged 71.", False)
    cyclist = "The cyclist, a woman in her 20s, stopped at the scene and called an ambulance."
    _assert_judged(cyclist, "The cyclist stopped at the scene.", True)
    _assert_judged(cyclist, "The cyclist failed to stop at the scene.", False)
    _assert_judged("A boy was hit by a white car in Esk Road.", "A boy was hit by a car.", True)
    _assert_judged("A boy was hit by a white car in Esk Road.", "A boy was hit by a lorry.", False)
    complaints = "Sam Hill has been suspended while the board that runs the club investigates the complaints."
    _assert_judged(complaints, "The police are investigating the complaints.", False)
    clinics = "Clinics at Esk Hospital will be moved to Olby General in May."
    _assert_judged(clinics, "Clinics at Esk Hospital will move to Olby General in May.", True)
    _assert_judged(clinics, "Clinics at Olby General will be moved to Esk Hospital in May.", False)
    _assert_judged(clinics, "Clinics will be moved from Olby General to Esk Hospital.", False)


def test_round_eighty_seven_readings_scrapped_or_cut_and_a_share_of_those_asked() -> None:
    _assert_judged("The mayor said bus fares would be cut.", "The mayor said bus fares would be reduced.", True)
    _assert_judged("The mayor said bus fares would be cut.", "The mayor said bus fares would be scrapped.", False)
    rent = "A third of tenants say they have fallen behind on rent, and one in ten have borrowed money, a poll found."
    _assert_judged(rent, "A third of tenants have fallen behind on rent.", True)
    _assert_judged(rent, "One in ten tenants have borrowed money.", True)
    _assert_judged(rent, "One in ten tenants have fallen behind on rent.", False)
    _assert_judged(rent, "A third of tenants have borrowed money.", False)


def test_round_eighty_eight_readings_what_a_work_is_about_and_a_deed_told_as_what_came_before() -> None:
    poet = "The poet Ann Fry, whose poems about a Welsh mining town won three prizes, has retired."
    _assert_judged(poet, "Ann Fry wrote poems about a mining town.", True)
    _assert_judged(poet, "Ann Fry's poems were about a fishing village.", False)
    launch = "The ferry sailed from Esk on Friday after two earlier sailings were cancelled because of fog."
    _assert_judged(launch, "The ferry sailed from Esk on Friday.", True, date="2025-03-03")
    _assert_judged(launch, "Two sailings were cancelled because of fog.", True, date="2025-03-03")
    _assert_judged(launch, "The sailing was cancelled on Friday because of fog.", False, date="2025-03-03")


def test_round_eighty_nine_readings_counts_without_figures_a_term_left_unsaid_and_a_retirement() -> None:
    geese = "Hundreds of geese were seen on the lake on Sunday."
    _assert_judged(geese, "Hundreds of geese were seen on the lake.", True)
    _assert_judged(geese, "Dozens of geese were seen on the lake.", False)
    terms = "Amy Hart, 29, was jailed for five years and Tom Bell, 33, for four."
    _assert_judged(terms, "Tom Bell was jailed for four years.", True)
    _assert_judged(terms, "Tom Bell was jailed for five years.", False)
    chief = "The head of Esk Fire Service, Sir Tom Lane, will retire in June. His deputy, Ann Cole, may apply."
    _assert_judged(chief, "Sir Tom Lane will retire in June.", True)
    _assert_judged(chief, "Ann Cole will retire in June.", False)


def test_round_ninety_readings_votes_a_target_of_zero_and_what_can_only_come_later() -> None:
    vote = "Councillors voted 30 to 12 to approve the plan, without a local referendum."
    _assert_judged(vote, "Councillors approved the plan by 30 votes to 12.", True)
    _assert_judged(vote, "Councillors voted 30 to 12 against the plan.", False)
    _assert_judged(vote, "There will be a referendum on the plan.", False)
    _assert_judged(
        "Councillors voted 30 to 12 against the plan.", "Councillors rejected the plan by 30 votes to 12.", True
    )
    _assert_judged(
        "Deaths on the roads are above the council's target of zero.",
        "The council's target is for no one to die on the roads.",
        True,
    )
    drug = "Doctors said the drug worked in a small trial, but it would be years before it could be prescribed."
    _assert_judged(drug, "It will be years before the drug can be prescribed.", True)
    _assert_judged(drug, "The drug has been prescribed after a small trial.", False)


def test_round_ninety_one_readings_a_named_count_a_refusal_undone_and_a_rating() -> None:
    prices = (
        "The chain, Valuemart, will cut the price of 400 items, a week after rival Cheapco cut prices on 150 items."
    )
    _assert_judged(prices, "Valuemart will cut prices on 400 items.", True)
    _assert_judged(prices, "Valuemart will cut prices on 150 items.", False)
    appeal = "An inspector has overturned Olby Council's refusal of 90 homes."
    _assert_judged(appeal, "An inspector has approved 90 homes on appeal.", True)
    _assert_judged(appeal, "Olby Council approved 90 homes.", False)
    school = "Esk Academy has been rated inadequate by inspectors."
    _assert_judged(school, "Inspectors rated Esk Academy inadequate.", True)
    _assert_judged(school, "Esk Academy has been rated good.", False)
    _assert_judged("The mayor, Ann Lee, has apologised.", "Ann Lee has refused to apologise.", False)
    _assert_judged("The Olby Prize for poetry was won by Sam Hall.", "Sam Hall won a prize for fiction.", False)
    _assert_judged("The bridge, due to open in 2027, will cost £40m.", "The bridge opened in 2027.", False)
    _assert_judged(
        "Her novel won, beating four other shortlisted books.", "Her novel was one of five shortlisted books.", True
    )


def test_round_ninety_four_readings_what_was_expected_a_penalty_and_a_move_told_the_other_way() -> None:
    prices = "Prices rose by 2% in May. Economists had expected them to fall."
    _assert_judged(prices, "Economists had expected prices to fall.", True)
    _assert_judged(prices, "Economists had expected prices to rise.", False)
    ban = "Sam Ray has been banned for four matches after being sent off for violent conduct."
    _assert_judged(ban, "Sam Ray has been banned for four games.", True)
    _assert_judged(ban, "Sam Ray has been banned for four months.", False)
    _assert_judged(ban, "Sam Ray was sent off for dissent.", False)
    _assert_judged("He was banned for a week.", "He was banned for seven days.", True)
    signing = "Esk United have signed defender Tom Hill on a three-year deal from Olby Town."
    _assert_judged(signing, "Esk United have signed Tom Hill from Olby Town.", True)
    _assert_judged(signing, "Olby Town have signed Tom Hill from Esk United.", False)


def test_round_ninety_five_readings_a_body_by_its_kind_officers_and_not_before() -> None:
    sales = "Sales at Marlow Stores fell 2% over Christmas, but the chain said profits would rise."
    _assert_judged(sales, "Marlow said profits would rise.", True)
    escape = "Police are hunting a man who escaped from a van. Officers said he should not be approached."
    _assert_judged(escape, "Police said he should not be approached.", True)
    works = "Nesting birds have delayed the roadworks until at least August, the council said."
    _assert_judged(works, "The roadworks will not start before August.", True)
    _assert_judged(works, "The roadworks will not go ahead.", False)
    _assert_judged("The new bridge has been given the go-ahead.", "The new bridge has been rejected.", False)
    _assert_judged("The mayor survived a vote of no confidence.", "The mayor lost a vote of no confidence.", False)
    _assert_judged("Forecasters issued three flood warnings.", "Forecasters lifted three flood warnings.", False)


def test_round_ninety_nine_readings_moves_between_plain_things_budgets_and_what_caused_a_closure() -> None:
    market = "The market will move from the town square to the old bus station in May."
    _assert_judged(market, "The market will move to the old bus station in May.", True)
    _assert_judged(market, "The market will move from the bus station to the town square.", False)
    _assert_judged("Collections will change from weekly to monthly.", "Collections will change from monthly to weekly.",
                   False)  # fmt: skip
    road = "The new road, which opened a year late and £9m over budget, has cut journeys by five minutes."
    _assert_judged(road, "The new road opened a year late.", True)
    _assert_judged(road, "The new road opened on time.", False)
    _assert_judged(road, "The new road came in under budget.", False)
    _assert_judged("All 12 staff will keep their jobs.", "The 12 staff will lose their jobs.", False)
    _assert_judged("The change will save £2m a year.", "The change will cost £2m a year.", False)
    rail = "Trains are cancelled after a landslip closed the line near Esk."
    _assert_judged(rail, "A landslide closed the line near Esk.", True)
    _assert_judged(rail, "A flood closed the line near Esk.", False)
    cafe = "A café owner has been fined £2,000 after mice were found during an inspection."
    _assert_judged(cafe, "A café owner was fined £2,000.", True)
    _assert_judged(cafe, "An inspector was fined £2,000.", False)
    _assert_judged(cafe, "Inspectors found mice at the café.", True)


def test_round_one_hundred_and_four_readings_hopes_births_pints_shares_and_too_much_to() -> None:
    port = "The port said it hoped to reopen by Friday after the storm."
    _assert_judged(port, "The port hopes to reopen by Friday.", True)
    _assert_judged(port, "The port will reopen on Friday.", False)
    zoo = "Three lion cubs have been born at Esk Zoo."
    _assert_judged(zoo, "Three lion cubs were born at Esk Zoo.", True)
    _assert_judged(zoo, "Three lion cubs have died at Esk Zoo.", False)
    _assert_judged("Beer will cost 20p a pint more.", "Beer will cost 20p a litre more.", False)
    otters = "Otter numbers have fallen by up to two-thirds since 1990."
    _assert_judged(otters, "Otter numbers have fallen by up to a third since 1990.", False)
    waits = "Waits of over a year have fallen below 5,000 for the first time."
    _assert_judged(waits, "Fewer than 5,000 people have waited over a year.", True)
    moon = "Scientists say the moon is too cold to support life."
    _assert_judged(moon, "Scientists say the moon could support life.", False)
    _assert_judged(moon, "The moon cannot support life, scientists say.", True)
    _assert_judged(moon, "Scientists say the moon is too cold to support life.", True)
    _assert_judged("He too wanted to leave early.", "He wanted to leave early.", True)


def test_round_one_hundred_and_four_readings_who_did_it_after_a_relative_an_age_or_a_title() -> None:
    race = "Champion Ana Bell was beaten in the 1500m final by 20-year-old Kay Ross, who set a meeting record."
    _assert_judged(race, "Kay Ross beat Ana Bell in the 1500m final.", True)
    _assert_judged(race, "Ana Bell beat Kay Ross in the 1500m final.", False)
    _assert_judged(race, "Kay Ross set a meeting record.", True)
    _assert_judged(race, "Ana Bell set a meeting record.", False)
    club = "Esk City have sacked manager Dan Cole. Coach Ray Finn will take charge on Saturday."
    _assert_judged(club, "Esk City sacked Dan Cole.", True)
    _assert_judged(club, "Esk City sacked Ray Finn.", False)
    _assert_judged(club, "Ray Finn has been sacked.", False)
    _assert_judged("Esk City have signed striker Jo Hale.", "Jo Hale has signed for Esk City.", True)
    pier = "The trust, which owned the pier, said it accepted the report in full."
    _assert_judged(pier, "The trust owned the pier.", True)
    _assert_judged(pier, "The council owned the pier.", False)
    _assert_judged("Labour lost overall control of the council.", "Labour kept overall control.", False)
    _assert_judged("Berg has signed a new two-year contract with Esk City.", "Berg agreed a new deal with Esk City.",
                   True)  # fmt: skip


def test_round_one_hundred_and_four_readings_groups_that_speak_and_police_ranks() -> None:
    bread = "Bread prices in shops will rise next month, after bakers said flour had doubled in price."
    _assert_judged(bread, "Bakers said flour had doubled in price.", True)
    _assert_judged(bread, "Shops said flour had doubled in price.", False)
    _assert_judged(bread, "Jones said flour had doubled in price.", False)
    flats = "Tenant Jo Ames said people had reported damp for years."
    _assert_judged(flats, "Tenants said people had reported damp for years.", True)
    death = "Detective Inspector Ray Holt said the man was believed to have known his attacker."
    _assert_judged(death, "Police believe the man knew his attacker.", True)
    _assert_judged(death, "The man knew his attacker.", False)


def test_round_one_hundred_and_four_readings_a_description_the_article_gives_another_and_what_was_expected() -> None:
    body = (
        "A landlord has been fined after a tenant was hurt by a falling ceiling.\n\n"
        "The court heard that the flat's owner, Neil Cross, had been warned twice. He told the court he was sorry."
    )
    said = "He told the court he was sorry."
    for claim, verified in (
        ("Neil Cross told the court he was sorry.", True),
        ("The owner told the court he was sorry.", True),
        ("The tenant told the court he was sorry.", False),
    ):
        card = Card(article="x", kind=Kind.statement, claim=claim, evidence=[Evidence(quote=said)])
        judged = verify_cards([card], [Article(id="x", body=body)])[0]
        assert (judged.status is Status.verified) is verified, (claim, judged.reasons)
    growth = "Output grew by 0.4% in May. Economists had expected no change."
    _assert_judged(growth, "Economists had expected no change in output.", True)
    _assert_judged(growth, "Economists had expected output to fall.", False)
    _assert_judged("The airline has been stripped of its licence.", "The airline has been awarded a licence.", False)


def test_round_one_hundred_and_twelve_readings_shares_counted_ones_sides_and_what_must_be_done() -> None:
    poll = "A poll of 1,500 parents found that three in four support a ban on phones in schools."
    _assert_judged(poll, "Three in four parents support a ban on phones in schools.", True)
    _assert_judged(poll, "Three in four parents oppose a ban on phones in schools.", False)
    lamps = "The council will cut the number of lamps switched on after 1am by a third."
    _assert_judged(lamps, "The council will switch off a third of its lamps after 1am.", True)
    board = "The board said Ian Cole, 58, former head of Esk High, had misled inspectors."
    _assert_judged(board, "Ian Cole is the former head of Esk High.", True)
    _assert_judged(board, "Ian Cole is the current head of Esk High.", False)
    final = "Esk's women beat Olby 3-1 in the final."
    _assert_judged(final, "Esk beat Olby 3-1 in the final.", True)
    _assert_judged(final, "Olby beat Esk 3-1 in the final.", False)
    merger = "Halden will buy Corvo, but the competition regulator must approve the deal."
    _assert_judged(merger, "The competition regulator must approve the deal.", True)
    _assert_judged(merger, "The competition regulator has approved the deal.", False)


def test_round_one_hundred_and_twelve_readings_permission_schools_games_and_a_reason_given_while_refusing() -> None:
    plans = "Esk council has refused permission for a 30-storey tower, saying it would spoil the skyline."
    _assert_judged(plans, "The council granted permission for a 30-storey tower.", False)
    _assert_judged(plans, "The council said the tower would spoil the skyline.", True)
    both = plans[:-1] + ", but the developer says it will appeal."
    _assert_judged(both, "The council said the tower would spoil the skyline.", True)
    _assert_judged(both, "The council says it will appeal.", False)
    _assert_judged("Meals will be free at the town's 12 primary schools.", "Meals will be free at 12 secondary schools.",
                   False)  # fmt: skip
    _assert_judged(
        "Esk Rovers host Olby Town on Saturday.", "Esk Rovers will play against Olby Town on Saturday.", True
    )


def test_round_one_hundred_and_twenty_readings_years_clock_times_kin_and_those_among() -> None:
    planes = "Flights rose 12% to 80,000 last year, but are still below the 95,000 of 2019."
    _assert_judged(planes, "Flights are still below 2019 levels.", True)
    _assert_judged(planes, "Flights are above 2019 levels.", False)
    storm = "A yellow warning for rain runs from 9pm on Sunday."
    _assert_judged(storm, "The warning starts at 9pm on Sunday.", True)
    _assert_judged("Turnout was 38%, down from 45% four years ago.", "Turnout was 45%.", False)
    gift = "A man who won £1m has given half to the hospice where his son was cared for."
    _assert_judged(gift, "His son was cared for at the hospice.", True)
    _assert_judged(gift, "His daughter was cared for at the hospice.", False)
    _assert_judged("She climbed the peak with her father, Ian.", "She climbed the peak with her mother.", False)
    _assert_judged("Ian Hale said his daughter was awake.", "Her father, Ian Hale, said she was awake.", True)
    roads = "Road deaths fell last year, though deaths among cyclists rose by 4%."
    _assert_judged(roads, "Deaths among cyclists rose by 4%.", True)
    _assert_judged(roads, "Deaths among pedestrians rose by 4%.", False)
    help_ = "Demand rose by a third, with half of those helped in work."
    _assert_judged(help_, "Half of those helped are in work.", True)
    _assert_judged(help_, "Half of those helped are out of work.", False)
    _assert_judged("The jobless rate fell to 4.1%.", "The jobless rate dropped to 4.1%.", True)


def test_round_one_hundred_and_twenty_five_readings_parties_of_common_nouns() -> None:
    rescue = "A six-year-old girl was rescued by a lifeguard after being swept out to sea on an inflatable unicorn."
    _assert_judged(rescue, "A lifeguard rescued the girl.", True)
    _assert_judged(rescue, "A six-year-old girl rescued a lifeguard.", False)  # the parties crossed
    _assert_judged(rescue, "The girl was swept out to sea on a surfboard.", False)  # another place, said nowhere
    verdicts = "Ben Cole, 19, was jailed for six years, while his passenger was cleared."
    _assert_judged(verdicts, "Ben Cole was jailed for six years.", True)
    _assert_judged(verdicts, "Ben Cole was cleared.", False)  # the passenger's verdict
    _assert_judged(verdicts, "Ben Cole's passenger was jailed for six years.", False)
    drug = (
        "The drug, made by Vantis, cut the risk of a second heart attack by a quarter, but raised the risk of bleeding."
    )
    _assert_judged(drug, "The drug cut the risk of a second heart attack.", True)
    _assert_judged(drug, "The drug cut the risk of bleeding.", False)
    # Told in other words, the same one: "the pay offer improves" is what the airline does to it.
    _assert_judged(
        "Pilots will strike unless the airline improves its pay offer.",
        "Pilots will strike unless the pay offer improves.",
        True,
    )


def test_round_one_hundred_and_twenty_five_readings_hedges_counts_left_dates_and_speakers() -> None:
    sales = "Home sales fell for a third month in a row and could fall further if rates rise, agents warned."
    _assert_judged(sales, "Home sales fell for a third month in a row.", True)
    _assert_judged(sales, "Home sales will fall further.", False)
    bank = "The bank will close 45 branches next year, leaving 120, it said."
    _assert_judged(bank, "The bank will have 120 branches left.", True)
    _assert_judged(bank, "The bank will have 45 branches left.", False)
    veto = "The president vetoed a bill that would have allowed shops to open on Sundays."
    _assert_judged(veto, "The president vetoed the Sunday trading bill.", True)
    _assert_judged(veto, "The president signed the Sunday trading bill.", False)
    rates = "The central bank left rates unchanged at 3.5% but signalled it could cut them next year."
    _assert_judged(rates, "The bank signalled it could cut rates next year.", True)
    _assert_judged(rates, "The bank signalled it could raise rates next year.", False)
    festival = "About 80,000 people attended over the three days, up from 65,000 last year."
    _assert_judged(festival, "Attendance was up from 65,000 last year.", True)
    ban = "Harlow council is considering a ban on new fast food outlets near schools."
    _assert_judged(ban, "Harlow council has banned new fast food outlets near schools.", False)
    _assert_judged(ban, "The proposed ban covers fast food outlets near schools.", True)
    _assert_judged("Alan Reed, 81, has died, his family said.", "The government said Alan Reed had died.", False)
    _assert_judged("Alan Reed, 81, has died, his family said.", "Alan Reed has died, his family said.", True)
    webb = 'Liz Webb said the charity had been "let down" by the council.'
    _assert_judged(webb, "The council said the charity had been let down.", False)
    _assert_judged(webb, "Liz Webb said the charity had been let down by the council.", True)
    _assert_judged(
        "Alan Reed led the talks to join the trade bloc.", "Alan Reed led talks to leave the trade bloc.", False
    )


def test_round_one_hundred_and_thirty_five_readings_things_of_one_kind_and_who_says_which_part() -> None:
    dogs = "A man has been banned from keeping animals after 14 neglected dogs were found at his home."
    _assert_judged(dogs, "14 neglected dogs were found at his home.", True)
    _assert_judged(dogs, "14 neglected cats were found at his home.", False)  # another animal, beside the same word
    _assert_judged("The drug was linked to liver damage.", "The drug was linked to heart damage.", False)
    _assert_judged("A month's worth of rain fell in 24 hours.", "A month's rainfall fell in 24 hours.", True)
    cuts = 'Sam Reid said the cuts were "painful but necessary", while union leader Ann Cole called them "a betrayal".'
    _assert_judged(cuts, "Ann Cole called the cuts a betrayal.", True)
    _assert_judged(cuts, "Sam Reid called the cuts a betrayal.", False)
    nurses = (
        "About 2,000 nurses will be recruited, the health service said, though unions warned it was a short-term fix."
    )
    _assert_judged(nurses, "Unions warned it was only a short-term fix.", True)
    _assert_judged(nurses, "The health service warned it was a short-term fix.", False)
    shop = '"We have been forgotten," said Jon Pike, who has run the village shop for 30 years.'
    _assert_judged(shop, "The shopkeeper said they had been forgotten.", True)  # what he does is what he is called
    report = (
        'A spokesman for the ministry said the report was "deeply flawed", but its authors stood by their findings.'
    )
    _assert_judged(report, "The report's authors said it was deeply flawed.", False)
    hume = 'The council leader, Pat Hume, admitted the scheme had been "badly handled".'
    _assert_judged(hume, "Opposition leader Dan Wells admitted the scheme had been badly handled.", False)
    _assert_judged("The company admitted seven charges in court.", "The company admitted seven charges.", True)


def test_round_one_hundred_and_thirty_five_readings_spans_since_savings_and_shares_on_re_election() -> None:
    bridge = "The bridge will reopen on Friday, four months after it was closed when cracks were found."
    _assert_judged(bridge, "The bridge was closed four months ago after cracks were found.", True)
    cap = "The regulator will cut the price cap by 7%, saving the average household about £120 a year."
    _assert_judged(cap, "The average household will save about £120 a year.", True)
    vote = "Ian Cross was re-elected with 54% of the vote, beating Lucy Hart, who won 31%."
    _assert_judged(vote, "Ian Cross won 54% of the vote.", True)
    _assert_judged(vote, "Lucy Hart won 54% of the vote.", False)


def test_round_one_hundred_and_forty_five_readings_who_spoke_who_won_and_who_got_what() -> None:
    body = (
        "A recycling plant at Fenn Wharf has been approved.\n\n"
        'Campaign group Clear Skies said it was "appalled" by the decision. The council leader, Joan Bright, '
        "declined to comment."
    )
    cited = body.split("\n\n")[1]
    assert _verify(body, "The council leader welcomed the decision.", cited).status is not Status.verified
    assert _verify(body, "Joan Bright declined to comment.", cited).status is Status.verified
    court = (
        "The builder was fined £900,000 after a labourer fell from scaffolding.\n\n"
        "Judge Ruth Lane said the firm had cut corners. Defending, Mark Hale said the firm had since hired a "
        "safety officer."
    )
    said = court.split("\n\n")[1]
    assert _verify(court, "Mark Hale said the firm had since hired a safety officer.", said).status is Status.verified
    assert _verify(court, "Ruth Lane said the firm had since hired a safety officer.", said).status is not (
        Status.verified
    )
    final = "Mia Kent lost the men's doubles final to second seed Ola Berg 7-5 6-2 in Harwich on Sunday."
    _assert_judged(final, "Ola Berg, the second seed, won the final.", True)  # told of the one who lost to her
    _assert_judged(final, "Mia Kent, the second seed, won the final.", False)
    strike = "The strike cost the port about £2m a day, according to its owners, though the union put the figure at £500,000."
    _assert_judged(strike, "The union put the cost at £500,000 a day.", True)  # the rate of the figure it answers
    _assert_judged(strike, "The union put the cost at £500,000 a week.", False)
    bribes = (
        "A planning officer who took £30,000 from developers was jailed for two years; the three developers who "
        "paid him were given community orders."
    )
    _assert_judged(bribes, "The three developers were jailed for two years.", False)
    _assert_judged(bribes, "The planning officer was given a community order.", False)
    _assert_judged(bribes, "The three developers were given community orders.", True)
    gift = "A Calder woman who won £1m on the lottery has given half of it to the charity that nursed her son."
    _assert_judged(gift, "The charity gave £1m to the woman.", False)
    _assert_judged(gift, "A Calder woman gave half of her £1m win to a charity.", True)
    routes = "A third of the town's bus routes will be cut from May, the operator said, blaming a shortage of drivers."
    _assert_judged(routes, "Drivers blamed the operator.", False)
    _assert_judged(routes, "The operator blamed a shortage of drivers.", True)


def test_round_one_hundred_and_forty_five_readings_conditions_plans_stopped_and_causes() -> None:
    ward = "The theatre will close next spring unless it can raise £300,000, its director said."
    _assert_judged(ward, "The theatre has raised £300,000.", False)  # the condition told as met
    _assert_judged(ward, "The theatre will close unless it can raise £300,000.", True)
    rates = "The bank held rates at 3% and said it would cut them if inflation kept falling."
    _assert_judged(rates, "The bank kept rates at 3%.", True)  # another's deed in the condition
    name = "The mayor has vetoed a plan to rename Mill Lane after a local poet, which councillors backed in May."
    _assert_judged(name, "Mill Lane will be renamed after a local poet.", False)
    _assert_judged(name, "The mayor vetoed a plan to rename Mill Lane.", True)
    post = (
        "Residents have won their fight to keep a library in Holt after the council reversed its decision to close it."
    )
    _assert_judged(post, "The council closed the library in Holt.", False)
    _assert_judged(post, "The council reversed its decision to keep the library.", False)
    late = "The audit, due in May, has been delayed until the winter because of the number of files, the auditor said."
    _assert_judged(late, "The audit has been delayed because the auditor is ill.", False)
    flights = "About 800 flights were cancelled on Monday after a fault in a radar system, which was fixed by noon."
    _assert_judged(flights, "The flights were cancelled because of a strike.", False)
    _assert_judged(flights, "About 800 flights were cancelled on Monday.", True)


def test_round_one_hundred_and_forty_five_readings_shares_counts_comparisons_and_without() -> None:
    pills = "The pill cut the risk of a stroke by 25% in a trial of 4,000 people, but caused dizziness in one in 40."
    _assert_judged(pills, "The pill caused dizziness in one in four people.", False)  # 25% was the risk's fall
    _assert_judged(pills, "The pill cut the risk of a stroke by a quarter.", True)
    homes = "Only one in four new flats built in Calder last year was classed as social housing, against a target of one in two."
    _assert_judged(homes, "The target was one in four.", False)
    _assert_judged(homes, "Most new flats built in Calder last year were social housing.", False)
    _assert_judged(homes, "One in four new flats built in Calder last year was social housing.", True)
    cases = (
        "The outbreak is thought to have begun at a school in Arle, where 12 pupils have fallen ill, officials said."
    )
    _assert_judged(cases, "12 teachers have fallen ill.", False)
    _assert_judged(cases, "The outbreak began at a school in Arle.", False)  # only thought so
    _assert_judged(cases, "12 people have fallen ill.", True)
    power = "Solar power generated more of the island's electricity than oil last year, at 40% against 35%."
    _assert_judged(power, "Oil generated more electricity than solar last year.", False)
    _assert_judged(power, "Solar generated more of the island's electricity than oil last year.", True)
    run = "The club sacked its coach, Ed Marsh, after a run of eight games without a win."
    _assert_judged(run, "The club sacked Ed Marsh after eight straight wins.", False)
    _assert_judged(run, "The club sacked Ed Marsh after eight games without a win.", True)
    seal = "A seal stranded on Gull Sands was refloated by volunteers on the morning tide."
    _assert_judged(seal, "Volunteers failed to refloat the seal.", False)
    fares = "Tickets for the show sold out in 20 minutes, twice as fast as last year, its organisers said."
    _assert_judged(fares, "Tickets sold out half as fast as last year.", False)
    rail = "The minister was accused of betrayal after she scrapped the northern leg of the tram line."
    _assert_judged(rail, "The minister scrapped the southern leg of the tram line.", False)
    _assert_judged(rail, "The minister built the northern leg of the tram line.", False)
    bridge = (
        "The pier will be closed to the public for a month while repairs are made, though anglers can still use it."
    )
    _assert_judged(bridge, "The pier will be closed to anglers.", False)
    storm = "Heavy snow is expected to bring disruption to parts of the north on Friday, forecasters said."
    _assert_judged(storm, "Parts of the north were disrupted on Friday.", False)


def test_round_one_hundred_and_forty_five_readings_what_a_speaker_said_and_what_they_lost() -> None:
    body = (
        "A new bus route between Hale and Orme will start in May, the operator said.\n\n"
        "Managing director Ian Shaw said the route would cut journeys by 20 minutes.\n\n"
        "The parish council said it was worried about parking."
    )
    cited = body.split("\n\n")[1]
    # what the speaker is claimed to have said is what must be in the evidence, the verb of saying aside
    assert _verify(body, "Ian Shaw said he was worried about parking.", cited).status is not Status.verified
    assert _verify(body, "The parish council said the route would cut journeys by 20 minutes.", cited).status is not (
        Status.verified
    )  # a body the article has say other things
    assert _verify(body, "Ian Shaw said the route would cut journeys by 20 minutes.", cited).status is Status.verified
    pay = "The state has agreed to pay £30m to 600 former dockers who lost their pensions when the port was sold."
    _assert_judged(pay, "The dockers lost their jobs when the port was sold.", False)
    _assert_judged(pay, "The dockers lost their pensions when the port was sold.", True)
    _assert_judged(
        "The club agreed to sell its former ground for £4m.", "The club will sell its old ground for £4m.", True
    )


def test_round_one_hundred_and_forty_five_readings_a_first_time_told_as_long_so() -> None:
    solar = "Solar panels supplied more of the town's power than coal for the first time this summer."
    _assert_judged(solar, "Solar has supplied more power than coal for years.", False)
    _assert_judged(solar, "Solar panels supplied more of the town's power than coal this summer.", True)


def test_round_one_hundred_and_forty_five_readings_an_object_relatives_doer_given_the_other_deed() -> None:
    plan = "The mayor has blocked a plan to close the market hall, which councillors backed in June."
    _assert_judged(plan, "Councillors blocked the plan.", False)
    _assert_judged(plan, "The mayor blocked a plan to close the market hall.", True)


def test_round_one_hundred_and_forty_five_readings_called_off_against_still_to_happen() -> None:
    port = "Dockers at Fenn Harbour turned down the pay offer and will strike for three days from Monday."
    _assert_judged(port, "The dockers called off the strike.", False)
    _assert_judged(port, "The dockers will strike for three days from Monday.", True)


def test_round_one_hundred_and_fifty_five_readings_who_did_it_for_whom_and_which_body() -> None:
    # "for" joins two sides only of a deal or a team: one lobbying for another is no deed done together
    lobby = "Councillor Ruth Vane lobbied for Hartwell Homes before the vote."
    _assert_judged(lobby, "Hartwell Homes lobbied for Ruth Vane.", False)
    _assert_judged(lobby, "Ruth Vane lobbied for Hartwell Homes.", True)
    # a body the evidence names by its noun does the deed, not a name the sentence gives it later
    library = "The council will close Orme library after councillor Tom Reed said it cost too much to run."
    _assert_judged(library, "Tom Reed will close Orme library.", False)
    _assert_judged(library, "The council will close Orme library.", True)
    scanner = "The charity bought the new scanner for the hospital."
    _assert_judged(scanner, "The hospital bought the new scanner.", False)
    _assert_judged(scanner, "The charity bought the new scanner.", True)
    # ... but "the company" may be the one named before it
    fine = "Lode Water was fined £2m; the judge said the company had shown contempt for the river."
    _assert_judged(fine, "The judge said Lode Water had shown contempt for the river.", True)


def test_round_one_hundred_and_fifty_five_readings_a_deed_done_to_anothers_thing_and_kinds() -> None:
    budget = "The council will double its spending on road repairs, paid for by cutting its parks budget by a fifth."
    _assert_judged(budget, "The council will double its parks budget.", False)
    _assert_judged(budget, "The council will cut its parks budget by a fifth.", True)
    ministry = "The toll from the floods has risen to 48, the interior ministry said."
    _assert_judged(ministry, "The toll has risen to 48, the health ministry said.", False)
    _assert_judged(ministry, "The toll has risen to 48, the interior ministry said.", True)
    prize = "Dr Lena Moss won the prize for her work on measles vaccines."
    _assert_judged(prize, "Lena Moss won the prize for her work on polio vaccines.", False)
    _assert_judged(prize, "Lena Moss won the prize for her work on measles vaccines.", True)
    shared = "Professor Ann Lee of Carrow University shared the medal with Dr Karl Berg of Uppsala."
    _assert_judged(shared, "Karl Berg works at Carrow University.", False)
    _assert_judged(shared, "Karl Berg of Uppsala shared the medal.", True)


def test_round_one_hundred_and_fifty_five_readings_opposites_of_the_lexicon() -> None:
    route = "The airline will drop the Leeds route, which had lost money for three years."
    _assert_judged(route, "The Leeds route had made money for three years.", False)
    _assert_judged(route, "The Leeds route had lost money for three years.", True)
    head = "The head of Orme Academy has been suspended while the trust investigates."
    _assert_judged(head, "The head of Orme Academy has been sacked.", False)
    ages = "The change will hit people now in their early fifties."
    _assert_judged(ages, "The change will hit people now in their early forties.", False)
    _assert_judged(ages, "The change will hit people now in their early fifties.", True)
    dose = "Tests found some bottles held twice the stated dose."
    _assert_judged(dose, "Some bottles held half the stated dose.", False)
    _assert_judged(
        "Cases rose in the first half of the year, to three times last year's.",
        "Cases rose in the first half of the year.",
        True,
    )
    water = "The reservoirs are at 61% of capacity after a dry spring."
    _assert_judged(water, "The reservoirs are 61% empty.", False)
    _assert_judged(water, "The reservoirs are at 61% of capacity.", True)


def test_round_one_hundred_and_fifty_five_readings_negations_some_of_them_and_warnings() -> None:
    launch = "Both satellites reached orbit after the launch, the agency said."
    _assert_judged(launch, "One of the satellites failed to reach orbit.", False)
    climb = "Two of the climbers reached the summit; the third turned back."
    _assert_judged(climb, "One of the climbers failed to reach the summit.", True)
    bank = "The bank cut rates, but its governor warned against expecting rapid further cuts."
    _assert_judged(bank, "The governor said rapid further cuts were expected.", False)
    _assert_judged(bank, "The governor said rapid further cuts should not be expected.", True)
    coffee = "Coffee drinkers were 12% less likely to develop heart disease than those who drank none, a study found."
    _assert_judged(coffee, "Coffee drinkers were 12% less likely to develop heart disease, a study found.", True)


def test_round_one_hundred_and_fifty_five_readings_all_of_a_share_places_and_two_sayings() -> None:
    deal = "The deal will remove tariffs on 95% of goods within seven years."
    _assert_judged(deal, "The deal will remove tariffs on all goods.", False)
    _assert_judged(deal, "The deal will remove tariffs on 95% of goods.", True)
    dig = "Archaeologists digging before a new road near Hatton have found a Roman bath house."
    _assert_judged(dig, "Archaeologists have found a Roman bath house near Hatton.", True)
    plant = "Staff will strike from Monday, the Unite union said, but managers said the plant would keep running."
    _assert_judged(plant, "The union said the plant would keep running.", False)
    _assert_judged(plant, "The union said staff would strike from Monday.", True)
    _assert_judged(plant, "Managers said the plant would keep running.", True)


def test_round_one_hundred_and_fifty_five_readings_tolls_without_a_verb_a_years_share_and_a_trial() -> None:
    quake = "The toll has risen to 212, with more than 1,400 people injured and dozens still missing."
    _assert_judged(quake, "More than 1,400 people are still missing.", False)
    _assert_judged(quake, "More than 1,400 people were injured.", True)
    bins = "Households recycled 47% of their rubbish last year, up from 44% the year before."
    _assert_judged(bins, "Households recycled 44% of their rubbish last year.", False)
    _assert_judged(bins, "Households recycled 47% of their rubbish last year.", True)
    fraud = "Victor Hale, who fled to Spain while on trial for fraud, has been extradited."
    _assert_judged(fraud, "Victor Hale has been convicted of fraud.", False)
    _assert_judged(fraud, "Victor Hale fled to Spain while on trial for fraud.", True)


def test_round_one_hundred_and_fifty_five_readings_whom_a_deed_is_from_and_what_it_runs_into() -> None:
    trust = "The trust is investigating complaints from parents."
    _assert_judged(trust, "Parents are investigating complaints from the trust.", False)
    _assert_judged(trust, "The trust is investigating complaints from parents.", True)
    van = "A stolen van crashed into a bus shelter in Fenn Street."
    _assert_judged(van, "A bus shelter crashed into a stolen van.", False)
    _assert_judged(van, "Police crashed into a stolen van.", False)
    _assert_judged(van, "The stolen van crashed into a bus shelter.", True)


def test_round_one_hundred_and_sixty_five_readings_dates_deeds_and_who_did_them() -> None:
    # "near" is a link, not a deed that would take the date from "overturned"
    bus = "Nine pupils were hurt after a coach overturned near Felby on Monday morning, police said."
    _assert_judged(bus, "The coach overturned on January 13.", True, date="2025-01-14")
    _assert_judged(bus, "The coach overturned on January 12.", False, date="2025-01-14")
    fire = "No one was hurt and the fire was put out by the crew, the coastguard said."
    _assert_judged(fire, "The crew put out the fire.", True)
    _assert_judged(fire, "The fire put out the crew.", False)
    chess = "Ilya Renko won the title in Dubai, beating the defending champion, Tomas Berg of Estavia."
    _assert_judged(chess, "Tomas Berg won the title.", False)
    _assert_judged(chess, "Ilya Renko won the title.", True)
    speaker = "The assembly elected Joan Petrie as Speaker after the previous Speaker, Hal Drew, stood down."
    _assert_judged(speaker, "Joan Petrie stood down as Speaker.", False)
    _assert_judged(speaker, "Hal Drew stood down.", True)
    rescue = "Firefighters pulled a spaniel from the river; its owner, who had waded in after it, was treated for cold."
    _assert_judged(rescue, "The dog's owner pulled the spaniel from the river.", False)
    _assert_judged(rescue, "Firefighters pulled a spaniel from the river.", True)


def test_round_one_hundred_and_sixty_five_readings_opposites_relatives_sums_and_shares() -> None:
    court = "The Court of Appeal quashed Dan Price's conviction and ordered a retrial."
    _assert_judged(court, "The Court of Appeal upheld Dan Price's conviction.", False)
    bill = "A bill to cap holiday lets cleared its first vote on Tuesday."
    _assert_judged(bill, "The bill was defeated in its first vote.", False)
    cricket = "Leah Marsh hit an unbeaten 132 as Norland won by six wickets."
    _assert_judged(cricket, "Leah Marsh was out for 132.", False)
    _assert_judged(cricket, "Leah Marsh hit an unbeaten 132.", True)
    runway = (
        "The government approved a new runway at Olby airport, overruling the planning inspector, who had "
        "recommended refusal on noise grounds."
    )
    _assert_judged(runway, "The government rejected the new runway.", False)
    _assert_judged(runway, "The planning inspector had recommended refusal on noise grounds.", True)
    lottery = "A syndicate of 12 drivers has won £4.2m on the lottery, meaning each will receive £350,000."
    _assert_judged(lottery, "Each member will receive £4.2m.", False)
    _assert_judged(lottery, "Each member will receive £350,000.", True)
    vote = "Members will strike after 88% of those who voted backed action, on a turnout of 61%."
    _assert_judged(vote, "61% of those who voted backed action.", False)
    _assert_judged(vote, "88% of those who voted backed action.", True)


def test_round_one_hundred_and_sixty_five_readings_what_may_be_done_and_what_was_named() -> None:
    veto = "The mayor vetoed the budget; the council can override her with a two-thirds majority."
    _assert_judged(veto, "The council has overridden the veto.", False)
    _assert_judged(veto, "The council can override the veto with a two-thirds majority.", True)
    smoke = "Forecasters advised people to stay indoors if the air quality worsens."
    _assert_judged(smoke, "Forecasters said the air quality had worsened.", False)
    blame = "Pollution broke limits on 38 days, and the council said traffic was mostly to blame."
    _assert_judged(blame, "The council said factories were mostly to blame.", False)
    _assert_judged(blame, "The council said traffic was largely to blame.", True)
    prize = "The Salt Road won best film at the festival, and its star, Mira Dal, was named best actress."
    _assert_judged(prize, "Mira Dal was named best director.", False)
    _assert_judged(prize, "Mira Dal was named best actress.", True)
    bones = "A nearly complete skeleton of a plant-eating dinosaur will go on display in March."
    _assert_judged(bones, "The skeleton is of a meat-eating dinosaur.", False)
    _assert_judged(bones, "The skeleton is of a plant-eating dinosaur.", True)


def test_round_one_hundred_and_sixty_five_readings_what_was_not_lost_or_could_not_be_done() -> None:
    bank = (
        "Customers of Harbour Bank were unable to use its app or make card payments for six hours; the bank said "
        "no money had been lost."
    )
    _assert_judged(bank, "Customers lost money during the outage.", False)
    _assert_judged(bank, "Customers could still make card payments.", False)
    _assert_judged(bank, "Customers could still use the app.", False)
    _assert_judged(bank, "The bank said no money had been lost.", True)
    _assert_judged("Thousands of homes were without power after the storm.", "Thousands of homes lost power.", True)


def test_round_one_hundred_and_sixty_five_readings_a_change_of_one_thing_given_another() -> None:
    results = "Hallway Foods reported a 12% rise in half-year profit and raised its dividend by 5%."
    _assert_judged(results, "Hallway Foods raised its dividend by 12%.", False)
    _assert_judged(results, "Hallway Foods reported a 5% rise in half-year profit.", False)
    _assert_judged(results, "Hallway Foods raised its dividend by 5%.", True)
    _assert_judged(results, "Hallway Foods reported a 12% rise in half-year profit.", True)


def test_the_opposite_a_finding_names_is_the_same_whatever_the_hash_seed() -> None:
    # "fell" and "lower" are both the other side of "higher"; which one the finding names must not depend on the
    # order Python's hash seed gives a word's forms (briefs are byte-identical run to run).
    script = (
        "from factcards.grounding.verify import verify_cards\n"
        "from factcards.models import Article, Card, Evidence, Kind\n"
        "body = 'Profit fell 3%, and the company said annual profit would be a third lower than expected.'\n"
        "card = Card(article='x', kind=Kind.statement, claim='Annual profit would be higher than expected.',\n"
        "            evidence=[Evidence(quote=body)])\n"
        "print([f.message for f in verify_cards([card], [Article(id='x', body=body)])[0].findings])\n"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True,
            check=True,
        ).stdout
        for seed in ("0", "3", "7")
    }  # fmt: skip
    assert len(seen) == 1 and "higher" in next(iter(seen)), seen


def test_round_one_hundred_and_seventy_five_readings_a_party_crossed_put_elsewhere_or_named_in_anothers_place() -> None:
    pool = "The new pool opened on Saturday, two years late, and the council's leader apologised to residents."
    _assert_judged(pool, "Residents apologised to the council's leader.", False)  # whom one apologised to
    _assert_judged(pool, "The council's leader apologised to residents.", True)
    appeal = "Planning inspectors have rejected an appeal by Oakfield Homes against the refusal of 400 houses."
    _assert_judged(appeal, "Oakfield Homes rejected an appeal by planning inspectors.", False)  # whose the appeal was
    _assert_judged(appeal, "Planning inspectors rejected an appeal by Oakfield Homes.", True)
    conman = "A man who posed as a gas engineer to steal from elderly people was jailed for six years."
    _assert_judged(conman, "The man posed as a police officer.", False)
    _assert_judged(conman, "The man posed as a gas engineer.", True)
    stabbing = "Tom Rivers, 17, was stabbed outside a takeaway in Dunmere on Friday night."
    _assert_judged(stabbing, "Tom Rivers was stabbed outside a school.", False)
    _assert_judged(stabbing, "Tom Rivers was stabbed outside a takeaway.", True)
    blast = "Rescuers pulled a woman alive from the rubble, ten hours after a gas explosion that killed her neighbour."
    _assert_judged(blast, "The woman was killed in the gas explosion.", False)
    _assert_judged(blast, "Rescuers pulled a woman from the rubble.", True)
    whisky = (
        "Whisky exports rose 6% last year, helped by strong demand in India, though sales to the United States fell "
        "for a second year."
    )
    _assert_judged(whisky, "Sales to India fell for a second year.", False)
    _assert_judged(whisky, "Sales to the United States fell for a second year.", True)
    # (a country's capital for the country, as news writes it, is no other one)
    crisis = "The row deepened, with Moscow imposing sanctions on Turkey. Russia also banned package holidays."
    _assert_judged(crisis, "The row deepened, with Russia imposing sanctions on Turkey.", True)
    signing = "Westbrook Rovers have signed goalkeeper Danny Moss from Alcott Town on a two-year deal."
    _assert_judged(signing, "Danny Moss signed a two-year deal.", True)  # the one signed signs the deal
    _assert_judged(signing, "Danny Moss signed Westbrook Rovers.", False)
    fire = "About 2,000 people were told to leave as a wildfire spread across 600 hectares, firefighters said."
    _assert_judged(fire, "People were told to leave as the fire spread over 600 hectares.", True)
    roads = "The council will spend £4m on potholes, taking its road budget to £21m, after complaints rose by a third."
    _assert_judged(roads, "The road budget will rise to £21m.", True)  # "taking it to" tells the budget's rise


def test_round_one_hundred_and_seventy_five_readings_a_figure_a_date_or_a_speed_of_another_deed() -> None:
    prices = "Consumer prices rose 2.9% in the year to October, down from 3.4% in September."
    _assert_judged(prices, "Consumer prices fell 2.9% in the year to October.", False)  # the rate came down, not prices
    _assert_judged(prices, "Consumer prices rose 2.9% in the year to October.", True)
    ferries = (
        "Ferries to the island were cancelled on Wednesday as gales hit the coast, and forecasters said the worst "
        "would pass by Thursday afternoon."
    )
    _assert_judged(ferries, "Ferries to the island were cancelled on Thursday.", False)
    _assert_judged(ferries, "Ferries to the island were cancelled on Wednesday.", True)
    _assert_judged("Gill, who died on Saturday, wrote a column that will appear in tomorrow's Sunday Times.",
                   "Gill's column will appear in the Sunday Times.", True)  # fmt: skip
    train = "The train had been travelling at 48mph on a stretch limited to 20mph, investigators said."
    _assert_judged(train, "The train had been travelling at 20mph.", False)
    _assert_judged(train, "The stretch was limited to 48mph.", False)
    _assert_judged(train, "The train was travelling at 48 miles per hour.", True)


def test_round_one_hundred_and_seventy_five_readings_what_was_decided_threatened_or_called_off() -> None:
    toilets = "Brenlow council has voted to close three public toilets, despite a petition asking it to keep them open."
    _assert_judged(toilets, "Brenlow council voted to keep the toilets open.", False)
    _assert_judged(toilets, "Brenlow council voted to shut three public toilets.", True)
    hotel = "The hotel's owner has been told to repair its facade within six months or face prosecution."
    _assert_judged(hotel, "The hotel's owner has been prosecuted.", False)
    _assert_judged(hotel, "The hotel's owner could face prosecution.", True)
    strike = "Unions accepted a pay offer of 5.5% on Friday, calling off strikes planned for next week."
    _assert_judged(strike, "Cleaners and porters will strike next week.", False)
    _assert_judged(strike, "Strikes planned for next week were called off.", True)
    airline = "SkyNor cancelled 180 flights; the company apologised and said it had not been a cyber attack."
    _assert_judged(airline, "The company refused to apologise.", False)  # a negation of something else answers none
    _assert_judged("The minister did not resign and said he had not lied.", "The minister refused to resign.", True)


def test_round_one_hundred_and_seventy_five_readings_a_kind_another_side_or_harm_escaped() -> None:
    derailment = "Investigators said the freight train that derailed near Halton Junction had been speeding."
    _assert_judged(derailment, "A passenger train derailed near Halton Junction.", False)
    _assert_judged(derailment, "A train derailed near Halton Junction.", True)
    unions = "The law applied to private sector unions as well as public ones."
    _assert_judged(unions, "The law applied to private employee unions.", True)  # "sector" names no kind
    _assert_judged(
        "The central bank cut its interest rate to 3.5%.", "The central bank cut its key rate to 3.5%.", True
    )
    rower = "Former Olympic rower Kate Dunmore has been elected mayor."
    _assert_judged(rower, "Kate Dunmore is a former Olympic swimmer.", False)
    _assert_judged(rower, "Kate Dunmore is a former Olympic rower.", True)
    results = "Mabel & Rowe warned that profits for the year would be at the lower end of forecasts."
    _assert_judged(results, "Mabel & Rowe said profits would be at the upper end of forecasts.", False)
    _assert_judged(results, "Mabel & Rowe said profits would be at the lower end of forecasts.", True)
    site = "Inspectors rejected the plans, saying the site was too far from shops and schools."
    _assert_judged(site, "The inspectors said the site was too close to shops.", False)
    boy = "A boy who went missing on a school trip was found safe and well four hours later."
    _assert_judged(boy, "The boy was found injured.", False)
    _assert_judged(boy, "The boy was found unhurt.", True)
    _assert_judged("The dog was found unharmed in a shed.", "The dog was not hurt.", True)


def test_round_one_hundred_and_eighty_five_readings_a_study_an_attempt_or_a_fate_told_otherwise() -> None:
    study = "A study of 9,000 nurses found those working night shifts were 18% more likely to develop type 2 diabetes."
    _assert_judged(study, "Night shifts cause type 2 diabetes.", False)  # a study's odds are no cause
    _assert_judged(study, "Nurses working night shifts were 18% more likely to develop type 2 diabetes.", True)
    trial = "A 16-year-old girl has been found guilty of attempting to murder a classmate."
    _assert_judged(trial, "The girl was found guilty of murder.", False)
    _assert_judged(trial, "The girl was found guilty of attempted murder.", True)
    report = "A report found that 14 patients came to harm because of delays in reading scans."
    _assert_judged(report, "A report found that 14 patients died because of delays in reading scans.", False)
    kayak = "The body of a missing kayaker was recovered from the lake on Tuesday; his death is not suspicious."
    _assert_judged(kayak, "The kayaker was found alive.", False)
    _assert_judged(kayak, "The kayaker's body was recovered from the lake.", True)
    beavers = "Beaver kits have been born in the valley, a year after a family of four beavers was released there."
    _assert_judged(beavers, "A family of four beavers was released a year ago.", True)  # "a year after" counts one


def test_round_one_hundred_and_eighty_five_readings_whose_gift_who_did_it_and_what_was_set_aside() -> None:
    gift = "Harwick University has been given £25m by a former student, the largest gift in its history."
    _assert_judged(gift, "Harwick University has given £25m to a former student.", False)
    _assert_judged(gift, "A former student has given £25m to Harwick University.", True)
    hotel = (
        "A judge has ordered the owners of the derelict Crown Hotel to pay £180,000, after the council demolished "
        "its unstable chimney last winter."
    )
    _assert_judged(hotel, "The owners demolished the hotel's chimney last winter.", False)
    _assert_judged(hotel, "The council was ordered to pay £180,000.", False)  # the owners are who they are, of anything
    _assert_judged(hotel, "The council demolished the hotel's chimney last winter.", True)
    vaccine = "A nasal spray flu vaccine will be offered in schools from September instead of an injection."
    _assert_judged(vaccine, "The vaccine will be given as an injection.", False)
    _assert_judged(vaccine, "The spray will replace an injection.", True)
    crash = "Three people were hurt after a car mounted the pavement and hit a bus stop on Saturday."
    _assert_judged(crash, "A bus mounted the pavement.", False)  # one vehicle for another before the same deed
    _assert_judged(crash, "A car mounted the pavement.", True)
    survey = (
        "One in five teachers plan to leave within three years, a survey found, citing workload as the main reason."
    )
    _assert_judged(survey, "The survey cited pay as the main reason.", False)
    _assert_judged(survey, "The survey cited workload as the main reason.", True)
    veto = "The mayor vetoed the plan, saying it had too little affordable housing."
    _assert_judged(veto, "The mayor said the plan had too much affordable housing.", False)


def test_round_one_hundred_and_eighty_five_readings_a_count_opening_the_claim_and_a_noun_of_a_deed() -> None:
    squad = "Norland named three uncapped players in a 33-man squad for the autumn series."
    _assert_judged(squad, "Five uncapped players were named in the squad.", False)  # chosen, not the text's list
    _assert_judged(squad, "Three uncapped players were named in the squad.", True)
    economy = "Norland's economy grew by 0.4% in the three months to June, faster than economists had expected."
    _assert_judged(economy, "Growth was faster than economists had expected.", True)  # "growth" is what "grew" did
    oil = (
        "Oil prices fell 4% to their lowest level in six months after producers agreed to raise output from next month."
    )
    _assert_judged(oil, "Producers agreed to raise output from next month.", True)  # "in six months" is a length


def test_round_one_hundred_and_ninety_five_readings_a_place_a_term_or_a_name_of_another() -> None:
    death = "A woman has been charged with the manslaughter of her son, who died in hospital after being found at home."
    _assert_judged(death, "The boy died at home.", False)  # where he was found, not where he died
    _assert_judged(death, "The boy died in hospital.", True)  # (her son is a boy)
    ban = "The Football Association has banned Rexham Athletic's owner, Gary Stone, from any role for five years."
    _assert_judged(ban, "Gary Stone has been banned for five years.", True)  # the owner named after what he is
    _assert_judged(ban, "Rexham Athletic have been banned for five years.", False)
    _assert_judged(ban, "Gary Stone has been banned for life.", False)
    host = "Norland will host the 2031 World Rowing Championships on Lake Tarn, beating bids from Estavia and Pelland."
    _assert_judged(host, "Estavia will host the 2031 World Rowing Championships.", False)  # at the claim's opening
    _assert_judged(host, "Norland will host the 2031 World Rowing Championships.", True)
    _assert_judged("Luca Moretti, the world number 48, won in three sets.", "Luca Moretti is ranked 48th in the world.",
                   True)  # fmt: skip
    van = "Harlow Motors will build its new electric van in Dunmere rather than in Spain, securing 1,100 jobs."
    _assert_judged(van, "Harlow Motors will build its new electric van in Spain.", False)
    _assert_judged(van, "Harlow Motors will build its new electric van in Dunmere.", True)
    bills = "Southvale will raise bills by 21% from April, the first of five yearly rises to pay for new sewers."
    _assert_judged(bills, "The money will pay for new reservoirs.", False)
    _assert_judged(bills, "The rises will pay for new sewers.", True)
    deal = "The two leaders signed a deal to supply gas for ten years."
    _assert_judged(deal, "The deal will supply oil for ten years.", False)
    _assert_judged(deal, "The deal will supply gas for ten years.", True)


def test_round_one_hundred_and_ninety_five_readings_a_hedge_of_a_thing_done_to_another() -> None:
    study = "A study of 2,400 children found those who slept less did worse, though other factors may be involved."
    _assert_judged(study, "The study involved 2,400 children.", True)  # the factors may be involved, not the children
    charge = "The man may be charged with murder, police said."
    _assert_judged(charge, "Police charged the man with murder.", False)  # done to the hedge's own subject


def test_round_two_hundred_and_five_readings_an_age_a_move_or_a_place_of_another() -> None:
    crossing = "An 18-year-old woman has died after being hit by a car; the 50-year-old driver was arrested."
    _assert_judged(crossing, "A 50-year-old woman died after being hit by a car.", False)  # the driver's age
    _assert_judged(crossing, "An 18-year-old woman died after being hit by a car.", True)
    arrests = "Police arrested two men aged 24 and 31; a third man, 19, was released under investigation."
    _assert_judged(arrests, "A 19-year-old man was released under investigation.", True)  # "man, 19" is his age
    sales = "The number of house sales in Norland fell 12% in the year, while average prices rose 1.5% to £268,000."
    _assert_judged(sales, "House sales rose 1.5%.", False)  # the prices' move, past where the sales were
    _assert_judged(sales, "House sales fell 12%.", True)
    wales = "The average price of a home in Wales fell 1.8% in the year, while prices in Scotland rose 2.1%."
    _assert_judged(wales, "House prices in Wales fell by 1.8%.", True)  # the price of a home moved
    library = "Kelder's new library, built in a former department store, opened on Saturday with 80,000 books."
    _assert_judged(library, "The library was built in a former church.", False)
    _assert_judged(library, "The library was built in a former department store.", True)


def test_a_title_the_evidence_gives_another_by_name() -> None:
    race = "Ana Ruiz won the 10,000 metres in a championship record, ahead of the defending champion, Mia Kovac."
    _assert_judged(race, "Ana Ruiz is the defending champion.", False)
    _assert_judged(race, "Mia Kovac is the defending champion.", True)
    mayor = "Kate Dunmore beat the sitting mayor, Ian Shaw, by fewer than 4,000 votes."
    _assert_judged(mayor, "Kate Dunmore is the sitting mayor.", False)
    _assert_judged("Ian Shaw, the sitting mayor, lost to Kate Dunmore.", "Ian Shaw is the sitting mayor.", True)


def test_round_two_hundred_and_ten_readings_who_said_it_while_doing_another_deed() -> None:
    court = (
        "Judge Ruth Ames jailed Colin Webb for six years, calling him 'a menace to shopkeepers'; Webb had denied it."
    )
    _assert_judged(court, "Judge Ruth Ames called Webb a menace to shopkeepers.", True)  # the judge says it
    _assert_judged(court, "Webb called the judge a menace to shopkeepers.", False)
    council = "The council appointed Jane Moss as its chief executive, replacing Tom Hale, who retired in May."
    _assert_judged(council, "Jane Moss replaced Tom Hale as chief executive.", True)  # no saying: she replaces him
    _assert_judged(council, "Tom Hale replaced Jane Moss as chief executive.", False)


def test_round_two_hundred_and_ten_readings_claims_denied_and_claims_told() -> None:
    denied = "The mayor denied claims by the opposition that he had hidden the cost of the new pool."
    _assert_judged(denied, "The opposition claimed the mayor had hidden the cost of the new pool.", True)
    _assert_judged(denied, "The mayor hid the cost of the new pool.", False)  # a charge he denies
    _assert_judged(denied, "The mayor denied hiding the cost of the new pool.", True)
    aside = "Paul Rees denied claims that he misled the board over the new depot, whose cost has risen to £9m."
    _assert_judged(aside, "The cost of the new depot has risen to £9m.", True)  # the article's own aside


def test_round_two_hundred_and_ten_readings_a_describing_word_grown_from_a_noun() -> None:
    outage = (
        "The bank said a fault that left customers unable to pay by card for five hours on Friday was caused by a "
        "faulty network switch."
    )
    _assert_judged(outage, "The bank said the fault was caused by a faulty network switch.", True)  # faulty ≠ fault
    _assert_judged(outage, "The bank said the fault was caused by a flood.", False)  # another cause
    trial = "The drug was 64% effective at easing pain in the trial, but was less effective in children."
    _assert_judged(trial, "The drug was 64% effective at easing pain.", True)  # it says so plainly too
    _assert_judged(trial, "The drug was effective in children.", False)


def test_round_two_hundred_and_ten_readings_what_was_only_pledged_or_due() -> None:
    pledge = "Class sizes have grown to 31, despite a pledge by the education board to cut them to 25."
    _assert_judged(pledge, "The education board has cut class sizes to 25.", False)
    _assert_judged(pledge, "The education board pledged to cut class sizes to 25.", True)
    due = "The new bridge, due to open in May, has been delayed until at least October because of flooding."
    _assert_judged(due, "The new bridge will open in May.", False)
    _assert_judged(due, "The new bridge has been delayed until at least October.", True)
    weighing = "Ministers are considering raising fuel duty by 5p, though officials said no decision had been made."
    _assert_judged(weighing, "Fuel duty will rise by 5p.", False)  # only considered
    refused = "The head, Ruth Cole, apologised to parents after 40 pupils were wrongly refused places on the trip."
    _assert_judged(refused, "Ruth Cole refused to apologise.", False)  # the refusal was done to the pupils
    _assert_judged(refused, "Parents apologised to Ruth Cole.", False)  # she is the head the clause opens on
    took = "Volunteers took three hours to free the stranded whale."
    _assert_judged(took, "Volunteers failed to free the whale.", False)


def test_round_two_hundred_and_ten_readings_a_word_a_post_or_a_share_changed() -> None:
    called = "The report praised the new ward, and inspectors called it 'spotless'."
    _assert_judged(called, "Inspectors called the ward filthy.", False)
    _assert_judged(called, "Inspectors called the ward spotless.", True)
    talks = "Foreign ministers from Orland and Brisca met in Oslo on Monday for the first talks since the floods."
    _assert_judged(talks, "The prime ministers of Orland and Brisca met in Oslo.", False)
    _assert_judged(talks, "Foreign ministers from Orland and Brisca met in Oslo.", True)
    shares = "Wind power overtook gas for the first time, with 34% of supply against gas's 29%."
    _assert_judged(shares, "Gas provided 34% of supply.", False)
    _assert_judged(shares, "Gas's share was 29%.", True)
    pay = "Under the offer, porters would get a 4% rise this year and 2% next year."
    _assert_judged(pay, "Porters would get a 4% rise next year.", False)
    _assert_judged(pay, "Porters would get a 2% rise next year.", True)


def test_round_two_hundred_and_ten_readings_a_count_or_a_deed_given_another() -> None:
    ill = "Forty guests at the Tarn Hotel were taken ill after a wedding dinner, and nine were treated in hospital."
    _assert_judged(ill, "Forty guests were treated in hospital.", False)
    _assert_judged(ill, "Nine guests were treated in hospital.", True)
    bank = (
        "Ruth Marsh was named chief executive of Harbour Bank, replacing Colin Ross, who is retiring after ten years."
    )
    _assert_judged(bank, "Ruth Marsh is retiring.", False)
    _assert_judged(bank, "Colin Ross is retiring after ten years.", True)
    match = "Striker Dan Holt was booked for a foul on Sam Reid, and Reid scored the winner from the free kick."
    _assert_judged(match, "Dan Holt scored the winner.", False)
    _assert_judged(match, "Reid missed the free kick.", False)
    death = "The singer Harry Vale, best known for the song 'Tide', has died aged 77, his manager said."
    _assert_judged(death, "Harry Vale's manager has died.", False)
    _assert_judged(death, "Harry Vale has died aged 77.", True)
    sacked = "Prime minister Sarah Dunn sacked her deputy, Paul Cole, on Monday. He had been accused of lying to MPs."
    _assert_judged(sacked, "Sarah Dunn had been accused of lying to MPs.", False)  # "he" is not her


def test_round_two_hundred_and_ten_readings_opposites_of_health_tests_aims_and_kicks() -> None:
    health = "The circus's oldest horse, Duke, has been put down after his health declined, staff said."
    _assert_judged(health, "Staff said Duke's health had improved.", False)
    _assert_judged(health, "Staff said Duke's health had declined.", True)
    tests = "Farmers near Tolby must keep birds indoors after avian flu was confirmed at a farm in the village."
    _assert_judged(tests, "Avian flu was ruled out at a farm in the village.", False)
    _assert_judged(tests, "Avian flu was confirmed at a farm in the village.", True)
    march = "About 900 people marched through Arlow to protest against plans to close the town's library."
    _assert_judged(march, "About 900 people marched in support of plans to close the library.", False)
    _assert_judged(march, "About 900 people marched against plans to close the library.", True)
    vote = "The council voted 30 to 12 to close the pool; residents have called a march for Saturday in protest."
    _assert_judged(vote, "Residents have called a march on Saturday to protest against the closure.", True)


def test_round_two_hundred_and_twenty_readings_who_did_it_to_whom() -> None:
    sacked = "Carrow Athletic sacked coach Ian Ford after six defeats, and named his assistant, Ola Berg, as caretaker."
    _assert_judged(sacked, "Ola Berg was sacked by Carrow Athletic.", False)
    _assert_judged(sacked, "Ian Ford was sacked by Carrow Athletic.", True)
    _assert_judged(sacked, "Ian Ford was named caretaker.", False)
    _assert_judged(sacked, "Ola Berg was named caretaker.", True)
    final = "Mia Holt won the county title, aged 16, after beating the holder, Jo Price, in the final."
    _assert_judged(final, "Jo Price beat Mia Holt in the final.", False)
    _assert_judged(final, "Mia Holt beat Jo Price in the final.", True)
    band = "The choir's organist, Paul Dee, has left after 30 years, and will be replaced by student Ann Cole."
    _assert_judged(band, "Ann Cole has left the choir after 30 years.", False)
    _assert_judged(band, "Paul Dee will replace Ann Cole.", False)
    _assert_judged(band, "Ann Cole will replace Paul Dee.", True)
    wine = "They met at a concert in 2019. They went to a jazz club before going back to his flat."
    _assert_judged(wine, "They went to a jazz club before going back to his flat.", True)  # no one goes but them


def test_round_two_hundred_and_twenty_readings_a_clause_that_leaves_its_subject_unsaid() -> None:
    founder = "Ann Rao, the firm's founder, will step down as chief executive in May but stay on as chair, it said."
    _assert_judged(founder, "Ann Rao will stay on as chair.", True)
    _assert_judged(founder, "Ann Rao will step down as chair.", False)
    rival = "Shares in Olby Group fell 6% after the firm cut its profit forecast, while rival Tarn Foods rose 2%."
    _assert_judged(rival, "Tarn Foods cut its profit forecast.", False)  # the rival's clause names its own subject
    veto = "The town's mayor, Jo Kent, has vetoed the plan approved by councillors, saying it would cost £4m too much."
    _assert_judged(veto, "Councillors said the plan would cost £4m too much.", False)
    _assert_judged(veto, "Jo Kent said the plan would cost £4m too much.", True)


def test_round_two_hundred_and_twenty_readings_figures_and_directions() -> None:
    vote = "The board turned down the bid, with 9 voting against and 4 in favour."
    _assert_judged(vote, "Four members voted against the bid.", False)
    _assert_judged(vote, "Nine members voted against the bid.", True)
    riders = "Riders on the Eastway line have fallen by a third since fares rose in March, the operator said."
    _assert_judged(riders, "Riders have risen by a third.", False)
    _assert_judged(riders, "Fares fell in March.", False)
    _assert_judged(riders, "Fares rose in March.", True)
    growth = "Orland's economy grew by 0.4% in the second quarter, the statistics office said, as building shrank."
    _assert_judged(growth, "Building grew in the second quarter.", False)
    _assert_judged(growth, "The economy grew by 0.4% in the second quarter.", True)
    smokers = "About one in six adults in the city smokes, the survey found, down from one in four a decade ago."
    _assert_judged(smokers, "A decade ago, about one in four adults smoked.", True)  # the same thing's share then
    _assert_judged(smokers, "About one in four adults in the city smokes.", False)
    flights = (
        "Tarn Air will resume flights to Riga in April, a year after it dropped the route, and add Vilnius in June."
    )
    _assert_judged(flights, "Tarn Air will resume flights to Vilnius in April.", False)
    _assert_judged(flights, "Tarn Air will resume flights to Riga in April.", True)
    bills = "Gas bills will rise by £40 a year after the regulator allowed suppliers to raise standing charges."
    _assert_judged(bills, "The regulator blocked suppliers from raising standing charges.", False)
    recall = "The firm recalled 9,000 electric kettles after reports that some had overheated."
    _assert_judged(recall, "The firm recalled 9,000 electric toasters.", False)
    _assert_judged(recall, "The firm recalled 9,000 electric kettles.", True)
    academy = "The school will become an academy after parents voted in favour by 210 votes to 40."
    _assert_judged(academy, "Parents voted against the plan by 210 votes to 40.", False)


def test_round_two_hundred_and_thirty_readings_what_a_hedge_or_a_title_reaches() -> None:
    fire = "Firefighters said a faulty heater was the most likely cause of the fire that gutted a barn near Olby."
    _assert_judged(fire, "The fire gutted a barn near Olby.", True)  # only the cause is hedged
    _assert_judged(fire, "A faulty heater caused the fire.", False)
    plans = "Residents have objected to plans to build a waste plant on farmland near Arlow."
    _assert_judged(plans, "The waste plant would be built on farmland near Arlow.", True)  # the plan's "would"
    _assert_judged(plans, "The waste plant will be built on farmland near Arlow.", False)
    leaders = "Ash Vale scored late as Tarn Rovers lost 2-1 to league leaders Holby on Saturday."
    _assert_judged(leaders, "Tarn Rovers are league leaders.", False)
    _assert_judged(leaders, "Holby are league leaders.", True)


def test_round_two_hundred_and_thirty_readings_who_was_made_to_pay_and_who_denies_a_finding() -> None:
    fine = "The watchdog has ordered Harbour Energy to pay £2m to customers after overcharging them."
    _assert_judged(fine, "Customers have been ordered to pay £2m.", False)
    _assert_judged(fine, "Harbour Energy has been ordered to pay £2m to customers.", True)
    finding = "The club's manager, Ben Ash, quit after a review found he had misled the board; he denies the finding."
    _assert_judged(finding, "Ben Ash accepted the finding.", False)
    _assert_judged(finding, "Ben Ash denies the finding.", True)


def test_round_two_hundred_and_thirty_readings_years_to_come_surprises_and_former_posts() -> None:
    ships = "The ferry firm has ordered three hybrid ships for £90m, to enter service in 2029."
    _assert_judged(ships, "The ships entered service in 2029.", False, date="2025-03-01")  # a year still to come
    _assert_judged(ships, "The ships will enter service in 2029.", True, date="2025-03-01")
    rates = "The central bank unexpectedly cut interest rates to 3%, citing weak growth."
    _assert_judged(rates, "The cut had been widely expected.", False)
    _assert_judged(rates, "The central bank cut interest rates to 3%.", True)
    survey = "Half of the 600 nurses surveyed said they had considered leaving the profession."
    _assert_judged(survey, "Half of the nurses have left the profession.", False)  # only considered
    former = "The former chair of Tarn Rail, Ruth Shaw, has been fined £20,000 over safety failings."
    _assert_judged(former, "Ruth Shaw is the current chair of Tarn Rail.", False)
    rents = "House prices in the region rose 6% in the year, outpacing wages, which grew 3%."
    _assert_judged(rents, "Wages grew 6%.", False)
    _assert_judged(rents, "Wages grew 3%.", True)


def test_round_two_hundred_and_forty_readings_who_did_it_to_whom() -> None:
    owners = "Bus drivers at the depot voted to strike, while talks with the depot's owners continued."
    _assert_judged(owners, "The depot's owners voted to strike.", False)  # whose they are names no one else
    _assert_judged(owners, "Bus drivers voted to strike.", True)
    struck = "A solicitor who took clients' money has been struck off by the tribunal, which also fined him £5,000."
    _assert_judged(struck, "The tribunal was struck off.", False)  # it struck him off
    _assert_judged(struck, "A solicitor was struck off.", True)
    buy = "The trust agreed to buy the mill from its owner for £2m."
    _assert_judged(buy, "The owner agreed to buy the mill from the trust.", False)  # the buyer after "agreed to"
    _assert_judged(buy, "The trust agreed to buy the mill from its owner.", True)
    rescue = "A passer-by pulled a nine-year-old girl from the canal; the girl was later taken to hospital."
    _assert_judged(rescue, "A passer-by pulled a girl from the canal.", True)  # the same girl in fewer words


def test_round_two_hundred_and_forty_readings_things_of_one_kind_and_short_words_turned() -> None:
    prize = "Dr Ana Ruiz won the Corran Prize for her work on blight-resistant wheat."
    _assert_judged(prize, "Dr Ana Ruiz won the prize for her work on blight-resistant barley.", False)
    steel = "A 15% tariff will apply to imported steel from March."
    _assert_judged(steel, "A 15% tariff will apply to imported copper.", False)
    teachers = "The county recruited only 60% of the physics teachers it needed."
    _assert_judged(teachers, "The county recruited only 60% of the chemistry teachers it needed.", False)
    _assert_judged("An appeal for a new hospice in Arlow has raised £2m.", "An appeal for a new hospital has raised £2m.",
                   False)  # fmt: skip
    sales = "Harlow Foods said sales rose 8% in the year to March."
    _assert_judged(sales, "Harlow Foods said profits rose 8% in the year to March.", False)
    _assert_judged(sales, "Harlow Foods said revenue rose 8% in the year to March.", True)
    unfair = "The panel ruled that the club's decision to sack its coach was unfair."
    _assert_judged(unfair, "The panel ruled that the coach's sacking was fair.", False)
    _assert_judged(unfair, "The panel ruled that the sacking was unfair.", True)


def test_round_two_hundred_and_forty_readings_sides_of_a_deed() -> None:
    aground = "A cargo ship ran aground off Tarn Head on Friday; its crew of 12 were taken off safely."
    _assert_judged(aground, "A cargo ship sank off Tarn Head.", False)
    _assert_judged(aground, "A cargo ship ran aground off Tarn Head.", True)
    fog = "Fog diverted nine flights from Olby airport on Monday morning."
    _assert_judged(fog, "Nine flights were cancelled.", False)
    _assert_judged(fog, "Nine flights were diverted.", True)
    envoy = "Norland summoned Estland's ambassador after the border incident."
    _assert_judged(envoy, "Norland expelled Estland's ambassador.", False)
    rated = "Inspectors rated the Harlow nursery inadequate after finding staff left children unsupervised."
    _assert_judged(rated, "Inspectors rated the Harlow nursery good.", False)
    blaze = "Crews said the moorland blaze was under control by Sunday evening."
    _assert_judged(blaze, "Crews said the moorland blaze was still spreading on Sunday evening.", False)
    _assert_judged(blaze, "The moorland blaze was under control by Sunday evening.", True)
    bronzes = "The Harwick Museum will hand back six carved masks to Ghana, its trustees said."
    _assert_judged(bronzes, "The Harwick Museum will keep the six carved masks.", False)
    _assert_judged(bronzes, "The Harwick Museum will return six carved masks to Ghana.", True)
    curbs = "The government will impose a 10% levy on imported timber."
    _assert_judged(curbs, "The government will remove levies on imported timber.", False)
    talks = "Refuse workers voted to strike, though talks with the council continued."
    _assert_judged(talks, "Refuse workers broke off talks with the council.", False)
    saved = "The buyer kept 11 of the chain's 30 shops open, saving 250 jobs."
    _assert_judged(saved, "About 250 jobs were lost.", False)
    _assert_judged(saved, "The buyer saved 250 jobs.", True)
    regulator = "The regulator fined the bank £3m but stopped short of suspending its licence."
    _assert_judged(regulator, "The regulator suspended the bank's licence.", False)
    _assert_judged(regulator, "The bank kept its licence.", True)  # no licence "stopped"


def test_round_two_hundred_and_forty_readings_what_was_not_done_or_only_decided() -> None:
    held = "Two aid workers were held for a week without charge before being freed on Monday."
    _assert_judged(held, "The aid workers were charged.", False)
    _assert_judged(held, "The aid workers were held without charge.", True)
    power = "Some 4,000 homes were left without power after the storm."
    _assert_judged(power, "Some 4,000 homes lost power after the storm.", True)  # a thing had, no deed undone
    union = "The union voted to strike but will hold off naming dates while talks go on."
    _assert_judged(union, "The union has not named strike dates.", True)
    _assert_judged(union, "The union named strike dates.", False)
    _assert_judged(union, "Union members are on strike.", False)  # a vote to strike is no strike yet
    approve = "Councillors voted 31 to 18 to approve the budget."
    _assert_judged(approve, "Councillors approved the budget.", True)  # the vote is the approval
    hurt = "Six people were hurt, two seriously, when a bus hit a wall in Olby."
    _assert_judged(hurt, "Six people were seriously hurt.", False)
    _assert_judged(hurt, "Six people were hurt when a bus hit a wall.", True)


def test_round_two_hundred_and_forty_readings_hedges_money_and_parts() -> None:
    gusts = "Forecasters warned of high winds, with gusts of up to 70mph possible on Tuesday."
    _assert_judged(gusts, "Gusts of 70mph hit on Tuesday.", False)
    _assert_judged(gusts, "Gusts of up to 70mph are possible on Tuesday.", True)
    rates = "The bank raised rates to 4% on Thursday, its first rise in a year, and said further rises were possible."
    _assert_judged(rates, "It was the bank's first rate rise in a year.", True)  # only further rises are hedged
    levy = "Hotels will charge a €2 levy from June, with the money going to harbour repairs."
    _assert_judged(levy, "The money will go to school meals.", False)
    _assert_judged(levy, "The money will go to harbour repairs.", True)
    branches = "Tarn Banking Group will close 45 of its 300 branches this year."
    _assert_judged(branches, "Tarn Banking Group will close 45 branches.", True)
    _assert_judged(branches, "Tarn Banking Group will close 300 branches.", False)


def test_round_two_hundred_and_forty_readings_a_measure_past_what_it_is_of_and_a_body_s_post() -> None:
    turnout = "Turnout in Thursday's vote on a new constitution for the Arden islands was 58%, and 61% backed it."
    _assert_judged(turnout, "Turnout in the vote was 61%.", False)
    _assert_judged(turnout, "Turnout in the vote was 58%.", True)
    contained = "Crews said on Friday it was 40% contained but could spread again."
    _assert_judged(contained, "Crews said the fire was 40% contained.", True)  # "said on Friday it" measures nothing
    leader = "The toll will go, the council's leader, Ana Brook, said on Monday."
    _assert_judged(leader, "The council's chief executive, Ana Brook, said the toll will go.", False)
    _assert_judged(leader, "The council's leader, Ana Brook, said the toll will go.", True)


def test_round_two_hundred_and_forty_readings_whose_thing_and_whom_a_deed_is_done_to_instead() -> None:
    libraries = "Arden's libraries will waive all overdue fines in May, after a similar amnesty in Tolby."
    _assert_judged(libraries, "Tolby's libraries will waive overdue fines.", False)
    _assert_judged(libraries, "Arden's libraries will waive overdue fines in May.", True)
    drug = "Shares in Halden fell after its Alzheimer's drug failed in a trial."
    _assert_judged(drug, "Halden's drug failed in a trial.", True)  # "its Alzheimer's drug" names a kind, no owner
    debate = (
        "The station cancelled the debate after the mayor pulled out, and will instead interview the other candidates."
    )
    _assert_judged(debate, "The station will interview the mayor.", False)
    _assert_judged(debate, "The station will interview the other candidates.", True)


def test_round_two_hundred_and_forty_readings_what_a_sum_goes_towards_and_a_denial_against_an_apology() -> None:
    grant = "Drivers can claim up to £3,000 towards an electric car, the transport department said."
    _assert_judged(grant, "Drivers can claim up to £3,000 towards bus passes.", False)
    _assert_judged(grant, "Drivers can claim up to £3,000 towards an electric car.", True)
    sorry = "Inspectors found patients left unwashed for days; the hospital's owners said they were deeply sorry."
    _assert_judged(sorry, "The hospital's owners denied patients were left unwashed.", False)
    _assert_judged(sorry, "The hospital's owners said they were deeply sorry.", True)


def test_round_two_hundred_and_forty_readings_all_of_a_sum_for_a_part_of_it() -> None:
    appeal = "A fund for a new lifeboat has raised £300,000 of the £1.2 million it needs, the charity said."
    _assert_judged(appeal, "The fund has raised all of the £1.2 million it needs.", False)
    _assert_judged(appeal, "The fund has raised £300,000 of the £1.2 million it needs.", True)
    _assert_judged(appeal, "The fund needs £1.2 million.", True)


def test_round_two_hundred_and_forty_readings_plans_kept_exemptions_overruns_and_loot() -> None:
    merge = "The Tarn and Esk building societies will merge in April, keeping both names."
    _assert_judged(merge, "The building societies have called off their merger.", False)
    _assert_judged(merge, "The Tarn and Esk building societies will merge in April.", True)
    levy = "A 10% levy will apply to imported timber from May, but timber from certified forests will be exempt."
    _assert_judged(levy, "A 10% levy will apply to all imported timber.", False)
    _assert_judged(levy, "A 10% levy will apply to imported timber from May.", True)
    tram = "The tram line opened on Sunday, a year late and £90 million over budget."
    _assert_judged(tram, "The tram line cost £90 million.", False)
    _assert_judged(tram, "The tram line was £90 million over budget.", True)
    masks = "The museum will return four masks to Benin after concluding they were looted in 1897."
    _assert_judged(masks, "The masks were bought in 1897.", False)
    _assert_judged(masks, "The masks were looted in 1897.", True)


def test_round_two_hundred_and_forty_readings_what_someone_fell_from() -> None:
    climber = "A climber was airlifted to hospital after falling 30 metres from a ridge on Ben Tarn."
    _assert_judged(climber, "The climber fell from a cliff.", False)
    _assert_judged(climber, "The climber fell 30 metres from a ridge.", True)
    ice = "A man was pulled from the lake after he fell through ice on Sunday."
    _assert_judged(ice, "The man fell from a jetty into the lake.", False)
    _assert_judged(ice, "The man fell through the ice.", True)


def test_round_two_hundred_and_fifty_readings_votes_with_their_tallies_between() -> None:
    green = "Villagers in Oakmere voted by 290 to 214 against a plan to build a car wash on the common."
    _assert_judged(green, "Villagers voted in favour of building a car wash on the common.", False)
    _assert_judged(green, "Villagers backed the plan.", False)
    _assert_judged(green, "Villagers voted against the plan.", True)
    ballot = "Bus drivers in Tarn voted 76% in favour of industrial action, their union said."
    _assert_judged(ballot, "Bus drivers voted against industrial action.", False)
    _assert_judged(ballot, "Bus drivers rejected industrial action.", False)
    _assert_judged(ballot, "Bus drivers voted 76% in favour of industrial action.", True)


def test_round_two_hundred_and_fifty_readings_what_moved_past_its_helpers_and_the_currency_by_name() -> None:
    cap = "The regulator will lower the fare cap by 4% from March, but booking fees will rise."
    _assert_judged(cap, "The fare cap will rise by 4% from March.", False)
    _assert_judged(cap, "The fare cap will fall by 4% from March.", True)
    _assert_judged(cap, "Booking fees will fall.", False)
    homes = "The number of homes sold in Ostra fell 8% in the second quarter, while average prices rose 3% to 2.1 million kronor."
    _assert_judged(homes, "Average home prices in Ostra fell 8%.", False)
    _assert_judged(homes, "Average prices rose to 2.1 million euros.", False)
    _assert_judged(homes, "Average prices rose 3% to 2.1 million kronor.", True)


def test_round_two_hundred_and_fifty_readings_a_refusal_refused() -> None:
    budget = "The finance minister said wages would not be frozen but declined to rule out higher duty on alcohol."
    _assert_judged(budget, "The minister ruled out higher duty on alcohol.", False)
    _assert_judged(budget, "The minister did not rule out higher duty on alcohol.", True)
    _assert_judged(budget, "The minister ruled out freezing wages.", True)


def test_round_two_hundred_and_fifty_readings_figures_of_earlier_times() -> None:
    waits = "Delays of more than an hour fell to 3,400 in May, from 4,100 in April, the operator said."
    _assert_judged(waits, "In April, 4,100 trains were delayed by more than an hour.", True)
    _assert_judged(waits, "4,100 trains were delayed by more than an hour in May.", False)
    warning = "Shares in Pell Foods fell 9% after the grocer warned profits would be about £12 million, down from the £20 million it forecast in March."
    _assert_judged(warning, "Pell Foods warned that profits would be about £12 million.", True)
    _assert_judged(warning, "Pell Foods had forecast profits of £20 million in March.", True)
    _assert_judged(warning, "Pell Foods forecast profits of £12 million in March.", False)
    _assert_judged(warning, "Pell Foods warned that profits would be about £20 million.", False)


def test_round_two_hundred_and_fifty_readings_counts_measures_and_sums_of_several() -> None:
    zoo = "Harlow Zoo's two Amur leopards have had four cubs, the zoo said."
    _assert_judged(zoo, "Harlow Zoo's leopards have had two cubs.", False)
    _assert_judged(zoo, "Harlow Zoo's two Amur leopards have had four cubs.", True)
    vote = "Lecturers voted 71% in favour of a boycott in a ballot with a 48% turnout."
    _assert_judged(vote, "Turnout in the ballot was 71%.", False)
    _assert_judged(vote, "Turnout was 48%.", True)
    fraud = "Three brothers were jailed for a combined 22 years for a pension fraud, the court heard."
    _assert_judged(fraud, "The brothers were each jailed for 22 years.", False)
    _assert_judged(fraud, "The brothers were jailed for a total of 22 years.", True)
    cold = "Temperatures fell to minus 11C in Dale overnight, the lowest in the country this winter."
    _assert_judged(cold, "It was the lowest temperature ever recorded in the country.", False)
    _assert_judged(cold, "It was the lowest temperature in the country this winter.", True)


def test_round_two_hundred_and_fifty_readings_whom_a_payment_is_to_a_strike_voted_for_and_abstentions() -> None:
    plant = "Vanta will keep its Dorsey plant open after the regional government agreed to pay £30 million towards new lines."
    _assert_judged(plant, "Vanta will pay the regional government £30 million.", False)
    _assert_judged(plant, "The regional government agreed to pay £30 million.", True)
    crew = "Ferries to Ardlow will stop on Friday after deckhands voted to strike, the operator said."
    _assert_judged(crew, "Deckhands called off their strike.", False)
    _assert_judged(crew, "Deckhands voted to strike.", True)
    vote = "The mayor survived a no-confidence vote by 30 votes to 22 after four councillors abstained."
    _assert_judged(vote, "Four councillors voted against the mayor.", False)
    _assert_judged(vote, "Four councillors abstained.", True)
    power = "Crews restored power to 6,000 homes in Pell on Sunday after gales brought down lines."
    _assert_judged(power, "Crews cut power to 6,000 homes in Pell.", False)
    _assert_judged(power, "Power was restored to 6,000 homes in Pell.", True)


def test_round_two_hundred_and_sixty_readings_speakers_by_what_they_are_and_second_sayings() -> None:
    flood = "The river burst its banks at Marle overnight; engineers said on Tuesday the defences had held elsewhere."
    _assert_judged(flood, "Engineers said the defences had held elsewhere.", True)
    _assert_judged(flood, "Shopkeepers said the defences had held elsewhere.", False)
    theft = "The Orrin Museum said two silver cups were taken from a display case; police said the alarm had failed."
    _assert_judged(theft, "Police said the alarm had failed.", True)
    _assert_judged(theft, "The museum said the alarm had failed.", False)
    pay = "Porters at Wexley General will strike from 9 May over pay, their union said; the trust said it had made a fair offer."
    _assert_judged(pay, "The union said porters would strike from 9 May.", True)
    _assert_judged(pay, "The union said it had made a fair offer.", False)


def test_round_two_hundred_and_sixty_readings_opposites_of_outcome_weather_and_severity() -> None:
    trains = "Vela Rail cancelled all trains between Dunmore and Kell on Sunday after a landslip."
    _assert_judged(trains, "Vela Rail cancelled all trains between Dunmore and Kell.", True)
    _assert_judged(trains, "Vela Rail added extra trains between Dunmore and Kell.", False)
    seal = "A grey seal caught in netting at Orm Point was rescued by volunteers on Friday."
    _assert_judged(seal, "The grey seal died at Orm Point.", False)
    boxing = "Champion Ray Doyle lost his welterweight title to Sam Okoro on points in Leeds."
    _assert_judged(boxing, "Ray Doyle retained his welterweight title.", False)
    _assert_judged(boxing, "Ray Doyle lost his welterweight title.", True)
    harvest = "Farmers said the wheat harvest fell by a fifth after a dry summer."
    _assert_judged(harvest, "Farmers blamed a wet summer for the smaller harvest.", False)
    storm = "Forecasters said it was the worst storm to hit the island in a decade."
    _assert_judged(storm, "It was the mildest storm to hit the island in a decade.", False)
    plans = "Orrin Homes won permission to build 120 homes on farmland east of Pell."
    _assert_judged(plans, "Orrin Homes was refused permission to build 120 homes.", False)
    bill = "A third of the cost of the new lifeboat, £1.2 million, was raised by the town."
    _assert_judged(bill, "The town raised the full cost of the new lifeboat.", False)


def test_round_two_hundred_and_sixty_readings_counts_of_a_deed_wholes_targets_and_spans() -> None:
    escape = "Five sheep escaped from a lorry on the M6; three were caught within an hour, police said."
    _assert_judged(escape, "Three sheep escaped from a lorry on the M6.", False)
    _assert_judged(escape, "Five sheep escaped from a lorry on the M6.", True)
    pools = "Kell council will shut two of its seven swimming pools in May to save money."
    _assert_judged(pools, "Kell council will shut seven swimming pools.", False)
    _assert_judged(pools, "Kell council will shut two swimming pools in May.", True)
    rates = "Only 41% of 999 calls were answered within ten seconds, short of the 90% target."
    _assert_judged(rates, "90% of 999 calls were answered within ten seconds.", False)
    _assert_judged(rates, "41% of 999 calls were answered within ten seconds.", True)
    match = "Lena Ruiz withdrew from the Kell Open with a back injury two days before the final."
    _assert_judged(match, "Lena Ruiz withdrew from the Kell Open a week before the final.", False)
    _assert_judged(match, "Lena Ruiz withdrew two days before the final.", True)
    toads = "A nest of 40 rare marsh harriers has been found near Orm, delaying work on 12 turbines."
    _assert_judged(toads, "Work on 40 turbines has been delayed.", False)
    _assert_judged(toads, "Work on 12 turbines has been delayed.", True)


def test_round_two_hundred_and_sixty_readings_spans_opened_and_closed() -> None:
    road = "The A40 will be closed overnight for resurfacing from 6 June, the council said."
    _assert_judged(road, "The A40 will be closed overnight until 6 June.", False)
    _assert_judged(road, "The A40 will be closed overnight from 6 June.", True)
    scheme = "The scheme will start in 2031, the minister said, but small firms will be exempt until 2034."
    _assert_judged(scheme, "Small firms will be exempt until 2031.", False)
    _assert_judged(scheme, "Small firms will be exempt until 2034.", True)


def test_round_two_hundred_and_sixty_readings_who_did_it() -> None:
    sacked = (
        "Head teacher Karen Bell was suspended by governor Mark Lowe on Monday after she criticised his budget cuts."
    )
    _assert_judged(sacked, "Mark Lowe criticised the budget cuts.", False)
    _assert_judged(sacked, "Karen Bell criticised the budget cuts.", True)
    vote = "Voters in Dunmore re-elected mayor Tom Ashe by 90 votes on Thursday; his rival, Ian Roe, conceded."
    _assert_judged(vote, "Ian Roe was re-elected mayor.", False)
    _assert_judged(vote, "Tom Ashe was re-elected mayor.", True)
    transfer = (
        "Kell Rovers have signed goalkeeper Sam Idris from Orm Athletic, beating rivals Pell City to his signature."
    )
    _assert_judged(transfer, "Pell City signed Sam Idris.", False)
    _assert_judged(transfer, "Kell Rovers signed Sam Idris.", True)
    leak = "Hackers stole the bank details of 20,000 customers of the insurer Velmont, which said it had told police."
    _assert_judged(leak, "Velmont stole the bank details of 20,000 customers.", False)
    _assert_judged(leak, "Hackers stole the bank details of 20,000 Velmont customers.", True)
    bridge = "The bridge will stay shut after engineers found cracks in its deck, council leader Ann Voss said."
    _assert_judged(bridge, "Ann Voss found cracks in the bridge's deck.", False)
    attack = "A bus driver was punched in Kell on Friday night and two men were later arrested."
    _assert_judged(attack, "A passenger punched a bus driver in Kell.", False)
    _assert_judged(attack, "A bus driver was punched in Kell.", True)
    gift = "The Kell hospice will open a new wing after a local firm gave £2 million towards it."
    _assert_judged(gift, "The hospice gave £2 million to a local firm.", False)
    ban = "Lia Park, the Orm United captain, was banned for four games for shoving a linesman."
    _assert_judged(ban, "A linesman shoved Lia Park.", False)
    _assert_judged(ban, "Lia Park was banned for shoving a linesman.", True)


def test_round_two_hundred_and_sixty_readings_things_swapped_and_undone() -> None:
    boats = "Protesters in 30 canoes blocked the river at Orm on Saturday."
    _assert_judged(boats, "Thirty yachts blocked the river at Orm.", False)
    _assert_judged(boats, "Thirty canoes blocked the river at Orm.", True)
    court = "A judge cleared reporter Ben Ash of contempt, ruling that his articles on the mayor's expenses were fair."
    _assert_judged(court, "Ben Ash wrote about the bishop's expenses.", False)
    post = "The transport minister said the new line would open in 2029."
    _assert_judged(post, "The health minister said the new line would open in 2029.", False)
    bats = "A roost of bats has been found in the church tower, stopping repairs while experts decide how to move them."
    _assert_judged(bats, "The bats have been moved.", False)
    _assert_judged(bats, "Experts will decide how to move the bats.", True)
    plant = "Orm Cables will close its Kell site by 2027 and move work to Pell, with no job losses expected."
    _assert_judged(plant, "There will be job losses at Kell.", False)
    shares = "Shares in Kell Foods fell 9% after it warned profits would miss what analysts had expected, blaming wet weather."
    _assert_judged(shares, "Kell Foods blamed wet weather.", True)


def test_round_two_hundred_and_sixty_readings_causes_and_discounts() -> None:
    jobs = "Kell's jobless rate fell to 4.1% in May, lower than forecasters had expected, driven by hiring in hotels and shops."
    _assert_judged(jobs, "The jobless rate fell, driven by hiring in factories.", False)
    _assert_judged(jobs, "The jobless rate fell, driven by hiring in hotels and shops.", True)
    station = "The Kell weather station reopened on Monday after two delays caused by a power fault."
    _assert_judged(station, "The delays were caused by the weather.", False)
    _assert_judged(station, "The delays were caused by a power fault.", True)
    parking = "Drivers will pay £3 an hour to park in Orm from May; blue badge holders will get a 50% discount."
    _assert_judged(parking, "Blue badge holders will be exempt from the charge.", False)
    _assert_judged(parking, "Blue badge holders will get a 50% discount.", True)


def test_round_two_hundred_and_sixty_readings_a_passive_changed() -> None:
    ban = "Jon Ruddock, the Kell Town goalkeeper, was suspended for three games on Friday for dissent, the league said."
    _assert_judged(ban, "Jon Ruddock was cleared on Friday.", False)
    _assert_judged(ban, "Jon Ruddock was suspended for three games.", True)


def test_round_two_hundred_and_sixty_readings_a_place_that_speaks_and_a_body_mixed() -> None:
    escape = "Two prisoners walked out of Orm prison on Sunday; one was found within hours, but the other is still missing, police said."
    _assert_judged(escape, "The prison said the other man was still missing.", False)
    _assert_judged(escape, "Police said the other man was still missing.", True)
    study = "Rivers near the Kell estuary are warmer than ever, researchers at Dunmore University said."
    _assert_judged(study, "Researchers at Kell University said the rivers are warmer than ever.", False)
    _assert_judged(study, "Researchers at Dunmore University said the rivers are warmer than ever.", True)


def test_round_two_hundred_and_seventy_readings_dates_and_comparisons() -> None:
    # ("last week" in an article of January is no "by January" the repairs end in)
    works = "Snow shut the Kell ring road for two days last week, and the council said repairs to the road would take until April."
    _assert_judged(works, "The council said repairs would be finished by January.", False, date="2025-01-14")
    _assert_judged(works, "The council said repairs would take until April.", True, date="2025-01-14")
    rail = "Trains between Orm and Pell were suspended for most of Friday afternoon after a signal fault, the operator said."
    _assert_judged(rail, "Trains were suspended for most of Friday morning.", False)
    _assert_judged(rail, "Trains were suspended on Friday afternoon.", True)
    # (a common noun opening the claim is no body the evidence has do anything: "Services" is no firm)
    services = "Services between Orm and Pell were suspended on Friday after a signal fault, the operator said."
    _assert_judged(services, "Services were suspended on Friday.", True)
    fog = "Fog shut Orm airport on Friday morning, and the airport said flights would be back to normal by the evening."
    _assert_judged(fog, "The airport said flights would be back to normal by Friday evening.", True)
    fares = "Bus fares in Kell will rise by 4% in May, less than the 7% the operator had asked for, the mayor said."
    _assert_judged(fares, "The rise is more than the operator asked for.", False)
    _assert_judged(fares, "The rise is less than the operator asked for.", True)
    housing = "The number of families in temporary housing in Orm rose to 930 this year, up from 610 two years ago."
    _assert_judged(housing, "The number was 930 two years ago.", False)
    _assert_judged(housing, "The number was 610 two years ago.", True)


def test_round_two_hundred_and_seventy_readings_counts() -> None:
    crash = (
        "Four walkers died and a fifth was airlifted to hospital after a rockfall near Pell; the five had been warned."
    )
    _assert_judged(crash, "Five walkers died in the rockfall.", False)
    _assert_judged(crash, "Four walkers died in the rockfall.", True)
    darts = "Lena Orr hit three maximums as Kell beat Orm 6-4 to win the county title."
    _assert_judged(darts, "Lena Orr hit four maximums.", False)
    _assert_judged(darts, "Lena Orr hit three maximums.", True)
    keeper = "Orm's keeper made four saves before the break and seven in all."
    _assert_judged(keeper, "Orm's keeper made seven saves.", True)
    show = "The Orm flower show, first held in 1950, was cancelled for a third time in five years because of flooding."
    _assert_judged(show, "The show was cancelled for the first time.", False)
    _assert_judged(show, "The show was cancelled for the 3rd time.", True)


def test_round_two_hundred_and_seventy_readings_opposites() -> None:
    vote = "Ina Cole narrowly won the Orm seat on Thursday, with 50.4% of the vote."
    _assert_judged(vote, "Ina Cole won the seat by a wide margin.", False)
    ship = "The ferry Kell Star sank off Pell in 1923 with the loss of 40 lives."
    _assert_judged(ship, "40 people survived when the Kell Star sank.", False)
    _assert_judged(ship, "40 people died when the Kell Star sank.", True)
    show = "The Orm festival opened with a film by Ada Kerr, who was booed by protesters over her remarks."
    _assert_judged(show, "Ada Kerr was cheered by protesters.", False)
    bank = "Kell Bank was fined £3 million for overcharging 20,000 savers."
    _assert_judged(bank, "Kell Bank was fined for undercharging savers.", False)
    court = "Former nurse Tia Holm was awarded £40,000 in damages after a tribunal found she had been unfairly sacked."
    _assert_judged(court, "Tia Holm was ordered to pay £40,000 in damages.", False)
    _assert_judged(court, "Tia Holm was awarded £40,000 in damages.", True)
    coast = "Coastguards boarded a yacht carrying cigarettes off Orm on Monday and arrested its two crew."
    _assert_judged(coast, "The yacht's crew escaped.", False)
    cup = "Kell Rovers beat Orm 2-1 to reach the county cup final."
    _assert_judged(cup, "Kell Rovers won the county cup final.", False)
    _assert_judged(cup, "Kell Rovers reached the county cup final.", True)
    beach = "Volunteers have found more than 200 dead puffins on beaches near Orm."
    _assert_judged(beach, "Volunteers have found more than 200 dead gulls on beaches near Orm.", False)


def test_round_two_hundred_and_seventy_readings_who_did_it() -> None:
    row = "Councillor Meg Dunn accused the government of hiding the cost of the bridge."
    _assert_judged(row, "The government accused Meg Dunn of hiding the cost.", False)
    _assert_judged(row, "Meg Dunn accused the government of hiding the cost of the bridge.", True)
    fine = "Vanta Telecom was fined £2 million by the regulator for overcharging customers."
    _assert_judged(fine, "The regulator was fined £2 million.", False)
    _assert_judged(fine, "Vanta Telecom was fined £2 million.", True)
    sale = "Kell council voted on Monday to sell the old library to developer Pell Estates for £1.2 million."
    _assert_judged(sale, "Pell Estates sold the old library to the council.", False)
    _assert_judged(sale, "The council voted to sell the old library to Pell Estates.", True)
    race = "Mayor Ruth Hale held her seat in Orm with 55% of the vote, beating rival Sam Pike, who conceded before midnight."
    _assert_judged(race, "Hale conceded before midnight.", False)
    _assert_judged(race, "Sam Pike conceded before midnight.", True)
    first = (
        "Ada Voss, 29, became the first woman to win the Kell hill race, finishing ahead of the 2023 winner, Lin Moor."
    )
    _assert_judged(first, "Lin Moor won the Kell hill race.", False)
    _assert_judged(first, "Ada Voss won the Kell hill race.", True)
    school = "Orm College will close its theatre to save £2 million, blaming rising costs, its principal, Jan Reed, told parents."
    _assert_judged(school, "Jan Reed blamed rising costs.", True)
    _assert_judged(school, "Parents blamed rising costs.", False)
    strike = "Talks between the nurses' union and the trust broke down, and the union said it would strike unless the trust improved its pay offer."
    _assert_judged(strike, "The union made a pay offer.", True)
    _assert_judged(strike, "The union offered a pay rise.", False)
    prize = "Farmer Eli Cobb was awarded £30,000 after a court found a neighbour's dog had killed his sheep."
    _assert_judged(prize, "Eli Cobb's neighbour was awarded £30,000.", False)
    boss = (
        "The boss of grocer Kell Foods has admitted the firm got its prices wrong. Kell Foods chief executive Ann Lowe."
    )
    _assert_judged(boss, "Ann Lowe admitted the firm got its prices wrong.", True)


def test_round_two_hundred_and_seventy_readings_places() -> None:
    theft = "Thieves took lead from the roof of a church near Orm overnight, closing the road between Orm and Kell, police said."
    _assert_judged(theft, "Thieves took lead from the roof of a church near Kell.", False)
    _assert_judged(theft, "Thieves took lead from the roof of a church near Orm.", True)
    bear = "Keepers at Pell Zoo said a bear cub born in March was thriving, a month after its mother was moved to a park in Orm."
    _assert_judged(bear, "The cub's mother was moved from Orm to Pell Zoo.", False)
    _assert_judged(bear, "A bear cub at Pell Zoo was thriving.", True)


def test_round_two_hundred_and_seventy_readings_speakers() -> None:
    pay = "Nurses in Orm will get a 4% rise, the health minister, Tom Kay, said, but ward managers warned wards would have to find the money."
    _assert_judged(pay, "Tom Kay warned wards would have to find the money.", False)
    _assert_judged(pay, "Ward managers warned wards would have to find the money.", True)
    _assert_judged(pay, "The government will find the money.", False)
    levy = (
        "Fuel duty will rise by 3p, the treasury said, which analysts estimate will add £60 a year to a family's bills."
    )
    _assert_judged(levy, "The treasury estimates the rise will add £60 a year.", False)
    _assert_judged(levy, "Analysts estimate the rise will add £60 a year.", True)
    shop = "Kell Stores will shut ten branches next year, its chief executive, Ruth Ames, said."
    _assert_judged(shop, "Kell Stores' chairman said branches would shut.", False)


def test_round_two_hundred_and_seventy_readings_certainty() -> None:
    trial = "Dr Ian Rowe said the scan could spot the disease earlier, but warned that the findings needed checking."
    _assert_judged(trial, "The findings have been checked.", False)
    mill = (
        "Output at the Orm mill fell by a fifth, the owner said, adding that it expected output to recover by spring."
    )
    _assert_judged(mill, "The owner said output had recovered.", False)
    _assert_judged(mill, "The owner expected output to recover by spring.", True)
    arena = "Councillor Pat Lane said the cost of the new arena could reach £400 million, twice the first estimate."
    _assert_judged(arena, "The arena will cost £400 million.", False)
    _assert_judged(arena, "Pat Lane said the cost could reach £400 million.", True)


def test_round_two_hundred_and_seventy_readings_things_and_slots() -> None:
    # (a thing the dictionary lacks is a thing all the same)
    recall = "Orm Motors will recall 4,000 cars because a faulty airbag may not open."
    _assert_judged(recall, "The recall is because of faulty brakes.", False)
    leak = "A gas leak closed Kell high street on Monday, and shoppers were told to stay away from the area."
    _assert_judged(leak, "Shoppers were told to leave their cars at home.", False)
    _assert_judged(leak, "Shoppers were told to stay away from the area.", True)
    barn = "Villagers who wanted it restored as a hall objected to the council's plan for the old barn."
    _assert_judged(barn, "Villagers wanted the barn demolished.", False)
    _assert_judged(barn, "Villagers wanted the barn restored as a hall.", True)
    bins = "Bin crews in Orm walked out for a week on Monday over rotas."
    _assert_judged(bins, "Bin crews walked out over pay.", False)
    _assert_judged(bins, "Bin crews walked out over rotas.", True)
    fight = "Police said a man had been arrested after another man was punched outside a pub in Kell."
    _assert_judged(fight, "A barman was punched outside a pub in Kell.", False)
    storm = "Wind tore off the roof of the chapel at St Anne's school in Orm on Sunday."
    _assert_judged(storm, "Wind damaged the chapel spire.", False)
    raid = "Burglars stole antique clocks from a shop in Pell overnight, police said."
    _assert_judged(raid, "Burglars stole gold rings from a shop in Pell.", False)
    _assert_judged(raid, "Burglars stole antique clocks from a shop in Pell.", True)


def test_round_two_hundred_and_eighty_readings_tallies_prizes_and_parts() -> None:
    vote = "Members of the Orm club backed a merger with Kell by 61% to 39% at a meeting on Monday."
    _assert_judged(vote, "The result was 61% to 39%.", True)
    award = "The Pell medal for local history went to Ada Rowe for her study of the Orm mills."
    _assert_judged(award, "Ada Rowe won the Pell medal.", True)
    crash = "A van hit a wall in Kell on Friday, injuring two men, one seriously."
    _assert_judged(crash, "Both men were seriously injured.", False)
    prices = "Inflation in Orm eased to 2% last year, the survey said, as rents rose more slowly."
    _assert_judged(prices, "Rents fell last year.", False)
    _assert_judged(prices, "Rents rose more slowly.", True)
    flood = "Floods cut off the village of Pell on Monday; 11 people are missing and boats have carried four families to safety."
    _assert_judged(flood, "Four people are missing.", False)
    _assert_judged(flood, "Eleven people are missing.", True)
    _assert_judged(flood, "Boats have carried 11 families to safety.", False)
    sale = "A silver jug found in a Kell attic sold for £9,000, five times its estimate."
    _assert_judged(sale, "The jug sold for twice its estimate.", False)


def test_round_two_hundred_and_eighty_readings_things_of_a_kind_and_opposites() -> None:
    club = "Orm Town have signed defender Sam Hale from Kell Rovers for £200,000."
    _assert_judged(club, "Orm Town signed a goalkeeper.", False)
    _assert_judged(club, "Orm Town signed a defender.", True)
    storm = "A falling tree crushed a parked taxi in Pell during the storm on Sunday."
    _assert_judged(storm, "A falling tree crushed a bus.", False)
    court = "A tribunal found that the dealer had sold fake watches for three years."
    _assert_judged(court, "The tribunal found the dealer had stolen watches.", False)
    quotas = "New limits on mackerel catches were announced on Friday, angering fishing crews in Orm."
    _assert_judged(quotas, "Fishing crews welcomed the limits.", False)
    _assert_judged(quotas, "New limits on herring catches were announced on Friday.", False)
    swim = "Two swimmers were rescued off Kell beach on Saturday after being caught by a strong current."
    _assert_judged(swim, "Two swimmers drowned off Kell beach.", False)
    ban = "A ban on open fires in Orm forest will begin on Monday because of the dry weather."
    _assert_judged(ban, "The ban on open fires has been lifted.", False)
    line = "The Pell tramline reopened after repairs, but trams will run at reduced speed until June."
    _assert_judged(line, "Trams will run at full speed.", False)


def test_round_two_hundred_and_eighty_readings_who_did_it() -> None:
    side = "Kell captain Ann Ross was ruled out of the final with a knee injury, and vice-captain Jo Pike will lead the team."
    _assert_judged(side, "Ann Ross will lead the team.", False)
    _assert_judged(side, "Jo Pike was ruled out of the final.", False)
    _assert_judged(side, "Jo Pike will lead the team.", True)
    loans = "The firm was fined for taking loans from a rival without telling its shareholders."
    _assert_judged(loans, "The firm made loans to a rival.", False)
    _assert_judged(loans, "The firm took loans from a rival.", True)
    birds = "Puffin numbers on Orm island have halved since 2010, and wardens blame a lack of sand eels, though researchers point to storms."
    _assert_judged(birds, "Researchers blame a lack of sand eels.", False)
    _assert_judged(birds, "Wardens blame a lack of sand eels.", True)
    # (a verb the dictionary lacks, read by its stem)
    ship = "The ferry ran aground off Pell at dawn and was stuck for six hours before tugs refloated it."
    _assert_judged(ship, "Tugs failed to refloat the ferry.", False)
    _assert_judged(ship, "Tugs refloated the ferry.", True)


def test_round_two_hundred_and_eighty_readings_speakers() -> None:
    ban = "Shops in Orm will have to shut by 10pm from May, the council said, angering local traders."
    _assert_judged(ban, "Local traders said shops would have to shut by 10pm.", False)
    _assert_judged(ban, "The council said shops would have to shut by 10pm.", True)
    oil = "Oil prices fell 4% on Tuesday after Kellia raised output, citing weak demand, dealers said."
    _assert_judged(oil, "Kellia said oil prices fell 4%.", False)
    _assert_judged(oil, "Dealers said oil prices fell 4%.", True)


def test_round_two_hundred_and_eighty_readings_slots() -> None:
    show = "The band cancelled its Orm show on Saturday, citing a family emergency, and offered refunds."
    _assert_judged(show, "The band cited a sore throat.", False)
    _assert_judged(show, "The band cited a family emergency.", True)
    jabs = "Health officials urged pregnant women to get the jab as cases rose."
    _assert_judged(jabs, "Officials urged teachers to get the jab.", False)
    court = "Ivo Marr was released two years into a six-year sentence for bribery."
    _assert_judged(court, "Marr was serving a sentence for theft.", False)
    _assert_judged(court, "Marr was serving a sentence for bribery.", True)
    crash = "A cyclist was hurt after a van hit a lamp post in Pell."
    _assert_judged(crash, "The van hit a wall.", False)
    _assert_judged(crash, "The van hit a lamp post.", True)
    petition = "More than 2,000 people signed a petition against the new car park, the council said."
    _assert_judged(petition, "People signed a petition supporting the car park.", False)
    _assert_judged(petition, "People signed a petition opposing the car park.", True)


def test_round_two_hundred_and_eighty_readings_spans_and_owners() -> None:
    gig = "The singer called off her Pell concert minutes before it was due to begin, citing a power cut."
    _assert_judged(gig, "The concert was called off a day before it was due to begin.", False)
    _assert_judged(gig, "The concert was called off minutes before it was due to begin.", True)
    pier = "The Kell pier will reopen in June after a £3 million repair, the charity that runs it said."
    _assert_judged(pier, "The council runs the pier.", False)
    _assert_judged(pier, "The charity runs the pier.", True)


def test_round_two_hundred_and_ninety_readings() -> None:
    seed = "Breeders have grown a pea that resists mildew, but say it will be years before growers can sow it."
    _assert_judged(seed, "Growers will not be able to sow it for years.", True)
    otters = "Volunteers counted 52 otters on the Kell this summer, up from 38 in 2019."
    _assert_judged(otters, "There were 52 otters in 2019.", False)
    _assert_judged(otters, "There were 38 otters in 2019.", True)
    ferry = "The Pell ferry will stop in June because the trust can no longer afford its running costs."
    _assert_judged(ferry, "The council can no longer afford the running costs.", False)
    _assert_judged(ferry, "The trust can no longer afford the running costs.", True)
    ward = "A virus on a ward at Orm hospital infected 14 patients, two of whom later died."
    _assert_judged(ward, "Fourteen patients died.", False)
    _assert_judged(ward, "Two patients died.", True)
    grant = "Landlords in Kell will be paid £2,000 a home to fit insulation under a new scheme."
    _assert_judged(grant, "Landlords will pay £2,000 a home.", False)
    _assert_judged(grant, "Landlords will be paid £2,000 a home.", True)


def test_round_two_hundred_and_ninety_readings_medals_and_how_many() -> None:
    meet = "Swimmer Ola Berg won bronze in the relay and gold in the 100 metres at the Kell games."
    _assert_judged(meet, "Ola Berg won gold in the relay.", False)
    _assert_judged(meet, "Ola Berg won gold in the 100 metres.", True)
    eggs = "Inspectors found salmonella in a small number of the eggs tested at the Pell farm."
    _assert_judged(eggs, "Inspectors found salmonella in most of the eggs tested.", False)
    _assert_judged(eggs, "Inspectors found salmonella in a small number of the eggs.", True)


def test_round_three_hundred_readings_who_did_it() -> None:
    estate = (
        "Residents of the Orm Court flats have won their case against the owner, Pellbridge Estates, which was "
        "ordered to replace 60 broken lifts."
    )
    _assert_judged(estate, "The residents were ordered to replace the lifts.", False)
    _assert_judged(estate, "Pellbridge Estates was ordered to replace 60 broken lifts.", True)
    club = "Ana Pike, who founded the rowing club Kell Oars in 2001, will hand over to her assistant, Tom Reyes."
    _assert_judged(club, "Tom Reyes founded Kell Oars.", False)
    _assert_judged(club, "Ana Pike founded Kell Oars.", True)
    race = "Rider Ivo Stam won the time trial, but his teammate Olek Varn took the yellow jersey by eight seconds."
    _assert_judged(race, "Ivo Stam took the yellow jersey.", False)
    _assert_judged(race, "Olek Varn took the yellow jersey.", True)
    walkers = "Three walkers lost on Orm Fell overnight were found safe by a mountain rescue team at dawn."
    _assert_judged(walkers, "The walkers were found by a police drone.", False)
    _assert_judged(walkers, "The walkers were found by a mountain rescue team.", True)
    bus = "Kell Coaches has lost its contract, and the school buses will be run by the county from May."
    _assert_judged(bus, "Kell Coaches will run the school buses from May.", False)
    _assert_judged(bus, "The county will run the school buses from May.", True)
    pool = "Diver Nia Holt broke the Kell pool record, beating the mark set by her trainer, Greta Voss, in 2004."
    _assert_judged(pool, "Holt's trainer is Nia Voss.", False)
    _assert_judged(pool, "Greta Voss set the mark in 2004.", True)
    match = "Striker Ivo Lund was booked early on, but Kell won 1-0 thanks to a header from Sam Orme."
    _assert_judged(match, "Ivo Lund scored a header.", False)
    _assert_judged(match, "Sam Orme scored a header.", True)
    plant = "Orlen Textiles will shut its Kell mill in May, moving production to Portugal."
    _assert_judged(plant, "Production is moving from Portugal to Kell.", False)
    _assert_judged(plant, "Orlen Textiles is moving production to Portugal.", True)


def test_round_three_hundred_readings_who_said_it() -> None:
    grant = (
        "The ministry will give £20 million to rural libraries, the culture minister announced, but librarians "
        "said that was a third of what was needed."
    )
    _assert_judged(grant, "The culture minister said it was a third of what was needed.", False)
    _assert_judged(grant, "Librarians said it was a third of what was needed.", True)
    reef = (
        "Boatmen in Kell Bay have backed a ban on anchoring, which biologists say has already helped seagrass regrow."
    )
    _assert_judged(reef, "Boatmen say the ban has helped seagrass regrow.", False)
    _assert_judged(reef, "Biologists say the ban has helped seagrass regrow.", True)
    book = "The former mayor, Ines Kaur, has denied claims in a new memoir that she took bribes, calling them lies."
    _assert_judged(book, "Kaur called the claims lies.", True)
    _assert_judged(book, "Kaur admitted the claims.", False)


def test_round_three_hundred_readings_what_happened() -> None:
    sale = "A first edition of Darwin's Origin sold for £900,000 at auction in York, three times its estimate."
    _assert_judged(sale, "The first edition failed to sell at auction.", False)
    _assert_judged(sale, "The first edition sold for £900,000.", True)
    review = "The care firm has apologised to the family of Ada Mole, and said it had changed its visiting rules."
    _assert_judged(review, "The care firm refused to change its visiting rules.", False)
    crash = "Police arrested a 51-year-old woman after a van hit a bus shelter in Orm on Sunday."
    _assert_judged(crash, "Police arrested the van driver for drink-driving.", False)
    _assert_judged(crash, "Police arrested a 51-year-old woman.", True)
    jockey = "Jockey Mia Trent, 41, has signed a new two-year deal with the Kell stables, ending speculation that she would retire."
    _assert_judged(jockey, "Mia Trent has announced her retirement.", False)
    _assert_judged(jockey, "Mia Trent has signed a new two-year deal.", True)
    fair = "The Kell show has been called off for the first time in its 70-year history after flooding."
    _assert_judged(fair, "The Kell show has been called off many times before.", False)


def test_round_three_hundred_readings_lexicon_sides() -> None:
    pup = "Keepers at Orm zoo are hand-rearing a baby chimpanzee after its mother abandoned it."
    _assert_judged(pup, "Keepers are hand-rearing a baby lemur.", False)
    port = "Dock workers in Kell have welcomed a ban on night cruises."
    _assert_judged(port, "Dock workers have opposed a ban on night cruises.", False)
    _assert_judged(port, "Dock workers have welcomed a ban on night cruises.", True)
    pump = "Orm Water missed its target for cutting leaks for the third year running."
    _assert_judged(pump, "Orm Water met its target for cutting leaks.", False)
    lifeboat = "Coastguards rescued three walkers cut off by the tide at Kell Head on Sunday."
    _assert_judged(lifeboat, "Coastguards recovered the bodies of three walkers.", False)
    _assert_judged(lifeboat, "Coastguards rescued three walkers.", True)
    levy = "The Kell council will bring in the levy in 2026, three years ahead of a national scheme."
    _assert_judged(levy, "The levy comes three years after a national scheme.", False)
    toll = "Councillors set a £9 toll for the bridge after rejecting a £5 option."
    _assert_judged(toll, "Councillors chose the £5 option.", False)


def test_round_three_hundred_and_ten_readings_faithful_kept() -> None:
    coach = "Hockey club Kell Falcons have named former Scotland captain Ana Reid as coach, replacing Tom Pike."
    _assert_judged(coach, "Kell Falcons have named Ana Reid as coach.", True)
    _assert_judged(coach, "Kell Falcons have named Tom Pike as coach.", False)
    recall = "Orm Cycles has recalled 9,000 e-bikes because a battery fault could cause a fire, though it knew of no fires yet."
    _assert_judged(recall, "A battery fault could cause a fire.", True)
    _assert_judged(recall, "A battery fault has caused fires.", False)
    homes = "Plans for 80 flats on the edge of Kell were rejected by planners because the roads could not cope."
    _assert_judged(homes, "Plans for 80 flats were rejected by planners.", True)


def test_round_three_hundred_and_ten_readings_who_said_and_did_it() -> None:
    beds = "The Orm shelter will close 12 of its 30 beds in May because grants fell, its director said."
    _assert_judged(beds, "Its chairman said the beds would close.", False)
    _assert_judged(beds, "Its director said the beds would close.", True)
    bout = "Wrestler Ivo Mark lost his belt to Kell's Dan Roe in Leeds, and said he would appeal the result."
    _assert_judged(bout, "Dan Roe said he would appeal the result.", False)
    _assert_judged(bout, "Ivo Mark said he would appeal the result.", True)
    march = "Hundreds marched through Orm against plans to shut its fire station, which the fire service says is too costly."
    _assert_judged(march, "The marchers say the station is too costly.", False)
    refund = "A farmer who lost £9,000 to a fake supplier has had the money repaid by his bank, Orm Mutual."
    _assert_judged(refund, "The bank refused to repay the money.", False)
    _assert_judged(refund, "His bank repaid the money.", True)
    pond = "Red frogs have returned to the Kell ponds since volunteers netted the grey carp that ate their spawn."
    _assert_judged(pond, "Volunteers netted the red carp.", False)
    _assert_judged(pond, "Volunteers netted the grey carp.", True)
    passes = "Free bus passes will stay in Orm after councillors reversed a decision to scrap the scheme."
    _assert_judged(passes, "Councillors have scrapped the free bus pass scheme.", False)
    _assert_judged(passes, "Councillors reversed a decision to scrap the scheme.", True)


def test_round_three_hundred_and_ten_readings_lexicon() -> None:
    snake = "Police in Orm are looking for a boa that escaped from a flat."
    _assert_judged(snake, "Police are looking for an escaped adder.", False)
    _assert_judged(snake, "Police have caught the boa.", False)
    gran = "A boy who ran 10km for the nursing home that cared for his grandmother has raised £2,000."
    _assert_judged(gran, "The nursing home cared for his grandfather.", False)
    vet = "A vet in Kell has been struck off after a tribunal found he had forged records."
    _assert_judged(vet, "A vet has been cleared by a tribunal.", False)
    _assert_judged(vet, "A dentist in Kell has been struck off.", False)
    fight = "Boxer Ola Kent kept her title on a split decision in Cardiff."
    _assert_judged(fight, "Kent kept her title on a unanimous decision.", False)
    pit = "The Orm colliery museum has been saved after a trust agreed to take it over."
    _assert_judged(pit, "The Orm colliery museum has closed.", False)
    power = "Solar farms supplied 12% of Orm's power last year, the grid said."
    _assert_judged(power, "Wind farms supplied 12% of Orm's power last year.", False)
    test = "A trial at Kell found that pupils' reading improved when lessons started later."
    _assert_judged(test, "A trial found pupils' reading fell when lessons started later.", False)
    horse = "Crews spent an hour trying to free a pony that was stuck in a bog near Kell."
    _assert_judged(horse, "Crews freed a donkey from a bog.", False)
    raised = "A girl who cycled 50 miles for the Orm hospice has raised £3,000, double her target."
    _assert_judged(raised, "She raised half her target.", False)


def test_round_three_hundred_and_ten_readings_kin() -> None:
    swim = "A 75-year-old man has swum the Kell estuary for the charity that cared for his late wife."
    _assert_judged(swim, "His wife swam the Kell estuary.", False)
    _assert_judged(swim, "A 75-year-old man has swum the Kell estuary.", True)
    couple = "Ivo Lang and his wife, Mara, have moved to Orm; his wife said they loved the sea."
    _assert_judged(couple, "His wife Mara has moved to Orm.", True)


def test_round_three_hundred_and_ten_readings_spans_and_openers() -> None:
    bells = "The Orm church bells will ring half an hour later on Sundays from May, the vicar said."
    _assert_judged(bells, "The bells will ring an hour later on Sundays.", False)
    _assert_judged(bells, "The bells will ring 30 minutes later on Sundays.", True)
    fuel = "Three men were jailed for stealing 900 litres of heating oil from a Kell school."
    _assert_judged(fuel, "Three men were jailed for stealing petrol.", False)
    vet = "A vet in Orm has been suspended after treating animals without their owners' consent, a tribunal found."
    _assert_judged(vet, "An owner has been suspended.", False)
    _assert_judged(vet, "A vet has been suspended.", True)


def test_round_three_hundred_and_twenty_readings_faithful_kept() -> None:
    whale = "Coastguards freed a whale tangled in fishing nets off Orm, and it swam away unhurt."
    _assert_judged(whale, "A whale was freed from fishing nets.", True)
    trial = 'Speaking after the trial, the victim\'s sister, Ada Orme, said: "Nothing will bring him back."'
    _assert_judged(trial, "Ada Orme said nothing would bring her brother back.", True)
    hall = "Dame Ada Kerr, the former head who led the review of Orm's schools, has criticised the council for ignoring it."
    _assert_judged(hall, "Dame Ada Kerr criticised the council.", True)
    mast = "The mast was approved by Ana Pike despite objections from Tom Reed, who said it would spoil the view."
    _assert_judged(mast, "Tom Reed said it would spoil the view.", True)
    con = "An 80-year-old man was tricked out of £9,000 by a woman pretending to be a nurse."
    _assert_judged(con, "A woman pretending to be a nurse tricked a man out of £9,000.", True)


def test_round_three_hundred_and_twenty_readings_things_of_a_kind() -> None:
    whale = "Coastguards freed a whale tangled in fishing nets off Orm, and it swam away unhurt."
    _assert_judged(whale, "A dolphin was freed from fishing nets.", False)
    art = "The Orm museum has bought a painting of a comet by a local artist for £4,000."
    _assert_judged(art, "The museum bought a painting of an asteroid.", False)
    bakery = "Ada Kerr, who ran the Kell bakery for 30 years, has handed it over to her granddaughter, Mia."
    _assert_judged(bakery, "She handed the bakery to her daughter.", False)
    prize = "Mina Lowe won £50,000 on a scratchcard she bought in Kell."
    _assert_judged(prize, "Mina Lowe won £50,000 on the lottery.", False)
    review = "Ivo Dent chaired the inquiry into the Kell explosion, which found that the gas main was old."
    _assert_judged(review, "Ivo Dent chaired the inquiry into the Kell fire.", False)
    school = "Orm Academy has shut its sports hall after the roof was found to contain crumbling concrete."
    _assert_judged(school, "The roof was found to contain asbestos.", False)
    owl = "A barn owl found with a broken wing near Kell was taken to a sanctuary, where it is recovering."
    _assert_judged(owl, "The owl was taken to a zoo.", False)
    estate = "Plans for 300 homes on the old Kell airfield have been approved despite 400 objections."
    _assert_judged(estate, "The homes will be built on farmland.", False)


def test_round_three_hundred_and_twenty_readings_opposites() -> None:
    match = "Kell Rovers won 2-0 at Orm Town, their first away win since March."
    _assert_judged(match, "Kell Rovers recorded their first home win since March.", False)
    sky = "An amateur photographer in Orm has captured the northern lights over the harbour."
    _assert_judged(sky, "A professional photographer captured the northern lights.", False)
    host = "Presenter Ana Lowe has announced she will leave the breakfast show after nine years."
    _assert_judged(host, "Ana Lowe will return to the breakfast show.", False)
    pool = "The £2m refit of the Kell pool added a learner pool and 50 seats for spectators."
    _assert_judged(pool, "The refit removed 50 seats for spectators.", False)
    bandstand = "The Orm bandstand, which was damaged by storms, will be renovated next year."
    _assert_judged(bandstand, "The Orm bandstand will be demolished next year.", False)
    owls = "Two barn owl chicks have hatched in a nest box at Kell school."
    _assert_judged(owls, "Two barn owl chicks have died at Kell school.", False)
    beds = "The number of patients waiting for a bed in Orm fell in May, to 900, but remains close to a record high."
    _assert_judged(beds, "The number of patients waiting for a bed has hit a record high.", False)
    _assert_judged(beds, "The number of patients waiting for a bed remains close to a record high.", True)
    judge = "Ivo Marsh, a retired judge, will chair the review."
    _assert_judged(judge, "Ivo Marsh, a serving judge, will chair the review.", False)


def test_round_three_hundred_and_twenty_readings_who_did_it() -> None:
    coach = "Ivo Marsh, who coached the Kell team for 20 years, has handed the role to his niece, Freya."
    _assert_judged(coach, "Freya coached the Kell team for 20 years.", False)
    hall = "Dame Ada Kerr, the former head who led the review of Orm's schools, has criticised the council for ignoring it."
    _assert_judged(hall, "The council criticised Dame Ada Kerr.", False)
    crane = "Detectives investigating the death of Ivo Crane, 51, have arrested his nephew."
    _assert_judged(crane, "Ivo Crane has been arrested.", False)
    herd = "Farmer Ada Pike was fined after her sheep got onto the A9 and a cyclist was hurt."
    _assert_judged(herd, "Ada Pike was hurt.", False)
    yoghurt = (
        "Kettle Dairies has withdrawn its yoghurts after some were found to contain metal, the Food Safety Office said."
    )
    _assert_judged(yoghurt, "The Food Safety Office has withdrawn Kettle's yoghurts.", False)
    foods = (
        "Kettle Foods has withdrawn its yoghurts after some were found to contain metal, the Food Safety Office said."
    )
    _assert_judged(foods, "Kettle Foods said some yoghurts contained metal.", False)
    captain = "The captain of Kell Rovers, Ivo Dent, has been dropped while the club reviews his conduct."
    _assert_judged(captain, "Ivo Dent has dropped a player.", False)
    mast = "The mast was approved by Ana Pike despite objections from Tom Reed, who said it would spoil the view."
    _assert_judged(mast, "Ana Pike said it would spoil the view.", False)
    earl = "The Earl of Kell opened a new sports hall at Orm Academy, which was paid for by a crowdfunding appeal."
    _assert_judged(earl, "The Earl of Kell paid for the sports hall.", False)
    girl = "Police say a 16-year-old girl who was stabbed in Kell on Friday is in a stable condition, and two teenagers have been arrested."
    _assert_judged(girl, "The 16-year-old girl has been arrested.", False)


def test_round_three_hundred_and_twenty_readings_what_happened() -> None:
    con = "An 80-year-old man was tricked out of £9,000 by a woman pretending to be a nurse."
    _assert_judged(con, "A nurse tricked a man out of £9,000.", False)
    ships = "Orm Shipping will cut 80 jobs in Kell and move its offices to Leeds."
    _assert_judged(ships, "Orm Shipping will move its offices to Kell.", False)
    shelter = "Police are appealing for information after a bus shelter was smashed in Kell on Friday night."
    _assert_judged(shelter, "Police have arrested a man after a bus shelter was smashed.", False)


def test_round_three_hundred_and_thirty_readings_faithful_kept() -> None:
    innings = "Opener Ivo Pike hit 88 as Kell beat Orm by 40 runs, but captain Tom Reed was out for 2."
    _assert_judged(innings, "Ivo Pike scored 88.", True)
    term = "Van driver Ana Lowe, who crashed into a bus stop in Kell, has been jailed for four years and banned from driving for seven."
    _assert_judged(term, "Ana Lowe has been jailed for four years.", True)


def test_round_three_hundred_and_thirty_readings_opposites() -> None:
    regatta = "The Orm regatta has been called off this year because the harbour is being dredged."
    _assert_judged(regatta, "The regatta has been called off for good.", False)
    inquest = "A coroner concluded that Ivo Hart, 30, died accidentally when he fell from a cliff path."
    _assert_judged(inquest, "The coroner concluded that Ivo Hart was unlawfully killed.", False)
    hedges = "Volunteers planted 2,000 hedgerow trees along the Kell road over the winter."
    _assert_judged(hedges, "Volunteers cut down 2,000 hedgerow trees.", False)
    herring = "Scientists found that herring stocks in the Orm estuary had recovered, so boats may land more."
    _assert_judged(herring, "Scientists found that herring stocks had collapsed.", False)
    crash = "The van driver, who fell asleep at the wheel, hit a wall on the Kell road."
    _assert_judged(crash, "The van driver was drunk at the wheel.", False)
    swim = "Swimmer Ana Kell retained her European title in Rome on Sunday."
    _assert_judged(swim, "Ana Kell won her world title in Rome.", False)
    otters = "Two otters at Kell wildlife park have become parents to twins, the first born there in a decade."
    _assert_judged(otters, "The otters have had triplets.", False)
    charge = "A 30-year-old man has been charged with dangerous driving after a crash in Kell."
    _assert_judged(charge, "A man has been charged with careless driving.", False)
    cinema = "The Orm Picture House will reopen in May under a community trust that raised £90,000 to buy it, after its owner went bust."
    _assert_judged(cinema, "The community trust will demolish the Orm Picture House.", False)


def test_round_three_hundred_and_thirty_readings_what_happened() -> None:
    vaccine = "A new vaccine could help protect calves from bluetongue, researchers in Kell said."
    _assert_judged(vaccine, "The vaccine will protect calves from bluetongue.", False)
    innings = "Opener Ivo Pike hit 88 as Kell beat Orm by 40 runs, but captain Tom Reed was out for 2."
    _assert_judged(innings, "Tom Reed scored 88.", False)  # (the one who hit it is no other's score)
    term = "Van driver Ana Lowe, who crashed into a bus stop in Kell, has been jailed for four years and banned from driving for seven."
    _assert_judged(term, "Ana Lowe has been jailed for seven years.", False)
    rain = "March was the driest on record in Scotland, though Wales had an average month."
    _assert_judged(rain, "March was the driest on record in Wales.", False)
    moor = (
        "Two walkers who went missing on Orm Fell were found safe and well by a search dog after a night on the moor."
    )
    _assert_judged(moor, "The walkers were found by a lifeboat crew.", False)
    road = "The Orm ring road will shut for two nights next week, National Roads said."
    _assert_judged(road, "The council said the ring road would shut.", False)
    vote = "Ana Reed, who won the Kell by-election for the Greens, overturned a Labour majority of 5,000."
    _assert_judged(vote, "Labour won the Kell by-election.", False)
    menu = "Chef Ivo Marr has opened a restaurant in Orm with a menu built around local venison."
    _assert_judged(menu, "The menu is built around local beef.", False)
    genome = "Scientists have mapped the genome of the wildcat, which could help protect the species, a study found."
    _assert_judged(genome, "Scientists have mapped the genome of the marten.", False)


def test_round_three_hundred_and_forty_readings_faithful_kept() -> None:
    trawler = "Coastguards say there is no sign of any leak from the grounded trawler and its crew of six are safe."
    _assert_judged(trawler, "The crew of six are safe.", True)
    _assert_judged(trawler, "The trawler is leaking fuel.", False)
    will = "The late Ada Kerr has left £5m to charity in her will, including £2m to animal shelters."
    _assert_judged(will, "She left £2m to animal shelters.", True)
    _assert_judged(will, "She left £2m to charity.", False)
    bypass = "Work on the Orm bypass has been paused while ecologists survey the site."
    _assert_judged(bypass, "Work on the bypass has been put on hold.", True)


def test_round_three_hundred_and_forty_readings_what_happened() -> None:
    will = "The late Ada Kerr has left £5m to charity in her will, including £2m to animal shelters."
    recital = "Pianist Ivo Marr collapsed during a recital in Kell and was taken to hospital."
    _assert_judged(recital, "A violinist collapsed during a recital.", False)
    bus = "The bus was taken off the road after a fault was found with its brakes."
    _assert_judged(bus, "A fault was found with its steering.", False)
    ferry = "The inquiry into the Kell ferry sinking praised the crew for their calm."
    _assert_judged(ferry, "The inquiry into the Kell ferry fire praised the crew.", False)
    blaze = "Fire investigators believe the blaze at the Orm warehouse was started by a faulty heater."
    _assert_judged(blaze, "Investigators believe the blaze was started deliberately.", False)
    regatta = "Ivo Marsh won gold in the single sculls at the Kell regatta on Sunday."
    _assert_judged(regatta, "Ivo Marsh won gold in the double sculls.", False)
    bypass = "Work on the Orm bypass has been paused while ecologists survey the site."
    _assert_judged(bypass, "Work on the bypass has been cancelled.", False)
    plant = "The company expects to hire 300 workers at its new plant in Kell."
    _assert_judged(plant, "The company will take on 300 workers.", False)
    _assert_judged(will, "She left £5m to animal shelters.", False)
    walker = "A man who was stung by a swarm of bees near Kell has been released from hospital."
    _assert_judged(walker, "The man is still in hospital.", False)
    dean = "The Dean of Orm, Ivo Pell, will retire in the spring after 12 years, the cathedral said."
    _assert_judged(dean, "Ivo Pell has been appointed Dean of Orm.", False)
    flight = "A flight from Kell to Faro was held on the runway for three hours and was eventually cancelled."
    _assert_judged(flight, "The flight eventually took off.", False)
    goats = "A herd of goats that escaped from a farm near Orm has been rounded up after two days."
    _assert_judged(goats, "The goats are still missing.", False)
    till = (
        "A shop manager, Ivo Crane, 41, has been jailed for stealing £9,000 from the Orm charity shop where he worked."
    )
    _assert_judged(till, "The charity shop stole £9,000 from Ivo Crane.", False)
    _assert_judged(till, "Ivo Crane stole £9,000 from the charity shop.", True)
    match = "Kell's Ana Rowe, ranked 140th in the world, knocked out the second seed Mia Dale in Orm."
    _assert_judged(match, "Mia Dale is ranked 140th.", False)
    _assert_judged(match, "Ana Rowe is ranked 140th in the world.", True)


def test_round_three_hundred_and_fifty_readings_faithful_kept() -> None:
    ferries = "Ferry crossings rose 8% last year to 2.2 million, but remain below the 2.6 million carried in 2019."
    _assert_judged(ferries, "Crossings remain below the level of 2019.", True)
    _assert_judged(ferries, "Ferry crossings fell 8% last year.", False)
    scam = "A 68-year-old man has been left £12,000 out of pocket after a caller persuaded him to move his savings."
    _assert_judged(scam, "A 68-year-old man lost £12,000.", True)
    choir = "The Orm Choir has appointed the Danish composer Ivo Lund as its first artistic director."
    _assert_judged(choir, "Ivo Lund has been appointed artistic director of the Orm Choir.", True)
    _assert_judged(choir, "Ivo Lund has appointed the Orm Choir.", False)
    dig = "Volunteers digging near Kell have found a Roman coin hoard that experts date to the third century."
    _assert_judged(dig, "Volunteers have found a Roman coin hoard near Kell.", True)


def test_round_three_hundred_and_fifty_readings_what_happened() -> None:
    mill = "The old mill in Kell is to be turned into 40 flats after the council approved the plans."
    _assert_judged(mill, "The mill will be turned into a hotel.", False)
    _assert_judged(mill, "The mill will be converted into flats.", True)
    till = "A woman who took £200 from the till of an Orm café has been caught on camera, police said."
    _assert_judged(till, "The woman took £200 from the till of a pub.", False)
    fees = "Drivers will pay £3 a day to park at Kell station after the rail company scrapped free parking."
    _assert_judged(fees, "The rail company has introduced free parking.", False)
    farmer = "The RSPCA took 30 sheep from a farm near Orm, and the farmer has been banned from keeping animals."
    _assert_judged(farmer, "The farmer has been jailed.", False)
    _assert_judged(farmer, "The farmer has been banned from keeping animals.", True)
    bus = "A free minibus will take pupils to the new school while the road is closed."
    _assert_judged(bus, "Pupils will pay for the minibus.", False)
    boy = "Police are appealing for help to find a 13-year-old boy from Kell who has not been seen since Friday."
    _assert_judged(boy, "The boy has been found safe.", False)
    _assert_judged(boy, "Police are appealing for help to find a 13-year-old boy.", True)
    lorry = "A lorry carrying whisky overturned on the A9 near Kell."
    _assert_judged(lorry, "A lorry carrying beer overturned on the A9.", False)
    hoard = "An Iron Age dagger found by a walker near Kell will go on show at the town museum."
    _assert_judged(hoard, "An Iron Age helmet found by a walker will go on show.", False)
    actor = "The actor Ivo Rusk, best known for his role in the Orm Street series, has died aged 79, his agent said."
    _assert_judged(actor, "His agent has died aged 79.", False)
    _assert_judged(actor, "Ivo Rusk has died aged 79.", True)
    raid = "Three men were arrested after a raid on a warehouse in Orm, the police said."
    _assert_judged(raid, "The police arrested three men.", True)


def test_round_three_hundred_and_sixty_readings_who_did_it() -> None:
    kitchen = "A fire in the kitchen of an Orm café was extinguished by staff before firefighters arrived."
    _assert_judged(kitchen, "Firefighters extinguished the fire before staff arrived.", False)
    _assert_judged(kitchen, "Staff extinguished the fire before firefighters arrived.", True)
    line = "The Kell line will shut for a week while engineers repair the track, with coaches replacing trains."
    _assert_judged(line, "Trains will replace coaches.", False)
    _assert_judged(line, "Coaches will replace trains.", True)
    winner = "The pensioner who won £50,000 on the lottery says she will give half of it to the hospice in Orm."
    _assert_judged(winner, "The hospice will give her half of the money.", False)
    _assert_judged(winner, "She will give half of the money to the hospice.", True)
    wall = "A man was arrested after his van hit a wall in Kell; no one else was injured."
    _assert_judged(wall, "A cyclist was injured.", False)
    _assert_judged(wall, "No one else was injured.", True)


def test_round_three_hundred_and_sixty_readings_what_happened() -> None:
    vase = "A Ming vase found in a rectory attic in Orm could fetch £500,000 when it is auctioned next month."
    _assert_judged(vase, "The vase has been sold for £500,000.", False)
    _assert_judged(vase, "The vase was found in a castle attic.", False)
    club = "Kell Rovers will play their home matches at Orm next season while their stand is rebuilt."
    _assert_judged(club, "Kell Rovers will play their away matches at Orm.", False)
    scheme = "Free school breakfasts in Orm will be extended for another year after take-up doubled."
    _assert_judged(scheme, "Free school breakfasts will end.", False)
    flats = "Residents of the Kell Road flats must leave for six months while the roof is replaced."
    _assert_judged(flats, "Residents can stay in their flats.", False)
    winger = "Orm's winger Ivo Tate will miss a month after he hurt his ankle in training."
    _assert_judged(winger, "Ivo Tate hurt his ankle in a match.", False)
    leak = "A gas leak at a factory in Kell forced 40 workers to leave the site on Monday."
    _assert_judged(leak, "A gas explosion forced 40 workers to leave the site.", False)
    river = "Engineers will strengthen the Orm viaduct over the winter, closing the line for a month."
    _assert_judged(river, "Engineers will strengthen the Orm tunnel.", False)


def test_round_three_hundred_and_seventy_readings() -> None:
    youth = "A 16-year-old who sprayed graffiti on the Orm war memorial has been given a nine-month referral order."
    _assert_judged(youth, "The 16-year-old has been jailed for nine months.", False)
    _assert_judged(youth, "The 16-year-old has been given a nine-month referral order.", True)
    buses = "Kell Buses will run an extra 12 journeys a day on the Orm route from June."
    _assert_judged(buses, "Kell Buses will cut 12 journeys a day.", False)
    _assert_judged(buses, "Kell Buses will run 12 additional journeys a day.", True)
    inquiry = "Police investigating the death of 24-year-old Ivo Marsh in Kell have arrested a 31-year-old man."
    _assert_judged(inquiry, "Ivo Marsh has been arrested.", False)
    _assert_judged(inquiry, "A 31-year-old man has been arrested over the death of Ivo Marsh.", True)


def test_round_three_hundred_and_seventy_five_a_new_thing_after_the_same_word() -> None:
    # A claim that keeps every word but the thing one of them points at ("dumped waste into the sea" against "…
    # into the River Orm") says something else; told in a name of the same kind, or as the evidence's own thing,
    # it does not.
    waste = "A haulier was fined £80,000 for dumping builders' waste into the River Orm near Kell."
    _assert_judged(waste, "The haulier was fined for dumping waste into the sea.", False)
    _assert_judged(waste, "The haulier was fined for dumping waste into a river.", True)
    fire = "Forty people were led to safety after a fire at a care home in Orm on Sunday."
    _assert_judged(fire, "The fire was at a hotel.", False)
    _assert_judged(fire, "The fire was at a care home in Orm.", True)
    actor = "Ada Kell, best known for her role in the radio comedy Orm Street, has died at 91."
    _assert_judged(actor, "Ada Kell was best known for her role in a film.", False)
    _assert_judged(actor, "Ada Kell was best known for her role in a radio comedy.", True)
    # the lexicon's kinds: fruit, firearms and blades, ways and devices
    _assert_judged("A van carrying lemons overturned on the Kell bypass.", "A van carrying grapes overturned.", False)
    search = "Officers searching the flat found cannabis and a machete."
    _assert_judged(search, "Officers found cannabis and a rifle.", False)
    _assert_judged(search, "Officers found cannabis and a machete.", True)
    slip = "A fallen tree blocked the railway between Orm and Kell for six hours."
    _assert_judged(slip, "A fallen tree blocked the motorway between Orm and Kell.", False)


def test_round_three_hundred_and_seventy_five_who_did_it_past_an_age_or_a_pronoun() -> None:
    bus = "Magistrates in Orm heard that Ola Brennan, 41, punched a bus driver who asked to see her ticket."
    _assert_judged(bus, "A bus driver punched Ola Brennan.", False)
    _assert_judged(bus, "Ola Brennan punched a bus driver.", True)
    jury = "A jury cleared Ivo Marsh of attempted murder but convicted him of wounding after he stabbed a neighbour."
    _assert_judged(jury, "A neighbour stabbed Ivo Marsh.", False)
    _assert_judged(jury, "Ivo Marsh stabbed a neighbour.", True)


def test_round_three_hundred_and_seventy_five_a_party_of_a_deed_told_after_or_despite_another() -> None:
    pool = "Councillors in Orm have voted to close the lido, despite a petition signed by 3,000 swimmers."
    _assert_judged(pool, "Swimmers voted to close the lido.", False)
    _assert_judged(pool, "Councillors voted to close the lido.", True)
    scam = (
        "Police in Kell have arrested a 52-year-old man after pensioners were charged thousands of pounds for repairs."
    )
    _assert_judged(scam, "Pensioners have been arrested.", False)
    _assert_judged(scam, "A 52-year-old man has been arrested.", True)


def test_round_three_hundred_and_seventy_five_a_speaker_of_another_kind_or_theirs() -> None:
    smoke = "Twelve people were treated for smoke after a fire at an Orm hostel, the ambulance service said."
    _assert_judged(smoke, "The fire service said twelve people were treated for smoke inhalation.", False)
    _assert_judged(smoke, "The ambulance service said twelve people were treated for smoke inhalation.", True)
    death = "The Kell poet Ada Marsh, who sold her first book to an agent in 1958, has died aged 90, her family said."
    _assert_judged(death, "Her agent said Ada Marsh had died aged 90.", False)
    _assert_judged(death, "Her family said Ada Marsh had died aged 90.", True)


def test_round_three_hundred_and_seventy_five_one_said_to_be_the_other_party_of_a_deed() -> None:
    bus = "Magistrates heard that Ola Brennan punched a bus driver who asked to see her ticket."
    _assert_judged(bus, "Ola Brennan is a bus driver.", False)
    _assert_judged("Bus driver Ola Brennan was punched by a passenger.", "Ola Brennan is a bus driver.", True)
    _assert_judged("Ivo Marsh beat the mayor in Thursday's vote.", "Ivo Marsh is the mayor.", False)


def test_round_three_hundred_and_seventy_five_an_age_makes_no_one_a_name() -> None:
    # "a 52-year-old man" is a man, told by what he is: a party of another deed, as "a man" is
    scam = "Police in Kell have arrested a 52-year-old man after pensioners were charged £9,000 for repairs."
    _assert_judged(scam, "A 52-year-old man has been charged with fraud.", False)
    _assert_judged(scam, "A 52-year-old man has been arrested.", True)


def test_round_three_hundred_and_seventy_five_oppositions_of_the_lexicon() -> None:
    swim = "A 70-year-old from Kell has completed a swim across the Orm estuary, taking nine hours."
    _assert_judged(swim, "The 70-year-old abandoned the swim after nine hours.", False)
    _assert_judged(swim, "The 70-year-old completed the swim in nine hours.", True)
    station = "Kell lifeboat station launched 96 times last year, its busiest year since it opened."
    _assert_judged(station, "It was the station's quietest year.", False)
    _assert_judged(station, "It was the station's busiest year since it opened.", True)
    owl = "An eagle owl that escaped from a falconry centre in Orm has been seen in a Kell garden."
    _assert_judged(owl, "The eagle owl was released from a falconry centre.", False)


def test_round_three_hundred_and_seventy_five_what_one_cannot_afford_to_do_is_not_done() -> None:
    ferry = '"We cannot afford to run the winter ferry," said Ivo Marsh, who chairs the Orm harbour trust.'
    _assert_judged(ferry, "Ivo Marsh said the trust would run the winter ferry.", False)
    _assert_judged(ferry, "Ivo Marsh said the trust could not afford to run the winter ferry.", True)


def test_round_three_hundred_and_seventy_five_what_one_is_asked_to_do_is_not_done() -> None:
    river = "The Orm could burst its banks tonight, and police have advised 120 homes in Kell to prepare to evacuate."
    _assert_judged(river, "120 homes in Kell have been evacuated.", False)
    _assert_judged(river, "Police have advised 120 homes in Kell to prepare to evacuate.", True)
    _assert_judged("Officers urged drivers to avoid the A61.", "Drivers avoided the A61.", False)
    story = "Ada Marsh tells a tale of once needing to swim across the Orm to reach school."
    _assert_judged(story, "Ada Marsh once needed to swim across the Orm.", True)


def test_round_three_hundred_and_seventy_five_a_passive_after_who() -> None:
    widow = "A widow from Kell who was conned out of £9,000 by a man posing as a builder has warned others."
    _assert_judged(widow, "The widow conned a man out of £9,000.", False)
    _assert_judged(widow, "A man conned the widow out of £9,000.", True)


def test_round_three_hundred_and_seventy_five_a_doer_after_an_opening_noun() -> None:
    bulbs = "Volunteers planted 3,000 bulbs along the Orm towpath last weekend."
    _assert_judged(bulbs, "Council workers planted 3,000 bulbs.", False)
    _assert_judged(bulbs, "Volunteers planted 3,000 bulbs along the towpath.", True)
    _assert_judged("Heavy snow closed 40 schools in Kell.", "Heavy snow closed 40 schools.", True)


def test_round_three_hundred_and_eighty_five_a_hedge_over_do_or_over_what_money_is_used_for() -> None:
    study = "A study by Orm University suggests that pupils who walk to school may do better in reading tests."
    _assert_judged(study, "Pupils who walk to school do better in reading tests.", False)
    _assert_judged(study, "Pupils who walk to school may do better in reading tests, a study suggests.", True)
    win = "The Kell couple who won £2m say they plan to use the money to buy their first home and a campervan."
    _assert_judged(win, "The couple have bought their first home.", False)
    _assert_judged(win, "The couple plan to buy their first home.", True)
    _assert_judged("The council's plan to build 90 homes was approved.", "The council's plan was approved.", True)


def test_round_three_hundred_and_eighty_five_a_source_after_according_to() -> None:
    homes = "According to the charity Roofwell, one in four renters in Kell has moved at least twice in three years."
    _assert_judged(homes, "According to the council, one in four renters has moved at least twice.", False)
    _assert_judged(homes, "According to Roofwell, one in four renters has moved at least twice.", True)


def test_round_three_hundred_and_eighty_five_one_spoken_of_is_not_the_one_speaking() -> None:
    bid = "The mayor of Orm, Ada Kell, said she was 'bitterly disappointed' that the government had rejected the bid."
    _assert_judged(bid, "The government said it was bitterly disappointed.", False)
    _assert_judged(bid, "Ada Kell said she was bitterly disappointed.", True)
    _assert_judged(bid, "The mayor said she was bitterly disappointed.", True)


def test_round_three_hundred_and_eighty_five_a_direction_read_up_to_a_comma() -> None:
    ferry = "The winter ferry will be withdrawn because of falling passenger numbers, operator Ormline has confirmed."
    _assert_judged(ferry, "The ferry will be withdrawn because of rising passenger numbers.", False)
    _assert_judged(ferry, "The ferry will be withdrawn because of falling passenger numbers.", True)
    rates = "The Kell central bank raised rates to stem a fall in the country's currency."
    _assert_judged(rates, "The bank raised rates to stem a rise in the currency.", False)


def test_round_three_hundred_and_eighty_five_inside_or_outside_the_same_place() -> None:
    club = "Kell Rovers won 2-0 on Saturday, which lifted them three points above the relegation zone."
    _assert_judged(club, "Kell Rovers are in the relegation zone.", False)
    _assert_judged(club, "Kell Rovers are three points above the relegation zone.", True)
    _assert_judged("Orm Town are in the top six.", "Orm Town are outside the top six.", False)


def test_round_three_hundred_and_eighty_five_doers_the_dictionary_lacks_or_told_before_had_to() -> None:
    sea = "An Orm lifeboat crew rescued three paddleboarders who had drifted out to sea, the coastguard said."
    _assert_judged(sea, "The paddleboarders rescued the lifeboat crew.", False)
    _assert_judged(sea, "The lifeboat crew rescued three paddleboarders.", True)
    hill = "Three walkers had to be rescued from Kell Fell after one of them fell, mountain rescue said."
    _assert_judged(hill, "The walkers rescued the mountain rescue team.", False)
    _assert_judged(hill, "Three walkers had to be rescued from Kell Fell.", True)
    strike = "Striking nurses in Orm have rejected a 4% pay offer from the health board."
    _assert_judged(strike, "The health board rejected a pay demand from nurses.", False)
    _assert_judged(strike, "Nurses in Orm have rejected a 4% pay offer.", True)


def test_round_three_hundred_and_eighty_five_a_count_given_only_in_a_share() -> None:
    renters = "One in four renters in Kell has lived in the same home for more than ten years, a survey found."
    _assert_judged(renters, "One in four renters has lived in the same home for more than four years.", False)
    _assert_judged(renters, "Four renters have lived in the same home for more than ten years.", False)
    _assert_judged(renters, "One in four renters has lived in the same home for more than ten years.", True)


def test_round_three_hundred_and_eighty_five_a_thing_of_another_kind_after_the_same_verb() -> None:
    jail = "A nurse at Orm jail has been sentenced for smuggling mobile phones to prisoners."
    _assert_judged(jail, "The nurse smuggled knives to prisoners.", False)
    _assert_judged(jail, "The nurse smuggled phones to prisoners.", True)
    fund = "The £40,000 raised will be spent repairing schools in Kell."
    _assert_judged(fund, "The money will be spent repairing roads.", False)
    # (a thing of the same kind and group is the same thing: "the blaze" is a fire)
    _assert_judged("The permit was revoked following the blaze.", "The permit was revoked following a fire.", True)


def test_round_three_hundred_and_eighty_five_one_of_a_body_that_only_speaks() -> None:
    woods = "A jogger found the body of a missing woman in woods near Kell, and police say it is not suspicious."
    _assert_judged(woods, "A police officer found the body of a missing woman.", False)
    _assert_judged(woods, "Police found the body of a missing woman.", False)
    _assert_judged(woods, "A jogger found the body of a missing woman.", True)
    alarm = "Officers found the body after a jogger raised the alarm, police said."
    _assert_judged(alarm, "Police found the body.", True)


def test_round_three_hundred_and_eighty_five_oppositions_of_the_lexicon() -> None:
    jailed = "A woman who was wrongly jailed for theft and spent six years in prison has been awarded compensation."
    _assert_judged(jailed, "The woman was rightly jailed for theft.", False)
    _assert_judged(jailed, "The woman has been refused compensation.", False)
    _assert_judged(jailed, "The woman has been awarded compensation.", True)
    bus = "The Orm night bus will be withdrawn in June, the operator said."
    _assert_judged(bus, "The Orm night bus will be extended in June.", False)
    dock = "The dock strike will continue into a fourth week."
    _assert_judged(dock, "The dock strike will end after a fourth week.", False)
    fraud = "A treasurer who took £30,000 from a Kell sports club has been ordered to repay the money."
    _assert_judged(fraud, "The treasurer has been allowed to keep the money.", False)
    show = "Organisers say they may have to cancel next year's Orm show because of rising costs."
    _assert_judged(show, "Organisers say they will expand next year's show.", False)
    snow = "Up to 15cm of snow could fall on higher ground in Kell on Friday."
    _assert_judged(snow, "Up to 15cm of snow could fall in low-lying areas.", False)


def test_round_three_hundred_and_eighty_five_a_month_a_figure_came_from_is_past() -> None:
    waits = (
        "Ambulance crews in Kell waited a total of 4,000 hours outside hospitals in January, up from 3,100 hours in"
        " December, new data shows."
    )
    _assert_judged(waits, "The figure was up from 3,100 hours in December.", True, date="2025-01-14")


def test_round_three_hundred_and_ninety_five_a_move_by_up_to_a_figure() -> None:
    fares = "Bus fares in Orm will rise by up to 3.2% from April, the operator confirmed."
    _assert_judged(fares, "Bus fares will fall by up to 3.2% from April.", False)
    _assert_judged(fares, "Bus fares will rise by up to 3.2% from April.", True)


def test_round_three_hundred_and_ninety_five_going_ahead_said_of_something_else() -> None:
    boats = "Sailings to Kell were cancelled for a second day on Monday as strong winds continued to batter the coast."
    _assert_judged(boats, "Sailings to Kell resumed on Monday.", False)
    _assert_judged(boats, "Sailings to Kell were cancelled for a second day on Monday.", True)


def test_round_three_hundred_and_ninety_five_a_rank_of_the_weather() -> None:
    spring = "The Met Office says this spring was the third driest on record in Orm, with 61mm of rain."
    _assert_judged(spring, "This spring was the driest on record in Orm.", False)
    _assert_judged(spring, "This spring was the third driest on record in Orm.", True)


def test_round_three_hundred_and_ninety_five_a_thing_stolen_read_past_who_stole_it() -> None:
    home = "A care assistant who stole rings from three elderly residents at Orm Lodge has been jailed for ten months."
    _assert_judged(home, "A care assistant stole cash from three residents.", False)
    _assert_judged(home, "A care assistant stole rings from three residents.", True)
    # (what was not found is not a thing found: "no proof" may be the evidence's "any evidence")
    _assert_judged("Police have not found any evidence of a break-in.", "Police found no proof of a break-in.", True)


def test_round_three_hundred_and_ninety_five_a_kind_of_people_saying_in_the_present() -> None:
    lane = "Bus drivers have criticised plans to narrow Orm Road, which the council says will slow traffic."
    _assert_judged(lane, "Bus drivers say the plans will slow traffic.", False)
    _assert_judged(lane, "The council says the plans will slow traffic.", True)


def test_round_three_hundred_and_ninety_five_a_doer_by_a_capitalised_title() -> None:
    vote = "The Prime Minister has ruled out holding a second vote on the treaty this year."
    _assert_judged(vote, "The opposition leader has ruled out a second vote.", False)
    _assert_judged(vote, "The Prime Minister has ruled out a second vote.", True)


def test_round_three_hundred_and_ninety_five_a_body_by_its_kind_is_its_name() -> None:
    school = "The head of Kell Academy, Ivo Marsh, said he was thrilled after the school was rated good by inspectors."
    _assert_judged(school, "Kell Academy was rated good by inspectors.", True)
    _assert_judged(school, "Kell Academy was rated outstanding by inspectors.", False)


def test_round_three_hundred_and_ninety_five_a_doer_told_by_a_pronoun_and_whom_the_deed_is_on() -> None:
    vet = "A vet in Orm has been struck off after a tribunal found he had carried out needless surgery on 9 dogs."
    _assert_judged(vet, "Nine dogs carried out needless surgery on a vet.", False)
    _assert_judged(vet, "The vet carried out needless surgery on 9 dogs.", True)


def test_round_three_hundred_and_ninety_five_a_place_past_a_word_that_describes_the_deed() -> None:
    art = "A 16th-century painting that hung unnoticed in a village hall for years is the work of an Italian master."
    _assert_judged(art, "The painting hung in a church for years.", False)
    _assert_judged(art, "The painting hung in a village hall for years.", True)


def test_round_three_hundred_and_ninety_five_oppositions_of_the_lexicon() -> None:
    phone = "A boy who found a phone on a train handed it in to staff, who traced its owner."
    _assert_judged(phone, "A boy kept a phone he found on a train.", False)
    spire = "Repairs to the spire of St Kell's have been halted after falcons were found nesting there."
    _assert_judged(spire, "Repairs to the spire have been completed.", False)
    pool = "The Orm pool will shut on Mondays from May, but opening hours on other days will not change."
    _assert_judged(pool, "Opening hours on other days will be cut.", False)
    otters = "Volunteers have released six otters into the River Orm."
    _assert_judged(otters, "Volunteers have captured six otters.", False)
    _assert_judged(otters, "Volunteers have released six otters.", True)


def test_round_four_hundred_and_five_the_one_a_deed_is_done_to_is_not_the_one_saying() -> None:
    appeal = "Inspectors have overturned the council's refusal of 80 homes in Orm, saying the town badly needs housing."
    _assert_judged(appeal, "The council said the town badly needs housing.", False)
    _assert_judged(appeal, "Inspectors said the town badly needs housing.", True)


def test_round_four_hundred_and_five_a_planned_deed_told_as_the_thing_planned() -> None:
    cull = "Rangers in Kell plan to cull about a third of the herd this winter to protect young trees."
    _assert_judged(cull, "The cull is to protect young trees.", True)
    _assert_judged(cull, "Rangers have culled about a third of the herd.", False)


def test_round_four_hundred_and_five_a_doer_the_evidence_has_another_deed_done_to() -> None:
    gig = "The promoter of the Orm Arena, Ada Kell, has apologised after hundreds of fans were left queuing for hours."
    _assert_judged(gig, "Fans have apologised to Ada Kell.", False)
    _assert_judged(gig, "Ada Kell has apologised to fans.", True)


def test_round_four_hundred_and_ten_unless_is_if_not() -> None:
    reservoirs = "Reservoirs in Kell could fall to record lows by August unless there is significant rainfall."
    _assert_judged(reservoirs, "The warning depends on there being no significant rainfall.", True)
    _assert_judged("The Orm fair will go ahead unless there is heavy rain.", "There will be no fair.", False)


def test_round_four_hundred_and_ten_a_span_back_told_from_the_other_end() -> None:
    pool = "The new Orm lido opened on Saturday, four years after the old pool was pulled down."
    _assert_judged(pool, "The old pool was pulled down four years ago.", True)
    _assert_judged(pool, "The old pool was pulled down six years ago.", False)


def test_round_four_hundred_and_ten_oppositions_and_kinds_of_the_lexicon() -> None:
    party = "Three councillors in Orm have been suspended by their party over messages in a group chat."
    _assert_judged(party, "Three councillors have been expelled from their party.", False)
    degree = "An 88-year-old man is the oldest to graduate from Orm University, earning a degree in history at last."
    _assert_judged(degree, "He earned a degree in geography.", False)
    _assert_judged(degree, "He earned a degree in history.", True)


def test_round_four_hundred_and_fifteen_a_rank_after_a_date_is_no_title_of_it() -> None:
    july = "Average temperatures in Orm reached 19.2C in July, the third warmest on record."
    _assert_judged(july, "It was the third warmest on record.", True)


def test_round_four_hundred_and_fifteen_a_plan_told_as_it_stood_says_no_month_past() -> None:
    road = "The Orm ring road, due to open in March, will now open in June, the council said."
    _assert_judged(road, "It was due to open in March.", True, date="2025-01-14")
    _assert_judged(road, "The ring road opened in March.", False, date="2025-01-14")


def test_round_four_hundred_and_fifteen_ordered_in_the_passive_is_not_done() -> None:
    rent = "A landlord in Orm has been ordered to repay £12,000 in rent to his tenants."
    _assert_judged(rent, "The landlord has repaid £12,000 to his tenants.", False)
    _assert_judged(rent, "The landlord has been ordered to repay £12,000.", True)
    flood = "About 200 residents of Orm were ordered to evacuate as the river rose."
    _assert_judged(flood, "About 200 residents were evacuated as the river rose.", True)


def test_round_four_hundred_and_fifteen_offered_and_refused_nominated_and_won() -> None:
    insurer = "The insurer has offered each customer £200 after the outage."
    _assert_judged(insurer, "The insurer has refused to pay its customers.", False)
    players = "The Orm Players have been nominated for a national drama award."
    _assert_judged(players, "The Orm Players won a national drama award.", False)
    _assert_judged(players, "The Orm Players were nominated for a drama award.", True)


def test_round_four_hundred_and_fifteen_a_post_beside_a_name_or_after_as() -> None:
    appeal = "The appeal was launched in May by its organiser, Dev Rao."
    _assert_judged(appeal, "Its treasurer, Dev Rao, launched the appeal.", False)
    _assert_judged(appeal, "Dev Rao, the appeal's treasurer, launched it.", False)
    _assert_judged(appeal, "Its organiser, Dev Rao, launched the appeal.", True)
    board = "Ken Ash served on the board of the Orm trust as treasurer for ten years."
    _assert_judged(board, "Ken Ash served on the board as its chairman.", False)
    _assert_judged(board, "Ken Ash served on the board as treasurer.", True)


def test_round_four_hundred_and_fifteen_who_a_passive_was_done_by() -> None:
    crew = "The lifeboat crew were thanked by the coastguard after the rescue off Orm."
    _assert_judged(crew, "The lifeboat crew were thanked by the mayor.", False)
    lorry = "A cyclist was hit by a lorry on the Orm road."
    _assert_judged(lorry, "A cyclist was hit by a vehicle.", True)


def test_round_four_hundred_and_fifteen_writings_and_goods_of_a_kind() -> None:
    diary = "A diary kept by the explorer Ruth Hale has been given to the Orm museum."
    _assert_judged(diary, "A novel by Ruth Hale has been given to the museum.", False)
    port = "Customs officers found cigarettes hidden in a lorry at Orm port."
    _assert_judged(port, "Customs officers found drugs hidden in a lorry.", False)


def test_round_four_hundred_and_fifteen_a_clause_opened_by_when_has_its_own_doer() -> None:
    boy = "A boy who rang 999 when his grandfather fell at home has been praised by police."
    _assert_judged(boy, "His grandfather rang 999 when the boy fell.", False)
    _assert_judged(boy, "The boy rang 999 when his grandfather fell.", True)


def test_round_four_hundred_and_fifteen_one_done_to_told_by_a_pronoun() -> None:
    inquiry = "An inquiry found that the manager had misled the board."
    _assert_judged(inquiry, "The board had misled him, an inquiry found.", False)


def test_round_four_hundred_and_fifteen_the_thing_recommended_and_the_deed_by_the_same_ones() -> None:
    scheme = "The Orm bypass scheme was rejected by the board on Monday, although planners recommended approval."
    _assert_judged(scheme, "Planners recommended refusal.", False)
    _assert_judged(scheme, "The scheme was approved by the board.", False)
    _assert_judged(scheme, "The scheme was rejected by the board.", True)


def test_round_four_hundred_and_fifteen_an_open_inquiry_is_no_arrest() -> None:
    window = "Police are investigating after a window was smashed at Orm library; the man responsible fled before officers arrived."
    _assert_judged(window, "Police have arrested a man.", False)


def test_round_four_hundred_and_fifteen_the_time_of_the_figure_a_rise_came_from() -> None:
    museum = "The museum expects 80,000 visitors this year, up from 64,000 last year."
    _assert_judged(museum, "The museum had 80,000 visitors last year.", False)
    _assert_judged(museum, "The museum had 64,000 visitors last year.", True)


def test_round_four_hundred_and_twenty_a_body_says_it_of_itself() -> None:
    landlord = "Tenants were refunded by the letting agency, which admitted it should have checked the boiler."
    _assert_judged(landlord, "The agency admitted the tenants should have checked the boiler.", False)
    _assert_judged(landlord, "The agency admitted it should have checked the boiler.", True)


def test_round_four_hundred_and_twenty_a_subject_past_a_relative_clause_and_after_that() -> None:
    nurse = "A nurse who retrained after her husband died has opened a cafe for carers in Orm."
    _assert_judged(nurse, "Her husband has opened a cafe for carers.", False)
    _assert_judged(nurse, "A nurse has opened a cafe for carers in Orm.", True)
    pond = "The pond that volunteers cleared last spring has been fenced off by the council."
    _assert_judged(pond, "Volunteers fenced off the pond.", False)


def test_round_four_hundred_and_twenty_a_party_named_as_the_one_a_deed_was_towards() -> None:
    head = "The head of the county's fire service, Ian Moss, has apologised after a family waited two hours for a crew."
    _assert_judged(head, "The family has apologised to Ian Moss.", False)
    _assert_judged(head, "Ian Moss has apologised after a family waited two hours.", True)


def test_round_four_hundred_and_twenty_one_who_tells_of_a_deed_with_its_own_doer() -> None:
    storm = "Trains were halted for six hours after Storm Ada brought down trees on the line, the rail operator said."
    _assert_judged(storm, "The rail operator brought down trees on the line.", False)
    _assert_judged("The depot will close, the firm said.", "The firm will close the depot.", True)


def test_round_four_hundred_and_twenty_strikes_threatened_are_not_held() -> None:
    port = "Cleaners have accepted a 7% pay offer, ending a row that had threatened strikes at Orm General."
    _assert_judged(port, "Cleaners went on strike at Orm General.", False)


def test_round_four_hundred_and_twenty_a_rank_over_a_span_is_not_ever() -> None:
    swim = "Orm's oldest runner this year, Ada Finch, finished the Kell marathon in five hours."
    _assert_judged(swim, "Ada Finch is the oldest runner ever to finish the Kell marathon.", False)


def test_round_four_hundred_and_twenty_where_a_thing_was_moved_to() -> None:
    bank = "The bank will close its branch in Orm and move 12 staff to its office in Kell."
    _assert_judged(bank, "The bank will move 12 staff from Kell to Orm.", False)
    _assert_judged(bank, "The bank will move 12 staff from Orm to Kell.", True)


def test_round_four_hundred_and_twenty_a_figure_of_the_previous_quarter() -> None:
    sales = "Retail sales in Orm rose by 3.1% in the three months to May, up from 2.4% in the previous quarter."
    _assert_judged(sales, "Sales rose by 3.1% in the previous quarter.", False)


def test_round_four_hundred_and_twenty_who_funded_it_past_the_sum() -> None:
    hall = "The village hall was rebuilt, funded by a £400,000 grant from the lottery."
    _assert_judged(hall, "The hall was funded by the parish council.", False)


def test_round_four_hundred_and_twenty_a_kind_of_animal_by_the_word_before_it() -> None:
    owl = "A barn owl has been found nesting in Orm church."
    _assert_judged(owl, "A tawny owl has been found nesting in Orm church.", False)
    _assert_judged(owl, "An owl has been found nesting in Orm church.", True)


def test_round_four_hundred_and_twenty_felled_and_protected() -> None:
    elms = "The row of elms on Orm Green will be protected, the council said."
    _assert_judged(elms, "The elms on Orm Green will be felled.", False)


def test_round_four_hundred_and_twenty_five_lexicon_stopping_modes_of_travel_and_bans() -> None:
    crash = "A man was hurt when his car hit a wall in Orm on Friday; the other driver stopped at the scene."
    _assert_judged(crash, "The other driver drove off.", False)
    charity = "Staff at Orm library raised £900 by swimming a combined 50 miles."
    _assert_judged(charity, "Staff cycled a combined 50 miles.", False)
    _assert_judged(charity, "Staff swam a combined 50 miles.", True)
    vet = "A vet has been struck off after he lied to clients about treatments, a disciplinary panel ruled."
    _assert_judged(vet, "A disciplinary panel cleared him.", False)


def test_round_four_hundred_and_twenty_five_a_ballot_is_no_strike_called() -> None:
    ballot = "Bus drivers in Orm will be balloted on strike action over pay, the union said."
    _assert_judged(ballot, "Bus drivers in Orm will strike over pay.", False)
    _assert_judged(ballot, "Bus drivers will be balloted on strike action.", True)


def test_round_four_hundred_and_twenty_five_where_things_move_to() -> None:
    ferry = "Orm harbour will close for dredging in March, and ferries will move to Kell, the port said."
    _assert_judged(ferry, "Ferries will move from Kell to Orm.", False)
    _assert_judged(ferry, "Ferries will move to Kell.", True)


def test_round_four_hundred_and_twenty_five_an_opening_name_put_in_another_s_words() -> None:
    club = "Orm Town have sacked coach Dan Reed, and his assistant, Mia Lowe, will lead the team on Sunday."
    _assert_judged(club, "Dan Reed will lead the team on Sunday.", False)
    _assert_judged(club, "Mia Lowe will lead the team on Sunday.", True)


def test_round_four_hundred_and_twenty_five_hit_by_a_car_is_no_death() -> None:
    lane = "Parents want a 20mph limit on Orm Lane, where a pupil was hit by a van in May."
    _assert_judged(lane, "A pupil was killed on Orm Lane in May.", False)
    died = "A cyclist has died after being hit by a van on Orm Lane."
    _assert_judged(died, "A cyclist was injured after being hit by a van.", False)


def test_round_four_hundred_and_twenty_five_whose_thing_made_the_doer() -> None:
    tutor = "A tutor has been sacked after he forged students' coursework marks, the college said."
    _assert_judged(tutor, "Students forged their coursework marks.", False)


def test_round_four_hundred_and_twenty_five_a_post_put_under_another() -> None:
    head = "A former headteacher in Orm has been fined for fraud."
    _assert_judged(head, "A former deputy headteacher has been fined for fraud.", False)
    _assert_judged(head, "A former headteacher has been fined for fraud.", True)


def test_round_four_hundred_and_twenty_five_who_paid_for_it_and_what_is_called_for() -> None:
    statue = "A bronze statue of the poet has been unveiled in Orm, paid for by the parish council."
    _assert_judged(statue, "The statue was paid for by the poet's family.", False)
    _assert_judged(statue, "The statue was paid for by the parish council.", True)
    letter = "Residents have written to the council calling for a new bus shelter on Orm Road."
    _assert_judged(letter, "Residents are calling for a speed bump on Orm Road.", False)


def test_round_four_hundred_and_thirty_a_share_with_a_whole_percentage_is_that_percentage() -> None:
    sales = "Orders at the Orm brewery rose 6% last year, but profits fell by a quarter."
    _assert_judged(sales, "Orders at the Orm brewery rose 24%.", False)
    _assert_judged(sales, "Profits fell by 25%.", True)
    _assert_judged("Two-thirds of members backed the deal.", "66% of members backed the deal.", True)


def test_round_four_hundred_and_thirty_a_failure_before_a_comma_is_not_the_deed_s() -> None:
    flats = "Residents were flooded out after a pipe failed, and the landlord has apologised."
    _assert_judged(flats, "The landlord has refused to apologise.", False)


def test_round_four_hundred_and_thirty_what_was_told_wrongly() -> None:
    radio = "Orm FM has apologised to a headteacher after wrongly reporting that she had resigned."
    _assert_judged(radio, "The headteacher resigned.", False)
    _assert_judged(radio, "Orm FM wrongly reported that she had resigned.", True)


def test_round_four_hundred_and_thirty_what_was_taken_and_what_was_left() -> None:
    van = "Thieves who broke into a van in Orm stole only a toolbox, leaving two laptops on the seat."
    _assert_judged(van, "Thieves stole two laptops from a van.", False)
    _assert_judged(van, "The thieves left the toolbox.", False)
    _assert_judged(van, "Thieves stole a toolbox from a van.", True)


def test_round_four_hundred_and_thirty_one_done_to_told_by_a_pronoun_in_the_evidence() -> None:
    mayor = "The mayor resigned after opposition councillors criticised him over the budget."
    _assert_judged(mayor, "The mayor criticised opposition councillors over the budget.", False)


def test_round_four_hundred_and_thirty_handed_to_and_kept_closed_and_expanded() -> None:
    wallet = "A boy who found a wallet in Orm park handed it to police."
    _assert_judged(wallet, "A boy kept a wallet he found in Orm park.", False)
    plant = "The firm will close its Orm plant by 2028 and move work to Kell."
    _assert_judged(plant, "The firm will expand its Orm plant.", False)


def test_round_four_hundred_and_thirty_five_hired_and_laid_off_sold_out_and_unsold() -> None:
    plant = "The bakery said it had hired 60 new staff at its Orm site this year."
    _assert_judged(plant, "The bakery has laid off 60 staff.", False)
    _assert_judged(plant, "The bakery has hired 60 new staff.", True)
    gigs = "Tickets for the Orm festival sold out within an hour."
    _assert_judged(gigs, "Tickets for the Orm festival went unsold.", False)
    hiker = "A hiker who fell on Orm Fell was airlifted to hospital, and a parcel left at the station proved harmless."
    _assert_judged(hiker, "The hiker was driven to hospital.", False)
    _assert_judged(hiker, "The parcel proved dangerous.", False)


def test_round_four_hundred_and_thirty_five_what_has_yet_to_be_done_in_the_passive() -> None:
    study = "Doctors in Orm say a new drug halved relapses in 40 patients, though the result has yet to be published."
    _assert_judged(study, "The result has been published.", False)
    _assert_judged(study, "Doctors have published the result.", False)
    # ("is" of the claim is no "be" of "yet to be published")
    _assert_judged(study, "The trial was in 40 patients.", True)


def test_round_four_hundred_and_thirty_five_a_figure_from_the_span_before() -> None:
    museum = "The Orm museum had 40,000 visitors last year, down from 52,000 the year before."
    _assert_judged(museum, "The Orm museum had 52,000 visitors last year.", False)
    _assert_judged(museum, "The Orm museum had 40,000 visitors last year.", True)


def test_round_four_hundred_and_thirty_five_a_post_of_two_words_put_under_another() -> None:
    fire = "Chief Fire Officer Dan Hale said the blaze was started deliberately."
    _assert_judged(fire, "Deputy Chief Fire Officer Dan Hale said the blaze was started deliberately.", False)


def test_round_four_hundred_and_thirty_five_a_deed_told_in_what_someone_ruled() -> None:
    ruling = "Judge Amir Sood ruled that the landlord had broken the law when it evicted the tenants without notice."
    _assert_judged(ruling, "Judge Amir Sood evicted the tenants.", False)
    _assert_judged(ruling, "Amir Sood broke the law.", False)
    _assert_judged(ruling, "Judge Amir Sood ruled that the landlord had broken the law.", True)
    _assert_judged("Tom Weir said he would sell the shop.", "Tom Weir will sell the shop.", True)


def test_round_four_hundred_and_thirty_five_a_name_told_after_the_kind_of_body_it_is() -> None:
    deal = "The council will end its contract with the bus firm Ormline in May, its leader said."
    _assert_judged(deal, "Ormline will end its contract with the council.", False)


def test_round_four_hundred_and_thirty_five_a_campaign_for_or_against() -> None:
    _assert_judged("She campaigned against the new bypass.", "She campaigned for the new bypass.", False)
    _assert_judged("She led the protest against the new bypass.", "She led the protest for the new bypass.", False)
    mast = "Plans for a phone mast were approved. Ada Lin, who led the campaign against it, said she would appeal."
    card = _verify(mast, "Ada Lin led the campaign for the mast.", "Ada Lin, who led the campaign against it, said")
    assert card.status is not Status.verified


def test_round_four_hundred_and_thirty_five_one_spoken_of_inside_what_was_said_is_not_the_speaker() -> None:
    body = (
        "The head of Orm hospital has apologised to the family of a patient who died.\n\n"
        'Chief executive Mia Ross said the hospital had "failed him and his family".'
    )
    quote = 'Chief executive Mia Ross said the hospital had "failed him and his family".'
    assert _verify(body, "His family said the hospital had failed him.", quote).status is not Status.verified
    assert _verify(body, "Ken Orr's family said the hospital had failed him.", quote).status is not Status.verified
    assert _verify(body, "Mia Ross said the hospital had failed him.", quote).status is Status.verified


def test_round_four_hundred_and_thirty_five_who_announced_it_by_a_post() -> None:
    fares = "Rail fares will rise by 3% in March, the transport secretary announced."
    _assert_judged(fares, "The prime minister announced the rise.", False)
    _assert_judged(fares, "The transport secretary announced the rise.", True)
    bank = "Ormbank reported a profit of £2bn and announced a £500m share buyback."
    _assert_judged(bank, "The bank announced a £500m share buyback.", True)


def test_round_four_hundred_and_thirty_five_what_a_dispute_is_over() -> None:
    strike = "Bin workers in Orm will strike for a week in a dispute over pay, their union said."
    _assert_judged(strike, "The dispute is over pensions.", False)
    _assert_judged(strike, "The dispute is over wages.", True)


def test_round_four_hundred_and_thirty_five_what_was_only_claimed() -> None:
    coach = "A coach who was suspended over claims he bullied young players has been cleared by an inquiry."
    _assert_judged(coach, "The coach bullied young players.", False)
    _assert_judged(coach, "An inquiry found he bullied young players.", False)
    _assert_judged(coach, "The coach was suspended over claims he bullied young players.", True)


def test_round_four_hundred_and_thirty_five_a_plan_that_was_and_gave_way() -> None:
    pool = "Orm pool, which was due to shut in the council's cuts, will stay open after a trust took it over."
    _assert_judged(pool, "Orm pool will shut.", False)
    _assert_judged(pool, "Orm pool will stay open.", True)
    _assert_judged("The road was due to close in May but will now close in June.", "The road will close in June.", True)


def test_round_four_hundred_and_thirty_five_a_doer_the_evidence_has_only_as_a_deed_s_word() -> None:
    dig = "Volunteers working on a building plot in Orm have found a hoard of Roman coins."
    _assert_judged(dig, "Builders have found a hoard of Roman coins.", False)
    _assert_judged(dig, "Volunteers have found a hoard of Roman coins.", True)


def test_round_four_hundred_and_thirty_five_the_one_cause_of_a_fall() -> None:
    clinic = "The clinic saw 900 patients last year, down from 1,100 the year before, because of a lack of nurses."
    _assert_judged(clinic, "The fall was because of funding cuts.", False)
    _assert_judged(clinic, "The fall was because of a shortage of nurses.", True)


def test_round_four_hundred_and_thirty_five_a_light_verb_with_its_particle() -> None:
    club = 'The club\'s owner said the board had "let him and his players down".'
    _assert_judged(club, "The club's owner said the players had let the board down.", False)
    _assert_judged(club, "The club's owner said the board had let his players down.", True)


def test_round_four_hundred_and_thirty_five_what_was_found_told_as_another_thing() -> None:
    station = "Orm station was closed for two hours after an abandoned bag was found, but it proved harmless."
    _assert_judged(station, "A gun was found at Orm station.", False)
    _assert_judged(station, "A suspicious item was found at Orm station.", True)


def test_round_four_hundred_and_thirty_five_what_was_given_up_for_what() -> None:
    poll = "A poll found that one in five students in Orm had skipped lectures to work extra shifts."
    _assert_judged(poll, "One in five students had skipped shifts to work extra lectures.", False)
    _assert_judged(poll, "One in five students had skipped lectures to work extra shifts.", True)


def test_round_four_hundred_and_thirty_five_a_participle_s_doer_is_the_clause_s() -> None:
    mayor = "Mayor Ian Holt said the city would drop the builder Ormcrest from the scheme, citing repeated delays."
    _assert_judged(mayor, "Ormcrest cited repeated delays.", False)
    _assert_judged(mayor, "Ian Holt cited repeated delays.", True)


def test_round_four_hundred_and_forty_those_treated_are_not_those_who_died() -> None:
    fumes = "Nine workers were treated in hospital after a gas leak at the Orm plant, the fire service said."
    _assert_judged(fumes, "Nine workers died after a gas leak.", False)
    _assert_judged(fumes, "Nine workers were treated in hospital.", True)


def test_round_four_hundred_and_forty_slowed_is_not_stopped_and_promised_is_not_spent() -> None:
    trial = "Researchers said the drug could slow the spread of the disease in mice."
    _assert_judged(trial, "Researchers said the drug stops the spread of the disease.", False)
    roads = "The county has promised £30 million to resurface its roads."
    _assert_judged(roads, "The county has spent £30 million resurfacing its roads.", False)
    boxer = "Former champion Lee Kay has announced his retirement at 38."
    _assert_judged(boxer, "Lee Kay has announced his comeback.", False)


def test_round_four_hundred_and_forty_one_shellfish_or_one_job_for_another() -> None:
    food = "Six diners fell ill after eating prawns at a restaurant in Orm."
    _assert_judged(food, "Six diners fell ill after eating mussels.", False)
    dog = "A dog that bit a postman in Orm has been seized by police."
    _assert_judged(dog, "A dog that bit a courier has been seized.", False)


def test_round_four_hundred_and_forty_one_done_to_with_an_age_after_them() -> None:
    pub = "Police are appealing for witnesses after a woman in her 70s was robbed outside a bank in Orm."
    _assert_judged(pub, "A woman in her 70s robbed a pensioner.", False)
    _assert_judged(pub, "A woman in her 70s was robbed outside a bank.", True)


def test_round_four_hundred_and_forty_a_surname_that_is_also_a_post() -> None:
    group = "Ann Hill said she could no longer back the leader, Mark Dean, after he voted to close the pool."
    _assert_judged(group, "Ann Hill voted to close the pool.", False)


def test_round_four_hundred_and_forty_a_post_before_a_name_told_by_whose_it_is() -> None:
    museum = "The museum's curator, Ida Lund, said the painting was a fake."
    _assert_judged(museum, "The museum's director, Ida Lund, said the painting was a fake.", False)
    _assert_judged(museum, "The museum's curator, Ida Lund, said the painting was a fake.", True)


def test_round_four_hundred_and_forty_an_honour_or_degree_before_a_name() -> None:
    study = "Dr Sam Ortiz, who led the research, said the results were encouraging."
    _assert_judged(study, "Prof Sam Ortiz led the research.", False)
    _assert_judged(study, "Doctor Sam Ortiz led the research.", True)
    _assert_judged("Prof Ana Lee led the trial.", "Professor Ana Lee led the trial.", True)


def test_round_four_hundred_and_forty_a_side_told_by_whose_it_is() -> None:
    cup = "Orm Town goalkeeper Ben Ash saved a penalty but his side lost 3-1 to Kelby in the semi-final."
    _assert_judged(cup, "Orm Town beat Kelby 3-1.", False)
    _assert_judged(cup, "Kelby beat Orm Town 3-1.", True)


def test_round_four_hundred_and_forty_one_who_wanted_it_inside_another_s_phrase() -> None:
    hall = "The council will sell the hall to a builder, despite protests from parents who wanted it kept as a nursery."
    _assert_judged(hall, "The builder wanted it kept as a nursery.", False)
    _assert_judged(hall, "Parents wanted it kept as a nursery.", True)


def test_round_four_hundred_and_forty_where_one_went_told_as_home() -> None:
    crash = "The paramedic was driving to an emergency when his ambulance hit a tree."
    _assert_judged(crash, "The paramedic was driving home when his ambulance hit a tree.", False)
    _assert_judged("She was walking to her home in Orm when she fell.", "She was walking home when she fell.", True)


def test_round_four_hundred_and_forty_five_almost_half_is_not_most() -> None:
    poll = "Nearly half of voters in Orm say they have not decided how to vote, a poll found."
    _assert_judged(poll, "Most voters in Orm say they have not decided how to vote.", False)
    _assert_judged(poll, "Nearly half of voters in Orm are undecided, a poll found.", True)


def test_round_four_hundred_and_forty_five_what_one_posed_as_ends_on_its_noun() -> None:
    clinic = "A woman who posed as a nurse to care for elderly residents in Orm has been jailed for fraud."
    _assert_judged(clinic, "A nurse has been jailed for fraud.", False)
    _assert_judged(clinic, "A woman who posed as a nurse has been jailed for fraud.", True)


def test_round_four_hundred_and_forty_five_the_ones_paid_told_as_paying() -> None:
    energy = "The supplier said it would pay every affected customer £30 after the outage."
    _assert_judged(energy, "Customers will have to pay £30.", False)
    _assert_judged(energy, "Each affected customer will be paid £30.", True)


def test_round_four_hundred_and_forty_five_a_pronoun_of_the_other_sex_in_the_same_words() -> None:
    court = "His barrister, Jo Park, said he was deeply ashamed."
    _assert_judged(court, "Jo Park said she was deeply ashamed.", False)
    _assert_judged(court, "Jo Park said he was deeply ashamed.", True)


def test_round_four_hundred_and_forty_five_what_did_not_prove_cause_and_effect() -> None:
    study = (
        "Children who slept more did better at school, but the authors said the study did not prove cause and effect."
    )
    _assert_judged(study, "More sleep improves children's results at school.", False)
    _assert_judged(study, "The authors said the study did not prove cause and effect.", True)


def test_round_four_hundred_and_forty_five_blocked_is_not_reopened() -> None:
    road = "A fallen tree blocked the Orm road for six hours, the council said."
    _assert_judged(road, "The council said the road had reopened.", False)


def test_round_four_hundred_and_fifty_a_germ_named_by_its_genus_initial() -> None:
    pool = "The Orm lido has closed after traces of E. coli were found in the water, the council said."
    _assert_judged(pool, "Traces of salmonella were found in the water.", False)
    _assert_judged(pool, "Traces of bacteria were found in the water.", True)


def test_round_four_hundred_and_fifty_the_ones_told_are_not_the_ones_telling() -> None:
    smoke = "Residents in Orm have been told to stay indoors after smoke drifted over the area, Orm Fire Service said."
    _assert_judged(smoke, "Residents said smoke drifted over the area.", False)
    _assert_judged(smoke, "Orm Fire Service said smoke drifted over the area.", True)


def test_round_four_hundred_and_fifty_a_hedged_compound_word() -> None:
    crash = "A cyclist was taken to hospital after the crash in Orm. Her injuries are not thought to be life-changing."
    _assert_judged(crash, "Her injuries are life-changing.", False)
    _assert_judged(crash, "Her injuries are not thought to be life-changing.", True)


def test_round_four_hundred_and_fifty_a_saying_told_as_a_noun_is_theirs() -> None:
    plan = "The Orm council has dropped its parking plan after warnings from shopkeepers that trade would suffer."
    _assert_judged(plan, "The council warned shopkeepers that trade would suffer.", False)
    _assert_judged(plan, "Shopkeepers warned that trade would suffer.", True)


def test_round_four_hundred_and_fifty_a_job_before_a_name_at_the_start() -> None:
    rescue = "The diver, Ben Hale, swam to the shore to raise the alarm, coastguards said."
    _assert_judged(rescue, "A fisherman, Ben Hale, swam to the shore to raise the alarm.", False)
    _assert_judged(rescue, "The diver, Ben Hale, swam to the shore to raise the alarm.", True)


def test_round_four_hundred_and_fifty_another_way_of_going_the_same_distance() -> None:
    rescue = "The kayaker, Ben Hale, paddled 300 metres to reach her."
    _assert_judged(rescue, "Ben Hale swam 300 metres to reach her.", False)
    _assert_judged(rescue, "Ben Hale paddled 300 metres to reach her.", True)


def test_round_four_hundred_and_fifty_how_many_voted_which_way() -> None:
    board = (
        "The Orm board kept the fee at £20, with seven of its 12 members voting to keep it and five voting for a rise."
    )
    _assert_judged(board, "Seven members voted for a rise.", False)
    _assert_judged(board, "Five members voted for a rise.", True)


def test_round_four_hundred_and_fifty_cleared_is_not_jailed_and_closed_is_not_launched() -> None:
    court = "A builder who took deposits for work he never did has been jailed for three years at Orm Crown Court."
    _assert_judged(court, "A builder was cleared at Orm Crown Court.", False)
    _assert_judged(court, "A builder has been jailed for three years.", True)
    inquiry = "Orm police have launched an investigation after a dog was found poisoned in a park."
    _assert_judged(inquiry, "Orm police have closed their investigation.", False)


def test_round_four_hundred_and_fifty_the_reason_cited() -> None:
    firm = "Shares in Orm Mining fell 9% after it cut its output forecast, citing flooding at its main plant in Peru."
    _assert_judged(firm, "Orm Mining cited a strike at its main plant in Peru.", False)
    _assert_judged(firm, "Orm Mining cited flooding at its main plant in Peru.", True)


def test_round_four_hundred_and_fifty_a_burning_home_of_another_kind() -> None:
    fire = "Crews rescued a man from a burning cottage in Orm on Sunday."
    _assert_judged(fire, "Crews rescued a man from a burning house in Orm.", False)
    _assert_judged(fire, "Crews rescued a man from a burning building in Orm.", True)
    _assert_judged(fire, "Crews rescued a man from a burning home in Orm.", True)


def test_round_four_hundred_and_fifty_what_others_objected_to_is_not_the_council_saying() -> None:
    homes = "The Orm council has approved 300 homes on the old airfield, despite objections that the roads cannot cope."
    _assert_judged(homes, "The council said the roads cannot cope.", False)
    _assert_judged(homes, "The council has approved 300 homes on the old airfield.", True)


def test_round_four_hundred_and_fifty_joining_the_club_left() -> None:
    move = "The winger Sam Oyelaran has signed a two-year contract with Orm Athletic after leaving Lowbridge Town."
    _assert_judged(move, "Sam Oyelaran has signed for Lowbridge Town.", False)
    _assert_judged(move, "Sam Oyelaran has joined Orm Athletic.", True)


def test_round_four_hundred_and_fifty_the_one_given_told_as_giving() -> None:
    care = "Peter Lane, 77, was given an injection meant for another resident at the Orm care home."
    _assert_judged(care, "Peter Lane gave an injection meant for another resident.", False)
    _assert_judged(care, "Peter Lane was given tablets meant for another resident.", False)
    _assert_judged(care, "Peter Lane was given a jab meant for another resident.", True)


def test_round_four_hundred_and_fifty_what_one_was_doing_when_it_happened() -> None:
    walk = "A walker who slipped while climbing a waterfall near Orm was rescued by helicopter."
    _assert_judged(walk, "A walker slipped while swimming in a lake.", False)
    _assert_judged(walk, "A walker slipped while climbing a waterfall.", True)


def test_round_four_hundred_and_fifty_who_made_a_survey() -> None:
    survey = "Two in five nurses plan to leave, according to a survey by the Royal College of Nursing."
    _assert_judged(survey, "A government survey found two in five nurses plan to leave.", False)
    _assert_judged(survey, "A survey found two in five nurses plan to leave.", True)


def test_round_four_hundred_and_fifty_warned_another_public_body() -> None:
    tree = "Neighbour Ann Cole said she had warned the council about the wall for months."
    _assert_judged(tree, "Ann Cole said she had warned the police about the wall.", False)
    _assert_judged(tree, "Ann Cole said she had warned the council about the wall.", True)


def test_round_four_hundred_and_fifty_five_a_company_named_after_its_kind_in_the_lead() -> None:
    story = (
        "The bus maker Tarrow has gone into administration, putting 300 jobs at risk.\n\n"
        "The company, which has two factories, blamed a fall in orders."
    )
    _assert_cited(
        story, "Tarrow blamed a fall in orders.", "The company, which has two factories, blamed a fall in orders.", True
    )


def test_round_four_hundred_and_fifty_five_one_who_reported_a_thing_is_not_the_one_saying() -> None:
    river = (
        "Anglers have reported dozens of dead sheep near the Orm reservoir after a chemical spill from a nearby works, "
        "the Orm Water Board said."
    )
    _assert_judged(river, "The Orm Water Board said a chemical spill came from a nearby works.", True)
    _assert_judged(river, "Anglers said a chemical spill came from a nearby works.", False)


def test_round_four_hundred_and_fifty_five_a_job_only_by_its_family() -> None:
    seals = "Anglers have reported dozens of dead seals near a salmon farm off Orm."
    _assert_judged(seals, "Farmers have reported dozens of dead seals off Orm.", False)


def test_round_four_hundred_and_fifty_five_another_of_the_same_surname() -> None:
    story = (
        "A boy who needs a new kidney has been put on the urgent list.\n\n"
        "Sam Rhee has been in hospital in Orm since May. His father, Joon Rhee, thanked the donors."
    )
    _assert_cited(
        story,
        "Joon Rhee has been in hospital in Orm since May.",
        "Sam Rhee has been in hospital in Orm since May.",
        False,
    )
    _assert_cited(
        story,
        "Sam Rhee has been in hospital in Orm since May.",
        "Sam Rhee has been in hospital in Orm since May.",
        True,
    )


def test_round_four_hundred_and_fifty_five_left_hospital_cleared_by_and_demolished() -> None:
    ward = "The Orm councillor has been in hospital since March after a fall."
    _assert_judged(ward, "The Orm councillor left hospital in March.", False)
    panel = "A nurse has been banned from the profession after a panel found she had stolen drugs."
    _assert_judged(panel, "A nurse has been cleared by a panel.", False)
    tower = "The old Orm water tower is to be moved 50 metres to make way for a road."
    _assert_judged(tower, "The old Orm water tower is to be demolished to make way for a road.", False)


def test_round_four_hundred_and_fifty_five_a_deed_done_to_oneself() -> None:
    crash = "A driver who was recording herself on her phone crashed into a wall in Orm."
    _assert_judged(crash, "The driver was recording a friend on her phone.", False)
    _assert_judged(crash, "The driver was recording herself on her phone.", True)


def test_round_four_hundred_and_fifty_five_a_place_the_dictionary_lacks() -> None:
    raid = "Police seized stolen bikes worth £20,000 from a former bank in Orm."
    _assert_judged(raid, "Police seized stolen bikes worth £20,000 from a former pub.", False)


def test_round_four_hundred_and_fifty_five_the_same_feeling_said_of_others() -> None:
    school = 'The head of Orm Primary, Dan Kerr, said parents were "shocked".'
    _assert_judged(school, "Dan Kerr said teachers were shocked.", False)
    _assert_judged(school, "Dan Kerr said parents were shocked.", True)


def test_round_four_hundred_and_fifty_five_a_post_under_another_and_feelings_opposed() -> None:
    club = 'The club\'s manager, Lee Pryor, said he was "delighted" with the win.'
    _assert_judged(club, "The assistant manager, Lee Pryor, said he was delighted with the win.", False)
    _assert_judged(club, "Lee Pryor said he was disappointed with the win.", False)
    _assert_judged(club, "Lee Pryor said he was pleased with the win.", True)


def test_round_four_hundred_and_fifty_five_a_deed_told_only_in_what_a_post_holder_ruled() -> None:
    ruling = "A coroner has ruled that the hospital failed the patient when it sent him home too early."
    _assert_judged(ruling, "A coroner sent the patient home too early.", False)
    _assert_judged(ruling, "A coroner ruled that the hospital failed the patient.", True)


def test_round_four_hundred_and_fifty_five_a_half_marathon_is_no_marathon() -> None:
    race = "More than 900 runners took part in the Orm half marathon, raising £20,000 for charity."
    _assert_judged(race, "More than 900 runners took part in the Orm marathon.", False)
    _assert_judged(race, "More than 900 runners took part in the Orm half marathon.", True)


def test_round_four_hundred_and_fifty_five_the_finder_is_not_the_owner() -> None:
    cat = "The cat, Pip, was found by a postman in a garden shed."
    _assert_judged(cat, "A postman's cat, Pip, was found in a garden shed.", False)
    _assert_judged(cat, "Pip was found by a postman in a garden shed.", True)


def test_round_four_hundred_and_fifty_five_undoing_what_the_evidence_has_them_do() -> None:
    parking = "The Orm council will charge drivers £2 an hour to park on the seafront from May."
    _assert_judged(parking, "The council will scrap its seafront parking charge.", False)
    _assert_judged(parking, "The council will charge drivers £2 an hour to park on the seafront.", True)


def test_round_four_hundred_and_fifty_five_a_doer_given_to_the_one_another_deed_was_done_to() -> None:
    attack = "A bus driver was assaulted while helping a passenger in Orm, and a man has been arrested, police said."
    _assert_judged(attack, "The passenger assaulted a bus driver, police said.", False)
    _assert_judged(attack, "A bus driver was assaulted while helping a passenger.", True)


def test_round_four_hundred_and_sixty_another_one_robbed() -> None:
    theft = "A man has been jailed for two years for stealing £12,000 from the football club where he was a volunteer."
    _assert_judged(theft, "He stole £12,000 from the church where he was a volunteer.", False)
    _assert_judged(theft, "He stole £12,000 from a football club.", True)


def test_round_four_hundred_and_sixty_closed_then_reopened_and_incidents_lifted() -> None:
    road = "Flooding has forced the closure of the B1234 near Orm, the county council said."
    _assert_judged(road, "The B1234 near Orm has reopened.", False)
    hospital = "Orm General Hospital has declared a critical incident after a surge in patients."
    _assert_judged(hospital, "Orm General Hospital has lifted a critical incident.", False)
    _assert_judged(hospital, "Orm General Hospital has declared a critical incident.", True)


def test_round_four_hundred_and_sixty_saved_is_not_scored_and_admitted_is_not_found_guilty() -> None:
    cup = "The goalkeeper Ada Bell saved three penalties as Orm won the shoot-out."
    _assert_judged(cup, "Ada Bell scored three penalties.", False)
    court = "Mark Lyle, 38, admitted causing death by dangerous driving."
    _assert_judged(court, "Mark Lyle was found guilty of causing death by dangerous driving after a trial.", False)
    _assert_judged(court, "Mark Lyle admitted causing death by dangerous driving.", True)


def test_round_four_hundred_and_sixty_what_was_owned_up_to() -> None:
    court = "Mark Lyle, 38, admitted causing death by dangerous driving."
    _assert_judged(court, "Mark Lyle admitted manslaughter.", False)


def test_round_four_hundred_and_sixty_cancelling_what_was_ordered() -> None:
    navy = "The navy has ordered six new patrol boats for £300m."
    _assert_judged(navy, "The navy has cancelled an order for six patrol boats.", False)
    _assert_judged(navy, "The navy has ordered six new patrol boats.", True)


def test_round_four_hundred_and_sixty_the_one_her_coach_is_of() -> None:
    story = (
        "Runner Emma Webb has won the national cross-country title in Leeds.\n\n"
        'The 19-year-old finished ten seconds clear. Her coach, Sam Oduya, said she had "earned it".'
    )
    quote = 'Her coach, Sam Oduya, said she had "earned it".'
    _assert_cited(story, "Emma Webb's coach said she had earned it.", quote, True)
    _assert_cited(story, "Her mother, Sam Oduya, said she had earned it.", quote, False)


def test_round_four_hundred_and_sixty_what_goes_with_a_future_deed() -> None:
    road = "The Orm bypass will close for three weeks in March, with a free bus offered to residents."
    _assert_judged(road, "A free bus will be offered to residents.", True)


def test_round_four_hundred_and_sixty_whose_pay_rises() -> None:
    pay = "The retailer Dovetail will raise pay for its 20,000 warehouse workers to £13 an hour from May."
    _assert_judged(pay, "Dovetail will raise pay for its delivery drivers to £13 an hour.", False)
    _assert_judged(pay, "Dovetail will raise pay for its warehouse workers to £13 an hour.", True)


def test_round_four_hundred_and_sixty_a_job_given_to_one_named_only_as_a_man() -> None:
    bull = "A man was taken to hospital after being kicked by a horse on a bridleway near Orm."
    _assert_judged(bull, "A vet was kicked by a horse near Orm.", False)
    _assert_judged(bull, "A man was kicked by a horse near Orm.", True)


def test_round_four_hundred_and_sixty_a_protest_the_other_way() -> None:
    protest = "About 200 people joined a march in Orm on Sunday against plans to close the town's fire station."
    _assert_judged(protest, "The march was in support of plans to close the fire station.", False)
    _assert_judged(protest, "The march was against plans to close the fire station.", True)


def test_round_four_hundred_and_sixty_another_doer_after_by() -> None:
    refund = "A widower who lost £9,000 to a fake builder has been refunded in full by his bank."
    _assert_judged(refund, "The builder refunded the widower.", False)
    _assert_judged(refund, "The widower has been refunded in full.", True)


def test_round_four_hundred_and_sixty_a_kind_of_scam() -> None:
    refund = "A widower who lost £9,000 to a pension scam has been paid back in full by his bank."
    _assert_judged(refund, "A widower who lost £9,000 to a lottery scam has been paid back.", False)


def test_round_four_hundred_and_sixty_the_figure_a_deed_is_compared_with() -> None:
    trains = "The operator has bought 30 new trains for £600m, fewer than the 45 it had hoped to buy."
    _assert_judged(trains, "The operator has bought 45 new trains.", False)
    _assert_judged(trains, "The operator has bought 30 new trains.", True)
    fares = "The regulator has approved a 4% rise in fares, less than the 7% rise that operators had asked for."
    _assert_judged(fares, "Operators had asked for a 4% rise.", False)
    _assert_judged(fares, "Operators had asked for a 7% rise.", True)


def test_round_four_hundred_and_sixty_five_a_carriageway_the_other_way() -> None:
    crash = "A van overturned on the A1 near Orm, closing the northbound carriageway for four hours."
    _assert_judged(crash, "The southbound carriageway was closed for four hours.", False)
    _assert_judged(crash, "The northbound carriageway was closed for four hours.", True)


def test_round_four_hundred_and_sixty_five_a_post_told_with_whose_it_is_far_before_the_name() -> None:
    apology = "The town's mayor, Ruth Ibe, has apologised after 500 council tax bills were sent out twice."
    _assert_judged(apology, "The council's chief executive, Ruth Ibe, has apologised.", False)
    _assert_judged(apology, "Ruth Ibe has apologised.", True)


def test_round_four_hundred_and_sixty_five_a_job_given_to_a_resident() -> None:
    care = "Inspectors found that an Orm care home left a resident without water for a day, the regulator said."
    _assert_judged(care, "A cleaner was left without water for a day.", False)


def test_round_four_hundred_and_sixty_five_a_portrait_is_a_painting() -> None:
    art = "A portrait by an unknown artist was found in an attic in Orm. The portrait shows a girl with a dog."
    _assert_judged(art, "The painting shows a girl with a dog.", True)
    _assert_judged(art, "The landscape shows a girl with a dog.", False)


def test_round_four_hundred_and_sixty_five_another_relative_of_the_same_one_s() -> None:
    art = "A sketch by the painter was found in a drawer in Orm. The sketch shows the painter's brother."
    _assert_judged(art, "The sketch shows the painter's father.", False)
    _assert_judged(art, "The sketch shows the painter's brother.", True)


def test_round_four_hundred_and_seventy_a_brand_written_in_lower_case_first_is_a_name() -> None:
    flights = "Wingo has cut 120 flights from Orm airport this winter, blaming the cost of fuel."
    _assert_judged(flights, "easyJet has cut 120 flights from Orm airport.", False)
    _assert_judged(flights, "Wingo has cut 120 flights from Orm airport.", True)


def test_round_four_hundred_and_seventy_what_fell_in_a_place_is_the_thing_before_it() -> None:
    waits = "The number of adults waiting more than six months for surgery in West Orm has fallen for the first time."
    _assert_judged(waits, "The number of adults waiting more than six months for surgery has risen.", False)
    _assert_judged(waits, "The number of adults waiting more than six months for surgery has fallen.", True)


def test_round_four_hundred_and_seventy_a_word_ending_in_ed_may_be_a_thing() -> None:
    limit = (
        "The council has dropped its plan to raise the speed limit on the bypass to 60mph after residents opposed it."
    )
    _assert_judged(limit, "The council has dropped its plan to lower the speed limit on the bypass.", False)
    _assert_judged(limit, "The council has dropped its plan to raise the speed limit on the bypass.", True)


def test_round_four_hundred_and_seventy_foods_meals_and_diggers_are_things_of_a_kind() -> None:
    recall = "Orm Foods has recalled its cheddar cheese because it may contain metal, the regulator said."
    _assert_judged(recall, "Orm Foods has recalled its cheddar chocolate.", False)
    _assert_judged(recall, "Orm Foods has recalled its cheddar cheese.", True)
    meals = "Children at 12 schools in Orm will get free breakfasts from January."
    _assert_judged(meals, "Children at 12 schools will get free dinners.", False)
    _assert_judged(meals, "Children at 12 schools will get free breakfasts.", True)
    theft = "Thieves used a stolen digger to ram the front of a jeweller's in Orm."
    _assert_judged(theft, "Thieves used a stolen van to ram the front of a jeweller's.", False)


def test_round_four_hundred_and_seventy_a_group_of_people_is_a_thing_of_a_kind() -> None:
    fine = "Orm Energy was fined £2m for overcharging customers on prepayment meters."
    _assert_judged(fine, "Orm Energy was fined for overcharging investors on prepayment meters.", False)
    _assert_judged(fine, "Orm Energy was fined for overcharging customers.", True)


def test_round_four_hundred_and_seventy_a_doer_past_an_age_and_a_long_aside() -> None:
    chase = "Ms Patel, 61, who has delivered post in the village for 30 years, caught the thief at the gate."
    _assert_judged(chase, "The thief caught Ms Patel at the gate.", False)
    _assert_judged(chase, "Ms Patel caught the thief at the gate.", True)


def test_round_four_hundred_and_seventy_an_age_given_to_the_other_one() -> None:
    crash = "A 70-year-old woman was taken to hospital after she was hit by a bus driver in Orm."
    _assert_judged(crash, "A 70-year-old bus driver hit a woman.", False)
    _assert_judged(crash, "A 70-year-old woman was hit by a bus driver.", True)


def test_round_four_hundred_and_seventy_another_doer_past_a_long_aside() -> None:
    chapel = (
        "The chapel, which was named the county's finest building in 2011, was wrecked overnight by vandals, "
        "the Orm Trust said."
    )
    _assert_judged(chapel, "The Orm Trust wrecked the chapel.", False)
    _assert_judged(chapel, "The chapel was wrecked by vandals.", True)


def test_round_four_hundred_and_seventy_the_one_who_tells_it_is_not_the_doer_named_after_it() -> None:
    wall = "The old wall was knocked down by a lorry, Orm Council said."
    _assert_judged(wall, "Orm Council knocked down the wall.", False)
    _assert_judged(wall, "The old wall was knocked down by a lorry.", True)


def test_round_four_hundred_and_seventy_another_deed_by_another_doer() -> None:
    wall = "The old wall was knocked down by a lorry on Tuesday night."
    _assert_judged(wall, "The old wall was damaged by a storm.", False)
    _assert_judged(wall, "The old wall was knocked down by a lorry.", True)


def test_round_four_hundred_and_seventy_the_one_hurt_is_not_the_one_charged() -> None:
    attack = "A man who was stabbed outside a bar in Orm is in a stable condition, police said."
    _assert_judged(attack, "A man has been charged over a stabbing outside a bar.", False)
    _assert_judged(attack, "A man who was stabbed outside a bar is in a stable condition.", True)


def test_round_four_hundred_and_seventy_five_a_failure_to_keep_a_thing_is_no_saying() -> None:
    bridge = "An inquiry found the council had failed to maintain the footbridge before it collapsed."
    _assert_judged(bridge, "The council had maintained the footbridge.", False)
    _assert_judged(bridge, "The council had failed to maintain the footbridge.", True)


def test_round_four_hundred_and_seventy_five_a_verb_s_plain_form_before_a_noun_is_a_name() -> None:
    strike = "GMB members at Orm Docks have voted to strike over a pay offer."
    _assert_judged(strike, "Unite members at Orm Docks have voted to strike.", False)
    _assert_judged(strike, "GMB members at Orm Docks have voted to strike.", True)


def test_round_four_hundred_and_seventy_five_a_survey_s_maker_told_after_it() -> None:
    poll = "Two in three parents support the ban, according to a poll by the Orm Parents' Forum."
    _assert_judged(poll, "The poll was carried out by the council.", False)


def test_round_four_hundred_and_seventy_five_those_forced_from_their_homes_did_not_die() -> None:
    floods = "Floods in the Orm valley forced 300 people to leave their homes on Friday."
    _assert_judged(floods, "300 people were killed in the Orm valley floods.", False)
    _assert_judged(floods, "300 people were evacuated from their homes.", True)


def test_round_four_hundred_and_seventy_five_a_thing_is_read_past_a_hyphened_word_before_it() -> None:
    sales = "The charity said sales of second-hand clothes rose by 5% last year."
    _assert_judged(sales, "The charity said sales of furniture rose by 5% last year.", False)
    _assert_judged(sales, "The charity said sales of clothes rose by 5% last year.", True)


def test_round_four_hundred_and_seventy_five_a_belief_told_after_its_clause() -> None:
    wreck = "The trawler sank after hitting rocks, the coastguard believes."
    _assert_judged(wreck, "The trawler sank after hitting rocks.", False)
    _assert_judged(wreck, "The coastguard believes the trawler sank after hitting rocks.", True)


def test_round_four_hundred_and_seventy_five_a_year_s_top_is_not_an_all_time_one() -> None:
    rain = "March was the wettest month of the year so far, the Met Office said."
    _assert_judged(rain, "March was the wettest month on record.", False)
    _assert_judged(rain, "March was the wettest month of the year so far.", True)


def test_round_four_hundred_and_seventy_five_what_one_was_caught_doing() -> None:
    ban = "Shoppers caught shoplifting will be banned from the Orm centre for a year."
    _assert_judged(ban, "Shoppers caught smoking will be banned from the Orm centre.", False)
    _assert_judged(ban, "Shoppers caught shoplifting will be banned from the Orm centre.", True)


def test_round_four_hundred_and_seventy_five_relieved_is_not_distraught() -> None:
    rescue = "Her mother said she had been distraught when the girl went missing."
    _assert_judged(rescue, "Her mother said she had been relieved.", False)


def test_round_four_hundred_and_eighty_not_going_ahead_with_a_ban_is_no_ban() -> None:
    parks = "Orm council has said it will not go ahead with a ban on barbecues in its parks."
    _assert_judged(parks, "Orm council will ban barbecues in its parks.", False)
    _assert_judged(parks, "Orm council has dropped a ban on barbecues in its parks.", True)


def test_round_four_hundred_and_eighty_a_describing_word_before_a_name_s_word_opens_a_name() -> None:
    fine = "Thames Water has been fined £2m for sewage spills into the river."
    _assert_judged(fine, "Southern Water has been fined £2m for sewage spills.", False)
    _assert_judged(fine, "Thames Water has been fined £2m for sewage spills.", True)


def test_round_four_hundred_and_eighty_a_thing_of_a_kind_opening_the_claim() -> None:
    power = "Wind turbines now supply a third of the island's power, the operator said."
    _assert_judged(power, "Solar panels now supply a third of the island's power.", False)
    _assert_judged(power, "Wind turbines now supply a third of the island's power.", True)


def test_round_four_hundred_and_eighty_another_doer_after_where_it_was_done() -> None:
    walker = "The walker who was found on the moor by a farmer has thanked him for his help."
    _assert_judged(walker, "The walker was found by a shepherd.", False)
    _assert_judged(walker, "The walker was found by a farmer.", True)


def test_round_four_hundred_and_eighty_musical_instruments_are_things_of_a_kind() -> None:
    find = "Staff at the museum found an old guitar behind a wall during building work."
    _assert_judged(find, "Staff at the museum found an old harp behind a wall.", False)
    _assert_judged(find, "Staff at the museum found an old guitar behind a wall.", True)


def test_round_four_hundred_and_eighty_recovering_is_alive() -> None:
    crash = "A woman who was hit by a van in Orm on Friday has died in hospital."
    _assert_judged(crash, "A woman who was hit by a van is recovering in hospital.", False)
    _assert_judged(crash, "A woman who was hit by a van has died in hospital.", True)


def test_round_four_hundred_and_eighty_a_given_name_before_a_hill_names_a_speaker() -> None:
    body = (
        "Parent Dawn Hill said her daughter had been upset.\n\n"
        "The headteacher, Ian Moss, said the uniform policy was clear."
    )
    said = "The headteacher, Ian Moss, said the uniform policy was clear."
    _assert_cited(body, "Dawn Hill said the uniform policy was clear.", said, False)
    _assert_cited(body, "Ian Moss said the uniform policy was clear.", said, True)


def test_round_four_hundred_and_eighty_five_starving_is_not_dead() -> None:
    farm = "A farmer has been banned from keeping animals after 12 horses were found starving in a field near Orm."
    _assert_judged(farm, "12 horses were found dead in a field.", False)
    _assert_judged(farm, "12 horses were found starving in a field.", True)


def test_round_four_hundred_and_eighty_five_a_thing_to_come_described_by_a_participle() -> None:
    pay = "Porters at Orm hospital will receive a 4% pay rise backdated to January, the trust said."
    _assert_judged(pay, "The pay rise will be backdated to January.", True)
    _assert_judged(pay, "Porters at Orm hospital will receive a 4% pay rise.", True)


def test_round_four_hundred_and_ninety_things_of_one_kind() -> None:
    shop = "The price of a pasty at the Orm bakery has gone up by 20p, the owner said."
    _assert_judged(shop, "The price of a pie at the Orm bakery has gone up by 20p.", False)
    _assert_judged(shop, "The price of a pasty at the Orm bakery has gone up by 20p.", True)
    school = "Pupils at Orm Academy may wear shorts in the summer term, the school said."
    _assert_judged(school, "Pupils at Orm Academy may wear sandals in the summer term.", False)
    _assert_judged(school, "Pupils at Orm Academy may wear shorts in the summer term.", True)
    buses = "The council will buy 40 electric buses for the Orm routes next year."
    _assert_judged(buses, "The council will buy 40 hybrid buses for the Orm routes.", False)
    _assert_judged(buses, "The council will buy 40 electric buses for the Orm routes.", True)


def test_round_four_hundred_and_ninety_doubled_is_a_rise() -> None:
    bank = "Use of the Orm food bank has doubled since the spring, its manager said."
    _assert_judged(bank, "Use of the Orm food bank has fallen since the spring.", False)
    _assert_judged(bank, "Use of the Orm food bank has risen since the spring.", True)


def test_round_four_hundred_and_ninety_angry_against_relieved() -> None:
    verdict = 'Her father said the family were "relieved the trial is over".'
    _assert_judged(verdict, "Her father said the family were angry the trial was over.", False)
    _assert_judged(verdict, "Her father said the family were relieved the trial was over.", True)


def test_round_four_hundred_and_ninety_one_outcomes_of_a_case() -> None:
    fine = "The Orm Water company has been ordered to pay £3m for polluting a stream, a court heard."
    _assert_judged(fine, "The Orm Water company has been cleared of polluting a stream.", False)
    _assert_judged(fine, "The Orm Water company has been ordered to pay £3m.", True)
    bail = "Police said a 28-year-old man from Orm had been released under investigation."
    _assert_judged(bail, "A 28-year-old man from Orm has been charged.", False)
    _assert_judged(bail, "A 28-year-old man from Orm has been released under investigation.", True)


def test_round_four_hundred_and_ninety_one_a_noun_made_of_a_verb() -> None:
    library = "The Orm library was closed for a week after a pipe burst, the council said."
    _assert_judged(library, "The closure followed a burst pipe.", True)
    ferry = "Sailings to Orm were suspended on Monday after a crane failed at the harbour."
    _assert_judged(ferry, "The suspension followed a crane failure.", True)
    _assert_judged(ferry, "Sailings to Orm were extended on Monday.", False)


def test_round_four_hundred_and_ninety_two_before_during_or_after() -> None:
    party = "The councillor was filmed at a barbecue during the hosepipe ban, the paper said."
    _assert_judged(party, "The councillor was filmed at a barbecue after the hosepipe ban.", False)
    _assert_judged(party, "The councillor was filmed at a barbecue during the hosepipe ban.", True)


def test_round_four_hundred_and_ninety_two_weekends_are_no_weeks() -> None:
    road = "The Orm bypass will close for three weekends while it is resurfaced."
    _assert_judged(road, "The Orm bypass will close for three weeks.", False)
    _assert_judged(road, "The Orm bypass will close for three weekends.", True)


def test_round_four_hundred_and_ninety_three_a_described_doer_in_place() -> None:
    fair = "The fair was called off after high winds damaged the big wheel, the organisers said."
    _assert_judged(fair, "Heavy rain damaged the big wheel.", False)
    _assert_judged(fair, "High winds damaged the big wheel.", True)


def test_round_four_hundred_and_ninety_three_a_share_is_no_change() -> None:
    vans = "Sales of electric vans rose by a quarter last year but still make up only one in ten new vans sold."
    _assert_judged(vans, "Electric vans make up one in four new vans sold.", False)
    _assert_judged(vans, "Electric vans make up one in ten new vans sold.", True)


def test_round_four_hundred_and_ninety_four_a_rank_among_a_wider_place() -> None:
    station = "Orm Central is the busiest station in the county, figures show."
    _assert_judged(station, "Orm Central is the busiest station in the country.", False)
    _assert_judged(station, "Orm Central is the busiest station in the county.", True)


def test_round_four_hundred_and_ninety_four_an_inquest_is_into_a_death() -> None:
    fall = "An inquest heard that the walker fell 50 metres from a ridge above Orm."
    _assert_judged(fall, "The walker survived a 50-metre fall.", False)
    _assert_judged(fall, "The walker fell 50 metres from a ridge.", True)


def test_round_four_hundred_and_ninety_five_left_without_one_supply_or_another() -> None:
    home = "Inspectors found tenants at the Orm flats had been left without heating for a week."
    _assert_judged(home, "Tenants at the Orm flats had been left without food for a week.", False)
    _assert_judged(home, "Tenants at the Orm flats had been left without heating for a week.", True)


def test_round_four_hundred_and_ninety_five_a_cause_where_the_evidence_gives_a_purpose() -> None:
    quit_ = "Ms Hale, who has led the Orm trust since 2015, said she was standing down to care for her mother."
    _assert_judged(quit_, "Ms Hale said she was standing down because of exhaustion.", False)
    _assert_judged(quit_, "Ms Hale said she was standing down to care for her mother.", True)


def test_round_four_hundred_and_ninety_six_a_decision_delayed_is_none_made() -> None:
    plan = "The trust has delayed its decision on the new Orm hospital wing until the autumn, citing staff shortages."
    _assert_judged(plan, "The trust has approved the new hospital wing.", False)
    _assert_judged(plan, "The trust has delayed its decision on the new Orm hospital wing.", True)


def test_round_four_hundred_and_ninety_seven_repaired_against_replaced() -> None:
    pier = "The council says the Orm pier must be replaced after storms damaged its legs."
    _assert_judged(pier, "The council says the Orm pier can be repaired.", False)
    _assert_judged(pier, "The council says the Orm pier must be replaced.", True)


def test_round_four_hundred_and_ninety_eight_a_span_before_an_event() -> None:
    inquest = "Her son told the inquest she had fallen at home the day before she died."
    _assert_judged(inquest, "She had fallen at home a week before she died.", False)
    _assert_judged(inquest, "She had fallen at home the day before she died.", True)


def test_round_four_hundred_and_ninety_nine_returned_against_kept() -> None:
    mask = "The museum will return the carved mask to Peru, 90 years after it was taken by explorers."
    _assert_judged(mask, "The museum will keep the carved mask.", False)
    _assert_judged(mask, "The museum will return the carved mask to Peru.", True)


def test_round_five_hundred_a_length_of_time_the_evidence_never_gives() -> None:
    hall = "The Orm village hall will close for a fortnight after damp was found in its walls."
    _assert_judged(hall, "The Orm village hall will close for a year.", False)
    _assert_judged(hall, "The Orm village hall will close for two weeks.", True)
    walker = "The missing walker was found safe after spending three nights on the moor."
    _assert_judged(walker, "The missing walker was found safe after three weeks on the moor.", False)
    _assert_judged(walker, "The missing walker was found safe after three nights on the moor.", True)


def test_round_five_hundred_and_one_a_describing_opener_shows_the_speaker() -> None:
    said = 'The minister said the scheme would "cut household bills", but opposition MPs warned it would raise costs.'
    body = f"Ministers have unveiled a new home insulation scheme.\n\n{said}\n\nIt starts in April."
    _assert_cited(body, "Opposition MPs warned the scheme would raise costs.", said, True)
    _assert_cited(body, "The minister warned the scheme would raise costs.", said, False)


def test_round_five_hundred_and_two_parts_of_a_boat_and_feelings() -> None:
    boat = "Coastguards towed a fishing boat that had lost its rudder in a storm off Orm Point."
    _assert_judged(boat, "The fishing boat had lost its mast in a storm.", False)
    _assert_judged(boat, "The fishing boat had lost its rudder in a storm.", True)
    bill = 'Mr Hale told reporters he had been "shocked" to be charged £90 for a taxi ride of two miles.'
    _assert_judged(bill, "Mr Hale said he was delighted to be charged £90 for the taxi ride.", False)
    _assert_judged(bill, "Mr Hale said he was shocked to be charged £90 for the taxi ride.", True)


def test_round_five_hundred_and_three_cautioned_is_not_charged_and_rural_is_not_urban() -> None:
    fire = "Three boys have been cautioned after a fire damaged a bowls club hut in Orm."
    _assert_judged(fire, "Three boys have been charged after a fire damaged a bowls club hut.", False)
    _assert_judged(fire, "Three boys have been cautioned after a fire damaged a bowls club hut.", True)
    owls = "Surveys show barn owls in rural Orm have recovered, while urban numbers are stabilising."
    _assert_judged(owls, "Barn owls in urban Orm have recovered.", False)
    _assert_judged(owls, "Urban barn owl numbers are falling.", False)
    _assert_judged(owls, "Barn owls in rural Orm have recovered.", True)


def test_round_five_hundred_and_three_one_switched_on_by_another() -> None:
    lights = "The Orm pier lights will be switched on by a local nurse who raised £5,000 for the hospice."
    _assert_judged(lights, "The mayor will switch on the Orm pier lights.", False)
    _assert_judged(lights, "A local nurse will switch on the Orm pier lights.", True)


def test_round_five_hundred_and_four_how_often_and_who_ruled() -> None:
    bus = "The council will run an hourly bus between Orm and Kell from May, replacing a route cut in 2023."
    _assert_judged(bus, "The council will run a daily bus between Orm and Kell.", False)
    _assert_judged(bus, "The council will run an hourly bus between Orm and Kell.", True)
    court = "A judge ruled that the trust had acted unlawfully when it shut the ward without consulting patients."
    _assert_judged(court, "The patients ruled the trust had acted unlawfully.", False)
    _assert_judged(court, "A judge ruled the trust had acted unlawfully.", True)


def test_round_five_hundred_and_five_pools_and_plurals_the_dictionary_lacks() -> None:
    council = "The council has dropped plans to shut two swimming pools after a petition, but their hours will be cut."
    _assert_judged(council, "The council has dropped plans to shut two libraries.", False)
    _assert_judged(council, "The council has dropped plans to shut two swimming pools.", True)
    town = "Most pubs in Orm are now run by their landlords, a council report says."
    _assert_judged(town, "Most shops in Orm are now run by their landlords.", False)
    _assert_judged(town, "Most pubs in Orm are now run by their landlords.", True)


def test_round_five_hundred_and_six_students_from_home_or_abroad() -> None:
    fees = "The Orm college said it would freeze fees for overseas students next year."
    _assert_judged(fees, "The Orm college will freeze fees for home students.", False)
    _assert_judged(fees, "The Orm college will freeze fees for overseas students.", True)


def test_round_five_hundred_and_seven_paralysed_is_hurt_not_dead() -> None:
    fall = "A builder has been fined £50,000 after a labourer fell from a ladder and was left paralysed."
    _assert_judged(fall, "A labourer died after falling from a ladder.", False)
    _assert_judged(fall, "A labourer was left paralysed after falling from a ladder.", True)


def test_round_five_hundred_and_eight_independent_against_chains() -> None:
    cafes = "Almost half of the cafes on the high street are now independent, a survey found."
    _assert_judged(cafes, "Almost half of the cafes on the high street are now chains.", False)
    _assert_judged(cafes, "Almost half of the cafes on the high street are now independent.", True)


def test_round_five_hundred_and_nine_a_target_missed_is_not_met() -> None:
    target = "The health secretary admitted the target to cut waits to 18 weeks would be missed."
    _assert_judged(target, "The health secretary said the target would be met.", False)
    _assert_judged(target, "The health secretary admitted the target would be missed.", True)


def test_round_five_hundred_and_nine_a_pronoun_told_something_is_no_doer() -> None:
    board = "A teacher who was wrongly told she had diabetes has received £40,000 from the health board."
    _assert_judged(board, "She was wrongly told she had diabetes.", True)
    _assert_judged(board, "She received £40,000 from the health board.", True)


def test_round_five_hundred_and_ten_a_driving_ban_is_no_jail_term() -> None:
    ban = "A taxi driver has been banned from driving for two years after he was caught using his phone at the wheel."
    _assert_judged(ban, "A taxi driver has been jailed for two years.", False)
    _assert_judged(ban, "A taxi driver has been banned from driving for two years.", True)


def test_round_five_hundred_and_eleven_betrayed_against_relieved() -> None:
    body = (
        "The former coach of Orm Rovers has spoken about his exit.\n\n"
        'Mr Dale said he felt "betrayed" after the club sacked him by email a week before the season.\n\n'
        "The club did not comment."
    )
    said = 'Mr Dale said he felt "betrayed" after the club sacked him by email a week before the season.'
    _assert_cited(body, "Mr Dale said he felt relieved.", said, False)
    _assert_cited(body, "Mr Dale said he felt betrayed.", said, True)


def test_round_five_hundred_and_thirteen_a_panel_that_cleared_and_a_death_ruled_accidental() -> None:
    struck = "A nurse who stole drugs from a hospice has been struck off, a conduct panel ruled."
    _assert_judged(struck, "A conduct panel cleared the nurse.", False)
    _assert_judged(struck, "A nurse has been struck off.", True)
    inquest = "The family of a boy who drowned in a lake want fences after an inquest ruled his death was accidental."
    _assert_judged(inquest, "An inquest ruled his death was unlawful.", False)
    _assert_judged(inquest, "An inquest ruled his death was accidental.", True)


def test_round_five_hundred_and_fourteen_a_star_won_is_none_lost_and_playgrounds_are_places() -> None:
    star = "The pub, which reopened only a year ago, has been awarded its first Michelin star."
    _assert_judged(star, "The pub has lost its Michelin star.", False)
    _assert_judged(star, "The pub has been awarded its first Michelin star.", True)
    park = 'Mr Cole said the new playground was "a lifeline" for families on the Orm estate.'
    _assert_judged(park, "Mr Cole said the new library was a lifeline for families.", False)
    _assert_judged(park, "Mr Cole said the new playground was a lifeline for pensioners.", False)
    _assert_judged(park, "Mr Cole said the new playground was a lifeline for families.", True)


def test_round_five_hundred_and_fourteen_a_name_is_no_form_of_a_noun_opening_the_evidence() -> None:
    paper = "Scientists at Orm University have found plastic in seabirds, a paper in the journal Nature said."
    _assert_judged(paper, "The paper was published in the journal Science.", False)
    _assert_judged(paper, "The paper was published in the journal Nature.", True)


def test_round_five_hundred_and_fifteen_a_list_of_places_and_a_level_a_move_reached() -> None:
    routes = "The ferry firm will run new sailings from Poole next spring, including trips to Cherbourg and St Malo."
    _assert_judged(routes, "The new sailings include trips to St Malo.", True)
    _assert_judged(routes, "The new sailings include trips to Poole.", False)
    waits = "Homes waiting for a council repair in Orm fell by 400 in June to 2,300, the fewest since 2019."
    _assert_judged(waits, "Homes waiting for a council repair fell to 2,300 in June.", True)
    _assert_judged(waits, "Homes waiting for a council repair fell to 2,300 in July.", False)
    # (a move from one month's figure to another's dates each of them by its own month)
    eased = "Prices eased from 3.1% in May to 2.8% in June, the statistics office said."
    _assert_judged(eased, "Prices eased from 3.1% in May to 2.8% in June.", True)


def test_round_five_hundred_and_fifteen_a_death_the_article_never_tells() -> None:
    moved = "The safari park said its young rhino, Tembo, had been moved to a reserve in Kenya."
    _assert_judged(moved, "The safari park said Tembo had died.", False)
    _assert_judged(moved, "Tembo has been moved to a reserve in Kenya.", True)
    # (a life's span in the article tells the death)
    lived = "Mary Lake ( March 3 , 1901 -- June 9 , 1970 ) was a Welsh harpist."
    _assert_judged(lived, "Mary Lake, a Welsh harpist, passed away in 1970.", True)


def test_round_five_hundred_and_fifteen_a_post_held_under_another_set_off_by_commas() -> None:
    deputy = "Deputy manager Lisa Hart, 41, admitted taking £3,000 from the care home's residents' fund."
    _assert_judged(deputy, "The manager, Lisa Hart, admitted taking money from the fund.", False)
    _assert_judged(deputy, "Lisa Hart, the manager, admitted taking money from the fund.", False)
    _assert_judged(deputy, "The deputy manager, Lisa Hart, admitted taking money from the fund.", True)


def test_round_five_hundred_and_fifteen_what_moved_and_one_thing_of_a_list() -> None:
    body = (
        "The village hall will shut in the spring.\n\n"
        '"We cannot carry on when the insurance premiums have doubled," said chairman Ken Ives.\n\n'
        "A buyer is being sought."
    )
    said = '"We cannot carry on when the insurance premiums have doubled," said chairman Ken Ives.'
    _assert_cited(body, "Ken Ives said energy bills had doubled.", said, False)
    _assert_cited(body, "Ken Ives said insurance premiums had doubled.", said, True)
    packs = "The school's winter packs, which hold hats, gloves and socks, went to 300 pupils."
    _assert_judged(packs, "The winter packs hold hats, scarves and socks.", False)
    _assert_judged(packs, "The winter packs hold hats, gloves and socks.", True)


def test_round_five_hundred_and_sixteen_now_or_later_and_a_purpose_past_when() -> None:
    body = (
        "The leader of Orm council, Jan Pell, is to step down.\n\n"
        "Ms Pell said she would step down next year to care for her mother.\n\n"
        "She has led the council since 2016."
    )
    said = "Ms Pell said she would step down next year to care for her mother."
    _assert_cited(body, "Jan Pell said she would step down immediately.", said, False)
    _assert_cited(body, "Jan Pell said she would step down because of ill health.", said, False)
    _assert_cited(body, "Jan Pell said she would step down to care for her mother.", said, True)


def test_round_five_hundred_and_sixteen_grandchildren_are_no_children_and_a_body_by_its_name() -> None:
    kin = "Mr Lowe said he would retire in May to spend more time with his grandchildren."
    _assert_judged(kin, "Mr Lowe said he would retire to spend more time with his children.", False)
    _assert_judged(kin, "Mr Lowe said he would retire to spend more time with his grandchildren.", True)
    funded = "The new lifeboat station was paid for mostly by the Royal National Lifeboat Institution."
    _assert_judged(funded, "The station was paid for mostly by the borough council.", False)


def test_round_five_hundred_and_seventeen_docked_points_and_how_often() -> None:
    fined = "The league has fined Orm Town £10,000 after their fans set off flares at the derby."
    _assert_judged(fined, "Orm Town have been docked points after fans set off flares.", False)
    _assert_judged(fined, "Orm Town have been fined £10,000.", True)
    warned = "The landlord had been warned four times by the council about damp before the tenant fell ill."
    _assert_judged(warned, "The landlord had been warned once by the council about damp.", False)
    _assert_judged(warned, "The landlord had been warned four times by the council about damp.", True)


def test_round_five_hundred_and_twenty_a_deed_only_claimed_a_doer_never_named_and_an_aim() -> None:
    fake = "A man who ran a fake fund that claimed to plant trees in Wales has been jailed for fraud."
    _assert_judged(fake, "His fund planted trees in Wales.", False)
    _assert_judged(fake, "His fake fund claimed to plant trees in Wales.", True)
    # (one who says he did it keeps it a claim)
    _assert_judged("He claimed to have left before midnight.", "He said he had left before midnight.", True)
    body = (
        "Villagers in Brant say their post office has shut for good.\n\n"
        '"We have been ignored," said shopkeeper Ravi Shah, 64.\n\n'
        "The operator said the branch was not viable."
    )
    said = '"We have been ignored," said shopkeeper Ravi Shah, 64.'
    _assert_cited(body, "Ravi Shah said villagers had been ignored by the government.", said, False)
    _assert_cited(body, "Ravi Shah said villagers had been ignored.", said, True)
    aim = "The council will plant 500 trees along the ring road next winter to reduce flooding."
    _assert_judged(aim, "The trees will be planted to reduce noise.", False)
    _assert_judged(aim, "The trees will be planted to reduce flooding.", True)


def test_round_five_hundred_and_twenty_one_taken_for_another_sent_home_and_a_share_of_voters() -> None:
    mistaken = "The surgery has apologised after a boy was sent home with a burst appendix that a GP had mistaken for a stomach bug."
    _assert_judged(mistaken, "A GP mistook a stomach bug for a burst appendix.", False)
    _assert_judged(mistaken, "A GP mistook a burst appendix for a stomach bug.", True)
    _assert_judged(mistaken, "The boy was kept in hospital with a burst appendix.", False)
    ballot = "The union said 78% of members who voted had backed a pay offer, on a turnout of 41%."
    _assert_judged(ballot, "78% of members backed the pay offer.", False)
    _assert_judged(ballot, "78% of members who voted backed the pay offer.", True)


def test_round_five_hundred_and_twenty_two_a_win_told_as_a_loss_a_place_by_compass_and_a_spokesman() -> None:
    win = "Nia Cole beat the top seed in three sets to reach her first final."
    _assert_judged(win, "Nia Cole lost to the top seed in three sets.", False)
    _assert_judged(win, "Nia Cole beat the top seed in three sets.", True)
    _assert_judged("The Herons beat the Otters 2-0.", "The Otters lost to the Herons 2-0.", True)
    stolen = "Three men have been charged with stealing lead from church roofs in the Cotswolds."
    _assert_judged(stolen, "The lead was stolen from church roofs in the south-east.", False)
    jobs = "About 120 jobs will go at the depot in Wrexham when the contract ends in May."
    _assert_judged(jobs, "About 120 jobs will be created at the depot in Wrexham.", False)
    spoke = 'The mayor\'s spokeswoman said there were "no plans" to sell the park, but did not rule it out.'
    _assert_judged(spoke, "The mayor said there were no plans to sell the park.", False)
    _assert_judged(spoke, "The spokeswoman said there were no plans to sell the park.", True)
    _assert_judged(spoke, "The spokeswoman did not rule out selling the park.", True)


def test_round_five_hundred_and_twenty_three_lost_in_a_row_and_faith_lost() -> None:
    body = (
        "The club's owner said the coach had his full support.\n\n"
        "But the captain, Amy Reid, said the squad had lost faith in the coach after a fifth straight defeat.\n\n"
        "The club is bottom of the league."
    )
    said = "But the captain, Amy Reid, said the squad had lost faith in the coach after a fifth straight defeat."
    _assert_cited(body, "The team had lost five games in a row.", said, True)
    _assert_cited(body, "Amy Reid said the squad had full faith in the coach.", said, False)


def test_round_five_hundred_and_twenty_four_some_of_whom_were_treated() -> None:
    rescue = (
        "Coastguards were called to the cliffs at dawn and rescued nine walkers, three of whom were treated for cold."
    )
    _assert_judged(rescue, "Three coastguards were treated for cold.", False)
    _assert_judged(rescue, "Three walkers were treated for cold.", True)
    _assert_judged(rescue, "Three people were treated for cold.", True)


def test_round_five_hundred_and_twenty_five_a_group_says_it_and_a_verdict_of_poor() -> None:
    quiet = "The quarry's new road, which opened in June, has cut lorry trips through the village, but residents say dust has doubled."
    _assert_judged(quiet, "The quarry says dust has doubled.", False)
    _assert_judged(quiet, "Residents say dust has doubled.", True)
    found = "Inspectors said the care home's hygiene was poor and managers had ignored complaints."
    _assert_judged(found, "Inspectors said the care home's hygiene was good.", False)
    _assert_judged(found, "Inspectors said the care home's hygiene was poor.", True)


def test_round_five_hundred_and_twenty_six_online_against_by_post() -> None:
    appeal = "The hospice said it had raised £400,000 in its winter appeal, thanks to a rise in online donations."
    _assert_judged(appeal, "The rise was thanks to a rise in donations by post.", False)
    _assert_judged(appeal, "The rise was thanks to online donations.", True)


def test_round_five_hundred_and_twenty_seven_new_or_rediscovered_and_kept_or_given() -> None:
    frog = "Researchers have found a new species of frog in the cloud forests of Peru."
    _assert_judged(frog, "Researchers have rediscovered a frog thought extinct.", False)
    _assert_judged(frog, "Researchers have found a new species of frog in Peru.", True)
    prize = "The poet said she would give away her prize money to a library in her home town."
    _assert_judged(prize, "The poet said she would keep her prize money.", False)


def test_round_five_hundred_and_twenty_eight_sooner_or_later_and_welcomed_or_warned() -> None:
    forecast = "The bank said it expected prices to stop rising by next spring, later than it had forecast in June."
    _assert_judged(forecast, "That is sooner than it forecast in June.", False)
    _assert_judged(forecast, "That is later than it forecast in June.", True)
    deal = "Staff groups warned that up to 200 posts could go when the two colleges merge."
    _assert_judged(deal, "Staff groups welcomed the merger.", False)


def test_round_five_hundred_and_twenty_nine_worldwide_free_to_park_and_money_spent_on() -> None:
    film = "The studio said the film took $60 million worldwide in its first weekend."
    _assert_judged(film, "The film took $60 million in the US in its first weekend.", False)
    _assert_judged(film, "The film took $60 million worldwide in its first weekend.", True)
    parking = (
        "Drivers will have to pay £3 to park at the beach from May, a charge the council says will fund lifeguards."
    )
    _assert_judged(parking, "Parking at the beach will be free from May.", False)
    _assert_judged(parking, "The council says the charge will fund new showers.", False)
    _assert_judged(parking, "The council says the charge will fund lifeguards.", True)
    roads = "The council will spend £12 million over four years on resurfacing roads in the borough."
    _assert_judged(roads, "The council will spend £12 million on resurfacing car parks.", False)
    _assert_judged(roads, "The council will spend £12 million on resurfacing roads.", True)


def test_round_five_hundred_and_thirty_scrapped_or_kept_for_a_museum() -> None:
    plane = (
        "Crowds lined the seafront to watch the airliner's final flight before it is retired to a museum in Cosford."
    )
    _assert_judged(plane, "The airliner will be scrapped.", False)
    _assert_judged(plane, "The airliner will be retired to a museum.", True)


def test_round_five_hundred_and_thirty_one_a_floor_is_no_roof_and_closed_of_its_own_accord() -> None:
    cracks = "Surveyors have found damp in the ceiling of the 1930s library, which will stay shut until the spring."
    _assert_judged(cracks, "Surveyors have found damp in the library's basement.", False)
    _assert_judged(cracks, "Surveyors have found damp in the library's ceiling.", True)
    cafe = "Nine people fell ill after eating at a cafe in Leek, which has closed voluntarily while inspectors visit."
    _assert_judged(cafe, "The cafe has been ordered to close.", False)
    _assert_judged(cafe, "The cafe has closed voluntarily.", True)


def test_round_five_hundred_and_thirty_two_tougher_or_lighter_sentences() -> None:
    body = (
        "A van driver has been jailed for five years for killing a pedestrian.\n\n"
        "Mr Ford, whose wife died in the crash, said he did not hate the driver but wanted tougher sentences.\n\n"
        "The driver had been speeding."
    )
    said = "Mr Ford, whose wife died in the crash, said he did not hate the driver but wanted tougher sentences."
    _assert_cited(body, "Mr Ford said he wanted more lenient sentences.", said, False)
    _assert_cited(body, "Mr Ford said he wanted tougher sentences.", said, True)


def test_round_five_hundred_and_thirty_three_ruled_out_in_one_clause_and_not_in_another() -> None:
    tax = "The minister ruled out raising fuel duty but did not rule out cutting rail subsidies, in a speech on Monday."
    _assert_judged(tax, "The minister ruled out raising fuel duty.", True)
    _assert_judged(tax, "The minister did not rule out raising fuel duty.", False)
    _assert_judged(tax, "The minister did not rule out cutting rail subsidies.", True)


def test_round_five_hundred_and_thirty_four_kept_on_or_made_redundant() -> None:
    staff = "Administrators said 85 staff had been made redundant and the chain owed suppliers £2 million."
    _assert_judged(staff, "Administrators said 85 staff had been kept on.", False)
    _assert_judged(staff, "Administrators said 85 staff had been made redundant.", True)


def test_round_five_hundred_and_thirty_five_forced_or_chosen_and_a_proof_no_article_tells() -> None:
    sold = "The museum has handed back a vase to the heirs of its owner, who was forced to sell it in 1940."
    _assert_judged(sold, "The owner chose to sell the vase in 1940.", False)
    _assert_judged(sold, "The owner was forced to sell the vase in 1940.", True)
    study = "Researchers found traces of pesticide in the hair of 30 of the 40 children tested, raising concerns."
    _assert_judged(study, "The study proved the pesticide harms children.", False)
    _assert_judged(
        "Two late tries in the second half proved decisive, the coach said.", "Two late tries proved decisive.", True
    )


def test_round_five_hundred_and_thirty_six_boiled_water_is_not_safe_to_drink() -> None:
    notice = (
        "Homes in Ashby have been told to boil their tap water after a burst main let in dirt, the water firm said."
    )
    _assert_judged(notice, "Homes have been told the water is safe to drink.", False)
    _assert_judged(notice, "Homes have been told to boil their tap water.", True)


def test_round_five_hundred_and_thirty_seven_the_whole_it_has_and_retiring_not_removed() -> None:
    shops = "The bank will shut 120 of its 900 branches next year, mostly in towns with another branch nearby."
    _assert_judged(shops, "The bank has 900 branches.", True)
    _assert_judged(shops, "The bank will shut 900 branches next year.", False)
    bishop = "The dean, who has led the cathedral for nine years, will retire in the spring."
    _assert_judged(bishop, "The dean has been removed from his post.", False)
    _assert_judged(bishop, "The dean will retire in the spring.", True)


def test_round_five_hundred_and_thirty_eight_a_loss_is_no_profit() -> None:
    lido = "The council says closing the lido, which loses £90,000 a year, will save money."
    _assert_judged(lido, "The lido makes £90,000 a year.", False)
    _assert_judged(lido, "The lido loses £90,000 a year.", True)


def test_round_five_hundred_and_thirty_nine_still_allowed_and_only_on_sundays() -> None:
    ban = "The town will close its high street to cars on Saturdays from June, but delivery vans will still be allowed."
    _assert_judged(ban, "Delivery vans will also be banned.", False)
    _assert_judged(ban, "The town will close its high street to cars every day.", False)
    _assert_judged(ban, "Delivery vans will still be allowed.", True)


def test_round_five_hundred_and_forty_a_past_charge_and_a_share_it_came_from() -> None:
    bins = "The council will charge households £60 a year to empty food bins from May, up from £45."
    _assert_judged(bins, "The charge was £45.", True)
    _assert_judged(bins, "The charge is £45 a year.", False)
    shops = "More than half of the village's pubs have now shut, a survey found, up from a quarter in 2015."
    _assert_judged(shops, "A quarter had shut by 2015.", True)


def test_round_five_hundred_and_forty_two_a_case_dropped_and_a_life_saved() -> None:
    case = (
        "Prosecutors dropped the case against two climate activists after footage showed they had not blocked the road."
    )
    _assert_judged(case, "The two activists were convicted.", False)
    _assert_judged(case, "Prosecutors dropped the case against the two activists.", True)
    cpr = "A lifeguard who saved a boy's life by giving him CPR at the lido has been given an award by the council."
    _assert_judged(cpr, "The boy died despite the lifeguard's efforts.", False)


def test_round_five_hundred_and_forty_four_more_to_come_and_two_verdicts_in_one_sentence() -> None:
    snow = (
        "Ice closed more than 150 roads across the county on Tuesday, and forecasters say more is expected on Friday."
    )
    _assert_judged(snow, "Ice closed more than 150 roads on Tuesday.", True)
    verdicts = (
        'The union leader said the pay offer was "an insult", while the health secretary called it "generous and fair".'
    )
    _assert_judged(verdicts, "The union leader called the pay offer an insult.", True)
    _assert_judged(verdicts, "The health secretary called the pay offer generous and fair.", True)
    _assert_judged(verdicts, "The health secretary called the pay offer an insult.", False)


def test_round_five_hundred_and_forty_five_a_span_told_by_its_end_and_an_easier_winter() -> None:
    works = "Drivers face three weeks of delays from Monday while the council resurfaces the ring road."
    _assert_judged(works, "The delays ended on Monday.", False)
    _assert_judged(works, "Drivers face three weeks of delays from Monday.", True)
    fees = "The library will scrap late fees for children from June, the council said."
    _assert_judged(fees, "Late fees for children will end in June.", True)
    season = "The club's owner said the coming season would be difficult after the loss of its main sponsor."
    _assert_judged(season, "The club's owner said the coming season would be easier.", False)


def test_round_five_hundred_and_forty_seven_a_plan_set_aside_a_court_and_another_gas() -> None:
    report = "The watchdog will publish its report in March, rather than in January as planned."
    _assert_judged(report, "The report had been due in January.", True)
    _assert_judged(report, "The watchdog will publish its report in January.", False)
    trial = "A care worker accused of stealing from residents has been cleared by a jury at Bristol Crown Court."
    _assert_judged(trial, "The case was heard at Bristol Crown Court.", True)
    moon = "Scientists using a new probe have detected ammonia in the ice of a distant moon."
    _assert_judged(moon, "Scientists have detected methane in the ice of a distant moon.", False)
    _assert_judged(moon, "Scientists have detected ammonia in the ice of a distant moon.", True)


def test_round_five_hundred_and_forty_seven_one_that_only_describes_another_is_no_doer() -> None:
    cars = "Sales of diesel cars fell again, though hybrids still made up a small share of the market."
    _assert_judged(cars, "Diesel made up a small share of the market.", False)
    _assert_judged(cars, "Hybrids made up a small share of the market.", True)


def test_round_five_hundred_and_forty_eight_a_post_set_off_before_its_name_and_a_disputed_count() -> None:
    chair = "The club chairman, Neil Moss, stepped down on Monday after fans protested outside the ground."
    _assert_judged(chair, "The club's manager stepped down after fans protested outside the ground.", False)
    _assert_judged(chair, "The club chairman stepped down after fans protested outside the ground.", True)
    crowd = "Organisers said 5,000 people joined the protest, while police put the figure at 1,200."
    _assert_judged(crowd, "5,000 people joined the protest.", False)
    _assert_judged(crowd, "1,200 people joined the protest.", False)
    _assert_judged(crowd, "Organisers said 5,000 people joined the protest.", True)
    _assert_judged(crowd, "Police put the figure at 1,200.", True)


def test_round_five_hundred_and_forty_nine_another_place_s_government_a_whole_and_an_anonymous_gift() -> None:
    ferry = "The Scottish government has approved a new ferry for the island of Arran, costing £40m."
    _assert_judged(ferry, "The UK government has approved a new ferry for Arran.", False)
    _assert_judged(ferry, "The Scottish government has approved a new ferry for Arran.", True)
    season = "The band postponed the first four dates of their autumn tour after the drummer broke his wrist."
    _assert_judged(season, "The band postponed their entire autumn tour.", False)
    _assert_judged(season, "The band postponed the first four dates of their autumn tour.", True)
    gift = "The hospice has received £250,000 from an anonymous donor, its chief executive, Ruth Bell, said."
    _assert_judged(gift, "Ruth Bell gave the hospice £250,000.", False)
    _assert_judged(gift, "Ruth Bell said the hospice had received £250,000 from an anonymous donor.", True)


def test_round_five_hundred_and_fifty_a_verdict_a_body_gives_is_its_spokesman_s_too() -> None:
    cuts = (
        "The hospital trust will close two wards to save £4m, blaming a shortage of nurses, its chief executive said."
    )
    _assert_judged(cuts, "The chief executive blamed a shortage of nurses.", True)
    praise = "The director praised the cast's courage, her agent said."
    _assert_judged(praise, "Her agent praised the cast's courage.", False)


def test_round_five_hundred_and_fifty_one_where_a_thing_stands_and_those_who_objected() -> None:
    rents = "Rents will fall by 2% next year, though they remain higher than in any other city."
    _assert_judged(rents, "Rents remain higher than in any other city.", True)
    _assert_judged(rents, "Rents will rise by 2% next year.", False)
    park = "The council has approved a car park on the green, despite objections from dog walkers."
    _assert_judged(park, "Dog walkers have approved a car park on the green.", False)
    _assert_judged(park, "Parents have objected to the car park.", False)
    _assert_judged(park, "The council has approved a car park on the green.", True)


def test_round_five_hundred_and_fifty_two_a_post_named_after_it_and_the_way_down() -> None:
    boss = "The board has sacked the chief executive, Omar Said, after he was accused of bullying staff, the firm said."
    _assert_judged(boss, "Omar Said has been sacked as chief executive.", True)
    hike = (
        "The inquest heard the walker, who was alone, fell on loose scree while descending Scafell Pike in heavy rain."
    )
    _assert_judged(hike, "The walker fell on loose scree while climbing Scafell Pike.", False)


def test_round_five_hundred_and_fifty_three_a_campaign_s_doers_and_a_decision_to_come() -> None:
    crossing = "The crossing will be moved after a campaign by residents, the highways authority said."
    _assert_judged(crossing, "The crossing will be moved after a campaign by cyclists.", False)
    _assert_judged(crossing, "The crossing will be moved after a campaign by residents.", True)
    shop = "The chemist is to close its branch in the high street next month after 60 years."
    _assert_judged(shop, "The chemist has closed its branch in the high street.", False)
    _assert_judged(shop, "The chemist is to close its branch in the high street.", True)


def test_round_five_hundred_and_fifty_four_where_one_died_and_those_put_off() -> None:
    death = "The poet, whose work was read at the coronation, has died at her home in Cumbria aged 88."
    _assert_judged(death, "The poet died in hospital in Cumbria.", False)
    _assert_judged(death, "The poet has died aged 88.", True)
    fees = "Higher tuition fees have put off older students, according to the report."
    _assert_judged(fees, "Higher tuition fees have put off overseas buyers.", False)
    _assert_judged(fees, "Higher tuition fees have put off older students.", True)


def test_round_five_hundred_and_fifty_five_what_was_done_to_it_and_a_sport_swapped() -> None:
    fine = "The managing director of the bus firm has resigned after it was fined £2m for safety failings."
    _assert_judged(fine, "The managing director was fined £2m.", False)
    _assert_judged(fine, "The bus firm was fined £2m for safety failings.", True)
    rescue = "A 12-year-old boy was rescued by lifeguards after getting into difficulty while kayaking off Newquay."
    _assert_judged(rescue, "The boy got into difficulty while paddleboarding off Newquay.", False)


def test_round_five_hundred_and_fifty_seven_a_present_arranged_ahead() -> None:
    show = "The museum's dinosaur skeleton will go on tour to Japan in November, the first time it has left Britain."
    _assert_judged(show, "The dinosaur skeleton is going on tour to Japan in November.", True, date="2025-01-14")


def test_round_five_hundred_and_fifty_eight_lists_closed_and_a_share_of_all() -> None:
    dentists = (
        "A third of all dental practices in the county have closed their lists to new NHS patients, a survey found."
    )
    _assert_judged(dentists, "A third of dental practices in the county are not taking new NHS patients.", True)
    _assert_judged(dentists, "All dental practices in the county have closed their lists to new NHS patients.", False)


def test_round_five_hundred_and_fifty_nine_a_fall_told_otherwise_a_scale_and_a_retrial() -> None:
    shares = "Profits at the airline fell 12% in the first half, and it warned fares would be higher, sending its shares down 9%."
    _assert_judged(shares, "The airline's shares fell 9%.", True)
    _assert_judged(shares, "Profits at the airline dropped 12% in the first half.", True)
    _assert_judged(shares, "Fares at the airline rose.", False)
    fault = "Evening trains were cancelled after a points failure at Leeds station, affecting tens of thousands of passengers."
    _assert_judged(fault, "Thousands of passengers were affected.", False)
    _assert_judged(fault, "A power failure at Leeds station led to cancellations.", False)
    trial = "The judge discharged the jury after it failed to agree a verdict, and a retrial was ordered for March."
    _assert_judged(trial, "A retrial was ruled out.", False)
    _assert_judged(trial, "A retrial was ordered.", True)


def test_round_five_hundred_and_sixty_a_speaker_described_otherwise() -> None:
    pool = (
        "Marlow Council has approved a new swimming pool on the site of the old cattle market. The £9m pool will open "
        "in 2027. The Green group leader, Ann Royce, said the money would have been better spent on buses."
    )
    _assert_judged(pool, "The council leader said the money would have been better spent on buses.", False)
    _assert_judged(pool, "Ann Royce said the money would have been better spent on buses.", True)
    homes = (
        "The number of families in temporary housing in Leeds has risen by a fifth, figures show. The council housed "
        "640 families in November. The charity Crisis said the rise was driven by rising rents."
    )
    _assert_judged(homes, "The council said the rise was driven by rising rents.", False)
    _assert_judged(homes, "Crisis said the rise was driven by rising rents.", True)


def test_round_five_hundred_and_sixty_one_another_race_and_how_many_were_caught() -> None:
    race = "Sara Lind won the women's race in 2 hours 31 minutes. The men's race was won by Tom Abara."
    _assert_judged(race, "Sara Lind won the women's race.", True)
    sheep = (
        "Forty sheep escaped from a field near Kendal on Sunday after a gate was left open. Thirty had been "
        "recaptured by Monday morning."
    )
    _assert_judged(sheep, "All 40 sheep had been recaptured by Monday morning.", False)
    _assert_judged(sheep, "Thirty had been recaptured by Monday morning.", True)


def test_round_five_hundred_and_sixty_two_one_who_retired_and_the_family_that_apologised() -> None:
    captain = "Eve Marsh has been named captain. She replaces Kate Doyle, who retired in April after 80 caps."
    _assert_judged(captain, "Eve Marsh retired in April.", False)
    _assert_judged(captain, "Kate Doyle retired in April.", True)
    apology = (
        "A care home has apologised after a resident was left on the floor for six hours. The woman, 91, had fallen."
    )
    _assert_judged(apology, "The woman's family has apologised.", False)
    _assert_judged(apology, "A care home has apologised.", True)


def test_round_five_hundred_and_sixty_three_a_grade_now_and_then_and_a_prize_given_away() -> None:
    nursery = "The nursery has been rated outstanding by Ofsted, three years after it was judged inadequate."
    _assert_judged(nursery, "The nursery has been rated inadequate by Ofsted.", False)
    _assert_judged(nursery, "The nursery has been rated outstanding by Ofsted.", True)
    prize = "The poet said she would give the £5,000 prize to a library in her home town."
    _assert_judged(prize, "The poet said she would keep the prize.", False)


def test_round_five_hundred_and_sixty_four_a_withdrawn_service_and_a_target_told_as_reached() -> None:
    buses = (
        "A ferry firm has withdrawn its winter sailings to Lundy, saying too few people used them. The district "
        "council said it was looking for another operator."
    )
    _assert_judged(buses, "The district council has withdrawn the winter sailings.", False)
    _assert_judged(buses, "A ferry firm has withdrawn its winter sailings to Lundy.", True)
    trains = "Only 81% of trains ran on time last month, against a target of 92%, the operator said."
    _assert_judged(trains, "The target was for 81% of trains to run on time.", False)
    _assert_judged(trains, "Only 81% of trains ran on time last month.", True)
    appeal = "The club has been fined £40,000 for fan disorder. It said it was disappointed and would appeal."
    _assert_judged(appeal, "The club said it accepted the fine.", False)


def test_round_five_hundred_and_sixty_five_two_sayers_and_what_each_said() -> None:
    report = (
        "An inspection found that one in three prisons in the region had too few officers. The inspectorate said "
        "prisoners were at risk. The prison officers' union said years of cuts were to blame."
    )
    _assert_judged(report, "The inspectorate said years of cuts were to blame.", False)
    _assert_judged(report, "The prison officers' union said prisoners were at risk.", False)
    _assert_judged(report, "The inspectorate said prisoners were at risk.", True)
    pledge = (
        "The mayor said the city would plant 50,000 trees by 2030. The opposition said the pledge would not be met. "
        "Gardeners said there were too few nurseries."
    )
    _assert_judged(pledge, "The mayor said the pledge would not be met.", False)
    _assert_judged(pledge, "The opposition said the pledge would not be met.", True)
    seal = "A seal has been seen in the river for the first time in years. Vets said it appeared healthy."
    _assert_judged(seal, "Vets said the seal appeared unwell.", False)


def test_round_five_hundred_and_sixty_nine_a_sayer_the_evidence_never_has_speak() -> None:
    dog = (
        "A woman who let her dog chase deer in a royal park has been fined £400. Magistrates heard the deer was not "
        "hurt. The park's trust, which brought the case, said it was pleased with the result."
    )
    _assert_judged(dog, "The woman said she was pleased with the result.", False)
    _assert_judged(dog, "The park's trust said it was pleased with the result.", True)


def test_round_five_hundred_and_seventy_a_narrow_majority_and_a_charge_still_to_come() -> None:
    seat = "The Liberal Democrat candidate, Amy Shore, narrowly won the seat with a majority of 96. Turnout was 41%."
    _assert_judged(seat, "Amy Shore won the seat with a large majority.", False)
    _assert_judged(seat, "Amy Shore won the seat with a majority of 96.", True)
    toll = "The county will charge lorries £20 a day to use the bypass from next spring."
    _assert_judged(toll, "The county has started charging lorries £20 a day.", False)
    _assert_judged(toll, "The county will charge lorries £20 a day to use the bypass.", True)


def test_a_body_that_says_it_past_an_aside_of_what_it_did() -> None:
    trust = "The trust, which brought the case, said it was pleased with the outcome."
    _assert_judged(trust, "The trust said it was pleased with the outcome.", True)


def test_round_five_hundred_and_seventy_one_a_thing_after_the_same_deed_and_which_of_a_thing() -> None:
    tram = "A new tram line links the airport with the city's main shopping centre. The work cost £40m."
    _assert_judged(tram, "The tram line links the airport with the stadium.", False)
    _assert_judged(tram, "The tram line links the airport with the shopping centre.", True)
    rates = "Shopkeepers marched through Hexley on Monday against a rise in business rates."
    _assert_judged(rates, "Shopkeepers marched against a rise in water rates.", False)
    _assert_judged(rates, "Shopkeepers marched against a rise in business rates.", True)


def test_round_five_hundred_and_seventy_one_one_named_only_to_say_which_thing() -> None:
    flood = "The trust blamed a burst pipe for the closure. The pool stands beside the college library."
    _assert_judged(flood, "The college blamed a burst pipe for the closure.", False)
    _assert_judged(flood, "The trust blamed a burst pipe for the closure.", True)


def test_round_five_hundred_and_seventy_one_a_first_time_and_a_kin_given_the_deed() -> None:
    sales = "Car sales rose 3% in May, the first rise this year, dealers said."
    _assert_judged(sales, "Car sales have risen every month this year.", False)
    _assert_judged(sales, "Car sales rose 3% in May.", True)
    foal = (
        "A rare Przewalski's horse foal has been born at Danby Wildlife Park. The foal's father, Tarn, came from a "
        "park in Poland in 2019."
    )
    _assert_judged(foal, "Tarn was born at Danby Wildlife Park.", False)
    _assert_judged(foal, "Tarn came from a park in Poland.", True)
    cranes = "About 200 common cranes now breed in the wild in Britain, after a reintroduction scheme."
    _assert_judged(cranes, "About 200 common cranes now breed in captivity in Britain.", False)


def test_round_five_hundred_and_seventy_three_a_grade_a_plan_dropped_a_place_and_a_hedged_state() -> None:
    care = "Inspectors have rated Elm House care home inadequate, a year after it was judged good."
    _assert_judged(care, "Inspectors have rated Elm House care home good.", False)
    _assert_judged(care, "Inspectors have rated Elm House care home inadequate.", True)
    pier = "The council has shelved plans to rebuild the pier. It will repaint the promenade railings instead."
    _assert_judged(pier, "The council plans to rebuild the pier.", False)
    _assert_judged(pier, "The council has shelved plans to rebuild the pier.", True)
    lorry = "Thieves stole a lorry loaded with copper cable from a yard in Wigan. The lorry was later found in Bolton."
    _assert_judged(lorry, "The lorry was later found in Wigan.", False)
    _assert_judged(lorry, "The lorry was later found in Bolton.", True)
    scanner = "A new scanner could be in service at the hospital by next summer, managers said."
    _assert_judged(scanner, "The new scanner is in service at the hospital.", False)


def test_round_five_hundred_and_seventy_four_a_sum_paid_and_a_time_of_day() -> None:
    mill = "A community group has bought the old mill in Ebbw for £400,000, after a crowdfunder raised £120,000."
    _assert_judged(mill, "The community group bought the mill for £120,000.", False)
    _assert_judged(mill, "The community group bought the old mill for £400,000.", True)
    ferry = "Ferry passengers waited up to three hours on Sunday. Sailings resumed at 9pm."
    _assert_judged(ferry, "Ferry passengers waited up to nine hours.", False)
    _assert_judged(ferry, "Sailings resumed at nine in the evening.", True)


def test_round_five_hundred_and_seventy_five_an_estimate_an_arrest_untold_and_a_plateau() -> None:
    vigil = "Hundreds attended a vigil in Tarn Park on Friday. Police put the crowd at 900. It passed off quietly."
    _assert_judged(vigil, "Exactly 900 people attended the vigil.", False)
    _assert_judged(vigil, "Police made arrests at the vigil.", False)
    _assert_judged(vigil, "Police put the crowd at 900.", True)
    survey = "Analysts had expected prices to be held. The firm raised them by 4%."
    _assert_judged(survey, "Analysts had expected a rise in prices.", False)
    reading = "The benefit to reading scores levelled off above 30 minutes of practice a day, the study found."
    _assert_judged(reading, "The benefit to reading scores kept rising above 30 minutes of practice a day.", False)
    smoke = "Crews spent six hours at a fire in a tyre yard in Leigh, which sent smoke drifting over the A580."
    _assert_judged(smoke, "The blaze closed the A580.", False)
    _assert_judged(smoke, "Crews spent six hours at a blaze in a tyre yard.", True)


def test_round_five_hundred_and_seventy_six_before_or_after_and_home_from_hospital() -> None:
    walkers = "Six walkers were treated for heat exhaustion following a charity hike. All are now recovering at home."
    _assert_judged(walkers, "Six walkers were treated for heat exhaustion before a charity hike.", False)
    _assert_judged(walkers, "The six walkers remain in hospital.", False)
    _assert_judged(walkers, "Six walkers were treated for heat exhaustion after a charity hike.", True)


def test_round_five_hundred_and_seventy_four_a_court_a_table_and_a_use() -> None:
    court = "A woman was hurt in a crash in Tenby on Friday. The driver will appear at Swansea Crown Court next month."
    _assert_judged(court, "The driver will appear at Tenby Crown Court.", False)
    _assert_judged(court, "The driver will appear at Swansea Crown Court.", True)
    table = "United won 2-0 on Saturday and are now fourth in the table, two points behind Castle."
    _assert_judged(table, "United are now top of the table.", False)
    _assert_judged(table, "United are now fourth in the table.", True)
    hall = "The old drill hall, bought by the town council for £90,000, will be used to house a food bank."
    _assert_judged(hall, "The drill hall will be used to store council vehicles.", False)
    _assert_judged(hall, "The drill hall will be used to house a food bank.", True)


def test_round_five_hundred_and_seventy_seven_to_579_how_it_was_done_and_for_how_long() -> None:
    fete = "A nine-year-old boy has raised £3,000 for the lifeboat station by selling his old toys."
    _assert_judged(fete, "The boy raised £3,000 by selling lemonade.", False)
    _assert_judged(fete, "The boy raised £3,000 by selling his old toys.", True)
    pub = "The village will be without a pub for the first time in 200 years when the Plough closes."
    _assert_judged(pub, "The village has been without a pub for 200 years.", False)
    _assert_judged(pub, "The village will be without a pub for the first time in 200 years.", True)
    crew = "Coastguards said the two kayakers had been well equipped. One of them paddled on alone to raise the alarm."
    _assert_judged(crew, "Coastguards said the kayakers had been poorly equipped.", False)
    rower = "Ada Lin rowed the Channel with her sister, Mai, in nine hours."
    _assert_judged(rower, "Ada Lin rowed the Channel alone.", False)
    bank = "Most customers now bank online, Hollin Bank said."
    _assert_judged(bank, "Hollin Bank said most customers still bank in branches.", False)


def test_round_five_hundred_and_eighty_one_a_kin_by_first_name_a_first_in_a_century_and_a_prison_van() -> None:
    poet = "The poet Ruth Kell has died aged 88, her publisher said. Her daughter, Mia, is a novelist."
    _assert_judged(poet, "Mia Kell has died aged 88.", False)
    _assert_judged(poet, "Ruth Kell has died aged 88.", True)
    otters = "The trust has recorded the first otter cubs on the river Wend for more than a century."
    _assert_judged(otters, "Otters have bred on the river Wend for a century.", False)
    van = "Two prisoners escaped from a prison van near Hull on Friday."
    _assert_judged(van, "Two prisoners escaped from a prison near Hull.", False)
    _assert_judged(van, "Two prisoners escaped from a prison van.", True)


def test_round_five_hundred_and_eighty_three_to_585_credit_mistakes_returns_and_smoke_over_a_road() -> None:
    school = "Results rose sharply this year. The head teacher credited smaller classes."
    _assert_judged(school, "The head teacher blamed smaller classes.", False)
    _assert_judged(school, "The head teacher credited smaller classes.", True)
    runner = "The runner said she had taken the banned drug by mistake, in a cough mixture."
    _assert_judged(runner, "The runner said she had taken the banned drug on purpose.", False)
    gallery = "The gallery has returned a bronze head to Ghana. Its director said it was the right thing to do."
    _assert_judged(gallery, "The director said the gallery would keep the bronze head.", False)
    winner = "Jo Finn, 61, who won £2m on the lottery, said she would keep working as a nurse."
    _assert_judged(winner, "Jo Finn said she would give up her job.", False)
    smoke = "A fire at a tyre depot sent smoke across the A1 on Monday. Drivers were told to keep windows closed."
    _assert_judged(smoke, "The fire closed the A1.", False)
    _assert_judged(smoke, "A fire at a tyre depot sent smoke across the A1.", True)


def test_round_five_hundred_and_eighty_six_to_588_places_swapped_and_causes_added() -> None:
    ferry = "A ferry ran aground near Oban on Sunday. Its passengers had joined from a cruise ship in Tobermory."
    _assert_judged(ferry, "The passengers came from a cruise ship in Oban.", False)
    _assert_judged(ferry, "The passengers came from a cruise ship in Tobermory.", True)
    road = "Lorries on the M4 were held for two hours after a spill. Police told drivers to take the M48 instead."
    _assert_judged(road, "Lorries on the M48 were held for two hours.", False)
    _assert_judged(road, "Lorries on the M4 were held for two hours.", True)
    cold = "Temperatures fell to minus 9C in Braemar overnight. Roads in the Cairngorms were closed by snow."
    _assert_judged(cold, "Temperatures fell to minus 9C in the Cairngorms.", False)
    _assert_judged(cold, "Temperatures fell to minus 9C in Braemar.", True)
    outage = (
        "Card payments failed at 300 shops for six hours after a network fault. The bank said no money had been lost."
    )
    _assert_judged(outage, "The network fault was caused by a cyber attack.", False)
    _assert_judged(outage, "Card payments failed at 300 shops for six hours.", True)


def test_round_five_hundred_and_eighty_six_to_588_a_deed_aimed_at_its_doer_and_a_light_verb_negated() -> None:
    watchdog = "The watchdog brought the case. The water firm said a pump had failed."
    _assert_judged(watchdog, "The water firm brought the case against the watchdog.", False)
    _assert_judged(watchdog, "The watchdog brought the case against the water firm.", True)
    flights = "No one was hurt. The airline said passengers could claim compensation for the delay."
    _assert_judged(flights, "The airline said passengers would not get compensation.", False)
    _assert_judged(flights, "Passengers can claim compensation for the delay, the airline said.", True)
    _assert_judged(flights, "Passengers will claim compensation for the delay, the airline said.", False)


def test_round_five_hundred_and_eighty_six_to_588_seas_and_entry_fees() -> None:
    boat = "The yacht lost its mast in heavy seas off Falmouth. Its two crew were winched to safety."
    _assert_judged(boat, "The yacht lost its mast in calm seas.", False)
    _assert_judged(boat, "The yacht lost its mast in rough seas.", True)
    gardens = "Entry to the gardens will remain free, and visitor numbers are expected to rise."
    _assert_judged(gardens, "Visitors will have to pay for entry.", False)
    _assert_judged(gardens, "Entry to the gardens will remain free.", True)
    meals = "Pupils will no longer have to pay for breakfast clubs from April."
    _assert_judged(meals, "Breakfast clubs will be free from April.", True)


def test_round_five_hundred_and_eighty_nine_to_591_sayers_and_owners_swapped() -> None:
    roads = "Residents said local roads were already busy. The builder has promised to build a new bypass."
    _assert_judged(roads, "The builder said local roads were already busy.", False)
    _assert_judged(roads, "Residents said local roads were already busy.", True)
    office = "The shop's owner, Ruth Amos, is retiring. The Post Office said it would keep the branch open."
    _assert_judged(office, "Ruth Amos said she would keep the branch open.", False)
    _assert_judged(office, "The Post Office said it would keep the branch open.", True)
    match = "Bath beat Derby 3-1. Derby's goal came from a corner. Bath's coach said the win was deserved."
    _assert_judged(match, "Bath's goal came from a corner.", False)
    _assert_judged(match, "Derby's coach said the win was deserved.", False)
    _assert_judged(match, "Derby's goal came from a corner.", True)


def test_round_five_hundred_and_eighty_nine_to_591_told_to_do_otherwise_and_a_span_from_the_other_end() -> None:
    storm = "Trees fell across roads in Ludlow. Drivers were told to stay at home. Shoppers were urged to buy grit."
    _assert_judged(storm, "Shoppers were urged to avoid the roads.", False)
    _assert_judged(storm, "Shoppers were urged to buy grit.", True)
    mill = "The mill has reopened as a museum, five years after it was gutted by fire."
    _assert_judged(mill, "The mill reopened as a museum five years ago.", False)
    _assert_judged(mill, "The mill was gutted by fire five years ago.", True)
    builder = "Denby Council has refused the scheme. The builder has promised to plant 500 trees on the site."
    _assert_judged(builder, "The council has promised to plant 500 trees on the site.", False)
    _assert_judged(builder, "The builder has promised to plant 500 trees.", True)


def test_round_five_hundred_and_eighty_nine_to_591_rare_and_a_hat_trick() -> None:
    owls = "Rangers said sightings of snowy owls in Kent were rare."
    _assert_judged(owls, "Rangers said sightings of snowy owls in Kent were common.", False)
    _assert_judged(owls, "Rangers said sightings of snowy owls in Kent were unusual.", True)
    striker = "A winger, Mia Fox, scored twice as Lenton beat Oakby 3-1 to reach the final."
    _assert_judged(striker, "Mia Fox scored a hat-trick.", False)
    _assert_judged(striker, "Mia Fox scored two goals.", True)


def test_round_five_hundred_and_ninety_two_to_594_counts_places_and_intent() -> None:
    roads = "The county will spend £9m on its roads this year. Four bridges will be rebuilt and two repaired."
    _assert_judged(roads, "Two bridges will be rebuilt.", False)
    _assert_judged(roads, "Four bridges will be rebuilt.", True)
    fair = "Organisers said 20 people fell ill at the fair. Six were treated in hospital."
    _assert_judged(fair, "Twenty people were treated in hospital.", False)
    _assert_judged(fair, "Six people were treated in hospital.", True)
    cat = "A cat was stuck in a chimney for two days after a storm blew a tree onto the house."
    _assert_judged(cat, "The cat was stuck in the tree for two days.", False)
    _assert_judged(cat, "The cat was stuck in a chimney for two days.", True)
    barn = "A barn burned down overnight in Leyburn. Police are investigating what started the fire."
    _assert_judged(barn, "The barn fire was started deliberately.", False)
    arson = "Police said the barn fire in Leyburn was arson."
    _assert_judged(arson, "The barn fire was started deliberately, police said.", True)


def test_round_five_hundred_and_ninety_five_to_597_terms_offers_callers_and_a_ride_done() -> None:
    coach = "A coach has been banned from the sport for life after a hearing. He had run the club for six years."
    _assert_judged(coach, "The coach has been banned for six years.", False)
    _assert_judged(coach, "The coach has been banned for life.", True)
    trains = "Trains were cancelled for a day. The operator apologised and offered £20 compensation."
    _assert_judged(trains, "The operator refused to pay compensation.", False)
    panel = "A panel found the manager's conduct was deliberate and struck her off."
    _assert_judged(panel, "The panel found her conduct was an honest mistake.", False)
    bypass = (
        "The council approved the bypass. Hauliers welcomed the plan. Residents' groups called it a costly blunder."
    )
    _assert_judged(bypass, "Hauliers called it a costly blunder.", False)
    _assert_judged(bypass, "Residents' groups called the bypass a costly blunder.", True)
    ride = "A nurse has completed a 900-mile ride from Dover to Rome in 12 days. She plans to ride to Athens next year."
    _assert_judged(ride, "The nurse rode from Dover to Rome in 12 days.", True)
    _assert_judged(ride, "The nurse rode to Athens.", False)


def test_round_five_hundred_and_ninety_eight_to_600_sayers_of_one_word_and_whose_leaders() -> None:
    flats = (
        "A court has ordered a landlord to repair 40 flats. The landlord says it will appeal. Tenants have been moved."
    )
    _assert_judged(flats, "Tenants say they will appeal.", False)
    _assert_judged(flats, "The landlord says it will appeal.", True)
    waits = "Waiting lists fell in May. The minister said new clinics had helped. Nurses' leaders said staff were exhausted."
    _assert_judged(waits, "Nurses' leaders said new clinics had helped.", False)
    _assert_judged(waits, "Nurses' leaders said staff were exhausted.", True)


def test_round_five_hundred_and_ninety_eight_to_600_one_of_both_lives_heights_and_shares() -> None:
    boat = (
        "Two divers were pulled from the sea off Wick. Both men had been under for an hour. One is in intensive care."
    )
    _assert_judged(boat, "Both men are in intensive care.", False)
    _assert_judged(boat, "One of the men is in intensive care.", True)
    judge = "A builder was jailed for fitting faulty gas boilers. The judge said he had put lives at risk."
    _assert_judged(judge, "The judge said he had saved lives.", False)
    tower = "The block was built three metres taller than the plans allowed."
    _assert_judged(tower, "The block was built three metres shorter than the plans allowed.", False)
    hoard = "The finder of the hoard will share the money with the landowner."
    _assert_judged(hoard, "The finder will keep all the money.", False)
    _assert_judged(hoard, "The finder will share the money with the landowner.", True)


def test_round_six_hundred_and_one_to_603_a_thing_done_to_past_its_count_and_a_participle() -> None:
    storm = "A tree fell in Ely during the storm, crushing two parked vans. No one was hurt."
    _assert_judged(storm, "The tree crushed two houses.", False)
    _assert_judged(storm, "The tree crushed two parked vans.", True)


def test_round_six_hundred_and_four_to_606_sayers_for_others_and_those_spoken_of() -> None:
    lost = "A girl has been found safe after a night on the moor. The girl's father said she had been very brave."
    _assert_judged(lost, "The girl said she had been very brave.", False)
    _assert_judged(lost, "The girl's father said she had been very brave.", True)
    show = "A potter from Ripon won first prize at the show. Her jug was judged by a panel of potters. She said she was thrilled."
    _assert_judged(show, "The potters said she was thrilled.", False)
    _assert_judged(show, "The potter said she was thrilled.", True)
    wind = (
        "Plans for a wind farm at Hoy have been approved after a public inquiry. The minister said the government would "
        "keep listening to residents."
    )
    _assert_judged(wind, "Residents said the government would keep listening to them.", False)
    _assert_judged(wind, "The minister said the government would keep listening to residents.", True)


def test_round_six_hundred_and_four_to_606_one_thing_for_another_and_a_doer_added() -> None:
    swans = "A black swan has been seen on the lake at Lydd. Wardens hope geese will nest there too."
    _assert_judged(swans, "A goose has been seen on the lake at Lydd.", False)
    _assert_judged(swans, "A black swan has been seen on the lake at Lydd.", True)
    school = "The school has moved into a new building. Parents had said the old block was cold."
    _assert_judged(school, "Parents had said the new building was cold.", False)
    _assert_judged(school, "Parents had said the old block was cold.", True)
    foal = "A foal born in Ripon has been named Star after a vote. Farmers say she is healthy."
    _assert_judged(foal, "The foal was named by farmers.", False)
    _assert_judged(foal, "The foal has been named Star.", True)
    bank = "Profits at Marl Bank fell by a third. It blamed higher costs. Brokers said the fall was expected."
    _assert_judged(bank, "Brokers blamed higher costs.", False)
    _assert_judged(bank, "Marl Bank blamed higher costs.", True)


def test_round_six_hundred_and_four_to_606_where_it_was_done_targets_and_a_delay() -> None:
    boat = "Two fishermen were rescued after spending the night in a lifeboat when their trawler sank."
    _assert_judged(boat, "The fishermen spent the night in a hotel.", False)
    _assert_judged(boat, "The fishermen spent the night in a lifeboat.", True)
    water = "Fenland Water must pay £3m after missing targets for pollution."
    _assert_judged(water, "Fenland Water met its targets for pollution.", False)
    pool = "The new pool in Selby has opened after a year's delay."
    _assert_judged(pool, "The new pool opened on time.", False)
    _assert_judged(pool, "The new pool in Selby has opened.", True)


def test_round_six_hundred_and_seven_to_609_lengths_by_their_verb_and_company_for_alone() -> None:
    roof = "The church roof has been stripped of lead. The diocese expects repairs to take a fortnight."
    _assert_judged(roof, "The diocese expects repairs to take a year.", False)
    _assert_judged(roof, "The diocese expects repairs to take two weeks.", True)
    swim = "A woman from Deal has swum the Channel alone in 14 hours."
    _assert_judged(swim, "She swam the Channel with a friend.", False)
    _assert_judged(swim, "A woman from Deal has swum the Channel alone.", True)


def test_round_six_hundred_and_seven_to_609_voices_kin_and_things_never_found() -> None:
    fakes = "Customs seized 900 fake watches at Dover. Trading standards officers said the watches would be crushed."
    _assert_judged(fakes, "Police said the watches would be crushed.", False)
    arrest = "A man was arrested in Leeds. Detectives said he had a knife."
    _assert_judged(arrest, "Police said he had a knife.", True)
    told = "A man was arrested in Leeds. He had a knife, said officers."
    _assert_judged(told, "Police said the man had a knife.", True)
    flood = "Flood defences in Hexby will be raised, the council said. Farmers nearby have asked for help."
    _assert_judged(flood, "The council has asked for help.", False)
    _assert_judged(flood, "Farmers nearby have asked for help.", True)
    art = "A boy of nine has won a painting prize for a picture of his uncle. Over 500 children took part."
    _assert_judged(art, "His uncle has won a painting prize.", False)
    _assert_judged(art, "A boy of nine has won a painting prize.", True)
    safe = "Thieves took £40,000 from a safe in Ely. The money has never been found."
    _assert_judged(safe, "The money has been recovered.", False)


def test_round_six_hundred_and_ten_to_612_targets_company_and_tears() -> None:
    trains = "Punctuality at Vale Rail improved, but the company fell short of the regulator's target."
    _assert_judged(trains, "Vale Rail met the regulator's target.", False)
    _assert_judged(trains, "Vale Rail fell short of the regulator's target.", True)
    glide = "A man of 85 has flown a glider over the Malverns, sitting beside an instructor."
    _assert_judged(glide, "He flew the glider alone.", False)
    book = "She said reading the old diary had made her laugh."
    _assert_judged(book, "She said the diary had made her cry.", False)


def test_round_six_hundred_and_ten_to_612_parties_told_in_other_sentences() -> None:
    pier = "The pier at Saltby will reopen in May. The town's mayor is paying for it from a trust fund."
    _assert_judged(pier, "The council is paying for the pier.", False)
    _assert_judged(pier, "The town's mayor is paying for the pier.", True)
    vans = "Sales of electric vans rose by half last year. Diesel vans still made up most sales."
    _assert_judged(vans, "Electric vans made up most sales.", False)
    _assert_judged(vans, "Diesel vans made up most sales.", True)
    homes = "The scheme was approved by the council in June. The builder will also pay for a new road."
    _assert_judged(homes, "The council will pay for a new road.", False)
    _assert_judged(homes, "The builder will pay for a new road.", True)
    ring = "A ring lost in 1990 was found behind a fireplace during building work."
    _assert_judged(ring, "The ring was found under a floor.", False)
    _assert_judged(ring, "The ring was found behind a fireplace.", True)


def test_round_six_hundred_and_thirteen_to_615_ones_own_and_pronouns() -> None:
    mp = "An MP has been fined for parking in a disabled bay. He has apologised."
    _assert_judged(mp, "His office has apologised.", False)
    _assert_judged(mp, "He has refused to apologise.", False)
    _assert_judged(mp, "The MP has apologised.", True)
    club = "A nurse from Rhyl has been given an award. She set up a running club for patients."
    _assert_judged(club, "Her manager set up a running club.", False)
    _assert_judged(club, "She closed a running club.", False)
    _assert_judged(club, "She set up a running club for patients.", True)


def test_round_six_hundred_and_thirteen_to_615_open_questions_attempts_and_charges() -> None:
    panel = "A referee has been stood down after a complaint. A panel will decide whether he is banned."
    _assert_judged(panel, "The referee has been banned.", False)
    whale = "A whale stranded on a beach in Kent. Rescuers will try to refloat it tonight."
    _assert_judged(whale, "Rescuers have refloated the whale.", False)
    _assert_judged(whale, "Rescuers will try to refloat the whale.", True)
    crash = "A man was arrested on suspicion of drink-driving after his car hit a wall."
    _assert_judged(crash, "A man was arrested on suspicion of careless driving.", False)
    _assert_judged(crash, "A man was arrested on suspicion of drink-driving.", True)
    card = "A nurse has won £20,000 on a scratchcard bought at a petrol station in Leeds."
    _assert_judged(card, "She bought the scratchcard at a supermarket.", False)
    _assert_judged(card, "She bought the scratchcard at a petrol station.", True)
    concert = "Tickets for the concert go on sale on Friday."
    _assert_judged(concert, "Tickets for the concert have sold out.", False)
    hike = "The boy had been walking alone when he fell."
    _assert_judged(hike, "The boy had been walking with friends.", False)


def test_round_six_hundred_and_sixteen_to_618_who_did_it_when_others_are_told() -> None:
    flat = "A neighbour called the police. Police searched the flat and charged a woman."
    _assert_judged(flat, "The neighbour charged a woman.", False)
    _assert_judged(flat, "Police charged a woman.", True)
    bid = "The college said it had rejected the bid. The council said it would appeal."
    _assert_judged(bid, "The council rejected the bid.", False)
    _assert_judged(bid, "The college rejected the bid.", True)
    aunt = "Her aunt, who taught her to swim, said she was fearless."
    _assert_judged(aunt, "She taught her aunt to swim.", False)
    _assert_judged(aunt, "Her aunt taught her to swim.", True)
    lagoon = (
        "Ministers have approved a tidal lagoon off the coast of Devon, overruling objections from fishermen. "
        "The developer says it will power 90,000 homes."
    )
    _assert_judged(lagoon, "Fishermen say the tidal lagoon will power 90,000 homes.", False)
    _assert_judged(lagoon, "The developer says the tidal lagoon will power 90,000 homes.", True)


def test_round_six_hundred_and_sixteen_to_618_what_was_done_and_how_much() -> None:
    cafes = "Cafes said they had lost customers during the roadworks."
    _assert_judged(cafes, "Cafes said they had gained customers during the roadworks.", False)
    _assert_judged("The new school opened a term late.", "The new school opened ahead of schedule.", False)
    foal = "The foal weighed 30kg at birth and 90kg when it was weaned."
    _assert_judged(foal, "The foal weighed 90kg when it was weaned.", True)
    _assert_judged(foal, "The foal weighed 90kg at birth.", False)
    roof = "The museum needs £50,000 to repair its roof."
    _assert_judged(roof, "The museum has raised £50,000 to repair its roof.", False)
    _assert_judged(roof, "The museum needs £50,000 to repair its roof.", True)
    sprinklers = "Water companies have asked customers to avoid using sprinklers."
    _assert_judged(sprinklers, "Water companies have banned sprinklers.", False)


def test_round_six_hundred_and_sixteen_to_618_things_in_the_same_place() -> None:
    strike = "Train guards on the Kelby line will strike on Monday."
    _assert_judged(strike, "Train drivers on the Kelby line will strike on Monday.", False)
    ties = "The school has dropped ties from its uniform. Pupils will wear polo shirts instead."
    _assert_judged(ties, "Pupils will wear ties instead of polo shirts.", False)
    _assert_judged(ties, "Pupils will wear polo shirts instead of ties.", True)
    brewery = "The brewery opened in a former courthouse in 2019."
    _assert_judged(brewery, "The brewery opened in a former laundrette.", False)
    _assert_judged(brewery, "The brewery opened in a former courthouse.", True)
    van = "The winner said he would use the money to fix his van."
    _assert_judged(van, "The winner said he would use the money to go on holiday.", False)
    _assert_judged(van, "The winner said he would use the money to fix his van.", True)


def test_round_six_hundred_and_nineteen_to_621_who_did_it_and_where() -> None:
    van = "The driver of the van, who had hired it from a firm in Leeds for the day, called police when he found the damage."
    _assert_judged(van, "Police called the driver of the van.", False)
    _assert_judged(van, "The driver of the van called police.", True)
    runaway = "A teenager who ran away from a care home in Kent has been found in London two days later. Police said Jamie Rowe, 15, was safe."
    _assert_judged(runaway, "Jamie Rowe was found in Kent.", False)
    _assert_judged(runaway, "Jamie Rowe was found in London.", True)
    wallet = "A walker who found a wallet on a beach handed it in. Police returned it to its owner."
    _assert_judged(wallet, "Police found the wallet on a beach.", False)
    rower = "Tom Hale, who lost both legs in a crash, has become the first double amputee to row the Channel."
    _assert_judged(rower, "Tom Hale is the first double amputee to row the Channel.", True)
    inquest = (
        "The coroner said the hospital had missed chances to save him. The hospital said it had changed its procedures."
    )
    _assert_judged(inquest, "The hospital said it had missed chances to save him.", False)
    _assert_judged(inquest, "The coroner said the hospital had missed chances to save him.", True)


def test_round_six_hundred_and_nineteen_to_621_units_swaps_and_reasons() -> None:
    detour = "The detour adds 15 minutes to the trip."
    _assert_judged(detour, "The detour adds 15 miles to the trip.", False)
    _assert_judged(detour, "The detour adds 15 minutes to the trip.", True)
    _assert_judged("Drivers will strike for 48 hours.", "Drivers will stage a 48-hour strike.", True)
    _assert_judged("The parcel weighed 12kg.", "The parcel weighed 12 kilograms.", True)
    bins = "Bins will be emptied every four weeks instead of every fortnight."
    _assert_judged(bins, "Bins will be emptied every fortnight instead of every four weeks.", False)
    _assert_judged(bins, "Bins will be emptied every four weeks instead of every fortnight.", True)
    places = "The twins have been offered places to study dentistry at Leeds."
    _assert_judged(places, "The twins have been offered places to study archaeology at Leeds.", False)
    delays = "Flooding was the main reason for the delays, the company said."
    _assert_judged(delays, "A signal failure was the main reason for the delays.", False)
    _assert_judged(delays, "Flooding was the main reason for the delays.", True)


def test_round_six_hundred_and_nineteen_to_621_deeds_of_another_kind() -> None:
    climber = "A climber who fell on Ben Nevis was airlifted to hospital."
    _assert_judged(climber, "The climber was carried down the mountain.", False)
    laptops = "A college in Hull has started lending laptops to students."
    _assert_judged(laptops, "A college in Hull has started selling laptops to students.", False)
    _assert_judged(laptops, "A college in Hull has started lending laptops to students.", True)
    suspect = "Police arrested the suspect at his home in Leeds."
    _assert_judged(suspect, "The suspect handed himself in to police.", False)
    bags = "A charge for plastic bags was introduced in 2015."
    _assert_judged(bags, "A ban on plastic bags was introduced in 2015.", False)
    shelter = "The shelter relies on 40 volunteers."
    _assert_judged(shelter, "The shelter employs 40 staff.", False)
    _assert_judged(shelter, "The shelter relies on 40 volunteers.", True)
    clothes = (
        "The charity collected 900 bags of clothes. Most of them were sold in its shops. The number of bags has fallen."
    )
    _assert_judged(clothes, "Most of the bags were sold in its shops.", True)


def test_round_six_hundred_and_twenty_two_to_624_who_says_it_and_how_much() -> None:
    bypass = (
        "Plans for a new bypass around Elmford have been approved. The county council says the road will cut journey "
        "times by 15 minutes. Wildlife groups say it will destroy 40 acres of woodland."
    )
    _assert_judged(bypass, "The county council says the road will destroy 40 acres of woodland.", False)
    _assert_judged(bypass, "Wildlife groups say the road will destroy 40 acres of woodland.", True)
    pools = "The council said it needed to save £3m, so two pools will close."
    _assert_judged(pools, "The council said it had saved £3m.", False)
    _assert_judged(pools, "The council said it needed to save £3m.", True)


def test_round_six_hundred_and_twenty_two_to_624_things_of_a_kind_and_ways_of_doing() -> None:
    elm = "A 200-year-old elm in a churchyard in Ely has been felled after tests found it was diseased."
    _assert_judged(elm, "A 200-year-old sycamore has been felled.", False)
    _assert_judged(elm, "Tests found the elm was healthy.", False)
    _assert_judged(elm, "A 200-year-old elm has been felled.", True)
    show = "A cocker spaniel called Pip has won best in show."
    _assert_judged(show, "A springer spaniel has won best in show.", False)
    hall = "Parents have bought the village hall after raising £60,000 by selling raffle tickets."
    _assert_judged(hall, "Parents raised £60,000 through a sponsored walk.", False)
    _assert_judged(hall, "Parents raised £60,000 by selling raffle tickets.", True)
    minibus = "A school in Leek has bought a minibus, paid for by parents' fundraising."
    _assert_judged(minibus, "The minibus was paid for by the council.", False)
    seller = "A man who stole 30 bikes from a station in York sold them online."
    _assert_judged(seller, "He sold the bikes at a car boot sale.", False)
    _assert_judged(seller, "He sold the bikes online.", True)


def test_round_six_hundred_and_twenty_two_to_624_where_one_died_and_rivers() -> None:
    walker = "A walker who fell on Helvellyn has died in hospital. He was treated by a rescue team at the scene."
    _assert_judged(walker, "The walker died at the scene.", False)
    _assert_judged(walker, "The walker died in hospital.", True)
    river = "Floods hit 40 homes. The Environment Agency said river levels had peaked overnight."
    _assert_judged(river, "The Environment Agency said river levels were still rising.", False)


def test_round_six_hundred_and_twenty_five_to_627_who_did_it() -> None:
    waits = "Waits at the clinic rose again in March. The health board blamed a shortage of nurses. Unions said staff were leaving."
    _assert_judged(waits, "Unions blamed a shortage of nurses.", False)
    _assert_judged(waits, "The health board blamed a shortage of nurses.", True)
    tools = "A builder in Powys found his tools missing. Police stopped a van on the A483. Two men were arrested."
    _assert_judged(tools, "The builder arrested two men.", False)
    _assert_judged(tools, "Two men were arrested.", True)


def test_round_six_hundred_and_twenty_five_to_627_what_and_whose() -> None:
    kilt = "A groom whose kilt was stolen from his car a day before his wedding has had it returned by a stranger."
    _assert_judged(kilt, "The kilt was stolen from his hotel.", False)
    _assert_judged(kilt, "The kilt was stolen from his car.", True)
    notices = "Penalty notices issued to staff at a hospital in Kent have been cancelled after signs were found to be unclear."
    _assert_judged(notices, "The notices were issued to visitors.", False)
    busker = "A busker in Bath has been banned from using an amplifier after shopkeepers complained."
    _assert_judged(busker, "The busker has been banned from singing.", False)
    _assert_judged(busker, "The busker has been banned from using an amplifier.", True)
    zoo = (
        "A giraffe has given birth to a calf at the zoo. Keepers said the father, Kito, had been moved to another pen."
    )
    _assert_judged(zoo, "Keepers said the calf, Kito, had been moved to another pen.", False)
    _assert_judged(zoo, "Keepers said the father, Kito, had been moved to another pen.", True)
    fuel = "The price of heating oil has fallen by 5p to 70p a litre. Propane fell by 2p to 62p."
    _assert_judged(fuel, "Heating oil fell to 62p a litre.", False)
    _assert_judged(fuel, "Heating oil fell to 70p a litre.", True)


def test_round_six_hundred_and_twenty_eight_to_629_the_span_from_the_start() -> None:
    app = "A parking app launched in Ripon was downloaded 9,000 times in its first week. It will be extended next year."
    _assert_judged(app, "The app was downloaded 9,000 times in its first year.", False)
    _assert_judged(app, "The app was downloaded 9,000 times in its first week.", True)


def test_round_six_hundred_and_thirty_to_631_a_plural_opening_the_claim() -> None:
    bog = "A dog went missing on Dartmoor for a week. Walkers spotted the spaniel stuck in a bog. Mountain rescue volunteers waded in to reach him."
    _assert_judged(bog, "Walkers waded in to reach the dog.", False)
    _assert_judged(bog, "Mountain rescue volunteers waded in to reach the dog.", True)


def test_a_countrys_body_speaking_is_that_body_not_a_name() -> None:
    strike = (
        "Teachers in Scotland will strike next week. The Lomond Teachers Union said the offer was an insult. "
        "The Scottish government said it was disappointed."
    )
    _assert_judged(strike, "The Scottish government said the offer was an insult.", False)
    _assert_judged(strike, "The Scottish government said it was disappointed.", True)


def test_round_six_hundred_and_thirty_two_to_634_a_described_speaker_past_their_age() -> None:
    found = (
        "A wedding ring lost in 1985 has been found in a field near Ripon. The finder, now 67, said he had spotted "
        "it with a metal detector. The owner's son said his mother would have been thrilled."
    )
    _assert_judged(found, "The owner's son said he had spotted it with a metal detector.", False)
    _assert_judged(found, "The finder said he had spotted it with a metal detector.", True)


def test_round_six_hundred_and_thirty_two_to_634_one_who_called_it_something() -> None:
    gift = (
        "A man who won £2m on the lottery has given a quarter of it to the school that taught his son. The school said "
        "the money would pay for a new library. Its head teacher called it the most generous gift in its history."
    )
    _assert_judged(gift, "The man called it the most generous gift in the school's history.", False)
    _assert_judged(gift, "The head teacher called it the most generous gift in the school's history.", True)


def test_round_six_hundred_and_thirty_two_to_634_a_plural_opening_the_evidences_sentence() -> None:
    shop = (
        "The last shop in a Dales village has closed after its owner of 25 years decided to sell up. "
        "Villagers have launched an appeal to reopen it as a community shop."
    )
    _assert_judged(shop, "The owner has launched an appeal to reopen it as a community shop.", False)
    _assert_judged(shop, "Villagers have launched an appeal to reopen the shop.", True)


def test_round_six_hundred_and_thirty_two_to_634_a_deed_the_evidence_writes_itself_is_not_its_paraphrase() -> None:
    peaks = (
        "A woman from Kendal has become the oldest person to climb all 214 Wainwright fells, finishing the last one at "
        "the age of 91. She plans to raise money for a hospice."
    )
    _assert_judged(peaks, "A woman from Kendal has climbed all 214 Wainwright fells.", True)
    _assert_judged(peaks, "She has raised money for a hospice.", False)


def test_round_six_hundred_and_thirty_two_to_634_the_same_ones_saying_another_deed_of_the_same_one() -> None:
    hatch = (
        "A pair of ospreys have returned to a nest at a Welsh nature reserve for the tenth year. Wardens said the "
        "female, Glesni, was sitting on three eggs."
    )
    _assert_judged(hatch, "Wardens said the female had abandoned three eggs.", False)
    _assert_judged(hatch, "Wardens said the female was sitting on three eggs.", True)


def test_round_six_hundred_and_thirty_five_to_640_a_union_named_after_its_kind_is_not_the_company() -> None:
    depot = (
        "A parcel firm is to close its depot in Crewe with the loss of 400 jobs. The company said staff would be "
        "offered redundancy or a move to Stoke. The drivers' union Unite called the closure a betrayal."
    )
    _assert_judged(depot, "Unite said staff would be offered redundancy or a move to Stoke.", False)
    _assert_judged(depot, "Unite called the closure a betrayal.", True)


def test_round_six_hundred_and_thirty_five_to_640_a_kind_of_people_written_in_the_plural_elsewhere() -> None:
    dog = (
        "Firefighters rescued a dog that fell down a disused well at a farm in Shropshire on Friday. "
        "It was hauled up in a bucket. A vet said it had suffered only a cut paw."
    )
    _assert_judged(dog, "A firefighter said it had suffered only a cut paw.", False)
    _assert_judged(dog, "A vet said the dog had suffered only a cut paw.", True)


def test_a_party_named_by_its_kind_is_no_other_party() -> None:
    deer = (
        "Wardens freed a deer that had become tangled in a football net in a park in Richmond. It took them an hour "
        "to cut it loose. A ranger said the animal had run off unharmed."
    )
    _assert_judged(deer, "A ranger said the deer had run off unharmed.", True)


def test_round_six_hundred_and_thirty_five_to_640_one_calling_it_something_opens_the_sentence() -> None:
    statue = (
        "A town has put up a bronze statue of a sheepdog in its market square. The mayor said it honoured the area's "
        "farming history. Some shopkeepers called it a waste of money."
    )
    _assert_judged(statue, "The mayor called it a waste of money.", False)
    _assert_judged(statue, "Some shopkeepers called it a waste of money.", True)


def test_round_six_hundred_and_thirty_five_to_640_refused_approval_is_the_refusal() -> None:
    quarry = (
        "A quarry on the edge of the Peak District has been given approval to expand despite objections from walkers."
    )
    _assert_judged(quarry, "A quarry on the edge of the Peak District has been refused approval to expand.", False)
    _assert_judged(quarry, "A quarry on the edge of the Peak District has been given approval to expand.", True)


def test_round_six_hundred_and_thirty_five_to_640_who_called_for_help() -> None:
    lane = (
        "A rider was thrown when her horse was startled by a tractor on a lane near Taunton. The farmer "
        "stopped in the road and called an ambulance. She was treated for a broken arm."
    )
    _assert_judged(lane, "The rider called an ambulance.", False)
    _assert_judged(lane, "The farmer called an ambulance.", True)


def test_round_six_hundred_and_thirty_five_to_640_a_fire_out_and_an_animal_caught() -> None:
    heath = "A heath fire near Poole has been put out after burning for three days. Police believe it was started by a barbecue."
    _assert_judged(heath, "The heath fire near Poole is still burning.", False)
    _assert_judged(heath, "The heath fire near Poole has been put out.", True)
    lynx = "A lynx that escaped from a wildlife park has been caught after a week on the loose in Wales."
    _assert_judged(lynx, "The lynx is still on the loose.", False)
    _assert_judged(lynx, "The lynx has been caught after a week on the loose.", True)


def test_round_six_hundred_and_thirty_five_to_640_stopping_by_choice_or_by_force() -> None:
    fair = "A village fair has been forced to stop selling its famous toffee after a complaint about the label."
    _assert_judged(fair, "A village fair has chosen to stop selling its famous toffee.", False)
    _assert_judged(fair, "A village fair has been forced to stop selling its famous toffee.", True)


def test_round_six_hundred_and_thirty_five_to_640_what_a_deed_was_done_with_and_the_harm_suffered() -> None:
    cow = (
        "A cow that fell into a slurry pit in Devon was pulled out with ropes and a digger after two hours. A vet "
        "said it had suffered only bruising."
    )
    _assert_judged(cow, "The cow was pulled out with a crane.", False)
    _assert_judged(cow, "The cow was pulled out with ropes and a digger.", True)
    _assert_judged(cow, "A vet said it had suffered a broken hip.", False)
    _assert_judged(cow, "A vet said it had suffered only bruising.", True)


def test_round_six_hundred_and_forty_one_to_643_where_the_harm_was() -> None:
    fall = "A climber fell 20 metres from a crag in Snowdonia on Sunday. She suffered arm injuries and was airlifted to Bangor."
    _assert_judged(fall, "The climber suffered head injuries.", False)
    _assert_judged(fall, "The climber suffered arm injuries.", True)


def test_round_six_hundred_and_forty_one_to_643_a_vegetable_for_another() -> None:
    show = (
        "A 9kg cabbage has won first prize at a county show in Shropshire. Its grower said he had fed it with manure."
    )
    _assert_judged(show, "A 9kg turnip has won first prize at a county show.", False)
    _assert_judged(show, "Its grower said he had fed it with seaweed.", False)
    _assert_judged(show, "Its grower said he had fed it with manure.", True)


def test_round_six_hundred_and_forty_one_to_643_charged_or_paid() -> None:
    zone = "Drivers of older vans will be charged £12 a day to enter the centre of Leeds from March."
    _assert_judged(zone, "Drivers of older vans will be paid £12 a day.", False)
    _assert_judged(zone, "Drivers of older vans will be charged £12 a day.", True)


def test_round_six_hundred_and_forty_one_to_643_declaring_an_incident_is_no_saying() -> None:
    trust = (
        "A hospital trust has declared a major incident after its computer systems failed. Operations were "
        "cancelled for a second day. Patients' groups called the situation unacceptable."
    )
    _assert_judged(trust, "Patients' groups called the situation unacceptable.", True)


def test_round_six_hundred_and_forty_one_to_643_the_thing_of_ones_a_deed_befell() -> None:
    escalator = (
        "A boy was hurt when his scarf was caught in an escalator at a shopping centre in Leeds. A shop worker "
        "stopped the escalator."
    )
    _assert_judged(escalator, "His shoelace was caught in an escalator.", False)
    _assert_judged(escalator, "His scarf was caught in an escalator.", True)


def test_round_six_hundred_and_forty_four_to_646_some_may_and_others_may_not() -> None:
    path = "A new path along the canal in Wigan has opened. Walkers and runners can use it, but cyclists cannot."
    _assert_judged(path, "Cyclists cannot use the path.", True)
    _assert_judged(path, "Walkers cannot use the path.", False)


def test_round_six_hundred_and_forty_four_to_646_still_running_or_stopped() -> None:
    bus = "A minibus service has been set up to replace a bus route that stopped running in 2021."
    _assert_judged(bus, "The bus route is still running.", False)
    _assert_judged(bus, "The bus route stopped running in 2021.", True)


def test_round_six_hundred_and_forty_four_to_646_the_main_reason_after_its_saying() -> None:
    rents = (
        "The number of families in temporary housing in Bristol rose by a quarter last year, a housing charity has "
        "said. It said high private rents were the main reason."
    )
    _assert_judged(rents, "The charity said low wages were the main reason.", False)
    _assert_judged(rents, "The charity said high wages were the main reason.", False)
    _assert_judged(rents, "The charity said high private rents were the main reason.", True)


def test_round_six_hundred_and_forty_four_to_646_how_the_same_ones_said_they_were() -> None:
    rescue = (
        "A lifeguard has been praised for pulling a boy from the sea at Newquay. The lifeguard service said it "
        "was proud of her."
    )
    _assert_judged(rescue, "The lifeguard service said it was ashamed of her.", False)
    _assert_judged(rescue, "The lifeguard service said it was proud of her.", True)


def test_round_six_hundred_and_forty_nine_to_650_both_things_or_one_of_them() -> None:
    mill = "A paper mill in Kent said it would shut one of its two machines, putting 80 jobs at risk."
    _assert_judged(mill, "The paper mill will shut both of its machines.", False)
    _assert_judged(mill, "The paper mill will shut one of its two machines.", True)


def test_round_six_hundred_and_forty_nine_to_650_a_name_after_the_same_deed_of_the_same_pronoun() -> None:
    offers = (
        "A goalkeeper from Hull has been offered contracts by Leeds and Everton after a trial last summer. "
        "He grew up in the city's youth league. He has joined Everton."
    )
    _assert_judged(offers, "He has joined Leeds.", False)
    _assert_judged(offers, "He has joined Everton.", True)


def test_round_six_hundred_and_fifty_one_to_654_a_fuller_or_thinner_service() -> None:
    ferries = (
        "The ferry operator said it would run a limited service to the islands while one of its boats is repaired."
    )
    _assert_judged(ferries, "The ferry operator said it would run a full service to the islands.", False)
    _assert_judged(ferries, "The ferry operator said it would run a limited service to the islands.", True)


def test_round_six_hundred_and_fifty_one_to_654_talks_that_went_well_or_broke_down() -> None:
    talks = "Nurses at the city's two hospitals will vote on strikes after the union said pay talks had broken down."
    _assert_judged(talks, "The union said pay talks had gone well.", False)
    _assert_judged(talks, "The union said pay talks had broken down.", True)


def test_round_six_hundred_and_fifty_one_to_654_welcome_to_stay_is_no_order_to_leave() -> None:
    cat = "A cat that wandered into a village post office three years ago still sleeps on the counter. The postmaster said the cat was welcome to stay."
    _assert_judged(cat, "The postmaster said the cat would have to leave.", False)
    _assert_judged(cat, "The postmaster said the cat was welcome to stay.", True)


def test_round_six_hundred_and_fifty_one_to_654_given_up_without_a_struggle() -> None:
    arrest = "A man wanted for a string of burglaries was arrested at a caravan park. Police said he gave himself up without a struggle."
    _assert_judged(arrest, "Police said he resisted arrest.", False)
    _assert_judged(arrest, "Police said he gave himself up without a struggle.", True)


def test_round_six_hundred_and_fifty_one_to_654_expected_to_be_done_is_not_done() -> None:
    bridge = "The council said it expected the bridge to be reopened by the end of the month after repairs to its deck."
    _assert_judged(bridge, "The bridge will be reopened by the end of the month.", False)
    _assert_judged(bridge, "The council said it expected the bridge to be reopened by the end of the month.", True)
    # (the one who said it named by a noun that may be a verb too: "The trust said")
    ward = "The trust said it expected the children's ward to be reopened in March after a leak flooded it."
    _assert_judged(ward, "The trust said the children's ward had been reopened.", False)
    _assert_judged(ward, "The trust said it expected the children's ward to be reopened in March.", True)


def test_round_six_hundred_and_fifty_one_to_654_failing_at_what_they_worked_to_do() -> None:
    flood = "Firefighters pumped water through the night to save the village hall from the flood."
    _assert_judged(flood, "Firefighters failed to save the village hall.", False)
    _assert_judged(flood, "Firefighters pumped water through the night to save the village hall.", True)


def test_round_six_hundred_and_fifty_one_to_654_unanimous_against_a_vote_told_in_words() -> None:
    vote = "The parish council voted five to two to buy the old library for the village."
    _assert_judged(vote, "The parish council voted unanimously to buy the old library.", False)
    _assert_judged(vote, "The parish council voted to buy the old library.", True)


def test_round_six_hundred_and_fifty_one_to_654_carried_down_not_airlifted() -> None:
    fell = "A walker who broke her leg on Scafell Pike was found by rescuers, who carried her down on a stretcher."
    _assert_judged(fell, "The walker was airlifted from the mountain.", False)
    _assert_judged(fell, "Rescuers carried her down on a stretcher.", True)


def test_round_six_hundred_and_fifty_one_to_654_agreed_against_disagreed() -> None:
    ruling = "The bank said it disagreed with the ombudsman's decision but would refund the couple."
    _assert_judged(ruling, "The bank said it agreed with the ombudsman's decision.", False)
    _assert_judged(ruling, "The bank said it would refund the couple.", True)


def test_round_six_hundred_and_fifty_one_to_654_one_thing_of_theirs_for_another() -> None:
    recall = "A toy shop chain has recalled its wooden rocking horses because a screw may come loose."
    _assert_judged(recall, "A toy shop chain has recalled its plastic building blocks.", False)
    _assert_judged(recall, "A toy shop chain has recalled its wooden rocking horses.", True)


def test_round_six_hundred_and_fifty_five_to_656_the_pronouns_turned_round() -> None:
    letter = "A soldier's letter reached his widow 70 years late. She had written to him every week of the war. He kept her letters in a tin."
    _assert_judged(letter, "He had written to her every week of the war.", True)
    found = "A boy who went missing on a hill walk was found by a farmer at dawn. He found him sheltering under a wall."
    _assert_judged(found, "He found him sheltering under a wall.", True)
    rescue = (
        "A lifeguard pulled a swimmer from the sea at Newquay. She dragged him onto the sand and gave him first aid."
    )
    _assert_judged(rescue, "He dragged her onto the sand.", False)
    _assert_judged(rescue, "She dragged him onto the sand.", True)


def test_round_six_hundred_and_fifty_five_to_656_saved_from_closure_is_not_closed() -> None:
    library = "A village library has been saved from closure after residents raised £20,000 to keep it open."
    _assert_judged(library, "The village library has closed.", False)
    _assert_judged(library, "The village library has been saved from closure.", True)


def test_round_six_hundred_and_fifty_five_to_656_stopping_what_goes_on() -> None:
    farm = "The farm said it was selling its milk straight to shops after the dairy cut its price."
    _assert_judged(farm, "The farm said it would stop selling its milk to shops.", False)
    _assert_judged(farm, "The farm said it was selling its milk straight to shops.", True)


def test_round_six_hundred_and_fifty_five_to_656_hope_given_up_or_kept() -> None:
    dog = (
        "A dog missing for three years has been found 200 miles from home. "
        "Its owner said she had given up hope of seeing it again."
    )
    _assert_judged(dog, "Its owner said she had always believed she would see it again.", False)
    _assert_judged(dog, "Its owner said she had given up hope of seeing it again.", True)


def test_round_six_hundred_and_fifty_five_to_656_retiring_is_not_carrying_on() -> None:
    keeper = "A goalkeeper aged 44 said he would retire at the end of the season after 700 games."
    _assert_judged(keeper, "The goalkeeper said he would carry on playing.", False)
    _assert_judged(keeper, "The goalkeeper said he would retire at the end of the season.", True)


def test_round_six_hundred_and_fifty_five_to_656_free_is_not_cheap() -> None:
    lunch = "A church hall in Leeds gives free lunches to pensioners every Wednesday."
    _assert_judged(lunch, "A church hall sells cheap lunches to pensioners.", False)
    _assert_judged(lunch, "A church hall gives free lunches to pensioners.", True)


def test_round_six_hundred_and_fifty_five_to_656_expected_to_bring_jobs() -> None:
    factory = "A battery factory has opened in Sunderland. The company expects the factory to bring in 900 new jobs."
    _assert_judged(factory, "The factory has brought in 900 new jobs.", False)
    _assert_judged(factory, "The company expects the factory to bring in 900 new jobs.", True)


def test_round_six_hundred_and_fifty_seven_to_658_a_hope_of_a_clause() -> None:
    trial = (
        "A drug for hay fever has passed its first trial. The makers hope it will be sold in chemists by next spring."
    )
    _assert_judged(trial, "The drug is being sold in chemists.", False)
    _assert_judged(trial, "The makers hope it will be sold in chemists by next spring.", True)


def test_round_six_hundred_and_fifty_seven_to_658_not_known_is_not_knew() -> None:
    driver = "The driver told the court he had not seen the cyclist until it was too late."
    _assert_judged(driver, "The driver told the court he saw the cyclist.", False)
    _assert_judged(driver, "The driver told the court he never saw the cyclist until it was too late.", True)


def test_round_six_hundred_and_fifty_seven_to_658_customers_driven_away_or_drawn_in() -> None:
    market = "Stallholders said the new rents would drive customers away from the market."
    _assert_judged(market, "Stallholders said the new rents would attract customers to the market.", False)
    _assert_judged(market, "Stallholders said the new rents would drive customers away.", True)


def test_round_six_hundred_and_fifty_seven_to_658_the_hardest_is_not_the_easiest() -> None:
    climb = "The climber said the hardest part of the route had been the last 200 metres."
    _assert_judged(climb, "The climber said the easiest part of the route had been the last 200 metres.", False)
    _assert_judged(climb, "The climber said the hardest part had been the last 200 metres.", True)


def test_round_six_hundred_and_fifty_seven_to_658_a_petition_to_save_a_tree() -> None:
    elm = "An elm tree in the village square is thought to be 200 years old. More than 5,000 people have signed a petition to save it."
    _assert_judged(elm, "More than 5,000 people have signed a petition to cut it down.", False)
    _assert_judged(elm, "More than 5,000 people have signed a petition to save it.", True)


def test_round_six_hundred_and_fifty_nine_to_660_doing_well_is_not_struggling() -> None:
    foal = (
        "A rare Suffolk Punch foal has been born at a farm park in Essex. Staff said the mare and foal were doing well."
    )
    _assert_judged(foal, "Staff said the mare was struggling.", False)
    _assert_judged(foal, "Staff said the mare and foal were doing well.", True)


def test_round_six_hundred_and_fifty_nine_to_660_quitting_is_not_working_on() -> None:
    winner = "A bus driver who won £2 million on the lottery said he planned to keep working on the number 12 route."
    _assert_judged(winner, "The bus driver said he planned to quit his job.", False)
    _assert_judged(winner, "The bus driver said he planned to keep working.", True)


def test_round_six_hundred_and_sixty_one_to_662_the_clause_of_one_described_by_whose_they_are() -> None:
    school = (
        "The head teacher said the school would reopen on Monday. "
        "The council said the repairs were finished, but a pupil's mother said parents had been given no notice."
    )
    _assert_judged(school, "The council said parents had been given no notice.", False)
    _assert_judged(school, "The council said the repairs were finished.", True)


def test_round_six_hundred_and_sixty_one_to_662_a_body_has_no_she() -> None:
    shop = (
        "The owner of a florist in Bath said it would shut after 40 years. "
        '"Rents have simply become too high," she said. The council said it would look for a new tenant.'
    )
    _assert_judged(shop, '"Rents have simply become too high," the council said.', False)
    _assert_judged(shop, '"Rents have simply become too high," she said.', True)


def test_round_six_hundred_and_sixty_one_to_662_the_one_bought_from_is_not_the_buyer() -> None:
    club = "A group of fans has bought their football club from its American owner for £1."
    _assert_judged(club, "Its American owner has bought the football club.", False)
    _assert_judged(club, "A group of fans has bought their football club for £1.", True)


def test_round_six_hundred_and_sixty_one_to_662_every_morning_is_not_every_evening() -> None:
    swim = "A 90-year-old from Brighton swims in the sea every morning, whatever the weather."
    _assert_judged(swim, "A 90-year-old swims in the sea every evening.", False)
    _assert_judged(swim, "A 90-year-old swims in the sea every morning.", True)


def test_round_six_hundred_and_sixty_three_to_664_what_a_thing_was_believed_to_be() -> None:
    wreck = "Divers have found the wreck of a wooden ship off Cornwall. Historians believe it was a Spanish galleon."
    _assert_judged(wreck, "The wreck was a Spanish galleon.", False)
    _assert_judged(wreck, "Historians believe the wreck was a Spanish galleon.", True)


def test_round_six_hundred_and_sixty_three_to_664_forced_to_is_not_chose_to() -> None:
    cafe = (
        "A seaside café has been forced to close its terrace after the council ruled it was built without permission."
    )
    _assert_judged(cafe, "The café chose to close its terrace.", False)
    _assert_judged(cafe, "The café has been forced to close its terrace.", True)


def test_round_six_hundred_and_sixty_three_to_664_what_the_money_was_spent_on() -> None:
    prize = "A darts player from a village pub team said he had spent his prize money on a new kitchen for his mother."
    _assert_judged(prize, "He had spent his prize money on a pub team holiday.", False)
    _assert_judged(prize, "He had spent his prize money on a new kitchen for his mother.", True)


def test_round_six_hundred_and_sixty_three_to_664_the_one_done_for_is_not_the_doer() -> None:
    storm = "After the storm a teenager cleared the fallen branches from the lane for her elderly neighbours."
    _assert_judged(storm, "Her elderly neighbours cleared the branches from the lane for her.", False)
    _assert_judged(storm, "A teenager cleared the fallen branches from the lane for her elderly neighbours.", True)


def test_round_six_hundred_and_sixty_three_to_664_more_oppositions() -> None:
    plans = "The council has paused plans for a waste incinerator while it studies the effect on air quality."
    _assert_judged(plans, "The council has approved plans for a waste incinerator.", False)
    _assert_judged(plans, "The council has paused plans for a waste incinerator.", True)
    fee = "The city has withdrawn its plan for a tourist tax after hoteliers objected."
    _assert_judged(fee, "The city has introduced a tourist tax.", False)
    theft = "A cashier who stole £3,000 from a bakery has been ordered to do 150 hours of unpaid work."
    _assert_judged(theft, "A cashier who stole £3,000 from a bakery has been jailed.", False)
    _assert_judged(theft, "A cashier has been ordered to do 150 hours of unpaid work.", True)
    rider = "A jockey who fell at Aintree last spring has made a full recovery and will ride again this week."
    _assert_judged(rider, "The jockey is still in hospital.", False)
    lanes = "Shop owners said the new bus lanes had cost them customers."
    _assert_judged(lanes, "Shop owners said the new bus lanes had brought them customers.", False)
    market = "The market sells surplus food cheaply to families on low incomes."
    _assert_judged(market, "The market sells surplus food at full price.", False)
    _assert_judged(market, "The market sells surplus food cheaply to families on low incomes.", True)


def test_round_six_hundred_and_sixty_five_to_666_whose_place_it_was() -> None:
    dog = (
        "A dog that ran off during a walk in Leeds was found three days later asleep in a stranger's shed. "
        "Its owner said she was overjoyed."
    )
    _assert_judged(dog, "The dog was found asleep in its owner's shed.", False)
    _assert_judged(dog, "The dog was found asleep in a stranger's shed.", True)
    found = "A missing tortoise was found in a neighbour's greenhouse. Its owner spotted it through the glass."
    _assert_judged(found, "A neighbour spotted it through the glass.", False)
    _assert_judged(found, "Its owner spotted it through the glass.", True)


def test_round_six_hundred_and_sixty_five_to_666_another_thing_of_the_same_one() -> None:
    vandal = "A teenager who smashed his neighbour's windows has been ordered to pay for the damage."
    _assert_judged(vandal, "A teenager who smashed his neighbour's car has been ordered to pay.", False)
    _assert_judged(
        vandal, "A teenager who smashed his neighbour's windows has been ordered to pay for the damage.", True
    )


def test_round_six_hundred_and_sixty_five_to_666_what_the_money_buys() -> None:
    fete = "The fete raised £900, and the school will use the money to buy a new climbing frame."
    _assert_judged(fete, "The school will use the money to buy laptops.", False)
    _assert_judged(fete, "The school will use the money to buy a new climbing frame.", True)


def test_round_six_hundred_and_sixty_five_to_666_more_oppositions() -> None:
    coats = "Volunteers collect old coats and give them away to families who need them."
    _assert_judged(coats, "Volunteers collect old coats and sell them to families.", False)
    path = "The council said the new footpath would run further inland, away from the crumbling cliff."
    _assert_judged(path, "The council said the new footpath would run nearer the sea.", False)
    toys = "Trading standards said the toys were poorly made and could break into small pieces."
    _assert_judged(toys, "Trading standards said the toys were well made.", False)
    _assert_judged(toys, "Trading standards said the toys were poorly made.", True)
    grant = "Families said the repair grants had come too late to save their homes."
    _assert_judged(grant, "Families said the repair grants had come just in time.", False)
    park = "The head said the new sports hall had transformed the school."
    _assert_judged(park, "The head said the new sports hall had made little difference.", False)


def test_round_six_hundred_and_sixty_seven_to_668_one_in_millions_is_no_share() -> None:
    pearl = "A diver found a pink pearl in an oyster, which experts say happens in one in ten million oysters."
    _assert_judged(pearl, "Experts say pink pearls are found in one in ten thousand oysters.", False)
    _assert_judged(pearl, "Experts say it happens in one in ten million oysters.", True)


def test_round_six_hundred_and_sixty_seven_to_668_treated_in_hospital_for_what() -> None:
    fire = "A family rescued from a house fire in Wigan were treated in hospital for smoke inhalation."
    _assert_judged(fire, "The family were treated in hospital for burns.", False)
    _assert_judged(fire, "The family were treated in hospital for smoke inhalation.", True)


def test_round_six_hundred_and_sixty_seven_to_668_what_kind_of_club() -> None:
    hall = "A fire destroyed the clubhouse of a cycling club in Derby on Sunday."
    _assert_judged(hall, "A fire destroyed the clubhouse of a running club.", False)
    _assert_judged(hall, "A fire destroyed the clubhouse of a cycling club.", True)


def test_round_six_hundred_and_sixty_seven_to_668_again_is_not_the_first_time() -> None:
    ferry = "The island's ferry was cancelled because of fog for the first time in its history."
    _assert_judged(ferry, "The island's ferry was cancelled because of fog again.", False)
    _assert_judged(ferry, "The island's ferry was cancelled because of fog for the first time.", True)


def test_round_six_hundred_and_sixty_nine_to_670_money_planned_for_a_thing_is_not_spent() -> None:
    pools = (
        "A retired builder who won £2 million on the lottery said he plans to spend most of it on a new village hall."
    )
    _assert_judged(pools, "He has built a new village hall.", False)
    _assert_judged(pools, "He plans to spend most of it on a new village hall.", True)


def test_round_six_hundred_and_sixty_nine_to_670_all_of_a_kind_against_those_of_an_age() -> None:
    gym = "A gym in Leeds has started offering free classes to members over 70."
    _assert_judged(gym, "A gym has started offering free classes to all members.", False)
    _assert_judged(gym, "A gym has started offering free classes to members over 70.", True)


def test_round_six_hundred_and_sixty_nine_to_670_the_ones_paid_are_not_the_payers() -> None:
    noise = "A court has ordered a nightclub to pay £8,000 to a family who live next door."
    _assert_judged(noise, "The family have been ordered to pay £8,000.", False)
    _assert_judged(noise, "A court has ordered a nightclub to pay £8,000 to a family.", True)


def test_round_six_hundred_and_sixty_nine_to_670_more_oppositions() -> None:
    chief = "The club said it had sacked its manager after a run of nine defeats."
    _assert_judged(chief, "The club said it had promoted its manager.", False)
    mill = "The new owners will preserve the mill's Victorian water wheel."
    _assert_judged(mill, "The new owners will demolish the mill's water wheel.", False)
    _assert_judged(mill, "The new owners will preserve the mill's Victorian water wheel.", True)


def test_round_six_hundred_and_seventy_one_to_672_a_finalist_has_not_won() -> None:
    band = "A brass band from Barnsley has reached the final of a national contest, to be held in London in May."
    _assert_judged(band, "A brass band from Barnsley has won a national contest.", False)
    _assert_judged(band, "A brass band from Barnsley has reached the final of a national contest.", True)


def test_round_six_hundred_and_seventy_one_to_672_where_most_of_it_came_from() -> None:
    beach = "Volunteers collected 300kg of litter from a beach in Devon. They said most of the litter came from fishing boats."
    _assert_judged(beach, "They said most of the litter came from tourists.", False)
    _assert_judged(beach, "They said most of the litter came from fishing boats.", True)


def test_round_six_hundred_and_seventy_three_to_674_what_one_asked_for() -> None:
    shop = "A shop assistant in Derby was dismissed after asking for a longer lunch break, a tribunal heard."
    _assert_judged(shop, "The shop assistant was dismissed after asking for a pay rise.", False)
    _assert_judged(shop, "The shop assistant was dismissed after asking for a longer lunch break.", True)


def test_round_six_hundred_and_seventy_three_to_674_where_it_was_found() -> None:
    bike = "A bike was taken from a shed in Ripon last week. It was found chained to a fence outside a school in Harrogate."
    _assert_judged(bike, "The bike was found in a shed.", False)
    _assert_judged(bike, "The bike was found outside a school.", True)
    _assert_judged(bike, "The bike was found chained to a fence outside a school.", True)


def test_round_six_hundred_and_seventy_three_to_674_a_celebration_is_no_protest() -> None:
    fans = "Hundreds of fans gathered outside the ground to celebrate the club's promotion."
    _assert_judged(fans, "Hundreds of fans gathered outside the ground to protest.", False)
    _assert_judged(fans, "Hundreds of fans gathered outside the ground to celebrate.", True)


def test_round_six_hundred_and_seventy_five_to_676_the_opposite_between_the_same_words() -> None:
    grapes = "The vineyard had a wet spring and a dry summer, and the grapes were picked early."
    _assert_judged(grapes, "The vineyard had a dry spring.", False)
    _assert_judged(grapes, "The vineyard had a wet spring and a dry summer.", True)


def test_round_six_hundred_and_seventy_five_to_676_what_was_hardest() -> None:
    climb = "The climber said the hardest part of the expedition had been the cold."
    _assert_judged(climb, "The climber said the hardest part of the expedition had been the altitude.", False)
    _assert_judged(climb, "The climber said the hardest part of the expedition had been the cold.", True)


def test_round_six_hundred_and_seventy_five_to_676_too_tall_is_not_too_small() -> None:
    fence = "Planners said the new fence was too tall and would block light to the house next door."
    _assert_judged(fence, "Planners said the new fence was too small.", False)
    _assert_judged(fence, "Planners said the new fence was too tall.", True)


def test_round_six_hundred_and_seventy_five_to_676_kept_is_not_taken_down() -> None:
    shed = "A family in Bude has been told to take down a shed built on a public footpath."
    _assert_judged(shed, "A family has been told it can keep a shed built on a public footpath.", False)
    _assert_judged(shed, "A family has been told to take down a shed built on a public footpath.", True)


def test_round_six_hundred_and_seventy_seven_to_678_what_no_one_did() -> None:
    cottage = "A fire destroyed a holiday cottage in Wales on Friday. Nobody was in the cottage at the time."
    _assert_judged(cottage, "Several guests were in the cottage at the time.", False)
    _assert_judged(cottage, "Nobody was in the cottage at the time.", True)


def test_round_six_hundred_and_seventy_seven_to_678_oppositions() -> None:
    prize = "The finder was offered a reward by the owner of the ring, but turned it down."
    _assert_judged(prize, "The finder accepted a reward from the owner of the ring.", False)
    _assert_judged(prize, "The finder turned down a reward from the owner of the ring.", True)
    shell = "Navy divers carried out a controlled explosion of a shell found in the harbour."
    _assert_judged(shell, "Navy divers defused a shell found in the harbour.", False)
    match = "Fans were given free tickets to the match after the club apologised."
    _assert_judged(match, "Fans had to pay for tickets to the match.", False)
    _assert_judged(match, "Fans were given free tickets to the match.", True)


def test_round_six_hundred_and_seventy_nine_to_680_days_a_week_are_a_rate() -> None:
    shop = "The village shop is open five days a week and is run by volunteers."
    _assert_judged(shop, "The village shop is open seven days a week.", False)
    _assert_judged(shop, "The village shop is open five days a week.", True)
    reading = "Pupils who read for 30 minutes a day did better in tests."
    _assert_judged(reading, "Pupils who read for half an hour a day did better in tests.", True)


def test_round_six_hundred_and_seventy_nine_to_680_whom_a_price_is_for() -> None:
    zoo = "Tickets cost £18 for adults and £9 for children under 12."
    _assert_judged(zoo, "Tickets cost £9 for adults and £18 for children under 12.", False)
    _assert_judged(zoo, "Tickets cost £18 for adults.", True)


def test_round_six_hundred_and_seventy_nine_to_680_the_other_sentence_tells_the_claims_side() -> None:
    snow = (
        "Snow blocked roads across the county overnight. Crews worked through the night and cleared most roads by"
        " Tuesday morning. About 20 roads were still blocked on Tuesday evening."
    )
    _assert_judged(snow, "About 20 roads were still blocked on Tuesday evening.", True)


def test_round_six_hundred_and_seventy_nine_to_680_slots_and_oppositions() -> None:
    farm = "The farm will use heat pumps to warm its greenhouses, the owner said."
    _assert_judged(farm, "The farm will use a wood burner to warm its greenhouses.", False)
    _assert_judged(farm, "The farm will use heat pumps to warm its greenhouses.", True)
    speech = "In her speech she thanked the nurses who had cared for her son."
    _assert_judged(speech, "In her speech she thanked the police.", False)
    course = "The course prepares students for careers in nursing."
    _assert_judged(course, "The course prepares students for university.", False)
    fine = "A driver who parked on a zebra crossing to help an injured cyclist has been let off the fine."
    _assert_judged(fine, "A driver who parked on a zebra crossing has been made to pay the fine.", False)
    ward = "The hospital said the ward had been short of staff at the time."
    _assert_judged(ward, "The hospital said the ward had plenty of staff at the time.", False)


def test_round_six_hundred_and_eighty_one_to_682_oppositions() -> None:
    mp = "The councillor said he would stand down in May after 20 years on the council."
    _assert_judged(mp, "The councillor said he would stand again in May.", False)
    _assert_judged(mp, "The councillor said he would stand down in May.", True)
    sign = "The new road sign left out a letter of the village's name."
    _assert_judged(sign, "The new road sign added an extra letter to the village's name.", False)
    camera = "A speed camera has been put up at the entrance to the village, the council said."
    _assert_judged(camera, "The speed camera is at the exit from the village.", False)
    trial = "Doctors said the new treatment was working better than they had hoped."
    _assert_judged(trial, "Doctors said the new treatment was failing.", False)


def test_round_six_hundred_and_eighty_one_to_682_slots() -> None:
    coach = "The coach said he was leaving the club to spend more time with his children."
    _assert_judged(coach, "The coach said he was leaving the club to spend more time on his business.", False)
    _assert_judged(coach, "The coach said he was leaving the club to spend more time with his children.", True)
    nurse = "A nurse was struck off after a panel heard she had forged a reference from a former employer."
    _assert_judged(nurse, "A panel heard she had forged a passport.", False)


def test_round_six_hundred_and_eighty_three_to_684_oppositions() -> None:
    seals = "Rescuers said many of the seal pups were underweight after the storms."
    _assert_judged(seals, "Rescuers said many of the seal pups were overweight.", False)
    trains = "Engineering work means no trains will run on weekends in March."
    _assert_judged(trains, "No trains will run on weekdays in March.", False)
    _assert_judged(trains, "No trains will run on weekends in March.", True)
    vase = "The family who found the vase in their loft plan to sell it at auction."
    _assert_judged(vase, "The family plan to keep the vase.", False)
    mill = "The old mill has been saved after a trust bought it for £1."
    _assert_judged(mill, "The old mill has been demolished.", False)
    _assert_judged(mill, "The old mill has been saved.", True)


def test_round_six_hundred_and_eighty_three_to_684_what_money_pays_for() -> None:
    fair = "The village fair raised £3,000 to pay for a new roof for the church."
    _assert_judged(fair, "The village fair raised £3,000 to pay for a new bus shelter.", False)
    _assert_judged(fair, "The village fair raised £3,000 to pay for a new roof.", True)


def test_round_six_hundred_and_eighty_five_to_686_modal_and_relative_are_no_doers() -> None:
    bins = "Households in Selby have been told their recycling will be collected every fortnight instead of weekly."
    _assert_judged(bins, "Recycling will be collected every fortnight instead of weekly.", True)
    dogs = (
        "A charity that trains guide dogs has opened a new centre in Leeds that can house 40 puppies. The charity said"
        " it needed more volunteers."
    )
    _assert_judged(dogs, "A charity has opened a new centre that can house 40 puppies.", True)


def test_round_six_hundred_and_eighty_five_to_686_instead_of_turned_round() -> None:
    bins = "Bins will be emptied every four weeks instead of every two, the council said."
    _assert_judged(bins, "Bins will be emptied every two weeks instead of every four.", False)
    _assert_judged(bins, "Bins will be emptied every four weeks instead of every two.", True)


def test_round_six_hundred_and_eighty_five_to_686_oppositions_and_kinds() -> None:
    pub = "The pub has new owners, who said it would keep its name and its darts team."
    _assert_judged(pub, "The pub's new owners said it would change its name.", False)
    ward = "The hospital said its emergency department had been extremely busy over the weekend."
    _assert_judged(ward, "The hospital said its emergency department had been quiet over the weekend.", False)
    road = "The new road cost £90 million, twice the original estimate."
    _assert_judged(road, "The new road cost less than the original estimate.", False)
    chemist = "A chemist was fined after selling antibiotics without a prescription."
    _assert_judged(chemist, "A chemist was fined after selling painkillers without a prescription.", False)


def test_round_six_hundred_and_eighty_seven_to_688_a_ban_of_another_length() -> None:
    fan = "The league has banned a coach for six months after he pushed a linesman."
    _assert_judged(fan, "The league has banned a coach for six matches.", False)
    _assert_judged(fan, "The league has banned a coach for six months.", True)


def test_round_six_hundred_and_eighty_seven_to_688_what_a_thing_was_taken_for_is_hedged() -> None:
    bell = "Police believe the church bell may have been taken to be melted down."
    _assert_judged(bell, "Police said the church bell had been melted down.", False)


def test_round_six_hundred_and_eighty_seven_to_688_ordered_to_pay_in_the_passive() -> None:
    energy = "An energy supplier has been ordered to pay back £5 million to customers it overcharged."
    _assert_judged(energy, "Customers have been ordered to pay back £5 million to an energy supplier.", False)
    _assert_judged(energy, "An energy supplier has been ordered to pay back £5 million to customers.", True)


def test_round_six_hundred_and_eighty_seven_to_688_a_second_deed_to_come() -> None:
    tree = "The fallen oak will be cut up and made into benches for the park."
    _assert_judged(tree, "The fallen oak will be made into benches for the park.", True)


def test_round_six_hundred_and_eighty_seven_to_688_kinds_and_harm() -> None:
    statue = "The bronze statue of the miner was unveiled on Saturday. It weighs 300kg."
    _assert_judged(statue, "The statue of the miner is made of stone.", False)
    _assert_judged(statue, "The statue of the miner is made of bronze.", True)
    crash = "The driver of the van was not hurt in the crash."
    _assert_judged(crash, "The driver of the van was taken to hospital after the crash.", False)


def test_round_six_hundred_and_eighty_nine_to_690_slots() -> None:
    pub = "The pub was told to turn its music down after complaints from neighbours."
    _assert_judged(pub, "The complaints came from customers.", False)
    _assert_judged(pub, "The complaints came from neighbours.", True)
    match = "A steward kept the injured player still until paramedics arrived."
    _assert_judged(match, "A steward kept the injured player still until police arrived.", False)
    _assert_judged(match, "A steward kept the injured player still until paramedics arrived.", True)


def test_round_six_hundred_and_eighty_nine_to_690_oppositions_and_kinds() -> None:
    stall = "A market trader has been told to stop selling from the square after complaints about noise."
    _assert_judged(stall, "A market trader has been given permission to sell from the square.", False)
    launch = "The author signed copies of her new book at a library in Ripon."
    _assert_judged(launch, "The author signed copies of her new book at a bookshop in Ripon.", False)


def test_round_six_hundred_and_ninety_one_to_692_what_was_complained_of_and_offered() -> None:
    lane = "Neighbours complained about lorries using the lane at night. The council has now put up a sign."
    _assert_judged(lane, "Neighbours complained about the sign.", False)
    _assert_judged(lane, "Neighbours complained about lorries using the lane.", True)
    hotel = "Guests were offered a free night's stay after the hotel's heating failed."
    _assert_judged(hotel, "Guests were offered a refund after the hotel's heating failed.", False)
    _assert_judged(hotel, "Guests were offered a free night's stay.", True)
    firm = "Most of the 200 workers will be offered other roles in the firm."
    _assert_judged(firm, "Most of the 200 workers will be offered other jobs in the firm.", True)


def test_round_six_hundred_and_ninety_one_to_692_now_against_later() -> None:
    fans = "Fans will be able to meet him from next week, the club said."
    _assert_judged(fans, "Fans can meet him now, the club said.", False)
    _assert_judged(fans, "Fans will be able to meet him from next week, the club said.", True)


def test_round_six_hundred_and_ninety_one_to_692_oppositions_and_kinds() -> None:
    baker = "A baker who left a job in teaching opened the shop in 2019."
    _assert_judged(baker, "A baker who left a job in banking opened the shop in 2019.", False)
    walker = "A man aged 70 has completed a sponsored walk for a cancer charity."
    _assert_judged(walker, "A man aged 70 has completed a sponsored swim for a cancer charity.", False)
    winner = "The winner said she was amazed to have won."
    _assert_judged(winner, "The winner said she was disappointed.", False)
    shops = "Shop owners fear the road closure will keep shoppers away."
    _assert_judged(shops, "Shop owners say the road closure will bring more shoppers.", False)
    # ("walk" names a challenge, but after "will" it is the deed: no thing set against "would hit")
    strike = "Staff will strike for three days from Monday; the strike would hit thousands of passengers."
    _assert_judged(strike, "Staff will walk out for three days from Monday.", True)


def test_round_six_hundred_and_ninety_three_to_694_a_kind_of_people_under_another_name() -> None:
    study = (
        "Scientists in Leeds have found that walking daily may cut the risk of falls in older people. "
        "The researchers said larger trials were needed."
    )
    _assert_judged(study, "Scientists said walking daily may cut the risk of falls.", True)


def test_round_six_hundred_and_ninety_three_to_694_twice_is_no_length_of_time() -> None:
    site = "Volunteers visited the site twice a month for six years."
    _assert_judged(site, "Volunteers visited the site for two years.", False)
    _assert_judged(site, "Volunteers visited the site twice a month for six years.", True)


def test_round_six_hundred_and_ninety_three_to_694_done_to_one_named_inside_another() -> None:
    damp = "The landlord of a tenant who complained about damp has been fined £4,000."
    _assert_judged(damp, "The tenant has been fined £4,000.", False)
    _assert_judged(damp, "The landlord has been fined £4,000.", True)
    # (a passive after another clause is not done to the sentence's opener)
    boss = "The chief executive of the firm has resigned after the company was fined £2m."
    _assert_judged(boss, "The company was fined £2m.", True)


def test_round_six_hundred_and_ninety_three_to_694_slots() -> None:
    sign = "The council ordered the sign to be moved to the back of the shop."
    _assert_judged(sign, "The council ordered the sign to be painted over.", False)
    _assert_judged(sign, "The council ordered the sign to be moved.", True)
    prize = "The prize money will buy a minibus for the club."
    _assert_judged(prize, "The prize money will buy new kits for the club.", False)
    _assert_judged(prize, "The prize money will buy a minibus.", True)
    fall = "A cyclist was treated for concussion after the fall."
    _assert_judged(fall, "A cyclist was treated for a broken arm after the fall.", False)
    _assert_judged(fall, "A cyclist was treated for concussion.", True)
    cuts = "A cyclist was treated for cuts and bruises after the fall."
    _assert_judged(cuts, "A cyclist was treated for injuries after the fall.", True)


def test_round_six_hundred_and_ninety_five_to_696_more_time_doing_another_thing() -> None:
    chef = "The chef said he was stepping down to spend more time with his children."
    _assert_judged(chef, "The chef said he was stepping down to spend more time cooking.", False)
    _assert_judged(chef, "The chef said he was stepping down to spend more time with his children.", True)


def test_round_six_hundred_and_ninety_five_to_696_oppositions() -> None:
    signing = "The manager said the new signing had been a pleasure to work with."
    _assert_judged(signing, "The manager said the new signing had been hard to work with.", False)
    factory = "The mayor said the new factory was a welcome boost for the town."
    _assert_judged(factory, "The mayor said the new factory was a blow to the town.", False)
    _assert_judged(factory, "The mayor said the new factory was a boost for the town.", True)


def test_round_six_hundred_and_ninety_seven_to_698_journeys_and_gifts_the_other_way_round() -> None:
    bathtub = "A man has rowed from Land's End to the Isle of Man in a bathtub. He said it took a week."
    _assert_judged(bathtub, "He rowed from the Isle of Man to Land's End.", False)
    _assert_judged(bathtub, "He rowed from Land's End to the Isle of Man.", True)
    gallery = (
        "A gallery in Hull has returned a painting to the family of a collector from whom it was taken in 1941. "
        "The family said they were grateful."
    )
    _assert_judged(gallery, "The family has returned a painting to a gallery in Hull.", False)
    _assert_judged(gallery, "A gallery in Hull has returned a painting to the family of a collector.", True)


def test_round_six_hundred_and_ninety_seven_to_698_none_of_what_there_is_some_of() -> None:
    ferries = (
        "A ferry company has cut sailings to three islands because of a shortage of crew. "
        "Some islands will have one ferry a day."
    )
    _assert_judged(ferries, "Some islands will have no ferries.", False)
    _assert_judged(ferries, "Some islands will have one ferry a day.", True)


def test_round_six_hundred_and_ninety_seven_to_698_slots_and_oppositions() -> None:
    ward = "The ward closed because of a shortage of nurses. The hospital has 400 beds."
    _assert_judged(ward, "The ward closed because of a shortage of beds.", False)
    _assert_judged(ward, "The ward closed because of a shortage of nurses.", True)
    ramp = "The new ramp gives access for wheelchair users at the station."
    _assert_judged(ramp, "The new ramp gives access for cyclists at the station.", False)
    fountain = "The council will switch off the fountain's lights at 10pm."
    _assert_judged(fountain, "The council will keep the lights on all night.", False)
    trains = "The operator has cut services on three rail lines."
    _assert_judged(trains, "The operator has added services on three rail lines.", False)


def test_round_six_hundred_and_ninety_nine_to_700_one_of_several_told_alone() -> None:
    lane = "Buses and taxis can use the new lane from Monday. The council said it would cut journey times."
    _assert_judged(lane, "Only buses can use the new lane.", False)
    _assert_judged(lane, "Buses and taxis can use the new lane.", True)


def test_round_six_hundred_and_ninety_nine_to_700_doers_past_not_and_deeds_said_to_come() -> None:
    boilers = "The caretaker said the boilers could not cope with the cold. The school has 300 pupils."
    _assert_judged(boilers, "The caretaker said the pipes could not cope.", False)
    _assert_judged(boilers, "The caretaker said the boilers could not cope.", True)
    ruling = "The company said it would consider its options after the ruling. Its shares fell 3%."
    _assert_judged(ruling, "The company said it would appeal against the ruling.", False)
    _assert_judged(ruling, "The company said it would consider its options.", True)
    # ("apply" and "reply" are deeds, not adverbs in "-ly")
    letter = "The club said it would reply to the letter by Friday. Fans had asked for a meeting."
    _assert_judged(letter, "The club said it would ignore the letter.", False)


def test_round_six_hundred_and_ninety_nine_to_700_kinds_and_harm() -> None:
    digger = "The digger was lifted out of the river using a crane. Nobody was hurt."
    _assert_judged(digger, "The digger was lifted out of the river using a tractor.", False)
    _assert_judged(digger, "The digger was lifted out of the river using a crane.", True)
    dog = "A vet said the dog was unhurt after the fall. Its owner said she was relieved."
    _assert_judged(dog, "A vet said the dog had broken a leg in the fall.", False)


def test_round_seven_hundred_and_one_to_702_a_deed_of_the_same_count() -> None:
    bakery = "A bakery chain has been bought by a rival, saving 300 jobs. It had been losing money for years."
    _assert_judged(bakery, "The deal will cost 300 jobs.", False)
    _assert_judged(bakery, "The deal will save 300 jobs.", True)


def test_round_seven_hundred_and_one_to_702_oppositions() -> None:
    driver = "The driver was three times the legal limit, the court heard. He was jailed for a year."
    _assert_judged(driver, "The driver was under the legal limit.", False)
    fire = "Firefighters were called to a block of flats in Leeds after a fire in a kitchen."
    _assert_judged(fire, "Firefighters were called to an office block in Leeds.", False)
    _assert_judged(fire, "Firefighters were called to a block of flats in Leeds.", True)
    flood = "The council said the flood defences had held overnight. Some roads were closed."
    _assert_judged(flood, "The council said the flood defences had failed overnight.", False)


def test_round_seven_hundred_and_three_to_704_doers_of_a_deed_done_to_them() -> None:
    kayakers = "Two kayakers got into trouble off Anglesey on Saturday. A passing yacht picked them up and took them to Holyhead."
    _assert_judged(kayakers, "A helicopter picked them up.", False)
    _assert_judged(kayakers, "A passing yacht picked them up.", True)


def test_round_seven_hundred_and_three_to_704_a_part_played_and_where_one_died() -> None:
    singer = (
        "A singer best known for playing a nun in a West End musical has died aged 81. "
        "Her son said she had been ill for a year."
    )
    _assert_judged(singer, "A singer best known for playing a teacher has died.", False)
    _assert_judged(singer, "A singer best known for playing a nun has died.", True)
    family = "Her family said she died peacefully at home on Sunday. She was 93."
    _assert_judged(family, "Her family said she died in hospital on Sunday.", False)


def test_round_seven_hundred_and_five_to_706_what_one_was_let_help_with() -> None:
    key = "He had been given a key to help her with her shopping. He later used it to steal her jewellery."
    _assert_judged(key, "He had been given a key to help her pay her bills.", False)
    _assert_judged(key, "He had been given a key to help her with her shopping.", True)


def test_round_seven_hundred_and_five_to_706_oppositions() -> None:
    roof = "Pupils will be taught online while the roof is repaired. The school hopes to reopen in March."
    _assert_judged(roof, "Pupils will be taught at a nearby school while the roof is repaired.", False)
    _assert_judged(roof, "Pupils will be taught online while the roof is repaired.", True)
    foal = "The foal is now back with its mother, the sanctuary said. It had been hand-reared for a month."
    _assert_judged(foal, "The foal is still being kept apart from its mother.", False)
    lamb = "The restaurant said it only used local lamb. It opened in 2019."
    _assert_judged(lamb, "The restaurant said it only used imported lamb.", False)


def test_round_seven_hundred_and_seven_to_708_one_found_guilty_is_who_did_it() -> None:
    striker = "A striker was sent off after he was found guilty of assaulting a defender. The club has apologised."
    _assert_judged(striker, "The defender was found guilty of assaulting a striker.", False)
    _assert_judged(striker, "The striker was found guilty of assaulting a defender.", True)


def test_round_seven_hundred_and_seven_to_708_what_a_vote_decided() -> None:
    library = "The board has voted to close two libraries in the town. Campaigners said they would fight on."
    _assert_judged(library, "The board has voted to save two libraries in the town.", False)
    _assert_judged(library, "The board has voted to shut two libraries in the town.", True)


def test_round_seven_hundred_and_seven_to_708_what_a_thing_is_said_to_be() -> None:
    rent = "Rents in the city rose by 9% last year. Tenants said rents were still too high."
    _assert_judged(rent, "Tenants said rents were now affordable.", False)
    _assert_judged(rent, "Tenants said rents were too high.", True)


def test_round_seven_hundred_and_seven_to_708_members_speak_for_their_body() -> None:
    pool = "A council has agreed to reopen a swimming pool in Bury. Councillors said it would cost £2m to repair."
    _assert_judged(pool, "The council said the pool would cost £2m to repair.", True)
    opposition = (
        "A council has agreed to reopen a swimming pool in Bury. Opposition councillors said it would cost too much."
    )
    _assert_judged(opposition, "The council said the pool would cost too much.", False)


def test_round_seven_hundred_and_nine_to_710_what_one_is_set_beside() -> None:
    driver = "The driver, a grandfather, was taken to hospital. His passenger was unhurt."
    _assert_judged(driver, "The driver, a teacher, was taken to hospital.", False)
    _assert_judged(driver, "The driver, a grandfather, was taken to hospital.", True)
    purse = "A boy found a purse and handed it in to police. The owner, a nurse, gave him £50."
    _assert_judged(purse, "Police gave him £50.", False)
    _assert_judged(purse, "The owner gave him £50.", True)


def test_round_seven_hundred_and_nine_to_710_the_same_one_befell_otherwise() -> None:
    fraud = "Four men were convicted of fraud. A fifth man was acquitted."
    _assert_judged(fraud, "A fifth man was also convicted.", False)
    _assert_judged(fraud, "A fifth man was acquitted.", True)


def test_round_seven_hundred_and_nine_to_710_whom_money_goes_to_and_kinds() -> None:
    league = "The club has been ordered to pay £20,000 to the fans it overcharged, the league said."
    _assert_judged(league, "The club has been ordered to pay £20,000 to the league.", False)
    _assert_judged(league, "The club has been ordered to pay £20,000 to the fans it overcharged.", True)
    lorry = "Border officers found cocaine hidden in a lorry at Dover. The driver was arrested."
    _assert_judged(lorry, "Border officers found heroin hidden in a lorry at Dover.", False)
    rates = "Economists warned the rate rise would bring fresh pressure on households. Prices are still rising."
    _assert_judged(rates, "Economists said the rate rise would ease the pressure on households.", False)
    _assert_judged(rates, "Economists said the rate rise would bring more pressure on households.", True)


def test_round_seven_hundred_and_eleven_to_712_what_a_thing_was_found_with() -> None:
    ring = "A man has his wedding ring back after a neighbour found it with a magnet. He had lost it down a drain."
    _assert_judged(ring, "A neighbour found the ring with a torch.", False)
    _assert_judged(ring, "A neighbour found the ring with a magnet.", True)


def test_round_seven_hundred_and_eleven_to_712_what_one_is_at_risk_from() -> None:
    orchids = (
        "The rare orchids are still growing on the hillside, but they are at risk from grazing sheep, the trust said."
    )
    _assert_judged(orchids, "The trust said the orchids were at risk from walkers.", False)
    _assert_judged(orchids, "The trust said the orchids were at risk from grazing sheep.", True)


def test_round_seven_hundred_and_eleven_to_712_what_came_first_by_a_few_of_them() -> None:
    concert = "The band has cancelled its concert in Leeds after several members fell ill. Fans will be refunded."
    _assert_judged(concert, "The band cancelled its concert in Leeds after a fire.", False)
    _assert_judged(concert, "The band cancelled its concert in Leeds after several members fell ill.", True)


def test_round_seven_hundred_and_thirteen_to_714_how_long_a_deed_went_on() -> None:
    cook = "A hospital cook has retired after 30 years at Orm General. He began as a porter and went on to run the kitchens for 12 years."
    _assert_judged(cook, "He ran the kitchens for 30 years.", False)
    _assert_judged(cook, "He ran the kitchens for a dozen years.", True)
    pair = "Ann Hale, 51, was jailed for seven years and Tom Fry, 29, for four. The judge called them ruthless."
    _assert_judged(pair, "Tom Fry was jailed for four years.", True)


def test_round_seven_hundred_and_thirteen_to_714_where_one_rushed_and_what_one_asked() -> None:
    driver = "The driver was fined £400. His solicitor said he had been rushing to collect his daughter from school."
    _assert_judged(driver, "His solicitor said he had been rushing to a football match.", False)
    nurse = (
        "A retired nurse has written to every councillor asking them to back a ban on fireworks. Her dog was terrified."
    )
    _assert_judged(
        nurse, "A retired nurse has written to every councillor asking them to oppose a ban on fireworks.", False
    )
    _assert_judged(
        nurse, "A retired nurse has written to every councillor asking them to back a ban on fireworks.", True
    )


def test_round_seven_hundred_and_thirteen_to_714_one_spoken_of_inside_what_another_says() -> None:
    court = "His barrister said he had been caring for his elderly father. He was fined £500."
    _assert_judged(court, "His father said he had been caring for his elderly barrister.", False)
    _assert_judged(court, "His barrister said he had been caring for his elderly father.", True)


def test_round_seven_hundred_and_thirteen_to_714_leaving_and_losing() -> None:
    school = "A report found that the school had failed pupils with special needs. The head teacher has since left."
    _assert_judged(school, "The head teacher has been promoted.", False)
    beach = "A beach in Cornwall has been given Blue Flag status for the first time. Volunteers clean it every week."
    _assert_judged(beach, "A beach in Cornwall has lost its Blue Flag status.", False)
    _assert_judged(beach, "A beach in Cornwall has been awarded Blue Flag status for the first time.", True)


def test_round_seven_hundred_and_fifteen_to_716_how_a_sum_was_raised_far_from_its_verb() -> None:
    girl = "A girl of eight has raised £5,000 for the ward that treated her aunt by walking a mile every day."
    _assert_judged(girl, "A girl of eight has raised £5,000 by running a mile every day.", False)
    _assert_judged(girl, "A girl of eight has raised £5,000 by walking a mile every day.", True)


def test_round_seven_hundred_and_fifteen_to_716_found_to_be_and_not_working() -> None:
    bag = "A bag left on a train caused delays of two hours. It was later found to be empty."
    _assert_judged(bag, "The bag was later found to contain drugs.", False)
    _assert_judged(bag, "The bag was later found to be empty.", True)
    home = "A family of five were found living in a house with no working smoke alarms. The landlord was fined."
    _assert_judged(home, "A family of five were found living in a house with no working toilet.", False)


def test_round_seven_hundred_and_fifteen_to_716_ignored_and_lit() -> None:
    flat = "A landlord has been banned after tenants were found in a flat with damp walls. The council said he had ignored repeated warnings."
    _assert_judged(flat, "The council said he had followed its advice.", False)
    bikes = "Police advised cyclists to lock their bikes in well-lit places. Thefts rose by a fifth."
    _assert_judged(bikes, "Police advised cyclists to lock their bikes in dark places.", False)
    _assert_judged(bikes, "Police advised cyclists to lock their bikes in well-lit places.", True)


def test_round_seven_hundred_and_seventeen_to_718_alone_and_lent() -> None:
    swim = (
        "A grandmother has swum the length of Loch Ness for charity. She was joined by her grandsons for the last mile."
    )
    _assert_judged(swim, "She swam alone for the last mile.", False)
    _assert_judged(swim, "Her grandsons joined her for the last mile.", True)
    toys = "A council in Leeds has started lending out toys to families through its libraries. Each loan lasts a month."
    _assert_judged(toys, "A council in Leeds has started lending out laptops to families.", False)
    _assert_judged(toys, "A council in Leeds has started lending out toys to families.", True)


def test_round_seven_hundred_and_seventeen_to_718_told_one_had_cancer() -> None:
    scan = (
        "A man who was wrongly told he had cancer has received an apology from the hospital. A scan had been misread."
    )
    _assert_judged(scan, "A man who was wrongly told he was cancer-free has received an apology.", False)


def test_round_seven_hundred_and_nineteen_to_720_how_far_up_and_what_one_switched_to() -> None:
    flood = "Residents waded through water up to their waists to reach the road. Fire crews pumped out homes."
    _assert_judged(flood, "Residents waded through water up to their ankles.", False)
    _assert_judged(flood, "Residents waded through water up to their waists.", True)
    farm = "The farm has cut its costs by switching to wind turbines and electric tractors. It saved £20,000 last year."
    _assert_judged(farm, "The farm has cut its costs by switching to diesel generators and electric tractors.", False)


def test_round_seven_hundred_and_nineteen_to_720_praised_and_calmer() -> None:
    guard = "A lifeguard who pulled two children from the sea has been given a bravery award by the coastguard."
    _assert_judged(guard, "A lifeguard who pulled two children from the sea has been fined by the coastguard.", False)
    music = "The head said quiet music in lessons was making pupils calmer. Teachers agreed."
    _assert_judged(music, "The head said quiet music in lessons was making pupils restless.", False)


def test_round_seven_hundred_and_twenty_one_to_722_whom_homes_are_for_and_what_the_finder_did() -> None:
    barracks = "The old barracks will be turned into 60 homes for local families. Work starts in June."
    _assert_judged(barracks, "The old barracks will be turned into 60 homes for nurses.", False)
    _assert_judged(barracks, "The old barracks will be turned into 60 homes for local families.", True)
    coins = "A museum has put on show a hoard of coins found by a woman digging her garden in Kent."
    _assert_judged(coins, "The coins were found by a woman walking in Kent.", False)


def test_round_seven_hundred_and_twenty_one_to_722_kinds_and_oppositions() -> None:
    barn = "A man has been found guilty of starting a fire that destroyed a historic barn in Dorset."
    _assert_judged(barn, "A fire destroyed a historic mill in Dorset.", False)
    chef = "The chef said she hated seeing food thrown away. Her cafe gives leftovers to a shelter."
    _assert_judged(chef, "The chef said she loved seeing food thrown away.", False)
    porter = "A porter who has worked at a hospital in Hull for 40 years has been given an MBE."
    _assert_judged(porter, "A porter who has worked at a hospital in Hull for 40 years has been sacked.", False)
    rider = "A rider who was filmed doing 120mph on a motorway has been banned for a year."
    _assert_judged(rider, "A rider who was filmed doing 120mph on a motorway has been jailed for a year.", False)
    chapel = "Some villagers said the chapel should have been kept as a place of worship."
    _assert_judged(chapel, "Some villagers said the chapel should be knocked down.", False)


def test_round_seven_hundred_and_twenty_three_to_724_what_paid_for_it() -> None:
    statue = "The council said the statue was paid for by a lottery grant. Some residents called it a waste."
    _assert_judged(statue, "The council said the statue was paid for from its reserves.", False)
    _assert_judged(statue, "The council said the statue was paid for by a lottery grant.", True)


def test_round_seven_hundred_and_twenty_three_to_724_oppositions() -> None:
    owl = "A birdwatcher has photographed a snowy owl in Norfolk. He said he had cried when he saw it."
    _assert_judged(owl, "He said he had laughed when he saw it.", False)
    nurse = "A nurse has been praised for helping a man who collapsed on a train. She stayed with him until paramedics came."
    _assert_judged(nurse, "A nurse has been suspended for helping a man who collapsed on a train.", False)
    _assert_judged(nurse, "She left him before paramedics came.", False)
    _assert_judged(nurse, "She stayed with him until paramedics came.", True)


def test_round_seven_hundred_and_twenty_five_to_726_who_did_it_for_whom() -> None:
    letters = "A bundle of wartime letters was handed in to a museum by the soldier's granddaughter last week."
    _assert_judged(letters, "The letters were handed in by the soldier himself.", False)
    _assert_judged(letters, "The letters were handed in by the soldier's granddaughter.", True)
    thanks = "The driver stopped to help a cyclist who had fallen. Later he gave her a card to say thank you."
    _assert_judged(thanks, "She gave him a card to say thank you.", False)
    _assert_judged(thanks, "He gave her a card to say thank you.", True)
    shop = "A village shop that closed last year has reopened after locals raised £80,000 to buy it."
    _assert_judged(shop, "A village shop has reopened after a supermarket bought it.", False)


def test_round_seven_hundred_and_twenty_five_to_726_kinds_and_oppositions() -> None:
    book = "A man has written a guide to Welsh birds after fifty years of walking the hills."
    _assert_judged(book, "A man has written a guide to Welsh mushrooms.", False)
    moss = "Researchers have found a moss that absorbs pollution from the air around busy roads."
    _assert_judged(moss, "Researchers have found a moss that releases pollution into the air.", False)
    opening = "The landlord said the opening night had been packed."
    _assert_judged(opening, "The landlord said the opening night had been quiet.", False)
    _assert_judged(opening, "The landlord said the opening night had been busy.", True)


def test_round_seven_hundred_and_twenty_seven_to_728_slots_of_what_and_whom() -> None:
    swim = "A grandmother swam the Channel and raised £12,000 for a hospice that cared for her husband."
    _assert_judged(swim, "The grandmother swam the Channel and raised £12,000 for a dementia charity.", False)
    _assert_judged(swim, "The grandmother swam the Channel and raised £12,000 for charity.", True)
    picker = "A farmer has built a machine that picks strawberries by itself using a camera."
    _assert_judged(picker, "The machine picks strawberries using a magnet.", False)
    crew = "A team made up of RAF veterans has rowed across the Atlantic in 40 days."
    _assert_judged(crew, "A team made up of firefighters has rowed across the Atlantic.", False)
    tortoise = "The tortoise was found by a vet in a village 20 miles away."
    _assert_judged(tortoise, "The tortoise was found by a police officer.", False)
    puppy = "A puppy that fell down a cliff was found by a fisherman two days later."
    _assert_judged(puppy, "The puppy was found by a fisherman.", True)


def test_round_seven_hundred_and_twenty_seven_to_728_past_a_figure_and_when_in_the_week() -> None:
    letter = "The plan was backed in a letter signed by 300 doctors. Some nurses said they had not been asked."
    _assert_judged(letter, "The letter was signed by 300 nurses.", False)
    _assert_judged(letter, "The letter was signed by 300 doctors.", True)
    breaks = "The manager said staff trained in their lunch breaks for a month."
    _assert_judged(breaks, "Staff trained at weekends for a month.", False)


def test_older_rounds_the_one_paid_and_the_thing_measured() -> None:
    hoard = "A hoard of coins found by a farmer has gone on show at a museum in Lincoln. The farmer was paid £15,000 for the find."
    _assert_judged(hoard, "The farmer paid £15,000 for the coins.", False)
    _assert_judged(hoard, "The farmer was paid £15,000 for the find.", True)
    swim = "A teacher has swum the length of Loch Ness in a pool at her school to raise money for a hospice."
    _assert_judged(swim, "A teacher has swum Loch Ness to raise money for a hospice.", False)
    _assert_judged(swim, "A teacher has swum the length of Loch Ness to raise money for a hospice.", True)


def test_older_rounds_never_so_much_is_no_negation() -> None:
    marathon = "She finished the marathon in under four hours. She said her feet had never hurt so much."
    _assert_judged(marathon, "She said her feet did not hurt at all.", False)
    _assert_judged(marathon, "She said her feet had never hurt so much.", True)


def test_round_seven_hundred_and_twenty_nine_to_730_who_did_it_and_where_it_was_found() -> None:
    flag = "The flag, which hangs in the town hall, was brought back by a British sailor in 1805."
    _assert_judged(flag, "The flag was brought back by a British tourist.", False)
    _assert_judged(flag, "The flag was brought back by a British sailor.", True)
    nest = "A pair of rare birds has been found nesting on a golf course in Suffolk."
    _assert_judged(nest, "A pair of rare birds has been found nesting in a quarry in Suffolk.", False)
    _assert_judged(nest, "A pair of rare birds has been found nesting on a golf course.", True)


def test_round_seven_hundred_and_twenty_nine_to_730_oppositions() -> None:
    mayor = "The mayor said closing the road had been the right thing to do."
    _assert_judged(mayor, "The mayor said closing the road had been a mistake.", False)
    bags = "From May shoppers will be able to buy paper bags at the tills."
    _assert_judged(bags, "From May shoppers will be given paper bags free of charge.", False)
    fans = "The club said it would ban the fans from its ground for life."
    _assert_judged(fans, "The club said it would ban the fans for a year.", False)


def test_round_seven_hundred_and_thirty_one_to_732_paraphrases_summaries_write() -> None:
    pool = "The council said it would monitor how many people used the pool. Swimmers said the lanes had been packed."
    _assert_judged(pool, "The council said it would keep an eye on how many people used the pool.", True)
    rings = "Police said most of the stolen rings had been returned to their owners."
    _assert_judged(rings, "Police said most of the rings had been given back to their owners.", True)
    voyage = "The voyage took eleven weeks. She was the first woman to sail it alone."
    _assert_judged(voyage, "The voyage lasted eleven weeks.", True)
    market = "Traders said fewer shoppers were coming to the market since the bus route was cut."
    _assert_judged(market, "Shopkeepers said fewer shoppers were coming to the market.", True)
    school = "Teachers said pupils were more settled after the new reading scheme."
    _assert_judged(school, "Teachers said children were more settled after the new reading scheme.", True)


def test_round_seven_hundred_and_thirty_one_to_732_changes_sums_and_passives() -> None:
    square = "The council has replaced the square's car parking with trees and benches."
    _assert_judged(square, "The council has replaced the trees with car parking.", False)
    shelter = "Volunteers handed out hot meals at four churches. Each guest was given a £40 voucher for a cafe."
    _assert_judged(shelter, "Volunteers handed out hot meals at four churches.", True)
    _assert_judged(shelter, "Volunteers handed out hot meals at forty churches.", False)
    canal = "An elderly man who fell into a canal in Leeds was pulled out by two passing students."
    _assert_judged(canal, "The man was pulled out of the canal by two fishermen.", False)
    levy = "Parking charges will rise by 20p. The council said the money would be spent on repairing roads."
    _assert_judged(levy, "The council said the money would be spent on new street lights.", False)
    stars = "The lifeguard said a large number of jellyfish had been washed up on the beach."
    _assert_judged(stars, "The lifeguard said only a few jellyfish had been washed up on the beach.", False)


def test_round_seven_hundred_and_thirty_three_to_734_what_money_went_on_and_names_closing_a_claim() -> None:
    fraud = "The treasurer of a bowls club admitted taking £8,000. She used the money to pay off credit card bills."
    _assert_judged(fraud, "She used the money to pay for a cruise.", False)
    _assert_judged(fraud, "She used the money to pay off credit card bills.", True)
    readers = "Sales of a Welsh dictionary doubled last year. Most buyers were in Scotland."
    _assert_judged(readers, "Most buyers were in Wales.", False)
    _assert_judged(readers, "Most buyers were in Scotland.", True)


def test_round_seven_hundred_and_thirty_three_to_734_paraphrases_and_oppositions() -> None:
    strike = "The union said it would fight the plan to close the depot."
    _assert_judged(strike, "The union said it would oppose the plan to close the depot.", True)
    _assert_judged(strike, "The union said it welcomed the plan to close the depot.", False)
    loan = "The museum lends out telescopes for free to anyone with a library card."
    _assert_judged(loan, "The museum charges a fee to lend out telescopes.", False)
    rail = "The new line will cut the journey time between the two cities by 40 minutes."
    _assert_judged(rail, "The new line will lengthen the journey time between the two cities.", False)


def test_round_seven_hundred_and_thirty_five_to_736_speakers_by_another_word() -> None:
    exams = "The college has moved its exams online. Some lecturers said the change would make cheating easier."
    _assert_judged(exams, "Some academics said the change would make cheating easier.", True)
    depot = "A haulage company in Hull has cut 40 jobs. It said it had lost its biggest contract. Drivers said they were shocked."
    _assert_judged(depot, "The firm said it had lost its biggest contract.", True)
    gig = "The concert was called off an hour before it began. Ticket holders will get a full refund."
    _assert_judged(gig, "People with tickets will get a full refund.", True)


def test_round_seven_hundred_and_thirty_five_to_736_oppositions() -> None:
    marrow = "A man in Kent has grown a marrow weighing 90kg, a record for the county."
    _assert_judged(marrow, "The marrow is a record for the country.", False)
    homes = "The village voted against the plans, but the developer said it would still submit the plans."
    _assert_judged(homes, "The developer said it would drop the plans.", False)


def test_round_seven_hundred_and_thirty_seven_to_738_people_and_books_by_other_names() -> None:
    appeal = "A man has swum 100 miles to raise money for research into sepsis. His father died of the illness in 2020."
    _assert_judged(appeal, "His dad died of the illness in 2020.", True)
    prize = "The memoir has sold more than a million copies since it came out in May."
    _assert_judged(prize, "The book has sold more than a million copies since May.", True)


def test_round_seven_hundred_and_thirty_seven_to_738_oppositions() -> None:
    squad = "A goalkeeper from Hull has been selected for the Wales squad for the first time."
    _assert_judged(squad, "A goalkeeper from Hull has been dropped from the Wales squad.", False)
    cliff = "Geologists said further landslips were likely after weeks of heavy rain."
    _assert_judged(cliff, "Geologists said further landslips were likely after weeks of dry weather.", False)
    parking = "The hospital has started offering free parking to patients having dialysis."
    _assert_judged(parking, "The hospital has started charging patients having dialysis for parking.", False)


def test_round_seven_hundred_and_thirty_nine_to_740_paraphrases() -> None:
    appeal = "A fire destroyed the cafe's kitchen. Regulars have raised more than £3,000 to help pay for a new one."
    _assert_judged(appeal, "Regulars have collected over £3,000 towards a new kitchen.", True)
    statue = "A gallery has handed back a bronze statue to the temple in Nepal it was looted from. Its curator said keeping it had been indefensible."
    _assert_judged(statue, "The curator said it had been indefensible to keep the statue.", True)
    study = "Scientists have found that sunflowers can draw lead out of polluted soil. The team grew them beside an old smelter for two years."
    _assert_judged(study, "The researchers grew the plants beside an old smelter for two years.", True)


def test_round_seven_hundred_and_thirty_nine_to_740_quantities_places_and_owners() -> None:
    rules = "A bakery chain will stop selling sugary drinks to children in all its shops. Some other chains already do the same."
    _assert_judged(rules, "All other chains already do the same.", False)
    _assert_judged(rules, "Some other chains already do the same.", True)
    crew = "Two sisters have sailed around Britain in 40 days. Their radio broke in a gale halfway round."
    _assert_judged(crew, "Their radio broke in a gale at the start of the voyage.", False)
    handover = "A library has returned a manuscript to the abbey in France it was taken from. Monks from the abbey travelled to Oxford to collect it."
    _assert_judged(handover, "Library staff travelled to France to hand it over.", False)
    mascot = "A rugby club has apologised after its players were filmed mocking a rival club's supporters."
    _assert_judged(mascot, "The rival club has apologised after its players were filmed mocking supporters.", False)


def test_round_seven_hundred_and_forty_one_to_742_paraphrases() -> None:
    phone = "A man who found a phone worth £900 on a train handed it to staff, who traced its owner within an hour."
    _assert_judged(phone, "Staff found the phone's owner within an hour.", True)
    foal = "A rare breed of pony has had a foal at a farm park. Staff said the mare was caring for it well."
    _assert_judged(foal, "Staff said the mare was looking after the foal well.", True)
    scam = "A man who was called by fraudsters posing as his bank lost £8,000. The bank has agreed to refund him."
    _assert_judged(scam, "The bank has agreed to pay him back.", True)
    ferry = "The council had said the ferry carried too few passengers. Islanders said older residents relied on it."
    _assert_judged(ferry, "The council had said too few passengers used the ferry.", True)


def test_round_seven_hundred_and_forty_one_to_742_deeds_places_and_times() -> None:
    college = "The college said classes would move online while the heating was repaired."
    _assert_judged(college, "The college said classes would be cancelled.", False)
    _assert_judged(college, "The college said classes would be taught online.", True)
    coffee = "A frost has cut the coffee harvest in Brazil by a third, pushing up the price of coffee in cafes."
    _assert_judged(coffee, "The price of coffee has fallen in cafes.", False)
    gallery = "The gallery will reopen in March, when visitors will be able to see the restored painting."
    _assert_judged(gallery, "Visitors can now see the restored painting.", False)
    _assert_judged(gallery, "Visitors will be able to see the restored painting from March.", True)
    scam = "A woman was called by fraudsters posing as her energy supplier and lost £2,000."
    _assert_judged(scam, "Fraudsters posing as the police called her.", False)
    remarks = "A councillor was recorded making racist remarks at a planning meeting."
    _assert_judged(remarks, "A councillor was recorded making racist remarks on social media.", False)


def test_round_seven_hundred_and_forty_three_to_744_paraphrases() -> None:
    ward = "The ward cost £6 million, paid for by a local charity."
    _assert_judged(ward, "A local charity paid the £6 million cost of the ward.", True)
    crossing = "The council said it would review the crossing after the crash."
    _assert_judged(crossing, "The council said it would look again at the crossing.", True)
    band = (
        "A brass band made up of miners has won a regional contest. The band, formed in 1920, has 30 members. Its"
        " leader said the group had kept the village together."
    )
    _assert_judged(band, "Its leader said the band had kept the village together.", True)


def test_round_seven_hundred_and_forty_three_to_744_fears_promises_and_penalties() -> None:
    bridge = "Engineers had feared the old bridge would have to be demolished."
    _assert_judged(bridge, "Engineers said the old bridge would have to be demolished.", False)
    recall = "The firm said it was not aware of any injuries linked to the faulty heaters."
    _assert_judged(recall, "The firm said injuries had been linked to the faulty heaters.", False)
    _assert_judged(recall, "The firm said it knew of no injuries linked to the heaters.", True)
    estate = "The builder has promised to pay for a new primary school on the estate."
    _assert_judged(estate, "The builder has built a new primary school on the estate.", False)
    speeding = "The driver was fined £300 and given three penalty points."
    _assert_judged(speeding, "The driver was fined £300 and banned from driving.", False)
    rehab = "His coach said his recovery had been remarkable."
    _assert_judged(rehab, "His coach said his recovery had been slow.", False)
    gadgets = "A college has banned students from bringing vapes onto the campus."
    _assert_judged(gadgets, "A college has banned students from bringing laptops onto the campus.", False)
    energy = "About 50,000 customers will receive a refund after they were overcharged."
    _assert_judged(energy, "About 50,000 customers will receive a bill after they were overcharged.", False)


def test_round_seven_hundred_and_forty_five_to_746_paraphrases() -> None:
    bench = "A memorial bench was stolen from a seafront in Hove. The family said they were devastated and offered a reward."
    _assert_judged(bench, "The family said they were devastated by the theft.", True)
    pardon = "A woman jailed for a crime she did not commit has been awarded £900,000. She said nothing could give her back the lost years."
    _assert_judged(pardon, "She said nothing could return the years she had lost.", True)
    trial = "Customers will be asked for their views before the scheme is extended."
    _assert_judged(trial, "Shoppers will be asked what they think before the scheme is extended.", True)
    owl = "Experts believe the owl escaped from a falconry centre in Devon."
    _assert_judged(owl, "Experts think the owl escaped from a falconry centre in Devon.", True)
    pies = "A bakery has raised the price of its pasty by 10p. It said most other products would stay the same price."
    _assert_judged(pies, "It said the price of most other products would not change.", True)


def test_round_seven_hundred_and_forty_five_to_746_deeds_weather_and_inability() -> None:
    plaque = "A bronze plaque honouring a local nurse was stolen from a wall in Leeds overnight."
    _assert_judged(plaque, "A bronze plaque honouring a local nurse was vandalised in Leeds.", False)
    climbers = "Three climbers were airlifted to safety after getting lost in thick fog on Snowdon."
    _assert_judged(climbers, "Three climbers walked to safety after getting lost on Snowdon.", False)
    _assert_judged(climbers, "Three climbers were airlifted to safety after getting lost in a snowstorm.", False)
    injured = "The driver was badly hurt in the crash but has since returned to work. Police said the road was not lit."
    _assert_judged(injured, "The driver has not been able to return to work.", False)


def test_round_seven_hundred_and_forty_seven_to_748_paraphrases() -> None:
    inn = "The inn, which dates from the 15th century, was nearly sold to developers in 2010."
    _assert_judged(inn, "The inn, which dates back to the 15th century, was almost sold to developers in 2010.", True)
    sewers = (
        "The regulator said the company was leaking a fifth of its water. The firm said it would invest £90m in pipes."
    )
    _assert_judged(sewers, "The company said it would spend £90m on pipes.", True)


def test_round_seven_hundred_and_forty_seven_to_748_near_misses_records_and_hope() -> None:
    mill = "The mill, built in 1820, was nearly demolished in the 1970s."
    _assert_judged(mill, "The mill was demolished in the 1970s.", False)
    recruits = "A record number of people applied to train as nurses in Scotland last year."
    _assert_judged(recruits, "A record low number of people applied to train as nurses in Scotland.", False)
    dog = "She said she had given up hope of ever finding the dog."
    _assert_judged(dog, "She said she had always been sure she would find the dog.", False)
    hero = "A lifeguard has been praised for rescuing two swimmers caught in a rip current."
    _assert_judged(hero, "A lifeguard has been disciplined for rescuing two swimmers.", False)


def test_round_seven_hundred_and_forty_nine_to_750_paraphrases() -> None:
    flight = (
        "A man aged 95 has flown a glider for the first time. He said he had wanted to fly since his 80th birthday."
    )
    _assert_judged(flight, "He said he had wanted to fly ever since he turned 80.", True)
    clinic = "A surgery has cancelled all routine appointments for a week. It said urgent care would not be affected."
    _assert_judged(clinic, "It said urgent care would continue as normal.", True)
    ward = "A hospital has shut a ward for a week. Union leaders said nurses were exhausted."
    _assert_judged(ward, "Union leaders said nurses were worn out.", True)
    crest = "The council said its old crest was 40 years old."
    _assert_judged(crest, "The council said its old crest was four decades old.", True)


def test_round_seven_hundred_and_fifty_one_to_752_paraphrases() -> None:
    orchard = "Volunteers have planted more than 40 kinds of apple tree in the orchard."
    _assert_judged(orchard, "Volunteers have planted over 40 types of apple tree in the orchard.", True)
    pool = "The new pool cost £6 million, twice the original estimate."
    _assert_judged(pool, "The new pool cost £6 million, double the first estimate.", True)


def test_round_seven_hundred_and_fifty_one_to_752_reopening_and_regret() -> None:
    road = "A road that was closed by a landslip last winter has finally reopened."
    _assert_judged(road, "The road remains closed.", False)
    museum = "The museum said it regretted keeping the statue for so long."
    _assert_judged(museum, "The museum said it was proud of keeping the statue.", False)


def test_round_seven_hundred_and_fifty_three_to_754_paraphrases() -> None:
    signs = "A street will be named after a former mayor. New street signs will be put up next week."
    _assert_judged(signs, "New street signs are due to go up next week.", True)
    fares = "Passengers welcomed the fall but said fares were still far higher than in 2019."
    _assert_judged(fares, "Passengers welcomed the cut, but said fares remained much higher than in 2019.", True)
    mice = "The scientists said the findings showed mice could recognise their own reflections."
    _assert_judged(mice, "The scientists said the results showed that mice can recognise their own reflections.", True)
    fair = "Heavy rain has forced the cancellation of the town's summer fair, which was due to open on Sunday."
    _assert_judged(fair, "The fair was cancelled because of bad weather.", True)


def test_round_seven_hundred_and_fifty_three_to_754_feelings_parts_manners_and_duties() -> None:
    award = "The club's founder said he was honoured by the award."
    _assert_judged(award, "The club's founder said he was saddened by the award.", False)
    walk = "The 70-year-old walker said the rain had been the hardest part of the trip."
    _assert_judged(walk, "The 70-year-old walker said the blisters had been the hardest part of the trip.", False)
    _assert_judged(walk, "The walker said the hardest part of the trip had been the blisters.", False)
    rats = "In the trial, 40 rats were taught to press a lever to get food."
    _assert_judged(rats, "In the trial, 40 rats were taught to climb a rope to get food.", False)
    care = "His daughter said the nurses had treated him with kindness."
    _assert_judged(care, "His daughter said the nurses had treated him roughly.", False)
    dogs = "The park's rules say dogs will be allowed to run off the lead in the meadow."
    _assert_judged(dogs, "The park's rules say dogs will have to stay on the lead in the meadow.", False)
    fair = "Heavy rain has forced the cancellation of the town's summer fair, which was due to open on Sunday."
    _assert_judged(fair, "The fair was cancelled because of a lack of stallholders.", False)


def test_round_seven_hundred_and_fifty_five_to_756_paraphrases() -> None:
    hall = "The council has agreed to lease a former church hall to a club for young people for £1 a year."
    _assert_judged(hall, "The council has agreed to lease the old church hall to a club for young people.", True)
    floods = "Flooding has closed more than 50 roads across Cumbria. Police urged people not to drive unless it was essential."
    _assert_judged(floods, "More than 50 roads in Cumbria have shut because of flooding.", True)
    _assert_judged(floods, "Police told people to avoid driving unless their journey was essential.", True)
    boss = "The bank said its finance director, Jo Hart, would succeed him in March."
    _assert_judged(boss, "Jo Hart will replace him in March.", True)


def test_round_seven_hundred_and_fifty_five_to_756_causes_doers_and_deeds() -> None:
    jar = "The jar contained about £300 for a cancer charity."
    _assert_judged(jar, "The jar contained about £300 for a donkey sanctuary.", False)
    run = "A girl has raised £2,000 for the lifeboat crew that rescued her father."
    _assert_judged(run, "A girl has raised £2,000 for the hospital that treated her father.", False)
    museum = "The museum said it would spend the extra revenue on repairs."
    _assert_judged(museum, "The museum said it would spend the extra revenue on a new cafe.", False)
    court = "The judge said her conduct had been shameful."
    _assert_judged(court, "The judge said her conduct had been understandable.", False)
    club = "Rowers at a local club have raised £12,000 to buy a new boat."
    _assert_judged(club, "The council has raised £12,000 to buy a new boat.", False)
    _assert_judged(club, "Rowers at a local club have raised £12,000 to buy a new minibus.", False)
    mayor = "Volunteers have cleared the beach. The mayor thanked them for their help."
    _assert_judged(mayor, "The mayor criticised the volunteers.", False)
    trains = "The watchdog said commuters had been badly let down."
    _assert_judged(trains, "The watchdog said commuters had been well served.", False)


def test_round_seven_hundred_and_fifty_seven_to_758_paraphrases() -> None:
    ferry = "A ferry firm has withdrawn plans to scrap its winter sailings after a campaign by islanders."
    _assert_judged(
        ferry, "After a campaign by islanders, the ferry firm dropped its plans to axe winter sailings.", True
    )
    ward = "The trust said its wards had been under extreme pressure all week."
    _assert_judged(ward, "The trust said its wards had been under severe pressure all week.", True)


def test_round_seven_hundred_and_fifty_seven_to_758_searches_sectors_kinds_and_feelings() -> None:
    dig = "The farmer said he had been searching the field for his dog when he found the coins."
    _assert_judged(dig, "The farmer said he had been searching the field for the coins.", False)
    output = "Output grew by 0.4%. The construction sector was the main driver."
    _assert_judged(output, "The manufacturing sector was the main driver.", False)
    pier = "The council said a new exhibition had drawn crowds to the pier."
    _assert_judged(pier, "The council said a new cafe had drawn crowds to the pier.", False)
    ruling = "The school said it was disappointed by the ruling."
    _assert_judged(ruling, "The school said it welcomed the ruling.", False)
    dog = "The dog was found after a week. It was hungry but otherwise healthy."
    _assert_judged(dog, "The dog was badly injured.", False)


def test_round_seven_hundred_and_fifty_nine_to_760_paraphrases() -> None:
    party = "Nurses threw a party for a patient turning 101."
    _assert_judged(party, "Nurses threw a party for the patient's 101st birthday.", True)
    turbines = (
        "A solar farm near Hull has started generating power, its owners said. It will produce enough for 9,000 homes."
    )
    _assert_judged(turbines, "The owners said the solar farm near Hull had begun producing power.", True)


def test_round_seven_hundred_and_fifty_nine_to_760_blame_secrets_sales_and_revisions() -> None:
    letters = "The bank said the error had been caused by a software update."
    _assert_judged(letters, "The bank blamed a staff shortage for the error.", False)
    oldest = "He said the secret to a long marriage was laughing every day."
    _assert_judged(oldest, "He said the secret to a long marriage was separate holidays.", False)
    book = "The publisher said the first edition had sold out in a day."
    _assert_judged(book, "The publisher said the first edition had sold poorly.", False)
    jobs = "Statisticians warned that the figures could be revised."
    _assert_judged(jobs, "Statisticians said the figures were final.", False)
    payout = "She said no amount of money could make up for what she had been through."
    _assert_judged(payout, "She said the money made up for what she had been through.", False)


def test_round_seven_hundred_and_sixty_one_to_762_paraphrases() -> None:
    term = "The victim's mother said the sentence was too short."
    _assert_judged(term, "The victim's mother said the sentence was not long enough.", True)
    nurse = "The nurse, who suffered a broken wrist, has not returned to work."
    _assert_judged(nurse, "The nurse, whose wrist was broken, has not been back at work since.", True)
    band = "A choir has cancelled its tour after two of its musicians were refused visas."
    _assert_judged(band, "The choir called off its tour because two of its players were refused visas.", True)


def test_round_seven_hundred_and_sixty_one_to_762_plans_returns_and_whose_it_was() -> None:
    gig = "The band said it hoped to rearrange the gigs for the summer."
    _assert_judged(gig, "The band has no plans to rearrange the gigs.", False)
    flood = "Families were allowed back into their homes on Friday morning."
    _assert_judged(flood, "Families were kept out of their homes for a month.", False)
    cup = "The captain said the trophy belonged to the whole town."
    _assert_judged(cup, "The captain said the trophy belonged to the players alone.", False)


def test_round_seven_hundred_and_sixty_three_to_764_a_deeds_noun_opening_the_claim() -> None:
    homes = "The number of new homes sold in Wales rose by a fifth last year."
    _assert_judged(homes, "Sales of new homes in Wales went up by a fifth last year.", True)


def test_round_seven_hundred_and_sixty_three_to_764_holds_near_misses_and_incidents() -> None:
    otters = "Otter numbers on the Wye have doubled since 2010. Numbers on the Usk have remained stable."
    _assert_judged(otters, "Numbers on the Usk have also doubled.", False)
    tram = "A tram driver braked in time, stopping just metres from a car that had stalled on the tracks."
    _assert_judged(tram, "The tram hit a car that had stalled on the tracks.", False)
    trust = "The hospital trust has declared a critical incident after a computer failure."
    _assert_judged(trust, "The hospital trust has ended a critical incident.", False)
    pies = "The pies are made with beef from a local farm."
    _assert_judged(pies, "The pies are made with imported beef.", False)


def test_round_seven_hundred_and_sixty_five_to_766_twice_as_many_is_double() -> None:
    kennels = "The new kennels will double the number of dogs the shelter can take each year."
    _assert_judged(kennels, "The new kennels will let the shelter take twice as many dogs a year.", True)


def test_round_seven_hundred_and_sixty_five_to_766_sales_duties_and_where_money_came_from() -> None:
    farm = "The owners of a farm in Devon have put it up for sale for £1.8 million."
    _assert_judged(farm, "The farm in Devon has been sold for £1.8 million.", False)
    nurses = "Nurses have volunteered to work extra night shifts."
    _assert_judged(nurses, "Nurses have been ordered to work extra night shifts.", False)
    hall = "The hall cost £2 million, most of which came from a lottery grant."
    _assert_judged(hall, "The hall cost £2 million, most of which came from the council.", False)


def test_a_kind_of_people_credited_with_what_another_said() -> None:
    clinic = (
        "The clinic changed its rules after nurses reported that some patients were waiting for hours. "
        "Doctors welcomed the change."
    )
    _assert_judged(clinic, "Doctors reported that some patients were waiting for hours.", False)
    _assert_judged(clinic, "Nurses reported that some patients were waiting for hours.", True)


def test_round_seven_hundred_and_sixty_seven_to_768_a_tally_turned_and_a_state_told_otherwise() -> None:
    budget = "The parish council met on Tuesday. Members voted nine to two in favour of the new budget."
    _assert_judged(budget, "Members voted nine to two against the new budget.", False)
    _assert_judged(budget, "Members voted nine to two for the new budget.", True)
    bids = "The club said it was looking for a sponsor but interest had been weak."
    _assert_judged(bids, "The club said interest had been lively.", False)
    owls = "Barn owls were once scarce in the county but are now a common sight along its hedgerows."
    _assert_judged(owls, "Barn owls are now rarely seen along the county's hedgerows.", False)


def test_round_seven_hundred_and_sixty_seven_to_768_a_mark_passed_and_the_edge_of_a_town() -> None:
    fare = "The cost of a season ticket from Reading has passed £6,000 for the first time."
    _assert_judged(fare, "A season ticket from Reading now costs more than £6,000 for the first time.", True)
    park = "A retail park is to be built on the edge of Doncaster."
    _assert_judged(park, "A retail park is to be built on the outskirts of Doncaster.", True)


def test_round_seven_hundred_and_sixty_nine_to_770_judgements_and_ways_turned() -> None:
    reopening = "The council's leader said reopening the library was long overdue."
    _assert_judged(reopening, "The council's leader said reopening the library had been a mistake.", False)
    coach = "The owner thanked the coach for her work and said a successor would be found."
    _assert_judged(coach, "The owner criticised the coach's work.", False)
    nests = "Walkers are asked to keep their distance from nesting birds on the cliffs."
    _assert_judged(nests, "Walkers are encouraged to get close to nesting birds on the cliffs.", False)
    pumps = "Firefighters pumped out the flooded tunnel using a borrowed tanker."
    _assert_judged(pumps, "Firefighters pumped out the flooded tunnel using sandbags.", False)


def test_round_seven_hundred_and_sixty_nine_to_770_a_wait_over_its_target_and_a_shortage_that_goes_on() -> None:
    a_and_e = "The average wait in the emergency department rose to five hours. The target is four hours."
    _assert_judged(a_and_e, "The emergency department now meets the four-hour target.", False)
    nurses = "Managers said nurse shortages were still forcing wards to close."
    _assert_judged(nurses, "Managers said nurse shortages were no longer forcing wards to close.", False)
    _assert_judged(nurses, "Managers said nurse shortages were forcing wards to close.", True)


def test_round_seven_hundred_and_sixty_nine_to_770_stopping_age_bands_and_a_new_one() -> None:
    cafes = "The chain is to stop selling fizzy drinks to under-12s in its cafes."
    _assert_judged(cafes, "The chain will no longer sell fizzy drinks to anyone under 12 in its cafes.", True)
    _assert_judged(cafes, "The chain will no longer sell fizzy drinks to anyone under 16 in its cafes.", False)
    school = "The trust has sacked the school's head teacher. A replacement will be named next month."
    _assert_judged(school, "A new head teacher will be appointed next month.", True)
    _assert_judged(
        "The trust has sacked the school's head teacher.", "The trust has appointed a new head teacher.", False
    )


def test_round_seven_hundred_and_seventy_one_to_772_time_spared_and_a_blow() -> None:
    app = "Drivers said the new booking app had saved them hours of queuing each month."
    _assert_judged(app, "Drivers said the new booking app had added hours of queuing each month.", False)
    _assert_judged(app, "Drivers said the app had spared them hours of queuing every month.", True)
    depot = "Councillors said the closure of the depot was a bitter blow to the town."
    _assert_judged(depot, "Councillors welcomed the closure of the depot.", False)


def test_round_seven_hundred_and_seventy_one_to_772_paraphrases_of_time_place_and_cause() -> None:
    bikes = "Sales of electric bikes in the UK rose for the fifth year running. Sales of scooters fell."
    _assert_judged(bikes, "UK sales of electric bikes went up for the fifth year in a row.", True)
    _assert_judged(bikes, "Sales of electric bikes in the UK fell.", False)
    crews = "Crews worked through the weekend to repair the sea wall."
    _assert_judged(crews, "Crews spent the weekend working to repair the sea wall.", True)
    pair = "The two friends met on a train to Leeds in 1961 and have been inseparable since."
    _assert_judged(pair, "The two friends first met on a train to Leeds in 1961.", True)
    _assert_judged(
        "The band played the festival for the second time in 1995.",
        "The band first played the festival in 1995.",
        False,
    )
    riot = "Police said the riot had caused panic across the estate."
    _assert_judged(riot, "Police said the riot had spread panic throughout the estate.", True)


def test_round_seven_hundred_and_seventy_three_to_774_one_credited_with_anothers_deed() -> None:
    poll = "The Greens won the council seat with 2,100 votes, while Reform UK came second with 1,400."
    _assert_judged(poll, "Reform UK won the council seat with 2,100 votes.", False)
    _assert_judged(poll, "Reform UK came second with 1,400 votes.", True)
    prize = "Her form tutor described her as tireless. The prize was handed over by the mayor."
    _assert_judged(prize, "The mayor described her as tireless.", False)
    _assert_judged("Her tutor praised her. The prize was handed over by the mayor.", "The mayor praised her.", False)
    pay = "The chief executive of a bus company has turned down a pay rise. The company's chairman said he understood."
    _assert_judged(pay, "The chairman of a bus company has turned down a pay rise.", False)
    _assert_judged(pay, "The bus company's boss has turned down a pay rise.", True)
    derby = "Rovers beat City 2-1. City's only goal came from Sam Okafor, and Lee Trent scored twice for Rovers."
    _assert_judged(derby, "Lee Trent scored City's only goal.", False)
    _assert_judged(derby, "Sam Okafor scored City's only goal.", True)


def test_round_seven_hundred_and_seventy_three_to_774_places_tables_and_comparisons_turned() -> None:
    cat = "Firefighters freed a cat that had been stuck down a drainpipe for two days."
    _assert_judged(cat, "Firefighters freed a cat stuck down a chimney.", False)
    table = "The win leaves Rovers three points clear at the top of the table."
    _assert_judged(table, "The win leaves Rovers three points behind the leaders.", False)
    survey = "The survey found that pupils who walk to school sleep better than those driven there."
    _assert_judged(survey, "Pupils who are driven to school sleep better than those who walk.", False)
    _assert_judged(survey, "Pupils walking to school sleep better than pupils driven there, the survey found.", True)


def test_round_seven_hundred_and_seventy_five_to_776_what_one_did_given_to_another() -> None:
    court = "Amy Pike, 33, was jailed for six years, and her sister Jess, 29, to two years."
    _assert_judged(court, "Jess Pike was jailed for six years.", False)
    _assert_judged(
        "Tom Reed, who is 52, was jailed for four years.", "Tom Reed, who is 52, was jailed for four years.", True
    )
    pub = "The owner of a pub in Leeds has banned swearing in the bar. The council has put up new signs outside."
    _assert_judged(pub, "The council has banned swearing in the bar.", False)
    tram = "A tram has been withdrawn from service, the mayor announced. Rail unions welcomed the move but said more trams were needed."
    _assert_judged(tram, "The mayor said more trams were needed.", False)
    study = "The charity that ran the study said the results were alarming. The minister said funding would rise."
    _assert_judged(study, "The minister said the results were alarming.", False)


def test_round_seven_hundred_and_seventy_five_to_776_ones_own_errands_and_kept_from_closure() -> None:
    rent = "Some tenants had cut back on heating to pay for their children's meals."
    _assert_judged(rent, "Some tenants had cut back on heating to pay for themselves.", False)
    bus = "The driver said he had been late for work."
    _assert_judged(bus, "The driver said he had been late for a wedding.", False)
    ferries = "Ferries will be diverted while the harbour wall is repaired."
    _assert_judged(ferries, "Ferries will be allowed through while the wall is repaired.", False)
    mill = "A trust has bought the mill, saving it from demolition."
    _assert_judged(mill, "The purchase saves the mill from demolition.", True)
    _assert_judged(mill, "The mill will be demolished.", False)


def test_round_seven_hundred_and_seventy_seven_to_778_who_it_was_done_to_and_who_said_it() -> None:
    crash = "A jogger who was hit by a van in Luton has been awarded £90,000. The van's owner admitted liability."
    _assert_judged(crash, "The van driver has been awarded £90,000.", False)
    _assert_judged(crash, "A jogger hit by a van in Luton has been awarded £90,000.", True)
    boy = "A 16-year-old boy has been charged after a shop was set on fire."
    _assert_judged(boy, "A teenager has been charged after a shop was set on fire.", True)
    flat = "The tenant, a retired nurse, said the flat had been damp for years. The landlord said he would appeal."
    _assert_judged(flat, "The tenant said she would appeal.", False)


def test_round_seven_hundred_and_seventy_seven_to_778_spans_abilities_and_leave() -> None:
    _assert_judged(
        "The school was left without hot water for two winters.",
        "The school was left without hot water for two weeks.",
        False,
    )
    miner = "The miner has not been able to return to work since the accident."
    _assert_judged(miner, "The miner has returned to work since the accident.", False)
    _assert_judged(miner, "The miner has not returned to work since the accident.", True)
    cap = "Ministers allowed the council to raise its fees above the usual limit."
    _assert_judged(cap, "Ministers refused to let the council raise its fees above the usual limit.", False)
    drug = "Doctors said the new drug was promising but not yet ready for use."
    _assert_judged(drug, "The new drug is now being used in hospitals.", False)
    ferry = (
        "A ferry company has apologised after passengers were stuck at sea for six hours. Several passengers were sick."
    )
    _assert_judged(ferry, "Passengers were stuck at sea for six hours.", True)


def test_round_seven_hundred_and_seventy_nine_to_780_asides_exemptions_and_things_had_back() -> None:
    vet = "The pony has won a prize for her work with children. Her trainer, a former jockey, said she had a gentle nature with children."
    _assert_judged(vet, "A child said the pony had a gentle nature.", False)
    toll = "Lorries, which were exempt, will now have to pay the bridge toll."
    _assert_judged(toll, "Lorries will remain exempt from the bridge toll.", False)
    storm = "Thousands of homes were left without water after a main burst. Engineers restored supplies by the evening."
    _assert_judged(storm, "Engineers had got water back to homes by the evening.", True)
    _assert_judged("Customers will be offered refunds.", "Customers will be offered their money back.", True)


def test_round_seven_hundred_and_eighty_one_to_782_subjects_striking_off_and_reluctance() -> None:
    offer = "She has accepted a place at Durham, where she will study law."
    _assert_judged(offer, "She will study medicine at Durham.", False)
    vet = "A vet who stole from the practice where she worked has been struck off. A tribunal heard she took £9,000."
    _assert_judged(vet, "The vet has been allowed to keep working.", False)
    head = "The new head teacher said she was honoured to take on the role."
    _assert_judged(head, "The new head teacher said she was reluctant to take on the role.", False)


def test_round_seven_hundred_and_eighty_three_to_784_doers_peoples_and_purposes() -> None:
    found = "A walker lost her purse on the beach. Her nephew found the purse the next morning."
    _assert_judged(found, "A lifeguard found the purse.", False)
    _assert_judged(found, "A detectorist found the purse.", False)
    _assert_judged(found, "Her nephew found the purse.", True)
    statue = "A gallery in Leeds has returned a bronze statue to Ghana, decades after it was taken by British traders."
    _assert_judged(statue, "The gallery has lent the statue to Ghana.", False)
    _assert_judged(statue, "The statue was taken by Ghanaian traders.", False)
    _assert_judged(statue, "The statue was taken by British traders.", True)
    passes = "A woman who forged passes for festivals in Kent has been fined."
    _assert_judged(passes, "She forged passes for rugby games in Kent.", False)
    _assert_judged(passes, "She forged passes for festivals in Kent.", True)
    club = "A rugby club in Devon has suspended a coach after a cup tie against Exeter."
    _assert_judged(club, "Exeter suspended the coach.", False)
    _assert_judged(club, "A Devon rugby club has suspended a coach.", True)
    lorry = "A lorry driver in Derby has been suspended after a cyclist photographed him using his phone while driving."
    _assert_judged(lorry, "The lorry driver photographed a cyclist using his phone while driving.", False)
    _assert_judged(lorry, "A cyclist photographed the lorry driver using his phone while driving.", True)


def test_round_seven_hundred_and_eighty_five_to_786_scores_routes_and_counties() -> None:
    tie = "A keeper saved four penalties as Harlow beat Kell in a shootout. The tie had finished 1-1 after extra time."
    _assert_judged(tie, "The tie had finished 4-4 after extra time.", False)
    _assert_judged(tie, "The tie had finished 1-1 after extra time.", True)
    ahead = "Dale scored twice. His header put Orm 2-0 up before the break. Orm won the match 3-1."
    _assert_judged(ahead, "Orm won the match 3-1.", True)
    walk = "Two sisters from Wigan have walked from Land's End to John o'Groats in 60 days."
    _assert_judged(walk, "The sisters walked from John o'Groats to Land's End.", False)
    _assert_judged(walk, "Two Wigan sisters walked from Land's End to John o'Groats in 60 days.", True)
    _assert_judged(
        "A council in Cornwall has bought a harbour for £1.", "A Cornish council has paid £1 for a harbour.", True
    )
    cup = "Kell beat Orm on penalties to reach the final. Kell's captain said the team had won the game together."
    _assert_judged(cup, "Kell reached the final after beating Orm on penalties.", True)
    shares = "Shares in a bakery chain fell by 9% after it warned that profits would be lower than expected."
    _assert_judged(shares, "The bakery chain's shares dropped 9% after a profit warning.", True)
    roof = "A man who climbed onto the roof of a hospital came down after six hours. He threw tiles at officers."
    _assert_judged(roof, "A police officer climbed onto the roof of the hospital.", False)


def test_round_seven_hundred_and_eighty_seven_to_788_things_had_done_unloading_and_missing() -> None:
    prize = "The winner will receive £500 and her story will be printed in the school magazine."
    _assert_judged(prize, "She will get £500 and have her story printed in the school magazine.", True)
    _assert_judged(prize, "Her story has been printed in the school magazine.", False)
    van = "Cameras show two men loading the boxes into a lorry at night."
    _assert_judged(van, "Cameras show two men unloading the boxes from a lorry.", False)
    _assert_judged(van, "Two men were filmed putting the boxes into a lorry.", True)
    wrist = "A man was sent home with a broken wrist that had been missed by doctors."
    _assert_judged(wrist, "Doctors spotted the broken wrist straight away.", False)
    dog = "Firefighters rescued a dog that had fallen into a canal in Leeds."
    _assert_judged(dog, "The dog's owner rescued it from the canal.", False)
    _assert_judged(dog, "Firefighters rescued a dog from a canal in Leeds.", True)


def test_round_seven_hundred_and_eighty_nine_to_790_inability_households_and_requests() -> None:
    club = "The club said it had lost its kit and would not be able to play at home this season."
    _assert_judged(club, "The club said it would be unable to play at home this season.", True)
    _assert_judged(club, "The club said it would be able to play at home this season.", False)
    bills = "Water bills for thousands of households will rise by 8% in April."
    _assert_judged(bills, "Water bills for thousands of homes will go up 8% in April.", True)
    bar = "Drinkers who swear are asked to put 50p in a jar on the bar."
    _assert_judged(bar, "Drinkers who swear are asked to leave the bar.", False)
    _assert_judged(bar, "Drinkers who swear are asked to put 50p in a jar.", True)
    recall = "Shoppers are being told to stop using the kettles and return them to any branch."
    _assert_judged(recall, "Shoppers have been asked to take the kettles back.", True)
    alarm = "The court heard the firm ignored warnings from its own engineers."
    _assert_judged(alarm, "The court heard the firm responded to warnings from its own engineers.", False)


def test_round_seven_hundred_and_ninety_one_to_792_only_if_for_unless() -> None:
    ice = "Police urged people not to drive unless their journey was necessary. Roads were icy."
    _assert_judged(ice, "Police told people to drive only if their journey was necessary.", True)
    _assert_judged(ice, "Police told people to drive as normal.", False)
    _assert_judged(ice, "Police told people to drive.", False)


def test_round_seven_hundred_and_ninety_three_to_794_prizes_for_deeds_and_power_back() -> None:
    farm = "A farmer has won an award for planting hedges on his land."
    _assert_judged(farm, "A farmer has won an award for putting hedges on his land.", True)
    _assert_judged(farm, "A farmer has won an award for digging ponds on his land.", False)
    cut = "About 900 homes were left without power after a storm. Supplies were restored to most homes by noon."
    _assert_judged(cut, "Power was back on at most homes by noon.", True)


def test_round_seven_hundred_and_ninety_five_to_796_deeds_after_while_and_the_unable() -> None:
    sea = "A woman was stung by a jellyfish while rescuing her son from the sea at Newquay."
    _assert_judged(sea, "Her son rescued her from the sea at Newquay.", False)
    _assert_judged(sea, "A woman was stung by a jellyfish as she rescued her son from the sea.", True)
    ship = "A ferry ran aground after hitting a sandbank off Orkney. Its passengers were rescued by a lifeboat."
    _assert_judged(ship, "The ferry ran aground after hitting a lifeboat.", False)
    _assert_judged(ship, "The ferry ran aground after striking a sandbank off Orkney.", True)
    crane = "A crane was brought in but could not reach the roof. Firefighters used ladders instead."
    _assert_judged(crane, "A crane lowered firefighters onto the roof.", False)
    _assert_judged(crane, "Firefighters used ladders because the crane could not reach the roof.", True)
    shop = "A bakery in Hove was flooded on Monday. The shop will reopen next week."
    _assert_judged(shop, "The bakery will reopen next week.", True)
    _assert_judged(shop, "The café will reopen next week.", False)
    two = "A bakery and a café in Hove were flooded on Monday. The shop will reopen next week."
    _assert_judged(two, "The bakery will reopen next week.", False)
    owners = "A butcher's in Ludlow has closed after 120 years. The family who ran the shop said rents had doubled."
    _assert_judged(owners, "The family who ran the butcher's said rents had doubled.", True)
    medal = "A teacher who saved a pupil from choking by giving her first aid has been given a medal."
    _assert_judged(medal, "A teacher has been given a medal.", True)


def test_round_seven_hundred_and_ninety_seven_to_798_namers_waiting_and_own_things() -> None:
    band = "A brass band from Leeds has been named the best in Britain by a music magazine."
    _assert_judged(band, "A Leeds brass band has been named Britain's best by a music magazine.", True)
    _assert_judged(band, "A music magazine has been named the best in Britain.", False)
    cafe = (
        "A café in Hull has been named the best in the north by a coffee guild. The owner said it roasted its own "
        "beans. The coffee guild praised its flat whites."
    )
    _assert_judged(cafe, "The owner praised its flat whites.", False)
    _assert_judged(cafe, "The coffee guild praised the café's flat whites.", True)
    line = "Trains will not run until engineers can replace the rail. The operator said a new rail had been ordered."
    _assert_judged(line, "The operator said the rail had been replaced.", False)
    _assert_judged(line, "The operator said a new rail had been ordered.", True)
    shop = "A shop window was smashed overnight in Bath. A customer cut her hand on the glass the next morning."
    _assert_judged(shop, "The shop window was smashed by a customer.", False)
    elms = "About 200 elms lost to Dutch elm disease will be replaced with young trees."
    _assert_judged(elms, "About 200 elms killed by Dutch elm disease will be replaced.", True)
    app = "The bank said its app was working again by noon."
    _assert_judged(app, "The bank said its app was back up by noon.", True)
    bike = "A retired teacher from Derby has sold his car and bought an electric bike."
    _assert_judged(bike, "He scrapped his car and bought an electric bike.", False)
    _assert_judged(bike, "He got rid of his car and bought an electric bike.", True)


def test_round_seven_hundred_and_ninety_nine_to_800_owners_counts_and_mirrored_sexes() -> None:
    fund = "Villagers raised £8,000 to repair the chapel roof. The chapel was built in 1840."
    _assert_judged(fund, "Villagers raised £8,000 to repair the chapel clock.", False)
    _assert_judged(fund, "Villagers raised £8,000 to mend the chapel roof.", True)
    thief = "A man has been jailed for stealing £9,000 from a football club where he worked as a coach."
    _assert_judged(thief, "A football coach has been jailed for stealing £9,000 from the club.", True)
    rescue = "A group of six walkers was rescued by a helicopter crew on Snowdon."
    _assert_judged(rescue, "A group of six rescued a helicopter crew on Snowdon.", False)
    gift = "A boy found a woman's purse in a park. She gave him £20 as a reward."
    _assert_judged(gift, "The boy gave the woman £20 as a reward.", False)
    _assert_judged(gift, "The woman gave the boy £20 as a reward.", True)
    kit = "Paramedics were running out of oxygen, the report said. Stocks of bandages were normal."
    _assert_judged(kit, "Paramedics were running out of bandages, the report said.", False)
    files = "The report found the hospital had lost the patient's records twice."
    _assert_judged(files, "The patient lost the hospital's records twice.", False)
    _assert_judged(files, "The report found the hospital had lost the patient's records three times.", False)
    _assert_judged(files, "The report found the patient's records had been lost by the hospital twice.", True)
    leak = "The landlord said the leak had been dealt with."
    _assert_judged(leak, "The landlord said the leak had been sorted out.", True)


def test_round_eight_hundred_and_one_to_802_crossed_doers_places_and_counts_of_times() -> None:
    choir = "A choir in Leeds has cancelled a concert after its organist broke his wrist."
    _assert_judged(choir, "The organist has cancelled a concert after the choir broke his wrist.", False)
    _assert_judged(choir, "A Leeds choir has called off a concert because its organist broke his wrist.", True)
    nurse = "A nurse at a hospital in Hull has been struck off after a patient was given the wrong drug."
    _assert_judged(nurse, "The patient has been struck off after the nurse gave the wrong drug.", False)
    prize = "A 12-year-old boy from Derby has won a prize for designing a bird feeder. His uncle said he was proud."
    _assert_judged(prize, "His uncle designed a bird feeder.", False)
    _assert_judged(prize, "A Derby boy aged 12 has won a prize for designing a bird feeder.", True)
    storm = "A wall collapsed onto three parked vans in Bath during a storm. Nobody was in the vans at the time."
    _assert_judged(storm, "Two drivers were injured when a wall fell on their vans.", False)
    raid = "The shop owner said it was the fourth time the shop had been broken into this year."
    _assert_judged(raid, "The shop owner said the shop had been broken into four times this year.", True)
    _assert_judged(raid, "The shop owner said the shop had been broken into five times this year.", False)
    visit = "The gallery said visitors were amazed by the new exhibition."
    _assert_judged(visit, "The gallery said visitors were unimpressed by the new exhibition.", False)
    dam = "Engineers said the dam had been inspected in May."
    _assert_judged(dam, "Engineers said the dam had been checked in May.", True)
    homes = "A report found that 30% of nurseries in Kent required improvement, though none was rated inadequate."
    _assert_judged(homes, "No nursery was rated inadequate.", True)


def test_round_eight_hundred_and_three_to_804_whom_one_complained_to_and_things_found() -> None:
    noise = "A resident complained to the police about noise from a nightclub. The club's owner apologised."
    _assert_judged(noise, "A resident complained to the club's owner about noise.", False)
    _assert_judged(noise, "A resident complained to police about noise from a nightclub.", True)
    loft = "Builders working on the house found old coins under the floor. The owners handed them to a museum."
    _assert_judged(loft, "Builders found old letters under the floor.", False)
    _assert_judged(loft, "Builders discovered old coins under the floor.", True)


def test_round_eight_hundred_and_five_to_806_a_deed_striven_for_is_not_done() -> None:
    pool = "Parents have launched a campaign to save the village swimming pool, which the council wants to close."
    _assert_judged(pool, "Parents have saved the village swimming pool.", False)
    _assert_judged(pool, "Parents are campaigning to save the village swimming pool.", True)


def test_round_eight_hundred_and_seven_to_808_lists_refunds_and_means() -> None:
    hall = "The new community centre has a sports hall and a café. It cost £3 million."
    _assert_judged(hall, "The new community centre has a sports hall and a cinema.", False)
    _assert_judged(hall, "The £3 million community centre has a café and a sports hall.", True)
    show = "The show was cancelled at the last minute. Everyone who bought a ticket will get a full refund."
    _assert_judged(show, "Ticket holders will get a partial refund.", False)
    _assert_judged(show, "Everyone who bought a ticket will get all their money back.", True)
    choke = "A waiter saved a diner's life by performing the Heimlich manoeuvre when he choked."
    _assert_judged(choke, "A waiter saved a diner by giving him the Heimlich manoeuvre.", True)


def test_round_eight_hundred_and_nine_to_810_months_of_next_year_trades_pairs_and_idioms() -> None:
    rule = "The ban on pavement parking will come into force in March next year, the council said."
    _assert_judged(rule, "The ban on pavement parking will come into force in March this year.", False)
    _assert_judged(rule, "The ban on pavement parking will come into force in March.", True)
    mill = "The businessman, who made his money in the shipping trade, left £2 million to the town."
    _assert_judged(mill, "The businessman made his money in the coal trade.", False)
    _assert_judged(mill, "The businessman, who made his fortune in shipping, left the town £2 million.", True)
    hall = "The old chapel will become a library and a community hall."
    _assert_judged(hall, "The old chapel will become a library and a doctors' surgery.", False)
    flood = "The council will pay for the repairs to the flooded school, a spokesman said."
    _assert_judged(flood, "A spokesman said the council would cover the cost of repairing the flooded school.", True)
    crash = "Police said the crash happened at about 9pm and appealed for witnesses."
    _assert_judged(crash, "Police have urged witnesses to the crash to come forward.", True)
    park = "Residents said the money could be better spent on the town's parks."
    _assert_judged(park, "Residents argued the money would be better spent on parks.", True)
    _assert_judged(park, "Residents said the money would be spent on the town's parks.", False)
    arrest = "Police arrested Tom Reid and Sam Cole on Monday."
    _assert_judged(arrest, "Two men, Tom Reid and Sam Cole, were arrested on Monday.", True)
    three = "Police arrested three men, Tom Reid, Sam Cole and Ed Fox, on Monday."
    _assert_judged(three, "Two men, Tom Reid and Sam Cole, were arrested on Monday.", False)


def test_round_eight_hundred_and_eleven_to_812_the_last_year_and_work_for_jobs() -> None:
    poll = "A poll found that one in three adults had not visited a museum in the last year."
    _assert_judged(
        poll, "One in three adults had not been to a museum in the last year, a poll found.", True, date="2025-01-14"
    )
    _assert_judged(poll, "One in three adults had not been to a museum in the last month, a poll found.", False)
    plant = "Workers at the closing plant will be offered jobs at the firm's other sites."
    _assert_judged(plant, "Workers at the plant will be offered work at the firm's other sites.", True)


def test_a_pronoun_is_not_credited_with_what_one_of_their_own_said() -> None:
    run = "A woman of 80 has finished the London Marathon. Her coach said she had never given up."
    _assert_judged(run, "She said her coach had never given up.", False)
    _assert_judged(run, "She said she had never given up.", False)
    _assert_judged(run, "Her coach said she had never given up.", True)
    _assert_judged(run, "An 80-year-old woman has completed the London Marathon.", True)


def test_round_eight_hundred_and_thirteen_to_814_centuries_materials_and_parts_recovered() -> None:
    bell = "The church bell was cast more than a century ago. It was restored last year."
    _assert_judged(bell, "The bell was cast over 100 years ago.", True, date="2025-01-14")
    _assert_judged(bell, "The bell was cast more than a decade ago.", False, date="2025-01-14")
    bowl = "Archaeologists found a carved wooden bowl in the bog."
    _assert_judged(bowl, "Archaeologists found a carved stone bowl in the bog.", False)
    cattle = "Forty cattle escaped from a farm near Ripon. Farmers caught about 30 of the animals by the evening."
    _assert_judged(cattle, "Farmers caught all 40 cattle by the evening.", False)
    _assert_judged(cattle, "About 30 of the 40 cattle were caught by the evening.", True)


def test_a_thing_for_one_group_after_a_deed_done_to_it_is_read_against_another() -> None:
    trains = "The rail company has cut fares for over-65s, a spokesman said."
    _assert_judged(trains, "The rail company has cut fares for students.", False)
    _assert_judged(trains, "The rail company has reduced fares for over-65s.", True)


def test_round_eight_hundred_and_fifteen_to_816_sales_told_from_the_buyer_bounds_and_challenges() -> None:
    farm = "The farm has been sold to a local charity for £2 million."
    _assert_judged(farm, "The farm has been bought by a local charity for £2 million.", True)
    _assert_judged(farm, "A local charity has bought the farm for £2 million.", True)
    _assert_judged(farm, "The farm has been bought by a developer for £2 million.", False)
    walk = "She walked the 84 miles of Hadrian's Wall in under four days. She raised £2,000 for a hospice."
    _assert_judged(walk, "She walked the length of Hadrian's Wall, 84 miles, in less than four days.", True)
    _assert_judged(walk, "She walked the 84 miles of Hadrian's Wall in more than four days.", False)
    mast = "Residents said they would appeal against the decision to allow the phone mast."
    _assert_judged(mast, "Residents said they would challenge the decision to allow the phone mast.", True)


def test_the_buyer_is_not_the_one_selling() -> None:
    mill = "The old mill has been sold to a housing association for £1.2 million."
    _assert_judged(mill, "The housing association sold the old mill for £1.2 million.", False)
    _assert_judged(mill, "A housing association has bought the old mill for £1.2 million.", True)


def test_the_one_reported_to_is_not_the_one_reporting() -> None:
    noise = "A neighbour reported the bar to the council over late-night noise."
    _assert_judged(noise, "The council reported the bar over late-night noise.", False)
    _assert_judged(noise, "The bar was reported to the council by a neighbour over late-night noise.", True)


def test_a_stay_in_hospital_the_evidence_says_was_not_needed() -> None:
    crash = "Both drivers were checked at the scene but did not need hospital treatment."
    _assert_judged(crash, "Both drivers were taken to hospital.", False)
    _assert_judged(crash, "Neither driver needed hospital treatment.", True)
    others = "Two walkers were taken to hospital. A third did not need hospital treatment."
    _assert_judged(others, "Two walkers were taken to hospital.", True)


def test_a_deed_put_to_one_the_evidence_names_only_for_another_deed() -> None:
    wiring = (
        "Inspectors found that the wiring was unsafe. The landlord said the work had been done by a local electrician."
    )
    _assert_judged(wiring, "The landlord said the work had been done by inspectors.", False)
    _assert_judged(wiring, "The landlord said a local electrician had done the work.", True)


def test_one_of_two_materials_swapped() -> None:
    benches = "The new benches are made of oak and steel, the council said."
    _assert_judged(benches, "The new benches are made of oak and plastic.", False)
    _assert_judged(benches, "The new benches are made of oak and steel.", True)


def test_talks_that_broke_down_did_not_resume() -> None:
    talks = "Talks between the union and the airline broke down on Friday."
    _assert_judged(talks, "Talks between the union and the airline resumed on Friday.", False)
    _assert_judged(talks, "Talks between the union and the airline collapsed on Friday.", True)


def test_a_deed_done_under_force_is_not_done_willingly() -> None:
    farm = "The family was forced to sell the farm in 1952."
    _assert_judged(farm, "The family sold the farm willingly in 1952.", False)
    _assert_judged(farm, "The family voluntarily sold the farm in 1952.", False)
    _assert_judged(farm, "The family was made to sell the farm in 1952.", True)


def test_a_thing_to_be_auctioned_is_not_one_to_be_displayed() -> None:
    medals = "The medals will be auctioned in London next month."
    _assert_judged(medals, "The medals will be displayed in London next month.", False)
    _assert_judged(medals, "The medals will go under the hammer in London next month.", True)


def test_one_still_sought_has_not_been_caught() -> None:
    burglary = "Police have arrested a man over the burglary. A second man is still being sought."
    _assert_judged(burglary, "The second man has been arrested.", False)
    _assert_judged(burglary, "A man has been arrested over the burglary.", True)


def test_a_phrase_of_the_table_told_by_a_word_of_its_group() -> None:
    path = "Pedestrians will be diverted via the towpath."
    _assert_judged(path, "People on foot will be sent via the towpath.", True)
    bikes = "The charity sells cheap bicycles to students."
    _assert_judged(bikes, "The charity sells low-cost bicycles to students.", True)


def test_a_crew_named_for_its_work_is_those_who_do_it() -> None:
    fire = "Firefighters said the blaze had started in the kitchen."
    _assert_judged(fire, "Fire crews said the blaze had started in the kitchen.", True)
    _assert_judged(fire, "Police said the blaze had started in the kitchen.", False)


def test_a_length_told_in_another_unit_among_the_same_words() -> None:
    village = "She returned to the village 30 years after leaving it. She had lived abroad for three years."
    _assert_judged(village, "She returned to the village three decades after leaving it.", True)
    _assert_judged(village, "She had lived abroad for three decades.", False)


def test_the_one_preferred_is_not_the_other() -> None:
    survey = "A survey found that shoppers trust local butchers more than supermarkets."
    _assert_judged(survey, "Shoppers prefer supermarkets to local butchers, the survey found.", False)
    _assert_judged(survey, "Shoppers prefer local butchers to supermarkets, the survey found.", True)


def test_the_one_passed_for_is_not_the_one_posing() -> None:
    school = "A man who posed as a plumber at a school in Bath for a month stole laptops from teachers."
    _assert_judged(school, "A plumber posed as a teacher at a school in Bath.", False)
    _assert_judged(school, "A man who pretended to be a plumber at a Bath school stole laptops from teachers.", True)


def test_a_post_told_by_the_deed_of_holding_it() -> None:
    hotel = "The hotel has been sold. Its head chef, Tom Hale, trained in Lyon."
    _assert_judged(hotel, "Tom Hale owns the hotel.", False)
    _assert_judged("Its head chef, Tom Hale, who also owns it, trained in Lyon.", "Tom Hale owns the hotel.", True)


def test_work_still_to_take_its_time_is_not_done() -> None:
    roof = "Thieves have taken lead from the church roof. Engineers said the repairs would take until March."
    _assert_judged(roof, "Engineers said the repairs had been completed.", False)
    _assert_judged(roof, "Lead was taken from the church roof by thieves.", True)


def test_people_at_large_are_anyone() -> None:
    litter = "Anyone caught dropping litter could be fined £150."
    _assert_judged(litter, "People caught dropping litter could face a £150 fine.", True)
    _assert_judged(litter, "Shopkeepers caught dropping litter could face a £150 fine.", False)


def test_an_estimated_value_is_not_an_exact_one() -> None:
    customs = "Customs officers seized cigarettes with an estimated value of £80,000."
    _assert_judged(customs, "The cigarettes were worth exactly £80,000.", False)
    _assert_judged(customs, "The cigarettes were estimated to be worth £80,000.", True)


def test_arrested_at_the_scene_is_not_arrested_later() -> None:
    shelter = "A woman was arrested at the scene after a car hit a bus shelter."
    _assert_judged(shelter, "A woman was arrested the next day after a car hit a bus shelter.", False)
    _assert_judged(shelter, "A woman was arrested at the scene.", True)


def test_an_appetite_kept_is_not_lost() -> None:
    zoo = "The keeper said the elephant still had a good appetite."
    _assert_judged(zoo, "The keeper said the elephant had lost its appetite.", False)
    _assert_judged(zoo, "The keeper said the elephant still ate well.", True)


def test_one_impairment_for_another() -> None:
    cat = "The cat is deaf and has lost most of its teeth."
    _assert_judged(cat, "The cat is blind and has lost most of its teeth.", False)
    _assert_judged(cat, "The cat is deaf and has lost most of its teeth.", True)


def test_a_wall_that_gave_way_was_not_demolished() -> None:
    wall = "A wall collapsed at a school in Hull during a storm."
    _assert_judged(wall, "A wall was demolished at a school in Hull.", False)
    _assert_judged(wall, "A wall at a Hull school gave way during a storm.", True)


def test_a_walkout_is_a_strike() -> None:
    flights = "Flights from Gatwick were cancelled because of a strike by baggage handlers."
    _assert_judged(flights, "Flights from Gatwick were cancelled due to a walkout by baggage handlers.", True)


def test_the_party_that_acts_is_the_party_named() -> None:
    bristol = "A Green councillor in Bristol has been expelled by the party."
    _assert_judged(bristol, "The Greens have expelled a Bristol councillor.", True)
    _assert_judged(bristol, "The council has expelled a Bristol councillor.", False)


def test_one_of_two_deeds_left_open_is_not_the_one_that_happened() -> None:
    car = "Police said the car had probably been stolen or abandoned by its owner."
    _assert_judged(car, "Police said the car had been abandoned by its owner.", False)
    _assert_judged(car, "Police said the car had probably been stolen or abandoned by its owner.", True)


def test_one_named_only_as_a_sayer_did_not_do_the_deed() -> None:
    coin = "A farmer found a rare coin in a field near York. The RSPB said it was about 1,000 years old."
    _assert_judged(coin, "The RSPB found a rare coin in a field.", False)
    _assert_judged(coin, "A rare coin was found in a field near York by a farmer.", True)


def test_a_garden_is_not_a_park() -> None:
    watch = "A man from Hull has been reunited with a watch he lost in his garden 20 years ago."
    _assert_judged(watch, "He lost the watch in a park 20 years ago.", False)
    _assert_judged(watch, "He lost the watch in his garden 20 years ago.", True)


def test_stopped_for_a_while_is_not_abandoned() -> None:
    race = "The race was stopped for twenty minutes after a crash."
    _assert_judged(race, "The race was abandoned after a crash.", False)
    _assert_judged(race, "The race was halted for twenty minutes after a crash.", True)


def test_a_place_given_is_not_turned_down() -> None:
    cambridge = "A girl from Hull has been given a place at Cambridge University."
    _assert_judged(cambridge, "A girl from Hull has turned down a place at Cambridge University.", False)
    _assert_judged(cambridge, "A Hull girl has won a place at Cambridge University.", True)


def test_supporters_are_fans_and_a_short_metre_is_a_metre() -> None:
    match = "A football club in Kent has been fined after its fans threw objects onto the pitch."
    _assert_judged(match, "A Kent football club was fined after supporters threw things onto the pitch.", True)
    pool = "The council has built a 25-metre pool at the leisure centre."
    _assert_judged(pool, "The council has built a 25m pool at the leisure centre.", True)


def test_what_one_did_is_told_as_their_deed() -> None:
    river = "Two children were pulled from a river by a passer-by. Police said the passer-by's actions had saved their lives."
    _assert_judged(river, "Police said the passer-by had saved their lives.", True)


def test_the_first_of_those_done_to_names_the_deed() -> None:
    sea = (
        "A man and his dog were rescued from the sea by a lifeboat crew. Coastguards said the crew had reached them in"
        " minutes."
    )
    _assert_judged(sea, "Coastguards rescued a man and his dog from the sea.", False)
    _assert_judged(sea, "A lifeboat crew rescued a man and his dog from the sea.", True)


def test_escaping_injury_is_not_being_hurt() -> None:
    bike = "The cyclist was not hurt when a bus clipped his bike."
    _assert_judged(bike, "The cyclist escaped injury when a bus clipped his bike.", True)
    _assert_judged(bike, "The cyclist was hurt when a bus clipped his bike.", False)


def test_seagulls_are_not_pigeons() -> None:
    roof = "Residents have complained about pigeons nesting on the roof of the library."
    _assert_judged(roof, "Residents have complained about seagulls nesting on the roof of the library.", False)


def test_a_nuisance_is_not_harmless() -> None:
    foxes = "The council said the foxes were causing a nuisance."
    _assert_judged(foxes, "The council said the foxes were harmless.", False)
    _assert_judged(foxes, "The council said the foxes were a nuisance.", True)


def test_money_that_should_have_gone_elsewhere_is_not_welcomed() -> None:
    car_park = (
        "The council will spend £2m on a new car park. Residents said the money should have been spent on the library."
    )
    _assert_judged(car_park, "Residents welcomed the new car park.", False)
    _assert_judged(car_park, "Residents said the money should have been spent on the library.", True)


def test_badly_done_is_not_done_properly() -> None:
    wall = "The report found the wall had not been built properly."
    _assert_judged(wall, "The report found the wall had been badly built.", True)
    _assert_judged(wall, "The report found the wall had been built properly.", False)


def test_on_a_single_charge_is_without_recharging() -> None:
    car = "The electric car was driven from Leeds to London on a single charge."
    _assert_judged(car, "The electric car was driven from Leeds to London without recharging.", True)
    stops = "The electric car stopped to recharge twice on its way from Leeds to London."
    _assert_judged(stops, "The electric car was driven from Leeds to London without recharging.", False)


def test_a_deed_still_to_take_days_is_not_done() -> None:
    moor = "Firefighters said the moorland fire could take days to put out."
    _assert_judged(moor, "Firefighters said the moorland fire had been put out.", False)
    _assert_judged(moor, "Firefighters said it could take days to put out the moorland fire.", True)


def test_a_teacher_is_not_the_head_teacher() -> None:
    trip = "A teacher has been suspended after pupils were left alone on a school trip."
    _assert_judged(trip, "A head teacher has been suspended after pupils were left alone on a school trip.", False)
    _assert_judged(trip, "A teacher has been suspended after pupils were left on their own on a school trip.", True)


def test_an_appeal_with_no_one_asked_is_a_challenge() -> None:
    sign = "A landlord has been told he must remove a sign he put up without permission. He said he would appeal."
    _assert_judged(sign, "He said he would challenge the decision.", True)


def test_a_slot_the_evidence_fills_alike_anywhere_answers_the_claim() -> None:
    walk = (
        "A woman who walked 50 miles to raise money for a hospice has finished her walk in Bath. She raised £3,000 for"
        " its garden."
    )
    _assert_judged(
        walk, "A woman who walked 50 miles to raise funds for a hospice has completed her walk in Bath.", True
    )
    _assert_judged(walk, "She raised £3,000 for its kitchen.", False)


def test_those_of_a_kind_are_not_all_of_it() -> None:
    ban = "A school in Hull has banned smartwatches for all pupils from January."
    _assert_judged(ban, "The school has banned smartwatches for younger pupils only.", False)
    _assert_judged(ban, "A Hull school has banned smartwatches for every pupil from January.", True)
    prize = "The prize is open to all authors writing in English."
    _assert_judged(prize, "The prize is open to English-language authors.", True)


def test_found_in_another_state() -> None:
    van = "The stolen van was later found abandoned on a farm track."
    _assert_judged(van, "The van was later found burnt out on a farm track.", False)
    _assert_judged(van, "The stolen van was later discovered dumped on a farm track.", True)


def test_what_money_is_to_be_used_for_is_not_done() -> None:
    grant = "The club said it would use the £8,000 grant to repair its clubhouse roof."
    _assert_judged(grant, "The club has repaired its clubhouse roof with the grant.", False)
    _assert_judged(grant, "The club said the £8,000 grant would pay for repairs to its clubhouse roof.", True)


def test_a_hope_is_not_said_as_certain() -> None:
    path = "Residents said they hoped it would lead to more visitors."
    _assert_judged(path, "Residents said it would lead to more visitors.", False)
    _assert_judged(path, "It will lead to more visitors.", False)
    _assert_judged(path, "Residents hope it will bring more visitors.", True)


def test_a_kind_of_people_alone_speaks() -> None:
    lane = (
        "A cycle lane in Derby has been removed after a year. The council said too few cyclists had used it."
        " Residents said the lane had made the road more dangerous."
    )
    _assert_judged(lane, "The council said the lane had made the road more dangerous.", False)
    _assert_judged(lane, "Residents said the lane had made the road more dangerous.", True)


def test_another_way_across() -> None:
    lake = "A grandmother has become the oldest woman to swim across Lake Windermere."
    _assert_judged(lake, "She is the oldest woman to row across Lake Windermere.", False)
    _assert_judged(lake, "A grandmother is now the oldest woman to swim across Windermere.", True)
    eagle = "An osprey was spotted over the river for the first time in 50 years."
    _assert_judged(eagle, "An osprey was seen over the river for the first time in 50 years.", True)


def test_all_year_is_not_a_season() -> None:
    beach = "Lifeguards will patrol the beach every day between June and August."
    _assert_judged(beach, "Lifeguards will patrol the beach all year round.", False)
    _assert_judged(beach, "Lifeguards will patrol the beach daily from June to August.", True)


def test_done_is_not_only_possible() -> None:
    fee = "The council has scrapped parking charges at its seafront car parks."
    _assert_judged(fee, "The council may scrap parking charges at its seafront car parks.", False)
    _assert_judged(fee, "The council has abolished parking charges at its seafront car parks.", True)


def test_a_sayer_whose_sentence_tells_nothing_of_the_claim_is_not_its_sayer() -> None:
    rent = (
        "A housing charity has warned that hundreds of families could be evicted this year. It called on the council"
        " to build more homes. Councillors said they were reviewing the figures."
    )
    _assert_judged(rent, "The council called on the charity to build more homes.", False)


def test_may_with_another_month_is_the_month() -> None:
    pool = "The outdoor pool will open between May and September."
    _assert_judged(pool, "The outdoor pool will be open from May to September.", True, date="2025-01-14")
    _assert_judged(pool, "The outdoor pool will open between June and September.", False, date="2025-01-14")


def test_a_list_with_a_thing_added() -> None:
    hobbies = "She has filled the house with books thanks to her love of poetry and local history."
    _assert_judged(hobbies, "The books reflect her love of naval history, local history and poetry.", False)
    _assert_judged(hobbies, "Her love of local history and poetry filled the house with books.", True)


def test_found_so_badly_is_found_in_the_same_state() -> None:
    cats = "The charity said the cats were found severely dehydrated."
    _assert_judged(cats, "The charity said the cats were found badly dehydrated.", True)
    _assert_judged(cats, "The charity said the cats were found severely injured.", False)


def test_years_told_by_their_anniversary() -> None:
    club = "The youth club has celebrated its tenth anniversary with a party."
    _assert_judged(club, "The youth club has marked ten years with a party.", True)
    _assert_judged(club, "The youth club has marked twelve years with a party.", False)
    _assert_judged("The youth club opened 20 years ago.", "The youth club has reached its 20th anniversary.", True)


def test_what_a_thing_is_for_ends_where_its_place_begins() -> None:
    bridge = "A new bridge for walkers over the canal has opened."
    _assert_judged(bridge, "A new bridge for cars over the canal has opened.", False)
    _assert_judged(bridge, "A footbridge for walkers has opened over the canal.", True)


def test_working_to_do_it_is_not_done() -> None:
    pipe = "The water company said its engineers were working to repair the burst main."
    _assert_judged(pipe, "The water company said its engineers had repaired the burst main.", False)
    _assert_judged(pipe, "Engineers were working to fix the burst main, the water company said.", True)


def test_where_one_had_been() -> None:
    court = "The driver told the court he had been in hospital at the time."
    _assert_judged(court, "The driver told the court he had been on holiday at the time.", False)
    law = "The ban had been in place since March."
    _assert_judged(law, "The ban had been in force since March.", True)


def test_what_a_deed_was_done_on() -> None:
    herd = "The herd has been grazing on clover all summer."
    _assert_judged(herd, "The herd has been grazing on heather all summer.", False)
    _assert_judged(herd, "All summer the herd has grazed on clover.", True)


def test_the_same_thing_on_the_other_side_of_a_deed() -> None:
    move = "He moved to Spain after his daughter was born."
    _assert_judged(move, "He moved to Spain before his daughter was born.", False)
    tanker = "The tanker was towed to safety a day after its crew were airlifted off."
    _assert_judged(tanker, "The crew were airlifted off a day before the tanker was towed to safety.", True)


def test_a_single_one_is_not_several() -> None:
    owls = "Walkers spotted several of the owls hunting at dusk."
    _assert_judged(owls, "Walkers spotted a single owl hunting at dusk.", False)
    _assert_judged(owls, "Walkers saw a number of the owls hunting at dusk.", True)


def test_a_light_verb_negated_is_its_words_after_it() -> None:
    plan = "The school will be built on land the trust already owns. Parents said the plan did not go far enough."
    _assert_judged(plan, "The school will go up on land the trust already owns.", True)
    _assert_judged(plan, "Parents said the plan went far enough.", False)


def test_an_intent_answers_a_plan() -> None:
    cafe = "The owners said they planned to open a second café next spring."
    _assert_judged(cafe, "The owners said they intended to open another café next spring.", True)
    _assert_judged(cafe, "The owners have opened a second café.", False)


def test_cleaner_is_not_dirtier() -> None:
    lake = "Scientists said the return of the fish showed the lake was getting cleaner."
    _assert_judged(lake, "Scientists said the lake was getting dirtier.", False)
    _assert_judged(lake, "Scientists said the fish showed the lake was becoming cleaner.", True)


def test_a_belief_told_as_ones_own_is_not_what_was_said_to_be_so() -> None:
    barn = "Police said they believed the barn fire had been started deliberately."
    _assert_judged(barn, "Police said the barn fire had been started deliberately.", False)
    _assert_judged(barn, "Police said they thought the barn fire had been started on purpose.", True)
    player = "The striker was taken to hospital with a suspected broken leg after being substituted."
    _assert_judged(player, "The striker was substituted and taken to hospital.", True)


def test_paraphrases_of_trouble_devices_and_floods() -> None:
    _assert_judged(
        "The bus service has been suspended because of engine problems.",
        "The bus service has been halted due to engine trouble.",
        True,
    )
    _assert_judged(
        "She won a prize for inventing a device that detects gas leaks.",
        "She won an award for creating a gadget that spots gas leaks.",
        True,
    )
    _assert_judged("The stream burst its banks overnight.", "The stream overflowed its banks overnight.", True)


def test_harm_and_heed_told_the_other_way() -> None:
    _assert_judged(
        "The court heard the pollution had caused lasting damage to the reef.",
        "The court heard the pollution had caused little damage to the reef.",
        False,
    )
    _assert_judged(
        "The council said it had listened to concerns from residents.",
        "The council said it had ignored concerns from residents.",
        False,
    )


def test_another_taste() -> None:
    cider = "The farm said the apples gave the cider a slightly bitter taste."
    _assert_judged(cider, "The farm said the apples gave the cider a sweet taste.", False)
    _assert_judged(cider, "The farm said the apples gave the cider a faintly bitter flavour.", True)


def test_one_of_the_finest_is_not_the_finest() -> None:
    coach = "The club said she was one of the finest coaches of her generation."
    _assert_judged(coach, "The club said she was the finest coach of her generation.", False)
    _assert_judged(coach, "The club said she was among the finest coaches of her generation.", True)


def test_centuries_and_a_quarter_of_one_are_lengths_in_years() -> None:
    pub = "The family had run the pub for 25 years before selling it."
    _assert_judged(pub, "The family had run the pub for a quarter of a century.", True)
    _assert_judged(pub, "The family had run the pub for a quarter of a year.", False)
    abbey = "Monks have lived at the abbey for the first time in more than 400 years."
    _assert_judged(abbey, "Monks have lived at the abbey for the first time in over four centuries.", True)
    _assert_judged(abbey, "Monks have lived at the abbey for the first time in over four decades.", False)


def test_resuming_talks_and_losing_a_thing_are_paraphrases() -> None:
    _assert_judged(
        "The hospital urged the nurses to return to talks.",
        "The hospital called on the nurses to resume talks.",
        True,
    )
    _assert_judged("She had dropped her phone on the bus.", "She had lost her phone on the bus.", True)


def test_a_journey_towards_where_it_set_out_from() -> None:
    bag = "The player left his bag on a train on his way home from the stadium."
    _assert_judged(bag, "The player left his bag on a train on his way to the stadium.", False)
    _assert_judged(bag, "The player left his bag on a train on his way back from the stadium.", True)


def test_one_wanting_to_do_a_thing_to_another_the_other_way_round() -> None:
    ring = "He said he tried to call her, but she did not answer."
    _assert_judged(ring, "She said she tried to call him, but he did not answer.", False)


def test_how_long_a_thing_holds() -> None:
    tents = "Campers must stay in their tents until the storm passes."
    _assert_judged(tents, "Campers must stay in their tents until sunrise.", False)
    _assert_judged(tents, "Campers must stay in their tents until the rescue team arrives.", False)
    show = "The exhibition will stay open until the end of the month."
    _assert_judged(show, "The exhibition will stay open until the summer holidays.", False)
    _assert_judged("The warning is in place until noon.", "The warning is in place until midday.", True)


def test_those_complained_about_did_not_complain() -> None:
    pool = "The pool has banned inflatables after lifeguards complained about swimmers being hurt."
    _assert_judged(pool, "The pool has banned inflatables after swimmers complained.", False)


def test_what_came_first_told_by_a_clause_of_its_own() -> None:
    cafe = "A café in Hull has closed after its energy bills tripled."
    _assert_judged(cafe, "The café closed after the owner retired.", False)
    _assert_judged(cafe, "The café has shut after the owners moved away.", False)
    _assert_judged(cafe, "The café closed after its energy bills rose threefold.", True)


def test_a_thing_doing_by_itself_what_another_did_to_it() -> None:
    seals = "The seals were released into the sea last week after being treated."
    _assert_judged(seals, "The seals swam into the sea last week.", False)
    _assert_judged(seals, "The seals were set free into the sea last week.", True)


def test_an_owner_and_a_place_named_in_the_curated_tables_other_words() -> None:
    chef = "A cook from Hull has been named the country's best young chef. She said the prize belonged to the whole kitchen."
    _assert_judged(chef, "A Hull cook has been crowned the nation's best young chef.", True)
    _assert_judged(chef, "She said the prize belonged to everyone in the kitchen.", True)
    _assert_judged(chef, "She said the prize belonged to everyone at the restaurant.", False)


def test_banned_from_keeping_is_barred_from_owning() -> None:
    dogs = "A woman has been banned from keeping dogs for five years."
    _assert_judged(dogs, "A woman has been barred from owning dogs for five years.", True)
    _assert_judged(dogs, "A woman has been barred from breeding dogs for five years.", False)


def test_rescued_from_closure_by_locals() -> None:
    pub = "A pub in Kent that was saved from closure by residents has reopened."
    _assert_judged(pub, "A Kent pub rescued from closure by locals has reopened.", True)
    hall = "The town hall was saved from demolition after a public campaign."
    _assert_judged(hall, "The town hall was spared from demolition after a public campaign.", True)


def test_the_one_ordered_to_do_a_deed() -> None:
    fine = "Inspectors found rats in the kitchen of the restaurant. A judge ordered him to pay £3,000 in costs."
    _assert_judged(fine, "A judge ordered the council to pay £3,000 in costs.", False)
    _assert_judged(fine, "A judge told him to pay £3,000 in costs.", True)


def test_not_yet_in_use_and_powering_homes_at_last() -> None:
    scan = "Doctors said more studies were needed before the scan could be used in clinics."
    _assert_judged(scan, "The scan is already being used in clinics.", False)
    farm = "The operator said the solar farm would eventually power 20,000 homes."
    _assert_judged(farm, "The operator said the solar farm already powers 20,000 homes.", False)
    _assert_judged(farm, "The operator said the solar farm would ultimately supply 20,000 homes.", True)


def test_those_who_complained_did_not_welcome_it() -> None:
    mast = "Residents have complained that the new phone mast spoils the view."
    _assert_judged(mast, "Residents have welcomed the new phone mast.", False)
    _assert_judged(mast, "The council complained that the new phone mast spoils the view.", False)
    _assert_judged(mast, "Residents said the new phone mast spoils the view.", True)


def test_where_the_rest_of_the_money_goes() -> None:
    win = "The couple said the rest of the prize would go on a new roof."
    _assert_judged(win, "The couple said the rest would go on a caravan.", False)


def test_seizing_confiscating_and_working_to() -> None:
    _assert_judged(
        "Customs officers have seized 900 fake watches at the port.",
        "Customs officers have confiscated 900 counterfeit watches at the port.",
        True,
    )
    _assert_judged(
        "The brewery said it was working to reduce its water use.",
        "The brewery said it was trying to cut its water use.",
        True,
    )


def test_what_would_have_been_done_was_not() -> None:
    watches = "Two men were arrested in Luton. Officers said the watches would have been sold at car boot sales."
    _assert_judged(watches, "Officers said the watches had been sold at car boot sales.", False)
    logo = "Critics said the £20,000 spent on a new sign should have been spent on repairs."
    _assert_judged(logo, "Critics said the £20,000 spent on a new sign should have gone on repairs.", True)


def test_satisfied_for_let_down_and_helping_for_doing_little() -> None:
    _assert_judged(
        "The pupils' parents said they had been let down by the school.",
        "The pupils' parents said they were satisfied with the school.",
        False,
    )
    _assert_judged(
        "Experts said the scheme would help cut waiting lists.",
        "Experts said the scheme would do little to cut waiting lists.",
        False,
    )
    _assert_judged("The film is set during the drought of 1921.", "The film is set during the floods of 1921.", False)


def test_whose_idea_and_where_pollution_came_from() -> None:
    cafe = (
        "The café has a quiet hour for customers with autism. "
        "The owner said the idea came from a member of staff whose sister is autistic."
    )
    _assert_judged(cafe, "The owner said the idea came from a customer whose sister is autistic.", False)
    _assert_judged(cafe, "The owner said the idea came from an employee whose sister is autistic.", True)
    lake = "Tests found pollution from a nearby sewage works in the lake."
    _assert_judged(lake, "Tests found pollution from nearby farms in the lake.", False)


def test_never_lost_is_always_kept() -> None:
    poet = "His son said he never lost his sense of humour."
    _assert_judged(poet, "His son said he always kept his sense of humour.", True)
    _assert_judged(poet, "His son said he always lost his sense of humour.", False)


def test_what_came_first_told_of_the_same_one_may_be_a_paraphrase() -> None:
    dog = "The dog was found alive three days after it went missing on a walk."
    _assert_judged(dog, "The dog was found alive three days after it disappeared on a walk.", True)
    _assert_judged(
        "The council said the strike would hurt shops that rely on visitors.",
        "The council said the strike would harm shops that depend on visitors.",
        True,
    )


def test_who_found_it_told_after_what_they_found() -> None:
    hedgehogs = (
        "Scientists have found that hedgehogs in Kent are waking from hibernation ten days earlier than they did 20 "
        "years ago. The researchers said milder winters were the likely cause. They warned that the hedgehogs could "
        "struggle to find enough food."
    )
    _assert_judged(
        hedgehogs,
        "Hedgehogs in Kent are coming out of hibernation ten days earlier than two decades ago, scientists have found.",
        True,
    )


def test_finishing_is_completing_not_starting() -> None:
    nurse = (
        "A nurse from Hull has become the oldest person to complete a degree at the college. She hopes to start a PhD."
    )
    _assert_judged(nurse, "A Hull nurse has become the oldest person to finish a degree at the college.", True)


def test_what_was_due_to_happen_did_not() -> None:
    fair = "The fair was cancelled after a storm. About 300 traders had been due to attend next week."
    _assert_judged(fair, "About 300 traders attended the fair.", False)


def test_one_described_by_a_clause_who_did_not_say_it() -> None:
    shop = (
        "A father and son from Leeds have opened a bike shop that employs only people with sight loss. "
        "The son, who has a stammer, said he wanted to show what people like him could do."
    )
    _assert_judged(shop, "The father, who has a stammer, said he wanted to show what people like him could do.", False)


def test_the_thing_that_helped_named_after_who_said_so() -> None:
    pool = (
        "Visits to museums rose by a third last year. The city museum was the most popular. "
        "Councillors said free entry had helped attract families."
    )
    _assert_judged(pool, "Councillors said higher ticket prices had helped attract families.", False)
    _assert_judged(pool, "Councillors said free admission had helped attract families.", True)


def test_often_is_not_never_and_deterring_is_not_encouraging() -> None:
    coach = "Her coach said she had never once missed a training session."
    _assert_judged(coach, "Her coach said she had often missed training sessions.", False)
    fees = "Teachers said the fees had put off poorer pupils from joining the club."
    _assert_judged(fees, "Teachers said the fees had encouraged poorer pupils to join the club.", False)


def test_whose_complaints_and_a_waste_of_public_money() -> None:
    bins = "The new bins have been removed after complaints from residents and shop owners."
    _assert_judged(bins, "The new bins have been removed after complaints from refuse collectors.", False)
    _assert_judged(bins, "The new bins were taken away following complaints from locals and shop owners.", True)
    sign = "Residents said the new sign was a waste of public money."
    _assert_judged(sign, "Residents welcomed the new sign.", False)


def test_a_deed_the_evidence_stops_is_not_still_to_come() -> None:
    verge = "The council said it would stop cutting the grass verges until the wild flowers had bloomed."
    _assert_judged(verge, "The council said it would cut the grass verges.", False)
    _assert_judged(verge, "The council said it would stop cutting the verges until the wild flowers had bloomed.", True)
    _assert_judged(verge, "The council said it would cut the verges again once the wild flowers had bloomed.", True)
    refused = "The farmer said he would not stop ploughing the field."
    _assert_judged(refused, "The farmer said he would keep ploughing the field.", True)


def test_what_one_misses_more_than_the_other() -> None:
    coach = "The driver said she would miss the passengers more than the driving."
    _assert_judged(coach, "The driver said she would miss the driving more than the passengers.", False)
    _assert_judged(coach, "The driver said she would miss the passengers more than the driving.", True)
    _assert_judged(coach, "The driver said she was glad to be giving up the job.", False)


def test_a_cause_named_where_it_is_still_to_be_found() -> None:
    fire = "Crews put out a fire at a warehouse in Crewe overnight. The owners said the cause would be investigated."
    _assert_judged(fire, "The owners said the cause was a faulty heater.", False)
    _assert_judged(fire, "The owners said the cause of the fire would be looked into.", True)


def test_backing_against_objections_and_other_words_for_residents_and_tiredness() -> None:
    homes = "The council has approved 90 flats by the canal, despite objections from residents."
    _assert_judged(homes, "The council has approved 90 flats by the canal, with the backing of residents.", False)
    fete = "Residents threw a farewell party for the vicar. He said he was tired but happy."
    _assert_judged(fete, "Villagers threw a farewell party for the vicar.", True)
    _assert_judged(fete, "The vicar said he was exhausted but happy.", True)


def test_who_they_were_by_age() -> None:
    pier = "Most of the anglers fined on the pier were teenagers, the harbour master said."
    _assert_judged(pier, "Most of the anglers fined on the pier were pensioners, the harbour master said.", False)
    _assert_judged(pier, "The harbour master said most of the anglers fined on the pier were teenagers.", True)
    pool = "The leisure centre is offering free swimming lessons for children under ten this summer."
    _assert_judged(pool, "The leisure centre is offering free swimming lessons for pensioners this summer.", False)


def test_close_to_a_place_is_near_it_and_no_closing() -> None:
    ferry = "Ferries to Arran were suspended for three days after a storm damaged the pier near Brodick. The route reopened on Sunday."
    _assert_judged(
        ferry, "Ferries to Arran were halted for three days after a storm damaged the pier close to Brodick.", True
    )
    _assert_judged(ferry, "The route will close on Sunday.", False)


def test_the_track_is_the_line_and_a_loan_is_no_permanent_deal() -> None:
    rail = "Workers cleared fallen trees from the line overnight."
    _assert_judged(rail, "Workers removed fallen trees from the track overnight.", True)
    keeper = "The goalkeeper joined the club on loan from Swindon in August."
    _assert_judged(keeper, "The goalkeeper joined the club on a permanent deal from Swindon in August.", False)


def test_a_claim_joining_two_sentences_keeps_each_deed_with_its_own() -> None:
    appeal = (
        "A school has raised £12,000 to buy a minibus for its sports teams. "
        "The money was donated by more than 300 parents in under a month."
    )
    claim = "More than 300 parents donated within a month to help a school raise £12,000 for a minibus for its sports teams."
    _assert_judged(appeal, claim, True)
    _assert_judged(
        appeal, "More than 300 parents gave money within a month to help a school raise £12,000 to buy a minibus.", True
    )
    _assert_judged(appeal, "A school has donated £12,000 for a minibus for its sports teams.", False)


def test_what_is_crushed_is_not_returned_and_not_whatever_the_condition() -> None:
    bikes = "The seized motorbikes will be crushed unless their owners can prove they were insured."
    _assert_judged(bikes, "The seized motorbikes will be returned to their owners.", False)
    _assert_judged(
        bikes, "The seized motorbikes will be crushed even if their owners can prove they were insured.", False
    )
    _assert_judged(bikes, "The seized motorbikes will be crushed unless their owners prove they were insured.", True)


def test_leaving_the_car_at_home_is_not_driving_more() -> None:
    park = "The council said the new park-and-ride would persuade shoppers to leave their cars at home."
    _assert_judged(
        park, "The council said the new park-and-ride would persuade shoppers to use their cars more.", False
    )


def test_a_step_of_the_law_the_article_never_tells() -> None:
    crash = (
        "A van driver stopped at the scene after hitting a cyclist in Stafford. "
        "The driver is helping police with their inquiries."
    )
    _assert_judged(crash, "The van driver has been charged by police.", False)
    _assert_judged(crash, "The van driver has been arrested.", False)
    _assert_judged(crash, "The van driver stopped at the scene and is helping police.", True)
    fee = "The car park will charge drivers £2 an hour from May."
    _assert_judged(fee, "Drivers will be charged £2 an hour at the car park from May.", True)


def test_shop_owners_are_shopkeepers_and_what_drives_customers_away_brings_none_in() -> None:
    levy = "Some shop owners said the parking fees would drive customers to out-of-town stores."
    _assert_judged(
        levy, "Some shopkeepers warned the parking fees would push customers towards out-of-town stores.", True
    )
    _assert_judged(levy, "Some shop owners said the parking fees would bring more customers into the town.", False)


def test_a_paper_bag_is_no_plastic_one_and_where_the_money_goes() -> None:
    bags = "Customers will pay 5p for a paper bag, and the money raised will go to a wildlife charity."
    _assert_judged(bags, "Customers will pay 5p for a plastic bag.", False)
    _assert_judged(bags, "The money raised will go to the shop's staff bonus scheme.", False)
    _assert_judged(bags, "The money raised from the 5p paper bag charge will go to a wildlife charity.", True)


def test_years_of_work_and_whose_work() -> None:
    ofsted = (
        "The nursery has been rated outstanding for the first time. "
        "Its manager said the rating was a reward for years of hard work by staff."
    )
    _assert_judged(ofsted, "The manager said the rating rewarded staff for years of hard work.", True)
    _assert_judged(ofsted, "The manager said the rating was a reward for years of hard work by parents.", False)
    _assert_judged(ofsted, "The nursery has been rated outstanding for years.", False)


def test_an_anniversary_of_marriage_is_so_many_years() -> None:
    couple = "A couple from Ripon have celebrated their 65th wedding anniversary with a tea party."
    _assert_judged(couple, "A Ripon couple marked 65 years of marriage with a tea party.", True)
    _assert_judged(couple, "A Ripon couple marked 60 years of marriage with a tea party.", False)


def test_what_nothing_shows_a_thing_led_to_is_not_the_thing() -> None:
    lights = (
        "The council voted to cut street lighting after midnight to save money. "
        "Police said they had no evidence that switching off lights led to more burglaries."
    )
    _assert_judged(lights, "To save money, the council voted to switch off street lights after midnight.", True)
    _assert_judged(lights, "Police said switching off lights led to more burglaries.", False)


def test_a_grandmother_is_a_gran_and_sheep_lost_in_an_attack_were_killed() -> None:
    poem = "A boy from Bangor has won a prize for a poem about his grandmother's allotment."
    _assert_judged(poem, "A Bangor boy has won a prize for a poem about his gran's allotment.", True)
    flock = "A farmer near Hexham has lost 25 lambs in a suspected fox attack."
    _assert_judged(flock, "Twenty-five lambs have been killed in what is thought to be a fox attack near Hexham.", True)


def test_cancelled_is_not_taking_place_and_a_hope_for_a_later_year() -> None:
    fair = "The county show has been cancelled this year. Organisers said they hoped to return in 2028."
    _assert_judged(fair, "The county show will not take place this year.", True)
    _assert_judged(fair, "Organisers said they hoped to be back in 2028.", True)
    _assert_judged(fair, "The county show will take place this year.", False)


def test_those_in_work_are_not_unemployed() -> None:
    bank = "The food bank said most of the people it helped were in work."
    _assert_judged(bank, "The food bank said most of the people it helped were unemployed.", False)
    _assert_judged(bank, "The food bank said most of the people it helped had jobs.", True)


def test_the_sum_of_one_deed_given_to_another() -> None:
    unit = "The £8 million ward was paid for partly by an appeal that raised £2 million."
    _assert_judged(unit, "An appeal raised £8 million for the ward.", False)
    _assert_judged(unit, "An appeal raised £2 million towards the £8 million ward.", True)
    parties = "The Greens spent £420,000 and the Liberals £310,000."
    _assert_judged(parties, "The Liberals spent £310,000.", True)


def test_decades_of_doing_a_thing_and_a_year_or_more() -> None:
    warden = "A crossing warden in Hull has retired after 20 years helping pupils cross the road."
    _assert_judged(warden, "A Hull crossing warden has retired after two decades helping pupils across the road.", True)
    ferry = "The ferry port has been cut off since the storm. The firm said repairs would take at least a year."
    _assert_judged(ferry, "The firm said repairs would take a year or more.", True)
    _assert_judged(ferry, "The firm said repairs would take less than a month.", False)


def test_a_driving_ban_is_the_ban_the_evidence_tells_by_its_verb() -> None:
    speeding = "A van driver has been banned for two years after doing 105mph on the A1. He was also fined £900."
    _assert_judged(speeding, "A van driver clocked at 105mph on the A1 has been given a two-year driving ban.", True)
    fined = "A van driver was fined £900 after doing 105mph on the A1."
    _assert_judged(fined, "The van driver has been banned from driving.", False)


def test_a_superlative_told_of_another_name() -> None:
    gardens = (
        "Visits to the county's gardens rose by 9% last year, with Hartwell Park the most popular. "
        "Fenby Hall saw the biggest rise, up by a third."
    )
    _assert_judged(gardens, "Hartwell Park saw the biggest rise.", False)
    _assert_judged(gardens, "Fenby Hall was the most popular.", False)
    _assert_judged(gardens, "Fenby Hall saw the biggest rise, up by a third.", True)


def test_overseas_tourists_are_not_local_visitors_and_a_fine_is_no_sacking() -> None:
    museum = "The museum said overseas tourists made up most of the rise in visitors."
    _assert_judged(museum, "The museum said local visitors made up most of the rise.", False)
    player = "His club said he had been fined two weeks' wages."
    _assert_judged(player, "His club said he had been sacked.", False)


def test_most_of_a_count_is_a_share_and_no_rise() -> None:
    bank = "The bank will cut 200 jobs. It employs about 3,000 people, mostly in Leeds."
    _assert_judged(bank, "Most of the bank's 3,000 staff work in Leeds.", True)


def test_more_or_less_of_one_thing_is_not_set_against_another() -> None:
    sleep = "Children who use screens at night sleep for shorter periods. The authors said more research was needed."
    _assert_judged(sleep, "Children who use screens at night get less sleep.", True)
    _assert_judged(sleep, "The authors said less research was needed.", False)


def test_people_by_their_noun_credited_with_a_named_ones_deed() -> None:
    flood = "Site manager Ann Cole blamed the heavy rain. Engineers at the council said the drains had been blocked."
    _assert_judged(flood, "Engineers blamed the heavy rain.", False)
    _assert_judged(flood, "Ann Cole blamed the heavy rain.", True)


def test_a_name_closing_the_claim_put_in_anothers_place() -> None:
    rovers = (
        "Kelby Rovers have sacked their manager. Coach Tom Reyes will take charge for Sunday's game against Ardwick."
    )
    _assert_judged(rovers, "Tom Reyes will take charge for Sunday's game against Kelby.", False)
    _assert_judged(rovers, "Tom Reyes will take charge for Sunday's game against Ardwick.", True)


def test_a_step_the_evidence_says_must_wait() -> None:
    school = "The inspectors said more checks were needed before any closure could be considered."
    _assert_judged(school, "The inspectors called for the school to be closed.", False)
    _assert_judged(school, "The inspectors said more checks were needed before the school could be closed.", True)


def test_the_one_a_name_is_set_after_did_the_deed() -> None:
    repairs = (
        "The mayor of Ardley, Sue Pike, has accused the county council of delaying repairs. "
        "The council's leader, Ian Holt, denied this."
    )
    _assert_judged(repairs, "Ian Holt has accused the mayor of Ardley of delaying repairs.", False)
    _assert_judged(repairs, "The mayor has accused the county council of delaying repairs.", True)


def test_missing_is_not_brought_ashore_safely() -> None:
    lifeboat = "All 12 passengers were brought ashore safely, the lifeboat crew said."
    _assert_judged(lifeboat, "The lifeboat crew said 12 passengers were missing.", False)


def test_a_body_the_deed_is_done_for_is_not_its_doer() -> None:
    builder = "The builder Harmon will lay off 150 staff after losing a contract to build homes for the city council."
    _assert_judged(builder, "The city council will lay off 150 staff.", False)
    _assert_judged(builder, "Harmon will lay off 150 staff.", True)
    fined = "Harmon has been fined £50,000 after admitting two charges; the judge said the firm had been careless."
    _assert_judged(fined, "The firm admitted two charges.", True)


def test_from_around_the_world_is_not_from_across_the_country() -> None:
    final = "Fans travelled from across the country for the final."
    _assert_judged(final, "Fans travelled from around the world for the final.", False)


def test_a_deed_meant_for_a_thing_told_as_another() -> None:
    ruling = "The club said it would study the ruling before deciding how to respond."
    _assert_judged(ruling, "The club said it would appeal against the ruling.", False)
    _assert_judged(ruling, "The club said it would examine the ruling before choosing how to respond.", True)


def test_one_speaking_after_where_they_spoke() -> None:
    court = (
        "A driver, Sam Reed, has been cleared of careless driving. Outside court, his solicitor said he was relieved."
    )
    _assert_judged(court, "Outside court, Sam Reed said he was relieved.", False)
    _assert_judged(court, "Outside court, his solicitor said he was relieved.", True)


def test_people_by_whose_they_are_credited_with_an_announcement() -> None:
    schools = (
        "The education minister, Jo Hart, has announced that schools will open an hour earlier from September. "
        "Teachers' leaders said the plan had not been discussed with them."
    )
    _assert_judged(schools, "Teachers' leaders have announced that schools will open an hour earlier.", False)
    _assert_judged(schools, "Teachers' leaders said the plan had been agreed with them.", False)
    _assert_judged(schools, "Teachers' leaders said the plan had not been discussed with them.", True)


def test_a_quality_the_evidence_says_may_be() -> None:
    eclipse = "Astronomers said the eclipse may be visible from the north coast."
    _assert_judged(eclipse, "Astronomers said the eclipse will be visible from the north coast.", False)


def test_weather_and_harvests_told_the_other_way() -> None:
    _assert_judged(
        "Forecasters said the storm would ease overnight.", "Forecasters said the storm would get worse.", False
    )
    _assert_judged(
        "Bakers blamed poor harvests for dearer flour.", "Bakers blamed strong harvests for dearer flour.", False
    )
    _assert_judged("Astronomers said the star would fade.", "Astronomers said the star would get brighter.", False)
    _assert_judged("Strong winds hampered the rescue.", "Calmer winds helped the rescue.", False)


def test_calling_for_an_inquiry_is_wanting_one_and_no_calling_off() -> None:
    port = "The opposition leader, Ed Vance, has called for an inquiry into the sale of the port."
    _assert_judged(port, "Ed Vance wants an inquiry into how the port was sold.", True)
    _assert_judged(port, "Ed Vance has called off an inquiry into the sale of the port.", False)


def test_a_count_read_from_a_score() -> None:
    final = "Harlow won the final 4-2, with three tries from their winger Sam Dale."
    _assert_judged(final, "Sam Dale scored four tries in the final.", False)
    _assert_judged(final, "Sam Dale scored three tries as Harlow won 4-2.", True)


def test_the_country_a_government_acts_for_did_the_deed() -> None:
    rice = "The government of Dornia has banned wheat exports to keep prices down. Neighbouring Aldova said it wanted talks."
    _assert_judged(rice, "Aldova has banned wheat exports.", False)
    _assert_judged(rice, "Dornia has stopped wheat exports to hold down prices.", True)


def test_last_season_is_not_next_season() -> None:
    team = "The researchers plan to return next summer to collect more samples."
    _assert_judged(team, "The researchers collected more samples last summer.", False)


def test_definitely_and_nearby_against_probably_and_far() -> None:
    dust = "The dust was probably blown from deserts thousands of miles away, the scientists said."
    _assert_judged(dust, "The scientists said the dust had definitely come from the deserts.", False)
    _assert_judged(dust, "The scientists said the dust had come from nearby deserts.", False)


def test_both_for_one_of_two() -> None:
    crash = "Two cyclists were taken to hospital. One suffered a broken arm; the other had cuts to his face."
    _assert_judged(crash, "Both cyclists suffered broken arms.", False)
    _assert_judged(crash, "One cyclist suffered a broken arm and the other had cuts to his face.", True)


def test_dying_early_is_an_early_death_and_a_quarterly_loss_any_quarters() -> None:
    steps = "Adults who cycle to work have a lower risk of dying early, a study suggests."
    _assert_judged(steps, "Cycling to work may lower the risk of early death, a study suggests.", True)
    loss = "The retailer Brackens reported a loss of £12 million for the last quarter."
    _assert_judged(loss, "Brackens made a £12 million quarterly loss.", True)


def test_the_pair_are_the_two_the_evidence_says_both_of() -> None:
    rescue = "Two climbers were rescued from the ridge. The coastguard said both were experienced."
    _assert_judged(rescue, "The coastguard said the pair were experienced climbers.", True)


def test_she_after_a_named_one_is_not_the_groups_between() -> None:
    levy = (
        "The town will charge visitors a £3 levy from May, the council's tourism chief, Mira Lund, announced. "
        'Hoteliers warned the levy would drive guests away. "We need the money for our roads," she said.'
    )
    _assert_judged(levy, '"We need the money for our roads," a hotelier said.', False)
    _assert_judged(levy, "Hoteliers said the levy would put guests off.", True)


def test_cut_off_is_without_and_a_new_record_is_not_the_old_ones() -> None:
    storm = "Gales brought down lines across the county, leaving 8,000 homes without power."
    _assert_judged(storm, "Gales brought down lines across the county, cutting power to 8,000 homes.", True)
    race = (
        "Ada Nwosu broke the national 800m record, finishing in 1:58.2. The previous record of 1:59.1 stood since 2004."
    )
    _assert_judged(race, "Ada Nwosu set a new national 800m record of 1:58.2.", True)


def test_detecting_is_not_curing_and_moving_in_is_not_being_priced_out() -> None:
    scan = "Doctors have developed a scan that can detect bowel cancer earlier."
    _assert_judged(scan, "Doctors have developed a scan that can cure bowel cancer.", False)
    village = "The mayor said young families could no longer afford to live in the village."
    _assert_judged(village, "The mayor said young families were moving into the village.", False)


def test_paraphrases_of_figures_joblessness_a_ban_and_a_record() -> None:
    jobs = "Youth unemployment rose slightly to 14%, official figures show."
    _assert_judged(jobs, "Official data show joblessness among young people edged up to 14%.", True)
    town = "The town has voted to ban new holiday lets."
    _assert_judged(town, "The town has voted to stop new holiday lets.", True)


def test_a_rate_kept_at_a_level_is_unchanged_and_rising_more_slowly_is_slowing() -> None:
    bank = "The central bank has kept interest rates at 3.75% for a third month."
    _assert_judged(bank, "The central bank left interest rates unchanged at 3.75%.", True)
    _assert_judged(bank, "The central bank cut interest rates to 3.75%.", False)
    homes = "House prices rose 4% last year. The lender expects prices to rise more slowly this year."
    _assert_judged(homes, "The lender thinks price growth will slow this year.", True)
    _assert_judged(homes, "The lender expects prices to rise faster this year.", False)


def test_found_by_one_past_when() -> None:
    lost = "A four-year-old girl was found by a passer-by two hours later and taken home."
    _assert_judged(lost, "The girl was found by police two hours later.", False)
    _assert_judged(lost, "A passer-by found the girl two hours later.", True)


def test_first_beforehand_one_each_of_two_and_an_event_taking_place() -> None:
    homes = "A judge ruled that the council closed two libraries without consulting residents."
    _assert_judged(homes, "A judge found the council shut two libraries without asking residents first.", True)
    pair = "Two sailors have crossed the Atlantic in a rowing boat. The pair, from Wales and Ghana, took 52 days."
    _assert_judged(pair, "The sailors, one Welsh and one Ghanaian, took 52 days.", True)
    mask = (
        "A museum has returned a carved mask to Ghana, decades after it was taken by colonial officers. "
        "The mask was handed over at a ceremony in Kumasi on Friday."
    )
    _assert_judged(mask, "The handover took place at a ceremony in Kumasi on Friday.", True)


def test_returning_is_not_buying_and_the_right_thing_is_no_regret() -> None:
    mask = "A museum has returned a carved mask to Ghana. Its director said it was the right thing to do."
    _assert_judged(mask, "A museum has bought a carved mask from Ghana.", False)
    _assert_judged(mask, "Its director said it was a decision she regretted.", False)


def test_a_counted_ones_deed_said_and_a_meant_deed_beside_the_same_verb_elsewhere() -> None:
    storm = "The coastguard said about 30 boats had been delayed by the storm."
    _assert_judged(storm, "The coastguard said about 30 boats had been sunk by the storm.", False)
    _assert_judged(storm, "The coastguard said about 30 boats had been held up by the storm.", True)
    race = "Organisers said 4,000 people had entered the race."
    _assert_judged(race, "Organisers said 4,000 people had signed up for the race.", True)
    club = "The club must pay the players' wages this month. It said it would appeal against the ban."
    _assert_judged(club, "The club said it would pay the ban.", False)


def test_a_doer_added_past_where_a_passive_deed_was_done() -> None:
    owl = "A snowy owl has been spotted on the Orla estuary for the first time in 30 years."
    _assert_judged(owl, "A snowy owl has been spotted on the Orla estuary by a walker.", False)
    bridge = "The bridge was closed after it was damaged by floods. The council will reopen it in March."
    _assert_judged(bridge, "The bridge will be reopened in March after the floods damaged it.", True)


def test_how_often_in_kinds_of_time_other_rules_do_not_read() -> None:
    choir = "The choir rehearses for three hours every evening."
    _assert_judged(choir, "The choir rehearses for three hours every weekend.", False)
    _assert_judged(choir, "The choir rehearses for three hours each night.", True)


def test_extra_of_one_thing_and_calling_off_of_another() -> None:
    gym = "The gym chain has raised its fees by £3. It said the money would pay for new machines. Some members may cancel."
    _assert_judged(gym, "The gym chain says the extra money will pay for new machines.", True)
    trains = "Trains to Dunmore were cancelled on Sunday."
    _assert_judged(trains, "Extra trains to Dunmore ran on Sunday.", False)


def test_a_jailing_in_prison_words_and_all_but_one_told_with_except() -> None:
    raid = "A woman who stole jewellery worth £90,000 has been jailed for four years."
    _assert_judged(raid, "A woman has been sentenced to four years in prison for stealing £90,000 of jewellery.", True)
    bikes = "Officers recovered all but two of the bikes from a shed."
    _assert_judged(bikes, "Officers got back every bike except two, found in a shed.", True)


def test_short_of_a_record_the_evidence_says_was_set() -> None:
    heat = "Temperatures reached 36.2C in Orlet on Tuesday, a record."
    _assert_judged(heat, "Temperatures reached 36.2C in Orlet on Tuesday, short of the record.", False)
    _assert_judged(heat, "Temperatures hit a record 36.2C in Orlet on Tuesday.", True)


def test_done_wrongly_by_its_prefix() -> None:
    quiz = "The contestant won after correctly pronouncing the name of the Welsh village."
    _assert_judged(quiz, "The contestant mispronounced the name of the Welsh village.", False)
    report = "The review said staff had handled the complaint badly."
    _assert_judged(report, "The review said staff had mishandled the complaint.", True)


def test_in_use_now_for_a_thing_still_hoped_for() -> None:
    glue = "Researchers have made a glue from milk proteins. They hope to try it in furniture making next year."
    _assert_judged(glue, "The glue is already used in furniture making.", False)
    _assert_judged(glue, "The researchers hope the glue will be used in furniture making.", True)


def test_words_in_single_quotation_marks_are_a_quotation() -> None:
    review = "The critics called the play 'a quiet triumph'. It runs until May."
    _assert_judged(review, "The critics called the play 'a noisy failure'.", False)
    _assert_judged(review, "Critics described the play as 'a quiet triumph'.", True)
    _assert_judged(review, "The play's critics liked it and it runs until May.", True)


def test_one_of_two_for_what_befell_both() -> None:
    crash = "A van hit two pedestrians on Friday. Both pedestrians were treated for cuts."
    _assert_judged(crash, "One of the pedestrians was treated for cuts.", False)
    _assert_judged(crash, "The two pedestrians were treated for cuts.", True)


def test_free_for_a_priced_thing_and_a_price_that_is_no_loss() -> None:
    cups = "The cafe will stop using disposable cups. Reusable cups will be sold for £3. The change will save 9,000 cups a year."
    _assert_judged(cups, "Customers will be given reusable cups for free.", False)
    _assert_judged(cups, "Reusable cups costing £3 will be sold instead.", True)


def test_a_post_of_a_body_named_before_its_holder() -> None:
    firm = "The chief executive of the rail company Northway, Ana Ruiz, will step down in June."
    _assert_judged(firm, "Northway chairman Ana Ruiz will step down in June.", False)
    _assert_judged(firm, "Northway's chairman will step down in June.", False)
    _assert_judged(firm, "Northway chief executive Ana Ruiz will step down in June.", True)


def test_a_debut_is_a_first_and_a_saga_a_story() -> None:
    album = "The singer Mira Vos has topped the charts with her debut record, a saga of life at sea."
    _assert_judged(album, "Mira Vos's first album, a story of life at sea, has topped the charts.", True)
    _assert_judged(album, "Mira Vos's second album has topped the charts.", False)


def test_a_studys_authors_are_its_researchers() -> None:
    study = (
        "A study of 800 children found that reading at bedtime improved sleep. The authors said the effect was small."
    )
    _assert_judged(study, "The researchers said the effect was small.", True)
    _assert_judged(study, "Teachers said the effect was small.", False)


def test_a_deed_done_now_that_takes_effect_later_is_to_come() -> None:
    fares = "The transport authority has frozen bus fares at £2 from January."
    _assert_judged(fares, "From January, bus fares will be frozen at £2, the transport authority said.", True)
    shut = "The council has closed the pool."
    _assert_judged(shut, "The council will close the pool.", False)


def test_a_charge_told_by_its_own_sentence_frames_only_what_it_tells() -> None:
    vote = (
        "Councillors in Marl have voted to ban cars from the market square on Saturdays. The motion passed by 9 votes "
        "to 4. Opponents argued that shops would lose trade."
    )
    _assert_judged(
        vote, "Marl councillors have backed banning cars from the market square on Saturdays, by 9 votes to 4.", True
    )
    _assert_judged(vote, "Shops would lose trade.", False)
    _assert_judged(vote, "Critics said shops would lose trade.", True)


def test_a_title_in_the_plural_of_those_acting_for_one() -> None:
    death = "The painter Ida Lenk has died aged 88. Her family said she died at home."
    _assert_judged(death, "Her doctors said she died at home.", False)
    _assert_judged(death, "Her relatives said she died at home.", True)


def test_some_before_a_figure_is_about_that_many() -> None:
    flood = "Floods cut off 4,000 homes in Rell on Monday. Roads to all homes had reopened by Friday."
    _assert_judged(flood, "Some 4,000 Rell homes were cut off by floods on Monday.", True)
    _assert_judged(flood, "Roads to some homes had reopened by Friday.", False)


def test_a_span_of_months_told_by_its_first_and_last() -> None:
    jobs = "Inflation in Varo fell to 2.1% in the three months to May."
    _assert_judged(jobs, "Varo's inflation rate fell to 2.1% in the March-to-May period.", True)
    _assert_judged(jobs, "Varo's inflation rate fell to 2.1% in the January-to-May period.", False)


def test_tourists_and_visitors_local_and_national_elections_cooling_and_overheating() -> None:
    lost = "A German tourist was found safe after a night lost on Ben Arra."
    _assert_judged(lost, "A German visitor who spent a night lost on Ben Arra has been found safe.", True)
    age = "Lawmakers have voted to let 16-year-olds vote in local elections."
    _assert_judged(age, "Lawmakers have voted to let 16-year-olds vote in national elections.", False)
    market = "Analysts said the housing market was starting to cool."
    _assert_judged(market, "Analysts said the housing market was overheating.", False)


def test_loud_and_quiet_and_a_claim_telling_both_delays_and_cancellations() -> None:
    frog = "Researchers have recorded the loudest frog call ever measured, at 110 decibels."
    _assert_judged(frog, "Researchers have recorded the quietest frog call ever measured.", False)
    trains = "The operator has lost its contract after years of late and cancelled trains."
    _assert_judged(trains, "The operator has lost its contract after years of delays and cancellations.", True)


def test_a_deed_set_aside_and_not_allowed_for_banned() -> None:
    ruling = "A court has ordered the club to pay £80,000. The club said it would not appeal."
    _assert_judged(ruling, "The club said it would pay rather than appeal.", True)
    _assert_judged(ruling, "The club said it would appeal.", False)
    dogs = "The council has banned dogs from the beach from May."
    _assert_judged(dogs, "From May, dogs will not be allowed on the beach.", True)


def test_a_plan_dropped_is_no_fall_and_a_cause_still_being_worked_out() -> None:
    pool = "The council has scrapped plans to close the pool after 3,000 people objected. More people now use it."
    _assert_judged(pool, "The council has dropped its plan to shut the pool.", True)
    seal = "A seal has been found dead on a beach. Vets are trying to work out how it died."
    _assert_judged(seal, "Vets said the seal had been hit by a boat.", False)
