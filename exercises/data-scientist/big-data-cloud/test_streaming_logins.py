"""Tests for the streaming mapper and reducer exercise (streaming_logins.py)."""

import random
import subprocess
import sys
from pathlib import Path

import pytest

from ai_roadmaps.case_study import generate, write_csv

HEADER = "event_id,customer_id,ts,event_type\n"


@pytest.fixture
def job(exercise):
    return exercise("streaming_logins")


def test_mapper_emits_one_line_per_login(job):
    lines = [
        HEADER,
        "1,17,2024-03-04T08:15:00,login\n",
        "2,17,2024-03-04T08:16:10,browse\n",
        "\n",
        "3,9,2024-12-31T23:59:59,login\n",
        "4,17,2024-03-09T19:00:00,skip\n",
        "not,a,valid line\n",
        "5,250,2025-01-01T00:00:01,login",  # the last line of a file may lack its newline
    ]
    got = list(job.mapper(lines))
    assert got == ["17\t2024-03-04", "9\t2024-12-31", "250\t2025-01-01"], (
        "one line 'customer_id<TAB>date' per login event, the date being the day of ts, "
        "and nothing for the header, blank or broken lines or other events"
    )


def test_reducer_counts_each_run_of_lines(job):
    lines = [
        "17\t2024-03-04\n",
        "17\t2024-03-09\n",
        "17\t2024-03-05\n",
        "250\t2025-01-01\n",
        "9\t2024-12-31\n",
        "9\t2024-12-30\n",
    ]
    got = list(job.reducer(lines))
    assert got == ["17\t3\t2024-03-09", "250\t1\t2025-01-01", "9\t2\t2024-12-31"], (
        "one line 'customer_id<TAB>logins<TAB>last_date' per run of lines with the same "
        "customer, in input order, the last customer included"
    )


def test_the_latest_date_is_the_maximum_not_the_last_line(job):
    lines = ["42\t2025-06-01\n", "42\t2025-06-20\n", "42\t2025-02-11\n"]
    got = list(job.reducer(lines))
    assert got == ["42\t3\t2025-06-20"], (
        "the shuffle sorts by key only: a customer's dates arrive in any order, so the last "
        "login is the latest date, not the date on the customer's last line"
    )


def test_a_single_customer_and_no_input(job):
    assert list(job.reducer(["5\t2024-01-01\n"])) == ["5\t1\t2024-01-01"], (
        "a single line is one customer with one login: yield it when the input ends"
    )
    assert list(job.reducer([])) == [], "no input, no output"


def test_the_reducer_streams(job):
    consumed = 0

    def sorted_input():
        """Three lines of two customers, then 200,000 more customers, read lazily."""
        nonlocal consumed
        head = ["10\t2024-05-01\n", "10\t2024-05-03\n", "11\t2024-05-02\n"]
        rest = (f"{customer}\t2024-06-01\n" for customer in range(12, 200_012))
        for line in [*head, *rest]:
            consumed += 1
            yield line

    output = iter(job.reducer(sorted_input()))
    first = next(output)
    assert first == "10\t2\t2024-05-03", "the first customer has two logins, the last on May 3"
    assert consumed <= 3, (
        f"the reducer read {consumed:,} lines before yielding the first customer: yield each "
        "customer as soon as the next one's first line arrives, instead of collecting all the "
        "input first (a reducer on a cluster may receive more than fits in memory)"
    )


def run_script(path, step, text):
    done = subprocess.run(
        [sys.executable, str(path), step],
        input=text,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        error = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
        pytest.fail(f"`python {path.name} {step}` failed: {error}", pytrace=False)
    return done.stdout.splitlines(keepends=True)


def test_map_sort_reduce_as_scripts_matches_pandas(job, tmp_path):
    data = generate(seed=31, n_customers=300)
    csv = (write_csv(data, tmp_path, tables=["events"]) / "events.csv").read_text()
    path = Path(job.__file__)
    mapped = run_script(path, "map", csv)
    random.Random(0).shuffle(mapped)  # a shuffle orders keys, not the values of a key
    shuffled = sorted(mapped, key=lambda line: line.split("\t", 1)[0])
    reduced = run_script(path, "reduce", "".join(shuffled))

    logins = data.events[data.events["event_type"] == "login"]
    expected = {
        str(customer): (len(group), group["ts"].max().strftime("%Y-%m-%d"))
        for customer, group in logins.groupby("customer_id")
    }
    got = {}
    for line in reduced:
        customer, count, last = line.rstrip("\n").split("\t")
        got[customer] = (int(count), last)
    assert len(reduced) == len(got), "each customer appears on one output line"
    assert set(got) == set(expected), (
        f"{len(got)} customers in the output, {len(expected)} logged in: one line per "
        "customer who logged in"
    )
    wrong = [c for c in expected if got[c] != expected[c]]
    assert not wrong, (
        f"{len(wrong)} customers have wrong counts or dates, for example customer {wrong[0]}: "
        f"got {got[wrong[0]]}, expected {expected[wrong[0]]}"
    )
