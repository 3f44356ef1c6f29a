# Wrong: the reducer takes a customer's last line as the latest date; values come unsorted.
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
    current, logins, last = None, 0, ""
    for line in lines:
        customer, day = line.rstrip("\n").split("\t")
        if customer != current:
            if current is not None:
                yield f"{current}\t{logins}\t{last}"
            current, logins, last = customer, 0, day
        logins += 1
        last = day  # the lines arrive in date order
    if current is not None:
        yield f"{current}\t{logins}\t{last}"


def main(argv: list[str]) -> None:
    steps = {"map": mapper, "reduce": reducer}
    if len(argv) != 1 or argv[0] not in steps:
        sys.exit("usage: python streaming_logins.py map|reduce")
    for line in steps[argv[0]](sys.stdin):
        sys.stdout.write(line + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
