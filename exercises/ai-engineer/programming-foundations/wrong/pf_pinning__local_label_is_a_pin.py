# Wrong: counts a pin with a local label, torch==2.13.0+cpu, as an exact public pin.
"""A wrong solution (the first line names its mistake): reading pins."""

from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version


def exact_version(requirement: Requirement) -> str | None:
    """The version of an exact public pin, or None if ``requirement`` is not one."""
    specifiers = list(requirement.specifier)
    if len(specifiers) != 1 or specifiers[0].operator != "==":
        return None
    version = specifiers[0].version
    if "*" in version:
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
        elif not SpecifierSet("==" + pinned).contains(found[name]):
            older = Version(found[name]) < Version(pinned)
            problems[name] = "older" if older else "newer"
    return problems
