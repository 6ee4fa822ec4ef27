#!/usr/bin/env bash
# kill -9 at random moments: ROUNDS imports of a SIZE-member file and ROUNDS exports to a file.
# After each killed import the registry must be as before or complete, `journal verify` and
# `db check` must pass, and no side file may stay once the database is opened again. After each
# killed export the target must be absent or complete, and the next export leaves no temporary
# file. The meeting paths (check-in, vote cast, vote close, election count, minutes approve) are
# killed the same way: each happened whole or not at all. Prints what held.
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
# The meeting paths (issue 26): check-in, vote cast, vote close, election count, minutes
# approve, each killed at random on a copy of the same state. Afterwards `journal verify` and
# `db check` pass, and what the command changes reads exactly as before it or as after it.
export QUORUM_NOW=2026-03-20T20:00:00Z
q_() { "$q" "$@" >/dev/null 2>&1; }
rm -f c.db c.db-wal c.db-shm; q_ init --name "Crash trial"
head -n 201 members.csv >m200.csv; q_ member import m200.csv
q_ meeting new --title ALV --date 2026-03-20T19:30 --location Zaal --kind extraordinary
q_ proposal new --title Begroting --kind budget --by-board --meeting 1 --text "Contributie 60 euro"
q_ election new --meeting 1 --title Bestuur --seed 1
q_ election candidate 1 add --member 1; q_ election candidate 1 add --member 2
q_ meeting convene 1 --sent 2026-03-01 --channel post --quiet
q_ meeting edit 1 --chair 1 --secretary 2
q_ meeting open 1 --at 2026-03-20T19:30
cp c.db s-checkin.db
# Some numbers of the generated file are not on the roll: the door refuses them (exit 1).
seq 1 200 | "$q" meeting checkin 1 - >/dev/null 2>&1 || true
mapfile -t in_room < <("$q" meeting attendance 1 --format csv | awk -F, 'NR > 1 && $1 ~ /^[0-9]+$/ {print $1}' | head -n 8)
q_ vote open 1 --method roll-call
cp c.db s-cast.db
for n in "${in_room[@]:1:6}"; do q_ vote cast 1 "$n" against; done
cp c.db s-close.db
q_ vote close 1
name=$("$q" election candidate 1 list --format csv | awk -F, 'NR==2 {print $2}')
printf '%s\n%s\n%s\n' "$name" "$name" "$name" >papers.csv; q_ election ballot 1 --file papers.csv
cp c.db s-count.db
q_ election count 1
q_ meeting close 1 --at 2026-03-20T22:00
q_ meeting new --title Najaar --date 2026-03-20T23:00 --location Zaal --kind extraordinary
q_ meeting agenda 2 add --template
q_ meeting convene 2 --sent 2026-03-01 --channel post --quiet
q_ meeting open 2 --at 2026-03-20T23:00
cp c.db s-approve.db
meeting_bad=0 meeting_rounds=0 meeting_before=0 meeting_whole=0
# trial NAME STATE PROBE -- COMMAND…: the probe's output after a kill equals it before or after.
trial() {
  local name=$1 state=$2 probe=$3; shift 4
  rm -f c.db c.db-wal c.db-shm; cp "$state" c.db; { eval "$probe" || true; } >before.txt 2>&1
  local s e ms; s=$(date +%s%N)
  "$q" "$@" >/dev/null 2>&1 || true
  e=$(date +%s%N); ms=$(( (e - s) / 1000000 + 1 )); { eval "$probe" || true; } >after.txt 2>&1
  cmp -s before.txt after.txt && { echo "$name: the command changed nothing" >&2; meeting_bad=$((meeting_bad + 1)); }
  for _ in $(seq "$rounds"); do
    rm -f c.db c.db-wal c.db-shm; cp "$state" c.db
    "$q" "$@" >/dev/null 2>&1 & pid=$!
    rand_sleep "$ms"; kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    meeting_rounds=$((meeting_rounds + 1))
    { eval "$probe" || true; } >now.txt 2>&1
    if ! q_ journal verify || ! q_ db check; then
      meeting_bad=$((meeting_bad + 1)); echo "$name: journal verify or db check failed" >&2
    elif cmp -s now.txt before.txt; then meeting_before=$((meeting_before + 1))
    elif cmp -s now.txt after.txt; then meeting_whole=$((meeting_whole + 1))
    else meeting_bad=$((meeting_bad + 1)); echo "$name: neither as before nor whole" >&2
    fi
  done
}
# Numbers given on the command line are one transaction: whole or nothing. (From a scanner on stdin
# each scan is its own transaction, so a kill keeps the scans made; tests/cli/interface.rs holds that.)
mapfile -t door < <(seq 1 200)
trial checkin s-checkin.db '"$q" meeting attendance 1 --format csv' -- meeting checkin 1 "${door[@]}"
trial cast s-cast.db '"$q" vote show 1 --format json' -- vote cast 1 "${in_room[0]}" for
trial close s-close.db '"$q" vote show 1 --format json; "$q" decisions --format csv' -- vote close 1
trial count s-count.db '"$q" election show 1 --format json; "$q" decisions --format csv' -- election count 1
trial approve s-approve.db '"$q" minutes verify 1 --format csv' -- minutes approve 1 --at 2
echo "crash: $meeting_rounds meeting commands (check-in, vote cast, vote close, election count, minutes approve) killed at random: $meeting_before as before, $meeting_whole whole, $meeting_bad broken"
[ "$bad" -eq 0 ] && [ "$half" -eq 0 ] && [ "$left" -eq 0 ] && [ "$meeting_bad" -eq 0 ]
