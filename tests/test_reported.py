"""A deed told in what someone said or ruled, by an -ing form after a comma, or as a noun of saying, and whose it is."""

from __future__ import annotations

from factcards.grounding.verify import verify_cards
from factcards.models import Article, Card, Evidence, Kind


def _findings(evidence: str, claim: str) -> list[str]:
    card = Card(article="x", kind=Kind.statement, claim=claim, evidence=[Evidence(quote=evidence)])
    return [f"{f.code} {f.message}" for f in verify_cards([card], [Article(id="x", body=evidence)])[0].findings]


def test_a_deed_in_what_a_person_ruled_is_the_doer_s_the_ruling_names() -> None:
    ruling = "Judge Nia Vale ruled that the school had acted unlawfully when it expelled the pupil."
    assert _findings(ruling, "Nia Vale acted unlawfully.") == [
        'FC203 claim has "Nia Vale" as the one who "acted"; in the evidence "Judge Nia Vale" only ruled that '
        '"the school" "acted"'
    ]
    found = _findings(ruling, "Judge Nia Vale expelled the pupil.")
    assert found and found[0].startswith('FC203 claim has "Judge Nia Vale" as the one who "expelled"')
    assert '"it" "expelled"' in found[0]


def test_what_a_person_said_of_their_own_deed_or_of_a_body_s_is_left_alone() -> None:
    # ("he" may be the teller; a body's "it" is itself; not "responded to the challenge", which tells nothing)
    assert _findings("Tom Weir said he would sell the shop.", "Tom Weir will sell the shop.") == []
    assert _findings("Acme said it would close the plant.", "Acme will close the plant.") == []
    duel = "Gary Cole has responded to the challenge of a new rival and looks to be winning the battle."
    assert not any(f.startswith("FC203") for f in _findings(duel, "Gary Cole has won back his place."))


def test_an_ing_form_after_a_comma_is_not_another_named_one_s() -> None:
    council = "Mayor Ruth Ames said the city would drop the firm Orbco from the scheme, blaming repeated delays."
    found = _findings(council, "Orbco blamed repeated delays.")
    assert found == [
        'FC203 claim has "Orbco" as the one who "blamed"; in the evidence "Mayor Ruth Ames" did, "blaming"'
    ]
    assert _findings(council, "Ruth Ames blamed repeated delays.") == []


def test_a_saying_told_as_a_noun_is_theirs_after_from() -> None:
    plan = "The trust shut the ward after complaints from patients about the heat."
    assert _findings(plan, "The trust complained to patients about the heat.") == []  # (not a deed done to them)
    found = _findings("The trust shut the ward after warnings from nurses about the heat.", "The trust warned nurses.")
    assert found == [
        'FC203 claim has "The trust" as the one who "warned"; in the evidence the saying came from the others '
        '("warnings from nurses")'
    ]
    assert (
        _findings("The trust shut the ward after warnings from nurses about the heat.", "Nurses warned about the heat.")
        == []
    )
