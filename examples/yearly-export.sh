#!/bin/sh
# The yearly member list: who was a member on 31 December, for the umbrella body, the insurer and
# the annual report. Put it in cron to run early in January, e.g. (crontab -e):
#
#   15 7 2 1 *  /path/to/yearly-export.sh
#
# It writes two files into $EXPORT_DIR (default: ~/ledenlijsten): ledenlijst-YEAR.csv for
# scripts (plain CSV, exactly the data) and ledenlijst-YEAR-excel.csv that Dutch Excel opens with
# a double click. Each file appears only when complete and is readable by you alone (it holds
# personal data). Because the export is deterministic, `diff` against last year's file shows
# exactly who came and went. The database is the usual one, or $QUORUM_DB.
set -eu

year=${1:-$(($(date +%Y) - 1))}
dir=${EXPORT_DIR:-"$HOME/ledenlijsten"}
mkdir -p "$dir"
umask 077

quorum member export --as-of "$year-12-31" --output "$dir/ledenlijst-$year.csv"
quorum member export --as-of "$year-12-31" --excel --output "$dir/ledenlijst-$year-excel.csv"

last="$dir/ledenlijst-$((year - 1)).csv"
if [ -f "$last" ]; then
    # Lines only in last year's list (-) or only in this year's (+); changed members show both.
    diff "$last" "$dir/ledenlijst-$year.csv" > "$dir/verschil-$((year - 1))-$year.diff" || true
fi
