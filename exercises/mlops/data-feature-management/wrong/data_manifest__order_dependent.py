# Wrong: It writes the lines in the dict's order, so the insertion order changes the version.
"""Wrong solution: a content-hash manifest and a version name for a data set."""

import hashlib
from pathlib import Path


def file_manifest(root: str | Path) -> dict[str, str]:
    """The manifest of the data set in the folder `root`."""
    root = Path(root)
    manifest = {}
    for path in root.rglob("*"):
        if path.is_file():
            relative = path.relative_to(root).as_posix()
            manifest[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return manifest


def dataset_version(manifest: dict[str, str]) -> str:
    """One name for the whole data set: the SHA-256 hex digest of its manifest."""
    lines = "".join(f"{path}  {manifest[path]}\n" for path in manifest)
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()
