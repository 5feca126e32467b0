"""The offline extractor: who said what, which sentences matter, and a cap per article."""

from __future__ import annotations

from factcards.extractors import Extractor, available, get_extractor
from factcards.extractors.offline import OfflineExtractor
from factcards.grounding.verify import verify_cards
from factcards.models import Article, Kind, Status


def cards_of(body: str, **settings: int) -> list:
    article = Article(id="t", body=body, date="2025-03-14")
    return OfflineExtractor(**settings).extract(article)


def speakers(body: str) -> list[tuple[str, str | None]]:
    return [(c.claim[:25], c.speaker) for c in cards_of(body) if c.kind in (Kind.quote, Kind.statement)]


def test_registry_offers_offline_behind_the_protocol() -> None:
    extractor = get_extractor("offline")
    assert isinstance(extractor, Extractor)
    assert "offline" in available()


def test_attribution_patterns() -> None:
    body = (
        "Mayor Lena Okafor announced the closure on Friday.\n\n"
        '"We did not take this decision lightly," Okafor said.\n\n'
        '"It will hurt small shops in the old town," said Tomas Reyes, a baker on Quay Road.\n\n'
        "The cost will reach $4 million, according to Finance Director Ilse Brandt.\n\n"
        '"Our members have had no real pay rise in years," said Guild secretary Priya Nandakumar.\n\n'
        '"We will keep talking to the company every day," she added.\n\n'
        '"Fares have gone up three years in a row," said Omar Haddad of the Commuters\' Association.\n\n'
        '"The timetable will change again in the autumn," said Mark Solberg, a spokesman.'
    )
    assert speakers(body) == [
        ("Mayor Lena Okafor announc", "Lena Okafor"),
        ('"We did not take this dec', "Lena Okafor"),  # surname resolved to the full name
        ('"It will hurt small shops', "Tomas Reyes"),
        ("The cost will reach $4 mi", "Ilse Brandt"),
        ('"Our members have had no ', "Priya Nandakumar"),
        ('"We will keep talking to ', "Priya Nandakumar"),  # "she added" -> the last speaker
        ('"Fares have gone up three', "Omar Haddad"),  # the name, then whom he speaks for
        ('"The timetable will chang', "Mark Solberg"),  # "Mark" is a name, not "Mar(ch)"
    ]


def test_pronoun_follows_a_newly_named_person_not_an_older_speaker() -> None:
    body = (
        '"The plan is sound and fully costed," Mayor Lena Okafor said.\n\n'
        "Councillor Ava Lindqvist criticised the timing of the plan.\n\n"
        '"This is not the plan this city needed," she said.'
    )
    assert speakers(body)[-1] == ('"This is not the plan thi', "Ava Lindqvist")


def test_the_role_points_back_to_the_person_introduced_with_it() -> None:
    body = 'Mayor Lena Okafor spoke at length to reporters on Friday.\n\n"We did not take this decision lightly," the mayor said.'
    assert speakers(body)[-1][1] == "Lena Okafor"


def test_datelines_and_discourse_words_are_trimmed_from_claims_but_not_from_evidence() -> None:
    body = (
        "PORT ALDEN — The bridge will close for six weeks, officials said.\n\nBut the ferry will run every 20 minutes."
    )
    first, second = cards_of(body)
    assert first.claim == "The bridge will close for six weeks, officials said."
    assert first.where == "Port Alden"
    assert second.claim == "The ferry will run every 20 minutes."
    assert second.evidence[0].quote == "But the ferry will run every 20 minutes."


def test_stray_spaces_before_punctuation_are_tidied_in_the_claim() -> None:
    [card] = cards_of("Secretary Antony Blinken , during his three-day visit , said the talks went well .")
    assert card.claim == "Secretary Antony Blinken, during his three-day visit, said the talks went well."
    assert card.speaker == "Antony Blinken"


def test_kinds_and_when() -> None:
    body = (
        '"We did not take this decision lightly at all," Okafor said on Friday.\n\n'
        "The closure will divert about 18,000 vehicles a day onto Mill Street.\n\n"
        "The bridge will reopen on Monday, May 5, after the works end.\n\n"
        "The bridge is a well loved landmark of the old harbor town."
    )
    kinds = [(c.kind, c.when) for c in cards_of(body)]
    assert kinds == [
        (Kind.quote, "2025-03-14"),
        (Kind.number, None),
        (Kind.event, "2025-05-05"),
        (Kind.background, None),
    ]


def test_the_cap_keeps_the_most_salient_cards_in_article_order() -> None:
    body = "\n\n".join(
        f"Officials counted {n} new cases in district {n} of the region on Friday." for n in range(1, 21)
    )
    cards = cards_of(body, max_cards=5)
    assert len(cards) == 5
    starts = [c.evidence[0].quote for c in cards]
    assert starts[0].startswith("Officials counted 1 new cases")  # the lead always makes it
    assert [c.evidence[0].quote for c in cards] == sorted(starts, key=lambda q: int(q.split()[2]))


def test_near_duplicates_are_merged_with_both_spans_as_evidence() -> None:
    body = (
        '"Any interference in our election is totally unacceptable to us," Blinken said.\n\n'
        "Other things happened at the meeting that day in the capital.\n\n"
        '"Any interference in our election is totally unacceptable to us," Blinken said again.'
    )
    quotes = [c for c in cards_of(body) if c.kind is Kind.quote]
    assert len(quotes) == 1
    assert len(quotes[0].evidence) == 2


def test_offline_cards_verify_against_their_own_article() -> None:
    body = (
        "MERIDIAN — Train drivers at Northwind Rail will walk out for 48 hours from Tuesday, March 18, "
        "their union said on Thursday.\n\n"
        '"Our members have not had a real pay rise in four years. Nobody takes this step lightly," '
        "said Guild secretary Priya Nandakumar.\n\n"
        "The strike will affect about 90,000 daily passengers, Northwind Rail estimated."
    )
    article = Article(id="t", body=body, date="2025-03-14")
    checked = verify_cards(OfflineExtractor().extract(article), [article])
    assert [c.status for c in checked] == [Status.verified] * 3
    assert len({c.id for c in checked}) == 3


def test_ids_are_stable_across_runs() -> None:
    body = "The council voted 7 to 2 on Friday to approve the budget for next year."
    assert [c.id for c in cards_of(body)] == [c.id for c in cards_of(body)]


def test_a_claim_opening_with_he_gets_the_name_and_cites_the_sentence_that_gives_it() -> None:
    body = (
        "Detectives questioned the neighbour, Walter Brisk, on Sunday night.\n\n"
        "He burned copies of his camera footage for the detectives, who stayed until 4 a.m."
    )
    article = Article(id="brisk", body=body, date="2024-05-06")
    [card] = [c for c in OfflineExtractor().extract(article) if "copies" in c.claim]
    assert card.claim.startswith("Walter Brisk burned copies")
    [checked] = verify_cards([card], [article])
    assert checked.status is Status.verified, checked.reasons
    assert any(e.context and "Walter Brisk" in (e.text or "") for e in checked.evidence)


def test_a_he_that_could_mean_two_people_is_left_alone() -> None:
    body = (
        "Walter Brisk argued with Tom Gale outside the bar on Sunday night.\n\n"
        "He burned copies of his camera footage for the detectives, who stayed until 4 a.m."
    )
    cards = OfflineExtractor().extract(Article(id="two", body=body, date="2024-05-06"))
    assert next(c.claim for c in cards if "copies" in c.claim).startswith("He burned")


def test_bylines_credits_and_page_furniture_are_not_cards() -> None:
    body = (
        "Matt Mueller\n\n"
        "With Saoirse Ronan, Stanley Tucci, Mark Wahlberg and Rachel Weisz as the Salmon family\n\n"
        "(See the top 10 fiction books of 2009, chosen by our critics.)\n\n"
        "Read or Share this story: https://example.com/a-short-link-here\n\n"
        "This post originally ran in April 2013 on the paper's culture blog.\n\n"
        "SEE ALSO: Brenholm council unveils a new flood barrier for the river\n\n"
        "Share Tweet 300k shares on Facebook shares on Facebook\n\n"
        "Residents fear the worst after the river rose two metres in Brenholm on Tuesday.\n"
    )
    assert [c.claim for c in cards_of(body)] == [
        "Residents fear the worst after the river rose two metres in Brenholm on Tuesday."
    ]


def test_a_possessive_is_not_where_it_happened() -> None:
    [card] = cards_of("To Abigail, who keeps everything in Susie's bedroom as it was, Lynn says it is a tomb.\n")
    assert card.where is None


def test_a_name_that_describes_the_next_word_or_a_people_is_not_where_it_happened() -> None:
    assert [c.where for c in cards_of("Brenholm has said it does not interfere in Ardish elections.\n")] == [None]
    assert [c.where for c in cards_of("Okafor told the story in Forbes magazine last week.\n")] == [None]
    assert [c.where for c in cards_of("Okafor said in Spanish that the dam would hold.\n")] == [None]
    assert [c.where for c in cards_of("Police in Brenholm shot a man on Tuesday night.\n")] == ["Brenholm"]
    assert [c.where for c in cards_of("The council met at Fuller's Bridge as the river rose.\n")] == ["Fuller's Bridge"]
    said = "“Bridges just don't fall down in Ardland,” Mayor Lena Okafor said at the Brenholm depot.\n"
    assert [c.where for c in cards_of(said)] == [None]


def test_a_sentence_printed_twice_is_cited_at_each_place_once() -> None:
    line = "In this March 3, 2025, file photo, crews inspect the Harbor Bridge cables in Port Alden."
    body = f"{line}\n\nThe bridge will close for six weeks, the mayor said.\n\n{line}\n"
    article = Article(id="twice", body=body)
    cards = verify_cards(OfflineExtractor().extract(article), [article])
    [photo] = [c for c in cards if "file photo" in c.claim]
    assert [(e.start, e.end) for e in photo.evidence] == [
        (0, len(line)),
        (body.rindex(line), body.rindex(line) + len(line)),
    ]
