"""Words for kinds of things, and for jobs."""

from __future__ import annotations

from factcards.text.words import JOB_NOUNS, names_its_kind


def test_words_for_a_kind_and_for_jobs() -> None:
    # a flat is a dwelling, and a building or a home names it; a care home is not among the lexicon's jobs
    assert names_its_kind("building", "flat") and names_its_kind("home", "cottage")
    assert not names_its_kind("building", "lorry")
    assert "lifeguard" in JOB_NOUNS and "poet" in JOB_NOUNS and "home" not in JOB_NOUNS
