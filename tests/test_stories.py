"""Grouping articles into stories: by distinctive terms, through an inverted index."""

from __future__ import annotations

import pytest

from bench.corpus import generate, pairwise_scores
from conftest import EXAMPLES, GOLDEN
from factcards.load import load_articles
from factcards.models import Article
from factcards.pipeline import build_brief_of
from factcards.stories.grouping import (
    LINK_SCORE,
    SAME_OUTLET_LINK,
    StorySettings,
    _cluster,
    _find,
    _link_features,
    article_terms,
    group_stories,
    link_score,
    similarity_stem,
    story_id,
)


def grouped(paths: list) -> list[list[str]]:
    articles = load_articles(paths)
    return [[articles[i].id for i in g.members] for g in group_stories(articles)]


def test_the_examples_group_into_their_three_stories() -> None:
    assert grouped([EXAMPLES]) == [
        ["alden-courier-bridge", "coastline-bridge", "valley-wire-bridge"],
        ["meridian-rail-strike", "valley-wire-rail"],
        ["tech-ledger-recall"],
    ]


def test_stories_stay_apart_when_mixed_with_other_days_news() -> None:
    groups = grouped([EXAMPLES, GOLDEN / "stories-day" / "articles", GOLDEN / "three-outlets" / "articles"])
    assert ["harbour-times-ferry", "lake-orm-gazette-ferry", "radio-orm-ferry"] in groups
    assert ["harbour-times-museum", "lake-orm-gazette-museum"] in groups
    assert ["radio-orm-chess"] in groups  # belongs to no story
    assert ["lakeside-radio", "northern-herald", "ridgeway-courier"] in groups
    assert sum(len(g) for g in groups) == 6 + 6 + 3


def test_headline_and_id_are_stable() -> None:
    articles = load_articles([EXAMPLES])
    first = group_stories(articles)
    again = group_stories(list(reversed(articles)))
    assert {g.story_id for g in first} == {g.story_id for g in again}
    assert first[0].story_id == story_id(["coastline-bridge", "alden-courier-bridge", "valley-wire-bridge"])
    assert articles[first[0].headline_index].id in ("alden-courier-bridge", "coastline-bridge", "valley-wire-bridge")


def test_articles_days_apart_are_not_one_story() -> None:
    body = "The Varnholt bridge in Port Alden will close for six weeks, Mayor Lena Okafor said, citing corroded cables."
    a = Article(id="a", body=body, date="2025-03-14")
    b = Article(id="b", body=body, date="2025-05-01")
    c = Article(id="c", body=body, date="2025-03-15")
    assert [sorted(g.members) for g in group_stories([a, b, c])] == [[0, 2], [1]]


def test_a_generated_day_groups_with_high_pairwise_precision_and_recall() -> None:
    corpus = generate(stories=60, per_story=6, seed=11)
    groups = group_stories(corpus.articles, StorySettings())
    precision, recall = pairwise_scores(corpus.story_of, [[corpus.articles[i].id for i in g.members] for g in groups])
    assert precision >= 0.95 and recall >= 0.9, (precision, recall)


def test_stemming_joins_word_forms() -> None:
    assert similarity_stem("closure") == similarity_stem("closed") == similarity_stem("close")
    assert similarity_stem("inspectors") == similarity_stem("inspection")
    assert similarity_stem("harbour") == similarity_stem("harbor")  # a British outlet and an American one


def test_a_story_says_what_its_articles_share() -> None:
    bodies = {
        "courier": "Mayor Lena Okafor said the Harbor Bridge will close for repairs to its cables.",
        "wire": "The Harbor Bridge closes on Monday, Mayor Okafor said; cable repairs take six weeks.",
        "recipe": "Bake the lemon tart for forty minutes and let it cool before serving.",
    }
    articles = [Article(id=k, body=v, date="2025-03-14") for k, v in bodies.items()]
    groups = group_stories(articles, StorySettings(threshold=0.1))
    [story] = [g for g in groups if len(g.members) == 2]
    assert story.shared == ["Bridge", "Harbor", "Mayor", "Okafor", "cables", "close", "repairs"]
    assert [g.shared for g in groups if len(g.members) == 1] == [[]]


def test_the_weekday_of_an_event_tells_it_apart_but_is_not_shown_as_what_a_story_shares() -> None:
    # Next week's jobless claims are another event of the same running story, on another day.
    assert "thursday" in article_terms(Article(id="w", body="Jobless claims fell to 364,000 on Thursday."))
    bodies = {
        "wire": "Jobless claims fell to 364,000 on Thursday, the Labor Department said of the Ohio figures.",
        "paper": "On Thursday the Labor Department said jobless claims fell to 364,000, led by Ohio.",
    }
    articles = [Article(id=k, body=v, date="2025-03-14") for k, v in bodies.items()]
    [story] = group_stories(articles, StorySettings(threshold=0.1))
    assert "Thursday" not in story.shared and "Ohio" in story.shared


def test_one_figure_however_outlets_write_it_and_joined_names_apart() -> None:
    wire = article_terms(Article(id="w", body="Employers added just 266K jobs; the Haller-Voss feud went on."))
    paper = article_terms(Article(id="p", body="The economy added 266,000 jobs as Voss and Haller sparred."))
    assert "#266000" in wire and "#266000" in paper
    assert {"haller", "voss"} <= set(wire) and "haller-voss" not in wire


def test_a_shared_figure_is_shown_as_the_articles_write_it() -> None:
    bodies = {
        "courier": "The Harbor Bridge repairs in Port Alden will cost $4.2 million, Mayor Okafor said.",
        "wire": "Port Alden's Harbor Bridge: repairs costing $4.2 million, said Mayor Okafor.",
    }
    articles = [Article(id=k, body=v, date="2025-03-14") for k, v in bodies.items()]
    [story] = group_stories(articles, StorySettings(threshold=0.1))
    assert "4.2 million" in story.shared


def test_a_figure_of_any_length_is_one_exact_term() -> None:
    # Article text is untrusted: a figure of hundreds of digits must neither overflow nor equal another.
    huge = "9" * 400
    terms = article_terms(Article(id="a", body=f"The fund holds {huge} million, 9.3 million and 266K."))
    assert {"#" + huge + "000000", "#9300000", "#266000"} <= set(terms)
    bodies = [f"The harbour fund holds {huge} million dollars, the {who} said." for who in ("mayor", "council")]
    articles = [Article(id=str(i), body=body, date="2025-03-14") for i, body in enumerate(bodies)]
    result = build_brief_of(articles)
    assert result.cards and all(c.status is not None for c in result.cards)


def test_an_untitled_story_is_headed_by_its_first_sentence_past_the_byline() -> None:
    body = (
        "Matt Mueller\n\n"
        "The Harbor Bridge in Port Alden will close for six weeks of cable repairs, the mayor said.\n\n"
        "Ferries will run every 20 minutes while the bridge is closed, the port authority said.\n"
    )
    [story] = build_brief_of([Article(id="a", body=body, date="2025-03-14")]).stories
    assert story.headline.startswith("The Harbor Bridge in Port Alden will close")


@pytest.mark.parametrize(
    "opening",
    [
        "LISTEN: The Harbor Bridge in Port Alden will close for six weeks of cable repairs, the mayor said.\n\n",
        "Get daily updates directly to your inbox + Subscribe Thank you for subscribing!\n\n"
        "The Harbor Bridge in Port Alden will close for six weeks of cable repairs, the mayor said.\n\n",
        "“We can't keep patching it, so we close it,” she said at the council meeting on Friday.\n\n"
        "The Harbor Bridge in Port Alden will close for six weeks of cable repairs, the mayor said.\n\n",
        "In this March 3, 2025, file photo, crews inspect the cables of the Harbor Bridge in Port Alden.\n\n"
        "The Harbor Bridge in Port Alden will close for six weeks of cable repairs, the mayor said.\n\n",
        "Could not subscribe, try again later Invalid Email\n\n"
        "On the other, “Ferries are no substitute for a bridge,” the harbour master said on Friday.\n\n"
        "“We can't keep patching it, so we close it,” Mayor Lena Okafor said at the council meeting.\n\n"
        "The Harbor Bridge in Port Alden will close for six weeks of cable repairs, the mayor said.\n\n",
    ],
)
def test_an_untitled_headline_is_a_sentence_that_stands_alone_without_the_page_label(opening: str) -> None:
    body = opening + "Ferries will run every 20 minutes while the bridge is closed, the port authority said.\n"
    [story] = build_brief_of([Article(id="a", body=body, date="2025-03-14")]).stories
    assert story.headline.startswith("The Harbor Bridge in Port Alden will close")


def test_a_weak_link_does_not_bring_a_second_article_from_the_same_outlet() -> None:
    # 0 and 1 are one story; 2 is linked to both only weakly (mutual neighbours, below the threshold).
    weak = {(0, 1): 0.7, (0, 2): 0.3, (1, 2): 0.3}
    joined = _cluster(3, weak, ["Harbor Post", "Quay Times", "Dock Daily"], SAME_OUTLET_LINK)
    assert len({_find(joined, i) for i in range(3)}) == 1
    # The Harbor Post's own second article on one event would share its wording: a weak link is another event.
    apart = _cluster(3, weak, ["Harbor Post", "Quay Times", "Harbor Post"], SAME_OUTLET_LINK)
    assert _find(apart, 0) == _find(apart, 1) != _find(apart, 2)


def test_an_outlet_joins_its_own_second_article_only_when_it_retells_its_copy() -> None:
    sources = ["Harbor Post", "Quay Times", "Harbor Post"]
    same_topic = {(0, 1): 0.7, (0, 2): 0.55, (1, 2): 0.5}  # above the threshold, yet not the outlet's own words
    apart = _cluster(3, same_topic, sources, SAME_OUTLET_LINK)
    assert _find(apart, 0) == _find(apart, 1) != _find(apart, 2)
    update = {(0, 1): 0.7, (0, 2): 0.9, (1, 2): 0.65}  # the Harbor Post's update of its own story
    joined = _cluster(3, update, sources, SAME_OUTLET_LINK)
    assert len({_find(joined, i) for i in range(3)}) == 1


def test_an_outlets_second_article_on_another_event_of_the_same_topic_is_its_own_story() -> None:
    first = Article(
        id="a1",
        source="Harbor Post",
        title="Jobless claims fall to 473,000 as reopening continues",
        body="New jobless claims fell to 473,000 for the week ended May 8, the Labor Department said on "
        "Thursday. Economists had expected claims to fall to 490,000.\n",
    )
    second = first.model_copy(
        update={
            "id": "a2",
            "title": "Jobless claims fall 34,000 to 444,000",
            "body": "New jobless claims fell 34,000 to 444,000 for the week ended May 15, the Labor Department "
            "said on Thursday. Economists had expected claims to fall to 450,000.\n",
        }
    )
    other = first.model_copy(update={"id": "b1", "source": "Quay Times"})
    stories = group_stories([first, second, other])
    assert sorted(s.members for s in stories) == [[0, 2], [1]]


def test_a_weak_pair_is_one_event_when_each_article_is_among_the_others_closest_matches() -> None:
    # 0 matches 1, 2 and 3 about equally: one event in four outlets' words. 4 is 0's fourth match,
    # far below 4's own best (5): the same people or topic, another event.
    similar = {(0, 1): 0.3, (0, 2): 0.28, (0, 3): 0.27, (0, 4): 0.2, (4, 5): 0.38, (1, 4): 0.16}
    vectors: list[dict[str, float]] = [{"#266000": 1.0}, {"#266000": 1.0}, {}, {}, {}, {}]
    titles: list[dict[str, float]] = [{"jobless": 0.8, "claim": 0.6}, {"jobless": 0.8, "claim": 0.6}] + [{}] * 4
    features = _link_features(similar, vectors, titles)
    assert features[(0, 1)]["far_rank"] == 0.0 and features[(0, 1)]["figures"] == 1
    assert features[(0, 1)]["title"] == pytest.approx(1.0)
    assert features[(0, 4)]["share_of_far_best"] == pytest.approx(0.2 / 0.38)
    joined = [pair for pair, found in features.items() if link_score(found) >= LINK_SCORE]
    assert joined == [(0, 1), (0, 2), (0, 3), (4, 5)]
