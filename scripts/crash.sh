#!/usr/bin/env bash
# kill -9 at random moments: ROUNDS imports of a SIZE-member file and ROUNDS exports to a file.
# After each killed import the registry must be as before or complete, `journal verify` and
# `db check` must pass, and no side file may stay once the database is opened again. After each
# killed export the target must be absent or complete, and the next export leaves no temporary
# file. Prints what held.
# Usage: scripts/crash.sh [ROUNDS] [SIZE]   (defaults 10 2000; QUORUM=path to the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-10}
size=${2:-2000}
q=${QUORUM:-${CARGO_TARGET_DIR:-target}/debug/quorum}
[ -x "$q" ] || cargo build --quiet
q=$(realpath "$q")
gen=$(realpath ../shared/tools/gen_members.py 2>/dev/null || echo /work/shared/tools/gen_members.py)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
export QUORUM_DB=$dir/c.db QUORUM_ACTOR=crash QUORUM_NO_INPUT=true
python3 "$gen" "$size" --seed 7 >members.csv
"$q" init --name "Crash trial" >/dev/null 2>&1
cp c.db base.db
count() { "$q" member list --status all --format csv | tail -n +2 | wc -l; }
# How long an import takes here, so the kills fall inside it.
s=$(date +%s%N); "$q" member import members.csv >/dev/null 2>&1; e=$(date +%s%N)
ms=$(( (e - s) / 1000000 )); [ "$ms" -gt 0 ] || ms=1
full=$(count)
"$q" member export --status all >reference.csv
rand_sleep() { sleep "$(awk -v m="$1" -v r="$RANDOM" 'BEGIN { printf "%.3f", (r % m) / 1000 }')"; }

before=0 complete=0 bad=0
for _ in $(seq "$rounds"); do
  rm -f c.db c.db-wal c.db-shm c.db-journal; cp base.db c.db
  "$q" member import members.csv >/dev/null 2>&1 & pid=$!
  rand_sleep "$ms"; kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  n=$(count)
  if "$q" journal verify >/dev/null 2>&1 && "$q" db check >/dev/null 2>&1; then
    if [ "$n" -eq 0 ]; then before=$((before + 1));
    elif [ "$n" -eq "$full" ]; then complete=$((complete + 1));
    else bad=$((bad + 1)); echo "import: $n members, neither 0 nor $full" >&2; fi
  else bad=$((bad + 1)); echo "import: journal verify or db check failed" >&2; fi
  if ls -a | grep -q '^c\.db-journal$'; then bad=$((bad + 1)); echo "import: -journal left" >&2; fi
done
echo "crash: $rounds imports of $size members killed at random: $before as before, $complete complete, $bad broken"

rm -f c.db c.db-wal c.db-shm; cp base.db c.db; "$q" member import members.csv >/dev/null 2>&1
s=$(date +%s%N); "$q" member export --status all >reference.csv; e=$(date +%s%N)
ms=$(( (e - s) / 1000000 + 5 ))
whole=0 killed_tmp=0 absent=0 half=0 left=0
for _ in $(seq "$rounds"); do
  rm -f out.csv
  "$q" member export --status all --output out.csv >/dev/null 2>&1 & pid=$!
  rand_sleep "$ms"; kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  if [ ! -e out.csv ]; then absent=$((absent + 1));
  elif cmp -s out.csv reference.csv; then whole=$((whole + 1));
  else half=$((half + 1)); fi
  if ls -a | grep -q '^\.out\.csv\..*\.tmp$'; then killed_tmp=$((killed_tmp + 1)); fi
  "$q" member export --status all --output other.csv >/dev/null 2>&1
  "$q" member export --status all --output out.csv >/dev/null 2>&1
  if ls -a | grep -q '^\.out\.csv\..*\.tmp$'; then left=$((left + 1)); fi
done
echo "crash: $rounds exports killed at random: $whole complete, $absent not yet there, $half half-written; $killed_tmp left a temporary file, $left still there after the next run"
[ "$bad" -eq 0 ] && [ "$half" -eq 0 ] && [ "$left" -eq 0 ]
