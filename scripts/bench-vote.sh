#!/usr/bin/env bash
# Vote benchmark at an assembly of N attendees (default 10000), each with one vote:
#   - `vote codes` issuing N secret ballot codes (target: under 1 s);
#   - one `vote cast --code` against the sqlite3 shell making one insert into the same file
#     (target: at most 2x), best of RUNS casts with different codes;
#   - `vote close` of an N-voter roll call (target: under 200 ms); the roll call's rows are put in
#     with the shell beforehand, as N `vote cast` processes would take minutes.
#   scripts/bench-vote.sh [N]      QUORUM_BIN=… to skip the release build; RUNS=5 (default)
# A benchmark, not a test: it prints figures and ratios (quorum / sqlite3) and never fails on a
# slow machine. Needs the sqlite3 shell and python3.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10000}
runs=${RUNS:-5}
command -v sqlite3 > /dev/null || { echo "needs the sqlite3 shell (apt-get install -y sqlite3)" >&2; exit 1; }
if [ -z "${QUORUM_BIN:-}" ]; then
    (cd "$root" && cargo build --release --quiet)
    QUORUM_BIN="${CARGO_TARGET_DIR:-$root/target}/release/quorum"
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export QUORUM_DB="$work/b.db" QUORUM_ACTOR=bench NO_COLOR=1
python3 - "$n" > "$work/m.csv" <<'PY'
import sys
n = int(sys.argv[1])
print("member_no,family_name,joined_on,category")
for i in range(1, n + 1):
    print(f"{i},Lid{i},2020-01-01,regular")
PY
q() { "$QUORUM_BIN" "$@"; }
q init --name Bench -q
q member import "$work/m.csv" -q > /dev/null
q meeting new --title Bench --date 2026-12-31T19:30 -q > /dev/null
for i in 1 2; do
    q proposal new --title "P$i" --kind ordinary --by-board --meeting 1 --text T -q > /dev/null
done
q meeting open 1 --at 2026-12-31T19:30 -q
seq 1 "$n" > "$work/nums.txt"
q meeting checkin 1 - -q < "$work/nums.txt" > /dev/null
q vote open 1 --method ballot -q > /dev/null

# us CMD...: wall-clock microseconds of CMD.
us() { local s e; s=$(date +%s%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000 )); }
min() { printf '%s\n' "$@" | sort -n | head -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

codes=$(us "$QUORUM_BIN" vote codes 1 --output "$work/codes.csv")
issued=$(($(wc -l < "$work/codes.csv") - 1))

casts=(); inserts=()
for i in $(seq 1 "$runs"); do
    code=$(sed -n "$((i + 1))p" "$work/codes.csv" | cut -d, -f2)
    casts+=("$(us "$QUORUM_BIN" vote cast 1 --code "$code" for)")
    inserts+=("$(us sqlite3 "$QUORUM_DB" "INSERT INTO ballot (vote_id, id, choice) VALUES (1, $((RANDOM * 32768 + RANDOM + i)), 'for')")")
done
cast=$(min "${casts[@]}"); insert=$(min "${inserts[@]}")

q vote open 2 --method roll-call -q > /dev/null
sqlite3 "$QUORUM_DB" "INSERT INTO vote_cast (vote_id, member_id, cast_by, choice, weight, votes_for, against, abstain, blank, cast_at)
    SELECT 2, v.member_id, v.member_id, CASE WHEN v.member_id % 3 = 0 THEN 'against' ELSE 'for' END, v.votes,
           CASE WHEN v.member_id % 3 = 0 THEN 0 ELSE v.votes END, CASE WHEN v.member_id % 3 = 0 THEN v.votes ELSE 0 END, 0, 0,
           '2026-12-31T20:00:00Z'
    FROM meeting_voter v WHERE v.meeting_id = 1 AND v.votes > 0"
voters=$(sqlite3 "$QUORUM_DB" "SELECT COUNT(*) FROM vote_cast WHERE vote_id = 2")
close=$(us "$QUORUM_BIN" vote close 2)

echo "attendees: $n"
echo "vote codes:        ${codes} us for $issued codes (target < 1000000 us)"
echo "vote cast --code:  quorum ${cast} us, sqlite3 insert ${insert} us, ratio $(ratio "$cast" "$insert") (target <= 2), best of $runs"
echo "vote close:        ${close} us for a roll call of $voters voters (target < 200000 us)"
