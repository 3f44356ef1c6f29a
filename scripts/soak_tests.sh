#!/usr/bin/env bash
# Run the test suite N times in a row while one CPU core is kept busy, to find
# tests whose outcome depends on timing (they pass on an idle machine and fail
# on a loaded one).
#
#   scripts/soak_tests.sh N [PYTEST_ARGS...]
#
# Runs `.venv/bin/python -m pytest PYTEST_ARGS` from the repository root N
# times (no PYTEST_ARGS: the whole suite, which needs a built book in _build).
# A busy-loop process started here keeps one core loaded for the whole soak; it
# is killed on every way out (normal end, a failure, Ctrl-C). Prints each run's
# result and pytest's summary line, keeps the log of every failed run, and ends
# with "N runs, F failures". Exit status: 0 when every run passed, 1 when any
# failed, 2 on a usage error.
#
# Example, the tests that need no built book:
#   scripts/soak_tests.sh 5 -p no:cacheprovider tests/test_check_links.py \
#       tests/test_exercise_harness.py tests/test_pins.py tests/test_structure.py

set -u -o pipefail

usage() {
    echo "usage: scripts/soak_tests.sh N [PYTEST_ARGS...]  (N: how many runs, >= 1)" >&2
    exit 2
}

case ${1:-} in
    -h | --help)
        sed -n '2,/^$/s/^# \{0,1\}//p' "$0"
        exit 0
        ;;
esac
[ $# -ge 1 ] || usage
runs=$1
shift
[[ $runs =~ ^[1-9][0-9]*$ ]] || usage

cd "$(dirname "$0")/.." || exit 2
python=.venv/bin/python
[ -x "$python" ] || { echo "soak_tests: $python not found (make test creates it)" >&2; exit 2; }

# The same offline settings as `make test`.
export PYTHONHASHSEED=0 PYDEVD_DISABLE_FILE_VALIDATION=1 KERAS_BACKEND=torch
export ORT_DISABLE_TELEMETRY=1 MLFLOW_DISABLE_TELEMETRY=true WANDB_MODE=offline
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_DATASETS_OFFLINE=1 DO_NOT_TRACK=1

logs=$(mktemp -d "${TMPDIR:-/tmp}/soak-tests.XXXXXX")
burner=
stop_burner() {
    if [ -n "$burner" ]; then
        kill "$burner" 2>/dev/null
        wait "$burner" 2>/dev/null
        burner=
    fi
}
trap stop_burner EXIT
trap 'stop_burner; exit 130' INT
trap 'stop_burner; exit 143' TERM HUP

# One core's worth of load: a shell loop that never sleeps.
sh -c 'while :; do :; done' &
burner=$!
echo "soak: $runs run(s) of pytest ${*:-(whole suite)}; CPU burner pid $burner"

failures=0
for ((i = 1; i <= runs; i++)); do
    log="$logs/run-$i.log"
    started=$SECONDS
    "$python" -m pytest "$@" >"$log" 2>&1
    status=$?
    summary=$(grep -E '^=+ .*(passed|failed|error|no tests ran).* =+$' "$log" | tail -n 1)
    summary=${summary:-$(tail -n 1 "$log")}
    if [ "$status" -eq 0 ]; then
        echo "run $i/$runs: passed ($((SECONDS - started)) s) $summary"
        rm -f "$log"
    else
        failures=$((failures + 1))
        echo "run $i/$runs: FAILED, exit $status ($((SECONDS - started)) s) $summary"
        grep -E '^(FAILED|ERROR) ' "$log" | sed 's/^/    /'
        echo "    log: $log"
    fi
done

stop_burner
[ "$failures" -eq 0 ] && rmdir "$logs" 2>/dev/null
echo "$runs runs, $failures failures"
[ "$failures" -eq 0 ]
