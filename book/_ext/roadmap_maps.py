"""Draw the roadmaps as maps: one for each part, a small one for each chapter.

Everything comes from ``book/_data/roadmaps.yml``. A part's opener page (the page that defines
the part's label) gets the part map: its seven chapters in order, down a line with arrows, each
beside the items its key area names. A chapter page (the page that defines a key area's label)
gets that chapter's row of the map on its own. Each map goes after the page's introduction,
before its first section; pages need no directive.

Every box is a link: a chapter to its chapter page, an item to the page or section that teaches
it (its ``page`` label), or, for an item without a page of its own, to its chapter page (drawn
with a dashed outline). Links carry the page they point to in ``data-page``, which the
learner-progress script (``_templates/progress.js``, inline on every page) uses to tick the
items of pages a reader marked done.

- HTML: inline SVG, so its colours follow the theme's light and dark modes (CSS in
  ``_static/site.css``) and its links are ordinary, focusable links. Two drawings of the same
  map are emitted, a wide one and a narrow one for phones (CSS shows one). Below them, a
  collapsed "The map as a list" holds the same links as nested lists: the map's text
  alternative.
- LaTeX: the wide drawing in TikZ, vector in the PDF, each box a link into the PDF.

The layout is computed here (text measured with DejaVu Sans, one of the widest common sans
fonts, so the text fits whatever sans font the reader's browser uses) and is the same in both.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from docutils import nodes
from markupsafe import Markup
from roadmap_links import ROADMAPS, load_roadmaps
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging

logger = logging.getLogger(__name__)

WIDE = 720  # drawing units: CSS pixels on the site
NARROW = 360
ITEM_SIZE = 14  # font sizes
CHAPTER_SIZE = 15
PILL_HEIGHT = 30
PILL_PAD = 12  # text to pill edge
GAP = 8  # between pills
LANE_PAD = 10  # lane edge to its boxes
LANE_GAP = 22  # between lanes (the arrow runs through it)
CHAPTER_WIDTH = 220  # the chapter box in the wide drawing
BADGE_RADIUS = 13  # the chapter number's circle
LINE_HEIGHT = 19  # of a chapter title's lines
COUNT_WIDTH = 44  # room kept for the "3/7" a reader's progress writes into a chapter box


@cache
def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of a line of text in DejaVu Sans, in the units of its font size."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    prop = FontProperties(family="DejaVu Sans", size=size, weight="bold" if bold else "normal")
    width, _height, _descent = TextToPath().get_text_width_height_descent(text, prop, False)
    return width


def wrap(text: str, size: float, bold: bool, width: float) -> list[str]:
    """Greedy word wrap of ``text`` into lines no wider than ``width``."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size, bold) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


@dataclass
class Box:
    """A chapter box or an item pill: where it is, what it says and where it links."""

    kind: str  # "chapter" | "item"
    lines: list[str]
    label: str  # the std label it links to ("" for the chapter box on its own page)
    x: float = 0
    y: float = 0
    w: float = 0
    h: float = 0
    number: str = ""
    taught: bool = True  # an item with a page of its own; False: introduced on its chapter page
    chapter: str = ""  # for items: the label of their chapter

    @property
    def text(self) -> str:
        return " ".join(self.lines)


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float


@dataclass
class Arrow:
    x: float
    y1: float
    y2: float


@dataclass
class Layout:
    width: float
    height: float = 0
    lanes: list[Rect] = field(default_factory=list)
    arrows: list[Arrow] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)


def item_boxes(area: dict) -> list[Box]:
    return [
        Box(
            "item",
            [item["name"]],
            item.get("page", area["label"]),
            taught="page" in item,
            chapter=area["label"],
        )
        for item in area["items"]
    ]


def flow(pills: list[Box], x0: float, x1: float, y0: float) -> float:
    """Place pills left to right in rows between x0 and x1 from y0; return the bottom."""
    x, y = x0, y0
    for pill in pills:
        pill.w = max(text_width(pill.text, ITEM_SIZE) + 2 * PILL_PAD, 48)
        pill.h = PILL_HEIGHT
        if x > x0 and x + pill.w > x1:
            x, y = x0, y + PILL_HEIGHT + GAP
        pill.x, pill.y = x, y
        x += pill.w + GAP
    return y + PILL_HEIGHT if pills else y0


def chapter_box(area: dict, number: str, width: float, linked: bool) -> Box:
    text_room = width - 2 * 10 - 2 * BADGE_RADIUS - 10 - COUNT_WIDTH
    lines = wrap(area["title"], CHAPTER_SIZE, True, text_room)
    height = max(PILL_HEIGHT + 12, len(lines) * LINE_HEIGHT + 20)
    return Box(
        "chapter",
        lines,
        area["label"] if linked else "",
        w=width,
        h=height,
        number=number,
        chapter=area["label"],
    )


def lane(
    layout: Layout, area: dict, number: str, y: float, linked: bool = True
) -> tuple[Box, float]:
    """One key area's row: its chapter box and its items, from y; returns the box and bottom."""
    narrow = layout.width < 2 * CHAPTER_WIDTH
    inner = layout.width - 2 * LANE_PAD
    box = chapter_box(area, number, inner if narrow else CHAPTER_WIDTH, linked)
    box.x, box.y = LANE_PAD, y + LANE_PAD
    pills = item_boxes(area)
    if narrow:
        bottom = flow(pills, LANE_PAD, layout.width - LANE_PAD, box.y + box.h + GAP)
        bottom = max(bottom, box.y + box.h)
    else:
        x0 = LANE_PAD + CHAPTER_WIDTH + 2 * GAP
        bottom = flow(pills, x0, layout.width - LANE_PAD, box.y)
        items_height = bottom - box.y
        if items_height < box.h:  # centre the shorter of the two on the other
            shift = (box.h - items_height) / 2
            for pill in pills:
                pill.y += shift
            bottom = box.y + box.h
        else:
            box.y += (items_height - box.h) / 2
    bottom += LANE_PAD
    layout.lanes.append(Rect(0, y, layout.width, bottom - y))
    layout.boxes += [box, *pills]
    return box, bottom


def part_layout(part: dict, numbers: dict[str, str], width: float) -> Layout:
    """The part's chapters in order, one lane each, joined by arrows: from chapter box to
    chapter box in the wide drawing (the column of chapter boxes is free), from lane to lane
    in the narrow one (a chapter's items sit under its box)."""
    layout = Layout(width)
    narrow = width < 2 * CHAPTER_WIDTH
    y = 0.0
    previous: tuple[Box, float] | None = None
    for area in part["key_areas"]:
        box, bottom = lane(layout, area, numbers.get(area["label"], ""), y)
        if previous is not None:
            before, before_bottom = previous
            x = before.x + 10 + BADGE_RADIUS
            if narrow:
                layout.arrows.append(Arrow(x, before_bottom, y))
            else:
                layout.arrows.append(Arrow(x, before.y + before.h, box.y))
        previous, y = (box, bottom), bottom + LANE_GAP
    layout.height = y - LANE_GAP
    return layout


def chapter_layout(area: dict, number: str, width: float) -> Layout:
    layout = Layout(width)
    _box, bottom = lane(layout, area, number, 0, linked=False)
    layout.height = bottom
    return layout


# ---------------------------------------------------------------------------------------------
# Where the links go


@dataclass
class Target:
    docname: str
    anchor: str  # "" for the top of the page

    def latex_id(self, labelid: str) -> str:
        return f"{self.docname}:{labelid}"


def resolve(env, label: str) -> tuple[str, str, bool] | None:
    """(docname, labelid, whether the label is the page's top) of a std label, if defined."""
    found = env.domaindata["std"]["labels"].get(label)
    if not found:
        return None
    docname, labelid, sectname = found
    title = env.titles.get(docname)
    top = title is not None and sectname == title.astext()
    return docname, labelid, top


def chapter_numbers(env) -> dict[str, str]:
    """Key area label -> its chapter's number on the site ("4"), from Sphinx's numbering."""
    numbers = {}
    for part in load_roadmaps():
        for area in part["key_areas"]:
            found = resolve(env, area["label"])
            if found:
                number = env.toc_secnumbers.get(found[0], {}).get("")
                if number:
                    numbers[area["label"]] = ".".join(map(str, number))
    return numbers


# ---------------------------------------------------------------------------------------------
# SVG for the site


def fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def check_mark(box: Box) -> str:
    """The tick shown on a box whose page the reader marked done (hidden until then)."""
    cx, cy = box.x + box.w - 2, box.y + 2
    return (
        f'<g class="roadmap-map__tick" aria-hidden="true">'
        f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="8"/>'
        f'<path d="M{fmt(cx - 4)} {fmt(cy)} l3 3 l5 -6"/></g>'
    )


def svg(layout: Layout, href, uid: str, variant: str, caption_id: str) -> str:
    """The drawing; ``href(label)`` gives (url, docname) of a label."""
    out = [
        f'<svg class="roadmap-map__svg roadmap-map__svg--{variant}" '
        f'viewBox="0 0 {fmt(layout.width)} {fmt(layout.height)}" '
        f'width="{fmt(layout.width)}" height="{fmt(layout.height)}" '
        f'role="group" aria-labelledby="{caption_id}">',
        f'<defs><marker id="{uid}-{variant}-arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        f'markerWidth="7" markerHeight="7" orient="auto">'
        f'<path class="roadmap-map__arrowhead" d="M0 0 L10 5 L0 10 z"/></marker></defs>',
    ]
    for rect in layout.lanes:
        out.append(
            f'<rect class="roadmap-map__lane" x="{fmt(rect.x + 0.5)}" y="{fmt(rect.y + 0.5)}" '
            f'width="{fmt(rect.w - 1)}" height="{fmt(rect.h - 1)}" rx="12"/>'
        )
    for arrow in layout.arrows:
        out.append(
            f'<line class="roadmap-map__arrow" x1="{fmt(arrow.x)}" y1="{fmt(arrow.y1)}" '
            f'x2="{fmt(arrow.x)}" y2="{fmt(arrow.y2 - 1)}" '
            f'marker-end="url(#{uid}-{variant}-arrow)"/>'
        )
    for box in layout.boxes:
        out.append(svg_box(box, href))
    out.append("</svg>")
    return "\n".join(out)


def svg_box(box: Box, href) -> str:
    classes = ["roadmap-map__node", f"roadmap-map__{box.kind}"]
    if box.kind == "item" and not box.taught:
        classes.append("roadmap-map__item--on-chapter-page")
    parts = [
        f'<rect x="{fmt(box.x)}" y="{fmt(box.y)}" width="{fmt(box.w)}" '
        f'height="{fmt(box.h)}" rx="{8 if box.kind == "chapter" else 15}"/>'
    ]
    if box.kind == "chapter":
        cx, cy = box.x + 10 + BADGE_RADIUS, box.y + box.h / 2
        parts.append(
            f'<circle class="roadmap-map__badge" cx="{fmt(cx)}" cy="{fmt(cy)}" r="{BADGE_RADIUS}"/>'
        )
        parts.append(
            f'<text class="roadmap-map__number" x="{fmt(cx)}" y="{fmt(cy + 5)}" '
            f'text-anchor="middle">{html.escape(box.number)}</text>'
        )
        tx = cx + BADGE_RADIUS + 10
        top = box.y + (box.h - len(box.lines) * LINE_HEIGHT) / 2 + LINE_HEIGHT - 5
        tspans = "\n".join(
            f'<tspan x="{fmt(tx)}" y="{fmt(top + i * LINE_HEIGHT)}">{html.escape(line)}</tspan>'
            for i, line in enumerate(box.lines)
        )
        parts.append(f'<text class="roadmap-map__title">{tspans}</text>')
        parts.append(
            f'<text class="roadmap-map__count" x="{fmt(box.x + box.w - 10)}" '
            f'y="{fmt(cy + 5)}" text-anchor="end"></text>'
        )
    else:
        parts.append(
            f'<text x="{fmt(box.x + box.w / 2)}" y="{fmt(box.y + box.h / 2 + 5)}" '
            f'text-anchor="middle">{html.escape(box.text)}</text>'
        )
    parts.append(check_mark(box))
    body = "\n".join(parts)
    if box.kind == "chapter":
        chapter = f' data-label="{html.escape(box.chapter)}"'
    else:
        chapter = f' data-chapter="{html.escape(box.chapter)}"'
    if not box.label:  # the chapter's own page: not a link to itself
        return f'<g class="{" ".join(classes)} roadmap-map__here"{chapter}>\n{body}\n</g>'
    url, docname = href(box.label)
    return (
        f'<a class="{" ".join(classes)}" href="{html.escape(url)}" '
        f'data-page="{html.escape(docname)}"{chapter}>'
        f"\n{body}\n</a>"
    )


def link(url: str, docname: str, text: str, extra: str = "") -> str:
    return (
        f'<a class="reference internal" href="{html.escape(url)}" '
        f'data-page="{html.escape(docname)}"{extra}>{html.escape(text)}</a>'
    )


def item_list(boxes: list[Box], href) -> str:
    rows = []
    for box in boxes:
        url, docname = href(box.label)
        note = "" if box.taught else " (on the chapter page)"
        rows.append(f"<li>{link(url, docname, box.text)}{note}</li>")
    return '<ul class="roadmap-map__items">\n' + "\n".join(rows) + "\n</ul>"


def text_alternative(layout: Layout, href, part_map: bool) -> str:
    """The same links as nested lists: chapters in order, each with its items."""
    if part_map:
        groups = []
        chapters = [b for b in layout.boxes if b.kind == "chapter"]
        for chapter in chapters:
            url, docname = href(chapter.label)
            items = [b for b in layout.boxes if b.kind == "item" and b.chapter == chapter.label]
            groups.append(
                f"<li>{link(url, docname, f'{chapter.number}. {chapter.text}')}"
                f"\n{item_list(items, href)}</li>"
            )
        body = '<ol class="roadmap-map__chapters">\n' + "\n".join(groups) + "\n</ol>"
    else:
        body = item_list([b for b in layout.boxes if b.kind == "item"], href)
    return (
        '<details class="roadmap-map__list">\n<summary>The map as a list</summary>\n'
        f"{body}\n</details>"
    )


def map_html(wide: Layout, narrow: Layout, href, uid: str, caption: str, part_map: bool) -> str:
    caption_id = f"{uid}-caption"
    return "\n".join(
        [
            f'<figure class="roadmap-map roadmap-map--{"part" if part_map else "chapter"}" '
            f'id="{uid}">',
            svg(wide, href, uid, "wide", caption_id),
            svg(narrow, href, uid, "narrow", caption_id),
            f'<figcaption id="{caption_id}">{caption}</figcaption>',
            text_alternative(wide, href, part_map),
            "</figure>",
        ]
    )


# ---------------------------------------------------------------------------------------------
# TikZ for the PDF

TEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "^": r"\textasciicircum{}",
    "_": r"\_",
    "%": r"\%",
    "~": r"\textasciitilde{}",
}


def tex_escape(text: str) -> str:
    """Text for LaTeX, its special characters escaped."""
    return "".join(TEX_SPECIAL.get(char, char) for char in text)


TIKZ_COLOURS = (
    "\\definecolor{rmlane}{HTML}{F3F4F5}\\definecolor{rmborder}{HTML}{D1D5DA}"
    "\\definecolor{rmprimary}{HTML}{0A7D91}\\definecolor{rmtext}{HTML}{222832}"
    "\\definecolor{rmmuted}{HTML}{48566B}"
)


def tikz(layout: Layout, latex_target) -> str:
    """The wide drawing as a TikZ picture as wide as the text; ``latex_target(label)`` gives
    the hyperref target of a label."""
    unit = f"{0.99 / layout.width:.7f}\\linewidth"  # a hair narrower: strokes overhang
    out = [
        "\\begin{center}",
        f"\\begin{{tikzpicture}}[x={unit},y=-{unit},"
        "font=\\fontsize{9}{11}\\selectfont\\sffamily]",
        TIKZ_COLOURS,
    ]
    for rect in layout.lanes:
        out.append(
            f"\\filldraw[fill=rmlane,draw=rmborder,rounded corners=4pt] "
            f"({fmt(rect.x)},{fmt(rect.y)}) rectangle ({fmt(rect.x + rect.w)},"
            f"{fmt(rect.y + rect.h)});"
        )
    for arrow in layout.arrows:
        out.append(
            f"\\draw[rmmuted,line width=0.8pt,-stealth] "
            f"({fmt(arrow.x)},{fmt(arrow.y1)}) -- ({fmt(arrow.x)},{fmt(arrow.y2)});"
        )
    for box in layout.boxes:
        out += tikz_box(box, latex_target)
    out += ["\\end{tikzpicture}", "\\end{center}"]
    return "\n".join(out)


def tikz_box(box: Box, latex_target) -> list[str]:
    def linked(text: str) -> str:
        text = tex_escape(text)
        if box.label:
            return f"\\hyperref[\\detokenize{{{latex_target(box.label)}}}]{{{text}}}"
        return text

    corners = (box.x, box.y), (box.x + box.w, box.y + box.h)
    rect = f"({fmt(corners[0][0])},{fmt(corners[0][1])}) rectangle ({fmt(corners[1][0])},"
    rect += f"{fmt(corners[1][1])})"
    if box.kind == "chapter":
        cx, cy = box.x + 10 + BADGE_RADIUS, box.y + box.h / 2
        lines = [
            f"\\filldraw[fill=rmprimary,draw=rmprimary,rounded corners=3pt] {rect};",
            f"\\filldraw[fill=white,draw=white] ({fmt(cx)},{fmt(cy)}) circle "
            f"[radius={BADGE_RADIUS}];",
            f"\\node[rmprimary,font=\\fontsize{{9}}{{11}}\\selectfont\\sffamily\\bfseries] "
            f"at ({fmt(cx)},{fmt(cy)}) {{{tex_escape(box.number)}}};",
        ]
        tx = cx + BADGE_RADIUS + 10
        top = box.y + (box.h - len(box.lines) * LINE_HEIGHT) / 2 + LINE_HEIGHT - 5
        for i, line in enumerate(box.lines):
            lines.append(
                f"\\node[white,anchor=base west,inner sep=0,"
                f"font=\\fontsize{{9.5}}{{11}}\\selectfont\\sffamily\\bfseries] "
                f"at ({fmt(tx)},{fmt(top + i * LINE_HEIGHT)}) {{{linked(line)}}};"
            )
        return lines
    dash = "" if box.taught else ",dashed"
    return [
        f"\\filldraw[fill=white,draw=rmprimary,line width=0.6pt{dash},rounded corners=6pt] {rect};",
        f"\\node[rmtext] at ({fmt(box.x + box.w / 2)},{fmt(box.y + box.h / 2)}) "
        f"{{{linked(box.text)}}};",
    ]


# ---------------------------------------------------------------------------------------------
# Sphinx


class roadmap_map(nodes.General, nodes.Element):
    """Where a map goes, until every label in the book is known."""


CAPTION_PART = (
    "The map of {title}: its chapters in reading order, each beside the items its key area "
    "names. Every box links to the page that teaches it; a dashed box is introduced on its "
    "chapter page. A tick marks a page you marked done in this browser."
)
CAPTION_CHAPTER = (
    "The map of this chapter: the items its key area names. Every box links to the page "
    "that teaches it; a dashed box is introduced on this page. A tick marks a page you "
    "marked done in this browser."
)


def map_pages() -> dict[str, tuple[str, dict, dict | None]]:
    """Label of a page that gets a map -> ("part" | "chapter", part, key area or None)."""
    pages = {}
    for part in load_roadmaps():
        pages[part["label"]] = ("part", part, None)
        for area in part["key_areas"]:
            pages[area["label"]] = ("chapter", part, area)
    return pages


def place_maps(app: Sphinx, doctree: nodes.document) -> None:
    """On doctree-read: a placeholder after the introduction of each part and chapter page."""
    env = app.env
    env.note_dependency(str(ROADMAPS))
    labels = {target for target in doctree.nameids}
    wanted = [label for label in map_pages() if label in labels]
    if not wanted:
        return
    top = next(iter(doctree.findall(nodes.section)), None)
    if top is None:
        return
    first_section = next((c for c in top.children if isinstance(c, nodes.section)), None)
    placeholder = roadmap_map(map_label=wanted[0])
    if first_section is None:
        top.append(placeholder)
    else:
        top.insert(top.index(first_section), placeholder)


class DrawMaps(SphinxPostTransform):
    """Replace each placeholder with the map, once every label is known (before refs, 10)."""

    default_priority = 6

    def run(self, **kwargs) -> None:
        placeholders = list(self.document.findall(roadmap_map))
        if not placeholders:
            return
        builder = self.app.builder
        env = self.env
        numbers = chapter_numbers(env)
        pages = map_pages()
        for node in placeholders:
            kind, part, area = pages[node["map_label"]]
            if kind == "part":
                layouts = [part_layout(part, numbers, w) for w in (WIDE, NARROW)]
                caption = CAPTION_PART.format(title=html.escape(part["title"]))
            else:
                number = numbers.get(area["label"], "")
                layouts = [chapter_layout(area, number, w) for w in (WIDE, NARROW)]
                caption = CAPTION_CHAPTER
            missing = sorted(
                {
                    b.label
                    for b in itertools.chain(*(lay.boxes for lay in layouts))
                    if b.label and resolve(env, b.label) is None
                }
            )
            if missing:
                logger.warning(
                    "roadmap map: no page defines %s (book/_data/roadmaps.yml)",
                    ", ".join(missing),
                    location=node,
                )
                node.parent.remove(node)
                continue
            if builder.format == "html":
                uid = f"roadmap-map-{node['map_label']}"

                def href(label: str) -> tuple[str, str]:
                    docname, labelid, top = resolve(env, label)
                    url = builder.get_relative_uri(env.docname, docname)
                    if not top:
                        url += f"#{labelid}"
                    return url, docname

                markup = map_html(*layouts, href, uid, caption, kind == "part")
                node.replace_self(nodes.raw("", markup, format="html"))
            elif builder.format == "latex":

                def latex_target(label: str) -> str:
                    docname, labelid, _top = resolve(env, label)
                    return f"{docname}:{labelid}"

                node.replace_self(nodes.raw("", tikz(layouts[0], latex_target), format="latex"))
            else:
                node.parent.remove(node)


def map_targets(env) -> set[str]:
    """The pages the maps link to: topic pages and chapter pages (the pages a reader marks)."""
    pages = set()
    for part in load_roadmaps():
        for area in part["key_areas"]:
            for label in [area["label"], *(i.get("page", area["label"]) for i in area["items"])]:
                found = resolve(env, label)
                if found:
                    pages.add(found[0])
    return pages


PROGRESS_SCRIPT = Path(__file__).resolve().parents[1] / "_templates" / "progress.js"


def progress_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree):
    """The learner-progress script on every page (inline: one request less), and the "Done
    with this page" button on every page a map links to."""
    if app.builder.format != "html":
        return
    context["progress_script"] = Markup(PROGRESS_SCRIPT.read_text(encoding="utf-8"))
    if doctree is None:
        return
    targets = getattr(app, "_roadmap_map_targets", None)
    if targets is None:
        targets = app._roadmap_map_targets = map_targets(app.env)
    context["progress_mark"] = pagename in targets


def setup(app: Sphinx) -> dict:
    app.add_node(roadmap_map)
    app.connect("doctree-read", place_maps)
    app.add_post_transform(DrawMaps)
    app.add_latex_package("tikz")
    app.connect("html-page-context", progress_context)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
