"""requirements.txt and constraints.txt: exact pins of releases that public PyPI serves.

A local version label (`torch==2.13.0+cpu`) names a build that only some machines have, so a
newcomer's install would fail; `make lock` writes the public release instead.
"""

import re
import subprocess

import pytest
from book_sources import ROOT
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

FILES = [
    "requirements.txt",
    "constraints.txt",
    "requirements-mlserver.txt",  # MLServer's own venv (see the Makefile)
    "constraints-mlserver.txt",
]


def pins(name: str) -> dict[str, Version]:
    found = {}
    for number, line in enumerate((ROOT / name).read_text().splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        requirement = Requirement(line)
        specifiers = list(requirement.specifier)
        assert len(specifiers) == 1 and specifiers[0].operator == "==", (
            f"{name}, line {number}: {line!r} is not an exact pin (name==version)"
        )
        version = Version(specifiers[0].version)
        assert version.local is None, (
            f"{name}, line {number}: {line!r} has a local version label that PyPI does not serve"
        )
        found[canonicalize_name(requirement.name)] = version
    return found


@pytest.mark.parametrize("name", FILES)
def test_every_line_is_an_exact_public_pin(name):
    assert pins(name)


@pytest.mark.parametrize("suffix", ["", "-mlserver"])
def test_requirements_and_constraints_agree(suffix):
    constraints = pins(f"constraints{suffix}.txt")
    for package, version in pins(f"requirements{suffix}.txt").items():
        assert package in constraints, (
            f"{package} is in requirements{suffix}.txt but not its constraints"
        )
        assert constraints[package] == version, f"{package}: {version} vs {constraints[package]}"


def test_mlserver_loads_models_with_the_versions_that_trained_them():
    # A model pickled in .venv is unpickled in MLServer's venv: the libraries it is made of
    # must be the same releases in both.
    book, mlserver = pins("constraints.txt"), pins("constraints-mlserver.txt")
    for package in ["scikit-learn", "numpy", "pandas", "joblib", "scipy", "threadpoolctl"]:
        assert mlserver[package] == book[package], (
            f"{package}: {mlserver[package]} vs {book[package]}"
        )


def test_pytorch_is_the_cpu_release_the_book_names():
    assert pins("requirements.txt")["torch"] == Version("2.13.0")


def test_make_lock_strips_local_version_labels():
    # Run the filter of the lock recipe on what `pip freeze` prints on a machine with a CPU wheel.
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("\nlock:", 1)[1].split("\n\n", 1)[0]
    command = re.search(r"\| (sed .*?) > constraints\.txt", recipe).group(1).replace("$$", "$")
    frozen = "torch==2.13.0+cpu\nnumpy==2.4.6\njupyter-book==1.0.4.post1\n"
    result = subprocess.run(command, shell=True, input=frozen, capture_output=True, text=True)
    assert result.stdout == "torch==2.13.0\nnumpy==2.4.6\njupyter-book==1.0.4.post1\n"
