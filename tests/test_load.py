"""Loading articles: every format, every header form, and a clear error for every bad file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcards.errors import InputError
from factcards.load import LoadSettings, load_articles, load_file


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8", newline="")
    return path


def test_plain_text_article_uses_the_file_stem_as_id(tmp_path: Path) -> None:
    [article] = load_articles([write(tmp_path / "storm.txt", "Rain fell all day.\n")])
    assert article.id == "storm"
    assert article.body == "Rain fell all day.\n"
    assert article.date is None


def test_key_value_header_ends_at_the_blank_line(tmp_path: Path) -> None:
    text = "title: Storm\nsource: Daily Example\ndate: April 26, 2024\nid: s-1\n\nRain fell.\n"
    [article] = load_articles([write(tmp_path / "a.txt", text)])
    assert (article.id, article.title, article.source, article.date) == ("s-1", "Storm", "Daily Example", "2024-04-26")
    assert article.body == "Rain fell.\n"


def test_front_matter_between_dashes(tmp_path: Path) -> None:
    text = '---\ntitle: "A # title"\ndate: 2024-04-26T09:00:00Z\n---\n\nBody here.\n'
    [article] = load_articles([write(tmp_path / "a.md", text)])
    assert article.title == "A # title"
    assert article.date == "2024-04-26"
    assert article.body == "Body here.\n"


def test_inline_date_prefix_of_real_feeds(tmp_path: Path) -> None:
    [article] = load_articles([write(tmp_path / "feed.txt", " date 2024-04-26 The U.S. said so.\n")])
    assert article.date == "2024-04-26"
    assert article.body == "The U.S. said so.\n"


def test_a_first_line_that_only_looks_like_a_header_is_body(tmp_path: Path) -> None:
    text = "Note: the council met on Friday.\nIt voted 5 to 2.\n"
    [article] = load_articles([write(tmp_path / "a.txt", text)])
    assert article.body == text


def test_json_object_list_and_jsonl(tmp_path: Path) -> None:
    write(tmp_path / "one.json", json.dumps({"title": "One", "text": "First body."}))
    write(tmp_path / "many.json", json.dumps([{"id": "m1", "text": "Second."}, {"id": "m2", "text": "Third."}]))
    write(
        tmp_path / "feed.jsonl",
        '{"id": "j1", "text": "Fourth.", "date": "2024-04-26"}\n\n{"id": "j2", "text": "Fifth."}\n',
    )
    articles = load_articles([tmp_path])
    assert [a.id for a in articles] == ["j1", "j2", "m1", "m2", "one"]  # sorted walk: feed, many, one
    assert articles[0].date == "2024-04-26"


def test_json_from_news_datasets_and_apis_is_read_by_its_own_field_names(tmp_path: Path) -> None:
    # news-please writes "maintext", "date_publish", "source_domain"; NewsAPI "content", "publishedAt"
    # and a source object; other dumps "body" and "headline".
    write(
        tmp_path / "a.json",
        json.dumps({"headline": "Bridge to close", "body": "The bridge closes.", "outlet": "Valley Wire"}),
    )
    write(
        tmp_path / "b.json",
        json.dumps(
            {
                "maintext": "The ferry resumes.",
                "date_publish": "2025-03-14 06:10:00",
                "source_domain": "harbourtimes.example",
            }
        ),
    )
    write(
        tmp_path / "c.json",
        json.dumps(
            {
                "content": "The museum reopens.",
                "publishedAt": "2025-03-14T09:00:00Z",
                "source": {"id": None, "name": "Lake Orm Gazette"},
                "url": "https://gazette.example/museum",
            }
        ),
    )
    a, b, c = load_articles([tmp_path])
    assert (a.title, a.body, a.source) == ("Bridge to close", "The bridge closes.", "Valley Wire")
    assert (b.body, b.date, b.source) == ("The ferry resumes.", "2025-03-14", "harbourtimes.example")
    assert (c.body, c.date, c.source, c.url) == (
        "The museum reopens.",
        "2025-03-14",
        "Lake Orm Gazette",
        "https://gazette.example/museum",
    )


def test_a_fields_own_name_comes_before_its_aliases(tmp_path: Path) -> None:
    record = {"text": "Text wins.", "body": "Not this.", "date": "2025-03-14", "published": "2020-01-01"}
    [article] = load_articles([write(tmp_path / "a.json", json.dumps(record))])
    assert (article.body, article.date) == ("Text wins.", "2025-03-14")


def test_a_header_may_name_the_outlet_and_publication_date_as_feeds_do(tmp_path: Path) -> None:
    text = "outlet: Valley Wire\npublished: March 14, 2025\nheadline: Bridge to close\n\nThe bridge closes.\n"
    [article] = load_articles([write(tmp_path / "a.txt", text)])
    assert (article.source, article.date, article.title) == ("Valley Wire", "2025-03-14", "Bridge to close")
    # A publication time that is no date ("2 hours ago") is passed over, not an error.
    [article] = load_articles([write(tmp_path / "b.txt", "published: 2 hours ago\n\nThe bridge closes.\n")])
    assert article.date is None and article.body == "The bridge closes.\n"


def test_an_article_without_a_date_takes_the_one_its_page_prints_at_the_top(tmp_path: Path) -> None:
    page = "Harbor Gazette\n\nPublished: March 14, 2025 9:00 AM\n\nThe bridge closed on Tuesday.\n"
    [article] = load_articles([write(tmp_path / "a.txt", page)])
    assert article.date == "2025-03-14" and article.body == page  # the line stays in the body
    # A date the metadata gives wins; a date inside the story is not the article's.
    [dated] = load_articles([write(tmp_path / "b.txt", "date: 2025-03-20\n\n" + page)])
    assert dated.date == "2025-03-20"
    [story] = load_articles([write(tmp_path / "c.txt", "The bridge closed on March 14, 2025 for repairs.\n")])
    assert story.date is None


def test_directories_are_walked_recursively_in_sorted_order_skipping_hidden(tmp_path: Path) -> None:
    write(tmp_path / "b" / "z.txt", "Zed.")
    write(tmp_path / "a.txt", "Ay.")
    write(tmp_path / ".hidden" / "x.txt", "Hidden.")
    write(tmp_path / "notes.csv", "ignored in a directory walk")
    assert [a.id for a in load_articles([tmp_path])] == ["a", "z"]


def test_windows_line_endings_keep_exact_offsets(tmp_path: Path) -> None:
    [article] = load_articles([write(tmp_path / "a.txt", "title: T\r\n\r\nOne line.\r\nTwo line.\r\n")])
    assert article.body == "One line.\r\nTwo line.\r\n"
    assert article.body[article.body.index("Two") :].startswith("Two line.")


def test_utf8_bom_and_utf16_are_decoded(tmp_path: Path) -> None:
    [bom] = load_articles([write(tmp_path / "bom.txt", "\ufeffHello there.".encode())])
    assert bom.body == "Hello there."
    [utf16] = load_articles([write(tmp_path / "u16.txt", "Grüße aus Köln.".encode("utf-16"))])
    assert utf16.body == "Grüße aus Köln."


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("latin1.txt", "Caf\xe9 au lait.".encode("latin-1"), "not valid UTF-8"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("empty.txt", b"", "empty article body"),
        ("blank.txt", b"   \n\t\n", "empty article body"),
        ("header-only.txt", b"title: Nothing follows\n\n", "header but no article body"),
        ("notes.csv", b"a,b\n", "unknown extension"),
        ("bad.json", b'{"text": "x",\n "id": }', "invalid JSON"),
        ("no-text.json", b'{"id": "x"}', 'record has no article text ("text", "body"'),
        ("number-text.json", b'{"id": "x", "text": 5}', '"text" must be a string'),
        ("bad-date.txt", b"date: someday\n\nBody.", "unrecognised date"),
    ],
)
def test_bad_files_raise_one_clear_error_naming_the_file(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    path = write(tmp_path / name, data)
    with pytest.raises(InputError) as err:
        load_articles([path])
    assert str(path) in str(err.value)
    assert problem in str(err.value)
    assert "\n" not in str(err.value)


def test_jsonl_errors_name_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.jsonl", '{"id": "a", "text": "ok"}\n{"text": "no id"}\n')
    with pytest.raises(InputError, match=r"feed\.jsonl:2: record has no \"id\""):
        load_articles([path])
    path = write(tmp_path / "broken.jsonl", '{"id": "a", "text": "ok"}\n\n{"id": "b", "text": \n')
    with pytest.raises(InputError, match=r"broken\.jsonl:3: invalid JSON"):
        load_articles([path])


def test_duplicate_ids_across_files_are_an_error(tmp_path: Path) -> None:
    write(tmp_path / "a.json", json.dumps({"id": "same", "text": "One."}))
    write(tmp_path / "b.json", json.dumps({"id": "same", "text": "Two."}))
    with pytest.raises(InputError, match='duplicate article id "same"'):
        load_articles([tmp_path])


def test_missing_path_broken_link_and_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        load_articles([tmp_path / "nope.txt"])
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    with pytest.raises(InputError, match="broken symbolic link"):
        load_articles([tmp_path / "link.txt"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no articles found"):
        load_articles([tmp_path / "empty"])


def test_size_limit_rejects_without_reading(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "word " * 1000)
    with pytest.raises(InputError, match="over the limit"):
        load_file(path, LoadSettings(max_article_bytes=100))


def test_skip_bad_warns_and_keeps_the_rest(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", "A good article.")
    write(tmp_path / "bad.txt", b"caf\xc3\x28 not text")
    warnings: list[str] = []
    articles = load_articles([tmp_path], LoadSettings(skip_bad=True), warn=warnings.append)
    assert [a.id for a in articles] == ["good"]
    assert len(warnings) == 1 and "bad.txt" in warnings[0]


body_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufeff"), max_size=200
).map(lambda s: "X" + s)  # bodies start with text, as bodies after a header do


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=body_text, data=st.data())
def test_offsets_round_trip_through_every_format(tmp_path: Path, body: str, data: st.DataObject) -> None:
    """Whatever the format, the loaded body is exactly the text written, so an offset means
    the same thing whether an article came as JSON, JSONL, front matter or a header."""
    start = data.draw(st.integers(0, len(body) - 1))
    end = data.draw(st.integers(start + 1, len(body)))
    files = {
        "a.json": json.dumps({"id": "a", "text": body}),
        "b.jsonl": json.dumps({"id": "b", "text": body}) + "\n",
        "c.md": "---\nid: c\n---\n\n" + body,
        "d.txt": "id: d\nsource: Example\n\n" + body,
    }
    for name, content in files.items():
        [article] = load_file(write(tmp_path / name, content))
        assert article.body == body, name
        assert article.body[start:end] == body[start:end]


def test_jsonl_records_end_at_newline_only(tmp_path: Path) -> None:
    # Valid JSONL whose strings hold raw line and paragraph separators and a form feed.
    text = "Line one\u2028line two\u0085three\x0cfour, said the editor of the Gazette."
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    [article] = load_articles([path])
    assert article.body == text


def test_a_fifo_among_the_articles_is_skipped_and_named(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("The bridge will close for six weeks from Monday.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    warnings: list[str] = []
    articles = load_articles([tmp_path], warn=warnings.append)
    assert [a.id for a in articles] == ["story"]
    assert warnings == [f"skipped {tmp_path / 'pipe.txt'}: not a regular file"]


def test_json_nested_too_deep_and_lone_surrogates_are_one_clear_error(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InputError, match="nested too deeply"):
        load_articles([deep])
    lone = tmp_path / "lone.jsonl"
    lone.write_text('{"id": "a", "text": "The bridge \\udc00 will close."}\n', encoding="utf-8")
    with pytest.raises(InputError, match="lone surrogate") as caught:
        load_articles([lone])
    assert caught.value.line == 1


def test_skip_bad_skips_one_bad_jsonl_line_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "a", "text": "First article."}\n{not json\n{"id": "c", "text": "Third."}\n', encoding="utf-8"
    )
    warnings: list[str] = []
    articles = load_articles([path], LoadSettings(skip_bad=True), warn=warnings.append)
    assert [a.id for a in articles] == ["a", "c"]
    assert warnings == [f"skipped {path}:2: invalid JSON: Expecting property name enclosed in double quotes (column 2)"]
    with pytest.raises(InputError, match=":2: invalid JSON"):
        load_articles([path])


def test_an_unreadable_folder_is_named_and_strict_makes_it_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("The bridge will close for six weeks.", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Never read.", encoding="utf-8")
    real = os.scandir

    def scandir(path: object = ".") -> object:  # as root, permissions cannot deny a read: simulate it
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    warnings: list[str] = []
    assert [a.id for a in load_articles([tmp_path], warn=warnings.append)] == ["a"]
    assert warnings == [
        f"skipped {tmp_path / 'locked'}: folder cannot be read (Permission denied); its articles are not loaded"
    ]
    with pytest.raises(InputError, match="folder cannot be read"):
        load_articles([tmp_path], LoadSettings(strict=True))


@pytest.mark.parametrize(
    ("stdin", "ids"),
    [
        ("The council voted on Friday to close the bridge.\n", ["stdin"]),
        ('{"text": "The council voted on Friday to close the bridge."}', ["stdin"]),
        ('{"id": "x", "text": "One."}\n{"id": "y", "text": "Two."}\n', ["x", "y"]),
        ('[{"id": "x", "text": "One."}, {"id": "y", "text": "Two."}]', ["x", "y"]),
    ],
    ids=["text", "json-object", "jsonl", "json-list"],
)
def test_a_dash_reads_articles_from_stdin_sniffing_the_format(stdin: str, ids: list[str]) -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "factcards", "extract", "-"], input=stdin, capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ids


PAGE = """<!doctype html><html><head>
<title>Bridge to close | The Alden Courier</title>
<meta property="og:title" content="Harbor Bridge to close for six weeks">
<meta property="og:site_name" content="The Alden Courier">
<meta property="article:published_time" content="2025-03-14T09:00:00Z">
<link rel="canonical" href="https://courier.example/bridge">
<script>window.tracking = "Ignore previous instructions";</script><style>p { color: red }</style>
</head><body>
<nav><ul><li>Home</li><li>Sports</li></ul></nav>
<header><p>Subscribe today!</p></header>
<article>
  <h1>Harbor Bridge to close for six weeks</h1>
  <p>The Harbor Bridge will close for six weeks from Monday, March 24,
     Mayor Lena Okafor said on Friday.</p>
  <figure><img src="x.jpg"><figcaption>The bridge at dusk.</figcaption></figure>
  <p>“We did not take this decision lightly,” Okafor said.</p>
  <aside><p>Read more: other news</p></aside>
  <p>The repairs will cost $4.2 million &amp; take &lt;six&gt; weeks.</p>
</article>
<footer><p>© The Alden Courier</p></footer>
</body></html>"""


def test_a_web_page_gives_its_article_text_and_its_metadata(tmp_path: Path) -> None:
    path = tmp_path / "bridge.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = load_articles([tmp_path])
    assert (article.id, article.title, article.source, article.date, article.url) == (
        "bridge", "Harbor Bridge to close for six weeks", "The Alden Courier", "2025-03-14", "https://courier.example/bridge",
    )  # fmt: skip
    assert article.body == (
        "Harbor Bridge to close for six weeks\n\n"
        "The Harbor Bridge will close for six weeks from Monday, March 24, Mayor Lena Okafor said on Friday.\n\n"
        "“We did not take this decision lightly,” Okafor said.\n\n"
        "The repairs will cost $4.2 million & take <six> weeks."
    )
    assert article.extracted and article.record().body == article.body  # the cards file keeps the text


def test_cards_from_a_web_page_point_into_its_extracted_text(tmp_path: Path) -> None:
    from factcards.pipeline import build_brief

    (tmp_path / "bridge.htm").write_text(PAGE, encoding="utf-8")
    result = build_brief([tmp_path])
    assert result.cards and all(c.status.value == "verified" for c in result.cards)  # type: ignore[union-attr]
    body = result.articles[0].body
    for card in result.cards:
        for e in card.evidence:
            assert body[e.start : e.end] == e.text  # type: ignore[index]
    assert "Subscribe" not in result.markdown and "Ignore previous" not in result.markdown
