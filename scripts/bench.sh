#!/usr/bin/env bash
# Member import/export benchmark: quorum against the sqlite3 shell doing the same work on the
# same generated file, at 10k, 100k and 1M members (or the sizes given as arguments).
#
#   scripts/bench.sh                 # 10000 100000 1000000
#   scripts/bench.sh 10000 100000    # quicker
#   RUNS=5 scripts/bench.sh          # best of 5 instead of 3 (shared machines are noisy)
#
# Needs: cargo (builds quorum in release mode, or set QUORUM_BIN), python3, the sqlite3 shell and
# GNU time at /usr/bin/time (Debian/Ubuntu: apt-get install -y sqlite3 time). The generator is
# ../shared/tools/gen_members.py from the repository root (set GEN_MEMBERS to override).
#
# The same work:
#   import  quorum: `member import FILE` into a new registry (all checks, one transaction, the
#           members and their membership periods with their indexes, the journal entry).
#           sqlite3: `.import --csv --skip 1 FILE members` into a table with the file's columns
#           and the same indexes as quorum's: the member number (unique), the register order
#           (family name, given name, number), number with joining date (quorum's period
#           lookup), and joining with leaving date.
#   export  quorum: `member export --status all` (every member, number order, status worked
#           out) to a file; sqlite3: `-csv -header "SELECT * FROM members ORDER BY member_no"`
#           to a file.
#   The sqlite3 shell works in its default rollback-journal mode. quorum's registry is in WAL
#   mode (readers never wait for a writer), which writes every page twice (to the WAL, then into
#   the database at the checkpoint); an import that has the file to itself, as here, switches to
#   a rollback journal for its transaction. Into a new registry quorum makes the name and date
#   indexes at the end (one sort) where the shell inserts into them row by row. For comparison
#   the import is also run with the shell in WAL mode (synchronous=NORMAL, as quorum): columns
#   "wal" and "ratio/wal".
# Times are wall-clock, best of $RUNS; the ratio is quorum/sqlite3 (below 1: quorum is faster).
# Peak memory is quorum's maximum resident set size from /usr/bin/time -v, largest of the runs.
# A benchmark, not a test: it prints figures and never fails on a slow machine.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
gen=${GEN_MEMBERS:-"$root/../shared/tools/gen_members.py"}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)

need() {
    if ! command -v "$1" > /dev/null 2>&1; then
        echo "bench.sh needs $1: $2" >&2
        exit 1
    fi
}
need python3 "install Python 3"
need sqlite3 "apt-get install -y sqlite3"
[ -x /usr/bin/time ] || { echo "bench.sh needs GNU time at /usr/bin/time: apt-get install -y time" >&2; exit 1; }
[ -f "$gen" ] || { echo "bench.sh needs the generator $gen (set GEN_MEMBERS)" >&2; exit 1; }

if [ -z "${QUORUM_BIN:-}" ]; then
    need cargo "install Rust (https://rustup.rs)"
    (cd "$root" && cargo build --release --quiet)
    QUORUM_BIN="$root/target/release/quorum"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The generator draws names from short lists, so a large file holds a few rows with the same
# name and birth date (39 at 100,000), which `member import` refuses as likely duplicates. Such a
# row's birth date moves a day until it is unique, so that both programs load the same file and
# quorum's import runs its duplicate check in full and succeeds. Folded as quorum folds names.
generate() {
    python3 "$gen" "$1" | python3 -c '
import csv, sys, datetime, unicodedata
SPECIAL = {"ß": "s", "ø": "o", "æ": "a", "ł": "l", "đ": "d"}
def fold(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(SPECIAL.get(c, c) for c in s.lower())
rows = csv.reader(sys.stdin)
out = csv.writer(sys.stdout, lineterminator="\n")
header = next(rows)
out.writerow(header)
g, p, f, b = (header.index(k) for k in ("given_name", "name_prefix", "family_name", "birth_date"))
seen = set()
for r in rows:
    name = fold(" ".join(x.strip() for x in (r[g], r[p], r[f]) if x.strip()))
    while r[b] and (name, r[b]) in seen:
        r[b] = (datetime.date.fromisoformat(r[b]) + datetime.timedelta(days=1)).isoformat()
    seen.add((name, r[b]))
    out.writerow(r)
'
}
export QUORUM_ACTOR=bench NO_COLOR=1

# measure CMD...: runs CMD under /usr/bin/time -v; sets $secs (wall clock) and $kib (peak RSS).
measure() {
    local start end
    start=$(date +%s%N)
    /usr/bin/time -v -o "$work/time.txt" "$@"
    end=$(date +%s%N)
    secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    kib=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
}

best() { # best OLD NEW → the smaller
    awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'
}
most() {
    awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b > a) ? b : a }'
}

schema="CREATE TABLE members (member_no INTEGER NOT NULL UNIQUE, given_name TEXT,
  name_prefix TEXT, family_name TEXT, email TEXT, phone TEXT, street TEXT, postcode TEXT,
  city TEXT, birth_date TEXT, joined_on TEXT, left_on TEXT, category TEXT);
CREATE INDEX members_order ON members(family_name, given_name, member_no);
CREATE INDEX members_period ON members(member_no, joined_on);
CREATE INDEX members_dates ON members(joined_on, left_on);"

printf '%-9s | %-50s | %-34s\n' "" "import" "export"
printf '%-9s | %7s %8s %6s %7s %9s %9s | %7s %8s %6s %9s\n' members quorum sqlite3 ratio wal \
    ratio/wal "peak MiB" quorum sqlite3 ratio "peak MiB"
for n in "${sizes[@]}"; do
    csv="$work/members-$n.csv"
    generate "$n" > "$csv"
    qi="" si="" sw="" qe="" se="" qim="" qem=""
    for _ in $(seq "$runs"); do
        export QUORUM_DB="$work/q.db"
        rm -f "$work"/q.db*
        "$QUORUM_BIN" init --name Bench -q
        measure "$QUORUM_BIN" member import "$csv" -q --format csv > /dev/null
        qi=$(best "$qi" "$secs"); qim=$(most "$qim" "$kib")

        rm -f "$work/s.db"
        sqlite3 "$work/s.db" "$schema"
        measure sqlite3 "$work/s.db" ".import --csv --skip 1 $csv members"
        si=$(best "$si" "$secs")

        rm -f "$work"/w.db*
        sqlite3 "$work/w.db" "PRAGMA journal_mode=WAL" "$schema" > /dev/null
        measure sqlite3 "$work/w.db" "PRAGMA synchronous=NORMAL" ".import --csv --skip 1 $csv members"
        sw=$(best "$sw" "$secs")

        measure "$QUORUM_BIN" member export --status all > "$work/q.csv"
        qe=$(best "$qe" "$secs"); qem=$(most "$qem" "$kib")
        measure sqlite3 -csv -header "$work/s.db" "SELECT * FROM members ORDER BY member_no" > "$work/s.csv"
        se=$(best "$se" "$secs")
    done
    rows=$(($(wc -l < "$work/q.csv") - 1))
    [ "$rows" -eq "$n" ] || echo "warning: quorum exported $rows members, expected $n" >&2
    awk -v n="$n" -v qi="$qi" -v si="$si" -v sw="$sw" -v qe="$qe" -v se="$se" -v qim="$qim" \
        -v qem="$qem" 'BEGIN {
        printf "%-9s | %6.2fs %7.2fs %6.2f %6.2fs %9.2f %9.1f | %6.2fs %7.2fs %6.2f %9.1f\n",
            n, qi, si, qi / si, sw, qi / sw, qim / 1024, qe, se, qe / se, qem / 1024 }'
done

# member list: quorum's default listing as CSV (`member list --format csv`: current members, on
# today, in register order) against the sqlite3 shell selecting the same columns in the same
# order, with the same filter and ordering, from the same quorum database file: number, the full
# name (given name, prefix, family name), e-mail, city, category, status (suspended when a
# suspension is in force today), and the joining and leaving dates of today's membership period;
# members with a period running today, by sort name then number. The shell's rows are checked to
# hold the same cells as quorum's. Sizes: those given up to 100,000 (set LIST_SIZES to choose).
list_sql="SELECT m.number,
  substr(ifnull(' ' || m.given_name, '') || ifnull(' ' || m.name_prefix, '')
         || ifnull(' ' || m.family_name, ''), 2) AS name,
  m.email, m.city, c.name AS category,
  CASE WHEN EXISTS (SELECT 1 FROM suspension s WHERE s.member_id = m.id AND s.starts <= d.today
      AND (s.until IS NULL OR d.today <= s.until) AND (s.lifted_on IS NULL OR d.today < s.lifted_on))
    THEN 'suspended' ELSE 'active' END AS status,
  p.joined, p.left_on AS left
FROM (SELECT date('now', 'localtime') AS today) d, member m JOIN category c ON c.id = m.category_id
  JOIN membership_period p ON p.member_id = m.id
   AND p.joined <= d.today AND (p.left_on IS NULL OR d.today <= p.left_on)
ORDER BY m.sort_name, m.number"
if [ -n "${LIST_SIZES:-}" ]; then
    read -r -a list_sizes <<< "$LIST_SIZES"
else
    list_sizes=()
    for n in "${sizes[@]}"; do
        [ "$n" -gt 100000 ] || list_sizes+=("$n")
    done
fi
if [ ${#list_sizes[@]} -gt 0 ]; then
    printf '\n%-9s | %-34s\n' "" "member list --format csv"
    printf '%-9s | %7s %8s %6s %9s\n' members quorum sqlite3 ratio "peak MiB"
fi
for n in "${list_sizes[@]}"; do
    csv="$work/members-$n.csv"
    [ -f "$csv" ] || generate "$n" > "$csv"
    export QUORUM_DB="$work/l.db"
    rm -f "$work"/l.db*
    "$QUORUM_BIN" init --name Bench -q
    "$QUORUM_BIN" member import "$csv" -q > /dev/null
    ql="" sl="" qlm=""
    for _ in $(seq "$runs"); do
        measure "$QUORUM_BIN" member list --format csv > "$work/ql.csv"
        ql=$(best "$ql" "$secs"); qlm=$(most "$qlm" "$kib")
        measure sqlite3 -csv -header "$work/l.db" "$list_sql" > "$work/sl.csv"
        sl=$(best "$sl" "$secs")
    done
    python3 - "$work/ql.csv" "$work/sl.csv" <<'PY' || echo "warning: the sqlite3 rows differ from quorum's at $n" >&2
import csv, sys
a, b = (list(csv.reader(open(p, newline="", encoding="utf-8"))) for p in sys.argv[1:])
sys.exit(a != b)
PY
    awk -v n="$n" -v q="$ql" -v s="$sl" -v m="$qlm" 'BEGIN {
        printf "%-9s | %6.2fs %7.2fs %6.2f %9.1f\n", n, q, s, q / s, m / 1024 }'
done
