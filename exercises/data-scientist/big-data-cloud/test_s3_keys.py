"""Tests for the S3 listing and deleting exercise (s3_keys.py), against moto's mock_aws."""

import boto3
import pytest
from moto import mock_aws

REGION = "eu-central-1"
N_EVENTS = 1_234  # more than one page of 1,000


def make_client():
    return boto3.client(
        "s3", region_name=REGION, aws_access_key_id="testing", aws_secret_access_key="testing"
    )


def fill(s3, bucket):
    """A bucket with 1,234 keys under events/ and others beside them; returns the events'."""
    s3.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": REGION})
    events = [
        f"events/month=2025-{m:02d}/part-{i:04d}.parquet"
        for m in (1, 2)
        for i in range(N_EVENTS // 2)
    ]
    others = ["events.csv", "events-archive/2023.csv", "exports/customers.csv", "readme.txt"]
    for key in events + others:
        s3.put_object(Bucket=bucket, Key=key, Body=b"x")
    return sorted(events)


@pytest.fixture(scope="module")
def lake():
    """A mocked S3 with one filled bucket, shared by the tests of this file.

    The tests run in the order of the file, and the last one deletes from the bucket.
    """
    with mock_aws():
        s3 = make_client()
        yield s3, fill(s3, "harvest-lake")


@pytest.fixture
def calls(lake):
    """Record the parameters of every request the client sends, by operation name."""
    s3, _ = lake
    seen = []

    def record(params, model, **kwargs):
        seen.append((model.name, dict(params)))

    s3.meta.events.register("provide-client-params.s3.*", record)
    yield seen
    s3.meta.events.unregister("provide-client-params.s3.*", record)


def test_lists_more_than_one_page_of_keys(exercise, lake):
    module = exercise("s3_keys")
    s3, events = lake
    keys = module.list_keys(s3, "harvest-lake", "events/")
    assert isinstance(keys, list), "list_keys returns a list of keys"
    assert len(keys) == N_EVENTS, (
        f"got {len(keys):,} of {N_EVENTS:,} keys: a response holds at most 1,000; while "
        "IsTruncated is true, send NextContinuationToken as ContinuationToken and ask again"
    )
    assert keys == events, "every key under events/, once each, in S3's (sorted) order"


def test_sends_the_page_size_and_follows_the_tokens(exercise, lake, calls):
    module = exercise("s3_keys")
    s3, events = lake
    keys = module.list_keys(s3, "harvest-lake", "events/month=2025-01/", page_size=100)
    wanted = [key for key in events if key.startswith("events/month=2025-01/")]
    assert keys == wanted, f"got {len(keys)} of the {len(wanted)} keys of January"
    lists = [params for name, params in calls if name == "ListObjectsV2"]
    assert [params.get("MaxKeys") for params in lists] == [100] * 7, (
        "617 keys in pages of 100 take 7 ListObjectsV2 requests, each with MaxKeys=page_size; "
        f"the function sent {len(lists)}, with MaxKeys {[p.get('MaxKeys') for p in lists]}"
    )
    tokens = [params.get("ContinuationToken") for params in lists]
    assert tokens[0] is None and all(tokens[1:]), (
        "the first request has no ContinuationToken, every later one the token of the "
        "response before it"
    )


def test_a_prefix_without_keys_gives_an_empty_list(exercise, lake):
    module = exercise("s3_keys")
    s3, _ = lake
    keys = module.list_keys(s3, "harvest-lake", "models/")
    assert keys == [], "no key starts with models/: a response without keys has no Contents"


def test_only_keys_that_start_with_the_prefix(exercise, lake):
    module = exercise("s3_keys")
    s3, _ = lake
    keys = module.list_keys(s3, "harvest-lake", "events-")
    assert keys == ["events-archive/2023.csv"], "send the prefix with every request"
    everything = module.list_keys(s3, "harvest-lake")
    assert len(everything) == N_EVENTS + 4, "with the default prefix, every key of the bucket"


class RefusingDeletes:
    """A client that lists as S3 does but reports every deletion as refused."""

    def __init__(self, s3):
        self._s3 = s3

    def __getattr__(self, name):
        return getattr(self._s3, name)

    def delete_objects(self, Bucket, Delete, **kwargs):
        errors = [
            {"Key": obj["Key"], "Code": "AccessDenied", "Message": "Access Denied"}
            for obj in Delete["Objects"]
        ]
        return {"Errors": errors}


def test_delete_prefix_raises_when_s3_refuses(exercise, lake):
    module = exercise("s3_keys")
    s3, _ = lake
    try:
        module.delete_prefix(RefusingDeletes(s3), "harvest-lake", "exports/")
    except NotImplementedError:
        raise
    except RuntimeError:
        return
    pytest.fail(
        "S3 answered that it could not delete exports/customers.csv (an Errors entry in the "
        "response), and delete_prefix did not raise RuntimeError",
        pytrace=False,
    )


def test_delete_prefix_deletes_that_prefix_in_batches(exercise, lake, calls):
    # The last test of the file: it empties events/ in the shared bucket.
    module = exercise("s3_keys")
    s3, _ = lake
    deleted = module.delete_prefix(s3, "harvest-lake", "events/")
    batches = [
        len(params["Delete"]["Objects"]) for name, params in calls if name == "DeleteObjects"
    ]
    left = sorted(item["Key"] for item in s3.list_objects_v2(Bucket="harvest-lake")["Contents"])
    assert batches and max(batches) <= 1000, (
        f"DeleteObjects requests of {batches} keys: it accepts at most 1,000 keys per request"
    )
    assert deleted == N_EVENTS, f"returned {deleted}; {N_EVENTS:,} objects were under events/"
    assert left == [
        "events-archive/2023.csv",
        "events.csv",
        "exports/customers.csv",
        "readme.txt",
    ], "only the objects under events/ are deleted"
