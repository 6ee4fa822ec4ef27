# quorum's words at the terminal, in English. Keys are the same in i18n/nl/quorum.ftl.
# The help of each command is in the doc comments of src/cli (Dutch: i18n/nl/help.ftl), the
# table headers are the columns' keys (Dutch: i18n/nl/columns.ftl).

## --help

help-heading-usage = Usage:
help-heading-options = Options
help-heading-arguments = Arguments
help-heading-commands = Commands
help-heading-global = Global options
help-examples = Examples:

## Tables

record-field = field
record-value = value
rows-left-out = { $count ->
    [one] 1 column left out
   *[other] { $count } columns left out
}: { $columns } (all columns: --format csv or json)

## Errors

report-error = error
report-caused-by = caused by
report-help = help
report-warning = warning

## Hints after a refusal of the store (src/cli/hints.rs)

hint-file-exists = quorum init makes a new database; choose another --db, or use the existing one
hint-no-folder = create the folder first, or choose another --db
hint-no-database = create one with `quorum init --name "…"`, or point --db / QUORUM_DB at yours
hint-not-quorum = check --db / QUORUM_DB; `quorum init` makes a new database
hint-read-only-with-wal = copy the database with its -wal file to a writable disk and open it there once
hint-newer = install the newer quorum; this one will not touch the file
hint-incomplete = the file was made or changed by another build; restore a backup, or ask for help before changing it (quorum did not touch it)
hint-read-only-filesystem = copy it to a writable disk to change it (reading, listing and exporting work here)
hint-read-only-file = make it writable for its owner (chmod u+w), or work on a copy
hint-clock-backwards = check the computer's date and time (and QUORUM_NOW), then run the command again
hint-bad-stored-rules = a newer quorum may have written them; otherwise restore a backup
hint-no-rules-on = record the statutes in force then with `quorum rules set KEY VALUE --from { $date }` or `quorum rules import FILE --from { $date }`
hint-backup-unreadable = choose a backup made by `quorum db backup`
hint-backup-broken = choose an earlier backup
hint-no-backup = give the file `quorum db backup` wrote
hint-backup-with-wal = open it once with quorum (`quorum --db FILE db check`), then restore it

## The database file (src/store)

store-file-exists = a file already exists at { $path }
store-no-folder = the folder { $folder } does not exist
store-no-database = no database at { $path }
store-not-sqlite = { $path } is not a quorum database (not an SQLite file)
store-read-only-with-wal = { $path } is on a read-only filesystem with changes still in its -wal file
store-not-quorum = { $path } is an SQLite file, but not a quorum database
store-newer = { $path } was written by a newer quorum (schema { $version }; this quorum knows up to { $latest })
store-incomplete = { $path } says schema { $version }, but lacks what that schema has: { $missing }
store-read-only-filesystem = the database { $path } is on a read-only filesystem
store-read-only-file = the database { $path } is read-only
