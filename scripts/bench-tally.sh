#!/usr/bin/env bash
# Times `quorum tally` on the real ballot files, end to end (read, parse, count, render JSON).
#
# The target is Dublin West (29,988 ballots, 9 candidates, 3 seats) counted by stv-scottish in
# under 50 ms. Reading and grouping identical ballots is one pass over the lines; the stages of
# the count then work on the distinct ballots only (10,335 of them for Dublin West).
#
# Usage: scripts/bench-tally.sh [runs]        (default 20 runs per file; the median is reported)
# Env:   WARDS       ward files in the batch test (default 1100: the fixture wards many times over)
# Env:   TALLY_DATA  folder with the shared ballot files (default ../shared/tally-data)
#        LIMIT_MS    fail when the Dublin West median is above this (default 50)
set -euo pipefail

cd "$(dirname "$0")/.."
runs=${1:-20}
data=${TALLY_DATA:-../shared/tally-data}
fixtures=tests/fixtures/tally
limit_ms=${LIMIT_MS:-50}

cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/quorum

# Median wall time of `runs` runs, in microseconds. The output goes to /dev/null: rendering is
# part of the measurement, the terminal is not.
median_us() {
    local times=() start end
    "$bin" -q "$@" >/dev/null || { echo "failed: quorum $*" >&2; return 1; }
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        "$bin" -q "$@" >/dev/null
        end=$(date +%s%N)
        times+=($(((end - start) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# Prints one line for people and leaves the median, in microseconds, in $last_us.
last_us=0
report() {
    local label=$1
    shift
    last_us=$(median_us "$@")
    awk -v l="$label" -v us="$last_us" 'BEGIN { printf "%-52s %8.1f ms\n", l, us / 1000 }'
}

echo "quorum tally, median of $runs runs:"
status=0
for ward in linn anderston-city govan; do
    report "glasgow-2007-$ward (stv-scottish, 4 seats)" \
        tally "$fixtures/glasgow-2007-$ward.blt" --method stv-scottish --seats 4 --format json
done
for n in 12 14; do
    report "stackoverflow-election$n (stv-meek)" \
        tally "$fixtures/stackoverflow-election$n.blt" --method stv-meek --format json
done

dublin="$data/dublin-west-2002.txt"
if [ -f "$dublin" ]; then
    report "dublin-west-2002 (stv-scottish, 3 seats)" \
        tally "$dublin" --method stv-scottish --seats 3 --format json
    if [ "$last_us" -gt $((limit_ms * 1000)) ]; then
        echo "Dublin West took more than the ${limit_ms} ms target" >&2
        status=1
    fi
    report "dublin-west-2002 (stv-meek, 3 seats)" \
        tally "$dublin" --method stv-meek --seats 3 --format json
else
    echo "skipped Dublin West: $dublin is absent" >&2
fi
# Linear in the number of distinct ballots: synthetic BLT files with K distinct rankings of 12
# candidates (each ballot line once), counted by stv-scottish for 3 seats. Time per distinct
# ballot should stay about flat as K doubles.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo
echo "stv-scottish on K distinct ballots (12 candidates, 3 seats):"
for k in 10000 20000 40000 80000; do
    python3 - "$k" >"$tmp/k$k.blt" <<'PY'
import random, sys
k = int(sys.argv[1]); rnd = random.Random(k); seen = set(); n = 12
print(n, 3)
while len(seen) < k:
    ranking = tuple(rnd.sample(range(1, n + 1), rnd.randint(1, n)))
    if ranking not in seen:
        seen.add(ranking)
        print(1, *ranking, 0)
print(0)
for c in range(1, n + 1):
    print(f'"Candidate {c}"')
print('"synthetic"')
PY
    report "K = $k" tally "$tmp/k$k.blt" --method stv-scottish --format json
    awk -v us="$last_us" -v k="$k" 'BEGIN { printf "%-52s %8.2f us per distinct ballot\n", "", us / k }'
    if [ -x /usr/bin/time ]; then
        peak_kb=$(/usr/bin/time -f %M "$bin" -q tally "$tmp/k$k.blt" --method stv-scottish --seed 1 \
            --format json 2>&1 >/dev/null | tail -1)
        awk -v kb="$peak_kb" 'BEGIN { printf "%-52s %8.1f MiB peak memory\n", "", kb / 1024 }'
    fi
done

# Many files in one call: the BLT ward fixtures repeated to WARDS files, counted by stv-scottish
# in one process, beside one process per file. The target is about 1 ms a ward once started.
wards=${WARDS:-1100}
mkdir -p "$tmp/wards"
sources=("$fixtures"/glasgow-2007-*.blt "$fixtures"/*_20[0-9][0-9]_*.blt)
for i in $(seq "$wards"); do
    src=${sources[$(((i - 1) % ${#sources[@]}))]}
    cp "$src" "$tmp/wards/w$i.blt"
done
echo
echo "stv-scottish on $wards ward files (${#sources[@]} distinct wards repeated):"
start=$(date +%s%N)
"$bin" -q tally "$tmp"/wards/*.blt --method stv-scottish --seed 1 --format json >/dev/null
end=$(date +%s%N)
batch_us=$(((end - start) / 1000))
start=$(date +%s%N)
for f in "$tmp"/wards/*.blt; do
    "$bin" -q tally "$f" --method stv-scottish --seed 1 --format json >/dev/null
done
end=$(date +%s%N)
single_us=$(((end - start) / 1000))
awk -v b="$batch_us" -v s="$single_us" -v n="$wards" 'BEGIN {
    printf "%-52s %8.1f ms (%.2f ms a ward)\n", "one call, all files", b / 1000, b / 1000 / n
    printf "%-52s %8.1f ms (%.2f ms a ward)\n", "one process per file", s / 1000, s / 1000 / n
    printf "%-52s %8.1f x\n", "one process per file / one call", s / b
}'

exit "$status"
