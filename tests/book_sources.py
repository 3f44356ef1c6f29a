"""Read the book's sources the way the tests need them: the toc, the roadmaps data, the labels."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT / "book"
EXERCISES = ROOT / "exercises"
BUILD = ROOT / "_build"
HTML = BUILD / "html"
BUILD_LOG = BUILD / "build.log"

LABEL_LINE = re.compile(r"^\(([A-Za-z0-9_-]+)\)=\s*$", re.MULTILINE)
OPTION_LABEL = re.compile(r"^:label:\s*([A-Za-z0-9_-]+)\s*$", re.MULTILINE)
TITLE = re.compile(r"^# (.+)$", re.MULTILINE)
SPHINX_PROBLEM = re.compile(r"(WARNING|ERROR|CRITICAL|SEVERE):")


@dataclass
class Chapter:
    file: str
    sections: list[str] = field(default_factory=list)


@dataclass
class RoadmapPart:
    caption: str
    opener: str
    chapters: list[Chapter]


@cache
def toc() -> dict:
    return yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))


@cache
def roadmaps() -> list[dict]:
    return yaml.safe_load((BOOK / "_data" / "roadmaps.yml").read_text(encoding="utf-8"))["parts"]


def _entries(entries: list[dict]) -> list[str]:
    files = []
    for entry in entries:
        files.append(entry["file"])
        files += _entries(entry.get("sections", []))
    return files


def toc_files() -> list[str]:
    """Every file the toc lists, in reading order, without the .md suffix."""
    files = [toc()["root"]]
    for part in toc()["parts"]:
        files += _entries(part["chapters"])
    return files


def roadmap_parts() -> list[RoadmapPart]:
    """The toc's roadmap parts: a captioned part with the opener, then its numbered chapters."""
    parts = toc()["parts"]
    result = []
    for index, part in enumerate(parts):
        if not part.get("caption", "").startswith("Part "):
            continue
        chapters_part = parts[index + 1]
        assert chapters_part.get("numbered") and "caption" not in chapters_part, (
            f"the part after {part['caption']!r} must be its numbered, uncaptioned chapters"
        )
        result.append(
            RoadmapPart(
                caption=part["caption"],
                opener=part["chapters"][0]["file"],
                chapters=[
                    Chapter(c["file"], _entries(c.get("sections", [])))
                    for c in chapters_part["chapters"]
                ],
            )
        )
    return result


def log_problems(log: Path) -> list[str]:
    """The warning and error lines that Sphinx wrote to a build log."""
    text = log.read_text(encoding="utf-8", errors="replace")
    return [line for line in text.splitlines() if SPHINX_PROBLEM.search(line)]


def source(docname: str) -> str:
    return (ROOT / f"{docname}.md").read_text(encoding="utf-8")


def title(docname: str) -> str:
    match = TITLE.search(source(docname))
    assert match, f"{docname}.md has no '# Title' line"
    return match.group(1).strip()


@cache
def labels() -> dict[str, str]:
    """label -> docname, for every label a toc page defines (label lines and :label: options)."""
    found: dict[str, str] = {}
    for docname in toc_files():
        text = source(docname)
        for label in LABEL_LINE.findall(text) + OPTION_LABEL.findall(text):
            assert label not in found, f"label {label!r} is defined in {found[label]} and {docname}"
            found[label] = docname
    return found


def mentions(text: str, item: dict) -> bool:
    """Whether the text names the roadmap item (its name or one of its aliases)."""
    names = [item["name"], *item.get("aliases", [])]
    return any(re.search(re.escape(name), text, re.IGNORECASE) for name in names)


def topic_pages() -> list[str]:
    """Topic pages: the sections of chapters, other than their exercises pages."""
    return [
        section
        for part in roadmap_parts()
        for chapter in part.chapters
        for section in chapter.sections
        if not section.endswith("/exercises")
    ]
