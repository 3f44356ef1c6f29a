"""Exercise: a Hadoop Streaming mapper and reducer for each customer's logins.

The input is the CSV export of Harvest Crate's events (``write_csv(data, folder,
tables=["events"])``), one event per line: ``event_id,customer_id,ts,event_type``, with
ts like ``2024-01-03T14:22:05`` and a header line ``event_id,customer_id,ts,event_type`` at
the top of the file. The job computes, for every customer who logged in, the number of
logins and the date of the last one. Write three functions.

``mapper(lines)`` takes an iterable of input lines (each may end with a newline) and yields,
for each event whose event_type is ``login``, the line ``"<customer_id>\\t<date>"``, where
date is the day of ts (``2024-01-03``). It skips everything else: the header, blank lines,
lines that do not have exactly four comma-separated fields, and other event types.

``reducer(lines)`` takes the mapper's lines after Hadoop's shuffle and sort: all the lines of
one customer are next to each other, but a customer's dates come in no particular order. For
each customer, in the order in which they come, it yields the line
``"<customer_id>\\t<logins>\\t<last_date>"``: the number of that customer's lines and the
latest of their dates. It must stream, as a reducer on a cluster has to: keep only the
current customer's count and latest date, and yield a customer's line as soon as the first
line of the next customer arrives (and the last customer's line at the end of the input). For
empty input it yields nothing.

Both functions yield lines without a trailing newline, and both accept input lines with or
without one.

``main(argv)`` makes the file a streaming script: ``python streaming_logins.py map`` runs
the mapper and ``python streaming_logins.py reduce`` the reducer, each reading sys.stdin and
writing every line it yields, followed by a newline, to sys.stdout.

Check your work:
    pytest exercises/data-scientist/big-data-cloud/test_streaming_logins.py
The tests also run your file as a script, ``map | sort by key | reduce``, on the case
study's data. The book's page "Hadoop: HDFS, YARN and MapReduce" shows a mapper and a
reducer of the same shape.
"""

import sys
from collections.abc import Iterable, Iterator


def mapper(lines: Iterable[str]) -> Iterator[str]:
    raise NotImplementedError("write mapper")


def reducer(lines: Iterable[str]) -> Iterator[str]:
    raise NotImplementedError("write reducer")


def main(argv: list[str]) -> None:
    raise NotImplementedError("write main")


if __name__ == "__main__":
    main(sys.argv[1:])
