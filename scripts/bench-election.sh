#!/usr/bin/env bash
# Election benchmark: N paper ballots (default 10000) for five candidates entered from one CSV file
# into round 1 of a majority-runoff election, then `election count` (the whole count: papers
# read, engine, round rules, result stored) against the sqlite3 shell grouping the same papers.
#   scripts/bench-election.sh [N]      QUORUM_BIN=… to skip the release build
# A benchmark, not a test: it prints figures and ratios (quorum / sqlite3) and never fails on a slow machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10000}
command -v sqlite3 > /dev/null || { echo "needs the sqlite3 shell" >&2; exit 1; }
if [ -z "${QUORUM_BIN:-}" ]; then (cd "$root" && cargo build --release --quiet); QUORUM_BIN="$root/target/release/quorum"; fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export QUORUM_DB="$work/b.db" QUORUM_ACTOR=bench NO_COLOR=1
python3 - "$n" > "$work/papers.csv" <<'PY'
import random, sys
n = int(sys.argv[1])
names = ["Ada", "Ben", "Cas", "Dio", "Eva"]
rnd = random.Random(7)
print("# candidates: " + ", ".join(names))
for _ in range(n):
    x = rnd.random()
    print("" if x < 0.02 else rnd.choices(names, weights=[30, 25, 20, 15, 10])[0])
PY
"$QUORUM_BIN" init --name Bench -q
"$QUORUM_BIN" meeting new --title Bench --date 2026-12-31T19:30 -q > /dev/null
"$QUORUM_BIN" meeting open 1 --at 2026-12-31T19:30 -q
"$QUORUM_BIN" election new --meeting 1 --title Bench --seed 1 -q > /dev/null
for c in Ada Ben Cas Dio Eva; do "$QUORUM_BIN" election candidate 1 add --name "$c" -q > /dev/null; done
t() { local s e; s=$(date +%s%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000 )); }
# Nobody is checked in: --force enters the papers past the meeting's attendance (recorded).
q1=$(t "$QUORUM_BIN" election ballot 1 --file "$work/papers.csv" --force -q)
s2=$(t sqlite3 "$QUORUM_DB" "SELECT choice, status, COUNT(*) FROM election_ballot WHERE election_id = 1 AND round = 1 GROUP BY choice, status;")
q2=$(t "$QUORUM_BIN" election count 1 -q --format json)
q3=$(t "$QUORUM_BIN" election count 1 --recount -q --format json)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "papers: $n"
echo "enter from file:  quorum ${q1} us"
echo "count round 1:    quorum ${q2} us, sqlite3 group-by ${s2} us, ratio $(ratio "$q2" "$s2")"
echo "recount:          quorum ${q3} us"
