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

## init, db

init-created = the registry of { $name } in { $db }
    .verb = Created
init-empty-name = --name must not be empty
db-backed-up = { $db } to { $file }
    .verb = Backed up
db-restore-upgraded = The backup had schema { $version }; the restored database is upgraded (the backup is unchanged).
db-restored = { $db } from { $file }: { $entries } journal entries verified{ $kept ->
    [none] {""}
   *[other] ; the file before is kept as { $kept }
}
    .verb = Restored
db-checked = { $path }: integrity and foreign keys are fine
    .verb = Checked

## member leave, rejoin, suspend, unsuspend

member-leave-withdrawn = the leave of member { $number } on { $left }; still a member
    .verb = Withdrawn
member-resigned = member { $number }: resigned on { $notice }, last day as a member { $last } (resignation_notice_weeks, resignation_effective_at)
    .verb = Left
member-left = member { $number }: last day as a member { $date }
    .verb = Left
member-rejoined-unbroken = member { $number }: the day after leaving, so the membership continues without a break
    .verb = Rejoined
member-rejoined = member { $number }: member again from { $date }
    .verb = Rejoined
member-suspended-appeal = member { $number } from { $from } to { $until }, the end of the appeal term (expulsion_appeal_months, BW 2:35)
    .verb = Suspended
member-suspended = member { $number } from { $from } { $until ->
    [none] until lifted
   *[other] to { $until }
}
    .verb = Suspended
member-suspension-lifted = the suspension of member { $number } from { $date }
    .verb = Lifted

## meeting convene, checkin, proxy

notice-too-short = notice too short: a convocation sent on { $sent } gives { $given ->
    [one] 1 day
   *[other] { $given } days
} of notice for the meeting on { $meeting }, and { $key } = { $required } (counted as notice_day_counting says); the last lawful day to send was { $last }
notice-too-short-hint = choose a later meeting date (`quorum meeting edit M --at …`), or record the override with --force
meeting-convened-again = Meeting { $meeting } was convened on { $sent }; writing its documents again.
meeting-convened-forced = { $shortfall }; convened anyway (--force), and the override is in the journal
meeting-convened = meeting { $meeting } on { $sent }: { $given ->
    [one] 1 day
   *[other] { $given } days
} of notice ({ $key } = { $required })
    .verb = Convened
checkin-scans = { $done } of { $total ->
    [one] 1 scan
   *[other] { $total } scans
} at meeting { $meeting }
    .verb = Checked in
checkin-numbers = { $done } of { $total } at meeting { $meeting }
    .verb = Checked in
checkin-delegate = member { $number } at meeting { $meeting }, through { $name }
    .verb = Checked in
checkin-dash-alone = `-` reads the numbers from stdin; give it alone
checkin-dash-alone-hint = quorum meeting checkin M -   (or the numbers, without -)
checkin-delegate-one = --delegate checks in one member: give one number
proxy-revoked = the proxy of member { $giver } to member { $holder }
    .verb = Revoked
proxy-recorded = the proxy of member { $giver } to member { $holder } for meeting { $meeting }
    .verb = Recorded

## vote cast, close

vote-cast = { $named }: member { $number } { $how }
    .verb = Cast
vote-cast-changed = { $named }: member { $number } { $how }
    .verb = Changed
vote-ballot-cast = a ballot in vote { $vote }
    .verb = Cast
vote-closed = { $named }: { $computed }
    .verb = Closed
vote-closed-declared = { $named }: computed { $computed }, declared { $declared }
    .verb = Closed
vote-declaration-differs = the chair's declaration ({ $declared }) differs from the computed result; both are recorded

## journal verify

journal-verified = the journal is intact: { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
}, newest hash { $head }
    .verb = Verified
journal-anchor-found = the noted head as entry { $seq } ({ $after ->
    [one] 1 entry
   *[other] { $after } entries
} after it)
    .verb = Found
journal-registry-compared = the registry with what the journal last recorded: { $members ->
    [one] 1 member
   *[other] { $members } members
}, { $categories ->
    [one] 1 category
   *[other] { $categories } categories
} and { $rules ->
    [one] 1 rules version
   *[other] { $rules } rules versions
} match
    .verb = Compared

## Choice words

vote-method-unknown = '{ $given }' is not a voting method; choose hands, roll-call or ballot

## proposals

proposal-added = proposal { $proposal } ({ $kind })
    .verb = Added
proposal-added-on-agenda = proposal { $proposal } ({ $kind }), item { $item } of meeting { $meeting }
    .verb = Added
proposal-amendment-added = proposal { $proposal }, an amendment of proposal { $of }
    .verb = Added
proposal-changed = proposal { $proposal }
    .verb = Changed
proposal-excluded = member { $number } from the vote on proposal { $proposal }
    .verb = Excluded
proposal-excluded-already = member { $number } was excluded from the vote on proposal { $proposal } already
proposal-withdrawn = proposal { $proposal }
    .verb = Withdrawn
proposal-amendment-withdrawn = proposal { $proposal }, an amendment of it
    .verb = Withdrawn

## vote challenge, convert

vote-superseded = vote { $vote } by vote { $by }, opened now
    .verb = Superseded
vote-converted = vote { $vote } is now by { $method }
    .verb = Converted

## meeting agenda, guest, request

agenda-item-after-convocation = the convocation went out already: the item is marked "not in the convocation", and a decision on it is voidable (BW 2:15; agenda_items_only)
agenda-items-added = { $count ->
    [one] 1 agenda item
   *[other] { $count } agenda items
} to meeting { $meeting }
    .verb = Added
agenda-item-moved = item { $from } of meeting { $meeting } to { $to }
    .verb = Moved
agenda-item-removed = item { $item } of meeting { $meeting }
    .verb = Removed
guest-added = guest { $guest } at meeting { $meeting }: { $name } (not counted)
    .verb = Added
guest-removed = guest { $guest } from meeting { $meeting }
    .verb = Removed
request-recorded = members' request { $request }: { $text }
    .verb = Recorded
request-board-must-convene = The board must convene a meeting held by { $held_by } (BW 2:41: within 4 weeks). If it has not acted by { $acts_by } (14 days), the requesters may convene it themselves.

## category, association, member delete, arrears

category-added = category { $name } ({ $votes ->
    [one] 1 vote
   *[other] { $votes } votes
} per member)
    .verb = Added
category-added-no-vote = category { $name } (no vote)
    .verb = Added
category-changed = category { $name }
    .verb = Changed
category-unchanged = Category { $name } already has these settings; nothing changed.
association-lang-changed = the language of documents for members to { $lang }
    .verb = Changed
association-lang-unchanged = The language is { $lang } already.
member-deleted-wal-in-use = another program has the database open, so old copies of the deleted record may stay in its -wal file until that program closes it
member-deleted = member { $number } ({ $name }); the number is free again
    .verb = Deleted
member-arrears = member { $number }: in arrears since { $since }
    .verb = Recorded
member-arrears-cleared = member { $number }: in arrears from { $since }, paid up from { $date }
    .verb = Cleared

## proxies (src/domain/meeting/proxy.rs)

rule-refuses = { $what } (rule { $key }; see `quorum rules show { $key }`)
proxy-not-allowed = the statutes exclude proxies: proxy_allowed = false
proxy-wrong-form = a { $form } proxy does not count: proxy_form = { $allowed }
proxy-own = { $number }: a member cannot hold their own proxy (BW 2:38 lid 4: to another member with a vote)
proxy-giver-no-vote = member { $number } has no vote to give: { $why }
proxy-given-already = member { $number } has already given a proxy to member { $to }; revoke it first with `quorum meeting proxy revoke M --from { $number }`
proxy-giver-present = member { $number } is present and votes in person; a proxy is for a member who is absent
proxy-holder-no-vote = member { $number } cannot hold a proxy: { $why }
proxy-chain-giver = no chains: member { $number } holds { $holds ->
    [one] 1 proxy
   *[other] { $holds } proxies
} and so cannot give one; the proxies held would be passed on
proxy-chain-holder = no chains: member { $number } has given their own proxy to member { $to } and so cannot hold one
proxy-holder-full = member { $number } already holds { $holds ->
    [one] 1 proxy
   *[other] { $holds } proxies
}: max_proxies_per_holder = { $max }
no-vote = no vote

vote-on-proposal = vote { $vote } on proposal { $proposal } ‘{ $title }’
vote-opened = { $named } ({ $method })
    .verb = Opened
vote-counted = { $named }: { $for } for, { $against } against, { $blank } blank, { $invalid } invalid, { $abstain } abstaining
    .verb = Counted

## usage errors

cast-which-vote = give the vote's number, or --proposal P
cast-not-a-vote-number = '{ $given }' is not a vote number
cast-not-a-vote-number-hint = write `quorum vote cast V N CHOICE`, or `--proposal P N CHOICE`
cast-code-only-choice = with --code, give only the choice: `quorum vote cast V --code CODE for|against|blank|abstain`
cast-member-and-choice = give the member and the choice: `quorum vote cast V N for|against|abstain|blank`
not-a-member-number = '{ $given }' is not a member number
not-a-member-number-on-line = '{ $given }' is not a member number (stdin line { $line })
cast-not-a-member-number-hint = write `quorum vote cast V N CHOICE`, or `--code CODE CHOICE` for a secret ballot
no-member-numbers = no member numbers given
no-member-numbers-hint = pass numbers, or - to read them from stdin
nothing-to-change = nothing to change
proposal-edit-nothing-hint = pass --title, --text, --text-file, --kind or --text-open-from
confirm-not-a-terminal = { $question } needs confirmation, and stdin is not a terminal
confirm-not-a-terminal-hint = add --yes to confirm
confirm-cancelled = cancelled; nothing was changed

## rules

rules-in-force = The rules in force on { $on } (the version from { $from }).
rules-version-started = the rules version from { $from } (a copy of the one from { $copied })
    .verb = Started
rules-value-changed = { $key }: { $old } → { $new } (rules from { $from })
    .verb = Changed
rules-note-changed = a new note on the rules from { $from }
    .verb = Noted
rules-unchanged = the rules from { $from } already have these values
    .verb = Unchanged
rules-later-keep-theirs = the rules from { $later } keep their own values; change them too if this should carry on

## msgcli

flag-invalid = { $flag }: { $why }
meeting-planned = meeting { $meeting } on { $at }
    .verb = Planned
meeting-agenda-heading = Agenda:
meeting-changed = meeting { $meeting }
    .verb = Changed
meeting-cancelled = meeting { $meeting }
    .verb = Cancelled
meeting-open-undo-at = --at goes with an opening, not with --undo
meeting-open-undone = the opening of meeting { $meeting }; it is { $state } again
    .verb = Undone
meeting-opened-forced = opened with --force: { $why }; decisions taken in this meeting are voidable (BW 2:15)
meeting-opened = meeting { $meeting } at { $at }; { $roll } members on its roll, fixed from now on
    .verb = Opened
meeting-closed = meeting { $meeting } at { $at }
    .verb = Closed
convene-wrote-letters = { $count ->
    [one] 1 letter
   *[other] { $count } letters
} to the members convened by post to { $path }
    .verb = Wrote
convene-unaddressed = { $count ->
    [one] 1 member to convene by post has
   *[other] { $count } members to convene by post have
} no postal address and no letter in { $path }: { $who }; add the street and city (`quorum member edit N --street … --postcode … --city …`) or record their consent to e-mail
convene-wrote-letter = the convocation letter to { $path }
    .verb = Wrote
convene-wrote-mail-list = { $count } members who consented to e-mail to { $path }
    .verb = Wrote
convene-wrote-post-list = { $count } members to convene by post to { $path }
    .verb = Wrote
convene-by-post-listed = { $count ->
    [one] 1 member did not consent to convocation by e-mail (BW 2:41 lid 5) and is
   *[other] { $count } members did not consent to convocation by e-mail (BW 2:41 lid 5) and are
} convened by post: they are in { $path }
convene-by-post = { $count ->
    [one] 1 member did not consent to convocation by e-mail (BW 2:41 lid 5) and is
   *[other] { $count } members did not consent to convocation by e-mail (BW 2:41 lid 5) and are
} convened by post (`--post-list FILE` writes their addresses)
checkin-some-refused = { $refused } of { $total ->
    [one] 1 member was
   *[other] { $total } members were
} refused (the reasons are listed); the others were recorded
scan-present = Member { $number }: present ({ $votes ->
    [one] 1 vote
   *[other] { $votes } votes
})
scan-present-noted = Member { $number }: present ({ $votes ->
    [one] 1 vote
   *[other] { $votes } votes
}; { $note })
scan-refused = Member { $number }: refused ({ $reason })
scan-unreadable = Line { $line }: '{ $text }' is not a member number; nothing recorded
codes-output-dash = --output - would mix the codes with the csv or json result on stdout
codes-output-dash-hint = write the codes to a file: --output codes.csv
codes-issued = { $codes ->
    [one] 1 ballot code
   *[other] { $codes } ballot codes
} for vote { $vote } to { $voters ->
    [one] 1 voter
   *[other] { $voters } voters
} present ({ $files })
    .verb = Issued
member-data-wrote = everything held about member { $number } to { $path } (readable by you alone)
    .verb = Wrote
erase-already = the personal data of member { $number } was erased already
erase-already-hint = `quorum member show { $number }` shows the anonymous record that is kept
erase-still-member = member { $number } is { $status } and has not left; only former members can be erased
erase-still-member-hint = end the membership first: `quorum member leave { $number } --on DATE` (the last day as a member), then erase from the day after
erase-member-until = member { $number } is { $status ->
    [future] a member again from a later date
   *[other] { $status }
} until { $end } (the last day as a member); only former members can be erased
erase-member-until-hint = erase it after { $end }
erase-wal-kept = another program has the database open, so old copies of the erased data may stay in its -wal file until that program closes it
member-erased = the personal data of member { $number }; an anonymous record (number, category, dates) is kept
    .verb = Erased
export-format-refused = member export writes CSV or JSON, not { $format ->
    [html] HTML
    [md] Markdown
   *[other] a table
}
export-format-refused-hint = leave out --format (CSV), or use --format json; `quorum member list` shows a table
export-csv-options-json = --excel and --delimiter are for CSV, not JSON
export-csv-options-json-hint = leave out --format json, or the CSV options
members-exported = { $count ->
    [one] 1 member
   *[other] { $count } members
} to { $path }
    .verb = Exported
board-report-change = report this change to the Handelsregister by { $due } (within a week; `quorum board reports`, `quorum todo`)
board-report-change-ubo = report this change to the Handelsregister and the UBO register by { $due } (within a week; `quorum board reports`, `quorum todo`)
board-term-not-set = not set
board-added = member { $member } as { $role } from { $since } (seat { $seat }, { $by }), term ends { $end }
    .verb = Added
board-ended = seat { $seat } of member { $member } ({ $role }) on { $on }
    .verb = Ended
board-role-changed = member { $member } is { $role } from { $on } (seat { $seat })
    .verb = Changed
board-reported = board change { $id } ({ $role } { $change }) on { $on }
    .verb = Reported
kascommissie-which-year = name a financial year
kascommissie-which-year-hint = `quorum kascommissie 2025`, or `quorum kascommissie set 2025 --members N N`
kascommissie-recorded = audit committee for { $year }: { $members }
    .verb = Recorded
kascommissie-report-recorded = { $accountant ->
    [yes] accountant's statement
   *[other] report
} for { $year } of { $on }
    .verb = Recorded
quorum-counts = Meeting { $meeting }: { $total_votes } votes of { $voters } members with a vote (BW 2:24d); present { $present_members } members with { $present_votes } votes, { $proxies } proxies with { $represented_votes } votes: { $available } votes available{ $fixed ->
    [yes] .
   *[other] {" "}(provisional: the roll is fixed when the meeting opens).
}
delegate-added = delegate { $id } of member { $member }: { $name }
    .verb = Added
delegate-ended = delegate { $id } of member { $member } after { $on }
    .verb = Ended
jubilees-bad-year = --year { $year } is not a year quorum can use
jubilees-bad-year-hint = give a year such as 2027
journal-no-member-hint = `quorum member list --status all` lists them
journal-anchor-missing = the journal does not hold the entry { $hash }: entries written since it was noted were cut off, or the chain was rebuilt
journal-anchor-missing-hint = compare with a backup made after that hash was noted (`quorum db backup` records the head)
journal-broken = the journal is broken at entry { $seq }: { $reason }
journal-broken-hint = the database was changed outside quorum; restore a backup (`quorum db restore FILE`) and compare
vote-roll-call-heading = Roll call:

## msgops: refusals of src/ops and src/domain

# src/domain/meeting/mod.rs
meeting-kind-unknown = '{ $given }' is not a kind of meeting; choose regular, annual or extraordinary
meeting-convened-date-fixed = meeting { $meeting } was convened for { $at }; a new date needs a new convocation: cancel it and plan a new meeting
no-reason-recorded = no reason recorded
meeting-cancelled-no-changes = meeting { $meeting } was cancelled ({ $why }); it takes no more changes
meeting-closed-no-changes = meeting { $meeting } was closed at { $at }; a closed meeting takes no more changes
meeting-closed-door = { $why }; attendance, proxies, votes and elections stay as they were at closing: correct a mistake through the minutes (`quorum minutes note { $meeting }`)
meeting-not-convened = meeting { $meeting } was not convened: no convocation is on record (`quorum meeting convene { $meeting }`)
meeting-other-day = meeting { $meeting } is planned for { $planned }, not { $on }
meeting-open-already = meeting { $meeting } is open already (since { $at })
meeting-never-opened = meeting { $meeting } was never opened; open it first (`quorum meeting open { $meeting }`), or cancel it
meeting-close-still-open = meeting { $meeting } cannot close while { $count ->
        [one] this is
       *[other] these are
    } open: { $open }; close or count them first
meeting-opened-not-cancelled = meeting { $meeting } was opened at { $at }; an opened meeting is not cancelled: close it with a note (`quorum meeting close { $meeting } --note "…"`)
meeting-not-open-no-undo = meeting { $meeting } is not open; there is no opening to undo
meeting-undo-open-recorded = meeting { $meeting } cannot be un-opened: { $recorded } recorded in it; close it with a note instead (`quorum meeting close { $meeting } --note "…"`)
second-meeting-outside-window = { $at } is outside the window for a second meeting after meeting { $first } of { $first_date }: from { $from } to { $to } (second_meeting_min_gap_days = { $min_gap }, second_meeting_window_days = { $window })

# src/ops/meeting
list-semicolon = { $first }; { $then }
agenda-meeting-open = meeting { $meeting } is open; the agenda is the meeting's to change now
agenda-item-needs-title = an agenda item needs a title
agenda-item-has-documents = item { $item } '{ $title }' has meeting documents; remove them first (`quorum meeting document list { $meeting }`)
close-before-opening = { $at } is before the opening at { $opened }
meeting-convened-already = meeting { $meeting } was convened on { $on } already; the convocation is on record
sent-after-meeting = { $sent } is after the meeting on { $meeting }
convene-missing = meeting { $meeting } cannot be convened yet: the convocation must name { $what }
convene-missing-place = a place (`quorum meeting edit { $meeting } --location …`)
convene-missing-items = agenda items (`quorum meeting agenda { $meeting } add …`)
convene-missing-place-and-items = a place (`quorum meeting edit { $meeting } --location …`) and agenda items (`quorum meeting agenda { $meeting } add …`)
convene-missing-hint = add them first, or convene anyway at the meeting's own risk with --force (recorded)
no-member-with-number = no member with number { $number }; `quorum member list --status all` lists the members
second-meeting-after-cancelled = meeting { $meeting } was cancelled; a second meeting follows a meeting that was held
received-after-meeting = { $received } is after the meeting on { $meeting }
no-proxy-at-meeting = member { $member } has no proxy at meeting { $meeting }
request-not-enough-votes = not enough votes for a members' request: { $outcome } (member_request_threshold = { $threshold }, BW 2:41); nothing was recorded
meeting-cannot-open = meeting { $meeting } cannot open: { $problems }
meeting-cannot-open-hint = convene it for the day it is held; or, if the meeting goes on at its own risk, record that with `quorum meeting open { $meeting } --force` (its decisions are then voidable, BW 2:15)

# src/domain/member_change.rs
member-erased-no-changes = member { $number }'s personal data was erased ({ $on }); the anonymous record that is kept cannot be changed
member-no-period = { $who } has no membership period to correct
member-not-left = { $who } has not left; there is no leave to withdraw
joined-after-end = { $joined } is after the end of that membership ({ $left })
joined-not-after-previous = { $joined } is not after the end of the previous membership ({ $previous })
date-before-birth = { $date } is before the birth date { $birth }
left-before-joined = { $left } is before that membership began ({ $joined })
member-number-too-low = { $number } is not a member number (use 1 or more)
member-number-taken = member number { $number } is taken
birth-after-joined = { $birth } is after the member joined ({ $joined })
until-before-suspension = { $until } is before the suspension starts ({ $from })
suspend-not-member = { $who } is not a member on { $on }; only members can be suspended
suspended-already-until = { $who } is already suspended from { $from } to { $until }; lift it first with `quorum member unsuspend`
suspended-already = { $who } is already suspended from { $from } with no end; lift it first with `quorum member unsuspend`
not-suspended-later = { $who } is not suspended on { $on }; a suspension starts on { $starts } (lift it with --on { $starts } to cancel it)
not-suspended = { $who } is not suspended on { $on }; nothing to lift
this-member = this member
member-numbered = member { $number }

# src/domain/meeting/agenda.rs, proxy.rs
agenda-decides-unknown = '{ $given }' is not one of none, ordinary, statute-amendment, dissolution
agenda-position-outside = { $position } is not a place on this agenda (1 to { $max })
agenda-item-in-convocation = item { $item } '{ $title }' was in the convocation; it stays on the agenda (the chair may withdraw it at the meeting)
proxy-form-unknown = '{ $given }' is not paper or electronic

## cells

# clap's usage errors, worded by src/cli/usage_error.rs (in English clap's own text is printed)
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-value-required = a value is required for '{ $arg }' but none was supplied
clap-possible-values = possible values
clap-subcommands = subcommands
clap-unknown-argument = unexpected argument '{ $arg }' found
clap-invalid-subcommand = unrecognized subcommand '{ $name }'
clap-missing-required = the following required arguments were not provided:
clap-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
clap-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
clap-number-of-values = { $needed } values required for '{ $arg }' but { $given } { $given ->
    [one] was
   *[other] were
} provided
clap-used-twice = the argument '{ $arg }' cannot be used multiple times
clap-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
clap-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
clap-other = the command line could not be read
clap-similar-subcommand = a similar subcommand exists: '{ $value }'
clap-similar-argument = a similar argument exists: '{ $value }'
clap-similar-value = a similar value exists: '{ $value }'
clap-more-information = For more information, try '{ $help }'.

# empty listings (a note on stderr) and the erase confirmation
list-empty-birthdays = No member has a birthday in that month.
list-empty-members = No members match.
list-empty-jubilees = No member reaches a jubilee in { $year }.
list-empty-delegates = No delegates registered.
list-empty-journal = No journal entries match.
list-empty-votes = No votes.
list-empty-agenda = The agenda is empty.
list-empty-attendance = Nobody is on the attendance list yet.
list-empty-guests = No guests registered for this meeting.
list-empty-meetings = No meetings yet; plan one with `quorum meeting new`.
list-empty-proxies = No proxies.
list-empty-requests = No members' requests recorded.
list-empty-board = No board members recorded on { $on }; record one with `quorum board add N --role R --from D --decision CODE`.
list-empty-board-schedule = No board members recorded on { $on }.
list-empty-board-reports-open = No board changes left to report.
list-empty-board-reports = No board changes recorded.
list-empty-rules = No rules.
list-empty-rules-versions = No rules versions.
list-empty-categories = No categories.
list-empty-decisions = No decisions.
list-empty-proposals = No proposals yet; draft one with `quorum proposal new`.
erase-confirm = Erasing the personal data of member { $number } ({ $name }) for good
clap-tip-escape = to pass '{ $arg }' as a value, use '{ $escaped }'
## msgops: the store's lookups, src/ops and src/domain

# src/store: a number that names nothing
lookup-vote = no vote { $id }; `quorum vote list` lists the votes
lookup-election = no election { $id }; `quorum election list` lists the elections
lookup-meeting = no meeting { $id }; `quorum meeting list` shows the meetings
lookup-meeting-document = meeting { $meeting } has no document { $id }; `quorum meeting document list { $meeting }` lists them
lookup-resolution = no resolution { $id }; `quorum resolution list` lists them
lookup-action-item = no action item { $id }; `quorum actions` lists them
lookup-minutes-note = meeting { $meeting } has no note { $number }; `quorum minutes notes { $meeting }` lists them with their numbers
lookup-proposal = no proposal { $id }; `quorum proposal list` shows the proposals
lookup-decision = no decision { $what }; `quorum decisions` lists the register (give a code like ALV-2027-03-14/4, or the number)
lookup-member = no member with number { $number }; `quorum member list --status all --search …` finds members

# src/ops/meeting/checkin.rs, checkout.rs: what the door says about one number
door-no-member = no member with number { $number }
door-no-access = no access
door-proxy-cancelled = the proxy to member { $holder } is cancelled: the giver checked in
door-already-present = already present
door-back-in-room = back in the room
door-admitted-for-suspension = admitted for the item on the own suspension only; no vote
door-already-on-list = already on the attendance list
door-not-in-room = was not in the room

# States as words inside a sentence; English keeps the stored name
meeting-state = { $state }
proposal-status = { $status }
vote-status = { $status }
vote-result-word = { $result }

# src/ops/vote
cast-not-roll-call = vote { $vote } is by { $method }; `vote cast N CHOICE` is for a roll call
cast-not-present = member { $number } is not present at meeting { $meeting } (`quorum meeting checkin { $meeting } { $number }`)
cast-no-proxy-from = member { $number } holds no proxy from member { $giver } at meeting { $meeting }
cast-split-one-member = a split divides one member's votes; cast each proxy on its own with --for-member
cast-member-no-vote = member { $number } has no vote at meeting { $meeting }
cast-member-excluded = member { $number } is excluded from the vote on proposal { $proposal } (BW 2:12)
proposal-no-open-vote = proposal { $proposal } has no open vote; give the vote's number (`quorum vote list` lists them)
vote-number-or-proposal = give the vote's number or --proposal P, not both
vote-number-or-proposal-hint = `quorum vote list` lists the votes with their proposals
challenge-not-present-voter = member { $number } is not a voter present at meeting { $meeting }; only voters present can demand a new vote
challenge-member-excluded = member { $number } is excluded from the vote on proposal { $proposal } (BW 2:12), so cannot demand a new one
convert-has-counts = vote { $vote } has counts or casts already; a written vote is asked for before the vote
convert-codes-issued = vote { $vote } is a secret ballot whose codes were issued; it stays a ballot
convert-too-few-requesters = { $requesters } voter(s) asked for a written vote; written_vote_on_request = { $needed } are needed
vote-meeting-not-open = meeting { $meeting } is not open ({ $state }); vote { $vote } is taken while the meeting is open
vote-proposal-not-on-agenda = proposal { $proposal } is not on a meeting's agenda; put it there first (`quorum proposal edit { $proposal } --meeting M`)
vote-open-meeting-not-open = meeting { $meeting } is not open ({ $state }); votes are taken while the meeting is open (`quorum meeting open { $meeting }`)
vote-open-being-voted = proposal { $proposal } is being voted on already (vote { $vote }); close it first
vote-open-in-writing = proposal { $proposal } is put to the members in writing (`quorum resolution list`); close that round first
vote-open-not-draft = proposal { $proposal } is { $status }; only a draft proposal can be put to the vote
vote-open-question-open = meeting { $meeting } has a question open already: { $open }; one question at a time
vote-open-question-open-hint = close it first, or open this vote beside it with `quorum vote open { $proposal } … --parallel`
vote-open-statute-problems = the vote on proposal { $proposal } cannot open: { $problems }
vote-open-statute-problems-hint = fix the convocation or inspection, or record the override with --force: the decision is then voidable (BW 2:15), unless every member is present or represented and every vote is for it (BW 2:42 lid 3)
vote-quorum-not-present = the quorum is not present: { $present } of the { $total } votes present or represented, { $key } = { $fraction } needs { $needed }
vote-quorum-second-meeting-hint = a second meeting may decide it whatever the attendance (second_meeting_quorum = { $second }): hold it from { $earliest } to { $latest }, convened by { $convene_by } (`quorum meeting new … --second-of { $meeting }`)
vote-quorum-wait-hint = wait until more members are present or represented, or put the proposal to a later meeting
vote-not-open-any-more = { $named } is { $status } already; it takes no more votes
count-roll-call = vote { $vote } is a roll call; its votes are cast by name (`quorum vote cast { $vote } N CHOICE`), not counted
count-ballot-with-codes = vote { $vote } is a secret ballot with codes; its ballots are entered with `quorum vote cast { $vote } --code CODE CHOICE` and counted at closing
count-more-than-present = the counts add up to { $total }, but only { $present } votes are present or represented for this proposal (excluded members not counted)
vote-no-counts = vote { $vote } has no counts yet
vote-no-counts-hint = enter them with `quorum vote count { $vote } --for N --against N`
vote-closed-already = { $named } was closed already ({ $result }); a vote is closed once

# src/ops/proposal
decides-word = { $decides }
not-a-member = not a member
member-vanished = member { $number } vanished
proposal-amendment-kind = proposal { $proposal } amends proposal { $of } and has its kind ({ $kind })
proposal-kind-after-convocation = proposal { $proposal } was in the convocation as item { $item } deciding { $decides }; a { $kind } proposal would decide { $would } (BW 2:42, notice_days_*): draft a new proposal for the next meeting
proposal-signer-no-access = member { $number } cannot bring or sign a proposal: { $why }
proposal-amendment-no-item = proposal { $proposal } amends proposal { $of }; it is voted with it and needs no agenda item of its own
proposal-other-meeting = proposal { $proposal } is for meeting { $other }, not meeting { $meeting }
proposal-on-agenda-already = proposal { $proposal } is item { $item } of the agenda of meeting { $meeting } already
proposal-by-whom = say who brings the proposal
proposal-kind-no-board-member = a proposal of kind { $kind } is about no board member; --member goes with board-dismissal or board-suspension
proposal-kind-names-board-member = a proposal of kind { $kind } names the board member it is about
proposal-no-board-seat = member { $number } has no seat on the board on { $on }; only a board member can be dismissed or suspended (`quorum board` lists the seats)

# src/domain/vote
challenge-vote-open = the vote is still open: a challenge is of a declared result; close the vote first
challenge-superseded = the vote was already replaced by a new vote; challenge that one
challenge-too-late = too late: { $since }, so the challenge is not immediate (BW 2:13 lid 4); the declaration stands, and what remains is a claim for annulment within a year (BW 2:15)
challenge-vote-opened-since = vote { $vote } was opened since
challenge-meeting-closed-since = meeting { $meeting } is no longer open
challenge-nobody = nobody demands a new vote; name the voters who do with --by
challenge-needs-majority = after a { $method ->
    [ballot] written
   *[other] roll-call
} vote a new vote needs the majority of the meeting (BW 2:13 lid 4): those demanding hold { $demand } of the { $present } votes present or represented, { $needed } are needed
choice-unknown = '{ $given }' is not a choice; choose for, against, abstain or blank (voor, tegen, onthouding, blanco)
split-part-not-choice = '{ $part }' is not CHOICE=N; write for example for=3,against=2
split-not-whole = '{ $given }' in '{ $part }' is not a whole number of votes
split-named-twice = { $choice } is named twice in '{ $text }'
split-empty = the split is empty; write for example for=3,against=2
split-too-many = more than can be counted
split-sum-wrong = the parts add up to { $sum }, but the voter has { $weight } { $weight ->
    [one] vote
   *[other] votes
}; the parts must add up to { $weight }
declaration-unknown = '{ $given }' is not a declaration; choose adopted or rejected
vote-status-unknown = '{ $given }' is not a vote status (open, closed, superseded)

# src/domain/decision, src/domain/proposal
decision-status-word = { $status }
decision-status-unknown = '{ $given }' is not a decision status; choose one of { $names }
decision-status-before-decided = { $on } is before the decision was taken ({ $decided }); a status holds from the day of the decision or later
decision-rejected-cannot-become = a rejected decision cannot become { $to }: nothing was decided to put in force or replace
decision-superseded-already = the decision is superseded already; a superseded decision keeps that status
decision-needs-no-deed = the decision needs no notarial deed: it is in force since it was adopted (only an adopted statute amendment awaits its deed, BW 2:43)
decision-status-already = the decision is { $status } already
decision-change-not-allowed = a decision cannot go from { $from } to { $to }; allowed: awaiting-deed to in-force, and adopted, awaiting-deed or in-force to superseded
standing-unknown = '{ $given }' is not valid, voidable or void
ground-unknown = '{ $given }' is not a ground
grounds-not-codes = not a list of codes: { $error }
decision-confirmed-already = the decision was confirmed by { $by } already
confirm-valid = the decision is valid; only a voidable decision is confirmed (BW 2:15 lid 6)
confirm-void = the decision is void (BW 2:14); a void decision cannot be confirmed: take a new decision
proposal-kind-unknown = '{ $given }' is not a kind of proposal; choose { $names }
proposal-status-unknown = '{ $given }' is not a proposal status
proposal-withdrawn-cannot = proposal { $proposal } was withdrawn; it cannot be { $what ->
    [put-on-an-agenda] put on an agenda
   *[other] { $what }
}
proposal-voted-cannot = proposal { $proposal } is { $status } (a vote was opened on it); it cannot be { $what ->
    [put-on-an-agenda] put on an agenda
   *[other] { $what }
}
proposal-amend-amendment = proposal { $proposal } is itself an amendment of proposal { $of }; amend proposal { $of } instead
proposal-text-empty = the text is empty
proposal-title-empty = the title is empty
proposal-title-one-line = the title must be one line

# src/domain/member.rs, roll.rs, category.rs
email-invalid = '{ $given }' is not an e-mail address ({ $fault ->
    [not-one-at] it needs exactly one @
    [missing-around-at] something is missing around the @
    [separator] it contains a space or separator
    [no-domain] the part after @ needs a domain like example.org
   *[misplaced-dot] misplaced dot before the @
})
date-in-future = { $date } is in the future
date-before-joined = { $date } is before the member joined ({ $joined })
family-name-required = is required (or, for a member that is an organisation, its name as organisation)
person-name-of-organisation = '{ $name }' is a person's name, but this member is the organisation '{ $organisation }'; a member is either a person or an organisation (leave the person's name empty, or the organisation)
leave-already-left = { $who } has already left; nothing to end
rejoin-still-member = { $who } is still a member; nothing to rejoin
rejoin-not-after-last = { $date } is not after the end of the last membership ({ $last })
arrears-already = { $who } is in arrears already since { $since }; clear that first with --clear
arrears-before-cleared = { $since } is before the last arrears were cleared ({ $last })
arrears-not-member-on = { $since } is not a day on which this person is a member
arrears-none = { $who } is not in arrears; nothing to clear
arrears-clear-not-after = { $date } is not after the arrears began ({ $since })
field-required = is required
weight-above-max = { $weight } is above the maximum of { $max }
weight-zero = 0 votes per member; a category without a vote is made with --no-vote
category-non-member-vote = a category that is not a member in law cannot have a vote (BW 2:38)

# src/domain/office.rs, resolution.rs, rules.rs, rules/pin.rs
board-role-unknown = { $given } is not a board role; use voorzitter, secretaris, penningmeester or lid (chair, secretary, treasurer, member)
resolution-status-unknown = '{ $given }' is not a resolution status; open, adopted or failed
resolution-informed-future = { $informed } is after today ({ $today }); record the day the board was informed
resolution-on-future = { $on } is after today ({ $today }); the roll date is a day that has come
resolution-informed-after-roll = the board was informed on { $informed }, after the roll date { $on }: a decision outside a meeting needs the board's prior knowledge (BW 2:40 lid 1); make the resolution with --on { $flag } or later
signature-future = { $signed } is after today ({ $today }); a signature is recorded once given
signature-before-informed = a signature of { $signed } comes before the board was informed ({ $informed }): a decision outside a meeting needs the board's prior knowledge (BW 2:40 lid 1); have the member sign again after that day
rule-article-invalid = { $why }
rule-value-invalid = { $why }; allowed: { $allowed }
rule-key-unknown = unknown rule key '{ $name }' (`quorum rules show` lists the keys)
rule-key-unknown-near = unknown rule key '{ $name }'; did you mean { $near }? (`quorum rules show` lists the keys)
rule-gap-above-window = { $gap } is more than second_meeting_window_days ({ $window }): the second meeting could never be held
rules-none-stored = the database holds no rules
rules-none-in-force-today = no version of the rules is in force today ({ $today }); the first starts on { $first }; pass --from DATE
rules-pinned-unreadable = pinned rules that do not read: { $error }

# src/ops/ballot.rs
codes-not-ballot = vote { $vote } is by { $method }, not a secret ballot; codes are for ballot votes (`quorum vote convert { $vote } --method ballot` on a written-vote request)
ballot-vote-not-open = vote { $vote } is { $status }; it takes no more ballots
codes-counted-on-paper = the tellers' totals of vote { $vote } were entered already (`vote count`); a vote counted on paper takes no codes
codes-issued-already = the codes of vote { $vote } were issued already ({ $codes } codes to { $voters } voters); codes are issued once, so that nobody can vote twice
codes-differ-from-present = the codes to issue ({ $total }) differ from the votes present or represented ({ $present }); check the attendance with `quorum meeting quorum { $meeting }`
codes-nobody-present = nobody present may vote on proposal { $proposal }; check members in first
code-mistyped = the code is mistyped: { $why }
code-mistyped-length = a ballot code has { $len } characters (dashes and spaces aside), this has { $given }
code-mistyped-character = '{ $character }' does not occur in ballot codes (they use 2-9 and A-Z without I, L and O)
code-mistyped-check = the check character does not match: a character is mistyped
code-mistyped-hint = type the code again as printed on the ballot paper (dashes and case do not matter)
code-not-of-vote = this code is not one of the codes of vote { $vote }
code-not-of-vote-hint = check the vote number and the code on the ballot paper
code-used = this code was used already in vote { $vote }; each code casts one ballot
code-changed-while-casting = the code of vote { $vote } changed while casting; try again

# src/ops/decision
standing-word = { $standing }
confirm-by-not-found = { $error }; record the confirming decision first
confirm-by-not-later-adopted = decision { $by } ({ $outcome }, { $by_on }) cannot confirm { $code } ({ $on }): a confirmation is a later adopted decision
confirm-by-not-valid = decision { $by } is { $standing } itself; a confirmation must meet the requirements the first one missed
made-known-not-voidable = decision { $code } is { $standing }; the term to claim annulment (BW 2:15 lid 5) concerns a voidable decision
made-known-before-decided = { $on } is before the decision was taken ({ $decided })
decision-by-needs-superseded = names the decision that supersedes this one; it goes with --status superseded
decision-supersedes-itself = a decision cannot supersede itself
decision-by-rejected = decision { $by } was rejected; only a decision taken can supersede another
decision-by-earlier = decision { $by } was taken on { $by_on }, before { $code } ({ $on }); only a later decision supersedes it

# src/ops/resolution
resolution-status-word = { $status }
resolution-closed = resolution { $resolution } is closed ({ $status }, { $at }); nothing more can be signed or closed
being-decided-by-resolution = written resolution { $resolution }
being-decided-by-vote = vote { $vote }
resolution-proposal-being-decided = proposal { $proposal } is being decided already ({ $by }); close that first
resolution-proposal-not-draft = proposal { $proposal } is { $status }; only a draft proposal can be decided outside a meeting
resolution-nobody-votes = nobody has a vote on { $on }; `quorum roll --on { $flag }` shows why
sign-excluded = excluded from the vote on this proposal (BW 2:12)
sign-no-vote = member { $number } has no vote in resolution { $resolution } ({ $why } on { $on }); only the members with a vote on the roll date sign (`quorum resolution show { $resolution }`)
sign-named-twice = member { $number } is named twice
sign-already = member { $number } signed resolution { $resolution } already on { $on } ({ $how }); a signature is given once
sign-not-member = member { $number } is not a member on { $on } ({ $status }); a former member cannot sign

# src/ops/election
either-or = { $first } or { $rest }
must-not-be-empty = must not be empty
election-status-word = { $status }
election-meeting-not-open = meeting { $meeting } is not open ({ $state }); ballots are entered and counted while the meeting is open (`quorum meeting open { $meeting }`)
election-not-open = election { $election } is { $status }; it takes no more candidates, ballots or rounds
election-no-seats = an election fills at least 1 seat
election-meeting-over = meeting { $meeting } is { $state }; an election belongs to a meeting still to be held or open
election-voting-begun-candidates = voting in election { $election } has begun; candidates are nominated before the first round
election-binding-kept = the meeting kept the binding nomination of election { $election }; { $rule }
election-binding-kept-hint = nominate only as the statutes allow (--nominated-by board{ $members ->
    [yes] {" "}or members
   *[no] {""}
}); the meeting's vote kept the nomination binding (`quorum election show { $election }`). Where the meeting insists, --force records it: the appointment is then void (BW 2:14)
election-board-from-members = election { $election } fills board seats, and board members come from the members (BW 2:37 lid 1; rule board_members_from_outside = false)
election-board-from-members-hint = nominate a member with --member N; where the statutes allow board members from outside, record that first with `quorum rules set board_members_from_outside true`
election-candidate-already = '{ $name }' is a candidate in election { $election } already
lookup-candidate = no candidate { $number } in election { $election }; `quorum election candidate { $election } list` lists them
election-candidate-withdrawn-already = candidate { $number } of election { $election } is withdrawn already
election-round-with-codes = round { $round } of election { $election } is voted with codes; each voter casts with `quorum election cast { $election } --code CODE …`, so papers are not entered
election-too-many-papers = round { $round } of election { $election } would hold { $total } papers ({ $held } entered, { $now } now), but { $available } votes are present or represented at meeting { $meeting }
election-too-many-papers-hint = check the members in who voted (`quorum meeting checkin { $meeting } N…`) and count the papers again; or enter them with --force, which the journal records
election-not-a-candidate = '{ $name }' is not a candidate in election { $election }; check the spelling (`quorum election candidate { $election } list`), or record the paper as invalid with --invalid "names someone not nominated"
election-too-few-candidates = election { $election } has { $standing } standing candidate(s) for { $seats } seat(s); nominate more (`quorum election candidate { $election } add`)
election-round-closed = round { $round } of election { $election } is counted and closed; open the next with `quorum election round { $election }`
election-no-round = election { $election } has no round yet; round 1 opens with the first paper (`quorum election ballot { $election } …`)
election-round-open = round { $round } of election { $election } is still open; count it first (`quorum election count { $election }`)
election-round-no-count = round { $round } has no stored count
election-round-decided = round { $round } decided the election ({ $outcome }); there is no next round
election-voting-begun-binding = voting in election { $election } has begun; the binding force of a nomination is voted on before the first round
election-binding-voted-already = the meeting has voted on the binding nomination of election { $election } already
election-no-binding-nomination = the statutes have no binding nomination (rule binding_nomination_enabled = false)
election-no-nominee = election { $election } has no candidate with a binding nomination (`candidate { $election } add … --nominated-by board`)
election-override-too-many = { $cast } votes cast, but { $present } votes are present or represented at meeting { $meeting }
election-codes-issued-already = the codes of round { $round } of election { $election } were issued already ({ $codes } codes to { $voters } voters); codes are issued once, so that nobody can vote twice
election-codes-papers-entered = round { $round } of election { $election } has { $papers } paper(s) entered by the tellers; a round voted on paper takes no codes
election-codes-nobody-present = nobody present at meeting { $meeting } may vote; check members in first (`quorum meeting checkin { $meeting } N…`)
election-ballot-form = election { $election } is by { $method } for { $seats } seat(s): a ballot is { $allowed } (or --blank), not { $given }
election-no-round-with-codes = election { $election } has no round with codes yet; issue them with `quorum election codes { $election } --output codes.csv`
election-round-closed-ballots = round { $round } of election { $election } is counted and closed; it takes no more ballots
election-code-not-of-round = this code is not one of the codes of round { $round } of election { $election }
election-code-not-of-round-hint = check the election number and the code on the ballot paper; each round has its own codes
election-code-used = this code was used already in round { $round } of election { $election }; each code casts one ballot
election-code-ballot-invalid = this ballot { $reason }; nothing is cast and the code stays unused: check the names with `quorum election candidate { $election } list`
election-code-changed = the code changed while casting; try again
election-no-such-round = election { $election } has no round { $round }
election-no-round-at-all = election { $election } has no round
election-cannot-count = election { $election } cannot be counted: { $error }
election-no-open-round = election { $election } has no open round to count; enter papers (`quorum election ballot { $election } …`) or open the next round (`quorum election round { $election }`)
election-nothing-to-recount = election { $election } has no counted round to recount
election-recount-differs = the recount of round { $round } of election { $election } differs from the stored count; the papers or the rules were changed outside quorum

# src/ops/board
board-not-re-eligible = member { $number } has served { $terms } { $terms ->
    [one] consecutive term
   *[other] consecutive terms
} and is not re-eligible (board_max_terms = { $max })
board-not-re-eligible-hint = end the seat with `quorum board end`, or appoint another member
board-end-same-day = seat { $seat } begins on { $on }; a seat ends after the day it begins
board-decision-or-before = give either the decision or --before-quorum, not both
board-decision-needed = name the decision that decided this (a code from `quorum decisions`), or --before-quorum for history from before quorum
board-decision-not-standing = decision { $code } is { $status }; only a decision that stands can appoint or dismiss
board-decision-after = decision { $code } was taken on { $decided }, after { $on }; a seat cannot change before its decision
board-why-status = is { $status } on { $on }
board-why-category = is in category '{ $category }', which is not a membership
board-not-a-member = member { $number } { $why }: board members are appointed from the members (BW 2:37 lid 1; the statutes may allow outsiders, which quorum does not record yet)
board-not-a-member-hint = record the membership first (`quorum member add` / `member rejoin`), or choose a member
board-seat-already = member { $number } already holds seat { $seat } ({ $role }) from { $since }; use `quorum board role` to change the role
date-not-after = { $date } is not after { $after }
board-seat-vanished = seat { $seat } not found after writing it
board-no-seat = member { $number } has no seat on the board on { $on }
board-no-seat-hint = `quorum board --on DATE` lists the board on a date
lookup-board-change = no board change { $id } to report; `quorum board reports` lists them
board-change-reported-already = board change { $id } was reported on { $on } already
board-report-before-change = { $on } is before the change itself ({ $changed })
board-role-already = member { $number } is already { $role } on { $on }
board-role-same-day = seat { $seat } begins on { $on }; a role changes after the day the seat begins

# src/ops/guest.rs, src/ops/actions/done.rs
guest-meeting-cancelled = meeting { $meeting } is cancelled
guest-needs-name = a guest needs a name
guest-is-member = { $number } is a member on { $on }: members attend as members, not as guests
guest-is-member-hint = check them in with `quorum meeting checkin { $meeting } { $number }`
guest-already = { $number } is a guest of meeting { $meeting } already
guest-vanished = guest { $guest } not found after writing it
lookup-guest = meeting { $meeting } has no guest { $guest }; `quorum meeting guest list { $meeting }` lists them
action-done-already = action item { $id } was done already on { $on }

# src/ops/delegate.rs, src/ops/kascommissie.rs
delegate-member-is-person = member { $number } is a person; only a member that is an organisation registers delegates
delegate-member-is-person-hint = record the organisation's name with `quorum member edit { $number } --organisation NAME`
delegate-needs-name = a delegate needs a name
date-before = { $date } is before { $before }
delegate-vanished = delegate { $delegate } not found after writing it
lookup-delegate = member { $number } has no delegate { $delegate }; `quorum member delegate list { $number }` lists them
delegate-end-before-start = { $on } is before the mandate began ({ $from })
delegate-not-known-none = { $name } is not a delegate of member { $number } on { $on } (it has none then)
delegate-not-known = { $name } is not a delegate of member { $number } on { $on }; its delegates are: { $names }
delegate-not-known-hint = register them with `quorum member delegate add { $number } --name …`
kascommissie-committee-kept = the report for { $year } is recorded (of { $on }); the committee that made it stays as it was
kascommissie-report-unreadable = cannot read the report { $file }: { $error }
kascommissie-report-in-year = { $date } is not after the end of financial year { $year } ({ $end }); the accounts are checked after the year
kascommissie-none = no audit committee is recorded for { $year }
kascommissie-none-hint = record it first with `quorum kascommissie set { $year } --members N N --decision CODE`, or give --accountant for an accountant's statement

## msgcli

list-nobody = nobody
member-add-duplicate = { $name } looks like a member already registered ({ $found }); nothing was added
member-add-duplicate-hint = check with `quorum member show { $number }`; if this is another person, add again with --allow-duplicate
member-add-cancelled = cancelled; nothing was added
member-likeness-email = the same e-mail address
member-likeness-name-birth = the same name and birth date
member-likely-same = member { $number } ({ $name }) has { $why }
member-consent-without-email = consent to convocation by e-mail is recorded, but there is no e-mail address
member-likely-duplicate = likely a duplicate: { $found }
member-add-number-taken-hint = leave out --number to take the next free number
member-added = member { $number } { $name }
    .verb = Added
member-edit-nothing = nothing to change: no field was given
member-edit-nothing-hint = pass the fields to change, e.g. `quorum member edit { $number } --city Utrecht` (see --help)
member-changed = member { $number }: { $fields }
    .verb = Changed
member-consent-no-email = member { $number } has consented to convocation by e-mail, but has no e-mail address
member-edit-no-change = Member { $number } already has these values; nothing changed.
member-delete-referred = member { $number } is not only a mistaken record: { $uses } refer to it; nothing was deleted
member-delete-referred-hint = a member who took part stays in the registry: once they have left (`quorum member leave { $number } --date DATE`), `quorum member erase { $number }` removes the personal data
member-delete-confirm = Deleting member { $number } ({ $name }) from the registry
list-comma = { $first }, { $then }
import-column-unknown = column "{ $column }" is not imported: quorum does not know it; import it with --map "{ $column }=FIELD", or hide this with --map "{ $column }=-"
import-columns-unknown = { $count } columns are not imported, as quorum does not know them: { $columns }; import one with --map "COLUMN=FIELD", or hide them with --map "COLUMN=-"
import-holds-dates = dates
import-holds-postcodes = postcodes
import-holds-emails = e-mail addresses
import-column-holds-taken = column "{ $column }" is not imported: quorum does not know it, and it holds { $holds }, whose fields have their columns already; hide this with --map "{ $column }=-"
import-column-holds-one = column "{ $column }" is not imported: quorum does not know it, but it holds { $holds }: import it with --map "{ $column }={ $field }", or hide this with --map "{ $column }=-"
import-column-holds-dates = column "{ $column }" is not imported: quorum does not know it, and it holds { $holds }; if they are a member's birth, joining or leaving dates, import it with --map "{ $column }=FIELD" (FIELD one of { $fields }), otherwise hide this with --map "{ $column }=-"
import-column-derived = column "{ $column }" is checked against the dates, not imported: quorum works status out from the dates
import-column-family-name = column "{ $column }" is read as the family name, beside "{ $given }" (not split as a full name; --map "{ $column }=full_name" splits it)
import-preview = line { $line }: { $fields }
import-more-warnings = … and { $count } more warnings of other kinds
import-names-split = split { $split } of { $total } names into given name, prefix and family name
import-names-not-split = { $count ->
    [one] 1 name could not be split and is
   *[other] { $count } names could not be split and are
} kept whole as the family name: { $listed }; correct a person's with member edit N --given-name … --family-name …, an organisation's with member edit N --organisation … --family-name "", or split the column in the sheet
import-prefixes-taken = took the prefix (tussenvoegsel) out of { $count ->
    [one] 1 family name
   *[other] { $count } family names
} written with it, as the file has no prefix column: { $listed }
import-organisations = { $count ->
    [one] 1 name is an organisation's (it starts with a word such as Stichting or Vereniging)
   *[other] { $count } names are organisations' (they start with a word such as Stichting or Vereniging)
}, kept whole as its name: { $listed }
import-consent-dated = { $count } members consented to e-mail with a yes and no date: their consent is dated { $today }, the day of the import
import-matched-one-way = matched { $count ->
    [one] 1 row
   *[other] { $count } rows
} to registered members { $how ->
    [number] by number
    [email] by e-mail address
   *[name] by name and birth date
}
import-matched-by = { $count } { $how ->
    [number] by number
    [email] by e-mail address
   *[name] by name and birth date
}
import-matched-ways = matched { $count ->
    [one] 1 row
   *[other] { $count } rows
} to registered members: { $ways }
import-matched-line = line { $line } → member { $number }
import-matched-line-why = line { $line } → member { $number } ({ $why })
import-more = { $count } more
import-line-named = line { $line } "{ $name }"
import-and-more = { $listed } and { $count } more
import-refused = { $count ->
    [one] 1 error
   *[other] { $count } errors
} in { $file }; nothing was imported
import-refused-hint = correct the file and run the import again; --dry-run checks a file without writing
import-unnamed-column = a column without a header has values; they are not imported (give it a header)
import-category-made = { $dry_run ->
    [yes] would make
   *[no] made
} the category '{ $category }' (members with one vote); check that this is what the statutes say
import-counts = { $new } new, { $changed } changed, { $unchanged } unchanged members from { $file }
import-imported = { $counts } (import { $import })
    .verb = Imported
import-checked = { $counts }; nothing was written (--dry-run)
    .verb = Checked
file-unreadable = cannot read { $path }: { $why }
file-wrong = { $path }: { $why }
election-ballot-empty = say what the paper holds: a NAME, --rank "A,B,C", --blank, --invalid REASON or --file F
election-ballots-entered = { $papers ->
    [one] 1 paper
   *[other] { $papers } papers
} in round { $round } of election { $election }: { $valid } valid, { $blank } blank, { $invalid } invalid
    .verb = Entered
election-binding-recorded = the vote on the binding nomination of election { $election }
    .verb = Recorded
election-candidate-added = candidate { $candidate } to election { $election }
    .verb = Added
election-candidate-withdrawn = candidate { $candidate } from election { $election }
    .verb = Withdrew
election-round-counted = round { $round } ({ $label }, { $kind }) of election { $election } by { $method }, seed { $seed }
    .verb = Counted
election-papers = { $papers ->
    [one] 1 paper
   *[other] { $papers } papers
}: { $blank } blank, { $invalid } invalid
election-invalid-reason = invalid ({ $papers } paper(s)): { $reason }
election-lot = lot for { $purpose } among { $among }: { $chosen }
election-elected = Elected: { $names }
election-held-over = The election is held over to the next meeting.
list-and = {" "}and{" "}
election-tie = The votes tie: a new ballot between { $between }; open it with `quorum election round { $election }`
election-next-round = Next round ({ $kind }): { $names }; open it with `quorum election round { $election }`
election-recounted = every round: the figures stored
    .verb = Recounted
election-round-opened = round { $round } ({ $label }, { $kind }) of election { $election }
    .verb = Opened
election-codes-issued = { $codes ->
    [one] 1 voting code
   *[other] { $codes } voting codes
} for round { $round } of election { $election } to { $voters ->
    [one] 1 voter
   *[other] { $voters } voters
} present ({ $files })
    .verb = Issued
election-ballot-cast = a ballot in round { $round } of election { $election }
    .verb = Cast
election-blt-wrote = { $path } ({ $ballots ->
    [one] 1 ballot
   *[other] { $ballots } ballots
} of round { $round })
    .verb = Wrote
election-created = election { $election } in meeting { $meeting } ({ $seats ->
    [one] 1 seat
   *[other] { $seats } seats
}, { $method }); seed { $seed }
    .verb = Created
election-heading = Election { $election }: { $title } (meeting { $meeting }, { $status })
election-seats-method = { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
} by { $method }; seed { $seed }
election-round-votes = round { $round }: { $votes }
tally-to-blt-format = --to blt writes BLT, so --format does not apply
tally-to-blt-format-hint = drop --format, or drop --to to count the ballots
tally-repaired = { $file }: { $repair }
    .verb = Repaired
tally-read = { $file } ({ $format }{ $detected ->
    [yes] , detected
   *[no] {""}
}): { $candidates } candidates, { $ballots } ballots
    .verb = Read
tally-seed = { $given ->
    [yes] { $seed } (given)
    [batch] { $seed }
   *[no] { $seed } (random; repeat this count with --seed { $seed })
}
    .verb = Seed
tally-unsuitable = { $file }: cannot count by { $method }: { $why }
tally-counted = { $method }, { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
}: { $stages ->
    [one] 1 stage
   *[other] { $stages } stages
}, { $invalid } invalid, { $lots ->
    [one] 1 lot
   *[other] { $lots } lots
} drawn
    .verb = Counted
tally-missing-method = missing --method
tally-choose-method = choose one of: { $methods }
tally-batch-convert = several files can only be counted, not converted
tally-batch-convert-hint = give --method, or convert one file at a time with --to blt
tally-batch-counted = { $counted } of { $files } files by { $method }
    .verb = Counted
tally-batch-failed = { $failed } of { $files } files could not be counted; each one's reason is in its row
tally-stdin-unreadable = cannot read the ballots from standard input: { $why }
tally-not-utf8 = { $file } is not UTF-8; reading it as Windows-1252
tally-file-unreadable = cannot read ballot file { $file }: { $why }
tally-file-unreadable-hint = check the path; `quorum tally` counts a BLT, ABIF, Debian, CSV or Dublin ballot file
tally-detected-hint = read as { $format } (detected from the content); if it is another format, say so with --input-format ({ $formats })
tally-blt-no-seats = the file gives no number of seats; the BLT header says 1 (set it with --seats)
tally-blt-no-default = BLT cannot record the default option or majority requirements; they are left out
tally-blt-no-metadata = BLT has no place for the file's { $count ->
    [one] 1 metadata line
   *[other] { $count } metadata lines
}; they are left out
decision-made-known = decision { $code } made known on { $on }; annulment can be claimed until { $until } (BW 2:15 lid 5)
    .verb = Set
decision-confirmed = decision { $code } confirmed by decision { $by }; it is { $standing } (BW 2:15 lid 6)
    .verb = Set
decision-status-set = decision { $code } is { $status } from { $from }
    .verb = Set
decision-history-heading = History:
resolution-adopted = resolution { $resolution }
    .verb = Adopted
resolution-failed = resolution { $resolution }
    .verb = Failed
resolution-made = written resolution { $resolution } on proposal { $proposal }: all { $voters } members with a vote on { $on } ({ $votes } votes) must agree
    .verb = Made
resolution-signatures-heading = Signatures:
resolution-signed = resolution { $resolution }: member { $member } { $how ->
    [against] against
   *[agreed] agreed
}
    .verb = Signed
resolution-cannot-pass = resolution { $resolution } can no longer be adopted; record the outcome with `quorum resolution close { $resolution }`
document-late = the convocation went out already: the document is recorded as late, and a decision on its item may be voidable (BW 2:15)
document-added = document { $document } ‘{ $title }’ to item { $item } of meeting { $meeting }
    .verb = Added
document-supplement-wrote = the supplement to the convocation of meeting { $meeting } with { $documents ->
    [one] 1 document
   *[other] { $documents } documents
} to { $path }
    .verb = Wrote
document-removed = document { $document } ‘{ $title }’ of meeting { $meeting }
    .verb = Removed
action-done = action item { $action } on { $on }
    .verb = Done
db-problems = { $path } has problems:
    {"  "}{ $problems }
db-problems-hint = restore the latest backup (`quorum db restore FILE`), or make a copy with `quorum db backup` before repairing
man-cannot-create = creating { $path }: { $why }
man-cannot-write = writing { $path }: { $why }
man-pages-wrote = { $count } man pages to { $path }
    .verb = Wrote
format-own-file = `quorum { $path }` prints a file of its own format, not { $format }
format-own-file-hint = leave out --format
format-not-offered = `quorum { $path }` has no { $format } form
format-use = use --format { $formats }
proposal-text-file-unreadable = cannot read the text file { $path }: { $why }
proposal-by-missing = missing --by N… or --by-board (stdin is not a terminal, so quorum cannot ask)
proposal-by-missing-hint = pass --by-board, or --by with the numbers of the members who bring it
proposal-by-word = '{ $word }': { $why }
proposal-by-answer-hint = answer board, or the numbers of the members who bring it
reading-file = reading { $path }: { $why }
rules-file-problem = { $problem }
rules-file-problems = { $count } problems in { $file }:
    {"  "}{ $problems }
rules-file-problems-hint = nothing was imported; fix the file and import it again
todo-nothing-open = Nothing the law or the statutes expect is open on { $on }.
todo-overdue = { $overdue } of { $duties } duties are overdue on { $on }
prompt-birth-date = Birth date
prompt-category = Category
prompt-joined = Joined on
prompt-email-consent = Convocation by e-mail agreed?
prompt-notes = Notes
prompt-add-anyway = Add this member anyway?

# src/domain/office.rs, src/ops/member/pipeline.rs
committee-too-small = an audit committee needs at least { $min } members (kascommissie_min_members = { $min }; BW 2:48 lid 2: at least 2); { $given } given
committee-outsiders = the audit committee is made of members (BW 2:48 lid 2); not a member: { $outsiders }
committee-on-board = { $number } ({ $name }, on the board { $from } to { $to })
committee-board = members of the audit committee for { $year } may not sit on the board in that year (BW 2:48 lid 2): { $board }; choose other members
comma-list = { $first }, { $rest }
pipeline-writer-stopped = the writing thread stopped

## contract: quorum demo (src/cli/demo.rs)

demo-intro = Bewonersfederatie De Eendracht (demo): a federation of residents' collectives.
demo-members-on = Members on { $on }:
demo-no-members = No members.
demo-members-then = Who was a member on { $on }? { $count ->
    [one] 1 member
   *[other] { $count } members
}:
demo-votes-today = Votes at a general meeting today (suspended members have none, BW 2:24d):
demo-no-categories = No categories.
demo-votes-total = Total: { $total ->
    [one] 1 vote
   *[other] { $total } votes
}.
demo-board-on = The board on { $on } (`quorum board`), entered as it sat before quorum:
demo-no-board = No board.
demo-committee = The audit committee for { $year } (BW 2:48 lid 2): { $members }; none of them on the board that year.
demo-meeting = A general meeting on { $on }: convened today ({ $days } days' notice), opened, two guests registered (never counted), and at the door:
demo-door-refused = {"  "}member { $number } refused: { $reason }
demo-door-delegate = {"  "}member { $number } ({ $name }) checked in through its delegate { $delegate }, with { $votes ->
    [one] 1 vote
   *[other] { $votes } votes
}
demo-proxy = {"  "}member { $from } gave a proxy to member { $to }
demo-vote = Vote { $vote } on "{ $title }" ({ $method ->
    [hands] hands
    [roll_call] roll call
    [ballot] ballot
   *[other] { $method }
}), explained in the association's language:
demo-vote-declared = The chair declared: { $declared }.
demo-election = Electing a board member by paper ballot (model statutes; docs/reference/law.md#model-statutes):
demo-election-round = {"  "}Round { $round } ({ $kind }): { $papers } papers, { $blank } blank, { $invalid } invalid; { $votes }
demo-election-line = {"    "}{ $line }
demo-election-elected = {"    "}Elected: { $names }
demo-election-runoff = {"    "}Runoff: { $names }
demo-minutes = The minutes, drafted from what was recorded (`quorum minutes draft { $meeting }`), in the association's language:
demo-journal-intact = The journal holds { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
} and its hash chain is intact.
demo-journal-broken = the journal is broken at entry { $seq }: { $reason }
demo-look-around = The demo database is { $db }. Look around, for example:
    {"  "}quorum --db { $db } member list --search muller
    {"  "}quorum --db { $db } member show 12
    {"  "}quorum --db { $db } journal list
list-empty-actions-open = No open action items.
list-empty-actions = No action items yet; record one with `quorum minutes action M --who … --what …`.
list-empty-candidates = No candidates.
list-empty-counted-rounds = No counted rounds.
list-empty-rounds = No rounds yet.
list-empty-elections = No elections.
list-empty-documents = No documents; `meeting document add` records one.
list-empty-resolutions = No written resolutions.
restore-confirm = Replacing { $db } by the backup { $file } (the current file is kept beside it)

## docs27
rules-article-recorded = the article of { $key }: { $new } (rules from { $from })
    .verb = Recorded
rules-article-changed = the article of { $key }: { $new }, was { $old } (rules from { $from })
    .verb = Changed
rules-article-removed = the article of { $key } ({ $old }) from the rules from { $from }
    .verb = Removed
# src/cli/minutes
minutes-not-a-table = { $command } writes a document, not a table
minutes-not-a-table-hint = use --format md (the default), html or json
minutes-circulated = version { $version } of the minutes of meeting { $meeting } for approval (sha256 { $sha256 })
    .verb = Circulated
minutes-no-chair = the chair of meeting { $meeting } is not recorded; the minutes say so (`quorum meeting edit { $meeting } --chair N`)
minutes-no-secretary = the minute-taker of meeting { $meeting } is not recorded; the minutes say so (`quorum meeting edit { $meeting } --secretary N`)
minutes-draft-wrote = the draft minutes of meeting { $meeting } to { $path }
    .verb = Wrote
minutes-sealed-by-vote = the minutes of meeting { $meeting } as approved at meeting { $at } by vote { $vote } (sha256 { $sha256 })
    .verb = Sealed
minutes-sealed-by-acclamation = the minutes of meeting { $meeting } as approved at meeting { $at } by acclamation (sha256 { $sha256 })
    .verb = Sealed
minutes-seal-verified = seal { $seal } of the minutes of meeting { $meeting }: the text matches its SHA-256 { $sha256 } and journal entry { $entry }
    .verb = Verified
minutes-seal-text-changed = seal { $seal } of the minutes of meeting { $meeting }: the text no longer matches its SHA-256: it was changed after approval
minutes-seal-not-journaled = seal { $seal } of the minutes of meeting { $meeting }: the SHA-256 is not the one the journal recorded at approval
minutes-seal-chain-broken = seal { $seal } of the minutes of meeting { $meeting }: the journal's hash chain is broken (`quorum journal verify` says where)
minutes-seal-mismatch = the approved minutes of meeting { $meeting } do not match their seal
minutes-editor-failed = the editor '{ $editor }' failed ({ $status }); no note was added
minutes-editor-failed-hint = set VISUAL or EDITOR to an editor that works, or pass the note as an argument
minutes-editor-not-started = could not start the editor '{ $editor }': { $error }; no note was added
minutes-editor-not-started-hint = set VISUAL or EDITOR, or pass the note as an argument
minutes-note-corrected = note { $note } of the minutes of meeting { $meeting }
    .verb = Corrected
minutes-note-removed = note { $note } of the minutes of meeting { $meeting }; the notes after it move up one number
    .verb = Removed
minutes-note-which-meeting = name the meeting: `minutes note M "text"`
minutes-note-empty = the note is empty; no note was added
minutes-note-empty-hint = write what was said, as an argument, from stdin (-) or with --edit
minutes-note-added = note { $note } to the minutes of meeting { $meeting }
    .verb = Added
minutes-note-added-under = note { $note } to the minutes of meeting { $meeting } under item { $item }
    .verb = Added
minutes-action-recorded = action item { $action } at meeting { $meeting }
    .verb = Recorded
# src/ops/minutes, src/domain/minutes, src/domain/lang.rs
minutes-no-such-item = meeting { $meeting } has no agenda item { $position }; `quorum meeting agenda { $meeting } list` shows the items
minutes-note-text-empty = the note is empty; write what was said
minutes-action-who-empty = say who will do it
minutes-action-what-empty = say what is to be done
minutes-cancelled-because = meeting { $meeting } was cancelled ({ $reason }), so it was never held and has no minutes; `quorum minutes draft { $meeting } --cancelled` prints the notice that it does not take place
minutes-cancelled = meeting { $meeting } was cancelled, so it was never held and has no minutes; `quorum minutes draft { $meeting } --cancelled` prints the notice that it does not take place
minutes-not-cancelled = meeting { $meeting } was not cancelled; `quorum minutes draft { $meeting }` drafts its minutes
minutes-circulate-not-closed = meeting { $meeting } is not closed yet; minutes are circulated after the meeting (`quorum meeting close { $meeting }`)
minutes-circulate-approved = the minutes of meeting { $meeting } were approved already at meeting { $at }; there is nothing to circulate for approval
minutes-not-circulated = the minutes of meeting { $meeting } have not been circulated; `quorum minutes draft { $meeting } --circulate` does that
minutes-notes-sealed = the minutes of meeting { $meeting } were approved at meeting { $at } and are sealed; their notes stay as approved
minutes-notes-sealed-hint = add a correction for the next approval: `quorum minutes note { $meeting } --correction "…"`
minutes-note-edit-empty = the note is empty; to take it out use `minutes note remove`
minutes-vote-other-meeting = vote { $vote } was taken at meeting { $taken }, not at meeting { $at }; name a vote of the meeting that approves
minutes-vote-open = vote { $vote } is still open; close it first (`quorum vote close { $vote }`)
minutes-vote-not-adopted = vote { $vote } did not adopt anything ({ $result }); minutes are approved by a vote that adopted them, or by acclamation without --vote
minutes-approved-already = the minutes of meeting { $meeting } were approved already at meeting { $at } (seal { $seal }); a correction is a new approval with --correction
minutes-correction-unapproved = the minutes of meeting { $meeting } have not been approved yet; approve them without --correction
minutes-changed-since-circulated = the minutes of meeting { $meeting } changed since they were circulated on { $on } (sha256 { $sha256 }); members would approve a text they were not sent:
    { $lines }
minutes-changed-since-circulated-hint = circulate the new text first (`quorum minutes draft { $meeting } --circulate`), then approve
minutes-seal-not-stored = seal { $seal } was not stored
minutes-not-approved = the minutes of meeting { $meeting } have not been approved; `quorum minutes draft { $meeting }` shows the draft
minutes-circulation-missing = circulation { $circulation } of seal { $seal } is missing
minutes-no-seal-to-check = the minutes of meeting { $meeting } have not been approved; there is no seal to check
minutes-approve-cancelled = meeting { $meeting } was cancelled; a cancelled meeting has no minutes to approve
minutes-approve-not-held = meeting { $meeting } has not been held (it was never opened); minutes are approved after the meeting
minutes-approve-at-cancelled = meeting { $meeting } was cancelled; minutes are approved by a meeting that is held
minutes-approve-at-not-open = meeting { $meeting } has not been opened; minutes are approved during a meeting: record `quorum meeting open { $meeting }` first
minutes-approve-same-meeting = the statutes have the minutes adopted by the next meeting (minutes_adopted_by = { $rule }); approve the minutes of meeting { $meeting } at a later meeting
minutes-approve-earlier = meeting { $at } ({ $at_start }) was held before meeting { $meeting } ({ $start }); minutes are approved by a later meeting
minutes-approve-still-open = meeting { $meeting } is still open; close it (`quorum meeting close { $meeting }`) before a later meeting approves its minutes
minutes-said-not-a-time = '{ $given }' is not a time; write it as 20.15, or a date with a time (15-04-2027 20:15)
minutes-note-cancelled = meeting { $meeting } was cancelled ({ $reason }); a cancelled meeting has no minutes
minutes-note-cancelled-no-reason = meeting { $meeting } was cancelled (no reason recorded); a cancelled meeting has no minutes
minutes-note-sealed = the minutes of meeting { $meeting } are approved and sealed; a note now is a correction, for a new approval (--correction)
minutes-note-not-sealed = the minutes of meeting { $meeting } are not sealed yet; write the note without --correction
minutes-action-sealed = the minutes of meeting { $meeting } are approved and sealed; record the action at the meeting where it is agreed
minutes-action-due-before = { $due } is before meeting { $meeting } of { $date }; an action is due after the meeting that agreed it
lang-unknown = '{ $given }' is not a language quorum writes; choose nl or en


## joined
# A member whose joining date is unknown (issue 29): src/domain/member_change.rs, src/output/mod.rs,
# src/cli/member/import.rs, src/cli/member/jubilees.rs
joined-unknown-not-first = only a member's first period can have an unknown joining date; this member rejoined after { $previous }, and that date is known
joined-unknown-cell = unknown
import-joined-unknown = { $count ->
    [one] 1 member has
   *[other] { $count } members have
} an unknown joining date (--joined unknown): counted as a member from before every meeting in the registry; correct a date with `quorum member edit N --joined DATE`
import-joined-conflicts = { $count ->
    [one] 1 row
   *[other] { $count } rows
} left before { $date } or were born after it: given an unknown joining date rather than --joined { $given } (line { $lines })
jubilees-joined-unknown = { $count ->
    [one] 1 member has
   *[other] { $count } members have
} an unknown joining date and no jubilee can be worked out: not in this list (give the date with `quorum member edit N --joined DATE`)
list-empty-notes = no notes
