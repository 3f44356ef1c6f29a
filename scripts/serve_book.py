"""Serve a live preview of the book that rebuilds whenever a source file is saved.

Usage: python scripts/serve_book.py [--host HOST] [--port PORT]

Jupyter Book 1 has no live preview of its own, so this script asks it for the Sphinx
configuration it would use (the same as `jupyter-book config sphinx` writes), saves that as
`_build/serve/conf.py`, and hands it to sphinx-autobuild. The preview skips the -W gate: a page
with a warning still shows, and `make book` is the check that counts.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "_build" / "serve"
# Settings whose paths Sphinx reads relative to the folder of conf.py.
PATH_SETTINGS = (
    "html_static_path",
    "html_extra_path",
    "templates_path",
    "latex_additional_files",
    "bibtex_bibfiles",
)


def sphinx_config() -> dict:
    from jupyter_book.config import get_final_config

    overrides = {"external_toc_path": str(ROOT / "_toc.yml"), "latex_individualpages": False}
    config, _ = get_final_config(
        user_yaml=ROOT / "_config.yml", sourcedir=ROOT, cli_config=overrides
    )
    for key in PATH_SETTINGS:
        if key in config:
            config[key] = [str(ROOT / path) for path in config[key]]
    return config


def write_conf(config: dict) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    lines = ["# Written by scripts/serve_book.py from _config.yml; do not edit.", "import sys"]
    # get_final_config put the local extension folders on this process's sys.path.
    extension_dirs = [p for p in sys.path if Path(p).resolve().is_relative_to(ROOT / "book")]
    lines += [f"sys.path.insert(0, {p!r})" for p in extension_dirs]
    lines += [f"{key} = {value!r}" for key, value in sorted(config.items())]
    conf = OUT / "conf.py"
    conf.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return conf


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    write_conf(sphinx_config())
    command = [
        sys.executable, "-m", "sphinx_autobuild",
        "-c", str(OUT), str(ROOT), str(OUT / "html"),
        "--host", args.host, "--port", str(args.port),
        "--watch", str(ROOT / "_config.yml"), "--watch", str(ROOT / "_toc.yml"),
        "--ignore", str(ROOT / "_build"), "--ignore", str(ROOT / ".venv"),
        "--ignore", str(ROOT / ".cache"), "--ignore", str(ROOT / ".git"),
    ]  # fmt: skip
    try:
        return subprocess.call(command, cwd=ROOT)
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
