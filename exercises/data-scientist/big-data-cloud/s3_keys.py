"""Exercise: list and delete every key under a prefix in Amazon S3, with boto3.

``s3`` below is a boto3 S3 client (``boto3.client("s3")``). Write two functions.

``list_keys(s3, bucket, prefix="", page_size=1000)`` returns the keys of all the objects in
``bucket`` whose keys start with ``prefix``, as a list of strings in the order S3 lists them
(sorted by key). Call ``s3.list_objects_v2`` with ``Bucket``, ``Prefix`` and
``MaxKeys=page_size``. Each response holds at most ``page_size`` keys, in its ``Contents``
list; while its ``IsTruncated`` is true, more keys remain, and the response's
``NextContinuationToken`` must be sent as ``ContinuationToken`` with the next request. A
response with no keys has no ``Contents`` entry at all.

``delete_prefix(s3, bucket, prefix)`` deletes every object whose key starts with ``prefix`` and
returns the number of objects it deleted. Delete with ``s3.delete_objects(Bucket=bucket,
Delete={"Objects": [{"Key": key}, ...]})``, which accepts at most 1,000 keys per request, so
send the keys in batches of at most 1,000. A response lists the keys it could not delete in
an ``Errors`` entry: raise RuntimeError if any response has one.

Check your work:
    pytest exercises/data-scientist/big-data-cloud/test_s3_keys.py
The tests run against moto's ``mock_aws``, an S3 in memory: no account, no network. The book's
page "Cloud platforms: AWS, Google Cloud and Azure for data work" shows listing with S3.
"""


def list_keys(s3, bucket: str, prefix: str = "", page_size: int = 1000) -> list[str]:
    raise NotImplementedError("write list_keys")


def delete_prefix(s3, bucket: str, prefix: str) -> int:
    raise NotImplementedError("write delete_prefix")
