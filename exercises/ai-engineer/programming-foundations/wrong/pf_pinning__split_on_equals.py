# Wrong: takes each line apart with str.split("==") instead of parsing it as a requirement.
"""A pin reader that splits lines on '==' (extras, markers and '===' break it)."""

from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version


def read_pins(text: str) -> tuple[dict[str, str], list[str]]:
    pins: dict[str, str] = {}
    not_pinned: list[str] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        parts = line.split("==")
        if len(parts) != 2 or "*" in parts[1] or "+" in parts[1]:
            not_pinned.append(line)
            continue
        pins[canonicalize_name(parts[0].strip())] = parts[1].strip()
    return pins, not_pinned


def check_installed(pins: dict[str, str], installed: dict[str, str]) -> dict[str, str]:
    found = {canonicalize_name(name): version for name, version in installed.items()}
    problems: dict[str, str] = {}
    for name, pinned in pins.items():
        if name not in found:
            problems[name] = "missing"
        elif not SpecifierSet("==" + pinned).contains(found[name]):
            older = Version(found[name]) < Version(pinned)
            problems[name] = "older" if older else "newer"
    return problems
