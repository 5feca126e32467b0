"""Who the article says said it: the speaker of each sentence, read the way a reader keeps track."""

from __future__ import annotations

import pytest

from factcards.models import Article
from factcards.text.attribution import attributions
from factcards.text.document import Document
from factcards.text.entity_types import entity_type
from factcards.text.names import full_names, name_tokens
from factcards.text.words import ADVERBS


def speakers(body: str) -> list[str | None]:
    doc = Document(Article(id="a", body=body))
    said = attributions(doc)
    return [said.speaker_of(s) for s in doc.sentences]


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Harbour FM’s Dana Whitlock", "Dana Whitlock"),  # the outlet's person
        ("Fortunately Tobias", "Tobias"),  # an adverb that opens the sentence
        ("But Marisol Vane", "Marisol Vane"),
        ("SCANDAL When Petra Lind", "Petra Lind"),  # a shouted kicker, then an opener
        ("Producer Ines Caldera", "Ines Caldera"),  # a job title
        ("Bonus Vane-led", ""),  # "-led" makes it a description, not a name
        ("I Feel Fine", ""),
    ],
)
def test_the_name_in_a_capitalized_run(run: str, name: str) -> None:
    assert " ".join(name_tokens(run, openers=ADVERBS)) == name


def test_a_word_the_article_writes_in_lower_case_is_dropped_only_while_a_full_name_remains() -> None:
    ordinary = {"police", "mark"}
    assert full_names(["Police Commander Rafael Osei"], ordinary) == ["Rafael Osei"]
    assert full_names(["Mark Tellum"], ordinary) == ["Mark Tellum"]  # "mark" is a word, and a first name


def test_he_said_is_never_the_person_the_quotation_talks_about() -> None:
    body = (
        "The actor Owen Rask was not at the premiere.\n\n"
        "“I don’t understand why Owen would stay away from his own film,” she said."
    )
    assert speakers(body)[-1] != "Owen Rask"


def test_a_county_after_from_is_not_the_speaker() -> None:
    body = 'Before the operation, Tobias, from Wexley, Hartshire, said: "I have always wanted this."'
    assert speakers(body) != ["Hartshire"]


def test_a_spokesman_for_someone_is_who_spoke_not_the_person_named() -> None:
    body = 'A spokesman for Prime Minister Alma Reyes said on Saturday that she "is deeply saddened by the loss."'
    assert speakers(body) == ["A spokesman for Prime Minister Alma Reyes"]


def test_words_said_inside_a_quotation_do_not_name_its_speaker() -> None:
    body = (
        "Ines Caldera, the festival's director, spoke at the opening.\n\n"
        '"Pavel Brandt said that we had a deal which covered the whole tour."'
    )
    assert speakers(body)[-1] != "Pavel Brandt"


def test_a_body_cut_to_its_last_word_is_not_a_speaker() -> None:
    body = "“The decision was not taken lightly,” Northern Coastal National Parks posted on Friday."
    assert speakers(body) != ["Parks"]


def test_a_job_before_a_full_name_is_a_title_and_a_region_is_a_place() -> None:
    doc = Document(Article(id="a", body="Archaeologist Nell Varga led the dig near North Wales East and Central."))
    assert doc.full_names == ["Nell Varga"]


def test_a_company_named_for_what_it_makes_is_a_body_not_a_person() -> None:
    assert entity_type("Larkfield Motors") == "organisation"
    assert entity_type("Brightwater Airlines") == "organisation"
    assert entity_type("Nell Varga") == "person"


def test_she_said_is_not_the_man_named_just_before() -> None:
    body = (
        "The actress Ana Ruiz arrived late on Friday.\n\n"
        "Her co-star, actor Tom Reyes, left early.\n\n"
        "“It was a long night for all of us,” she said."
    )
    assert speakers(body)[-1] != "Tom Reyes"
    assert speakers(body.replace("she said", "he said"))[-1] == "Tom Reyes"


def test_a_described_speaker_after_the_quotation_is_not_the_outlet_that_reported_it() -> None:
    body = "“Each of the children flinched,” a prosecutor said Monday at a hearing, KRVT reported."
    assert speakers(body) == ["a prosecutor"]


def test_a_headline_in_title_case_is_not_a_name() -> None:
    assert name_tokens("Made Sexual Advances Toward Him") == []
    assert " ".join(name_tokens("Tom A. Reyes")) == "Tom A. Reyes"


def test_an_official_in_someones_office_is_who_spoke() -> None:
    body = "The talks ran late. The visit will last three hours, and an official in Mr. Halvorsen’s office said it was “productive.”"
    assert speakers(body)[-1] == "an official in Mr. Halvorsen’s office"


def test_a_town_the_article_puts_after_near_and_a_picture_credit_are_not_speakers() -> None:
    body = (
        "Rescuers searched the sea near Tanjung Ayer, the nearest town.\n\n"
        '"The visibility is only two metres," he said.\n\n'
        "Image copyright AP Image caption Soldiers patrol the port.\n\n"
        '"We are in control of the harbour," he said.'
    )
    assert speakers(body)[1] is None and speakers(body)[-1] is None
