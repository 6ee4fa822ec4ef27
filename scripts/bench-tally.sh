#!/usr/bin/env bash
# Times `quorum tally` on the real ballot files, end to end (read, parse, count, render JSON).
#
# The target is Dublin West (29,988 ballots, 9 candidates, 3 seats) counted by stv-scottish in
# under 50 ms. Reading merges identical ballot lines as they come (so memory grows with the
# distinct ballots, not the lines); the stages of the count work on the distinct ballots only
# (10,335 of them for Dublin West).
#
# Usage: scripts/bench-tally.sh [runs]        (default 20 runs per file; the median is reported)
# Env:   WARDS       ward files in the batch test (default 1100: the fixture wards many times over)
# Env:   TALLY_DATA  folder with the shared ballot files (default ../shared/tally-data)
#        LIMIT_MS    fail when the Dublin West median is above this (default 50)
#        QUORUM_BIN  time this binary instead of building one (to compare with an older build)
#        MEMORY_ONLY set to 1 for the memory figures alone
set -euo pipefail

cd "$(dirname "$0")/.."
runs=${1:-20}
data=${TALLY_DATA:-../shared/tally-data}
fixtures=tests/fixtures/tally
limit_ms=${LIMIT_MS:-50}

if [ -n "${QUORUM_BIN:-}" ]; then
    bin=$QUORUM_BIN
else
    cargo build --release --quiet
    bin=${CARGO_TARGET_DIR:-target}/release/quorum
fi

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

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
memory_only=${MEMORY_ONLY:-0}

if [ "$memory_only" != 1 ]; then
echo "quorum tally, median of $runs runs:"
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

fi

# Memory against the number of lines: N identical ballot lines and N distinct ones (12
# candidates), at two sizes, counted by stv-scottish. Identical lines are merged as they are
# read and the file is read a line at a time, so their peak stays near the baseline (a 3-line
# file); distinct ballots grow with N. Peak RSS from GNU time -v, best of 3.
if [ -x /usr/bin/time ]; then
    peak_mib() {
        local best=
        for _ in 1 2 3; do
            kb=$(/usr/bin/time -v "$bin" -q "$@" 2>&1 >/dev/null |
                awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
            if [ -z "$best" ] || [ "$kb" -lt "$best" ]; then best=$kb; fi
        done
        awk -v kb="$best" 'BEGIN { printf "%.1f", kb / 1024 }'
    }
    printf '3 1\n1 1 0\n1 2 0\n1 3 0\n0\n"A"\n"B"\n"C"\n' >"$tmp/tiny.blt"
    base=$(peak_mib tally "$tmp/tiny.blt" --method stv-scottish --seed 1 --format json)
    echo
    echo "peak memory, stv-scottish, 12 candidates (baseline: a 3-line file, $base MiB):"
    for n in 200000 800000; do
        python3 - "$n" "$tmp" <<'PY2'
import random, sys
n, tmp = int(sys.argv[1]), sys.argv[2]
names = "0\n" + "".join(f'"Candidate {c}"\n' for c in range(1, 13)) + '"synthetic"\n'
with open(f"{tmp}/same{n}.blt", "w") as f:
    f.write("12 3\n" + ("1 " + " ".join(map(str, range(1, 13))) + " 0\n") * n + names)
rnd, seen = random.Random(n), set()
with open(f"{tmp}/distinct{n}.blt", "w") as f:
    f.write("12 3\n")
    while len(seen) < n:
        ranking = tuple(rnd.sample(range(1, 13), rnd.randint(1, 12)))
        if ranking not in seen:
            seen.add(ranking)
            f.write("1 " + " ".join(map(str, ranking)) + " 0\n")
    f.write(names)
PY2
        for kind in same distinct; do
            f="$tmp/$kind$n.blt"
            mib=$(peak_mib tally "$f" --method stv-scottish --seed 1 --format json)
            size=$(awk -v b="$(wc -c <"$f")" 'BEGIN { printf "%.1f", b / 1048576 }')
            label="$n $( [ "$kind" = same ] && echo identical || echo distinct) lines ($size MiB file)"
            runs=3 report "$label" tally "$f" --method stv-scottish --seed 1 --format json
            awk -v m="$mib" -v b="$base" 'BEGIN {
                printf "%-52s %8.1f MiB peak (%.1f beyond the baseline)\n", "", m, m - b }'
        done
    done
    # Every format is read as a stream: STREAM_LINES identical ballot lines (default 800000) in
    # each, counted by stv-scottish for 2 seats of 3 candidates; the peak should not grow with N.
    lines=${STREAM_LINES:-800000}
    echo
    echo "each format, $lines identical lines, stv-scottish, 2 seats:"
    python3 - "$lines" "$tmp" <<'PY3'
import sys
n, tmp = int(sys.argv[1]), sys.argv[2]
files = {
    "blt": ("3 2\n", "1 1 2 3 0\n", '0\n"Ann"\n"Bob"\n"Cy"\n"Ward"\n'),
    "abif": ("=A:[Ann]\n=B:[Bob]\n=C:[Cy]\n", "1:A>B>C\n", ""),
    "debian": ("  Option 1--->: Ann\n  Option 2--->: Bob\n  Option 3--->: Cy\n", "V: 123 0123abcd\n", ""),
    "csv": ("", "Ann,Bob,Cy\n", ""),
    "blt-csv": ("3,2\n", "1,1,2,3,0\n", "0\nAnn\nBob\nCy\nWard\n"),
    "dublin": ("", '"Ann" "Bob" "Cy"\n', ""),
}
for name, (head, line, tail) in files.items():
    with open(f"{tmp}/stream.{name}", "w") as f:
        f.write(head + line * n + tail)
PY3
    for format in blt abif debian csv blt-csv dublin; do
        f="$tmp/stream.$format"
        args=(tally "$f" --input-format "$format" --method stv-scottish --seats 2 --seed 1 --format json)
        mib=$(peak_mib "${args[@]}")
        size=$(awk -v b="$(wc -c <"$f")" 'BEGIN { printf "%.1f", b / 1048576 }')
        runs=3 report "$format ($size MiB file)" "${args[@]}"
        awk -v m="$mib" 'BEGIN { printf "%-52s %8.1f MiB peak\n", "", m }'
        rm -f "$f"
    done
else
    echo "skipped the memory figures: GNU time (/usr/bin/time) is absent" >&2
fi

if [ "$memory_only" != 1 ]; then
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
fi

exit "$status"
