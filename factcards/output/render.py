"""Render a brief to Markdown with jinja2.

A template given with `--template` is code from outside: it runs in jinja2's sandbox, which
keeps it from reaching Python internals. The built-in template is ours and runs without the
sandbox's per-attribute checks, which cost a second on a day of ten thousand articles.
Untrusted values reach the page only through the `md` and `link` filters (see
`factcards.output.markdown`).
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from factcards.errors import UsageError
from factcards.output import markdown
from factcards.output.brief import Brief
from factcards.text.normalize import fold

DEFAULT_TEMPLATE = Path(__file__).parent / "templates" / "brief.md.j2"


def render_brief(brief: Brief, template: Path | None = None) -> str:
    path = template or DEFAULT_TEMPLATE
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError(f"{path}: cannot read template: {getattr(err, 'strerror', None) or err}") from None
    kind = SandboxedEnvironment if template is not None else Environment
    env = kind(
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = markdown.inline
    env.filters["link"] = markdown.url
    env.filters["shorten"] = markdown.truncate
    env.filters["same_words"] = _same_words
    env.filters["outlet"] = lambda article_id, section: markdown.inline(section.outlets.get(article_id, article_id))
    try:
        text = env.from_string(source).render(brief=brief)
    except TemplateError as err:
        raise UsageError(f"{path}: template error: {err}") from None
    return _tidy(text)


def _same_words(text: str | None, claim: str) -> bool:
    """Whether a span says exactly what the claim says (typography aside): then the brief
    gives its place without printing the same sentence twice."""
    return text is not None and fold(text) == fold(claim)


def _tidy(text: str) -> str:
    """Collapse runs of blank lines the template's loops leave, end with one newline."""
    lines: list[str] = []
    for line in text.splitlines():
        if not line.strip() and lines and not lines[-1].strip():
            continue
        lines.append(line.rstrip() if not line.endswith("  ") else line)
    return "\n".join(lines).strip() + "\n"
