"""Who the article says said it: the speaker of each sentence, read the way a reader keeps track."""

from __future__ import annotations

import pytest

from factcards.models import Article
from factcards.text.attribution import QUOTE, attributions, plausible_speaker
from factcards.text.document import Document
from factcards.text.entity_types import entity_type
from factcards.text.names import full_names, name_tokens
from factcards.text.words import ADVERBS, sex_of_word


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


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("says U.S. Park Service volunteer Ines Caldera.", "Ines Caldera"),  # not "U"
        ("said J. R. Okafor, the harbour master.", "J. R. Okafor"),  # not "J"
    ],
)
def test_a_full_stop_inside_an_abbreviation_does_not_cut_the_speaker_short(said: str, speaker: str) -> None:
    assert speakers(f"“Deserts are fragile, and damage lasts,” {said}\n")[0] == speaker


def test_what_several_say_in_the_present_is_theirs() -> None:
    assert speakers("Police say that Tobias had just taken the key. Residents say little.") == ["Police", None]


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


def test_a_title_only_people_have_makes_a_person_whatever_the_name_ends_with() -> None:
    assert entity_type("Sir Tom Lane") == "person"  # though "Lane" ends street names
    assert entity_type("Dr Ruth Ames") == "person"
    # (without the title, a given name before the street word makes a person; a street needs no given name)
    assert entity_type("Tom Lane") == "person" and entity_type("Mill Lane") == "place"
    assert entity_type("Sir") is None


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


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Senate Majority Leader Orla Finch of Vermont", "Orla Finch"),  # "of" a state ends the name
        ("Secretary of State Ivo Marsh", "Ivo Marsh"),  # "of" inside a title goes on
        ("WATCH Dovel", "Dovel"),  # a video caption's word in capitals
        ("Tessa Quill Thursday", "Tessa Quill"),  # the day after a name
        ("Jeffrey Lord", "Jeffrey Lord"),  # a title word as a surname
        ("Det Con Rhys Ambler", "Rhys Ambler"),  # police ranks
    ],
)
def test_names_without_what_sits_next_to_them(run: str, name: str) -> None:
    assert " ".join(name_tokens(run, openers=ADVERBS)) == name


def test_she_goes_on_meaning_the_person_the_sentences_are_about() -> None:
    body = (
        "The singer Hana Brook left most of her estate to her children.\n\n"
        "Her gardener, Ilse Varga, received $5,000.\n\n"
        "“I never expected anything,” Varga said.\n\n"
        "Brook, born Hannah Brookfield in Leeds, died in March.\n\n"
        "She wanted to be remembered for her music and for her husband, actor Piet Dorn.\n\n"
        "“My songs will outlive me,” she told a radio show in 2015."
    )
    assert speakers(body)[-1] == "Hana Brook"


def test_mr_is_not_the_wife_who_shares_his_surname() -> None:
    body = (
        "Edda Pell and her husband Tom, of Harlow, set out on Sunday.\n\n"
        "Mrs Pell fell from the ridge.\n\n"
        "Mr Pell said his wife went ahead of him.\n\n"
        "“We agreed to turn back if it got hard,” he said."
    )
    assert speakers(body)[-2:] == ["Pell", "Pell"]


def test_he_said_inside_a_quotation_is_not_an_attribution() -> None:
    body = (
        "A statement to the father of Rory Dunne was recorded in the diary.\n\n"
        "“She hugged me, and she said we are going to find who did this.”"
    )
    assert speakers(body)[-1] is None


def test_a_document_or_a_passive_is_no_speaker() -> None:
    assert speakers("The latest notice said that “some cards were used fraudulently.”") == [None]
    assert speakers("The hearing was told Ms Pell was a fit and active woman.") == [None]
    assert speakers("“He lay behind the gun,” said the article, by historian Ana Roth.")[0] != "the article"


def test_the_person_before_a_description_spoke_not_the_place_that_ends_it() -> None:
    body = "“We found the bones,” Inspector Amos Okello, an officer at the staff college Wakiso told reporters."
    assert speakers(body) == ["Amos Okello"]
    body = "“The route was hard,” Det Con Rhys Ambler, the leader of the rescue team, told the inquest."
    assert speakers(body) == ["Rhys Ambler"]


def test_a_role_with_the_name_after_it_is_the_name() -> None:
    body = "“It was foolish of your presenters to call,” wrote the chairman, Simon Ferrow."
    assert speakers(body) == ["Simon Ferrow"]


def test_a_shared_surname_is_the_one_named_last() -> None:
    body = (
        "Josh Carrow, 7, is recovering.\n\n"
        "His father Todd Carrow thanked the doctors.\n\n"
        "“They never gave up,” Carrow said."
    )
    assert speakers(body)[-1] == "Todd Carrow"


def test_he_mid_sentence_is_the_person_just_named() -> None:
    body = (
        "The lawyer Ben Fiske cited a ruling by Supreme Court Justice Carla Imre in which she said that "
        'the law "cannot stand."'
    )
    assert speakers(body) == ["Carla Imre"]


def test_he_said_never_means_an_organisation() -> None:
    body = (
        "The Harwell Institute said turnout fell.\n\nTurnout was lowest in the north.\n\n“It was a quiet day,” he said."
    )
    assert speakers(body)[-1] != "The Harwell Institute"


def test_a_possessive_name_is_not_who_he_means() -> None:
    body = 'Surgeon Neil Arden traced the shape of Mary Holt\'s ears.\n\nHe said: "We can match the new ear to that."'
    assert speakers(body)[-1] == "Neil Arden"


def test_family_members_keep_their_own_sex() -> None:
    body = (
        "Ray Tolland was jailed in 2008.\n\n"
        "His former wife, Nadia Tolland, was killed in 1994.\n\n"
        "Tolland knows what happens when pride gets the better of him.\n\n"
        "“I just wish I had never gone there,” he said."
    )
    assert speakers(body)[-1] == "Ray Tolland"


def test_one_table_says_which_words_mark_a_man_or_a_woman() -> None:
    assert [sex_of_word(w) for w in ("mr", "actress", "gentleman", "girl", "senator")] == ["m", "f", "m", "f", None]


def test_a_name_inside_what_he_said_is_not_the_speaker() -> None:
    body = (
        "“The review did not satisfy anyone,” Lena Okafor said.\n\nShe said Republicans had also confirmed the inquiry."
    )
    assert speakers(body) == ["Lena Okafor", "Lena Okafor"]


def test_a_member_of_a_body_spoke_not_the_body() -> None:
    body = "“Everyone wants an older site,” Sue Amberley from the Coastal University, who was not involved, told reporters."
    assert speakers(body) == ["Sue Amberley"]


def test_a_people_is_not_a_person() -> None:
    doc = Document(Article(id="a", body="Critics said Indigenous Australians were not as innovative, wrote Ada Moss."))
    assert "Indigenous Australians" not in doc.full_names


def test_sentences_a_feed_ran_together_are_two() -> None:
    body = "Officers put it in an evidence bag.The inquiry board said it had the module."
    assert len(Document(Article(id="a", body=body)).sentences) == 2


def test_a_person_of_a_firm_spoke_not_the_firm() -> None:
    body = "“The method is sound,” pattern expert Jon Priest of Bevel, Gardner and Associates Inc. said."
    assert speakers(body) == ["Jon Priest"]
    assert speakers("The company also said it had stopped the practice.") == ["The company"]


def test_she_said_after_a_clause_naming_someone_else_is_still_the_subject() -> None:
    body = (
        "Nora Vell, in a memoir seen by the Tillbury Express-News, wrote that her daughter was ill.\n\n"
        "After feeling the baby they had named Ada Rose “tremble,” she said the decision was clear."
    )
    assert speakers(body)[-1] == "Nora Vell"


def test_a_governor_is_named_without_the_title() -> None:
    assert speakers('"We are watching closely," Gov. Lara Quint tweeted.') == ["Lara Quint"]


def test_the_first_of_two_relatives_in_a_sentence_is_who_it_is_about() -> None:
    body = (
        "Mira Santo, the daughter of the designer Pavel Santo, knew the victim well.\n\n“He truly cared,” said Santo."
    )
    assert speakers(body)[-1] == "Mira Santo"


def test_a_plural_title_is_not_a_first_name() -> None:
    body = "Deejays Roula and Ryan pulled the interview.\n\n“It was one-sided,” said Roula."
    doc = Document(Article(id="a", body=body))
    assert "Deejays Roula" not in doc.full_names
    assert speakers(body)[-1] == "Roula"


def test_page_furniture_does_not_change_who_he_is() -> None:
    body = (
        "Vladimir Putin spoke in China.\n\n"
        "He said talks were needed.\n\n"
        "JUST WATCHED China's leader urges peace Replay More Videos ... MUST WATCH China's leader 02:15\n\n"
        '"Russia condemns these exercises," he said.'
    )
    assert speakers(body)[-1] == "Vladimir Putin"


def test_a_spokesperson_after_a_time_phrase_spoke() -> None:
    body = "In November a spokesperson for Kevin Spacey said he was “taking the time necessary.”"
    assert speakers(body) == ["a spokesperson for Kevin Spacey"]


def test_she_is_not_a_man_the_article_names_by_a_common_first_name() -> None:
    body = (
        "Critics seized on Gareth Pryce's remark that voters could act if Hillary Stone wins.\n\n"
        'He also insisted, falsely, that the mayor "founded" the group.'
    )
    assert speakers(body)[-1] != "Hillary Stone"


def test_someone_described_by_whose_they_are_is_not_that_person() -> None:
    assert speakers('"He had grit," said Melquan’s former football coach, Don Clark.') == ["Don Clark"]
    assert speakers('"He had grit," said Melquan’s former football coach.') == ["Melquan’s former football coach"]


def test_the_spokesman_for_a_president_is_the_spokesman() -> None:
    body = 'The minister will visit Gaza "to provide support" the spokesman for President Ali Barre said.'
    assert speakers(body) == ["the spokesman for President Ali Barre"]


def test_a_newspaper_that_reported_is_not_a_speaker() -> None:
    body = "The inventor wrote a letter to the patriarch, Izvestia, a pro-government daily, reported on Monday."
    assert "Izvestia" not in [s for s in speakers(body) if s]


def test_a_city_before_a_statement_is_not_the_speaker() -> None:
    body = (
        "After the killing at the airport of the capital, Port Vesta, a statement attributed to the "
        "Northern Jurists Committee said the blame “rests with the government.”"
    )
    assert speakers(body) != ["Port Vesta"]


def test_a_name_with_its_body_is_the_name() -> None:
    body = '"We would not throw out the fat," said Julio Castro of Peru’s board of medicine.'
    assert speakers(body) == ["Julio Castro"]


def test_the_prosecutor_is_the_person_the_article_gave_that_title_in_lower_case() -> None:
    body = (
        "On Tuesday the prosecutor, Amal Haddad, spoke for an hour.\n\n"
        "“Here we have a mayor who sold the harbour,” said the prosecutor."
    )
    assert speakers(body)[-1] == "Amal Haddad"


def test_they_goes_on_from_the_speakers_before_never_back_to_a_place_named() -> None:
    body = (
        '"A storm could leave the Eastern Seaboard without power for a year," researchers at the lab wrote.\n\n'
        '"We will send the probe to touch the sun," they added.'
    )
    assert "Eastern Seaboard" not in speakers(body)


def test_an_age_before_a_name_is_not_part_of_it() -> None:
    assert name_tokens("Nine-year-old Kieran Sorkin") == ["Kieran", "Sorkin"]


def test_a_name_repeated_by_link_text_is_the_name_once() -> None:
    assert name_tokens("Panel Chairman Ivo Marsh Ivo MarshChatter grows") == ["Ivo", "Marsh"]
    assert name_tokens("Becoming Tomas Vane Tomas") == ["Tomas", "Vane"]  # a heading run into the story


def test_a_country_after_a_preposition_is_not_who_told_the_quote() -> None:
    body = 'A spokeswoman for Harbour Police in Australia told reporters: "The inquiry continues."'
    assert speakers(body) != ["Australia"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(  # after a quotation "told X" names the listener; a who-clause may hold a quoted title
            "Councillor Ivo Marsh told Harbour FM host Lena Ruiz on Sunday that the vote was fair.\n\n"
            'Marsh, who heard the result live on "Morning Desk," told Ruiz, “Nobody lost anything today.”',
            ["Ivo Marsh", "Ivo Marsh"],
            id="told-the-listener",
        ),
        pytest.param(
            "The firm sold lists of buyers for a few cents each, and one list that said: “These buyers trust easily.”",
            [None],
            id="a-list-says-nothing",
        ),
        pytest.param(  # a detective's rank in capitals is not part of the name
            "Detective Constable Rhian Moss told the inquest the path was wet.\n\n"
            "DC Moss told the hearing: “The route was the wrong choice.”",
            ["Rhian Moss", "Rhian Moss"],
            id="rank-in-capitals",
        ),
        pytest.param(  # a sentence opening on a place is spoken by the person it names
            "In Port Vesta, one of the towns voting today, Ilse Marron, a teacher, said the turnout was high.\n\n"
            "“We are trying to balance things out,” she said.",
            ["Ilse Marron", "Ilse Marron"],
            id="opening-on-a-place",
        ),
        pytest.param(  # "X described …" is X saying it; "continued to" is no speech
            "Soldiers stormed the palace. Gunshots reportedly continued to ring out overnight.\n\n"
            "A member of the presidential guard described the fighting to reporters.\n\n"
            "“We are in control of the palace,” he said.",
            [None, None, "A member of the presidential guard", "A member of the presidential guard"],
            id="described-then-he",
        ),
    ],
)
def test_speakers_of_real_news_patterns(body: str, expected: list[str | None]) -> None:
    assert speakers(body) == expected


def test_a_party_label_describes_the_person_it_follows_or_stands_for() -> None:
    assert speakers(
        "The council approved the plan.\n\n"
        "“We will move two bills this month,” Council Leader Marta E. Quill, Port Alden Democrat, said of the plan.\n"
    ) == [None, "Marta E. Quill"]
    assert speakers(
        "Sen. Joe Tarrow said Sunday he will vote against the bill.\n\n"
        "“I will vote against it,” the moderate East Ridge Democrat said.\n\n"
        "The chair, the hawkish North Vale Republican Bob Menard, spoke first.\n\n"
        "“The exit was flawed,” Menard told the minister.\n"
    ) == ["Joe Tarrow", "Joe Tarrow", None, "Bob Menard"]


def test_a_name_inside_a_quotation_is_not_whom_the_next_he_means() -> None:
    body = (
        "The ministry spokesman Lorin Vasque called the pact “reckless” and said the partners “should drop"
        " the old Cold War thinking that divides the region.”\n\n"
        "“Otherwise they will only hurt themselves,” he said at a briefing.\n"
    )
    assert speakers(body)[1] == "Lorin Vasque"


def test_capitals_between_an_article_and_a_job_are_no_name() -> None:
    body = (
        "Eastmark Sen. Ravi Tollan delivered the reply to President Morrow's address.\n\n"
        "Tollan, the lone Black GOP senator, spoke after Morrow concluded his remarks Wednesday night.\n\n"
        "When Tollan was picked for the role, he said in a statement that he would be “sharing a hopeful vision.”\n"
    )
    assert speakers(body)[2] == "Ravi Tollan"
    assert Document(Article(id="a", body=body)).full_names == ["Ravi Tollan"]


def test_the_company_goes_on_meaning_the_body_that_just_spoke() -> None:
    assert (
        speakers(
            "Corvane and its partner asked regulators to approve the drug for children.\n\n"
            "Corvane tweeted on Thursday that the companies had filed their request.\n\n"
            "“This filing is an important step,” the pharmaceutical giant said.\n"
        )[2]
        == "Corvane"
    )
    assert speakers(
        "A review “found the conduct lawful,” the Harbor Police said in a statement.\n\n"
        "The department said an officer may use force only “in defense of life.”\n"
    ) == ["Harbor Police", "Harbor Police"]
    # Growers are not the association: a plain word that spoke is no body's name.
    assert (
        speakers(
            "Growers warned that storage was running out.\n\nThe association said it had asked for two cold stores.\n"
        )[1]
        == "The association"
    )


def test_the_end_of_a_longer_name_is_not_a_speaker_but_two_people_are() -> None:
    assert speakers(
        "The former director for the Centers for Disease Control and Prevention said that people “should get both doses.”\n"
    ) == [None]
    assert speakers("“We were fooled,” Mel Greig and Michael Castel told reporters.\n") == ["Michael Castel"]


def test_the_title_with_only_a_surname_after_it_is_that_person() -> None:
    body = (
        "President Morrow on Wednesday said he has tasked the agencies.\n\n"
        "The president noted that he had called for “access to the labs.”\n\n"
        "House Speaker Nina Pellow says the panel “will do the job.”\n"
    )
    assert speakers(body) == [None, "Morrow", "Nina Pellow"]


def test_a_job_at_a_body_needs_no_article_and_the_firm_is_no_person() -> None:
    body = (
        'Mark Frain, partner at recruitment firm Odgers Bellway, told the radio show: "If he left, it would be for'
        ' a rival."\n\nThe company was now far stronger than when he took over, he said.\n'
    )
    assert speakers(body) == ["Mark Frain", "Mark Frain"]


def test_a_place_after_throughout_is_not_who_spoke() -> None:
    body = "Most were handed over for bounties, as leaflets the army dropped throughout Ruritania said, “enough for life.”\n"
    assert speakers(body) == [None]


def test_an_unnamed_source_described_by_party_or_boss_is_not_the_person_named_before() -> None:
    said = speakers(
        "Mayor Dana Kreel won the vote in Wexley. Senator Olu Barros campaigned for her.\n\n"
        "“Turnout decided it,” said a Wexley Republican.\n\n"
        "“The polls were wrong,” another Wexley Republican added.\n\n"
        "“We can build on this,” said a senior Barros adviser.\n\n"
        "“I only know the numbers,” said one aide who praised Kreel but asked not to be named.\n\n"
        "“It was close,” one former party leadership aide said.\n"
    )
    assert said[2:] == [
        "a Wexley Republican",
        "another Wexley Republican",
        "a senior Barros adviser",
        "one aide",
        "one former party leadership aide",
    ]


def test_what_only_looks_like_an_unnamed_source_is_not_one() -> None:
    said = speakers(
        "Her birthday on 4 May would have marked ten sober years, a birthday her agent said meant much to her.\n\n"
        "A Wexley fan set up a fund, a day after the singer tweeted about her debts.\n"
    )
    assert said == [None, None]


def test_a_sentence_that_opens_on_a_person_and_hands_over_to_a_quotation_after_a_colon() -> None:
    said = speakers(
        "Aldo Fenn runs the campaign. Rhea Moss works for the rival camp.\n\n"
        "“In breaking news,” Fenn tweeted on Monday.\n\n"
        "Moss fired back: “As a guardian of the legacy,” she wrote, “we know whom you root for.”\n\n"
        "Fenn's plan reads: “No more waiting.”\n"
    )
    assert said[2:] == ["Aldo Fenn", "Rhea Moss", None]


def test_a_state_abbreviation_after_a_town_is_a_place_not_a_speaker() -> None:
    said = speakers("“Both scare me,” Harry Lund, 30, of Raleigh, N.C., who was among those polled, said.\n")
    assert said == [None]
    assert entity_type("N.C.") == "place" and entity_type("Calif.") == "place"


def test_he_said_means_the_person_the_sentence_before_opens_on_not_the_one_it_acts_on() -> None:
    said = speakers(
        "Governor Ilse Varga met Mayor Tomas Brandt on Friday.\n\n"
        "Varga scolded Brandt for the late budget.\n\n"
        "“The city cannot wait another month,” she said.\n\n"
        "Senator Piotr Lask, who chairs the committee, agreed with Brandt on the bridge.\n\n"
        "Ben Ashdown, a former aide to Lask, gave Brandt some credit for the plan.\n\n"
        "“He found the money,” he said.\n"
    )
    assert said[2] == "Ilse Varga" and said[5] == "Ben Ashdown"


def test_a_long_phrase_before_the_subject_and_a_subject_ruled_out_by_sex() -> None:
    said = speakers(
        "Nora Quill met Dev Amaro on Monday.\n\n"
        "In the days after the storm that closed the harbour for a week, Nora Quill visited Dev Amaro.\n\n"
        "He said the fishing fleet “will need a year.”\n"
    )
    assert said[2] == "Dev Amaro"  # the one she visited: "he" cannot be Nora Quill


def test_within_one_sentence_he_is_the_person_it_opens_on() -> None:
    said = speakers(
        "Pavel Orlik spoke after Karl Dunne.\n\n"
        "When Orlik was asked whether he trusts Dunne, he said, “I trust the process.”\n\n"
        "Lena Marsh asked whether the deal was signed, “or is it only a promise?” she added.\n"
    )
    assert said[1] == "Pavel Orlik" and said[2] == "Lena Marsh"


def test_a_first_name_says_the_sex_before_a_surname_the_article_marks_for_her_husband() -> None:
    said = speakers(
        "Susan Fell, whose husband, Mr. Fell, died in the wreck, spoke on the radio.\n\n"
        "Though moved by their grief, Fell said she does not think Arno and Ida Brook are beyond criticism.\n\n"
        "“First of all,” she told the host, “nobody wants this.”\n"
    )
    assert said[2] == "Susan Fell"


def test_the_senator_is_the_one_person_the_article_gives_the_short_title() -> None:
    one = speakers(
        "If Ruth Mallen is for it, Ohio Sen. Dara Quist is against it.\n\n"
        "The senator said she would “bring a bill this month.”\n"
    )
    two = speakers(
        "Sen. Dara Quist and Sen. Omar Feld spoke to Ruth Mallen.\n\nThe senator said the bill “is coming.”\n"
    )
    assert one[1] == "Dara Quist"
    assert two[1] == "The senator"  # two senators: either could be meant


def test_a_body_that_wrote_is_not_a_title_run_from_the_headline() -> None:
    said = speakers(
        "Lone Player Stands While Rest Of His Team Kneels.\n\n"
        "The club asked its players to stay in.\n\n"
        "“We respect those who served,” the football team wrote.\n"
    )
    assert said[2] == "the football team"


def test_a_surname_the_article_gives_in_full_only_in_its_headline_still_acts() -> None:
    said = speakers(
        "Vera Holm Goes After Anton Petz As The New Carl Rusk.\n\n"
        "On Monday night, Holm leaned in hard, painting Petz as a Rusk copy.\n\n"
        "“Why won't he release his tax returns?” she said.\n"
    )
    assert said[2] == "Holm"


def test_a_sentence_led_by_she_goes_on_about_whom_she_meant() -> None:
    said = speakers(
        "Nora Quill backs Ivo Sand for mayor.\n\n"
        "She appeared to say that Sand could shake things up more than Lena Marsh, the former mayor.\n\n"
        "“Some people want a revolution,” she said.\n"
    )
    assert said[2] == "Nora Quill"


def test_an_inverted_clause_is_no_name_and_a_party_tag_does_not_hide_the_subject() -> None:
    said = speakers(
        "Had Ivo Sand won the vote, the delegates would have backed him.\n\n"
        "Rep. Karl Dunne (R-Ohio) also spoke when introducing Sand on Thursday.\n\n"
        "“He built this movement,” he said.\n"
    )
    assert said[2] == "Karl Dunne"
    assert "Had Ivo Sand" not in Document.of(Article(id="x", body="Had Ivo Sand won, we would know.")).full_names


def test_a_word_held_off_by_he_said_is_what_he_said_not_who_said_it() -> None:
    body = (
        "In a video, Kevin Rogers said his firm watched out for fraud.\n\n"
        "Fraudsters, he said in the video, don't last long.\n\n"
        "A developer can get away with it for a while, he says.\n"
    )
    assert speakers(body) == ["Kevin Rogers", "Kevin Rogers", "Kevin Rogers"]


def test_a_quotation_left_open_runs_on_to_the_next_sentence_and_paragraph() -> None:
    body = (
        '"We cannot spend money we do not have," Ada Brook told reporters. "The deficit is already too large.\n\n'
        '"And nobody in this chamber wants to say so."\n\n'
        '"It is a good bill," said Tomas Hale.\n\n'
        '"I will vote for it."\n\n'
        "The vote is on Friday."
    )
    # A closed quotation does not run on into the next paragraph: that is a new speaker's to give.
    assert speakers(body) == ["Ada Brook", "Ada Brook", "Ada Brook", "Tomas Hale", None, None]


def test_a_party_and_state_in_brackets_do_not_hide_the_speaker() -> None:
    assert speakers("Sen. Ada Brook (R-Ky.) said on Tuesday that the bill was a mistake.") == ["Ada Brook"]


@pytest.mark.parametrize(
    "body",
    [
        'The law was challenged by the Carrow Drivers Association, whose president, Tina Roe, called the ruling "a '
        'win for common sense."',
        'Tina Roe, the group\'s president, called the ruling "a win for common sense."',
        'Its president, Tina Roe, said: "This is a win for common sense."',
    ],
)
def test_an_aside_between_the_speaker_and_the_quotation_keeps_the_speaker(body: str) -> None:
    assert speakers(body) == ["Tina Roe"]


def test_what_the_speaker_does_while_saying_it_keeps_them_the_speaker() -> None:
    body = 'Chief executive Priya Nair apologised, saying: "We let our customers down and we are deeply sorry."'
    assert speakers(body) == ["Priya Nair"]


def test_a_government_agency_speaks_and_a_news_agency_reports() -> None:
    body = (
        "The Environment Agency said the defences had held. "
        "Rainfall will ease on Friday, the National Weather Agency said. "
        "About 120 residents spent the night in shelters, Harbor News Agency reported."
    )
    assert speakers(body)[:2] == ["Environment Agency", "National Weather Agency"]
    assert speakers(body)[2] != "Harbor News Agency"


def test_what_was_added_is_no_one_speaking() -> None:
    body = (
        "Employers added 175,000 jobs in April, the Labor Department said. "
        "Striker Tom Mercer scored twice and Sam Okoro added a third. "
        '"It was a good day," Okoro added.'
    )
    assert speakers(body) == ["Labor Department", None, "Sam Okoro"]


def test_a_product_recalled_is_no_one_speaking() -> None:
    body = 'Marlow recalled the drug in March. "It was a hard week," Dana Reyes recalled.'
    assert speakers(body) == [None, "Dana Reyes"]


def test_a_quotation_in_single_marks_is_the_one_named_after_it_s_and_an_apostrophe_opens_none() -> None:
    body = (
        "'We can't keep the clinic open without more doctors,' said Dr Ruth Kemp, after minister Ian Cole announced "
        "new funding. The players' union said the '90s were different."
    )
    assert speakers(body)[0] == "Ruth Kemp"
    assert QUOTE.findall(body) == ["We can't keep the clinic open without more doctors,"]


def test_she_is_the_one_woman_named_lately_when_the_last_named_is_a_man() -> None:
    body = (
        "A walker who fell on Tarn Fell has been rescued by a mountain team.\n\n"
        "Anna Price, 52, slipped on wet rock above Greyside. Rescuer Tom Hale reached her within an hour.\n\n"
        '"I thought I would be there all night," she said.'
    )
    assert speakers(body)[-1] == "Anna Price"
    # two women named: "she" is not guessed
    two = body.replace("Rescuer Tom Hale", "Rescuer Jane Hale")
    assert speakers(two)[-1] != "Anna Price"


def test_a_description_then_the_name_after_a_quotation_is_the_name() -> None:
    assert speakers('"We failed," said the trust\'s chief executive, Amir Shah.') == ["Amir Shah"]
    assert speakers('"We failed," said the chief executive, Amir Shah.') == ["Amir Shah"]


def test_a_month_that_is_a_first_name_before_a_surname_is_a_speaker() -> None:
    for name in ("May Lee", "April Ross", "Jan Wood"):
        doc = Document(Article(id="x", body=f"{name} said the car park closure would kill the town centre."))
        assert attributions(doc).speaker_of(doc.sentences[0]) == name
    assert not plausible_speaker("May 24")
    assert not plausible_speaker("Jan. Wood")


def test_an_opening_ing_word_says_in_what_part_someone_spoke_and_is_no_name() -> None:
    body = "Prosecuting, Ann Vale said the money was never repaid. Defending, Tom Kerr said his client was sorry."
    assert speakers(body) == ["Ann Vale", "Tom Kerr"]


def test_a_given_name_and_a_surname_that_ends_street_names_is_a_speaker() -> None:
    assert speakers("Judge Ruth Lane said the firm had cut corners.") == ["Ruth Lane"]
    assert plausible_speaker("Joe Hill")
    assert not plausible_speaker("Mill Lane")  # a street does not speak
    assert plausible_speaker("Dawn Hill")  # a given name the list knows, before a hill
    assert plausible_speaker("Tom Bridge")
    assert not plausible_speaker("Tower Bridge")


def test_a_title_of_a_place_before_a_name_says_who_speaks() -> None:
    assert speakers("The mayor of Kelton, Ada Marsh, said she was disappointed.") == ["Ada Marsh"]
    assert speakers("A councillor in Orm, Ivo Kell, said the plan was rushed.") == ["Ivo Kell"]
    assert speakers("Kieran, from Bushey, Hertfordshire, said it was great.") == ["Kieran"]  # no title: places


def test_a_given_name_before_a_surname_that_also_ends_place_names_is_a_person() -> None:
    assert entity_type("Ann Hill") == "person" and entity_type("Judge Joe Hill") == "person"
    assert entity_type("Mill Lane") == "place" and entity_type("Chapel Hill") == "place"


def test_one_who_reported_a_thing_seen_is_not_the_one_the_sentence_ends_on_saying() -> None:
    text = "Walkers have reported dozens of dead fish in the Orm after a spill from a works, the Orm Water Board said."
    assert speakers(text) == ["Orm Water Board"]
    assert speakers("Walkers have reported that the path is closed.") == ["Walkers"]


def test_a_countrys_body_is_the_speaker_not_the_country_word() -> None:
    doc = Document(Article(id="a", body="Nurses will strike. The Welsh government said it was disappointed."))
    assert attributions(doc).speaker_of(doc.sentences[1]) == "The Welsh government"


def test_a_kind_of_people_alone_opening_its_saying_speaks() -> None:
    assert speakers("The bus was scrapped. Residents said the timetable never suited them.") == [None, "Residents"]
    assert speakers("The bus was scrapped. Residents say little.") == [None, None]
