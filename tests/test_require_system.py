"""scripts/require_system.sh: each make target's system tools are there, or one clear line."""

import subprocess

from book_sources import ROOT

SCRIPT = ROOT / "scripts" / "require_system.sh"


def run(*what, path=None):
    env = {"PATH": path} if path is not None else None
    return subprocess.run(
        ["/bin/bash", str(SCRIPT), *what], capture_output=True, text=True, env=env, timeout=60
    )


def test_an_unknown_requirement_is_named():
    done = run("cobol")
    assert done.returncode == 2
    assert "unknown system requirement 'cobol'" in done.stderr


def test_no_argument_prints_the_usage():
    done = run()
    assert done.returncode == 2 and done.stderr.startswith("usage:")


def test_without_java_or_apt_it_names_the_debian_packages_to_install():
    # An empty PATH hides java and apt-get: the script cannot install, so it says what to.
    done = run("java", "node", path="/nonexistent")
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "error: missing system packages; install them (as root): "
        "apt-get install openjdk-17-jre-headless nodejs npm"
    )
