# Wrong: the reducer keeps every customer in a dict and yields nothing until the input ends.
"""Wrong solution: a Hadoop Streaming mapper and reducer for each customer's logins."""

import sys
from collections.abc import Iterable, Iterator


def mapper(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        fields = line.rstrip("\n").split(",")
        if len(fields) != 4 or fields[3] != "login":
            continue  # the header, blank or broken lines, other event types
        yield f"{fields[1]}\t{fields[2][:10]}"


def reducer(lines: Iterable[str]) -> Iterator[str]:
    counts, latest = {}, {}
    for line in lines:
        customer, day = line.rstrip("\n").split("\t")
        counts[customer] = counts.get(customer, 0) + 1
        latest[customer] = max(latest.get(customer, ""), day)
    for customer, logins in counts.items():
        yield f"{customer}\t{logins}\t{latest[customer]}"


def main(argv: list[str]) -> None:
    steps = {"map": mapper, "reduce": reducer}
    if len(argv) != 1 or argv[0] not in steps:
        sys.exit("usage: python streaming_logins.py map|reduce")
    for line in steps[argv[0]](sys.stdin):
        sys.stdout.write(line + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
