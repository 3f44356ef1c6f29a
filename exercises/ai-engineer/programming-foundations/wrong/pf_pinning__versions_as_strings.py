# Wrong: compares versions as strings, so "2.0" differs from "2.0.0" and "2.10" sorts before "2.9".
"""A wrong solution (the first line names its mistake): reading pins."""

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version


def exact_version(requirement: Requirement) -> str | None:
    """The version of an exact public pin, or None if ``requirement`` is not one."""
    specifiers = list(requirement.specifier)
    if len(specifiers) != 1 or specifiers[0].operator != "==":
        return None
    version = specifiers[0].version
    if "*" in version or Version(version).local is not None:
        return None
    return version


def read_pins(text: str) -> tuple[dict[str, str], list[str]]:
    """Split the text of a requirements file into exact pins and the other lines."""
    pins: dict[str, str] = {}
    not_pinned: list[str] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        try:
            requirement = Requirement(line)
        except InvalidRequirement:
            not_pinned.append(line)
            continue
        version = exact_version(requirement)
        if version is None:
            not_pinned.append(line)
        else:
            pins[canonicalize_name(requirement.name)] = version
    return pins, not_pinned


def check_installed(pins: dict[str, str], installed: dict[str, str]) -> dict[str, str]:
    """Report each pinned package that is missing, older or newer than its pin."""
    found = {canonicalize_name(name): version for name, version in installed.items()}
    problems: dict[str, str] = {}
    for name, pinned in pins.items():
        if name not in found:
            problems[name] = "missing"
        elif found[name] != pinned:
            older = found[name] < pinned
            problems[name] = "older" if older else "newer"
    return problems
