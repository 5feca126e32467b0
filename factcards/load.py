"""Read articles from files and directories: .txt, .md, .json and .jsonl.

The body is the text after any header, exactly as decoded; every offset in factcards is a
`str` index into it. Anything we cannot read cleanly is an `InputError` that names the file
(and line), never a traceback and never a guess.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcards.errors import InputError
from factcards.html_article import HTML_SUFFIXES, parse_html_article
from factcards.models import Article
from factcards.text.dates import dateline, parse_date

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + JSON_SUFFIXES + HTML_SUFFIXES
METADATA_KEYS = ("id", "title", "source", "date", "url")
# Other names feeds and news data sets give the same fields (news-please, NewsAPI, Hugging Face news
# sets): read where the field's own name is missing, in this order.
FIELD_ALIASES = {
    "title": ("headline",),
    "source": ("outlet", "publisher", "source_domain", "site_name"),
    "date": ("published", "published_at", "publishedAt", "date_publish", "publish_date", "pubdate"),
    "url": ("link",),
}
# Where a JSON record's article text is: "text", else the first of the others it has.
TEXT_KEYS = ("text", "body", "content", "article", "maintext")
# Header keys we recognise but do not keep, so a header with an author line still parses.
_EXTRA_HEADER_KEYS = ("author", "byline", "language", "lang", "section", "tags")
_HEADER_KEYS = frozenset(
    METADATA_KEYS + _EXTRA_HEADER_KEYS + tuple(a.lower() for names in FIELD_ALIASES.values() for a in names)
)
_HEADER_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]*(.*?)[ \t]*")
_INLINE_DATE = re.compile(r"[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+(?=\S)")
DEFAULT_MAX_ARTICLE_BYTES = 10 * 1024 * 1024
STDIN = "-"  # a path of "-" reads one input from standard input
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class LoadSettings:
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
    skip_bad: bool = False  # warn and go on instead of stopping at the first bad file (or JSONL line)
    strict: bool = False  # a folder that cannot be read is an error, not a warning


def load_articles(paths: Iterable[str | Path], settings: LoadSettings | None = None, warn: Any = None) -> list[Article]:
    """Every article under `paths` (files, or directories walked recursively in sorted
    order). Ids must be unique across all inputs."""
    settings = settings or LoadSettings()
    articles: list[Article] = []
    seen: dict[str, str] = {}

    def unreadable(err: OSError) -> None:
        problem = InputError(
            err.filename, f"folder cannot be read ({err.strerror or err}); its articles are not loaded"
        )
        if settings.strict:
            raise problem
        if warn is not None:
            warn(f"skipped {problem}")

    for file in iter_article_files(paths, onerror=unreadable):
        if str(file) == STDIN:
            read = read_stdin(sys.stdin.buffer.read(settings.max_article_bytes + 1), settings)
            loaded = read if isinstance(read, list) else [read]
        elif not _is_regular(file):
            # A FIFO, socket or device would block the run or never end: it is not an article.
            if warn is not None:
                warn(f"skipped {file}: not a regular file")
            continue
        else:
            try:
                loaded = load_file(file, settings, warn)
            except InputError as err:
                if not settings.skip_bad:
                    raise
                if warn is not None:
                    warn(f"skipped {err}")
                continue
        for article in loaded:
            if article.id in seen:
                raise InputError(file, f'duplicate article id "{article.id}" (also in {seen[article.id]})')
            seen[article.id] = str(file)
            articles.append(article)
    return articles


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True  # let the reader say what is wrong with it


def iter_article_files(paths: Iterable[str | Path], onerror: Callable[[OSError], None] | None = None) -> Iterator[Path]:
    any_path = False
    for raw in paths:
        any_path = True
        if str(raw) == STDIN:
            yield Path(STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(_walk(path, onerror))
            if not found:
                raise InputError(path, f"no articles found (looked for {', '.join(SUPPORTED_SUFFIXES)})")
            yield from found
        elif path.is_symlink() and not path.exists():
            raise InputError(path, "broken symbolic link")
        elif not path.exists():
            raise InputError(path, "no such file or directory")
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            raise InputError(
                path, f"unknown extension {path.suffix or '(none)'!r}; expected one of {', '.join(SUPPORTED_SUFFIXES)}"
            )
        else:
            yield path
    if not any_path:
        raise InputError(None, "no input paths given")


def article_files_under(root: Path) -> Iterator[Path]:
    """Article files below a folder, hidden files and folders left out (not sorted)."""
    return _walk(root)


def _walk(root: Path, onerror: Callable[[OSError], None] | None = None) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                yield Path(dirpath) / name


def load_file(path: Path, settings: LoadSettings | None = None, warn: Any = None) -> list[Article]:
    settings = settings or LoadSettings()
    text = read_text(path, settings.max_article_bytes)
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return _from_jsonl(path, text, warn if settings.skip_bad else None)
    if suffix == ".json":
        return _from_json(path, text)
    if suffix in HTML_SUFFIXES:
        meta, body = parse_html_article(text, str(path))
        return [_article(meta, body, path.stem, str(path), line=None, extracted=True)]
    return [parse_text_article(text, default_id=path.stem, path=str(path))]


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> str:
    """Decode a file strictly: UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(path, f"file is {size:,} bytes, over the limit of {max_bytes:,} (--max-article-bytes)")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}") from None
    return decode_bytes(data, path)


def decode_bytes(data: bytes, path: Path | str) -> str:
    """Bytes as text, strictly: UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise InputError(path, f"not valid UTF-16 (byte {err.start})") from None
    else:
        if b"\x00" in data:
            raise InputError(path, "binary file (contains NUL bytes); expected UTF-8 text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            line = data[: err.start].count(b"\n") + 1
            raise InputError(path, f"not valid UTF-8 (byte {err.start}); re-save it as UTF-8", line=line) from None
    if "\x00" in text:
        raise InputError(path, "binary file (contains NUL characters); expected text")
    return text


def read_stdin(data: bytes, settings: LoadSettings) -> Article | list[Article]:
    """Standard input (`-`), sniffed: a JSON object or list, JSON lines, or a text article."""
    if len(data) > settings.max_article_bytes:
        raise InputError("<stdin>", f"more than {settings.max_article_bytes:,} bytes (--max-article-bytes)")
    text = decode_bytes(data, "<stdin>")
    if not text.strip():
        raise InputError("<stdin>", "empty article body")
    stripped = text.lstrip()
    where = Path("<stdin>")
    if stripped.startswith("["):
        return _from_json(where, text)
    if stripped.startswith("{"):
        lines = [line for line in text.split("\n") if line.strip()]
        if len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines):
            try:
                return _from_jsonl(where, text)
            except InputError:
                pass  # one pretty-printed object spread over lines
        data = _parse_json(where, text, None)
        if isinstance(data, dict):
            return _record(data, where, default_id="stdin", line=None)
        return _from_json(where, text)
    return parse_text_article(text, default_id="stdin", path="<stdin>")


def parse_text_article(text: str, *, default_id: str, path: str | None = None) -> Article:
    """A .txt/.md article: optional `key: value` header or `---` front matter, or the
    inline `date YYYY-MM-DD ` prefix of some feeds; the rest is the body."""
    meta, body_start = _header(text)
    meta = _resolve_aliases(meta)
    body = text[body_start:]
    if not body.strip():
        raise InputError(path, "empty article body" if not meta else "header but no article body")
    return _article(meta, body, default_id, path, line=None)


def _header(text: str) -> tuple[dict[str, str], int]:
    inline = _INLINE_DATE.match(text)
    if inline:
        return {"date": inline.group(1)}, inline.end()
    lines = text.splitlines(keepends=True)
    if lines and lines[0].strip() == "---":
        meta: dict[str, str] = {}
        offset = len(lines[0])
        for line in lines[1:]:
            offset += len(line)
            if line.strip() == "---":
                return meta, _skip_blank_lines(text, offset)
            m = _HEADER_LINE.fullmatch(line.rstrip("\r\n"))
            if m:
                meta[m.group(1).lower()] = m.group(2).strip().strip("\"'")
        return {}, 0  # an opening --- with no closing one is body text (a rule line)
    meta = {}
    offset = 0
    for line in lines:
        if not line.strip():
            return (meta, _skip_blank_lines(text, offset)) if meta else ({}, 0)
        m = _HEADER_LINE.fullmatch(line.rstrip("\r\n"))
        if not m or m.group(1).lower() not in _HEADER_KEYS:
            return {}, 0
        meta[m.group(1).lower()] = m.group(2)
        offset += len(line)
    return ({}, 0) if not meta else (meta, len(text))


def _resolve_aliases(meta: dict[str, str]) -> dict[str, str]:
    """ "outlet: Valley Wire" is the source, "published: …" the date, where the header has no
    `source` or `date` of its own."""
    resolved = dict(meta)
    for field in FIELD_ALIASES:
        if not resolved.get(field) and (alias := _alias_of(field, meta, lower=True)):
            resolved[field] = meta[alias]
    return resolved


def _alias_of(field: str, record: dict[str, Any], *, lower: bool = False) -> str | None:
    """The first of `field`'s other names under which `record` has a usable value (`lower`: a header's
    keys, read in lower case)."""
    names = (name.lower() if lower else name for name in FIELD_ALIASES.get(field, ()))
    return next((name for name in names if _usable(field, record.get(name))), None)


def _usable(field: str, value: object) -> bool:
    """An alias is read when it has a value, and for the date one that reads as a date: a feed's
    "published: 2 hours ago" was never the field the header's own `date` would be, so it is passed
    over rather than stopping the run."""
    if value is None or value == "":
        return False
    return field != "date" or (isinstance(value, str) and parse_date(value) is not None)


def _skip_blank_lines(text: str, offset: int) -> int:
    while offset < len(text):
        end = text.find("\n", offset)
        line = text[offset:] if end < 0 else text[offset : end + 1]
        if line.strip():
            break
        offset += len(line)
    return offset


def _from_json(path: Path, text: str) -> list[Article]:
    data = _parse_json(path, text, None)
    if isinstance(data, dict):
        return [_record(data, path, default_id=path.stem, line=None)]
    if isinstance(data, list):
        return [_record(item, path, default_id=None, line=None, index=i) for i, item in enumerate(data)]
    raise InputError(path, "expected a JSON object or a list of objects")


def _parse_json(path: Path, text: str, line: int | None) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(path, f"invalid JSON: {err.msg} (column {err.colno})", line=line or err.lineno) from None
    except RecursionError:
        raise InputError(path, "invalid JSON: nested too deeply", line=line) from None


def _from_jsonl(path: Path, text: str, skip: Any = None) -> list[Article]:
    """One article per line; with `skip` (--skip-bad's warning) a bad line is named and passed
    over, and the rest of the file is kept."""
    articles = []
    # Records end at "\n" only: a raw U+2028, U+0085 or form feed inside a JSON string is text.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            articles.append(_record(_parse_json(path, line, number), path, default_id=None, line=number))
        except InputError as err:
            if skip is None:
                raise
            skip(f"skipped {err}")
    if not articles:
        raise InputError(path, "no records in JSONL file")
    return articles


def _record(data: Any, path: Path, *, default_id: str | None, line: int | None, index: int | None = None) -> Article:
    where = f"record {index + 1}: " if index is not None else ""
    if not isinstance(data, dict):
        raise InputError(path, f"{where}expected a JSON object, got {type(data).__name__}", line=line)
    text_key = next((k for k in TEXT_KEYS if data.get(k) is not None), None)
    if text_key is None:
        keys = ", ".join(f'"{k}"' for k in TEXT_KEYS[:-1])
        raise InputError(path, f'{where}record has no article text ({keys} or "{TEXT_KEYS[-1]}")', line=line)
    text = data[text_key]
    if not isinstance(text, str):
        raise InputError(path, f'{where}"{text_key}" must be a string, got {type(text).__name__}', line=line)
    if not text.strip():
        raise InputError(path, f"{where}empty article text", line=line)
    if _SURROGATE.search(text):
        raise InputError(
            path, f'{where}"{text_key}" holds a lone surrogate (\\ud800–\\udfff), which is not a character', line=line
        )
    if default_id is None and not data.get("id"):
        raise InputError(path, f'{where}record has no "id" (required when a file holds several articles)', line=line)
    meta: dict[str, str] = {}
    for field in METADATA_KEYS:
        key = field if data.get(field) is not None else _alias_of(field, data)
        if key is None:
            continue
        value = data[key]
        if field == "source" and isinstance(value, dict) and isinstance(value.get("name"), str):
            value = value["name"]  # NewsAPI: "source": {"id": "bbc-news", "name": "BBC News"}
        if not isinstance(value, str | int) or isinstance(value, bool):
            raise InputError(path, f'{where}"{key}" must be a string', line=line)
        meta[field] = str(value)
    return _article(meta, text, default_id or "", str(path), line=line)


def _article(
    meta: dict[str, str], body: str, default_id: str, path: str | None, *, line: int | None, extracted: bool = False
) -> Article:
    date_value = meta.get("date")
    iso = None
    if date_value:
        parsed = parse_date(date_value)
        if parsed is None:
            raise InputError(path, f'unrecognised date "{date_value}" (use YYYY-MM-DD)', line=line)
        iso = parsed.isoformat()
    elif (printed := dateline(body)) is not None:
        iso = printed.isoformat()  # a page's "Published: March 3, 2015" line, where no field gives one
    article_id = (meta.get("id") or default_id).strip()
    if not article_id:
        raise InputError(path, "article has no id", line=line)
    try:
        return Article(
            id=article_id,
            title=(meta.get("title") or "").strip() or None,
            source=(meta.get("source") or "").strip() or None,
            date=iso,
            url=(meta.get("url") or "").strip() or None,
            path=path,
            body=body,
            extracted=extracted,
        )
    except ValidationError as err:  # pragma: no cover - every field is a str by now
        raise InputError(path, f"invalid article: {err.errors()[0]['msg']}", line=line) from None
