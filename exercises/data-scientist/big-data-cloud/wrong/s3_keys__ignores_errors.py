# Wrong: delete_prefix never looks at the Errors of a response, so failed deletions go unnoticed.
"""Wrong solution: list and delete every key under a prefix in Amazon S3, with boto3."""


def list_keys(s3, bucket: str, prefix: str = "", page_size: int = 1000) -> list[str]:
    keys = []
    request = {"Bucket": bucket, "Prefix": prefix, "MaxKeys": page_size}
    while True:
        response = s3.list_objects_v2(**request)
        keys += [item["Key"] for item in response.get("Contents", [])]
        if not response["IsTruncated"]:
            return keys
        request["ContinuationToken"] = response["NextContinuationToken"]


def delete_prefix(s3, bucket: str, prefix: str) -> int:
    keys = list_keys(s3, bucket, prefix)
    for start in range(0, len(keys), 1000):
        batch = [{"Key": key} for key in keys[start : start + 1000]]
        s3.delete_objects(Bucket=bucket, Delete={"Objects": batch})
    return len(keys)
