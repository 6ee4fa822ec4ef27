#!/usr/bin/env bash
# Concurrent writers: WRITERS processes each add ADDS members at once to one database; prints how
# many were recorded, how many commands failed and whether the journal verifies.
# Usage: scripts/concurrency.sh [WRITERS] [ADDS]   (defaults 4 50; QUORUM=path to the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
writers=${1:-4}
adds=${2:-50}
q=${QUORUM:-${CARGO_TARGET_DIR:-target}/debug/quorum}
[ -x "$q" ] || cargo build --quiet
q=$(realpath "$q")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export QUORUM_DB=$dir/c.db QUORUM_ACTOR=concurrency QUORUM_NO_INPUT=true
"$q" init --name "Concurrency trial" >/dev/null 2>&1
start=$(date +%s.%N)
for w in $(seq "$writers"); do
  (
    for i in $(seq "$adds"); do
      "$q" member add --given-name "W$w" --family-name "Lid $i" --joined 01-01-2026 \
        >/dev/null 2>>"$dir/err.$w" || echo fail >>"$dir/fail.$w"
    done
  ) &
done
wait
end=$(date +%s.%N)
recorded=$("$q" member list --status all --format csv | tail -n +2 | wc -l)
failed=$( (cat "$dir"/fail.* 2>/dev/null || true) | wc -l)
locked=$( (cat "$dir"/err.* 2>/dev/null || true) | grep -ci "locked\|busy" || true)
verify=$("$q" journal verify >/dev/null 2>&1 && echo intact || echo BROKEN)
printf 'concurrency: %d writers x %d adds: %d of %d recorded, %d failed (%d lock errors), journal %s, %.1f s\n' \
  "$writers" "$adds" "$recorded" $((writers * adds)) "$failed" "$locked" "$verify" "$(awk -v a="$start" -v b="$end" "BEGIN { print b - a }")"
[ "$recorded" -eq $((writers * adds)) ] && [ "$failed" -eq 0 ] && [ "$verify" = intact ]
