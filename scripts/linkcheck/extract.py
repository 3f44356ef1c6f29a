"""Find the external links in MyST markdown the way myst-parser reads them.

The parser is markdown-it-py with the plugins and options that myst-parser 3
(``myst_parser.parsers.mdit.create_md_parser``) enables for the book's MyST
extensions. What MyST renders as a link counts; what it renders as code, a
comment or plain text does not:

- counted: inline, titled, reference-style, autolinks, images, footnote
  bodies, raw HTML ``<a href>``/``<img src>``, and links in the bodies and
  titles of directives (backtick and colon fences, parsed recursively as
  MyST), plus URL-valued card and button options and image arguments;
- not counted: fenced code, code-like directive bodies (``code-block``,
  ``code-cell``, ``literalinclude``, ``math``, ``eval-rst`` ...), inline
  code, ``%`` comment lines, front matter, and bare URLs in prose (MyST
  renders those as text because the book does not enable ``linkify``).

Every occurrence keeps its file, line, the URL exactly as it is written
there (``text``: ``über``, ``&amp;`` and backslash escapes stay as typed) and, where the
URL could be found in the line, its column span (used by
``--fix-redirects``). The URL itself is normalised the way MyST writes it into
the HTML (markdown-it's ``normalizeLink``: non-ASCII percent-encoded, the host
in punycode); raw HTML ``href``/``src`` values are normalised the same way, as
a browser would. That normalised form is what is requested, and URLs that
differ only in spelling share one check.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.common.normalize_url import normalizeLink, normalizeLinkText
from markdown_it.helpers import parseLinkDestination
from markdown_it.token import Token
from mdit_py_plugins.amsmath import amsmath_plugin
from mdit_py_plugins.attrs import attrs_block_plugin, attrs_plugin
from mdit_py_plugins.colon_fence import colon_fence_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.field_list import fieldlist_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.myst_blocks import myst_block_plugin
from mdit_py_plugins.myst_role import myst_role_plugin
from mdit_py_plugins.substitution import substitution_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

# The book's MyST extensions (parse.myst_enable_extensions in _config.yml);
# used when no _config.yml is found.
BOOK_EXTENSIONS = (
    "colon_fence",
    "deflist",
    "dollarmath",
    "amsmath",
    "substitution",
    "attrs_inline",
)

# Directives whose body is code, maths or another language: never scanned.
CODE_DIRECTIVES = frozenset(
    {
        "code",
        "code-block",
        "sourcecode",
        "code-cell",
        "literalinclude",
        "include",
        "math",
        "raw",
        "eval-rst",
        "mermaid",
        "graphviz",
        "csv-table",
        "jupyter-execute",
        "ipython",
        "highlight",
        "parsed-literal",
        "doctest",
        "testcode",
        "testoutput",
        "glue:figure",
        "glue:math",
    }
)
# Directives whose first argument is a URL when it starts with http(s).
URL_ARGUMENT_DIRECTIVES = frozenset({"image", "figure", "button-link"})
# Directive options whose value is a URL when it starts with http(s).
URL_OPTIONS = frozenset({"link", "target", "img-top", "img-bottom", "img-background"})

_DIRECTIVE_INFO = re.compile(r"^\{([^}\s]+)\}\s*(.*)$")
_OPTION_LINE = re.compile(r"^\s*:?([A-Za-z0-9_-]+):(?:\s+(.*?))?\s*$")
_HTTP = re.compile(r"^https?:", re.IGNORECASE)
# Where a link destination may start in a source line.
_MD_DEST = re.compile(r"\]\([ \t]*")
_DEF_DEST = re.compile(r"\][ \t]*:[ \t]*")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>\x00-\x20]*)>")
_HTML_ATTR = re.compile(
    r"""\b(?:href|src)[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Occurrence:
    """One place where a URL is written.

    ``line`` is 1-based. ``start``/``end`` are the column span of the URL
    text on that line, or None when the text could not be located exactly.
    ``text`` is the URL as written there (the span's text; when it could not
    be located, the URL with its percent-encoding decoded for reading).
    """

    file: str
    line: int
    start: int | None = None
    end: int | None = None
    text: str | None = None


@dataclass
class FileLinks:
    """The links of one file, in source order: (url, occurrence) pairs."""

    path: str
    links: list[tuple[str, Occurrence]] = field(default_factory=list)


def make_parser(extensions: Iterable[str] = BOOK_EXTENSIONS) -> MarkdownIt:
    """Return markdown-it configured as myst-parser 3 configures it.

    Mirrors ``myst_parser.parsers.mdit.create_md_parser`` with the default
    ``MdParserConfig`` values, minus the word-count plugin (it only counts).
    """
    ext = set(extensions)
    md = (
        MarkdownIt("commonmark")
        .enable("table")
        .use(front_matter_plugin)
        .use(myst_block_plugin)
        .use(myst_role_plugin)
        .use(footnote_plugin)
        .disable("footnote_inline")
        .disable("footnote_tail")
    )
    typographer = False
    if "smartquotes" in ext:
        md.enable("smartquotes")
        typographer = True
    if "replacements" in ext:
        md.enable("replacements")
        typographer = True
    if "linkify" in ext:
        md.enable("linkify")
        if md.linkify is not None:
            md.linkify.set({"fuzzy_link": True})
    if "strikethrough" in ext:
        md.enable("strikethrough")
    if "dollarmath" in ext:
        md.use(
            dollarmath_plugin,
            allow_labels=True,
            allow_space=True,
            allow_digits=True,
            double_inline=False,
        )
    if "colon_fence" in ext:
        md.use(colon_fence_plugin)
    if "amsmath" in ext:
        md.use(amsmath_plugin)
    if "deflist" in ext:
        md.use(deflist_plugin)
    if "fieldlist" in ext:
        md.use(fieldlist_plugin)
    if "tasklist" in ext:
        md.use(tasklists_plugin, enabled=False)
    if "substitution" in ext:
        md.use(substitution_plugin, "{", "}")
    if "attrs_inline" in ext:
        md.use(
            attrs_plugin,
            after=("image", "code_inline", "link_close", "span_close"),
            spans=True,
            span_after="footnote_ref",
        )
    elif "attrs_image" in ext:
        md.use(attrs_plugin, after=("image",))
    if "attrs_block" in ext:
        md.use(attrs_block_plugin)
    md.options.update({"typographer": typographer, "linkify": "linkify" in ext})
    return md


def read_myst_extensions(config_yml: Path) -> tuple[str, ...]:
    """Read parse.myst_enable_extensions from a Jupyter Book _config.yml."""
    if not config_yml.is_file():
        return BOOK_EXTENSIONS
    import yaml  # PyYAML ships with jupyter-book; only needed here

    data = yaml.safe_load(config_yml.read_text(encoding="utf-8")) or {}
    parse = data.get("parse") or {}
    extensions = parse.get("myst_enable_extensions")
    if extensions is None:
        return BOOK_EXTENSIONS
    return tuple(str(e) for e in extensions)


def is_http(url: str) -> bool:
    return bool(_HTTP.match(url.strip()))


def normalize_html_url(value: str) -> str:
    """An HTML attribute's URL (entities already decoded), normalised as MyST's are."""
    return normalizeLink(value) if is_http(value) else value


class _HtmlLinks(HTMLParser):
    """Collect ``<a href>`` and ``<img src>`` values with their line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"a": "href", "img": "src"}.get(tag)
        for key, value in attrs:
            if key == wanted and value:
                self.found.append((self.getpos()[0], normalize_html_url(value.strip())))

    handle_startendtag = handle_starttag


def _html_links(text: str) -> list[tuple[int, str]]:
    parser = _HtmlLinks()
    parser.feed(text)
    parser.close()
    return parser.found


@dataclass
class _Candidate:
    line: int  # 0-based file line
    start: int
    end: int
    value: str  # normalised the way markdown-it normalises the token
    used: bool = False


class _Extractor:
    def __init__(self, md: MarkdownIt, path: str, text: str) -> None:
        self.md = md
        self.path = path
        self.lines = text.splitlines()
        self.env: dict = {}
        self.result = FileLinks(path)
        self._candidates: dict[int, list[_Candidate]] = {}
        self._seen: set[tuple[str, int, int | None]] = set()

    # -- locating URLs in source lines -------------------------------------

    def _line_candidates(self, lineno: int) -> list[_Candidate]:
        """Every link destination written on a file line (0-based)."""
        if lineno in self._candidates:
            return self._candidates[lineno]
        found: list[_Candidate] = []
        line = self.lines[lineno] if 0 <= lineno < len(self.lines) else ""
        for pattern in (_MD_DEST, _DEF_DEST):
            for match in pattern.finditer(line):
                pos = match.end()
                res = parseLinkDestination(line, pos, len(line))
                if not res.ok or res.pos <= pos:
                    continue
                start, end = pos, res.pos
                if line[start] == "<":
                    start, end = start + 1, end - 1
                found.append(_Candidate(lineno, start, end, normalizeLink(res.str)))
        for match in _AUTOLINK.finditer(line):
            found.append(
                _Candidate(lineno, match.start(1), match.end(1), normalizeLink(match.group(1)))
            )
        for match in _HTML_ATTR.finditer(line):
            group = next(g for g in (1, 2, 3) if match.group(g) is not None)
            value = normalize_html_url(html.unescape(match.group(group)).strip())
            found.append(_Candidate(lineno, match.start(group), match.end(group), value))
        found.sort(key=lambda c: c.start)
        self._candidates[lineno] = found
        return found

    def _locate(self, url: str, first: int, last: int, cursor: list[int]) -> _Candidate | None:
        """Find the next unused candidate equal to url in lines first..last."""
        fallback = None
        for lineno in range(first, last + 1):
            for cand in self._line_candidates(lineno):
                if cand.used or cand.value != url:
                    continue
                if (cand.line, cand.start) >= (cursor[0], cursor[1]):
                    cand.used = True
                    cursor[0], cursor[1] = cand.line, cand.end
                    return cand
                if fallback is None:
                    fallback = cand
        if fallback is not None:
            fallback.used = True
        return fallback

    def _add(self, url: str, lineno: int, cand: _Candidate | None) -> None:
        url = url.strip()
        if not is_http(url):
            return
        if cand is not None and cand.start >= 0:
            line = self.lines[cand.line] if 0 <= cand.line < len(self.lines) else ""
            text = line[cand.start : cand.end].strip() or normalizeLinkText(url)
            occ = Occurrence(self.path, cand.line + 1, cand.start, cand.end, text)
        elif cand is not None:
            occ = Occurrence(self.path, cand.line + 1, cand.start, cand.end, normalizeLinkText(url))
        else:
            occ = Occurrence(self.path, lineno + 1, text=normalizeLinkText(url))
        key = (url, occ.line, occ.start)
        if key in self._seen:
            return
        self._seen.add(key)
        self.result.links.append((url, occ))

    def _add_on_line(self, url: str, lineno: int) -> None:
        """Add a URL written verbatim on a known line (options, arguments)."""
        url = url.strip()
        if not is_http(url):
            return
        line = self.lines[lineno] if 0 <= lineno < len(self.lines) else ""
        start = line.find(url)
        normalized = normalize_html_url(url)
        cand = _Candidate(lineno, start, start + len(url), normalized) if start >= 0 else None
        self._add(normalized, lineno, cand)

    # -- walking tokens -----------------------------------------------------

    def parse(self, text: str, offset: int) -> None:
        """Parse MyST text whose first line is file line ``offset`` (0-based)."""
        before = set(self.env.get("references", {}))
        tokens = self.md.parse(text, self.env)
        for label, ref in self.env.get("references", {}).items():
            if label not in before and "map" in ref:
                ref["abs_map"] = [ref["map"][0] + offset, ref["map"][1] + offset]
        for token in tokens:
            if token.map is None and token.type != "inline":
                continue
            if token.type == "inline":
                self._inline(token, offset)
            elif token.type in ("fence", "colon_fence"):
                self._fence(token, offset)
            elif token.type == "html_block":
                start = token.map[0] + offset
                for line, url in _html_links(token.content):
                    lineno = start + line - 1
                    self._add(url, lineno, self._locate(url, lineno, lineno, [lineno, 0]))

    def _inline(self, token: Token, offset: int) -> None:
        if token.map is None:
            return
        first, last = token.map[0] + offset, token.map[1] - 1 + offset
        cursor = [first, 0]
        for child in self._flatten(token.children or []):
            url = None
            if child.type == "link_open":
                url = str(child.attrs.get("href", ""))
            elif child.type == "image":
                url = str(child.attrs.get("src", ""))
            elif child.type == "html_inline":
                for _, value in _html_links(child.content):
                    self._add(value, first, self._locate(value, first, last, cursor))
                continue
            if not url or not is_http(url):
                continue
            cand = self._locate(url, first, last, cursor)
            if cand is None:
                cand = self._from_definition(url)
            self._add(url, first, cand)

    @staticmethod
    def _flatten(children: list[Token]) -> Iterator[Token]:
        for child in children:
            yield child
            if child.children:
                yield from _Extractor._flatten(child.children)

    def _from_definition(self, url: str) -> _Candidate | None:
        """A reference-style link: the URL is written in its definition."""
        for ref in self.env.get("references", {}).values():
            if ref.get("href") == url and "abs_map" in ref:
                first, last = ref["abs_map"][0], ref["abs_map"][1] - 1
                cand = self._locate(url, first, last, [first, 0])
                if cand is not None:
                    cand.used = False  # a definition may be used many times
                    return cand
                return _Candidate(first, -1, -1, url)
        return None

    def _fence(self, token: Token, offset: int) -> None:
        match = _DIRECTIVE_INFO.match(token.info.strip())
        if not match:
            return  # a plain code block
        name, argument = match.group(1).lower(), match.group(2)
        if name in CODE_DIRECTIVES:
            return
        fence_line = token.map[0] + offset
        if name in URL_ARGUMENT_DIRECTIVES:
            if argument:
                self._add_on_line(argument.split()[0], fence_line)
        elif argument.strip():
            # Titles of admonitions, dropdowns, cards... are parsed as MyST.
            self._parse_fragment(argument, fence_line)
        lines = token.content.splitlines()
        body_start = 0
        if lines and lines[0].startswith("---"):
            end = next(
                (i for i in range(1, len(lines)) if re.match(r"^-{3,}", lines[i])),
                len(lines),
            )
            option_lines = range(1, end)
            body_start = min(end + 1, len(lines))
        else:
            end = 0
            while end < len(lines) and lines[end].lstrip().startswith(":"):
                end += 1
            option_lines = range(0, end)
            body_start = end
        for i in option_lines:
            opt = _OPTION_LINE.match(lines[i])
            if opt and opt.group(1).lower() in URL_OPTIONS and opt.group(2):
                value = opt.group(2).strip().strip("'\"")
                self._add_on_line(value, fence_line + 1 + i)
        if body_start < len(lines) and not lines[body_start].strip():
            body_start += 1
        body = "\n".join(lines[body_start:])
        if body.strip():
            self.parse(body + "\n", fence_line + 1 + body_start)

    def _parse_fragment(self, text: str, lineno: int) -> None:
        """Parse a directive argument (one line of MyST inline text)."""
        tokens = self.md.parse(text, self.env)
        for token in tokens:
            if token.type == "inline":
                token.map = [0, 1]
                self._inline(token, lineno)


def extract_text(text: str, path: str, md: MarkdownIt | None = None) -> FileLinks:
    """Return the external links of one MyST document, in source order."""
    extractor = _Extractor(md or make_parser(), path, text)
    extractor.parse(text, 0)
    extractor.result.links.sort(key=lambda item: (item[1].line, item[1].start or 0))
    return extractor.result


def iter_sources(
    paths: Iterable[Path], exclude: Iterable[str], suffixes: Iterable[str]
) -> Iterator[Path]:
    """Yield the markdown files under paths, skipping excluded folder names.

    Raises FileNotFoundError for a path that does not exist.
    """
    excluded = set(exclude)
    suffix_set = {s.lower() for s in suffixes}
    for path in paths:
        if path.is_file():
            yield path
        elif path.is_dir():
            for sub in sorted(path.rglob("*")):
                rel_parts = sub.relative_to(path).parts
                if any(part in excluded for part in rel_parts):
                    continue
                if sub.is_file() and sub.suffix.lower() in suffix_set:
                    yield sub
        else:
            raise FileNotFoundError(str(path))
