"""Articles saved as web pages (.html, .htm): the main text and the page's own metadata.

The body is the text of the article's paragraphs, headings, list items and quotations, one
block per paragraph, read from `<article>` (else `<main>`, else the page) with navigation,
scripts, asides and footers left out. Offsets refer to this extracted body, which a cards
file keeps (`articles[].body`), so a card can be checked without the page. Parsing uses
selectolax (the `html` extra: `pip install 'factcards[html]'`), a small, fast HTML5 parser.
"""

from __future__ import annotations

import re
from typing import Any

from factcards.errors import InputError

HTML_SUFFIXES = (".html", ".htm")
_DROP = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, figure, dialog"
_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, figcaption"
_SPACE = re.compile(r"\s+")
_META = {
    "title": ('meta[property="og:title"]', 'meta[name="twitter:title"]'),
    "date": (
        'meta[property="article:published_time"]',
        'meta[name="date"]',
        'meta[name="pubdate"]',
        'meta[itemprop="datePublished"]',
        'meta[name="dc.date"]',
    ),
    "source": ('meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]'),
    "url": ('meta[property="og:url"]',),
}


def parse_html_article(text: str, path: str) -> tuple[dict[str, str], str]:
    """The page's metadata (title, date, source, url) and its article text."""
    try:
        from selectolax.lexbor import LexborHTMLParser as HTMLParser
    except ImportError:
        raise InputError(path, "reading HTML needs the html extra: pip install 'factcards[html]'") from None
    tree = HTMLParser(text)
    meta = _metadata(tree)
    for node in tree.css(_DROP):
        node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.css_first('[role="main"]') or tree.body
    if root is None:
        raise InputError(path, "the page has no body")
    blocks: list[str] = []
    for node in root.css(_BLOCKS):
        if node.css_first(_BLOCKS):
            continue  # a container of blocks (an <li> holding <p>s): its children are read instead
        line = _SPACE.sub(" ", node.text(separator=" ")).strip()
        if line and (not blocks or blocks[-1] != line):
            blocks.append(line)
    if not blocks:  # a page of bare text in <div>s
        blocks = [b for b in (_SPACE.sub(" ", t).strip() for t in root.text(separator="\n").split("\n\n")) if b]
    body = "\n\n".join(blocks)
    if not body.strip():
        raise InputError(path, "no article text found in the page")
    return meta, body


def _metadata(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for key, selectors in _META.items():
        for selector in selectors:
            node = tree.css_first(selector)
            value = node.attributes.get("content") if node is not None else None
            if value and value.strip():
                found[key] = value.strip()
                break
    if "title" not in found and (title := tree.css_first("title")) is not None and title.text(strip=True):
        found["title"] = title.text(strip=True)
    if "date" not in found and (time := tree.css_first("time[datetime]")) is not None:
        found["date"] = (time.attributes.get("datetime") or "").strip()
    if "url" not in found and (link := tree.css_first('link[rel="canonical"]')) is not None:
        found["url"] = (link.attributes.get("href") or "").strip()
    return {k: v for k, v in found.items() if v}
