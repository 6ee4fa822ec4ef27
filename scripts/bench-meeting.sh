#!/usr/bin/env bash
# Meeting benchmark on a registry of N members (default 100000): one `meeting checkin` against the
# sqlite3 shell making one insert in the same file; 5,000 numbers from stdin in one call; and
# `meeting quorum` on the opened meeting against the shell running the same aggregate query.
#   scripts/bench-meeting.sh [N]      QUORUM_BIN=… to skip the release build
# A benchmark, not a test: it prints figures and ratios (quorum / sqlite3) and never fails on a slow machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-100000}
command -v sqlite3 > /dev/null || { echo "needs the sqlite3 shell" >&2; exit 1; }
if [ -z "${QUORUM_BIN:-}" ]; then (cd "$root" && cargo build --release --quiet); QUORUM_BIN="$root/target/release/quorum"; fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export QUORUM_DB="$work/b.db" QUORUM_ACTOR=bench NO_COLOR=1
python3 - "$n" > "$work/m.csv" <<'PY'
import sys
n = int(sys.argv[1])
print("member_no,family_name,joined_on,category")
for i in range(1, n + 1):
    print(f"{i},Lid{i},2020-01-01,regular")
PY
"$QUORUM_BIN" init --name Bench -q > /dev/null
"$QUORUM_BIN" member import "$work/m.csv" -q > /dev/null
"$QUORUM_BIN" meeting new --title Bench --date 2026-12-31T19:30 -q > /dev/null
# Not convened (no letters to write here): opened at its own risk, which the check-in does not see.
"$QUORUM_BIN" meeting open 1 --at 2026-12-31T19:30 --force -q > /dev/null
t() { local s e; s=$(date +%s%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000 )); }
# One check-in and one insert are a few milliseconds each, so the machine's noise is as large as
# the difference: best of 5 on each side, each with another member (numbers 1..5 and ids 6000..6004).
best() { sort -n | head -1; }
q1=$(for i in 1 2 3 4 5; do t "$QUORUM_BIN" meeting checkin 1 "$i"; done | best)
s1=$(for i in 0 1 2 3 4; do t sqlite3 "$QUORUM_DB" "INSERT INTO attendance (meeting_id, member_id, status, checked_in_at) VALUES (1, $((6000 + i)), 'present', '2026-12-31T19:30:00Z')"; done | best)
seq 10 5009 > "$work/nums.txt"
q2=$(t sh -c "\"$QUORUM_BIN\" meeting checkin 1 - < \"$work/nums.txt\"")
q3=$(t "$QUORUM_BIN" meeting quorum 1 --format json)
s3=$(t sqlite3 "$QUORUM_DB" "SELECT COUNT(*), SUM(v.votes) FROM meeting_voter v WHERE v.meeting_id = 1 AND v.votes > 0; SELECT COUNT(*), SUM(v.votes) FROM attendance a JOIN meeting_voter v ON v.meeting_id = a.meeting_id AND v.member_id = a.member_id WHERE a.meeting_id = 1 AND a.status = 'present' AND a.checked_out_at IS NULL; SELECT COUNT(*) FROM proxy WHERE meeting_id = 1 AND ended_at IS NULL;")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "members: $n"
echo "one checkin:      quorum ${q1} us, sqlite3 insert ${s1} us, ratio $(ratio "$q1" "$s1") (target <= 2), best of 5"
echo "5000 from stdin:  quorum ${q2} us"
echo "meeting quorum:   quorum ${q3} us, sqlite3 aggregate ${s3} us, ratio $(ratio "$q3" "$s3")"
