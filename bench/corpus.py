"""Deterministic synthetic news: many outlets writing about the same invented events.

Every story has its own people, place, organisation, figures and date; each article about it
retells a random share of the story's facts in its own words, among filler sentences that every
story shares. Names come from small pools, so different stories do share a town or a surname,
as real ones do. The same seed always gives the same corpus.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from factcards.models import Article

FIRST = """Ada Bram Cleo Dario Elin Farah Goran Hana Ivo Jana Kofi Lena Mateo Nadia Oskar Priya Quinn Rosa
Sami Tove Umar Vera Wim Xenia Yusuf Zora Anouk Bert Chidi Dora Emil Fenna Gus Hedda Ines Joon Kasia Lior
Mira Nils Olek Pia Rafe Sina Teo Ulla Vik Wanda""".split()
LAST = """Okafor Lindqvist Reyes Brandt Mendes Solberg Haddad Whitcombe Nandakumar Osei Byrne Vermeer Amari
Okoro Delgado Lund Marsh Tully Rao Achebe Castell Grady Doran Hale Kowalski Ferreira Nakamura Petrov
Adeyemi Larsen Moreau Novak Quispe Rahman Santos Tanaka Ulrich Varga Weber Yilmaz Zapata Abara Bianchi
Costa Duarte Eriksen Fischer Garcia Horvat Ibsen""".split()
TOWNS = """Port Alden|Ridgeway|Greenfield|Eastmoor|Lakeport|Southport|Calder|Brenholm|Meridian|Westfold|
Harrowgate|Kilnsey|Ashby|Thornbury|Millbrook|Oakhurst|Fenwick|Rosedale|Stonebridge|Wrenfield|Duncliff|
Elmstead|Fairhaven|Glenrock|Hollis|Ivybridge|Juniper Bay|Kestrel Point|Larkmoor|Marlow Cove""".replace("\n", "").split(
    "|"
)
ORGS = """Transport Board|Water Authority|City Council|Harbour Trust|Health Board|School District|Fire Service|
Housing Agency|Parks Department|Energy Cooperative|Library Service|Police Authority|Port Authority|
Chamber of Commerce|Tenants' Union|Teachers' Guild|Nurses' Association|Drivers' Guild|Farmers' Union|Arts Council""".replace(
    "\n", ""
).split("|")
OUTLETS = """The Courier|Daily Ledger|Valley Wire|Coastline Daily|Radio North|The Gazette|Morning Post|
Evening Star|The Observer Bay|Metro Bulletin|Lakeside Radio|The Herald|County Times|News Desk|Press Line""".replace(
    "\n", ""
).split("|")
EVENTS = [
    (
        "closure",
        "will close the {thing} for {n} weeks",
        "is shutting the {thing} for {n} weeks",
        "bridge|library|pool|market hall|tunnel|museum",
    ),
    (
        "strike",
        "will strike for {n} hours",
        "plans a {n}-hour walkout",
        "depot|hospital|port|school|rail line|bus network",
    ),
    (
        "budget",
        "approved a budget of ${n} million for the {thing}",
        "backed ${n} million in spending on the {thing}",
        "roads|parks|schools|harbour|housing|water mains",
    ),
    (
        "recall",
        "is recalling {n},000 {thing}",
        "has pulled {n},000 {thing} from sale",
        "heaters|power banks|kettles|car seats|bicycles|scooters",
    ),
    (
        "flood",
        "said {n} homes were flooded near the {thing}",
        "counted {n} flooded homes around the {thing}",
        "river|canal|estuary|reservoir|harbour|marsh",
    ),
    (
        "hiring",
        "will hire {n} new staff for the {thing}",
        "plans to recruit {n} workers for the {thing}",
        "clinic|depot|call centre|warehouse|library|ferry service",
    ),
    (
        "fare",
        "will raise {thing} fares by {n} percent",
        "is increasing {thing} fares {n} percent",
        "ferry|bus|tram|train|parking|toll",
    ),
    (
        "election",
        "won the {thing} vote by {n} votes",
        "took the {thing} seat with a {n}-vote margin",
        "mayoral|council|board|by-election|district|ward",
    ),
]
FILLER = [
    "Officials said more details would be published later in the week.",
    "The decision follows months of public consultation.",
    "Residents can find further information on the council's website.",
    "Critics said the plan had been rushed through without enough debate.",
    "Local businesses said they were still assessing the impact.",
    "A public meeting is expected to be held next month.",
    "The announcement was made at a press conference on the town hall steps.",
    "Opposition members called for an independent review.",
    "Several community groups welcomed the news.",
    "It is the second such announcement this year.",
    "The figures have not been independently verified.",
    "Further updates are expected in the coming days.",
]


@dataclass(frozen=True)
class Corpus:
    articles: list[Article]
    story_of: dict[str, int]  # article id -> true story number


def generate(stories: int, per_story: int = 10, seed: int = 7, day: str = "2025-03-14", filler: int = 4) -> Corpus:
    rng = random.Random(seed)
    articles: list[Article] = []
    story_of: dict[str, int] = {}
    for s in range(stories):
        facts = _story_facts(rng)
        outlets = rng.sample(OUTLETS, k=min(per_story, len(OUTLETS)))
        for k in range(per_story):
            outlet = outlets[k % len(outlets)]
            article_id = f"s{s:05d}-a{k:02d}"
            body = _article_body(rng, facts, filler)
            title = rng.choice(facts["titles"])
            articles.append(Article(id=article_id, title=title, source=outlet, date=day, body=body))
            story_of[article_id] = s
    order = list(range(len(articles)))
    rng.shuffle(order)
    return Corpus([articles[i] for i in order], story_of)


_DETAIL_NOUNS = """fence lighthouse warehouse footbridge chimney orchard quarry mill boathouse depot
granary culvert sluice pier jetty kiosk bandstand fountain garage cellar tower chapel yard barn shed
clinic hangar arcade terrace embankment viaduct""".split()
_DETAIL_ADJECTIVES = """crumbling narrow flooded rusted busy empty historic temporary wooden concrete
overgrown leaking cracked derelict brand-new disused listed modern cramped""".split()
_SYLLABLES = "var hol ken mar dun bri tel os ast wyn cal rek sor pim lud fen gar hal ith jor kel lom nev ost quar rud sev tam ulm vex".split()


def _proper_noun(rng: random.Random) -> str:
    """An invented place-like name ("Varnholt"): every story has one thing only it mentions."""
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _story_facts(rng: random.Random) -> dict:
    town = rng.choice(TOWNS)
    org = f"{town} {rng.choice(ORGS)}"
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    second = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    _kind, template, variant, things = rng.choice(EVENTS)
    thing = f"{_proper_noun(rng)} {rng.choice(things.split('|'))}"
    n = rng.randint(3, 95)
    cost = rng.randint(2, 60)
    weekday = rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    month_day = rng.randint(1, 28)
    surname = person.split()[-1]
    main = template.format(n=n, thing=thing)
    alt = variant.format(n=n, thing=thing)
    sentences = [
        [f"The {org} {main}, {person} said on {weekday}.", f"{person} said on {weekday} that the {org} {main}."],
        [f"The {org} {alt}, officials in {town} confirmed.", f"Officials in {town} confirmed that the {org} {alt}."],
        [
            f'"We did not take this decision lightly, and we will explain every step of it to the people of {town}," {surname} said.',
            f'{person} said: "We did not take this decision lightly, and we will explain every step of it to the people of {town}."',
        ],
        [
            f"The plan is expected to cost about ${cost} million, according to the {org}.",
            f"According to the {org}, the plan will cost about ${cost} million.",
        ],
        [
            f"{second}, who chairs the local residents' group, said the {thing} mattered to thousands of families in {town}.",
            f"The {thing} matters to thousands of families in {town}, said {second} of the residents' group.",
        ],
        [
            f"The change takes effect on March {month_day}, the {org} said.",
            f"It comes into force on March {month_day}, according to a statement from the {org}.",
        ],
        [
            f'"This is about the long-term future of {town}," {second} said.',
            f'{second} said it was "about the long-term future of {town}".',
        ],
    ]
    street = f"{_proper_noun(rng)} {rng.choice(['Street', 'Road', 'Lane', 'Avenue', 'Quay', 'Square'])}"
    place = _proper_noun(rng)
    nouns = rng.sample(_DETAIL_NOUNS, k=4)
    adjectives = rng.sample(_DETAIL_ADJECTIVES, k=3)
    sentences += [
        [
            f"Work crews were seen on {street} early in the morning, near the old {place} {nouns[0]}.",
            f"Near the old {place} {nouns[0]}, crews were already working on {street} at dawn.",
        ],
        [
            f"The {adjectives[0]} {nouns[1]} beside the {thing} had been a concern for years, {second} said.",
            f"{second} said the {adjectives[0]} {nouns[1]} next to the {thing} had worried people for years.",
        ],
        [
            f"A {adjectives[1]} {nouns[2]} and a {adjectives[2]} {nouns[3]} are also part of the plan for {street}.",
            f"The plan for {street} also includes a {adjectives[2]} {nouns[3]} and a {adjectives[1]} {nouns[2]}.",
        ],
    ]
    titles = [f"{town}: {org} {alt}", f"{org} {main}", f"{thing} news from {town}"]
    return {"sentences": sentences, "titles": titles}


def _article_body(rng: random.Random, facts: dict, filler: int) -> str:
    chosen = [rng.choice(pair) for pair in facts["sentences"] if rng.random() < 0.75] or [facts["sentences"][0][0]]
    chosen += rng.sample(FILLER, k=filler)
    head, rest = chosen[0], chosen[1:]
    rng.shuffle(rest)
    paragraphs = [head]
    while rest:
        take = rng.randint(1, 3)
        paragraphs.append(" ".join(rest[:take]))
        rest = rest[take:]
    return "\n\n".join(paragraphs) + "\n"


def pairwise_scores(story_of: dict[str, int], predicted: list[list[str]]) -> tuple[float, float]:
    """Pairwise precision and recall of a grouping against the true stories."""
    from collections import Counter

    true_pairs = sum(n * (n - 1) // 2 for n in Counter(story_of.values()).values())
    predicted_pairs = correct = 0
    for group in predicted:
        predicted_pairs += len(group) * (len(group) - 1) // 2
        for n in Counter(story_of[a] for a in group).values():
            correct += n * (n - 1) // 2
    precision = correct / predicted_pairs if predicted_pairs else 1.0
    recall = correct / true_pairs if true_pairs else 1.0
    return precision, recall
