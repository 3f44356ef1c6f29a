"""Tests for the data manifest exercise (data_manifest.py).

The tests write a small partitioned data set into temporary folders, copy it elsewhere in
another order and at other times, edit it in ways that keep a file's size and time, and
rename a file, and check which of these change the data set's version.
"""

import hashlib
import os

import pytest

FILES = {
    "month=2025-01/part-0.parquet": b"PAR1 january deliveries 0001 PAR1",
    "month=2025-02/part-0.parquet": b"PAR1 february deliveries 0002 PAR1",
    "month=2025-02/part-1.parquet": b"PAR1 february deliveries 0003 PAR1",
    "README.txt": b"Deliveries, one folder per month.\n",
}


def write(root, files, order, mtime_ns):
    for name in order:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[name])
        os.utime(path, ns=(mtime_ns, mtime_ns))


@pytest.fixture
def lake(tmp_path):
    root = tmp_path / "lake"
    write(root, FILES, sorted(FILES), 1_700_000_000_000_000_000)
    return root


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def test_manifest_lists_every_file_with_its_sha256(exercise, lake):
    manifest = exercise("data_manifest").file_manifest(lake)
    expected = {name: sha256(data) for name, data in FILES.items()}
    assert set(manifest) == set(expected), (
        f"the keys should be the paths relative to the folder, with '/': "
        f"expected {sorted(expected)}, got {sorted(manifest)}"
    )
    for name, digest in expected.items():
        assert manifest[name] == digest, (
            f"{name}: the value should be the SHA-256 of the file's bytes"
        )


def test_the_same_data_elsewhere_has_the_same_version(exercise, lake, tmp_path):
    module = exercise("data_manifest")
    copy = tmp_path / "somewhere" / "else"
    write(copy, FILES, sorted(FILES, reverse=True), 1_800_000_000_000_000_000)
    first, second = module.file_manifest(lake), module.file_manifest(copy)
    assert first == second, (
        "the same files in another folder, written in another order and at another "
        "time, must give the same manifest: use relative paths and the bytes only"
    )
    assert module.dataset_version(first) == module.dataset_version(second)


def test_an_edit_that_keeps_size_and_time_changes_the_version(exercise, lake):
    module = exercise("data_manifest")
    before = module.dataset_version(module.file_manifest(lake))
    path = lake / "month=2025-02" / "part-1.parquet"
    info = path.stat()
    path.write_bytes(FILES["month=2025-02/part-1.parquet"].replace(b"3", b"4"))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == info.st_size
    after = module.dataset_version(module.file_manifest(lake))
    assert after != before, (
        "one byte changed (same size, same modification time) and the version did not: "
        "hash the content, not the file's metadata"
    )


def test_renaming_a_file_changes_the_version(exercise, lake):
    module = exercise("data_manifest")
    before = module.dataset_version(module.file_manifest(lake))
    (lake / "month=2025-03").mkdir()
    (lake / "month=2025-02" / "part-1.parquet").rename(lake / "month=2025-03" / "part-1.parquet")
    after = module.dataset_version(module.file_manifest(lake))
    assert after != before, (
        "a file moved to another partition (another month) and the version did not "
        "change: the paths belong in the version too"
    )


def test_the_version_does_not_depend_on_the_dicts_order(exercise):
    module = exercise("data_manifest")
    entries = [(name, sha256(data)) for name, data in FILES.items()]
    one = module.dataset_version(dict(entries))
    other = module.dataset_version(dict(reversed(entries)))
    assert one == other, (
        "the same entries inserted in another order gave another version: sort the "
        "paths before you build the lines"
    )


def test_the_version_is_the_sha256_of_the_sorted_lines(exercise):
    manifest = {"b/c.csv": "f" * 64, "a.csv": "0" * 64}
    text = f"a.csv  {'0' * 64}\nb/c.csv  {'f' * 64}\n"
    got = exercise("data_manifest").dataset_version(manifest)
    assert got == sha256(text.encode("utf-8")), (
        "the version should be the SHA-256 of 'path  digest\\n' lines in sorted order "
        f"of the paths; for {manifest} that text is {text!r}"
    )
