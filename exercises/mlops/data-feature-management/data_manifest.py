"""Exercise: a content-hash manifest and a version name for a data set.

A data set is often a folder of files (a partitioned Parquet lake, a folder of exports).
Name each of its versions by its content, as DVC and Git do, so that a model can record
the exact data it saw (see the page "Data versioning").

Check your work:  pytest exercises/mlops/data-feature-management/test_data_manifest.py
"""

from pathlib import Path


def file_manifest(root: str | Path) -> dict[str, str]:
    """The manifest of the data set in the folder `root`.

    Return a dict with one entry for every file under `root`, in subfolders too (not the
    folders themselves): the key is the file's path relative to `root`, written with "/"
    between folder names on every operating system (such as "month=2025-01/part-0.parquet"),
    and the value is the SHA-256 hex digest of the file's bytes (64 lowercase hexadecimal
    characters). Where the folder lives, when the files were written and in which order
    must not matter.
    """
    raise NotImplementedError("write file_manifest")


def dataset_version(manifest: dict[str, str]) -> str:
    """One name for the whole data set: the SHA-256 hex digest of its manifest.

    Build one line per entry, in the order of the sorted paths: the path, two spaces,
    the digest and a newline ("a.csv  3f...\\n"), join the lines into one text, and
    return the SHA-256 hex digest of that text encoded as UTF-8. Two manifests with the
    same entries give the same version, however their dicts were built.
    """
    raise NotImplementedError("write dataset_version")
