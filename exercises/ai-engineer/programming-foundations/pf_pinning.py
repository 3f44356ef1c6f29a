"""Exercise: read a requirements file's pins and check an environment against them.

A pinned requirements file names every package with one exact version, so that the same
environment can be rebuilt anywhere. Write the two functions below with the ``packaging``
library, which pip itself uses to read requirements and compare versions: do not take lines
apart with ``str.split``. Each docstring states exactly what the tests check.

Check your work:  pytest exercises/ai-engineer/programming-foundations/test_pf_pinning.py
The book's page "Python, the language of AI" explains virtual environments and pinning.
"""

# The tools you need (noqa: ruff would flag them as unused until you use them).
from packaging.requirements import InvalidRequirement, Requirement  # noqa: F401
from packaging.specifiers import SpecifierSet  # noqa: F401
from packaging.utils import canonicalize_name  # noqa: F401
from packaging.version import Version  # noqa: F401


def read_pins(text: str) -> tuple[dict[str, str], list[str]]:
    """Split the text of a requirements file into its exact pins and the lines that are not.

    Go through ``text`` line by line:

    - A ``#`` and everything after it is a comment: remove it, then strip the whitespace. Skip
      the line if nothing is left, or if it starts with ``-`` (a pip option such as
      ``-c constraints.txt``).
    - Parse what is left with ``Requirement(line)``. The line is an *exact pin* when its
      requirement has exactly one version specifier, the operator of that specifier is ``==``,
      and its version has no wildcard (``1.*``) and no local label (the ``+cpu`` of
      ``2.13.0+cpu``: PyPI accepts no local versions, so such a pin cannot be installed from
      PyPI). Extras (``dask[dataframe]==2026.8.0``) and an environment marker
      (``pywin32==306; sys_platform == "win32"``) do not change whether a line is a pin.
    - Every exact pin goes into the dict: its key is the package's canonical name
      (``canonicalize_name``: ``Scikit_Learn`` becomes ``scikit-learn``), its value the version
      as the specifier holds it (``"2.4.6"`` for ``numpy == 2.4.6``).
    - Every other line goes into the list, as it is after the comment and the surrounding
      whitespace are removed, in the order of the file: a range (``numpy>=2``), a bare name
      (``pandas``), arbitrary equality (``foo===1.0``), a wildcard, a local label, a URL
      (``pkg @ https://...``), and a line that ``Requirement`` cannot parse (it raises
      ``InvalidRequirement``).

    Return ``(pins, not_pinned)``.
    """
    raise NotImplementedError("write read_pins")


def check_installed(pins: dict[str, str], installed: dict[str, str]) -> dict[str, str]:
    """Report every pinned package whose installed version does not satisfy its pin.

    ``pins`` maps canonical names to versions, as ``read_pins`` returns them. ``installed`` maps
    package names, spelled as any tool reports them (``Scikit_Learn``, ``PyYAML``), to the
    version strings that are installed.

    An installed version satisfies the pin ``v`` when ``SpecifierSet("==" + v)`` contains it,
    the rule pip applies: ``"2.0"`` satisfies ``"2.0.0"``, and ``"2.13.0+cpu"`` satisfies
    ``"2.13.0"`` (a local label is ignored when the pin has none).

    Return a dict, keyed by canonical name, with one entry for each pinned package that is not
    satisfied: ``"missing"`` if it is not installed, ``"older"`` if its installed version is
    lower than the pin, ``"newer"`` if it is higher. Compare versions as ``Version`` objects,
    never as strings (``"2.10"`` is newer than ``"2.9"``). Installed packages that are not
    pinned are not reported. Do not change either argument.
    """
    raise NotImplementedError("write check_installed")
