"""Tests for the pinning exercise (pf_pinning.py)."""

from pathlib import Path

import pytest

BOOK_REQUIREMENTS = Path(__file__).resolve().parents[3] / "requirements.txt"


@pytest.fixture
def mod(exercise):
    return exercise("pf_pinning")


def test_exact_pins_are_keyed_by_canonical_name(mod):
    text = "NumPy==2.4.6\nScikit_Learn==1.9.1\nzope.interface == 7.2\n"
    pins, not_pinned = mod.read_pins(text)
    assert pins == {"numpy": "2.4.6", "scikit-learn": "1.9.1", "zope-interface": "7.2"}, (
        "key each pin by canonicalize_name(requirement.name): lower case, with runs of "
        "'-', '_' and '.' turned into one '-'; the value is the version alone"
    )
    assert not_pinned == []


def test_extras_and_markers_do_not_break_a_pin(mod):
    text = 'dask[dataframe]==2026.8.0\npywin32==306; sys_platform == "win32"\n'
    pins, not_pinned = mod.read_pins(text)
    assert not_pinned == [], (
        "both lines pin one exact version: extras and an environment marker are allowed "
        "(parse the line with Requirement)"
    )
    assert pins == {"dask": "2026.8.0", "pywin32": "306"}, (
        "the name excludes the extras ([dataframe]) and the version excludes the marker "
        "(; sys_platform ...): let Requirement take the line apart, not str.split"
    )


def test_lines_that_are_not_exact_pins_are_listed_in_order(mod):
    lines = [
        "numpy>=2",
        "pandas",
        "foo===1.0",
        "scipy==1.*",
        "matplotlib>=3.10,<4",
        "mypkg @ https://example.org/mypkg-1.0-py3-none-any.whl",
        "numpy=2",
    ]
    pins, not_pinned = mod.read_pins("\n".join(lines))
    assert pins == {}, (
        f"none of these lines pins one exact public version, yet you read {pins}; "
        "'===' is arbitrary equality, not '=='"
    )
    assert not_pinned == lines, "list each line that is not an exact pin, in the file's order"


def test_a_local_version_label_is_not_a_public_pin(mod):
    pins, not_pinned = mod.read_pins("torch==2.13.0+cpu\ntorch-audio==2.13.0\n")
    assert "torch" not in pins, (
        "2.13.0+cpu has a local label (+cpu), which PyPI does not accept: "
        "Version(...).local is not None, so report the line instead"
    )
    assert not_pinned == ["torch==2.13.0+cpu"]
    assert pins == {"torch-audio": "2.13.0"}


def test_comments_blank_lines_and_options_are_skipped(mod):
    text = (
        "# the book's packages\n"
        "\n"
        "-c constraints.txt\n"
        "--index-url https://pypi.org/simple\n"
        "numpy==2.4.6   # arrays\n"
        "   pandas>=2  # not pinned yet\n"
    )
    pins, not_pinned = mod.read_pins(text)
    assert pins == {"numpy": "2.4.6"}, "remove the comment before you parse the line"
    assert not_pinned == ["pandas>=2"], (
        "skip comments, blank lines and option lines; list a loose line without its comment "
        "and surrounding whitespace"
    )


def test_the_books_own_requirements_are_all_exact_pins(mod):
    pins, not_pinned = mod.read_pins(BOOK_REQUIREMENTS.read_text(encoding="utf-8"))
    assert not_pinned == [], "every line of the book's requirements.txt is an exact pin"
    assert pins["torch"] == "2.13.0"
    assert pins["scikit-learn"] == "1.9.1"
    assert len(pins) > 30


def test_a_matching_environment_reports_nothing(mod):
    pins = {"numpy": "2.4.6", "scikit-learn": "1.9.1", "pyyaml": "6.0.4"}
    installed = {"NumPy": "2.4.6", "Scikit_Learn": "1.9.1", "PyYAML": "6.0.4", "pip": "25.0"}
    assert mod.check_installed(pins, installed) == {}, (
        "match installed names by their canonical name: Scikit_Learn is scikit-learn; "
        "unpinned packages (pip) are not reported"
    )


def test_equal_versions_in_other_spellings_satisfy_the_pin(mod):
    pins = {"torch": "2.13.0", "requests": "2.32.0"}
    installed = {"torch": "2.13.0+cpu", "requests": "2.32"}
    assert mod.check_installed(pins, installed) == {}, (
        "2.13.0+cpu satisfies ==2.13.0 (a local label is ignored when the pin has none) and "
        "2.32 equals 2.32.0: ask SpecifierSet('==' + pin).contains(version)"
    )


def test_versions_are_compared_as_versions_not_strings(mod):
    pins = {"numpy": "2.10.0", "torch": "2.9.1", "pandas": "2.3.3"}
    installed = {"numpy": "2.9.0", "torch": "2.10.0", "pandas": "2.3.2"}
    assert mod.check_installed(pins, installed) == {
        "numpy": "older",
        "torch": "newer",
        "pandas": "older",
    }, "as versions, 2.9 < 2.10 (as strings '2.9' > '2.10'): compare Version objects"


def test_a_package_that_is_not_installed_is_missing(mod):
    pins = {"scikit-learn": "1.9.1", "numpy": "2.4.6"}
    installed = {"numpy": "2.4.6"}
    before = dict(installed)
    assert mod.check_installed(pins, installed) == {"scikit-learn": "missing"}
    assert installed == before, "check_installed must not change the dicts it is given"
