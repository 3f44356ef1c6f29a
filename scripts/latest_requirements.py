"""Write requirements.txt without its pins: the newest release of every direct dependency.

The weekly "latest releases" workflow installs this list, with no constraints, to find the pages
and exercises that break for a reader who installs today's versions. PyTorch is left out: the
workflow installs the newest CPU build from PyTorch's own index first (a bare `torch` from PyPI
is a CUDA build of several GB).

Usage: python scripts/latest_requirements.py [REQUIREMENTS] [-o OUTPUT]
Exit status: 0, or 2 when the requirements file is missing or malformed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement

ROOT = Path(__file__).resolve().parents[1]
SEPARATE = {"torch"}  # installed by the workflow from the CPU index


def unpinned(text: str, source: str) -> list[str]:
    """One line per requirement: its name and extras, no version, markers kept."""
    lines = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            requirement = Requirement(line)
        except InvalidRequirement as error:
            raise ValueError(f"{source}, line {number}: {error}") from None
        if requirement.name.lower() in SEPARATE:
            continue
        extras = f"[{','.join(sorted(requirement.extras))}]" if requirement.extras else ""
        marker = f"; {requirement.marker}" if requirement.marker else ""
        lines.append(f"{requirement.name}{extras}{marker}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("requirements", nargs="?", default=str(ROOT / "requirements.txt"))
    parser.add_argument("-o", "--output", help="write here instead of standard output")
    args = parser.parse_args(argv)
    path = Path(args.requirements)
    try:
        lines = unpinned(path.read_text(encoding="utf-8"), str(path))
    except OSError as error:
        print(f"error: cannot read {path}: {error.strerror}", file=sys.stderr)
        return 2
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    text = "\n".join(lines) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
