"""How much and which way: quantity, degree, bounds and direction must agree with the evidence."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from factcards.grounding.checks.bindings import (
    CLEARED_SOMEONE_OF,
    bound_differently,
    given_to_another,
    verdict_swapped,
)
from factcards.grounding.checks.context import (
    ARTICLES,
    ClaimContext,
    forms_in,
    on_other_sides,
    sentences_of,
    sides_of,
    told_the_other_way,
)
from factcards.grounding.checks.contrast import other_side_in_its_clause
from factcards.grounding.checks.moves import move_told
from factcards.grounding.checks.people import (
    former_dropped,
    honour_swapped,
    job_changed,
    kin_changed,
    post_raised,
    title_lowered,
    title_raised,
)
from factcards.grounding.checks.qualifiers import (
    alive_for_dead,
    all_but_dropped,
    all_for_a_count,
    all_for_a_kind,
    all_for_a_share_of_all,
    all_of_a_sum_for_its_part,
    another_made_this,
    arrest_added,
    attempt_dropped,
    base_widened,
    both_for_one,
    bound_passed,
    called_off_to_happen,
    cap_dropped,
    challenge_turned,
    company_for_alone,
    comparison_dropped,
    count_for_its_part,
    death_untold,
    each_for_combined,
    end_for_near_end,
    end_of_table_for_a_place,
    ever_for_a_span,
    exception_dropped,
    first_told_as_every,
    free_for_a_price,
    grade_swapped,
    half_dropped,
    happening_called_off,
    harm_added,
    harm_lowered,
    harm_raised,
    hold_made_move,
    kind_added,
    left_out_joined,
    life_for_a_term,
    near_record_for_record,
    one_for_both,
    part_made_whole,
    plan_called_off,
    plea_for_verdict,
    rank_added,
    rank_against_its_sums,
    rank_dropped,
    rank_scope_changed,
    record_for_near_record,
    record_scope_dropped,
    record_since,
    role_raised,
    second_for_first,
    sentence_added,
    superlative_swapped,
    target_turned,
    term_for_life,
    term_swapped,
    unanimity_added,
    victim_made_suspect,
    vote_for_against,
    vote_turned,
    whole_for_its_part,
    whole_for_part,
    whole_of_a_part,
)
from factcards.grounding.checks.registry import UNSUPPORTED, Hit, register
from factcards.grounding.checks.roles import contest_agrees, sale_agrees
from factcards.text.calendar_names import MONTHS
from factcards.text.claims import NUMBER_WORDS, SMALL_COUNT_WORDS, ClaimAtoms, count_value
from factcards.text.clauses import AUXILIARIES, clauses, describing, past_participle
from factcards.text.durations import durations, given_as_length
from factcards.text.lexicon import lexicon
from factcards.text.names import CALENDAR_WORDS
from factcards.text.words import Word, content_lemmas, forms_by_class, is_content, lemmas, same_family, words


@lru_cache(maxsize=1)
def _said_of_anything() -> frozenset[int]:
    """Oppositions whose words a sentence says of many things: how much, which one, how long."""
    return frozenset(_group_of(w) for w in ("all", "first", "only", "day", "thousands"))


# "Most of it", "more of them": a degree of a thing the evidence names by a pronoun.
_OF_A_PRONOUN = re.compile(r"\b(\w+)\s+of\s+(?:it|them|these|those)\b", re.IGNORECASE)


@register(
    "FC205", "degree-changed", UNSUPPORTED, "quantity, degree or direction differs (all/some, more/less, hours/days)"
)
def degree_changed(ctx: ClaimContext) -> Iterator[Hit]:
    if ctx.verbatim:
        return
    # "over 400 appearances" against "nearly 400": the same figure, bounded from the other side.
    bounded = _bounds(ctx.card.claim)
    theirs = {number: (side, said) for text in ctx.texts for side, number, said in _bounds(text)} if bounded else {}
    for side, number, said in bounded:
        if number in theirs and theirs[number][0] != side:
            other = theirs[number][1]
            yield ctx.said_against(said, other)
            return
        if (
            number not in theirs
            and _STRICT.match(said)
            and not _AGE_BAND.fullmatch(said)  # ("over-21s" are those "aged 21 and over")
            and said.split()[-1].lower() not in NUMBER_WORDS  # "more than two" is not what a "2 March" gives
            and not _OVER_A_SPAN.match(ctx.card.claim, ctx.card.claim.find(said))
            and not _SPREAD_BEFORE.search(ctx.card.claim, 0, ctx.card.claim.find(said))
            and (exact := _given_exactly(number, ctx.texts))
        ):
            yield ctx.said_against(said, exact)
            return
        if side != "exact" and number not in theirs and (mean := _given_as_average(number, ctx.texts)):
            yield ctx.said_against(said, mean)  # "at least five years" against "an average of five years"
            return
        if side == "exact" and number not in theirs and (loose := _given_loosely(number, ctx.texts)):
            yield ctx.said_against(said, loose)  # "exactly 1,500 jobs" against "an estimated 1,500 jobs"
            return
    # Which way a figure went: "Kestrel shares rose 8%" against "Shares in Kestrel fell 8%, while
    # shares in Harbor Group rose 3%": both directions are in the evidence, but not for 8%.
    mine = _figure_moves(ctx.card.claim)
    by_figure = [move for text in ctx.texts for move in _figure_moves(text)] if mine else []
    # A figure keeps its unit of time: "within six hours" against "within six minutes, … under an hour".
    mine_units = [
        (value, unit, said)
        for value, unit, said in _figure_units(ctx.card.claim)
        if not given_as_length(ctx.card.claim, ctx.card.claim.find(said), ctx.texts)  # "two decades", "20 years"
    ]
    found = _moved_otherwise(mine, by_figure) or (
        bound_differently(mine_units, [u for text in ctx.texts for u in _figure_units(text)]) if mine_units else None
    )
    found = (
        found
        or _one_unit_for_many(ctx)
        or _length_swapped(ctx)
        or _compared_otherwise(ctx)
        or _reached_told_as_won(ctx)
        or _stance_turned(ctx)
        or _placed_otherwise(ctx)
        or _both_for_one_of_two(ctx)
    )
    if found:
        said, other = found
        yield ctx.said_against(said, other)
        return
    # Which way a thing moved: "a sharp increase in profit" against "profits dropped" is caught
    # even where the evidence moves something else the other way ("upped prices").
    moved = [move for text in ctx.texts for move in _moves(words(text), text)]
    # A direction bound to a figure the evidence moves the same way is answered ("They have gained about
    # 25%" against "Shares fell 3% … They have gained about 25%").
    moved_figures = {(fig, side) for fig, side, _ in by_figure}
    agreed = {ctx.card.claim.find(said) for fig, side, said in mine if (fig, side) in moved_figures}
    of_a_pronoun = {m.group(1).lower() for text in ctx.texts for m in _OF_A_PRONOUN.finditer(text)}
    for side, thing, word in _moves(ctx.claim_words, ctx.card.claim):
        if word.start in agreed or _expected_alike(word, ctx) or _state_alike(word, ctx):
            continue
        if word.lower in of_a_pronoun:
            continue  # ("Most of the litter was plastic" against "… litter … Most of it was plastic": the same word)
        same = [(s, w) for s, t, w in moved if t == thing]
        if thing and same and all(s != side for s, _ in same):
            yield Hit(
                f'claim says "{word.text}" ({thing}) where the evidence says "{same[0][1].text}"',
                ctx.span_of(same[0][1].text),
                ctx.home.article.id,
            )
            return
    if (
        hit := record_since(ctx)
        or rank_added(ctx)
        or record_scope_dropped(ctx)
        or rank_scope_changed(ctx)
        or end_for_near_end(ctx)
        or record_for_near_record(ctx)
        or near_record_for_record(ctx)
        or free_for_a_price(ctx)
        or rank_dropped(ctx)
        or attempt_dropped(ctx)
        or whole_for_part(ctx)
        or whole_of_a_part(ctx)
        or exception_dropped(ctx)
        or harm_raised(ctx)
        or role_raised(ctx)
        or harm_lowered(ctx)
        or harm_added(ctx)
        or arrest_added(ctx)
        or victim_made_suspect(ctx)
        or alive_for_dead(ctx)
        or death_untold(ctx)
        or base_widened(ctx)
        or life_for_a_term(ctx)
        or term_for_life(ctx)
        or hold_made_move(ctx)
        or plea_for_verdict(ctx)
        or sentence_added(ctx)
        or term_swapped(ctx)
        or vote_turned(ctx)
        or vote_for_against(ctx)
        or challenge_turned(ctx)
        or called_off_to_happen(ctx)
        or plan_called_off(ctx)
        or first_told_as_every(ctx)
        or end_of_table_for_a_place(ctx)
        or happening_called_off(ctx)
        or rank_against_its_sums(ctx)
        or all_but_dropped(ctx)
        or unanimity_added(ctx)
        or kind_added(ctx)
        or whole_for_its_part(ctx)
        or half_dropped(ctx)
        or cap_dropped(ctx)
        or comparison_dropped(ctx)
        or all_for_a_share_of_all(ctx)
        or grade_swapped(ctx)
        or all_for_a_count(ctx)
        or part_made_whole(ctx)
        or both_for_one(ctx)
        or one_for_both(ctx)
        or company_for_alone(ctx)
        or target_turned(ctx)
        or second_for_first(ctx)
        or left_out_joined(ctx)
        or all_for_a_kind(ctx)
        or bound_passed(ctx)
        or count_for_its_part(ctx)
        or all_of_a_sum_for_its_part(ctx)
        or each_for_combined(ctx)
        or superlative_swapped(ctx)
        or ever_for_a_span(ctx)
        or another_made_this(ctx)
        or former_dropped(ctx)
        or title_raised(ctx)
        or post_raised(ctx)
        or title_lowered(ctx)
        or honour_swapped(ctx)
        or kin_changed(ctx)
        or job_changed(ctx)
        or verdict_swapped(ctx)
        or none_for_not_all(ctx)
        or mover_swapped(ctx)
        or compared_turned(ctx)
        or first_told_as_long(ctx)
        or _refuser_approves(ctx)
        or _expected_otherwise(ctx)
        or _agent_turned(ctx)
        or _choice_for_force(ctx)
        or _spared_turned(ctx)
        or _leave_made_duty(ctx)
        or _all_for_a_band(ctx)
        or _all_year_for_a_season(ctx)
        or _near_miss_told_done(ctx)
    ):
        yield hit
        return
    quantity, duration, timing = _group_of("all"), _group_of("day"), _group_of("early")
    evidence_sides: dict[tuple[int, int], list[tuple[str, str | None]]] = {}
    evidence_phrases = [found for text in ctx.texts for found in _phrase_sides(text)]
    for text in ctx.texts:
        found = words(text)
        for i in _degree_indexes(found):
            if _above_a_figure(found, i):
                continue  # ("the benefits levelled off above 10,000 steps": where, not which way it moved)
            for side in _sides_at(found, i):
                if _inside_other_side(text, found[i], side, evidence_phrases) or _SAVED_FROM.search(
                    text, max(0, found[i].start - 60), found[i].start
                ):
                    continue  # ("saved from closure" is no closure)
                head = _quantified(found, i) if side[0] == quantity else _described(found, i, side[0], timing)
                if side[0] == _group_of("cancel"):
                    head = _doer_noun(found, i)  # ("… cancelled … as gale-force winds continued": the winds go on)
                evidence_sides.setdefault(side, []).append((found[i].text, head))
    for phrase, side in evidence_phrases:
        evidence_sides.setdefault(side, []).append((phrase, None))
    # "cleared former nurse Helen Shaw of two charges" answers "found not guilty" on those charges, though it is not
    # set against a retrial (see _phrase_sides): an answer only, never the other side of the claim's.
    answered = (
        set(_multiword_oppositions().get("cleared of", ()))
        if any(CLEARED_SOMEONE_OF.search(text) for text in ctx.texts)
        else set()
    )
    if any(_KEPT_AT.search(text) for text in ctx.texts):
        answered |= set(sides_of("unchanged"))  # ("has kept interest rates at 4.5%" is "left rates unchanged")
    claim_found = ctx.claim_words
    claim_indexes = _degree_indexes(claim_found)
    claim_sides = {side for i in claim_indexes for side in _sides_at(claim_found, i)}
    claim_sides |= {side for _, side in _phrase_sides(ctx.card.claim)}
    for i in claim_indexes:
        word = claim_found[i]
        if word.start in agreed:
            continue  # "rose to 88,000" against "reached a record 88,000, leaving fewer than 1,000 spaces"
        if word.lower == "because" and ctx.card.claim.startswith(" of", word.end):
            continue  # ("shut because of heavy snow" names a cause; "unless" sets a condition, of another deed)
        if _same_side_before_its_thing(claim_found, i, ctx):
            continue  # ("the old library" against "a former library … for young people")
        if _SAVED_FROM.search(ctx.card.claim, max(0, word.start - 60), word.start):
            continue  # ("The sale saves the paper from closure": no closure)
        if _bound_written_otherwise(ctx.card.claim, word, ctx.texts):
            continue  # ("in less than five days" against "in under five days": the bound rules read bounds)
        if _turned_twice(ctx.card.claim, word, ctx.texts):
            continue  # ("always kept his love of the sea" is "never lost his love of the sea")
        if word.lower == "some" and i + 1 < len(claim_found) and count_value(claim_found[i + 1].lower) is not None:
            continue  # ("Some 30,000 households": about that many, no part of all)
        if lemmas(word.lower) & {"drop", "shelve"} and _A_PLAN_NEXT.match(ctx.card.claim, word.end):
            continue  # ("has dropped its plan to shut the route": a plan given up, no fall)
        if word.lower == "costing" and i and _noun(claim_found[i - 1]) and _PRICE_NEXT.match(ctx.card.claim, word.end):
            continue  # ("paper bags costing 20p": a thing's price, no loss set against a saving)
        for group, side in _sides_at(claim_found, i):
            if (group, side) in answered:
                continue
            if group == _group_of("appoint") and _a_new_one(claim_found, i) and _a_new_one(ctx.evidence_words):
                continue  # ("a new manager would be appointed" against "has sacked its manager … a replacement would
                # be named": the evidence's other side is done to another one)
            if (
                (group, side) in evidence_sides
                and not (
                    group == quantity and _said_of_others(evidence_sides[(group, side)], _quantified(claim_found, i))
                )
                and not (
                    group == _group_of("cancel")
                    and _said_of_others(evidence_sides[(group, side)], _doer_noun(claim_found, i))
                )
            ):
                continue  # (a quantity the evidence says only of other things answers nothing: "each school day")
            if group == duration and given_as_length(ctx.card.claim, word.start, ctx.texts):
                continue  # "in half a year" against "in six months": the same length of time
            if _THAN_NEXT.match(ctx.card.claim, word.end) and any(
                other in evidence_sides for other in _sides_at(claim_found, i) if other != (group, side)
            ):
                continue  # "still higher than the target" is answered by "well above the target", whatever is lowest
            if word.lower in _EXTRA and _extra_of_a_thing_not_cancelled(claim_found, i, (group, side), ctx):
                continue  # ("the extra money" against "push some subscribers to cancel": not the money cancelled)
            head = _quantified(claim_found, i) if group == quantity else _described(claim_found, i, group, timing)
            other = _unanswered_opposite(evidence_sides, (group, side), claim_sides, head)
            # The evidence writing the claim's own word answers it too; a paraphrase does not
            # ("closing" is "ending" in general, but not against "will open … ending the ban").
            if (
                other is not None
                and not (
                    ctx.evidence_lexicon.has(word, paraphrased=False)
                    and not _only_in_compounds(word, ctx)
                    and not _written_only_turned(word, (group, side), ctx, evidence_phrases)
                    # (nor "all" written only of another thing: "in all its stores" against "all other chains")
                    and not (
                        group == quantity
                        and (group, side) in evidence_sides
                        and _said_of_others(evidence_sides[(group, side)], head)
                    )
                )
                and not _degree_elsewhere(word, (group, side), ctx)
                and not (group == _group_of("win") and contest_agrees(ctx.card.claim, ctx.texts))
                and not (group == _group_of("buy") and sale_agrees(ctx.card.claim, ctx.texts))
                and not (
                    lemmas(word.lower) & _MOVING and move_told(ctx)
                )  # ("joined Orm City" … "after leaving Lowbridge")
            ):
                yield ctx.said_against(word.text, other)
                return
    # A side said in more than one word ("voted for" against "voted against"), read the same way.
    evidence_text = " ".join(ctx.texts).lower()
    for phrase, (group, side) in _phrase_sides(ctx.card.claim):
        if (group, side) in evidence_sides or (group, side) in answered or _cause_told_as_force(phrase, ctx):
            continue
        # The evidence writing the phrase answers it, unless only inside a longer one ("in cash" in "in cash
        # and stock").
        if phrase in evidence_text and not any(phrase in longer and phrase != longer for longer, _ in evidence_phrases):
            continue
        if (
            _deed_named_untensed(phrase, ctx.card.claim, ctx.evidence_words)
            or _verb_written(phrase, ctx.evidence_words)
            or _noun_of_a_deed_written(phrase, ctx.evidence_words)
        ):
            continue  # ("it had been wrong to keep the mask" is "keeping it had been wrong")
        other = _unanswered_opposite(evidence_sides, (group, side), claim_sides)
        if other is not None and not _left_open(phrase, other, ctx):
            yield ctx.said_against(phrase, other)
            return
    # Both sides in the evidence: the claim's must be in the clause it reports.
    # A direction bound to a figure the evidence moves the same way is answered there ("fell slightly to 95,000").
    claim_said = [
        (claim_found[i].text, side)
        for i in claim_indexes
        if claim_found[i].start not in agreed and not _bound_word(claim_found, i)  # (not "below 2019 levels")
        for side in sides_of(claim_found[i].lower)
    ]
    claim_said += list(_phrase_sides(ctx.card.claim))
    contested = [
        (said, side)
        for said, side in claim_said
        if side in evidence_sides and any(g == side[0] and s != side for g, s in evidence_sides)
    ]
    # (a claim saying both sides makes its own contrast, whichever of its words are deeds: "welcomed the cut, but
    # said prices remained much higher")
    own_contrast = frozenset(g for g, _ in claim_sides if len({s for s in claim_sides if s[0] == g}) > 1)
    found = contested and (
        other_side_in_its_clause(claim_said, claim_found, ctx.texts, _said_sides, claim=ctx.card.claim)
        # ... and the sentence, when the evidence is several ("… voted to raise the fare … Monthly passes
        # will stay at $90": "passes will rise to $90" takes its side from the other sentence). Deeds only:
        # a sentence's "first" or "a year" is as often said of something else.
        or (len(ctx.texts) > 1 and other_side_in_its_clause(
            [(t, side) for t, side in claim_said if side[0] not in _said_of_anything() | own_contrast
             and "VERB" in forms_by_class(t.lower())],
            claim_found, ["\n".join(ctx.texts)], _said_sides, lambda t: t.split("\n"),
        ))
    )  # fmt: skip
    if found:
        said, other = found
        yield Hit(f'claim says "{said}" where the evidence says "{other}" of it', ctx.span_of(other),
                  ctx.home.article.id)  # fmt: skip
    elif framed := _opposite_in_frame(ctx):
        yield ctx.said_against(*framed)  # (last: every reading above names the words at fault more closely)


_NEW_ONE = frozenset("new replacement successor".split())


# "saves the paper from closure", "saving it from demolition": what a thing was kept from, which did not happen.
# ("saved from closure", "rescued from closure", "spared from demolition": kept from it, not done to)
_SAVED_FROM = re.compile(
    r"\b(?:sav(?:e|es|ed|ing)|rescu(?:e|es|ed|ing)|spar(?:e|es|ed|ing))\s+(?:[\w'’-]+\s+){0,3}?from\s+$", re.IGNORECASE
)


def _a_new_one(found: Sequence[Word], i: int | None = None) -> bool:
    """Whether a new one is told of near word `i` ("a new manager would be appointed", "appointed a successor"), or
    anywhere."""
    near = found if i is None else found[max(0, i - 6) : i + 3]
    return any(w.lower in _NEW_ONE for w in near)


def _same_side_before_its_thing(found: Sequence[Word], i: int, ctx: ClaimContext) -> bool:
    """ "the old library" against "a former library": the claim's word is on the side of another opposition whose
    same side the evidence writes right before the same thing."""
    if i + 1 >= len(found) or "ADJ" not in forms_by_class(found[i].lower):
        return False
    if not is_content(found[i + 1].lower) or "NOUN" not in forms_by_class(found[i + 1].lower):
        return False  # (a word that describes, then the thing it describes)
    thing, mine = lemmas(found[i + 1].lower), set(sides_of(found[i].lower))
    return any(
        lemmas(after.lower) & thing and set(sides_of(before.lower)) & mine
        for before, after in pairwise(ctx.evidence_words)
    )


def _verb_written(phrase: str, found: Sequence[Word]) -> bool:
    """ "had lost" against the evidence's "the lost years": a helper and a past participle, written as it is (not "will
    end" against "the end of next year")."""
    helper, _, verb = phrase.partition(" ")
    return (
        helper in AUXILIARIES
        and bool(verb)
        and " " not in verb
        and past_participle(verb)
        and any(w.lower == verb for w in found)
    )


def _noun_of_a_deed_written(phrase: str, found: Sequence[Word]) -> bool:
    """ "a three-year driving ban" against the evidence's "has been banned for three years": a phrase that ends on the
    noun of a deed the evidence tells by its verb, as done."""
    parts = phrase.split()
    # (a head after a word of doing that says which: "driving ban"; not "released without charge", "suspended
    # sentence", "stopped work", which say otherwise of the deed)
    if len(parts) != 2 or not parts[0].endswith("ing") or "VERB" not in forms_by_class(parts[1]):
        return False
    return any(
        i and found[i - 1].lower in ("been", "was", "were") and past_participle(w.lower) and parts[1] in lemmas(w.lower)
        for i, w in enumerate(found)
    )


def _deed_named_untensed(phrase: str, claim: str, found: Sequence[Word]) -> bool:
    """ "to keep" (or "keep the", after "to" in the claim) against the evidence's "keeping": a deed named with no time
    of its own, either way."""
    told = [w for w in phrase.split() if w not in ARTICLES]
    if told and told[0] == "to":
        told = told[1:]
    if len(told) != 1 or not re.search(rf"\bto\s+{re.escape(told[0])}\b", claim, re.IGNORECASE):
        return False
    deed = lemmas(told[0])
    return any(w.lower == told[0] or (w.lower.endswith("ing") and lemmas(w.lower) & deed) for w in found)


# "chose to withdraw the plan": a deed done by choice; "was forced to withdraw the plan": one done under force.
_CHOSE_TO = re.compile(
    r"\b(?:chose|chooses|chosen|choose|decided|decides|opted|opts|volunteered|agreed)\s+to\s+(?P<deed>[a-z]{3,})\b",
    re.IGNORECASE,
)
_FORCED_TO = re.compile(
    r"\b(?:forced|compelled|ordered|made|obliged|required)\s+to\s+(?P<deed>[a-z]{3,})\b", re.IGNORECASE
)


# "saved them hours of walking", "saves staff time": time or money spared; "added hours", "cost them days": spent.
_THEM = r"(?:(?:him|her|them|us|you|it|staff|drivers|patients|families|people)\s+)?"
_AMOUNT = r"(?:(?:about|around|nearly|almost|up\s+to|several|many|an?|\d[\d,.]*|[a-z]+-?)\s+){0,3}?"
_TIME_OR_MONEY = r"(?P<what>hours|minutes|days|weeks|months|time|money)\b"
_SPARED = re.compile(rf"\bsav(?:e|es|ed|ing)\s+{_THEM}{_AMOUNT}{_TIME_OR_MONEY}", re.IGNORECASE)
_SPENT = re.compile(
    rf"\b(?:add(?:s|ed|ing)?|cost(?:s|ing)?|wast(?:e|es|ed|ing)|los(?:e|es|t|ing))\s+{_THEM}{_AMOUNT}{_TIME_OR_MONEY}",
    re.IGNORECASE,
)


def _spared_turned(ctx: ClaimContext) -> Hit | None:
    """ "Nurses said it had added hours of walking" against "it had saved them hours of walking": time or money
    spared, told as spent, or the other way."""
    found = told_the_other_way(ctx, _SPENT, _SPARED, "what") or told_the_other_way(ctx, _SPARED, _SPENT, "what")
    return ctx.said_against(found[0].group(0), found[1].group(0)) if found else None


# "sold the painting willingly", "voluntarily gave up": a deed told as done of one's own will.
_WILLING = r"(?:willingly|voluntarily|of\s+(?:his|her|their|its)\s+own\s+(?:accord|free\s+will)|by\s+choice)"
# (read from every word, overlapping: "The collector sold the painting willingly" is "sold", not "collector")
_DONE_WILLINGLY = re.compile(
    rf"\b(?=(?P<told>(?P<deed>[a-z]{{3,}})\s+(?:[\w'’-]+\s+){{0,3}}?{_WILLING}\b))", re.IGNORECASE
)
_WILLINGLY_DONE = re.compile(rf"\b{_WILLING}\s+(?P<deed>[a-z]{{3,}})\b", re.IGNORECASE)


def _choice_for_force(ctx: ClaimContext) -> Hit | None:
    """ "The council chose to withdraw the plan" against "has been forced to withdraw a plan …": a deed done under
    force, told as one's own choice (where the evidence tells no choice of it); so "sold the painting willingly"
    against "was forced to sell it"."""
    found = (
        told_the_other_way(ctx, _CHOSE_TO, _FORCED_TO, "deed")
        or told_the_other_way(ctx, _DONE_WILLINGLY, _FORCED_TO, "deed")
        or told_the_other_way(ctx, _WILLINGLY_DONE, _FORCED_TO, "deed")
    )
    return ctx.said_against(found[0].group(0) or found[0].group("told"), found[1].group(0)) if found else None


# "pupils would have to hand in their phones": a duty; "pupils would be allowed to keep their phones": a leave.
_DUTY = re.compile(
    r"\b(?P<who>[a-z]{3,})\s+(?:(?:would|will|shall|now|also)\s+)?(?:(?:have|has|had)\s+to|must|(?:be|are|is|were|was)"
    r"\s+(?:required|forced|obliged|made|compelled)\s+to)\s+(?=[a-z]{2,})",
    re.IGNORECASE,
)
_LEAVE = re.compile(
    r"\b(?P<who>[a-z]{3,})\s+(?:(?:would|will|shall|now|also)\s+)?(?:be|are|is|were|was)\s+(?:allowed|permitted|free)"
    r"\s+to\s+(?=[a-z]{2,})",
    re.IGNORECASE,
)


def _leave_made_duty(ctx: ClaimContext) -> Hit | None:
    """ "pupils would have to hand their phones to teachers" against "pupils would be allowed to keep their phones": what
    the evidence leaves one free to do, told as what one must do (where the evidence tells them no duty)."""
    found = told_the_other_way(ctx, _DUTY, _LEAVE, "who")
    return ctx.said_against(found[0].group(0).strip(), found[1].group(0).strip()) if found else None


# "all pupils": every one of a kind; "pupils under 11", "residents aged over 65": only those of an age or size.
_ALL_OF = re.compile(r"\b(?:all|every)\s+(?P<kind>[a-z]{3,})\b", re.IGNORECASE)
_BANDED = r"\s+(?:under|over|below|above|aged|older\s+than|younger\s+than)\s+(?:the\s+age\s+of\s+)?\d[\d,.]*\b"


def _all_for_a_band(ctx: ClaimContext) -> Hit | None:
    """ "banned homework for all pupils" against "for pupils under 11": every one of a kind, where the evidence tells
    only those of an age or a size (and never all of them)."""
    for mine in _ALL_OF.finditer(ctx.card.claim):
        kind = re.escape(mine.group("kind"))
        if any(re.search(rf"\b(?:all|every)\s+(?:the\s+|of\s+the\s+)?{kind}\b", t, re.IGNORECASE) for t in ctx.texts):
            continue
        banded = re.compile(rf"\b{kind}{_BANDED}", re.IGNORECASE)
        for text in ctx.texts:
            if theirs := banded.search(text):
                return ctx.said_against(mine.group(0), theirs.group(0))
    return None


# "all year round", "year-round", "throughout the year": every month of it.
_ALL_YEAR = re.compile(
    r"\b(?:all\s+(?:the\s+)?year(?:\s+round)?|year[- ]round|throughout\s+the\s+year|every\s+month)\b", re.I
)
_MONTH_NAME = "(?:" + "|".join(m.capitalize() for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")) + ")"
# "between May and September", "from April to October": only some months of it.
_SEASON = re.compile(rf"\b(?:between\s+{_MONTH_NAME}\s+and|from\s+{_MONTH_NAME}\s+(?:to|until|till))\s+{_MONTH_NAME}\b")


def _all_year_for_a_season(ctx: ClaimContext) -> Hit | None:
    """ "will test the water all year round" against "will test the water regularly between May and September": every
    month, where the evidence tells only some."""
    mine = _ALL_YEAR.search(ctx.card.claim)
    if mine is None or any(_ALL_YEAR.search(text) for text in ctx.texts):
        return None
    theirs = ctx.evidence_match(_SEASON)
    return ctx.said_against(mine.group(0), theirs.group(0)) if theirs else None


# "was nearly demolished", "almost closed": a deed that did not come about.
_NEARLY_DONE = re.compile(
    r"\b(?:nearly|almost|narrowly\s+avoided\s+being|came\s+close\s+to\s+being)\s+(?P<deed>[a-z]{3,}ed)\b", re.I
)
_NEAR_SAID = re.compile(r"\b(?:nearly|almost|close|narrowly|near|brink|verge|threat\w*|risk)\b", re.IGNORECASE)


def _near_miss_told_done(ctx: ClaimContext) -> Hit | None:
    """ "The pub was demolished in the 1990s" against "The pub … was nearly demolished in the 1990s": what nearly
    happened, told as done."""
    if _NEAR_SAID.search(ctx.card.claim):
        return None
    done: frozenset[str] | None = None  # the evidence's words outside its near misses, read once if needed
    for text in ctx.texts:
        for m in _NEARLY_DONE.finditer(text):
            deed = lemmas(m.group("deed").lower())
            said = next((w for w in ctx.claim_words if lemmas(w.lower) & deed), None)
            if said is None:
                continue
            if done is None:
                done = frozenset(f for t in ctx.texts for w in words(_NEARLY_DONE.sub(" ", t)) for f in lemmas(w.lower))
            if not deed & done:
                return ctx.said_against(said.text, m.group(0))
    return None


def _inside_other_side(
    text: str, word: Word, side: tuple[int, int], phrases: list[tuple[str, tuple[int, int]]]
) -> bool:
    """Whether the word stands inside a phrase of the other side of its opposition: "closure" in "saved from closure"."""
    lowered = text.lower()
    return any(
        m.start() <= word.start and word.end <= m.end()
        for phrase, (group, other) in phrases
        # (the lexicon's own phrases: "overturned the council's refusal" undoes a refusal there was)
        if group == side[0] and other != side[1] and " " in phrase and phrase in _multiword_oppositions()
        for m in re.finditer(rf"\b{re.escape(phrase.lower())}\b", lowered)
    )


def _written_only_turned(
    word: Word, side: tuple[int, int], ctx: ClaimContext, phrases: list[tuple[str, tuple[int, int]]]
) -> bool:
    """Whether the evidence writes the claim's word (or one of its family) only inside a phrase of the other side:
    "The café has closed" against "has been saved from closure"."""
    forms = lemmas(word.lower)
    written = [
        (text, w)
        for text in ctx.texts
        for w in words(text)
        if lemmas(w.lower) & forms or any(same_family(f, g) for f in forms for g in lemmas(w.lower))
    ]
    return bool(written) and all(_inside_other_side(text, w, side, phrases) for text, w in written)


_THAN_NEXT = re.compile(r"\s+than\b", re.IGNORECASE)
# A bound on a figure, however written: "less than five", "under five", "fewer than 5", "below 5".
_BOUND_THAN = re.compile(r"\s+than\s+(?P<figure>[\w£$.,%-]+)", re.IGNORECASE)


def _bound_written_otherwise(claim: str, word: Word, texts: list[str]) -> bool:
    """ "less"/"more"/"fewer" before "than" and a figure that the evidence bounds the same way in other words ("in
    less than five days" against "in under five days")."""
    m = _BOUND_THAN.match(claim, word.end) if word.lower in _LESS_MORE else None
    if m is None:
        return False
    below = word.lower in ("less", "fewer")
    side = r"(?:under|below|fewer\s+than|less\s+than)" if below else r"(?:over|above|more\s+than|upwards\s+of)"
    figure = re.escape(m.group("figure").rstrip(".,"))
    return any(re.search(rf"\b{side}\s+{figure}\b", text, re.IGNORECASE) for text in texts)


_EVER_OR_NEVER = {"always": "never", "never": "always"}


def _turned_twice(claim: str, word: Word, texts: list[str]) -> bool:
    """ "always" before a deed where the evidence has "never" before its opposite ("he always kept his love of the
    sea" against "he never lost his love of the sea"), or the other way round: the same thing said."""
    other = _EVER_OR_NEVER.get(word.lower)
    if other is None:
        return False
    mine = {side for _, side in _said_sides(claim[word.end : word.end + 30])}
    return any(
        group == their_group and side != their_side
        for text in texts
        for m in re.finditer(rf"\b{other}\b", text, re.IGNORECASE)
        for _, (their_group, their_side) in _said_sides(text[m.end() : m.end() + 30])
        for group, side in mine
    )


_LESS_MORE = frozenset({"less", "more", "fewer"})
_MOVING = frozenset({"join", "leave", "quit", "exit", "rejoin", "return"})
_FORCED = re.compile(r"(?:forc|compell)\w*\s", re.IGNORECASE)
_CAUSE_OF = re.compile(r"\b(?:after|because\s+of|due\s+to|following|amid)\s+((?:[\w'’-]+\s+){0,5})", re.IGNORECASE)


def _cause_told_as_force(phrase: str, ctx: ClaimContext) -> bool:
    """ "A cyber attack forced the hospital to postpone operations" against "postponed operations after a cyber
    attack": a cause told as what forced the deed, not anyone ordering it."""
    if not _FORCED.match(phrase):
        return False
    at = ctx.card.claim.find(phrase)
    doer = content_lemmas(words(ctx.card.claim[:at])[-3:]) if at > 0 else frozenset()
    return bool(doer) and any(
        content_lemmas(words(m.group(1))) & doer for text in ctx.texts for m in _CAUSE_OF.finditer(text + " ")
    )


# "did not accept all of the findings": some, not none; "did not accept any of them" is none.
_NOT_ALL = re.compile(r"\b(?:not|n['’]t)\s+(?:\w+\s+){0,2}?all\b", re.IGNORECASE)
_NOT_ANY = re.compile(r"\b(?:not|n['’]t)\s+(?:\w+\s+){0,2}?any\b|\bnone\s+of\b", re.IGNORECASE)


def none_for_not_all(ctx: ClaimContext) -> Hit | None:
    """ "Grant said he did not accept any of the findings" against "did not accept all of the report's findings": not
    all is some, which the claim makes none."""
    said = _NOT_ANY.search(ctx.card.claim)
    if said is None or _NOT_ANY.search(" ".join(ctx.texts)):
        return None
    m = ctx.evidence_match(_NOT_ALL)
    return ctx.said_against(said.group(0), m.group(0)) if m else None


def _only_in_compounds(word: Word, ctx: ClaimContext) -> bool:
    """The evidence writes the word only as part of a hyphenated one: "long-running" is no "long" ("a long illness"
    against "the long-running drama … a short illness")."""
    forms = lemmas(word.lower)
    around = ctx.card.claim[max(0, word.start - 2) : word.end + 2]
    if "-" in around or any(lemmas(w.lower) & forms for w in ctx.evidence_words):
        return False  # the claim's word is part of one too ("quarter - final" as a tokenised feed writes it)
    return any("-" in w.lower and word.lower in w.lower.split("-") for w in ctx.evidence_words)


def _said_of_others(said: list[tuple[str, str | None]], head: str | None) -> bool:
    """Whether every word of a side the evidence says is said of a thing other than `head`."""
    return head is not None and all(theirs is not None and theirs != head for _, theirs in said)


def _unanswered_opposite(
    evidence_sides: dict[tuple[int, int], list[tuple[str, str | None]]],
    claimed: tuple[int, int],
    claim_sides: set[tuple[int, int]],
    head: str | None = None,
) -> str | None:
    """The evidence's first word of another side of the claimed side's opposition, when the claim does not
    say that side too: "delete it … if they have apps installed" against "remove it" — the claim's own
    "delete" answers the evidence's "remove"; only an unanswered opposite contradicts. With `head`, only a
    quantity of the same thing ("parts of Asia" against "all carriers" is of something else)."""
    group, side = claimed
    return next(
        (
            text
            for (g, s), said in evidence_sides.items()
            if g == group and s != side and (g, s) not in claim_sides
            for text, theirs in said
            if head is None or theirs is None or head == theirs
        ),
        None,
    )


def _degree_elsewhere(word: Word, side: tuple[int, int], ctx: ClaimContext) -> bool:
    """ "a man who was shot dead" against "was found badly injured": another sentence of the article says
    "died", of the same side as "dead", of the same thing (see `detail_elsewhere`); it is cited as context."""

    def where(found: ClaimAtoms) -> int:
        return next((w.start for w in words(found.text) if side in sides_of(w.lower)), -1)

    return ctx.detail_elsewhere(word.start, word.text, where)


def _said_sides(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Each degree word or phrase of `text` with its side."""
    found = words(text)
    return [(found[i].text, side) for i in _degree_indexes(found) for side in sides_of(found[i].lower)] + list(
        _phrase_sides(text)
    )


# "within an hour", "in a day", "for a week": one of the unit, said as a length of time (not "$20 an hour").
# ("expected the work to take a fortnight", "the outage lasted six hours": how long, by the verb that measures it)
_LENGTH_BEFORE = re.compile(
    r"\b(?:within|in|for|after|under|inside|than|about|nearly|almost|just|take|takes|took|taken|taking|last|lasts|"
    r"lasted|lasting)\s+$",
    re.IGNORECASE,
)
# ... but "more than an hour" is true of four hours.
_AT_LEAST_BEFORE = re.compile(r"\b(?:more|longer|over|at\s+least|upwards\s+of)\s+(?:than\s+)?$", re.IGNORECASE)


# "One suffered a broken leg; the other had head injuries": of two, a deed told of one only.
_ONE_THE_OTHER = re.compile(
    r"\b[Oo]ne(?:\s+of\s+them)?\s+(?P<deed>[a-z]{3,})\b[^.;]{0,80}?[;,]\s+(?:and\s+|while\s+|but\s+)?the\s+other\b"
)
# "Both hikers suffered": a deed told of each of two.
_BOTH_DID = re.compile(r"\b[Bb]oth\s+(?:(?:of\s+)?(?:the|them|[a-z]+)\s+)?(?P<deed>[a-z]{3,})\b")


def _both_for_one_of_two(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "Both hikers suffered broken legs" against "One suffered a broken leg; the other had head injuries": a deed the
    evidence tells of one of two, told of both."""
    mine = _BOTH_DID.search(ctx.card.claim)
    if mine is None:
        return None
    deed = lemmas(mine.group("deed").lower())
    for text in ctx.texts:
        for m in _ONE_THE_OTHER.finditer(text):
            if lemmas(m.group("deed").lower()) & deed:
                return mine.group(0), m.group(0)
    return None


def _one_unit_for_many(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "brought the blaze under control within an hour" against "took four hours to bring a blaze under control":
    the claim's one of a unit where the evidence gives only another count of it."""
    claim = ctx.card.claim
    for d in durations(claim):
        if d.counted or not _LENGTH_BEFORE.search(claim, 0, d.start) or _AT_LEAST_BEFORE.search(claim, 0, d.start):
            continue
        if given_as_length(claim, d.start, ctx.texts):
            continue
        theirs = [(e, text) for text in ctx.texts for e in durations(text) if e.unit == d.unit]
        if theirs and all(e.counted and e.count != 1 for e, _ in theirs):
            e, text = theirs[0]
            return claim[d.start : d.end], text[e.start : e.end]
    return None


# A length given only roughly: "almost a year", "about six weeks".
_ROUGH_LENGTH = re.compile(
    r"\b(?:almost|nearly|about|around|roughly|approximately|some|close\s+to|up\s+to|just\s+(?:under|over))\s+$",
    re.IGNORECASE,
)


def _length_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "will close for a month" against "will close for a week", "found alive after two weeks" against "after
    spending two nights": a length of time the evidence gives none of, in any unit, where it gives others."""
    claim = ctx.card.claim
    theirs = [(e, text) for text in ctx.texts for e in durations(text) if _LENGTH_BEFORE.search(text, 0, e.start)]
    if not theirs:
        return None
    for d in durations(claim):
        if not _LENGTH_BEFORE.search(claim, 0, d.start) or _AT_LEAST_BEFORE.search(claim, 0, d.start):
            continue
        if given_as_length(claim, d.start, ctx.texts):
            continue
        roughly = _ROUGH_LENGTH.search(claim, 0, d.start) or any(_ROUGH_LENGTH.search(t, 0, e.start) for e, t in theirs)
        if roughly and any(abs(d.days - e.days) <= 0.15 * max(d.days, e.days) for e, _ in theirs):
            continue  # ("for almost a year" against "356 days")
        count = claim[d.start : d.end].split()[0]
        if d.counted and (
            not any(re.search(rf"\b{re.escape(count)}\b", text, re.IGNORECASE) for text in ctx.texts)
            or not any(e.count == d.count for e, _ in theirs)
        ):
            # (a figure the evidence lacks is FC301's to name; one it gives with the unit left out is the same
            # length: "jailed for nine years and Moss for six")
            continue
        e, text = theirs[0]
        return claim[d.start : d.end], text[e.start : e.end]
    return None


# "more than the unions demanded", "less than the 10% unions had demanded": a comparison with a thing named after it
_COMPARED_WITH = re.compile(
    r"\b(?P<way>more|less|fewer|higher|lower|greater|smaller|larger|bigger|cheaper|dearer)\s+than\s+"
    r"(?P<with>(?:[\w'’%$£€-]+(?:[.,]\d+)*\s+){0,7}[\w'’%$£€-]+(?:[.,]\d+)*)",
    re.IGNORECASE,
)
_UP_WAYS = frozenset("more higher greater larger bigger dearer".split())


def _compared_with(text: str) -> list[tuple[bool, frozenset[str], str]]:
    """Each comparison with a thing `text` names: which way (up), the content lemmas of what it is compared with and
    the words."""
    return [
        (m.group("way").lower() in _UP_WAYS, content_lemmas(words(m.group("with"))), m.group())
        for m in _COMPARED_WITH.finditer(text)
    ]


def _compared_otherwise(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The rise is more than the unions demanded" against "… by 6%, less than the 10% unions had demanded": the
    same thing compared with, the other way. (Only where the evidence compares nothing with it the claim's way.)"""
    if " than " not in ctx.card.claim:
        return None
    mine = [(up, things, said) for up, things, said in _compared_with(ctx.card.claim) if things]
    if not mine:
        return None
    theirs = [c for text in ctx.texts for c in _compared_with(text)]
    for up, things, said in mine:
        same = [(way, other) for way, their_things, other in theirs if things <= their_things]
        if same and all(way != up for way, _ in same):
            return said, same[0][1]
    return None


# "a petition against the plan", "a petition supporting the plan", "campaigned for the hotel": for a thing, or
# against it ("a letter for the council" is to it, so only a campaign's or a vote's "for").
_STANCE = re.compile(
    # ("the protest was in support of …": the same stance told after a copula)
    r"\b(?:(?P<what>petition|campaign|protest|letter|motion|campaigners|protesters|march|rally|demonstration)\s+(?:(?:was|were|is|are)\s+)?"
    r"|(?P<done>campaign(?:s|ed|ing)?|protest(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|argu(?:e|es|ed|ing))\s+)"
    # (past where and when, for the stances that cannot be read as "for three days": "a protest in Brighton on
    # Saturday against plans")
    r"(?:(?:in|on|at|outside)\s+(?:[\w'’-]+\s+){1,3}?(?=(?:against|opposing|supporting|backing|in\s+support|in\s+favou?r)\b))*"
    r"(?P<way>against|opposing|supporting|backing|in\s+support\s+of|in\s+favou?r\s+of|(?<!letter\s)for)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?P<of>it|them|[a-z]{3,}(?:\s+[a-z]{3,}){0,2})",
    re.IGNORECASE,
)
_THAT_THING = frozenset({"it", "them"})
_AGAINST = frozenset({"against", "opposing"})


# Where a thing stands against a named place: inside it, or outside it ("two points above the relegation places").
_INSIDE = r"in|inside|within"
_OUTSIDE = r"above|below|outside|out\s+of|clear\s+of|beyond"
_PLACED = re.compile(
    rf"\b(?P<where>{_INSIDE}|{_OUTSIDE})\s+the\s+(?P<place>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)(?=\s*(?:[,.;:!?]|$)"
    rf"|\s+(?:on|with|after|before|and|but|for|by|at|in|since|when|while|this|last|as)\b)",
    re.IGNORECASE,
)


def _placed_otherwise(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The club is in the relegation places" against "left the club two points above the relegation places": the
    same place, the claim's thing inside it where the evidence's is outside, or the other way round."""
    for m in _PLACED.finditer(ctx.card.claim):
        inside = re.fullmatch(_INSIDE, m.group("where"), re.IGNORECASE) is not None
        place = " ".join(m.group("place").lower().split())
        theirs = [
            o
            for text in ctx.texts
            for o in _PLACED.finditer(text)
            if " ".join(o.group("place").lower().split()) == place
        ]
        if theirs and all(
            (re.fullmatch(_INSIDE, o.group("where"), re.IGNORECASE) is not None) != inside for o in theirs
        ):
            return m.group(0), theirs[0].group(0)
    return None


def _opposite_in_frame(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "He completed the first one in Cumbria" against "He completed the last one in Cumbria …, ten years after he ran
    his first": a word set against the evidence's between the same words, though the evidence writes the claim's own
    word elsewhere. (At least three words around it the same, one of them a content word, a word on each side, and
    not a verb's auxiliary alone before it: "have won the last four" against "have lost the last four" may be told of
    the other side.)"""
    claim = ctx.claim_words
    mine_at = _degree_indexes(claim)
    if not mine_at:
        return None
    # (each text's words and the sides of its degree words, read once for all the claim's)
    read = []
    for text in ctx.texts:
        found = words(text)
        read.append((text, found, [(k, _sides_at(found, k)) for k in _degree_indexes(found)]))
    for i in mine_at:
        mine = _sides_at(claim, i)
        forms = lemmas(claim[i].lower)
        for text, found, degrees in read:
            if any(
                lemmas(w.lower) & forms and sum(_frame(ctx.card.claim, claim, i, text, found, k)) >= 2
                for k, w in enumerate(found)
            ):
                continue  # (the evidence writes the claim's word between two of its words too: "silver on the floor")
            for k, theirs in degrees:
                if not on_other_sides(mine, theirs):
                    continue
                left, right = _frame(ctx.card.claim, claim, i, text, found, k)
                shared = [*claim[i - left : i], *claim[i + 1 : i + right + 1]]
                if (
                    left
                    and right
                    and left + right >= 3
                    and any(is_content(w.lower) for w in shared)
                    and not all(w.lower in AUXILIARIES for w in claim[i - left : i])
                ) or _same_count_after(ctx.card.claim, claim[i], text, found[k]):
                    # (or before the same count of the same thing: "cost 1,200 jobs" against "saving 1,200 jobs")
                    said = ctx.card.claim[claim[i - 1].start : claim[i + 1].end]
                    return said, text[found[k - 1].start : found[k + 1].end]
    return None


_COUNT_AFTER = re.compile(r"\s+(?P<n>\d[\d,.]*\d|\d)\s+(?P<what>[a-z]{3,})\b")


def _same_count_after(claim: str, mine: Word, text: str, theirs: Word) -> bool:
    """Whether the same count of the same thing follows both words right after ("cost 1,200 jobs", "saving 1,200
    jobs"): a deed of so many of a thing is said of that thing."""
    a, b = _COUNT_AFTER.match(claim, mine.end), _COUNT_AFTER.match(text, theirs.end)
    return bool(
        a
        and b
        and a.group("n").replace(",", "") == b.group("n").replace(",", "")
        and lemmas(a.group("what")) & lemmas(b.group("what"))
    )


def _frame(claim: str, mine: Sequence[Word], i: int, text: str, found: Sequence[Word], k: int) -> tuple[int, int]:
    """How many words before and after `mine[i]` and `found[k]` are the same, up to two each side, within one
    phrase (no punctuation between: "after noon, police said" frames "noon" by "after" only)."""
    left = right = 0
    while left < 2 and min(i, k) - left > 0:
        a, b = i - left - 1, k - left - 1
        if not (_joined(claim, mine[a], mine[a + 1]) and _joined(text, found[b], found[b + 1])):
            break
        if not _same_word(mine[a], found[b]):
            break
        left += 1
    while right < 2 and i + right + 1 < len(mine) and k + right + 1 < len(found):
        a, b = i + right + 1, k + right + 1
        if not (_joined(claim, mine[a - 1], mine[a]) and _joined(text, found[b - 1], found[b])):
            break
        if not _same_word(mine[a], found[b]):
            break
        right += 1
    return left, right


def _joined(text: str, first: Word, second: Word) -> bool:
    return not text[first.end : second.start].strip()


def _same_word(a: Word, b: Word) -> bool:
    return a.lower == b.lower or bool(lemmas(a.lower) & lemmas(b.lower))


def _stance_turned(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "signed a petition supporting the plan" against "signed a petition against the plan": the same petition (or
    campaign, protest …) about the same thing, the other way."""
    for m in _STANCE.finditer(ctx.card.claim):
        against = m.group("way").lower() in _AGAINST
        of = content_lemmas(words(m.group("of")))
        # (the evidence's "it" is the claim's thing where the article names it: "led the campaign against it")
        named = of and all(re.search(rf"\b{re.escape(w)}", ctx.home.body, re.IGNORECASE) for w in of)
        same = [
            o
            for text in ctx.texts
            for o in _STANCE.finditer(text)
            if lemmas(_stance_word(o)) & lemmas(_stance_word(m))
            and (content_lemmas(words(o.group("of"))) & of or (named and o.group("of").lower() in _THAT_THING))
        ]
        if same and all((o.group("way").lower() in _AGAINST) != against for o in same):
            return m.group(0), same[0].group(0)
    return None


def _stance_word(m: re.Match[str]) -> str:
    """The petition, campaign or protest, told as a thing or as a deed ("campaigned")."""
    return (m.group("what") or m.group("done")).lower()


# "won the county cup final", "reach the final": a final won, or one only reached; so a semi-final.
_WON_FINAL = re.compile(
    r"\b(?:won|win|wins|winning|lifted|lift)\s+the\s+(?P<what>(?:[\w'’-]+\s+){0,3}?(?:semi-)?final)\b", re.I
)
_REACHED_FINAL = re.compile(
    r"\b(?:reach|reached|reaches|reaching|into|to)\s+the\s+(?P<what>(?:[\w'’-]+\s+){0,3}?(?:semi-)?final)\b", re.I
)


def _reached_told_as_won(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "Kell Rovers won the county cup final" against "beat Orm 2-1 to reach the county cup final": a final the
    evidence says was reached, told as won (where the evidence says nothing won it)."""
    mine = _WON_FINAL.search(ctx.card.claim)
    if mine is None or any(_WON_FINAL.search(text) for text in ctx.texts):
        return None
    theirs = next((m for text in ctx.texts for m in _REACHED_FINAL.finditer(text)), None)
    return (mine.group(0), theirs.group(0)) if theirs is not None else None


def _figure_units(text: str) -> list[tuple[float, str, str]]:
    """Each length of time written with a figure: the figure, its unit and the words (6.0, "hour", "six hours")."""
    return [(d.count, d.unit, text[d.start : d.end]) for d in durations(text) if d.counted]


def _expected_alike(word: Word, ctx: ClaimContext) -> bool:
    """ "Economists had expected inflation to fall" against "Inflation rose … Economists had expected it to fall":
    what was expected, which the evidence says was expected too, whatever happened."""
    expected = re.compile(rf"\b{_EXPECTED}\s+(?:[\w'’-]+\s+){{0,3}}?to\s+{re.escape(word.lower)}\b", re.IGNORECASE)
    return expected.search(ctx.card.claim) is not None and ctx.evidence_match(expected) is not None


def _state_alike(word: Word, ctx: ClaimContext) -> bool:
    """ "Bills remain higher than before the crisis" against "Energy bills will fall by £120 …, though they remain higher
    than before the crisis": where a thing stands, in the evidence's own words, whichever way it moved."""
    state = re.compile(rf"\b{_STATE}\s+(?:still\s+)?{re.escape(word.lower)}\b", re.IGNORECASE)
    return state.search(ctx.card.claim) is not None and ctx.evidence_match(state) is not None


_STATE = r"(?:remains?|remained|stays?|stayed|still|are|is|were|was)"
_EXPECTED = r"(?:expected|forecast|predicted|feared|hoped)"
_EXPECTED_MOVE = re.compile(
    rf"\b{_EXPECTED}\s+(?:(?:[\w'’-]+\s+){{0,3}}?to\s+(?P<move>[a-z]+)\b"
    # ("had expected a rise in rates": the move by its noun)
    r"|an?\s+(?:\w+\s+)?(?P<noun>rise|increase|cut|fall|drop|reduction|hike)\s+(?:in|of)\b)",
    re.IGNORECASE,
)
_EXPECTED_NO_CHANGE = re.compile(
    rf"\b{_EXPECTED}\s+(?:no\s+change|(?:[\w'’-]+\s+){{0,3}}?to\s+(?:(?:remain|stay|hold)\s+(?:unchanged|flat|steady)"
    # ("had expected rates to be held", "… to be left unchanged", "… to stay on hold")
    r"|be\s+(?:held|left\s+unchanged|kept\s+(?:on\s+hold|unchanged))|stay\s+on\s+hold))",
    re.IGNORECASE,
)


def _expected_otherwise(ctx: ClaimContext) -> Hit | None:
    """ "Economists had expected the economy to shrink" against "Economists had expected no change": a move the
    claim says was expected, where the evidence says none was."""
    mine = _EXPECTED_MOVE.search(ctx.card.claim)
    if mine is None or not sides_of((mine.group("move") or mine.group("noun")).lower()):
        return None
    theirs = ctx.evidence_match(_EXPECTED_NO_CHANGE)
    return ctx.said_against(mine.group(0), theirs.group(0)) if theirs else None


def _left_open(mine: str, theirs: str, ctx: ClaimContext) -> bool:
    """ "The walkouts may still go ahead" against "before deciding whether to call off the walkouts": the claim only
    allows its side, and the evidence has the other still to be decided."""
    at = ctx.card.claim.lower().find(mine)
    if at < 0 or not _MAY_BEFORE.search(ctx.card.claim.lower(), 0, at):
        return False
    open_question = re.compile(rf"\bwhether\s+(?:or\s+not\s+)?to\s+{re.escape(theirs)}", re.IGNORECASE)
    return any(open_question.search(text) for text in ctx.texts)


_BACK_AFTER = re.compile(r"\s+back\b")


@lru_cache(maxsize=16384)  # evidence sentences repeat across a day's cards
def _phrase_sides(text: str) -> tuple[tuple[str, tuple[int, int]], ...]:
    """Sides said in more than one word ("one of", against "only"; "four of its seven", against "all")."""
    lowered = text.lower()
    spans = [
        (m.start(), m.end(), phrase)
        for phrase in _multiword_oppositions()
        if phrase in lowered
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", lowered)
    ]
    # The longest phrase says it: "in cash and stock" is not also "in cash"; and "would not go ahead" is no going ahead.
    kept = {
        p
        for a, b, p in spans
        if not any(c <= a and b <= d and (d - c) > (b - a) for c, d, _ in spans)
        and not _TURNED_BEFORE.search(lowered, 0, a)
        and not _BACK_AFTER.match(lowered, b)  # ("been given back" is returned, not given)
    }
    found = [(phrase, side) for phrase, sides in _multiword_oppositions().items() if phrase in kept for side in sides]
    # "ordered residents to leave", "urged parents to check": the phrase with whom it is said to in between.
    for m in _TOLD_SOMEONE_TO.finditer(text):
        phrase = f"{m.group('verb').lower()} to"
        found.extend((m.group(0), side) for side in _multiword_oppositions().get(phrase, ()))
    # "voted by 31 votes to 12 on Wednesday to raise council tax": voting to do a thing (its tally may stand between)
    # approves it, unless the thing is to turn it down ("voted 7-2 to reject").
    for m in _VOTED_THEN_TO.finditer(text):
        approving = lexicon().opposition.get("approve", ())
        after = _WORD_AFTER.match(text, m.end())
        turned = after is not None and any(
            form in lexicon().opposition_sides[group][1 - side]
            for group, side in approving
            for form in lemmas(after.group(1).lower()) | {after.group(1).lower()}
        )
        if not turned:
            found.extend((m.group(0), side) for side in approving)
    # "overturned the council's refusal of 400 homes": a refusal undone lets the thing go ahead.
    for m in _REFUSAL_UNDONE.finditer(text):
        found.extend((m.group(0), side) for side in lexicon().opposition.get("approve", ()))
    # "voted 28 to 19 against the budget": voting against a thing, its tally between, turns it down.
    for m in _VOTED_THEN_AGAINST.finditer(text):
        found.extend((m.group(0), (group, 1 - side)) for group, side in lexicon().opposition.get("approve", ()))
    # "voted 89% in favour of strike action": voting for a thing, its tally between, backs it.
    for m in _VOTED_THEN_FOR.finditer(text):
        found.extend((m.group(0), side) for side in lexicon().opposition.get("approve", ()))
    # "cleared nurse Helen Marsh of two counts": the verdict with whom it cleared in between.
    # (Not against a retrial: an acquittal on some counts says nothing of the others.)
    for m in CLEARED_SOMEONE_OF.finditer(text):
        found.extend(
            (m.group(0), side)
            for side in _multiword_oppositions().get("cleared of", ())
            if side[0] != _group_of("retrial")
        )
    for m in _PART_OF.finditer(text):
        part, whole = (count_value(m.group(g)) for g in ("part", "whole"))
        if part is not None and whole is not None and part < whole:
            found.extend((m.group(0), side) for side in sides_of("some"))
    return tuple(found)


_TOLD_SOMEONE_TO = re.compile(
    r"\b(?P<verb>ordered|required|forced|compelled|urged|encouraged|advised)\s+(?!to\b)(?:[\w'’-]+\s+){1,3}?to(?=\s+[a-z])",
    re.IGNORECASE,
)
_TURNED_BEFORE = re.compile(r"(?:\bnot|\bnever|n't|\bno\s+longer)\s+(?:[a-z]+\s+)?$")
# "may still go ahead" against "deciding whether to call off": a side the claim only allows, the evidence leaves open
_MAY_BEFORE = re.compile(r"\b(?:may|might|could)\s+(?:still\s+|yet\s+)?$")
# (not the tally's own "to": "voted seven to four in favour")
_VOTED_THEN_TO = re.compile(
    r"\bvoted\s+(?!not\b)(?:(?!against\b)[\w'’%-]+\s+){0,8}?to"
    rf"(?=\s+(?!not\b|be\s+against\b|(?:{SMALL_COUNT_WORDS}|\w+teen|twenty|thirty|forty|fifty)\b)[a-z])",
    re.IGNORECASE,
)
_REFUSAL_UNDONE = re.compile(
    r"\b(?:overturn(?:ed|s|ing)?|quash(?:ed|es|ing)?|revers(?:ed|es|ing|e))\s+(?P<owner>(?:[\w'’-]+\s+){0,4}?)refusal\b",
    re.IGNORECASE,
)
_APPROVED_BY = re.compile(r"^(?P<who>(?:[\w'’-]+\s+){1,4}?)(?:has\s+|had\s+|have\s+)?(?:approved|allowed|granted)\b")


def _refuser_approves(ctx: ClaimContext) -> Hit | None:
    """ "The council approved the plans" against "an inspector allowed the appeal, overturning the council's refusal":
    the one whose refusal was overturned, told as approving."""
    m = _APPROVED_BY.match(ctx.card.claim)
    if m is None:
        return None
    who = content_lemmas(words(m.group("who")))
    for text in ctx.texts:
        for undone in _REFUSAL_UNDONE.finditer(text):
            if who & content_lemmas(words(undone.group("owner").replace("'s", "").replace("’s", ""))):
                return ctx.said_against(m.group(0), undone.group(0))
    return None


def _agent_turned(ctx: ClaimContext) -> Hit | None:
    """ "Plans … were approved by councillors" against "Plans … were thrown out by councillors …, despite officers
    recommending approval": the same one after "by", with a deed on the other side of an opposition, where the
    evidence's word of the claim's side is another's (the officers' recommending)."""
    mine = [(c, agent) for c in clauses(ctx.card.claim) if c.passive for at, agent in c.places if at == "by"]
    if not mine:
        return None
    for text in ctx.texts:
        for theirs in clauses(text):
            if not theirs.passive:
                continue
            for at, agent in theirs.places:
                for clause, my_agent in mine:
                    if at != "by" or not my_agent.key & agent.key or clause.forms & theirs.forms:
                        continue
                    my_sides = set(_verb_sides(ctx.card.claim, clause.verb))
                    their_sides = set(_verb_sides(text, theirs.verb))
                    if not my_sides & their_sides and on_other_sides(my_sides, their_sides):
                        said = text[theirs.verb.start : _agent_end(text, theirs.verb.end, agent.text)]
                        return ctx.said_against(f"{clause.verb.text} by {my_agent.text}", said)
    return None


def _agent_end(text: str, start: int, agent: str) -> int:
    """Where the words "… by <agent>" after `start` end (the verb's end when they are not found)."""
    at = text.find(agent, start)
    return at + len(agent) if at >= 0 else start


def _verb_sides(text: str, verb: Word) -> tuple[tuple[int, int], ...]:
    """The sides a verb is on, as a word and as the phrase it opens ("thrown out")."""
    rest = text[verb.start : verb.start + 40].lower()
    phrased = tuple(
        side
        for phrase, sides in _multiword_oppositions().items()
        if rest.startswith(phrase) and not rest[len(phrase) : len(phrase) + 1].isalpha()
        for side in sides
    )
    return sides_of(verb.lower) + phrased


_VOTED_THEN_AGAINST = re.compile(r"\bvoted\s+(?:[\w'’%-]+\s+){1,8}?against\b", re.IGNORECASE)
_VOTED_THEN_FOR = re.compile(r"\bvoted\s+(?:(?!against\b)[\w'’%-]+\s+){1,8}?in\s+favou?r\b", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([a-z]+)")
# "four of its seven seats", "11 of the 12 MEPs": a part of a counted whole, which is not all of it.
_PART_OF = re.compile(
    rf"\b(?P<part>\d[\d,]*|{SMALL_COUNT_WORDS})\s+of\s+"
    r"(?:the|its|their|his|her|our)\s+(?:(?:last|past|first|next|previous)\s+)?(?P<whole>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _multiword_oppositions() -> dict[str, list[tuple[int, int]]]:
    return {w: sides for w, sides in lexicon().opposition.items() if " " in w}


def _sides_at(found: Sequence[Word], i: int) -> tuple[tuple[int, int], ...]:
    """The sides `found[i]` is on, as it is used there: "most" says more only as a superlative ("the most
    expensive"); "Most of the 600 job losses" counts, and says no direction."""
    sides = sides_of(found[i].lower)
    if found[i].lower in ("towards", "toward") and i and _money_goes(found[i - 1]):
        return ()  # ("raised £8,000 towards a new oven": what money is for, no fire nearing a thing)
    if found[i].lower in ("more", "less", "longer") and i and found[i - 1].lower == "or":
        return ()  # ("a year or more": at least a year, a bound and no direction)
    if (
        found[i].lower == "cut"
        and 0 < i < len(found) - 1
        and found[i + 1].lower == "off"
        and found[i - 1].lower in _BEEN
    ):
        return ()  # ("a village has been cut off by floods": no cut in anything; "to cut off the firm" keeps its side)
    if found[i].lower == "close" and _NEAR_TO.match(" ".join(w.text for w in found[i + 1 : i + 3])):
        return ()  # ("a landslip close to Dawlish", "close to 500 people": near, no closing)
    if found[i].lower in ("each", "one") and i + 1 < len(found) and found[i + 1].lower in ("other", "another"):
        return ()  # ("filming each other": one another, no share of anything)
    if "keep" in lemmas(found[i].lower) and any(w.lower in _HELD_AT for w in found[i + 1 : i + 4]):
        return ()  # ("to keep prices down", "kept costs low": holding a thing where it is, no deed going on)
    if i + 1 < len(found) and found[i + 1].lower in _ASKED and lemmas(found[i].lower) & _CHOOSING:
        return ()  # ("before choosing what to do next": deciding, no choice made against a rejection)
    if found[i].lower in ("many", "much") and i and found[i - 1].lower == "as":
        return ()  # ("twice as many dogs": how many times, which the figure rules and "double" tell)
    if found[i].lower == "other" and i and any(g == _group_of("all") for g, _ in sides_of(found[i - 1].lower)):
        return ()  # ("all other chains": every one of the rest; the quantity is the word before)
    if found[i].lower == "most" and i + 1 < len(found) and describing(found[i + 1].lower):
        # ("the biggest and most significant fight": a superlative, no share of anything)
        sides = tuple(side for side in sides if side[0] != _group_of("all"))
    if found[i].lower == "most" and not (i and found[i - 1].lower == "the"):
        direction = _group_of("increase")
        sides = tuple(side for side in sides if side[0] != direction)
    if sides and (verb := _governing_verb(found, i)) is not None:
        # ("refused approval", "denied its approval": the noun is what the verb's side says of it, not a side of its own)
        theirs = dict(sides_of(verb.lower))
        sides = tuple(side for side in sides if theirs.get(side[0], side[1]) == side[1])
    return sides


_BEEN = frozenset("been was were is are being left remain remains remained".split())
_ASKED = frozenset("what whether how which who where when".split())
# "kept interest rates at 4.5%", "held its fees steady": a level held, in words set apart.
_KEPT_AT = re.compile(
    r"\b(?:kept|keeps|keep|held|holds|hold|left|leaves|leave)\s+(?:[\w-]+\s+){1,3}?(?:at\s+\d|unchanged|steady)",
    re.IGNORECASE,
)
_HELD_AT = frozenset("down up low high steady stable afloat".split())
_CHOOSING = frozenset("choose select decide".split())
# After "close", what makes it near and not the deed: a name ("close to Dawlish"), a figure ("close to 500"), a home.
_NEAR_TO = re.compile(r"(?:to|by)\s+(?:[A-Z]|\d|home\b|where\b|tears\b|death\b)")


# What goes towards a thing as money does: a sum, or a word for giving or gathering it.
_FUNDING = frozenset("contribute put go donate raise collect save pay spend give money fund cash grant".split())


def _money_goes(word: Word) -> bool:
    """ "£8,000 towards", "contributed towards", "the money goes towards": the word before "towards" when money is
    what goes there."""
    return word.lower[:1].isdigit() or bool(lemmas(word.lower) & _FUNDING)


_BEFORE_THE_NOUN = frozenset("the its their his her a an planning final formal".split())


def _governing_verb(found: Sequence[Word], i: int) -> Word | None:
    """The verb a noun is the object of, right before it or past an article or one word of its kind ("refused
    planning approval")."""
    if "NOUN" not in forms_by_class(found[i].lower):
        return None
    j = i - 1
    if j > 0 and found[j].lower in _BEFORE_THE_NOUN:
        j -= 1
    # (a verb in a form that tells the deed, "refused", "refuses", "refuse"; not an -ing word that may describe)
    if j < 0 or "VERB" not in forms_by_class(found[j].lower) or not found[j].lower.endswith(("ed", "es", "s", "e")):
        return None
    return found[j]


_LASTING = frozenset({"lasted", "lasts", "lasting"})


def _degree_indexes(found: Sequence[Word]) -> list[int]:
    """The words that can say a degree: not inside a name ("First Team All-State honors", "the NBA
    Finals"), not "all" in "all but one", which is most, not the ordinal "second", and not one
    turned around by the words before it ("ending the ban", "not all"), nor an "only" that means "just"."""
    return [
        i
        for i, w in enumerate(found)
        if sides_of(w.lower)  # a word of no opposition says no degree
        and not (w.capitalized and w.start > 0)
        and not (w.lower == "all" and i + 1 < len(found) and found[i + 1].lower == "but")
        and not (w.lower in ("least", "most") and i and found[i - 1].lower == "at")  # "at least 16,000 hectares"
        and not (i + 1 < len(found) and found[i + 1].lower == "old")  # "75 years old" is an age, no length of time
        and not (w.lower == "old" and i and found[i - 1].lower in ("year", "years"))  # "the 34 - year - old"
        and not (w.lower == "only" and _just(found, i))
        and not (w.lower == "second" and not (i and _COUNTS_TIME.fullmatch(found[i - 1].lower)))
        and not (any(before.lower in _TURNING for before in found[max(i - 2, 0) : i]) and not _names_a_part(w.lower))
        and not (w.lower in _VERB_ONLY and not (i and _verb_next(found[i - 1])))
        and not (w.lower == "down" and i and lemmas(found[i - 1].lower) & _DOWN_AS_PARTICLE)
        and not (w.lower == "up" and i and lemmas(found[i - 1].lower) & _UP_AS_PARTICLE)
        and not (w.lower in ("slip", "slips") and i and found[i - 1].lower in ("the", "a", "this", "that"))
        and not (w.lower in _TIMES and i + 1 < len(found) and found[i + 1].lower in _RELATIVE)
        # "fell short": missed; "stopped short of stripping it": did not do it, no deed stopped
        and not (lemmas(w.lower) & {"fall", "stop"} and i + 1 < len(found) and found[i + 1].lower == "short")
        and w.lower != "charges"  # "faced five theft charges" tells what was charged, no stage of the case
        and w.lower != "savings"  # "move her savings": money put by, no deed of saving against a loss
        and not (w.lower == "last" and i + 1 < len(found) and found[i + 1].lower in _LAST_WHEN)  # "last year": a date
        and w.lower not in _LASTING  # ("the crossing lasted nine months": how long, not the last one)
        # "every two weeks": how often (but "every morning" says when in the day, against "every evening")
        and not (any(before.lower == "every" for before in found[max(i - 2, 0) : i]) and not _of_the_day(w.lower))
        and not (w.lower == "refuse" and i + 1 < len(found) and found[i + 1].lower in _RUBBISH_THINGS)
        and not (lemmas(w.lower) & {"fall"} and any(b.lower in _WEATHER_FALLS for b in found[max(i - 4, 0) : i]))
    ]


# "20cm of snow could fall": snow falling is weather, no figure going down.
_WEATHER_FALLS = frozenset("snow rain hail sleet rainfall snowfall".split())


# "refuse workers", "a refuse lorry": rubbish, no refusal.
_RUBBISH_THINGS = frozenset(
    "workers worker collectors collector collection collections lorry lorries bins sacks tip centre staff strike "
    "service services truck trucks crews".split()
)


# "the night before the anniversary", "the morning after the vote", "2.6% the month before", "a year earlier": a time
# told from another, not a part of a day nor a length of time.
_LAST_WHEN = frozenset("year week month night season summer winter spring autumn weekend".split())
_TIMES = frozenset("morning afternoon evening night day week month year".split())
_RELATIVE = frozenset("before after prior earlier later ago previously".split())


# "talks broke down", "stepped down", "turned down the offer": "down" a verb's particle, no direction.
_DOWN_AS_PARTICLE = frozenset("break shut step stand turn back let track hunt settle".split())
# "caught up in the landslide", "set up a fund", "signed up": "up" a verb's particle; "the slip" a landslip.
_UP_AS_PARTICLE = frozenset(
    "catch set take pick end show turn sign back give lock call hold line sum wrap clean fill draw make put bring tie".split()
)


# Degree words only as verbs: "a discounted pass", "monthly passes", "a block of flats" approve and reject
# nothing; "to pass", "will block", "it passes" do.
_VERB_ONLY = frozenset("pass passes block blocks".split())
_BEFORE_A_VERB = frozenset(
    "to will would shall should can could may might must did does do not cannot n't it he she they we who".split()
)


def _verb_next(before: Word) -> bool:
    return before.lower in _BEFORE_A_VERB


def _just(found: Sequence[Word], i: int) -> bool:
    """ "only three years left" is "just three"; "the only one to ban it" is no one else."""
    determined = i > 0 and found[i - 1].lower in ("the", "its", "their", "his", "her", "our", "my", "your")
    return not determined and i + 1 < len(found) and bool(_JUST_A_FIGURE.fullmatch(found[i + 1].lower))


_JUST_A_FIGURE = re.compile(
    r"\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|once|twice|half|few|"
    r"handful|dozen|hundreds?|thousands?|millions?|billions?|[a-z]+ty|eleven|twelve|\w+teen"
)


@lru_cache(maxsize=1)
def _part_groups() -> frozenset[int]:
    """The oppositions of which part or season a thing is ("the eastern leg", "the spring budget"), which no word
    before turns round: "scrapped the eastern leg" still tells of the eastern one."""
    return frozenset({_group_of("north"), _group_of("spring")})


def _names_a_part(lower: str) -> bool:
    sides = sides_of(lower)
    return bool(sides) and all(group in _part_groups() for group, _ in sides)


_TURNING = frozenset(
    "not no never n't end ends ended ending lift lifts lifted lifting scrap scraps scrapped scrapping "
    "overturn overturned reverse reversed reversing".split()
)
_QUANTIFIER_SKIP = frozenset("of the a an its their his her our these those this that other all".split())


def _described(found: Sequence[Word], i: int, group: int, timing: int) -> str | None:
    """What "early" or "late" says when: "a late winner" -> winner, "an early lead" -> lead (a late winner
    after an early lead is no contradiction); None where no noun follows. "More" or "less" before a noun says how
    much of that thing ("less time foraging" against "more work was needed": of other things)."""
    if i + 1 >= len(found):
        return None
    if group == timing:
        return _noun(found[i + 1])
    if found[i].lower in _HOW_MUCH and group == _group_of("increase"):
        nouns = forms_by_class(found[i + 1].lower).get("NOUN")  # (time too: "less time" is an amount of it)
        return nouns[0] if nouns else None
    return None


_HOW_MUCH = frozenset("more less fewer".split())


_HELPERS = frozenset("is are was were be been being has have had will would could may might must shall".split())


_EXTRA = frozenset({"extra", "additional"})
# "its plan to", "the proposal", "a bid for": what one gives up by dropping it.
_A_PLAN_NEXT = re.compile(
    r"\s+(?:its|their|his|her|the|a|an)\s+(?:[\w-]+\s+)?(?:plans?|proposals?|bid|idea|scheme|case|charges?|claim"
    r"|appeal|lawsuit|threat|demands?)\b",
    re.IGNORECASE,
)
_PRICE_NEXT = re.compile(
    r"\s+(?:about\s+|around\s+|just\s+|only\s+|up\s+to\s+)?(?:[£$€]\s?\d|\d[\d,.]*\s?(?:p|pence|cents?)\b)"
)


def _extra_of_a_thing_not_cancelled(found: Sequence[Word], i: int, side: tuple[int, int], ctx: ClaimContext) -> bool:
    """Whether the claim's "extra" or "additional" describes a thing no evidence sentence with a word of calling off
    names: "the extra money will pay for more shows" is not set against "could push some subscribers to cancel"."""
    if "ADJ" not in forms_by_class(found[i].lower) or (thing := _quantified(found, i)) is None:
        return False
    things = lemmas(thing)
    for text in ctx.texts:
        for sentence in sentences_of(text):
            if forms_in(sentence) & things and any(
                s[0] == side[0] and s != side for w in words(sentence) for s in sides_of(w.lower)
            ):
                return False
    return True


def _doer_noun(found: Sequence[Word], i: int) -> str | None:
    """What a deed of going ahead or being called off is told of: the noun before it, past its helpers ("Ferry
    services were cancelled" -> service, "gale-force winds continued" -> wind); None where no noun stands there."""
    j = i - 1
    while j >= 0 and found[j].lower in _HELPERS:
        j -= 1
    # ("Sailings to Kell resumed": past where they run)
    if j >= 2 and found[j].capitalized and found[j - 1].lower in ("to", "from", "between", "in"):
        j -= 2
    return _noun(found[j]) if j >= 0 else None


def _quantified(found: Sequence[Word], i: int) -> str | None:
    """What a quantity word counts: "all carriers" -> carrier, "parts of Asia" -> asia; None when
    no noun follows ("all of it", "everyone"), and then it is compared with any quantity."""
    for word in found[i + 1 : i + 5]:
        if word.lower in _QUANTIFIER_SKIP:
            continue
        if word.capitalized:
            return word.lower
        noun = _noun(word)
        if noun is not None:
            return noun
        if "ADJ" not in forms_by_class(word.lower):
            return None
    return None


def _of_the_day(lower: str) -> bool:
    """ "morning", "evening", "midday": a word of the oppositions of the times of day."""
    return any(group in (_group_of("afternoon"), _group_of("midday")) for group, _ in sides_of(lower))


@lru_cache(maxsize=8)
def _group_of(word: str) -> int:
    """The opposition group a word belongs to ("all": quantity, "increase": direction)."""
    return next(g for g, _ in sides_of(word))


# "a second", "30 seconds": the unit of time; "the second one": the ordinal.
_COUNTS_TIME = re.compile(r"a|one|per|split|few|\d[\d.,]*")


_ABOVE = (
    "more than",
    "over",
    "above",
    "at least",
    "a minimum of",
    "upwards of",
    "in excess of",
    "exceeding",
    "exceeded",
    "exceeds",
    "exceed",
    # "has passed £7", "topped 40%": a mark gone beyond (of money or a share only: "passed 12 laws" is a count)
    "passed",
    "topped",
    "surpassed",
)
_BELOW = (
    "nearly",
    "almost",
    "under",
    "less than",
    "fewer than",
    "below",
    "up to",
    "just under",
    "at most",
    "a maximum of",
    "shy of",
    "as many as",
    "as much as",
    "as long as",
)
_EXACT = ("exactly", "precisely")  # "exactly 14" against "at least 14": a bound the claim takes away
_BOUND_WORDS = "|".join(w.replace(" ", r"\s+") for w in _ABOVE + _BELOW + _EXACT)
# "under an hour" bounds one hour: an article before a unit of time counts one.
_BOUND = re.compile(
    rf"\b(?P<bound>{_BOUND_WORDS})\s+(?P<number>[$£€]?\d[\d,.]*\d|[$£€]?\d|an?(?=\s+(?:hour|minute|day|week|month|year)\b)"
    # ("almost a third", "more than half", "nearly two-thirds": a share in words)
    rf"|(?:an?\s+)?(?:third|quarter|fifth|tenth)\b|half\b|(?:two|three|four)[\s-](?:thirds|quarters|fifths)\b"
    rf"|(?:{'|'.join(w for w in NUMBER_WORDS if w not in ('zero', 'hundred', 'dozen'))})\b(?!-))",
    re.IGNORECASE,
)


# "more than 4.4%" is not 4.4%, as "nearly 4.4%" or "at least 4.4%" may loosely be.
_STRICT = re.compile(
    r"(?:more|fewer|less)\s+than|over|above|under|below|exceeding|in\s+excess\s+of|upwards\s+of", re.IGNORECASE
)
# "over five years", "his speed over 40 metres": a stretch of time or ground, not a bound.
_OVER_A_SPAN = re.compile(
    r"over\s+(?:the\s+(?:next|last|past)\s+)?\S+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?"
    r"|centuries|metres?|meters?|kilometres?|kilometers?|km|miles?|yards?|laps?|holes?|games?|matches|seasons?)\b",
    re.IGNORECASE,
)
# "spread over 600 hectares", "stretching over 40 miles": the ground something covers, not a bound; "prosecuted
# the company over 14 sewage discharges", "a row over 300 job cuts": what a case or a quarrel is about.
_SPREAD_BEFORE = re.compile(
    r"\b(?:spread|spreads|spreading|stretch(?:es|ed|ing)?|extend(?:s|ed|ing)?|sprawl(?:s|ed|ing)?|scattered)\s+$"
    r"|\b(?:prosecut\w*|fined|fines|fining|sued|sues|suing|charged|criticised|criticized|row|rows|dispute|disputes"
    r"|protests?|protested|investigat\w*|apologi[sz]ed|clash(?:es|ed)?)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?<!\bfor\s)(?<!\bof\s)(?<!\bby\s)(?<!\bto\s)(?<!\bwith\s)$",  # "fined for over 14 discharges" is a bound
    re.IGNORECASE,
)
# Words before a figure that say it is not exact: a bound, an estimate, one end of a range, or the same figure
# in other units ("at least 16,000 hectares - or 40,000 acres", "(40,000 acres)"), which takes its bound.
_NOT_EXACT = re.compile(
    rf"(?:\b(?:{_BOUND_WORDS}|about|around|roughly|some|approximately|an\s+estimated|estimated|almost|nearly"
    r"|close\s+to|more|less|fewer|least|most|than|between|from|or"
    # ("Police estimated the crowd at 4,000", "organisers put the figure at 10,000": an estimate after its thing)
    r"|(?:estimated|put)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+){0,2}at"
    # ("an estimated street value of £250,000": an estimate of what a thing is worth)
    r"|(?:estimated|expected|projected)\s+(?:[a-z]+\s+){0,2}(?:value|worth|cost|total|bill)\s+of"
    r")|\d\s*(?:to|-|–|and)|\()\s*[$£€]?\s*$",
    re.IGNORECASE,
)
_OR_MORE = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*(?:or\s+(?:more|less|fewer|so)|plus\b|\+)", re.IGNORECASE)
_FIGURE_WRITTEN = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?")


# A figure that is a limit bounds what it is set against: "a 7.5-tonne weight limit", "a limit of 20mph".
_LIMIT_WORDS = r"(?:limit|limits|cap|threshold|ceiling)"
_A_LIMIT_AFTER = re.compile(rf"\S*(?:\s+[a-z-]+){{0,2}}?\s+{_LIMIT_WORDS}\b")
_A_LIMIT_BEFORE = re.compile(rf"\b{_LIMIT_WORDS}\s+(?:of|at|to)\s+[$£€]?\s*$")


def _given_exactly(number: str, texts: list[str]) -> str | None:
    """How the evidence writes `number` when it gives it bare every time ("4.4" in "rose to 4.4%"); None when
    it never gives it, or gives it with a bound, an estimate, or as one end of a range."""
    written = None
    for text in texts:
        for m in _FIGURE_WRITTEN.finditer(text):
            if m.group(0).replace(",", "") != number:
                continue
            if _NOT_EXACT.search(text, max(0, m.start() - 25), m.start()) or _OR_MORE.match(text, m.end()):
                return None
            if _A_LIMIT_AFTER.match(text, m.end()) or _A_LIMIT_BEFORE.search(text, max(0, m.start() - 25), m.start()):
                return None  # "a 7.5-tonne weight limit" is what "over 7.5 tonnes" are banned by
            written = written or m.group(0)
    return written


_AVERAGE_OF = re.compile(r"\b(?:an?\s+)?average\s+(?:of\s+)?$|\bon\s+average\s+$", re.IGNORECASE)


def _given_as_average(number: str, texts: list[str]) -> str | None:
    """How the evidence writes `number` as an average ("an average of five years"), if it does: an average is no
    bound."""
    for text in texts:
        for m in re.finditer(
            rf"(?<![\w.,]){re.escape(number)}(?![\d,.]*\d)|\b{_NUMBER_WORD_OF.get(number, '(?!x)x')}\b", text, re.I
        ):
            if (mean := _AVERAGE_OF.search(text, max(0, m.start() - 25), m.start())) is not None:
                return text[mean.start() : m.end()]
    return None


_NUMBER_WORD_OF = {str(v): w for w, v in NUMBER_WORDS.items() if isinstance(v, int) and 1 < v <= 20}


def _given_loosely(number: str, texts: list[str]) -> str | None:
    """How the evidence writes `number` with an estimate or a bound before it ("an estimated 1,500"), if it does."""
    for text in texts:
        for m in _FIGURE_WRITTEN.finditer(text):
            if m.group(0).replace(",", "") == number and (
                loose := _NOT_EXACT.search(text, max(0, m.start() - 40), m.start())
            ):
                return text[loose.start() : m.end()].strip()
    return None


_SHARE_WORDS = {"half": "1/2", "third": "1/3", "quarter": "1/4", "fifth": "1/5", "tenth": "1/10", "two thirds": "2/3",
                "three quarters": "3/4", "two fifths": "2/5", "three fifths": "3/5", "four fifths": "4/5"}  # fmt: skip


_NO_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")


_AGE_BAND = re.compile(r"\b(?P<bound>under|over)-(?P<number>\d{1,3})s\b", re.IGNORECASE)
_MARKS_PASSED = frozenset({"passed", "topped", "surpassed"})
_SHARE_OR_SCALE = re.compile(r"\s?(?:%|percent\b|per\s+cent\b|million\b|billion\b|bn\b|m\b)", re.IGNORECASE)


def _bounds(text: str) -> list[tuple[str, str, str]]:
    """Each figure given with a bound: ("above", "below" or "exact", the figure, the words as written)."""
    found = []
    for m in _BOUND.finditer(text):
        bound = " ".join(m.group("bound").lower().split())
        side = "above" if bound in _ABOVE else "exact" if bound in _EXACT else "below"
        said = m.group(0)
        if side != "exact" and (no := _NO_BEFORE.search(text, 0, m.start())):
            side = "below" if side == "above" else "above"  # "no more than 4,000" is at most 4,000
            said = text[no.start() : m.end()]
        number = m.group("number").lower()
        if number in NUMBER_WORDS:  # "up to three months" bounds 3 as "at least 3 months" does
            number = str(NUMBER_WORDS[number])
        number = " ".join(number.replace("-", " ").split())
        number = _SHARE_WORDS.get(number.removeprefix("a ").removeprefix("an "), number)
        number = "1" if number in ("a", "an") else number.lstrip("$£€").replace(",", "")
        if _YEAR.fullmatch(m.group("number")):
            continue  # "still below 2019 levels", "above 2008's peak": a year, no figure bounded
        if bound in _MARKS_PASSED and not (m.group("number")[0] in "$£€" or _SHARE_OR_SCALE.match(text, m.end())):
            continue
        found.append((side, number, said))
    # "to under-16s", "free for over-65s": the people below or above an age, a bound of it
    found.extend(
        ("below" if m.group("bound").lower() == "under" else "above", m.group("number"), m.group(0))
        for m in _AGE_BAND.finditer(text)
    )
    return found


_NOT_THINGS = frozenset(
    "per cent percent year years month months week weeks day days time times point points level levels "
    "rate amount number total sharp steep slight it its they them he she we you this that more less".split()
)


# A figure a thing moved by, to or from, with its unit: "8%", "$2 million", "3.1 percent", "2 points".
_MOVED_FIGURE = (
    r"(?P<fig>[$£€]?\d[\d,.]*\d?\s?(?:%|percent|per cent|points?|million|billion|bn|m\b|k\b)?"
    # ("have fallen by a quarter": a part of the whole said in words)
    r"|(?:a|one)\s+(?:quarter|third|fifth|tenth)\b|half\b|two-thirds\b|three-quarters\b)"
)
# "rose 8%", "fell by $2 million", "dropped to 3.1%": a direction and the figure it went by or to.
_BY_FIGURE = re.compile(
    # "fell slightly to 95,000": how much it moved may stand between
    r"\s+(?:(?:slightly|sharply|steeply|marginally|modestly|just)\s+)?"
    r"(?:(?:by|to|about|around|nearly|almost|some|roughly|over|more than|less than|up to|as much as)\s+){0,2}"
    rf"{_MOVED_FIGURE}"
)


# Directions said only of a count: "add 400 jobs" against "cut 400 jobs", "lost about 25%" against
# "gained about 25%" ("he added" and "lost the match" say no direction).
_FIGURE_UP = frozenset("add adds added adding hire hires hired hiring create creates created creating".split())
_FIGURE_DOWN = frozenset(
    "lose loses lost losing shed sheds shedding eliminate eliminates eliminated eliminating axe axes axed".split()
)
_WORD_THEN_FIGURE = re.compile(rf"\b(?P<word>[A-Za-z]+)(?={_BY_FIGURE.pattern})")


def _figure_moves(text: str) -> list[tuple[str, int, str]]:
    """(the figure as written without separators, direction side, the words) for each direction word a
    figure follows, and each comparison a figure comes before ("15 percent less likely")."""
    group = _group_of("increase")
    up, down = sides_of("increase")[0][1], sides_of("decrease")[0][1]
    found = []
    for candidate in _WORD_THEN_FIGURE.finditer(text):  # only words a figure follows are looked up
        said = candidate.group("word").lower()
        if said == "up" and text[candidate.end() : candidate.end() + 4] == " to ":
            continue  # ("by up to 10 minutes": a bound, no move up)
        sides = [side for g, side in sides_of(said) if g == group]
        if not sides and said in _FIGURE_UP | _FIGURE_DOWN:
            sides = [up if said in _FIGURE_UP else down]
        m = _BY_FIGURE.match(text, candidate.end()) if sides else None
        if m:
            found.append((_figure_key(m.group("fig")), sides[0], text[candidate.start() : m.end()].rstrip()))
    for m in _FIGURE_THEN_COMPARED.finditer(text):
        found.append((_figure_key(m.group("fig")), up if m.group("word").lower() in _MORE else down, m.group(0)))
    for m in _MOVED_FROM.finditer(text):  # "down from 68% last year", "rose from 68%": where it moved from
        sides = [side for g, side in sides_of(m.group("word").lower()) if g == group]
        if sides:
            found.append((_figure_key(m.group("fig")), sides[0], m.group(0)))
    for m in _FIGURE_THEN_FROM.finditer(text):
        found.append((_figure_key(m.group("fig")), up if m.group("word").lower() == "up" else down, m.group(0)))
    for m in _JOBS_MOVED.finditer(text):
        found.append((_figure_key(m.group("fig")), up if m.group("word").lower() == "creation" else down, m.group(0)))
    for m in _RECORD_REACHED.finditer(text):  # "reached a record 88,000": up to it, or down to a record low
        found.append((_figure_key(m.group("fig")), down if m.group("low") else up, m.group(0)))
    return found


# "dropped to 3.1%", "2.9%, down from 3.4%", "reached a record 88,000": a figure moved to, a level; "rose 2.9%" is
# what it moved by.
_TO_A_LEVEL = re.compile(
    r"^(?:[$£€]?\d|reached\b)|\bto\s+(?:(?:about|around|nearly|almost|some|roughly|over|more than|less than)\s+)?[$£€]?\d"
)


def _moved_otherwise(mine: list[tuple[str, int, str]], theirs: list[tuple[str, int, str]]) -> tuple[str, str] | None:
    """The first of the claim's moves that the evidence tells of its figure the other way only, a level set against
    the evidence's levels and a move by a figure against its moves by it where it tells any: "Consumer prices fell 2.9%"
    against "rose 2.9% in the year to October, down from 3.4%" (the rate came down to 2.9%, the prices rose by it)."""
    for move in mine:
        figure, level = move[0], _TO_A_LEVEL.search(move[2]) is not None
        same = [t for t in theirs if t[0] == figure]
        alike = [t for t in same if (_TO_A_LEVEL.search(t[2]) is not None) == level]
        if found := bound_differently([move], alike or same):
            return found
    return None


def _movers(text: str) -> list[tuple[frozenset[str], str, str]]:
    """(the lemmas of what moved, the figure, the words) for each "X rose by 40%" of `text`: the content word right
    before the direction word (past "has", "had")."""
    group = _group_of("increase")
    found = []
    for candidate in _WORD_THEN_FIGURE.finditer(text):
        said = candidate.group("word").lower()
        if not any(g == group for g, _ in sides_of(said)):
            continue
        m = _BY_FIGURE.match(text, candidate.end())
        before = _MOVER_BEFORE.search(text, 0, candidate.start())
        if m and before and before.group("done") and said in ("up", "down"):
            before = None  # "The unemployment rate edged up to 3.9 percent": the verb, not what was done to the rate
        if m and before:
            mover = before.group("mover").lower()
            if is_content(mover) and ("NOUN" in forms_by_class(mover) or mover.endswith("ing")):  # ("cycling")
                found.append(
                    (lemmas(mover), _figure_key(m.group("fig")), text[before.start("mover") : m.end()].rstrip())
                )
                # ("fell by 3p to 145p", "has fallen by 4p in a month to 138p": where it moved to, as well)
                if to := _TO_FIGURE_AFTER.match(text, m.end()):
                    found.append(
                        (lemmas(mover), _figure_key(to.group("fig")), text[before.start("mover") : to.end()].rstrip())
                    )
    return found


_TO_FIGURE_AFTER = re.compile(
    rf"(?:[a-z]{{1,2}}\b)?\s+(?:(?:in|over)\s+(?:a|an|the|one)\s+[a-z]+\s+)?to\s+{_MOVED_FIGURE}"
)


# (past what it is of and where: "The number of house sales in Norland fell 12%" moves the sales, "The average price
# of a home in Wales fell 1.8%" the price, "The number of homes sold in Caldera fell 11%" the homes, "Shares in mining
# group Tarrant fell 12%" the shares)
_MOVER_BEFORE = re.compile(
    r"\b(?P<mover>[A-Za-z]+)(?:\s+of\s+(?:a|an|the)\s+[a-z]+)?(?:\s+(?P<done>sold|bought|built|let|made|[a-z]{3,}ed))?"
    r"(?:\s+(?:in|across)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s+(?:(?:has|have|had)\s+)?$"
)


def mover_swapped(ctx: ClaimContext) -> Hit | None:
    """ "Cycling fell by 12% and car journeys rose by 40%" against "cycling rose by 40% and car journeys fell by 12%":
    the claim's figure is another thing's move, and its own thing moved by another figure."""
    mine = _movers(ctx.card.claim)
    if not mine:
        return None
    theirs = [move for text in ctx.texts for move in _movers(text)]
    found = given_to_another(mine, theirs, lambda a, b: bool(a & b))
    return ctx.said_against(*found) if found else None


# "Wind power generated more of Norland's electricity than gas": the thing compared, the comparison, the other one.
_COMPARED = re.compile(
    r"(?:^|[;:]\s*|\b(?:and|but|while|whereas|found\s+that|shows?\s+that|showed\s+that)\s+)\W*(?:the\s+)?"
    r"(?P<one>[A-Za-z][\w-]*)\b[^.;:]{0,60}?"
    r"\b(?P<how>more|less|fewer|higher|lower|greater|larger|bigger|smaller|cheaper|faster|slower|better|worse"
    r"|healthier|older|younger)\b[^.;:]{0,50}?"
    r"\bthan\s+(?:the\s+|that\s+of\s+|those\s+of\s+)?(?P<other>[A-Za-z][\w-]*)(?P<rest>[^.;:,]{0,40})",
    re.IGNORECASE,
)


def _compared_clauses(text: str) -> Iterator[re.Match[str]]:
    """Each comparison of `text`, read again past an opening that holds none of its own ("A survey found that shoppers
    trust local butchers more than supermarkets": not "A", but "shoppers", past "found that")."""
    at = 0
    while m := _COMPARED.search(text, at):
        yield m
        if is_content(m.group("one").lower()) and m.group("one").lower() not in _NOT_COMPARED:
            at = m.end()
        else:
            at = m.end("one")


def _comparisons(text: str) -> list[tuple[frozenset[str], frozenset[str], tuple[int, int], str]]:
    """(the lemmas of the thing compared, of the other, the side of the comparison, the words) for each comparison
    of `text` that opens its clause."""
    found = []
    for m in _compared_clauses(text):
        one, other = m.group("one").lower(), m.group("other").lower()
        sides = sides_of(m.group("how").lower())
        if not sides or not is_content(one) or not (is_content(other) or other in _OTHERS) or one in _NOT_COMPARED:
            continue
        # (what sets each apart: "People who live inland" before the comparison, "those living near the coast" after)
        apart = text[m.start("one") : m.start("how")]
        found.append(
            (
                _bases(apart),
                _bases(f"{other} {m.group('rest')}") if other in _OTHERS else _bases(other),
                sides[0],
                m.group(0).strip(),
            )
        )
    # ("Bees prefer yellow flowers to blue ones": the one preferred is the one of more)
    for m in _PREFERRED.finditer(text):
        found.append((_bases(m.group("one")), _bases(m.group("other")), sides_of("more")[0], m.group(0).strip()))
    return found


# "prefer blue flowers to yellow ones", "preferred trains over planes": the one preferred, and the other.
_PREFERRED = re.compile(
    r"\bprefer(?:s|red|ring)?\s+(?P<one>[^.;:,]{1,60}?)\s+(?:to|over|rather\s+than)\s+(?P<other>[^.;:,]{1,40})",
    re.IGNORECASE,
)


def _bases(text: str) -> frozenset[str]:
    """One base form of each content word ("living" is "live"), leaving out words for anyone ("those")."""
    return frozenset(min(lemmas(w.lower)) for w in words(text) if is_content(w.lower) and w.lower not in _OTHERS)


_OTHERS = frozenset("those people others ones".split())


_NOT_COMPARED = frozenset("it they this that there he she we".split())


_FIRST_TIME = re.compile(r"\bfor\s+the\s+first\s+time\b", re.IGNORECASE)
_FOR_A_SPAN = re.compile(
    r"\bfor\s+(?P<span>(?:\d[\d,]*|[a-z]+)\s+(?:years|decades|months|weeks|centuries|year|decade|century))\b", re.I
)
_LONG_SINCE = re.compile(
    # (not what years of a thing earned: "a reward for years of hard work")
    r"\b(?:for\s+(?:many|several|some)\s+(?:years|decades|months)|for\s+(?:years|decades)(?!\s+of\b)"
    r"|(?:has|have|had)\s+long\s+been"
    r"|as\s+(?:it|they|he|she)\s+(?:has|have)\s+(?:always|for\s+years)|(?:has|have)\s+always)\b",
    re.IGNORECASE,
)


def first_told_as_long(ctx: ClaimContext) -> Hit | None:
    """ "Wind has generated more electricity than gas for many years" against "… than gas for the first time": what
    the evidence says happened for the first time, told as long so."""
    if "first" in ctx.card.claim.lower():
        return None
    mine = _LONG_SINCE.search(ctx.card.claim)
    if mine is None:
        # ("has been without a bank for 150 years" against "without a bank for the first time in 150 years")
        for span in _FOR_A_SPAN.finditer(ctx.card.claim):
            # (or "the first sighting … for more than a century")
            first = re.compile(
                rf"\bfirst\b[^.;]{{0,60}}?\b(?:for|in)\s+(?:more\s+than\s+|over\s+)?{re.escape(span.group('span'))}\b",
                re.IGNORECASE,
            )
            if m := ctx.evidence_match(first):
                return ctx.said_against(span.group(0), m.group(0))
        return None
    m = ctx.evidence_match(_FIRST_TIME)
    return ctx.said_against(mine.group(0), m.group(0)) if m else None


def compared_turned(ctx: ClaimContext) -> Hit | None:
    """ "Gas generated more electricity than wind" against "Wind power generated more of Norland's electricity than
    gas": the claim sets the two things compared the other way round, with the comparison unchanged."""
    mine = _comparisons(ctx.card.claim)
    if not mine:
        return None
    for text in ctx.texts:
        for one, other, side, said in _comparisons(text):
            for my_one, my_other, my_side, my_said in mine:
                # (each side told by what sets it apart from the other: "people who live inland" against "those
                # living near the coast", whatever words both sides share)
                mine_apart, my_other_apart = my_one - my_other, my_other - my_one
                theirs_apart, their_other_apart = one - other, other - one
                if (
                    my_side == side
                    and mine_apart & their_other_apart
                    and my_other_apart & theirs_apart
                    and not my_other_apart & their_other_apart
                ):
                    return ctx.said_against(my_said, said)
    return None


# "reached a record 88,000", "hit a record high of 4.4%", "fell to a record low of 2%": a figure moved to a record.
_RECORD_REACHED = re.compile(
    r"\b(?:reach(?:ed|es)?|hit(?:s|ting)?|at)\s+(?:a\s+|an\s+)?(?:new\s+|all-time\s+)?record\s+(?:(?P<high>high|peak)\s+|"
    rf"(?P<low>low)\s+)?(?:of\s+)?{_MOVED_FIGURE}",
    re.IGNORECASE,
)


# "with the loss of 320 jobs", "the creation of 500 jobs": a count of jobs that went one way, said as a noun.
_JOBS_MOVED = re.compile(
    r"\b(?P<word>loss|cut|creation)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|up\s+to\s+)?"
    r"(?P<fig>\d[\d,]*)\s+(?:jobs|posts|roles|positions)\b",
    re.IGNORECASE,
)


# "down from 68% last year", "rose from 3.1%": the figure a thing moved from, and which way it went.
_MOVED_FROM = re.compile(
    r"\b(?P<word>[A-Za-z]+)\s+from\s+(?:about\s+|around\s+|nearly\s+|some\s+)?"
    rf"{_MOVED_FIGURE}"
)


# "7.5 million were waiting at the end of March, down from 7.6 million": the figure before "down from" went down.
_FIGURE_THEN_FROM = re.compile(
    rf"(?<![\w.,]){_MOVED_FIGURE}"
    r"[^.;\d]{0,100}?,\s*(?P<word>down|up)\s+from\b",
    re.IGNORECASE,
)


def _figure_key(figure: str) -> str:
    """ "15 percent", "15 per cent" and "15%" alike; "1,200" as "1200"; "95,000." ending a sentence as "95000"."""
    return re.sub(r"[\s,]|per cent|percent", lambda x: "%" if "cent" in x.group() else "", figure).rstrip(".")


# A figure, then which way it compares: "15 percent less likely" is not "15 percent more likely".
_MORE = frozenset("more higher greater larger bigger".split())
_FIGURE_THEN_COMPARED = re.compile(
    r"(?<![\w.,])(?P<fig>[$£€]?\d[\d,.]*\d?\s?(?:%|percent|per cent|points?|times)?)\s+"
    r"(?P<word>more|less|fewer|higher|lower|greater|smaller|larger|bigger)\b",
    re.IGNORECASE,
)


def _moves(found: list[Word], text: str) -> list[tuple[int, str | None, Word]]:
    """Each word of direction (rise/fall, raise/lower) with the thing that moved, as a noun lemma."""
    group = _group_of("increase")
    moves = []
    for i, word in enumerate(found):
        # ("Most of the staff": a share, no rise; but "500 or more" is the bound "500 or fewer" is set against)
        told = sides_of(word.lower) if i and found[i - 1].lower == "or" else _sides_at(found, i)
        sides = [s for g, s in told if g == group]
        if sides and not _bound_word(found, i):
            # "left rates unchanged but could cut them", "grown to 31, despite a pledge by the board to cut them":
            # the thing moved before, not a noun before the verb
            if moves and i + 1 < len(found) and found[i + 1].lower in ("it", "them"):
                thing = moves[-1][1]
            else:
                thing = _thing(found, i, text)
            moves.append((sides[0], thing, word))
    return moves


# Words that tell where a thing stands, not which way it moved, before "below" or "above".
_STANDING = frozenset("remain remains remained stay stays stayed still is are was were be well just".split())


def _above_a_figure(found: Sequence[Word], i: int) -> bool:
    """ "above 10,000 steps", "below 5%": a bound by a figure, after a verb of its own ("levelled off above")."""
    return (
        found[i].lower in ("above", "below")
        and i + 1 < len(found)
        and found[i + 1].lower[:1].isdigit()
        and i > 0
        and "VERB" in forms_by_class(found[i - 1].lower)
        and not sides_of(found[i - 1].lower)
    ) or (
        found[i].lower in ("above", "below")
        and i + 1 < len(found)
        and found[i + 1].lower[:1].isdigit()
        and i > 1
        and bool(sides_of(f"{found[i - 2].lower} {found[i - 1].lower}"))
    )


def _bound_word(found: Sequence[Word], i: int) -> bool:
    """ "at least two": a bound on a count, no direction anything moved ("two or more" against it is the same bound;
    "500 or fewer" against "500 or more" is read as the other side, as it is); "below 2019 levels" neither."""
    if found[i].lower in ("below", "above") and i + 1 < len(found) and _YEAR.fullmatch(found[i + 1].text):
        return True  # "still below 2019 levels": where a thing stands against a past year, no move
    if found[i].lower in ("below", "above") and i and found[i - 1].lower in _STANDING:
        return True  # "rose 12% … but remain below the 3.4 million": where it stands, not which way it went
    return found[i].lower in ("least", "most") and i > 0 and found[i - 1].lower == "at"


def _thing(found: list[Word], i: int, text: str) -> str | None:
    """What moved, as a noun lemma: the noun after the verb of direction or before it; for "up" or "down" after a
    figure, what the clause's verb paid or earned ("was paid £245,000 last year, up from £198,000": pay)."""
    thing = _thing_at(found, i, text)
    if (thing is None or thing in _TIME_WORDS) and found[i].lower in ("up", "down"):
        for w in reversed(found[max(0, i - 6) : i]):
            if any(c.isdigit() for c in w.lower) or w.lower in _TIME_WORDS:
                continue
            verb = forms_by_class(w.lower).get("VERB")
            return verb[0] if verb and "NOUN" in forms_by_class(verb[0]) else None
    return thing


def _thing_at(found: list[Word], i: int, text: str) -> str | None:
    after = found[i + 1 : i + 5]
    # ("fell last year": a time, not what fell)
    if len(after) >= 2 and after[0].lower in ("last", "next", "this") and after[1].lower in _PERIODS:
        after = []
    # ("has fallen in shops across Europe": after a helper the word is the verb, and "in" tells where)
    told_as_verb = i > 0 and found[i - 1].lower in AUXILIARIES and after and after[0].lower == "in"
    if told_as_verb:
        after = []
    if after and after[0].lower in ("in", "of"):  # "an increase in profit"
        # (not "rose in January", "grew in the third quarter": a time)
        thing = _last_noun(after[1:], text)
        if not any(w.lower in _PERIODS or w.lower in CALENDAR_WORDS for w in after[1:]):
            return thing
    elif thing := _last_noun(after, text):  # "upped delivery prices", "lowering prices"
        return thing
    # ("as manufacturing shrank": a sector named in "-ing" right before its move)
    if (
        i > 0
        and found[i - 1].lower.endswith("ing")
        and len(found[i - 1].lower) > 5
        and (i == 1 or found[i - 2].lower in ("as", "and", "while", "but", "whereas", "the", "of", "in"))
    ):
        return found[i - 1].lower
    # "profits dropped"; "the price cap will fall", "the cap will be cut": the noun before the verb's helpers
    # (not past a pluperfect: "her pay had been frozen for four years before the rise" is a state before the move)
    end = i
    while end > 0 and i - end < 3 and found[end - 1].lower in AUXILIARIES:
        end -= 1
    if "had" in (w.lower for w in found[max(0, end - 1) : i]):
        end = i
    if end > 0 and found[end - 1].lower in ("and", "or", "but"):
        return None  # ("would hike VAT and cut the top rate": the noun before "and" is the other verb's)
    # ("hospital treatment in Northern Ireland has fallen": the place is where it fell, not what fell)
    place = end
    while place > 1 and end - place < 3 and found[place - 1].capitalized:
        place -= 1
    if place < end and found[place - 1].lower in _WHERE_BEFORE:
        end = place - 1
    elif place < end and place > 1 and found[place - 1].lower == "the" and found[place - 2].lower in _WHERE_BEFORE:
        end = place - 2  # ("Sales of vinyl records in the UK rose")
    # ("The price of olive oil has fallen": what is of a thing moved, not the thing)
    of = next((k for k in range(end - 2, max(0, end - 5), -1) if found[k].lower == "of"), None)
    if of is not None and of > 0 and (owner := _noun(found[of - 1])):
        return owner
    before = [w for w in found[max(0, end - 2) : end] if _noun(w)]
    return _noun(before[-1]) if before else None


_WHERE_BEFORE = frozenset("in across at throughout".split())
_PERIODS = frozenset("quarter year month week half day".split())
_TIME_WORDS = (_PERIODS - {"half"}) | {"last", "next", "this"}  # ("last year, up from …": when, not what moved)


_THING_ENDS = re.compile(r"[,;:.!?()\u2013\u2014]|\s-\s")


def _last_noun(found: list[Word], text: str) -> str | None:
    nouns: list[str] = []
    for k, word in enumerate(found):
        if nouns and _THING_ENDS.search(text, found[k - 1].end, word.start):
            break  # ("falling passenger numbers, operator Greyline has confirmed": a comma ends the thing)
        noun = _noun(word)
        if noun is None:
            if nouns:
                break
            if "ADJ" in forms_by_class(word.lower) or word.lower in ("the", "a", "an", "its", "their"):
                continue
            break
        nouns.append(noun)
    return nouns[-1] if nouns else None


def _noun(word: Word) -> str | None:
    if word.lower in _NOT_THINGS or not word.lower.isalpha():
        return None
    forms = forms_by_class(word.lower)
    nouns = forms.get("NOUN")
    # (a verb's "-ed" or "-ing" form is no thing, but "speed" and "need" are their own words)
    verbs = forms.get("VERB", ())
    if not nouns or (verbs and word.lower.endswith(("ed", "ing")) and word.lower not in verbs):
        return None
    return nouns[0]
