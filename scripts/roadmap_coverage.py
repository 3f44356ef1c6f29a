"""Print how much of the three roadmaps the book teaches on topic pages.

Usage: python scripts/roadmap_coverage.py [--data book/_data/roadmaps.yml] [--missing]

An item of a roadmap counts as taught when book/_data/roadmaps.yml gives it a `page`: the label
of the topic page or section that teaches it. Every item is also introduced on its chapter page;
that does not count here. The report gives taught/named per part and per chapter; --missing
also lists the items still without a page. Exit status: 0 after printing the report, 2 when the
data file is missing or malformed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / "book" / "_data" / "roadmaps.yml"


class DataError(Exception):
    """The roadmaps file cannot be read as the book expects."""


def load_parts(path: Path) -> list[dict]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise DataError(f"cannot read {path}: {error.strerror}") from None
    except yaml.YAMLError as error:
        raise DataError(f"{path} is not valid YAML: {error}".splitlines()[0]) from None
    try:
        parts = data["parts"]
        for part in parts:
            for area in part["key_areas"]:
                for item in area["items"]:
                    item["name"]  # noqa: B018 - every item must have a name
    except (TypeError, KeyError) as error:
        raise DataError(
            f"{path} lacks the expected key {error} (parts/key_areas/items/name)"
        ) from None
    return parts


def percent(taught: int, named: int) -> str:
    return f"{100 * taught / named:5.1f}%" if named else "    -"


def report(parts: list[dict], show_missing: bool) -> list[str]:
    lines = [f"{'':44} taught / named"]
    total_taught = total_named = 0
    for part in parts:
        rows, part_taught, part_named = [], 0, 0
        for area in part["key_areas"]:
            items = area["items"]
            taught = [item for item in items if item.get("page")]
            part_taught += len(taught)
            part_named += len(items)
            rows.append(
                f"  {area['title']:42} {len(taught):6} / {len(items):<5} "
                f"{percent(len(taught), len(items))}"
            )
            if show_missing:
                rows += [f"      no page yet: {i['name']}" for i in items if not i.get("page")]
        share = percent(part_taught, part_named)
        lines.append(f"{part['title']:44} {part_taught:6} / {part_named:<5} {share}")
        lines += rows
        total_taught += part_taught
        total_named += part_named
    lines.append(
        f"{'All three roadmaps':44} {total_taught:6} / {total_named:<5} "
        f"{percent(total_taught, total_named)}"
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the roadmaps YAML file")
    parser.add_argument("--missing", action="store_true", help="list items without a page")
    args = parser.parse_args(argv)
    try:
        parts = load_parts(args.data)
    except DataError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print("\n".join(report(parts, args.missing)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
