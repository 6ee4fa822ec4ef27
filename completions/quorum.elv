
use builtin;
use str;

set edit:completion:arg-completer[quorum] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'quorum'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'quorum'= {
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a new database for an association'
            cand demo 'Build a demo association in a temporary database and show it'
            cand member 'Keep the member registry: add, list, edit, leave, import, export, erase'
            cand association 'Show or change the association''s name and language'
            cand meeting 'General meetings: agenda, convocation, attendance, proxies, quorum'
            cand proposal 'Proposals for a general meeting: draft, amend, withdraw, exclude members from a vote'
            cand vote 'Votes on proposals: open, count, cast, close, challenge, show, list, export'
            cand resolution 'Written resolutions outside a meeting (BW 2:40): new, sign, close, show, list'
            cand election 'Elections of persons in a meeting: candidates, paper ballots, rounds, count, export'
            cand minutes 'Minutes of a meeting: notes, action items, the draft, approval and the seal'
            cand actions 'Action items across meetings: list them (--open), mark one done'
            cand board 'The board on a date, its seats and terms, the retirement schedule, changes to report'
            cand kascommissie 'The audit committee (kascommissie, BW 2:48 lid 2) of a financial year, and its report'
            cand todo 'What the law and the statutes expect next, with dates: meetings, reports, terms, data'
            cand decisions 'The decision register across all meetings: list, show, record the notarial deed'
            cand decision 'The decision register across all meetings: list, show, record the notarial deed'
            cand category 'Manage member categories: who is a member in law, who votes, with what weight'
            cand roll 'Print the voting roll on a date: who votes, with how many votes, and why not'
            cand journal 'Show and verify the journal of changes'
            cand db 'Inspect, back up and check the database file'
            cand rules 'Show and change the statutes'' decision rules, versioned by the date they take effect'
            cand tally 'Count a ballot file by a voting method (no database needed)'
            cand completions 'Print shell completions'
            cand man 'Print the man page, or write one page per command into a folder'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;init'= {
            cand --name 'The association''s name, as in its statutes'
            cand --lang 'Language of documents for members (letters, agendas, minutes): nl or en'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;demo'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a member (asks for the fields on a terminal when no flags are given)'
            cand list 'List members on a date, filtered and sorted'
            cand ls 'List members on a date, filtered and sorted'
            cand show 'Show every field of one member'
            cand edit 'Change fields of a member (an empty value clears an optional field)'
            cand leave 'End a membership: the member leaves after the given last day'
            cand rejoin 'Start a new membership period for a former member'
            cand suspend 'Suspend a member: no vote and not counted in any base (BW 2:24d)'
            cand unsuspend 'Lift a member''s suspension'
            cand arrears 'Record contribution arrears (--from DATE) or that they were paid (--clear)'
            cand data 'Print everything held about one member as JSON (access and portability requests)'
            cand erase 'Erase the personal data of a former member, keeping an anonymous record'
            cand delete 'Delete a record added by mistake (only while nothing refers to it)'
            cand delegate 'Delegates of a member that is an organisation: add, list, end'
            cand import 'Import members from a spreadsheet (CSV)'
            cand export 'Export members as CSV or JSON'
            cand jubilees 'List members who reach 12.5, 25, 40, 50… years of membership in a year'
            cand birthdays 'List the birthdays of members in a month, with the age they turn'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;member;add'= {
            cand --number 'Member number [default: the next free one]'
            cand --given-name 'Given name (voornaam)'
            cand --name-prefix 'Name prefix (tussenvoegsel), e.g. "van der"'
            cand --prefix 'Name prefix (tussenvoegsel), e.g. "van der"'
            cand --family-name 'Family name without the prefix (required, unless the member is an organisation)'
            cand --organisation 'The name of a member that is an organisation ("Bewonerscollectief De Wilgen"), instead of a person''s name'
            cand --email 'E-mail address'
            cand --phone 'Phone number'
            cand --phone2 'A second phone number'
            cand --external-code 'A code the member has elsewhere (a federation''s relation code "J-012"), kept as typed'
            cand --street 'Street and house number'
            cand --address 'Street and house number'
            cand --postcode 'Postcode'
            cand --city 'City (woonplaats)'
            cand --country 'Country'
            cand --birth-date 'Birth date (YYYY-MM-DD or DD-MM-YYYY)'
            cand --category 'Category, see `quorum category list` [default: regular]'
            cand --joined 'First day of membership, or "unknown" for a member from before the registry [default: today]'
            cand --left 'Last day of membership, to register someone who has already left'
            cand --email-consent 'Consent to convocation by e-mail (BW 2:41 lid 5), given on DATE [default: today]'
            cand --notes 'Free-text notes (keep them factual: the member may ask to see them)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --allow-duplicate 'Add even when a member with the same e-mail address, or the same name and birth date, is registered (without it a script is refused, a terminal asks)'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;list'= {
            cand --status 'Which members, judged on the --on date'
            cand --category 'Only this category'
            cand --on 'The date to judge membership and status on [default: today]'
            cand --as-of 'The date to judge membership and status on [default: today]'
            cand --search 'Text in the number, names, e-mail or city (case and accents ignored)'
            cand --sort 'Order of the list'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;ls'= {
            cand --status 'Which members, judged on the --on date'
            cand --category 'Only this category'
            cand --on 'The date to judge membership and status on [default: today]'
            cand --as-of 'The date to judge membership and status on [default: today]'
            cand --search 'Text in the number, names, e-mail or city (case and accents ignored)'
            cand --sort 'Order of the list'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;show'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;edit'= {
            cand --number 'New member number'
            cand --given-name 'Given name (voornaam)'
            cand --name-prefix 'Name prefix (tussenvoegsel), e.g. "van der"'
            cand --prefix 'Name prefix (tussenvoegsel), e.g. "van der"'
            cand --family-name 'Family name without the prefix ("" clears it, when the member becomes an organisation)'
            cand --organisation 'The name of a member that is an organisation ("" clears it; the member then needs a family name)'
            cand --email 'E-mail address'
            cand --phone 'Phone number'
            cand --phone2 'A second phone number'
            cand --external-code 'A code the member has elsewhere (a federation''s relation code), kept as typed'
            cand --street 'Street and house number'
            cand --address 'Street and house number'
            cand --postcode 'Postcode'
            cand --city 'City (woonplaats)'
            cand --country 'Country'
            cand --birth-date 'Birth date, or "" to clear'
            cand --email-consent 'Consent to convocation by e-mail given on DATE [default: today]; "" withdraws it'
            cand --notes 'Free-text notes'
            cand --category 'Move the member to another category'
            cand --joined 'Correct the first day of the current (or last) membership period; "unknown" for a member''s first period'
            cand --left 'Correct the last day of the last membership period, or "none" to withdraw the leave'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;leave'= {
            cand --on 'Last day as a member; may lie ahead, e.g. the end of the year [default: today]'
            cand --date 'Last day as a member; may lie ahead, e.g. the end of the year [default: today]'
            cand --reason 'Why the membership ends (resignation, expulsion, death…)'
            cand --resigned 'The member resigned on this day: the last day follows from the statutes (resignation_notice_weeks, resignation_effective_at; BW 2:36)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --undo 'Withdraw the last leave instead: the membership runs on as if it never ended'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;rejoin'= {
            cand --on 'First day of the new membership [default: today]'
            cand --date 'First day of the new membership [default: today]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;suspend'= {
            cand --reason 'Why (the decision and its ground); required'
            cand --from 'First day of the suspension [default: today]'
            cand --until 'Last day of the suspension [default: until lifted with `member unsuspend`]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --appeal-term 'The board expelled the member, told on --from: suspended during the appeal term (expulsion_appeal_months, BW 2:35)'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;unsuspend'= {
            cand --on 'First day without the suspension [default: today]'
            cand --date 'First day without the suspension [default: today]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;arrears'= {
            cand --from 'First day in arrears'
            cand --since 'First day in arrears'
            cand --on 'With --clear: first day paid up [default: today]'
            cand --date 'With --clear: first day paid up [default: today]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --clear 'The member paid up: end the open arrears'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;data'= {
            cand -o 'Write to FILE (owner-only; it appears only when complete) instead of stdout, e.g. to send to the member'
            cand --output 'Write to FILE (owner-only; it appears only when complete) instead of stdout, e.g. to send to the member'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;erase'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;delete'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;delegate'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Register a delegate of a member that is an organisation'
            cand list 'List a member''s delegates'
            cand end 'End a delegate''s mandate'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;member;delegate;add'= {
            cand --name 'The delegate''s name, as it goes on the attendance list'
            cand --email 'The delegate''s e-mail address'
            cand --phone 'The delegate''s phone number'
            cand --from 'First day of the mandate [default: today]'
            cand --until 'Last day of the mandate [default: until ended]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;delegate;list'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;delegate;end'= {
            cand --on 'The mandate''s last day [default: today]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;delegate;help'= {
            cand add 'Register a delegate of a member that is an organisation'
            cand list 'List a member''s delegates'
            cand end 'End a delegate''s mandate'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;member;delegate;help;add'= {
        }
        &'quorum;member;delegate;help;list'= {
        }
        &'quorum;member;delegate;help;end'= {
        }
        &'quorum;member;delegate;help;help'= {
        }
        &'quorum;member;import'= {
            cand --map 'Read column COLUMN as FIELD (repeatable); `COLUMN=-` ignores a column'
            cand --category-map 'Read the sheet''s category names as the registry''s (repeatable): "Steunend lid=supporter,Gewoon lid=regular"'
            cand --status-map 'What the status column''s words mean (repeatable): "Afgemeld=former,Proeflid=current"; the statuses of CiviCRM, Galette, Admidio and Sportlink are known without it'
            cand --consent-map 'What the answers in the consent column mean (repeatable): "Ja=yes,Nee, stuur mij een brief=no"; "1=no,0=yes" for a column that asks the opposite (CiviCRM''s Do Not Email)'
            cand --category 'Category of members whose row names none'
            cand --joined 'Date of joining of members whose row gives none, or "unknown" (members from before the registry); a row whose own leaving or birth date contradicts the date gets unknown'
            cand --encoding 'The file''s encoding [default: detected]'
            cand --delimiter 'The separator: , ; or tab [default: detected from the header row]'
            cand --max-errors 'How many errors to list (all are counted)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --update 'Change the registered members the rows are about (only what differs): by number, or in a row without one by the same e-mail address, or name and birth date'
            cand --dry-run 'Check the file and report what would change, without writing anything'
            cand --left-is-first-day-out 'The end date in the file is the first day without membership (Sportlink''s Afmelddatum): the last day as a member is the day before'
            cand --end-only-when-former 'The end date counts only in rows whose status says the member left: for a current member it is the end of the paid period (CiviCRM''s Membership End Date), not a leaving date'
            cand --fix-mobile 'Put back the 0 of mobile numbers a spreadsheet dropped ("612345678" → "0612345678")'
            cand --create-categories 'Create categories the registry does not know yet (as member categories with a vote)'
            cand --allow-duplicate 'Import rows that look like a registered member or another row of the file (the same e-mail address, or the same name and birth date); without it the file is refused'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;export'= {
            cand -o 'Write to FILE (owner-only; it appears only when complete) instead of stdout'
            cand --output 'Write to FILE (owner-only; it appears only when complete) instead of stdout'
            cand --columns 'Columns, comma-separated, e.g. number,family_name,email [default: every registry field]'
            cand --on 'The date membership and status are judged on, e.g. 2025-12-31 [default: today]'
            cand --as-of 'The date membership and status are judged on, e.g. 2025-12-31 [default: today]'
            cand --status 'Which members, on the --on date'
            cand --category 'Only members of this category'
            cand --delimiter 'The separator: , ; or tab [default: , and with --excel ;]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --excel 'For Excel: UTF-8 byte-order mark, ; and CRLF, and cells that would run as formulas (starting with = + - @) made text with a leading '''
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;jubilees'= {
            cand --year 'The year, e.g. 2027 [default: this year]'
            cand --years 'The jubilees, in years, comma-separated [default: 12.5,25,40,50,60,75]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;birthdays'= {
            cand --month 'The month, 1 to 12'
            cand --year 'The year [default: this year]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;member;help'= {
            cand add 'Add a member (asks for the fields on a terminal when no flags are given)'
            cand list 'List members on a date, filtered and sorted'
            cand show 'Show every field of one member'
            cand edit 'Change fields of a member (an empty value clears an optional field)'
            cand leave 'End a membership: the member leaves after the given last day'
            cand rejoin 'Start a new membership period for a former member'
            cand suspend 'Suspend a member: no vote and not counted in any base (BW 2:24d)'
            cand unsuspend 'Lift a member''s suspension'
            cand arrears 'Record contribution arrears (--from DATE) or that they were paid (--clear)'
            cand data 'Print everything held about one member as JSON (access and portability requests)'
            cand erase 'Erase the personal data of a former member, keeping an anonymous record'
            cand delete 'Delete a record added by mistake (only while nothing refers to it)'
            cand delegate 'Delegates of a member that is an organisation: add, list, end'
            cand import 'Import members from a spreadsheet (CSV)'
            cand export 'Export members as CSV or JSON'
            cand jubilees 'List members who reach 12.5, 25, 40, 50… years of membership in a year'
            cand birthdays 'List the birthdays of members in a month, with the age they turn'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;member;help;add'= {
        }
        &'quorum;member;help;list'= {
        }
        &'quorum;member;help;show'= {
        }
        &'quorum;member;help;edit'= {
        }
        &'quorum;member;help;leave'= {
        }
        &'quorum;member;help;rejoin'= {
        }
        &'quorum;member;help;suspend'= {
        }
        &'quorum;member;help;unsuspend'= {
        }
        &'quorum;member;help;arrears'= {
        }
        &'quorum;member;help;data'= {
        }
        &'quorum;member;help;erase'= {
        }
        &'quorum;member;help;delete'= {
        }
        &'quorum;member;help;delegate'= {
            cand add 'Register a delegate of a member that is an organisation'
            cand list 'List a member''s delegates'
            cand end 'End a delegate''s mandate'
        }
        &'quorum;member;help;delegate;add'= {
        }
        &'quorum;member;help;delegate;list'= {
        }
        &'quorum;member;help;delegate;end'= {
        }
        &'quorum;member;help;import'= {
        }
        &'quorum;member;help;export'= {
        }
        &'quorum;member;help;jubilees'= {
        }
        &'quorum;member;help;birthdays'= {
        }
        &'quorum;member;help;help'= {
        }
        &'quorum;association'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print the name and the language of documents for members'
            cand edit 'Change the language of documents for members (journaled)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;association;show'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;association;edit'= {
            cand --lang 'nl (Dutch) or en (English)'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;association;help'= {
            cand show 'Print the name and the language of documents for members'
            cand edit 'Change the language of documents for members (journaled)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;association;help;show'= {
        }
        &'quorum;association;help;edit'= {
        }
        &'quorum;association;help;help'= {
        }
        &'quorum;meeting'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand new 'Plan a meeting'
            cand list 'List the meetings'
            cand ls 'List the meetings'
            cand show 'Show one meeting with its agenda'
            cand edit 'Change a meeting''s title, date, place or kind'
            cand cancel 'Cancel a meeting that has not been opened'
            cand open 'Record that the chair opened the convened meeting; fixes who may vote (the snapshot)'
            cand close 'Record that the chair closed the meeting (no vote or election round may be open)'
            cand agenda 'The agenda: add, move, remove, list'
            cand document 'The meeting documents (stukken) of the agenda items: add, list, remove'
            cand convene 'Record that the convocation went out, check the notice, write the letter and lists'
            cand ics 'Print the meeting as an iCalendar event (RFC 5545)'
            cand request 'A members'' request to convene a meeting (BW 2:41); `request list` lists them'
            cand checkin 'Check members in at the door (numbers, or - for stdin)'
            cand checkout 'Check members out (they left the room)'
            cand apologies 'Record apologies (afwezig met kennisgeving)'
            cand proxy 'Proxies: give one (`proxy M --from N --to N`), `proxy list M`, `proxy revoke M --from N`'
            cand attendance 'The attendance list: present, by proxy, apologies'
            cand quorum 'Is the quorum present? Every quorum rule with the numbers'
            cand guest 'Guests (donateurs, invited non-members): on the attendance list, never counted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;meeting;new'= {
            cand --title 'The title, e.g. "Algemene ledenvergadering voorjaar 2027"'
            cand --at 'Date and time: 2027-03-14T19:30 or 14-03-2027 19:30 (local time)'
            cand --date 'Date and time: 2027-03-14T19:30 or 14-03-2027 19:30 (local time)'
            cand --end 'Time it ends (HH:MM), for the calendar event'
            cand --location 'Where it is held'
            cand --kind 'regular, annual (jaarvergadering) or extraordinary'
            cand --second-of 'This is the second meeting after meeting M had no quorum (as model statutes provide)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;list'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;ls'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;show'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;edit'= {
            cand --title 'The new title'
            cand --at 'The new date and time: 2027-03-14T19:30 or 14-03-2027 19:30 (local time)'
            cand --date 'The new date and time: 2027-03-14T19:30 or 14-03-2027 19:30 (local time)'
            cand --end 'The new end time (HH:MM), for the calendar event'
            cand --location 'The new place where it is held'
            cand --kind 'The new kind: regular, annual (jaarvergadering) or extraordinary'
            cand --chair 'The member who chairs the meeting (for the minutes); also after it closed'
            cand --secretary 'The member who takes the minutes (notulist); also after it closed'
            cand --tellers 'The tellers (stemcommissie), by member number; replaces those recorded before'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;cancel'= {
            cand --reason 'Why, for the record'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;open'= {
            cand --at 'When it happened, for entering it afterwards [default: now]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --force 'Open a meeting that was not convened, or on another day, at its own risk (recorded; its decisions are voidable, BW 2:15)'
            cand --undo 'Take back an opening made by mistake, while nothing has been recorded in the meeting'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;close'= {
            cand --at 'When it happened, for entering it afterwards [default: now]'
            cand --note 'Why an opened meeting did not take place, or what the chair noted at closing'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;agenda'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add an item (at the end, or at --position), or the annual meeting''s items with --template'
            cand move 'Move item FROM to position TO'
            cand remove 'Remove an item'
            cand list 'List the agenda'
            cand ls 'List the agenda'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;meeting;agenda;add'= {
            cand --position 'Its position on the agenda [default: at the end]'
            cand --decides 'What a decision on it is: none, ordinary, statute-amendment, dissolution'
            cand --lang 'Language of the template for this once: nl or en'
            cand --proposal 'The item decides on proposal P (titled as it unless TITLE is given; its kind says what it decides)'
            cand --about-member 'The item deals with member N''s suspension or expulsion: a suspended member is then convened for this meeting, without a vote (BW 2:38 lid 1)'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --template 'The standard items of an annual meeting, in the association''s language'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;agenda;move'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;agenda;remove'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;agenda;list'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;agenda;ls'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;agenda;help'= {
            cand add 'Add an item (at the end, or at --position), or the annual meeting''s items with --template'
            cand move 'Move item FROM to position TO'
            cand remove 'Remove an item'
            cand list 'List the agenda'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;meeting;agenda;help;add'= {
        }
        &'quorum;meeting;agenda;help;move'= {
        }
        &'quorum;meeting;agenda;help;remove'= {
        }
        &'quorum;meeting;agenda;help;list'= {
        }
        &'quorum;meeting;agenda;help;help'= {
        }
        &'quorum;meeting;document'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Record a document of an agenda item and where members can read it (before the convocation; after it only with --force, recorded as late)'
            cand list 'The documents of a meeting, by agenda item'
            cand ls 'The documents of a meeting, by agenda item'
            cand remove 'Remove a document (before the convocation; after it only with --force)'
            cand supplement 'Write the supplement (aanvulling) that sends the documents added after the convocation; the letter itself stays as it was sent'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;meeting;document;add'= {
            cand --item 'The agenda item it belongs to (its position)'
            cand --title 'Its title, as the letter lists it ("Jaarrekening 2026")'
            cand --where 'Where members can read it ("ter inzage bij de secretaris")'
            cand --file 'A file sent along with the convocation (its SHA-256 is recorded)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --force 'Add it after the convocation went out, recorded as late'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;document;list'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;document;ls'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;document;remove'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --force 'Remove it after the convocation went out, recorded as late'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;document;supplement'= {
            cand --output 'Write the supplement (Markdown) to this file'
            cand --on 'The day the supplement goes out [default: today]'
            cand --sent 'The day the supplement goes out [default: today]'
            cand --place 'Place of sending, in the heading ("Utrecht, 20 februari 2027")'
            cand --signed 'Name of the secretary who signs it'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;document;help'= {
            cand add 'Record a document of an agenda item and where members can read it (before the convocation; after it only with --force, recorded as late)'
            cand list 'The documents of a meeting, by agenda item'
            cand remove 'Remove a document (before the convocation; after it only with --force)'
            cand supplement 'Write the supplement (aanvulling) that sends the documents added after the convocation; the letter itself stays as it was sent'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;meeting;document;help;add'= {
        }
        &'quorum;meeting;document;help;list'= {
        }
        &'quorum;meeting;document;help;remove'= {
        }
        &'quorum;meeting;document;help;supplement'= {
        }
        &'quorum;meeting;document;help;help'= {
        }
        &'quorum;meeting;convene'= {
            cand --on 'The day the convocation went out [default: today]'
            cand --sent 'The day the convocation went out [default: today]'
            cand --channel 'Which lists to write for sending: email, post or both'
            cand --letter 'Write the convocation letter (Markdown) to this file'
            cand --lang 'Language of the letter for this once: nl or en [default: the association''s]'
            cand --place 'Place of sending, in the letter''s heading ("Utrecht, 20 februari 2027")'
            cand --signed 'Name of the secretary who signs the letter'
            cand --inspection 'Where the documents can be inspected ("bij de secretaris")'
            cand --mail-list 'Write members who consented to e-mail (number, name, address) to this CSV file'
            cand --post-list 'Write the other members with their postal address to this CSV file'
            cand --mail-merge 'Write one letter per member convened by post, each with its addressee block, to this Markdown file (the --post-list CSV holds the same fields for a word processor)'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --force 'Convene although the notice is too short; the override is journaled'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;ics'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;request'= {
            cand --by 'The requesting members'' numbers'
            cand --on 'The day the written (or e-mailed) request arrived'
            cand --received 'The day the written (or e-mailed) request arrived'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the recorded requests'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;meeting;request;list'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;request;help'= {
            cand list 'List the recorded requests'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;meeting;request;help;list'= {
        }
        &'quorum;meeting;request;help;help'= {
        }
        &'quorum;meeting;checkin'= {
            cand --suspension-item 'Admit suspended members for the item on their own suspension (BW 2:38 lid 1), without a vote'
            cand --delegate 'Check one member that is an organisation in through its registered delegate (`member delegate add`); the collective''s votes are cast by the delegate'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;checkout'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;apologies'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;proxy'= {
            cand --from 'The member who gives the proxy'
            cand --to 'The member who holds it (a member with a vote)'
            cand --instruction 'A voting instruction, as written on the proxy'
            cand --on 'The day the secretary received it [default: today]'
            cand --received 'The day the secretary received it [default: today]'
            cand --form 'paper or electronic (checked against proxy_form)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the proxies of a meeting'
            cand revoke 'Revoke a member''s proxy'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;meeting;proxy;list'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;proxy;revoke'= {
            cand --from 'The member who gave the proxy'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;proxy;help'= {
            cand list 'List the proxies of a meeting'
            cand revoke 'Revoke a member''s proxy'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;meeting;proxy;help;list'= {
        }
        &'quorum;meeting;proxy;help;revoke'= {
        }
        &'quorum;meeting;proxy;help;help'= {
        }
        &'quorum;meeting;attendance'= {
            cand --as 'table, csv, json or html (the same as --format; kept for scripts that use it)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;quorum'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;guest'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Register a guest: by name, or a donateur from the registry by number'
            cand list 'List a meeting''s guests'
            cand remove 'Remove a guest registered by mistake'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;meeting;guest;add'= {
            cand --name 'The guest''s name as it goes on the attendance list and in the minutes'
            cand --member 'A person in the registry who is not a member (a donateur), by number'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;guest;list'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;guest;remove'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;meeting;guest;help'= {
            cand add 'Register a guest: by name, or a donateur from the registry by number'
            cand list 'List a meeting''s guests'
            cand remove 'Remove a guest registered by mistake'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;meeting;guest;help;add'= {
        }
        &'quorum;meeting;guest;help;list'= {
        }
        &'quorum;meeting;guest;help;remove'= {
        }
        &'quorum;meeting;guest;help;help'= {
        }
        &'quorum;meeting;help'= {
            cand new 'Plan a meeting'
            cand list 'List the meetings'
            cand show 'Show one meeting with its agenda'
            cand edit 'Change a meeting''s title, date, place or kind'
            cand cancel 'Cancel a meeting that has not been opened'
            cand open 'Record that the chair opened the convened meeting; fixes who may vote (the snapshot)'
            cand close 'Record that the chair closed the meeting (no vote or election round may be open)'
            cand agenda 'The agenda: add, move, remove, list'
            cand document 'The meeting documents (stukken) of the agenda items: add, list, remove'
            cand convene 'Record that the convocation went out, check the notice, write the letter and lists'
            cand ics 'Print the meeting as an iCalendar event (RFC 5545)'
            cand request 'A members'' request to convene a meeting (BW 2:41); `request list` lists them'
            cand checkin 'Check members in at the door (numbers, or - for stdin)'
            cand checkout 'Check members out (they left the room)'
            cand apologies 'Record apologies (afwezig met kennisgeving)'
            cand proxy 'Proxies: give one (`proxy M --from N --to N`), `proxy list M`, `proxy revoke M --from N`'
            cand attendance 'The attendance list: present, by proxy, apologies'
            cand quorum 'Is the quorum present? Every quorum rule with the numbers'
            cand guest 'Guests (donateurs, invited non-members): on the attendance list, never counted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;meeting;help;new'= {
        }
        &'quorum;meeting;help;list'= {
        }
        &'quorum;meeting;help;show'= {
        }
        &'quorum;meeting;help;edit'= {
        }
        &'quorum;meeting;help;cancel'= {
        }
        &'quorum;meeting;help;open'= {
        }
        &'quorum;meeting;help;close'= {
        }
        &'quorum;meeting;help;agenda'= {
            cand add 'Add an item (at the end, or at --position), or the annual meeting''s items with --template'
            cand move 'Move item FROM to position TO'
            cand remove 'Remove an item'
            cand list 'List the agenda'
        }
        &'quorum;meeting;help;agenda;add'= {
        }
        &'quorum;meeting;help;agenda;move'= {
        }
        &'quorum;meeting;help;agenda;remove'= {
        }
        &'quorum;meeting;help;agenda;list'= {
        }
        &'quorum;meeting;help;document'= {
            cand add 'Record a document of an agenda item and where members can read it (before the convocation; after it only with --force, recorded as late)'
            cand list 'The documents of a meeting, by agenda item'
            cand remove 'Remove a document (before the convocation; after it only with --force)'
            cand supplement 'Write the supplement (aanvulling) that sends the documents added after the convocation; the letter itself stays as it was sent'
        }
        &'quorum;meeting;help;document;add'= {
        }
        &'quorum;meeting;help;document;list'= {
        }
        &'quorum;meeting;help;document;remove'= {
        }
        &'quorum;meeting;help;document;supplement'= {
        }
        &'quorum;meeting;help;convene'= {
        }
        &'quorum;meeting;help;ics'= {
        }
        &'quorum;meeting;help;request'= {
            cand list 'List the recorded requests'
        }
        &'quorum;meeting;help;request;list'= {
        }
        &'quorum;meeting;help;checkin'= {
        }
        &'quorum;meeting;help;checkout'= {
        }
        &'quorum;meeting;help;apologies'= {
        }
        &'quorum;meeting;help;proxy'= {
            cand list 'List the proxies of a meeting'
            cand revoke 'Revoke a member''s proxy'
        }
        &'quorum;meeting;help;proxy;list'= {
        }
        &'quorum;meeting;help;proxy;revoke'= {
        }
        &'quorum;meeting;help;attendance'= {
        }
        &'quorum;meeting;help;quorum'= {
        }
        &'quorum;meeting;help;guest'= {
            cand add 'Register a guest: by name, or a donateur from the registry by number'
            cand list 'List a meeting''s guests'
            cand remove 'Remove a guest registered by mistake'
        }
        &'quorum;meeting;help;guest;add'= {
        }
        &'quorum;meeting;help;guest;list'= {
        }
        &'quorum;meeting;help;guest;remove'= {
        }
        &'quorum;meeting;help;help'= {
        }
        &'quorum;proposal'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand new 'Draft a proposal, by the board or by members; --meeting puts it on that agenda'
            cand list 'List the proposals, each followed by its amendments'
            cand ls 'List the proposals, each followed by its amendments'
            cand show 'Show one proposal: text, signers, amendments, exclusions, the BW 2:42 checks'
            cand edit 'Change a draft''s title, text, kind or the day its text lies open for inspection'
            cand amend 'Propose an amendment of a proposal (voted before it, at the same meeting)'
            cand exclude 'Exclude members from the vote on a proposal (BW 2:12: a decision about themselves)'
            cand withdraw 'Withdraw a draft'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;proposal;new'= {
            cand --title 'The title, e.g. "Budget 2027" or "Statute amendment: article 12"'
            cand --text 'The text of the proposal (for a statute amendment: the amendment word for word)'
            cand --text-file 'Read the text from this file (UTF-8)'
            cand --kind 'ordinary, statutes, dissolution, budget, accounts, discharge, appointment, other, board-dismissal or board-suspension'
            cand --member 'The board member a board-dismissal or board-suspension is about (member number)'
            cand --by 'Member numbers who bring the proposal (the first) and co-sign it'
            cand --meeting 'Put it on the agenda of meeting M (an item that decides as the kind says)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --by-board 'The board brings the proposal'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;proposal;list'= {
            cand --meeting 'Only the proposals of meeting M'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;proposal;ls'= {
            cand --meeting 'Only the proposals of meeting M'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;proposal;show'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;proposal;edit'= {
            cand --title 'The new title'
            cand --text 'The text of the proposal (for a statute amendment: the amendment word for word)'
            cand --text-file 'Read the text from this file (UTF-8)'
            cand --kind 'ordinary, statutes, dissolution, budget, accounts, discharge, appointment or other'
            cand --text-open-from 'The first day the verbatim text lies open for inspection (statute amendments, BW 2:42)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;proposal;amend'= {
            cand --title 'The amendment''s title, e.g. "Budget 2027: €500 more for the youth team"'
            cand --text 'The text of the proposal (for a statute amendment: the amendment word for word)'
            cand --text-file 'Read the text from this file (UTF-8)'
            cand --by 'Member numbers who bring the proposal (the first) and co-sign it'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --by-board 'The board brings the proposal'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;proposal;exclude'= {
            cand --reason 'Why, e.g. "the decision is about their own contract" (kept with the record, not the journal summary)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --force 'Exclude although the statutes provide no exclusion (vote_exclusion_enabled = false): recorded, and the decision is voidable (BW 2:12, 2:15)'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;proposal;withdraw'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;proposal;help'= {
            cand new 'Draft a proposal, by the board or by members; --meeting puts it on that agenda'
            cand list 'List the proposals, each followed by its amendments'
            cand show 'Show one proposal: text, signers, amendments, exclusions, the BW 2:42 checks'
            cand edit 'Change a draft''s title, text, kind or the day its text lies open for inspection'
            cand amend 'Propose an amendment of a proposal (voted before it, at the same meeting)'
            cand exclude 'Exclude members from the vote on a proposal (BW 2:12: a decision about themselves)'
            cand withdraw 'Withdraw a draft'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;proposal;help;new'= {
        }
        &'quorum;proposal;help;list'= {
        }
        &'quorum;proposal;help;show'= {
        }
        &'quorum;proposal;help;edit'= {
        }
        &'quorum;proposal;help;amend'= {
        }
        &'quorum;proposal;help;exclude'= {
        }
        &'quorum;proposal;help;withdraw'= {
        }
        &'quorum;proposal;help;help'= {
        }
        &'quorum;vote'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand open 'Open a vote on a proposal at its (open) meeting; stores the quorum statement'
            cand count 'Enter the counts of a show of hands'
            cand cast 'Cast a roll-call vote: in person, for a proxy giver, or with all proxies held'
            cand close 'Close a vote: the result under the rules, explained; records the chair''s declaration'
            cand challenge 'Demand a new vote at once after the declaration (BW 2:13 lid 4)'
            cand convert 'Turn an open vote into a written ballot on request (written_vote_on_request)'
            cand codes 'Issue the secret ballot''s codes: one per vote present, random order, no names'
            cand show 'Show one vote: grounds, counts, result, explanation, declaration, roll call'
            cand list 'List the votes'
            cand ls 'List the votes'
            cand export 'Export the votes with counts, base, threshold, result and explanation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;vote;open'= {
            cand --method 'How the vote is taken: hands, roll-call or ballot'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --force 'Open a statute amendment''s vote although BW 2:42 is not met; recorded, and the decision is voidable (BW 2:15)'
            cand --parallel 'Open it while another vote or election round of the meeting is open (one question at a time otherwise)'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;vote;count'= {
            cand --proposal 'The proposal instead of the vote''s number, where it has exactly one open vote'
            cand --for 'Votes for'
            cand --against 'Votes against'
            cand --blank 'Blank votes'
            cand --invalid 'Invalid votes'
            cand --abstain 'Abstentions'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;vote;cast'= {
            cand --code 'Cast a secret ballot with this code from a ballot paper (no member number)'
            cand --for-member 'Cast the votes of this proxy giver instead of one''s own'
            cand --split 'Divide a weighted vote, e.g. for=3,against=2 (the parts add up to the weight)'
            cand --proposal 'The proposal instead of the vote''s number, where it has exactly one open vote: `vote cast --proposal P N CHOICE`'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --with-proxies 'Cast one''s own votes and those of every proxy held, the same way'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;vote;close'= {
            cand --proposal 'The proposal instead of the vote''s number, where it has exactly one open vote'
            cand --declare 'What the chair declared: adopted or rejected (BW 2:13 lid 3)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;vote;challenge'= {
            cand --by 'Numbers of the voters present who demand a new vote'
            cand --method 'How the new vote is taken (default: roll-call after a show of hands, else the same)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;vote;convert'= {
            cand --method 'The method it becomes (ballot: a written vote)'
            cand --requested-by 'How many voters asked for it'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;vote;codes'= {
            cand --proposal 'The proposal instead of the vote''s number, where it has exactly one open vote'
            cand --output 'Where to write the codes (CSV, one a line; `-` is stdout)'
            cand --html 'Also write one printable ballot paper per code (HTML)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;vote;show'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;vote;list'= {
            cand --meeting 'Only the votes of this meeting'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;vote;ls'= {
            cand --meeting 'Only the votes of this meeting'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;vote;export'= {
            cand --meeting 'Only the votes of this meeting'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;vote;help'= {
            cand open 'Open a vote on a proposal at its (open) meeting; stores the quorum statement'
            cand count 'Enter the counts of a show of hands'
            cand cast 'Cast a roll-call vote: in person, for a proxy giver, or with all proxies held'
            cand close 'Close a vote: the result under the rules, explained; records the chair''s declaration'
            cand challenge 'Demand a new vote at once after the declaration (BW 2:13 lid 4)'
            cand convert 'Turn an open vote into a written ballot on request (written_vote_on_request)'
            cand codes 'Issue the secret ballot''s codes: one per vote present, random order, no names'
            cand show 'Show one vote: grounds, counts, result, explanation, declaration, roll call'
            cand list 'List the votes'
            cand export 'Export the votes with counts, base, threshold, result and explanation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;vote;help;open'= {
        }
        &'quorum;vote;help;count'= {
        }
        &'quorum;vote;help;cast'= {
        }
        &'quorum;vote;help;close'= {
        }
        &'quorum;vote;help;challenge'= {
        }
        &'quorum;vote;help;convert'= {
        }
        &'quorum;vote;help;codes'= {
        }
        &'quorum;vote;help;show'= {
        }
        &'quorum;vote;help;list'= {
        }
        &'quorum;vote;help;export'= {
        }
        &'quorum;vote;help;help'= {
        }
        &'quorum;resolution'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand new 'Put a draft proposal to all members with a vote in writing; takes the roll''s snapshot'
            cand sign 'Record members'' signatures: agreed, or against with --against'
            cand close 'Close a resolution: adopted if every member with a vote agreed, else failed'
            cand show 'Show one resolution: grounds, snapshot, signatures, outcome and explanation'
            cand list 'List the resolutions'
            cand ls 'List the resolutions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;resolution;new'= {
            cand --board-informed 'The day the board was informed of it (BW 2:40: its prior knowledge is required)'
            cand --on 'The date of the voting roll that says who must agree (default: today)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;resolution;sign'= {
            cand --on 'The day they signed (default: today)'
            cand --date 'The day they signed (default: today)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --against 'They signed against: the resolution can then not be adopted'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;resolution;close'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;resolution;show'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;resolution;list'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;resolution;ls'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;resolution;help'= {
            cand new 'Put a draft proposal to all members with a vote in writing; takes the roll''s snapshot'
            cand sign 'Record members'' signatures: agreed, or against with --against'
            cand close 'Close a resolution: adopted if every member with a vote agreed, else failed'
            cand show 'Show one resolution: grounds, snapshot, signatures, outcome and explanation'
            cand list 'List the resolutions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;resolution;help;new'= {
        }
        &'quorum;resolution;help;sign'= {
        }
        &'quorum;resolution;help;close'= {
        }
        &'quorum;resolution;help;show'= {
        }
        &'quorum;resolution;help;list'= {
        }
        &'quorum;resolution;help;help'= {
        }
        &'quorum;election'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand new 'Make an election in a meeting (its seed for lots is printed and recorded)'
            cand list 'List the elections'
            cand ls 'List the elections'
            cand show 'Show an election: candidates, rounds, figures, outcome'
            cand candidate 'Nominate, withdraw and list candidates'
            cand binding 'Record the meeting''s vote on removing a binding nomination''s force (BW 2:37)'
            cand ballot 'Enter paper ballots of the open round: one paper, or a CSV ballot file'
            cand codes 'Issue the voting codes of the open round, one per vote present or represented'
            cand cast 'Cast a secret ballot with a voting code'
            cand count 'Count the open round (or recount every counted round with --recount)'
            cand round 'Open the next round with the candidates the last count sent to it'
            cand export 'Export the stages as CSV/JSON, and the anonymous ballots as BLT'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;election;new'= {
            cand --meeting 'The meeting that holds the election'
            cand --title 'What is elected ("Bestuur 2027")'
            cand --seats 'Seats to fill (majority-runoff fills them seat by seat, the other methods in one ballot)'
            cand --method 'Counting method; majority-runoff is the Dutch rule, one seat a ballot, round by round'
            cand --seed 'Seed for lots (default: drawn now and printed); every lot of every round comes from it'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --board 'The election fills board seats: each elected candidate who is a member gets a board term from the meeting''s date (`member show`)'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;election;list'= {
            cand --meeting 'Only the elections of this meeting'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;election;ls'= {
            cand --meeting 'Only the elections of this meeting'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;election;show'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;election;candidate'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Nominate a member, or a person by name'
            cand withdraw 'Withdraw a candidate (kept, and skipped on every ballot)'
            cand list 'List the candidates'
            cand ls 'List the candidates'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;election;candidate;add'= {
            cand --member 'The member''s number'
            cand --name 'A candidate who is not a member, by name as it goes on the ballot'
            cand --nominated-by 'Who nominated the candidate'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --force 'Add a candidate outside a binding nomination the meeting kept, because the meeting insists; recorded, and an appointment of this candidate is void (BW 2:14)'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;election;candidate;withdraw'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;election;candidate;list'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;election;candidate;ls'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;election;candidate;help'= {
            cand add 'Nominate a member, or a person by name'
            cand withdraw 'Withdraw a candidate (kept, and skipped on every ballot)'
            cand list 'List the candidates'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;election;candidate;help;add'= {
        }
        &'quorum;election;candidate;help;withdraw'= {
        }
        &'quorum;election;candidate;help;list'= {
        }
        &'quorum;election;candidate;help;help'= {
        }
        &'quorum;election;binding'= {
            cand --for 'Votes for removing the binding force'
            cand --against 'Votes against (blank and invalid votes are not cast and are left out)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;election;ballot'= {
            cand --rank 'A ranking, most preferred first: "A,B,C"'
            cand --invalid 'A paper the tellers hold invalid, with their reason (signed, unreadable, …)'
            cand --file 'Papers from a CSV ballot file (the format `quorum tally` reads): one paper a row'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --blank 'A blank paper (not a vote cast)'
            cand --force 'Enter the papers although the round then holds more than the votes present or represented (recorded in the journal)'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;election;codes'= {
            cand --output 'Where to write the codes (CSV, one a line; `-` is stdout)'
            cand --html 'Also write one printable ballot paper per code (HTML)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;election;cast'= {
            cand --code 'The code from the ballot paper (dashes and case do not matter)'
            cand --choice 'One name'
            cand --approve 'The names approved, comma-separated (approval; plurality for several seats)'
            cand --rank 'A ranking, most preferred first (irv, stv-scottish, stv-meek, schulze)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --blank 'A blank ballot (not a vote cast)'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;election;count'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --recount 'Count every counted round again from the stored papers and seed, and check the figures against the stored count (changes nothing)'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;election;round'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;election;export'= {
            cand --round 'The round whose ballots go to --blt (default: the last counted one)'
            cand --blt 'Write the round''s ballots as BLT to FILE (owner-only), which `quorum tally` counts'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;election;help'= {
            cand new 'Make an election in a meeting (its seed for lots is printed and recorded)'
            cand list 'List the elections'
            cand show 'Show an election: candidates, rounds, figures, outcome'
            cand candidate 'Nominate, withdraw and list candidates'
            cand binding 'Record the meeting''s vote on removing a binding nomination''s force (BW 2:37)'
            cand ballot 'Enter paper ballots of the open round: one paper, or a CSV ballot file'
            cand codes 'Issue the voting codes of the open round, one per vote present or represented'
            cand cast 'Cast a secret ballot with a voting code'
            cand count 'Count the open round (or recount every counted round with --recount)'
            cand round 'Open the next round with the candidates the last count sent to it'
            cand export 'Export the stages as CSV/JSON, and the anonymous ballots as BLT'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;election;help;new'= {
        }
        &'quorum;election;help;list'= {
        }
        &'quorum;election;help;show'= {
        }
        &'quorum;election;help;candidate'= {
            cand add 'Nominate a member, or a person by name'
            cand withdraw 'Withdraw a candidate (kept, and skipped on every ballot)'
            cand list 'List the candidates'
        }
        &'quorum;election;help;candidate;add'= {
        }
        &'quorum;election;help;candidate;withdraw'= {
        }
        &'quorum;election;help;candidate;list'= {
        }
        &'quorum;election;help;binding'= {
        }
        &'quorum;election;help;ballot'= {
        }
        &'quorum;election;help;codes'= {
        }
        &'quorum;election;help;cast'= {
        }
        &'quorum;election;help;count'= {
        }
        &'quorum;election;help;round'= {
        }
        &'quorum;election;help;export'= {
        }
        &'quorum;election;help;help'= {
        }
        &'quorum;minutes'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand note 'Add a note to the minutes (under an agenda item with --item): what was said'
            cand notes 'List the notes of the minutes with their numbers (for `minutes note edit` and `remove`)'
            cand action 'Record an action item agreed in the meeting: who does what, by when'
            cand draft 'Draft the complete minutes from what was recorded, in the association''s language'
            cand approve 'Approve the minutes at a later meeting (or the same, where the statutes say so) and seal them'
            cand show 'Show the minutes: the approved, sealed text with --approved, else the draft'
            cand verify 'Check approved minutes against their seal and the journal'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;minutes;note'= {
            cand --item 'The agenda item it belongs to (its position); without it, the note is about the meeting'
            cand --at 'When in the meeting it was said (20.15, or a date and time), for a note written afterwards: the minutes tell notes, votes and elections in the order they happened'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --edit 'Write the note in $VISUAL or $EDITOR'
            cand --correction 'A note for minutes already approved: it waits for a new approval that corrects them'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand edit 'Correct the text of a note (its number from `minutes notes M`), until the minutes are approved'
            cand remove 'Take a note out of the minutes (its number from `minutes notes M`), until they are approved'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;minutes;note;edit'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;minutes;note;remove'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;minutes;note;help'= {
            cand edit 'Correct the text of a note (its number from `minutes notes M`), until the minutes are approved'
            cand remove 'Take a note out of the minutes (its number from `minutes notes M`), until they are approved'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;minutes;note;help;edit'= {
        }
        &'quorum;minutes;note;help;remove'= {
        }
        &'quorum;minutes;note;help;help'= {
        }
        &'quorum;minutes;notes'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;minutes;action'= {
            cand --item 'The agenda item it came from (its position)'
            cand --who 'Who will do it (a name, a committee, "het bestuur")'
            cand --what 'What is to be done'
            cand --due 'By when: 2027-04-01 or 01-04-2027'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;minutes;draft'= {
            cand --lang 'Language of the minutes for this once: nl or en [default: the association''s]'
            cand -o 'Write the minutes to this file (owner-only: they name members) instead of stdout'
            cand --output 'Write the minutes to this file (owner-only: they name members) instead of stdout'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --names 'Name the members present (apologies and proxies are always named)'
            cand --appendix 'Add a technical appendix: internal numbers, the rules applied by key, the journal anchor'
            cand --circulate 'Freeze this text as the version sent to members for approval (journaled with its SHA-256); `minutes approve` then seals exactly this text'
            cand --cancelled 'For a cancelled meeting: the short notice that it does not take place ("vervallen")'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;minutes;approve'= {
            cand --at 'The meeting that approves them (the next one, or the same where minutes_adopted_by says so)'
            cand --vote 'The vote that adopted them; without it, approved by acclamation (no vote counted)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --correction 'Minutes already approved are corrected: a new seal that names the one it corrects'
            cand --names 'Name the members present in the sealed text'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;minutes;show'= {
            cand --lang 'Language of a draft for this once: nl or en'
            cand -o 'Write to this file (owner-only) instead of stdout'
            cand --output 'Write to this file (owner-only) instead of stdout'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --approved 'The approved, sealed text exactly as approved (else the current draft)'
            cand --circulated 'The version last circulated for approval (`minutes draft --circulate`), exactly as sent'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;minutes;verify'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;minutes;help'= {
            cand note 'Add a note to the minutes (under an agenda item with --item): what was said'
            cand notes 'List the notes of the minutes with their numbers (for `minutes note edit` and `remove`)'
            cand action 'Record an action item agreed in the meeting: who does what, by when'
            cand draft 'Draft the complete minutes from what was recorded, in the association''s language'
            cand approve 'Approve the minutes at a later meeting (or the same, where the statutes say so) and seal them'
            cand show 'Show the minutes: the approved, sealed text with --approved, else the draft'
            cand verify 'Check approved minutes against their seal and the journal'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;minutes;help;note'= {
            cand edit 'Correct the text of a note (its number from `minutes notes M`), until the minutes are approved'
            cand remove 'Take a note out of the minutes (its number from `minutes notes M`), until they are approved'
        }
        &'quorum;minutes;help;note;edit'= {
        }
        &'quorum;minutes;help;note;remove'= {
        }
        &'quorum;minutes;help;notes'= {
        }
        &'quorum;minutes;help;action'= {
        }
        &'quorum;minutes;help;draft'= {
        }
        &'quorum;minutes;help;approve'= {
        }
        &'quorum;minutes;help;show'= {
        }
        &'quorum;minutes;help;verify'= {
        }
        &'quorum;minutes;help;help'= {
        }
        &'quorum;actions'= {
            cand --meeting 'Only those agreed at meeting M'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --open 'Only the action items not yet done'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the action items (the same as `quorum actions` without a verb)'
            cand done 'Mark an action item done'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;actions;list'= {
            cand --meeting 'Only those agreed at meeting M'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --open 'Only the action items not yet done'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;actions;done'= {
            cand --on 'The day it was done [default: today]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;actions;help'= {
            cand list 'List the action items (the same as `quorum actions` without a verb)'
            cand done 'Mark an action item done'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;actions;help;list'= {
        }
        &'quorum;actions;help;done'= {
        }
        &'quorum;actions;help;help'= {
        }
        &'quorum;board'= {
            cand --on 'The day to show the board on [default: today]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Record a member''s seat on the board, with the decision that appointed them'
            cand end 'End a member''s seat (resigned, dismissed, retired)'
            cand role 'Continue a sitting member in another role'
            cand schedule 'The retirement schedule (rooster van aftreden): who retires at which annual meeting'
            cand reports 'Board changes to report to the Handelsregister, and whether they were'
            cand reported 'Mark a board change reported to the Handelsregister'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;board;add'= {
            cand --role 'voorzitter, secretaris, penningmeester or lid (chair, secretary, treasurer, member)'
            cand --from 'The first day of the seat'
            cand --since 'The first day of the seat'
            cand --until 'The end of the term, where the appointment named one [default: from board_term_years]'
            cand --decision 'The decision that appointed the member (a code from `quorum decisions`)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --before-quorum 'History entered by hand: appointed before the association used quorum'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;board;end'= {
            cand --on 'The day the seat ends (the member is no longer on the board from this day)'
            cand --decision 'The decision that dismissed the member; none for a resignation or the end of a term'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;board;role'= {
            cand --on 'The day the new role begins [default: today]'
            cand --decision 'The decision that assigned the role, where one did (boards often divide roles themselves)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;board;schedule'= {
            cand --on 'The day of the board whose schedule is shown [default: today]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;board;reports'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --open 'Only the changes not yet reported'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;board;reported'= {
            cand --on 'The day it was reported [default: today]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;board;help'= {
            cand add 'Record a member''s seat on the board, with the decision that appointed them'
            cand end 'End a member''s seat (resigned, dismissed, retired)'
            cand role 'Continue a sitting member in another role'
            cand schedule 'The retirement schedule (rooster van aftreden): who retires at which annual meeting'
            cand reports 'Board changes to report to the Handelsregister, and whether they were'
            cand reported 'Mark a board change reported to the Handelsregister'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;board;help;add'= {
        }
        &'quorum;board;help;end'= {
        }
        &'quorum;board;help;role'= {
        }
        &'quorum;board;help;schedule'= {
        }
        &'quorum;board;help;reports'= {
        }
        &'quorum;board;help;reported'= {
        }
        &'quorum;board;help;help'= {
        }
        &'quorum;kascommissie'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the committee of a financial year, its report, or why none is needed'
            cand set 'Record the committee the general meeting appointed for a financial year'
            cand report 'Record the committee''s report (or an accountant''s statement) on a year''s accounts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;kascommissie;show'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;kascommissie;set'= {
            cand --members 'The members'' numbers (at least kascommissie_min_members, none on the board that year)'
            cand --decision 'The decision of the general meeting that appointed them'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --before-quorum 'History entered by hand: appointed before the association used quorum'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;kascommissie;report'= {
            cand --file 'The report as signed (any file; quorum keeps its name and SHA-256)'
            cand --on 'The day of the report'
            cand --date 'The day of the report'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --accountant 'The file is an accountant''s statement, which replaces the committee where kascommissie_exempt_if_accountant'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;kascommissie;help'= {
            cand show 'Show the committee of a financial year, its report, or why none is needed'
            cand set 'Record the committee the general meeting appointed for a financial year'
            cand report 'Record the committee''s report (or an accountant''s statement) on a year''s accounts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;kascommissie;help;show'= {
        }
        &'quorum;kascommissie;help;set'= {
        }
        &'quorum;kascommissie;help;report'= {
        }
        &'quorum;kascommissie;help;help'= {
        }
        &'quorum;todo'= {
            cand --on 'The day to judge on [default: today]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --fail-on-overdue 'Exit with 1 when anything is overdue (for a cron job); the list is printed all the same'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;decisions'= {
            cand --from 'Only decisions taken on or after this day'
            cand --since 'Only decisions taken on or after this day'
            cand --status 'Only decisions with this status: adopted, rejected, awaiting-deed, in-force, superseded'
            cand --search 'Only decisions whose title or code contains this text'
            cand --meeting 'Only the decisions of this meeting'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the register (the same as `quorum decisions` without a verb)'
            cand show 'Show one decision with its grounds: the figures or the elected, the rules, the history'
            cand set 'Record the notarial deed (in-force) or a later decision that supersedes it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;decision'= {
            cand --from 'Only decisions taken on or after this day'
            cand --since 'Only decisions taken on or after this day'
            cand --status 'Only decisions with this status: adopted, rejected, awaiting-deed, in-force, superseded'
            cand --search 'Only decisions whose title or code contains this text'
            cand --meeting 'Only the decisions of this meeting'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the register (the same as `quorum decisions` without a verb)'
            cand show 'Show one decision with its grounds: the figures or the elected, the rules, the history'
            cand set 'Record the notarial deed (in-force) or a later decision that supersedes it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;decisions;list'= {
            cand --from 'Only decisions taken on or after this day'
            cand --since 'Only decisions taken on or after this day'
            cand --status 'Only decisions with this status: adopted, rejected, awaiting-deed, in-force, superseded'
            cand --search 'Only decisions whose title or code contains this text'
            cand --meeting 'Only the decisions of this meeting'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;decision;list'= {
            cand --from 'Only decisions taken on or after this day'
            cand --since 'Only decisions taken on or after this day'
            cand --status 'Only decisions with this status: adopted, rejected, awaiting-deed, in-force, superseded'
            cand --search 'Only decisions whose title or code contains this text'
            cand --meeting 'Only the decisions of this meeting'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;decisions;show'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;decision;show'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;decisions;set'= {
            cand --status 'The new status: in-force (the notarial deed was passed) or superseded'
            cand --on 'The day it holds from: the day of the deed, or of the superseding decision'
            cand --date 'The day it holds from: the day of the deed, or of the superseding decision'
            cand --made-known 'The day a voidable decision was made known to the members: annulment can be claimed for one year from it (BW 2:15 lid 5)'
            cand --confirmed-by 'The later decision (code or number) that confirmed a voidable decision, which makes it valid (BW 2:15 lid 6)'
            cand --note 'Why, for the history: the notary and the deed''s number, say'
            cand --by 'The later decision that supersedes it (code or number), with --status superseded'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;decision;set'= {
            cand --status 'The new status: in-force (the notarial deed was passed) or superseded'
            cand --on 'The day it holds from: the day of the deed, or of the superseding decision'
            cand --date 'The day it holds from: the day of the deed, or of the superseding decision'
            cand --made-known 'The day a voidable decision was made known to the members: annulment can be claimed for one year from it (BW 2:15 lid 5)'
            cand --confirmed-by 'The later decision (code or number) that confirmed a voidable decision, which makes it valid (BW 2:15 lid 6)'
            cand --note 'Why, for the history: the notary and the deed''s number, say'
            cand --by 'The later decision that supersedes it (code or number), with --status superseded'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;decisions;help'= {
            cand list 'List the register (the same as `quorum decisions` without a verb)'
            cand show 'Show one decision with its grounds: the figures or the elected, the rules, the history'
            cand set 'Record the notarial deed (in-force) or a later decision that supersedes it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;decisions;help;list'= {
        }
        &'quorum;decisions;help;show'= {
        }
        &'quorum;decisions;help;set'= {
        }
        &'quorum;decisions;help;help'= {
        }
        &'quorum;decision;help'= {
            cand list 'List the register (the same as `quorum decisions` without a verb)'
            cand show 'Show one decision with its grounds: the figures or the elected, the rules, the history'
            cand set 'Record the notarial deed (in-force) or a later decision that supersedes it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;decision;help;list'= {
        }
        &'quorum;decision;help;show'= {
        }
        &'quorum;decision;help;set'= {
        }
        &'quorum;decision;help;help'= {
        }
        &'quorum;category'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a category'
            cand list 'List the categories with their number of members'
            cand ls 'List the categories with their number of members'
            cand edit 'Change a category''s name, vote, weight or description'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;category;add'= {
            cand --weight 'Votes per member, e.g. for a federation whose members are clubs'
            cand --description 'What the category is for'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --no-vote 'Members of this category have no vote'
            cand --not-member 'Not members in law, e.g. supporters (donateurs); implies --no-vote'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;category;list'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;category;ls'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;category;edit'= {
            cand --name 'A new name'
            cand --weight 'Votes per member'
            cand --description 'What the category is for ("" clears it)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --vote 'Members of this category have a vote'
            cand --no-vote 'Members of this category have no vote'
            cand --member 'Members of this category are members in law'
            cand --not-member 'Not members in law (supporters); implies --no-vote'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;category;help'= {
            cand add 'Add a category'
            cand list 'List the categories with their number of members'
            cand edit 'Change a category''s name, vote, weight or description'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;category;help;add'= {
        }
        &'quorum;category;help;list'= {
        }
        &'quorum;category;help;edit'= {
        }
        &'quorum;category;help;help'= {
        }
        &'quorum;roll'= {
            cand --on 'The date of the meeting [default: today]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;journal'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List journal entries, oldest first'
            cand ls 'List journal entries, oldest first'
            cand verify 'Check the hash chain: detects any entry edited, deleted or inserted outside quorum'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;journal;list'= {
            cand --member 'Only entries naming this member, in any role (member number)'
            cand --from 'Only entries on or after this date (YYYY-MM-DD or DD-MM-YYYY)'
            cand --since 'Only entries on or after this date (YYYY-MM-DD or DD-MM-YYYY)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --values 'Include the old and new values (personal data: mind where the output goes)'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;journal;ls'= {
            cand --member 'Only entries naming this member, in any role (member number)'
            cand --from 'Only entries on or after this date (YYYY-MM-DD or DD-MM-YYYY)'
            cand --since 'Only entries on or after this date (YYYY-MM-DD or DD-MM-YYYY)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --values 'Include the old and new values (personal data: mind where the output goes)'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;journal;verify'= {
            cand --head 'A head hash written down earlier (in minutes, a backup''s record): the chain must still hold that entry, which catches a tail cut off and a chain rebuilt since'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;journal;help'= {
            cand list 'List journal entries, oldest first'
            cand verify 'Check the hash chain: detects any entry edited, deleted or inserted outside quorum'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;journal;help;list'= {
        }
        &'quorum;journal;help;verify'= {
        }
        &'quorum;journal;help;help'= {
        }
        &'quorum;db'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand path 'Print the database path and where it comes from'
            cand backup 'Copy the database to FILE while it is in use (SQLite online backup)'
            cand check 'Run SQLite''s integrity and foreign-key checks'
            cand restore 'Put a backup back: checked first, the current file kept aside'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;db;path'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;db;backup'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;db;check'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;db;restore'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;db;help'= {
            cand path 'Print the database path and where it comes from'
            cand backup 'Copy the database to FILE while it is in use (SQLite online backup)'
            cand check 'Run SQLite''s integrity and foreign-key checks'
            cand restore 'Put a backup back: checked first, the current file kept aside'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;db;help;path'= {
        }
        &'quorum;db;help;backup'= {
        }
        &'quorum;db;help;check'= {
        }
        &'quorum;db;help;restore'= {
        }
        &'quorum;db;help;help'= {
        }
        &'quorum;rules'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the rules in force: value, default, allowed values, source and meaning of each key'
            cand set 'Change one rule: in the version in force today, or in the version from --from'
            cand history 'List the versions of the rules and what each one changed'
            cand list 'List the versions of the rules and what each one changed'
            cand export 'Write the rules in force as a commented TOML file to stdout'
            cand import 'Read rules from a TOML file: every key is checked, and it is all or nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;rules;show'= {
            cand --on 'Show the version in force on this date [default: today]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;rules;set'= {
            cand --article 'The article of the statutes the rule comes from, cited in the minutes after the ground, e.g. "artikel 18 lid 2"; "none" removes it'
            cand --from 'Change the version that takes effect on this date (a new version if none starts then)'
            cand --note 'A note on the version, e.g. the deed or the meeting that decided it'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;rules;history'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;rules;list'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;rules;export'= {
            cand --on 'Export the version in force on this date [default: today]'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;rules;import'= {
            cand --from 'Change the version that takes effect on this date (a new version if none starts then)'
            cand --note 'A note on the version, e.g. the deed or the meeting that decided it'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;rules;help'= {
            cand show 'Show the rules in force: value, default, allowed values, source and meaning of each key'
            cand set 'Change one rule: in the version in force today, or in the version from --from'
            cand history 'List the versions of the rules and what each one changed'
            cand export 'Write the rules in force as a commented TOML file to stdout'
            cand import 'Read rules from a TOML file: every key is checked, and it is all or nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;rules;help;show'= {
        }
        &'quorum;rules;help;set'= {
        }
        &'quorum;rules;help;history'= {
        }
        &'quorum;rules;help;export'= {
        }
        &'quorum;rules;help;import'= {
        }
        &'quorum;rules;help;help'= {
        }
        &'quorum;tally'= {
            cand -m 'Counting method'
            cand --method 'Counting method'
            cand -s 'Seats to fill [default: the number the file gives, else 1]'
            cand --seats 'Seats to fill [default: the number the file gives, else 1]'
            cand --seed 'Seed for drawing lots, to repeat a count [default: random, and printed]'
            cand --input-format 'Read the file in this format instead of detecting it'
            cand --to 'Convert the ballots to this format on stdout instead of counting them'
            cand --max-candidates 'Most candidates counted; a file with more is refused (it is usually read in the wrong format)'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand --stages 'With several files, also show each file''s stages after the summary'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;completions'= {
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;man'= {
            cand --dir 'Write `quorum.1`, `quorum-member.1`, `quorum-member-add.1`, … into this folder (made if missing) instead of printing `quorum.1`'
            cand --lang 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]'
            cand --db 'Database file [default: the platform data directory, see `quorum db path`]'
            cand --actor 'Name recorded in the journal as who made a change [default: the OS user]'
            cand --format 'Output format of listings and records [default: table; CSV for `member export`]'
            cand --color 'When to use color'
            cand -y 'Confirm destructive actions without asking'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error naming its flag'
            cand -q 'Print no status lines, only data and errors'
            cand --quiet 'Print no status lines, only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'quorum;help'= {
            cand init 'Create a new database for an association'
            cand demo 'Build a demo association in a temporary database and show it'
            cand member 'Keep the member registry: add, list, edit, leave, import, export, erase'
            cand association 'Show or change the association''s name and language'
            cand meeting 'General meetings: agenda, convocation, attendance, proxies, quorum'
            cand proposal 'Proposals for a general meeting: draft, amend, withdraw, exclude members from a vote'
            cand vote 'Votes on proposals: open, count, cast, close, challenge, show, list, export'
            cand resolution 'Written resolutions outside a meeting (BW 2:40): new, sign, close, show, list'
            cand election 'Elections of persons in a meeting: candidates, paper ballots, rounds, count, export'
            cand minutes 'Minutes of a meeting: notes, action items, the draft, approval and the seal'
            cand actions 'Action items across meetings: list them (--open), mark one done'
            cand board 'The board on a date, its seats and terms, the retirement schedule, changes to report'
            cand kascommissie 'The audit committee (kascommissie, BW 2:48 lid 2) of a financial year, and its report'
            cand todo 'What the law and the statutes expect next, with dates: meetings, reports, terms, data'
            cand decisions 'The decision register across all meetings: list, show, record the notarial deed'
            cand category 'Manage member categories: who is a member in law, who votes, with what weight'
            cand roll 'Print the voting roll on a date: who votes, with how many votes, and why not'
            cand journal 'Show and verify the journal of changes'
            cand db 'Inspect, back up and check the database file'
            cand rules 'Show and change the statutes'' decision rules, versioned by the date they take effect'
            cand tally 'Count a ballot file by a voting method (no database needed)'
            cand completions 'Print shell completions'
            cand man 'Print the man page, or write one page per command into a folder'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'quorum;help;init'= {
        }
        &'quorum;help;demo'= {
        }
        &'quorum;help;member'= {
            cand add 'Add a member (asks for the fields on a terminal when no flags are given)'
            cand list 'List members on a date, filtered and sorted'
            cand show 'Show every field of one member'
            cand edit 'Change fields of a member (an empty value clears an optional field)'
            cand leave 'End a membership: the member leaves after the given last day'
            cand rejoin 'Start a new membership period for a former member'
            cand suspend 'Suspend a member: no vote and not counted in any base (BW 2:24d)'
            cand unsuspend 'Lift a member''s suspension'
            cand arrears 'Record contribution arrears (--from DATE) or that they were paid (--clear)'
            cand data 'Print everything held about one member as JSON (access and portability requests)'
            cand erase 'Erase the personal data of a former member, keeping an anonymous record'
            cand delete 'Delete a record added by mistake (only while nothing refers to it)'
            cand delegate 'Delegates of a member that is an organisation: add, list, end'
            cand import 'Import members from a spreadsheet (CSV)'
            cand export 'Export members as CSV or JSON'
            cand jubilees 'List members who reach 12.5, 25, 40, 50… years of membership in a year'
            cand birthdays 'List the birthdays of members in a month, with the age they turn'
        }
        &'quorum;help;member;add'= {
        }
        &'quorum;help;member;list'= {
        }
        &'quorum;help;member;show'= {
        }
        &'quorum;help;member;edit'= {
        }
        &'quorum;help;member;leave'= {
        }
        &'quorum;help;member;rejoin'= {
        }
        &'quorum;help;member;suspend'= {
        }
        &'quorum;help;member;unsuspend'= {
        }
        &'quorum;help;member;arrears'= {
        }
        &'quorum;help;member;data'= {
        }
        &'quorum;help;member;erase'= {
        }
        &'quorum;help;member;delete'= {
        }
        &'quorum;help;member;delegate'= {
            cand add 'Register a delegate of a member that is an organisation'
            cand list 'List a member''s delegates'
            cand end 'End a delegate''s mandate'
        }
        &'quorum;help;member;delegate;add'= {
        }
        &'quorum;help;member;delegate;list'= {
        }
        &'quorum;help;member;delegate;end'= {
        }
        &'quorum;help;member;import'= {
        }
        &'quorum;help;member;export'= {
        }
        &'quorum;help;member;jubilees'= {
        }
        &'quorum;help;member;birthdays'= {
        }
        &'quorum;help;association'= {
            cand show 'Print the name and the language of documents for members'
            cand edit 'Change the language of documents for members (journaled)'
        }
        &'quorum;help;association;show'= {
        }
        &'quorum;help;association;edit'= {
        }
        &'quorum;help;meeting'= {
            cand new 'Plan a meeting'
            cand list 'List the meetings'
            cand show 'Show one meeting with its agenda'
            cand edit 'Change a meeting''s title, date, place or kind'
            cand cancel 'Cancel a meeting that has not been opened'
            cand open 'Record that the chair opened the convened meeting; fixes who may vote (the snapshot)'
            cand close 'Record that the chair closed the meeting (no vote or election round may be open)'
            cand agenda 'The agenda: add, move, remove, list'
            cand document 'The meeting documents (stukken) of the agenda items: add, list, remove'
            cand convene 'Record that the convocation went out, check the notice, write the letter and lists'
            cand ics 'Print the meeting as an iCalendar event (RFC 5545)'
            cand request 'A members'' request to convene a meeting (BW 2:41); `request list` lists them'
            cand checkin 'Check members in at the door (numbers, or - for stdin)'
            cand checkout 'Check members out (they left the room)'
            cand apologies 'Record apologies (afwezig met kennisgeving)'
            cand proxy 'Proxies: give one (`proxy M --from N --to N`), `proxy list M`, `proxy revoke M --from N`'
            cand attendance 'The attendance list: present, by proxy, apologies'
            cand quorum 'Is the quorum present? Every quorum rule with the numbers'
            cand guest 'Guests (donateurs, invited non-members): on the attendance list, never counted'
        }
        &'quorum;help;meeting;new'= {
        }
        &'quorum;help;meeting;list'= {
        }
        &'quorum;help;meeting;show'= {
        }
        &'quorum;help;meeting;edit'= {
        }
        &'quorum;help;meeting;cancel'= {
        }
        &'quorum;help;meeting;open'= {
        }
        &'quorum;help;meeting;close'= {
        }
        &'quorum;help;meeting;agenda'= {
            cand add 'Add an item (at the end, or at --position), or the annual meeting''s items with --template'
            cand move 'Move item FROM to position TO'
            cand remove 'Remove an item'
            cand list 'List the agenda'
        }
        &'quorum;help;meeting;agenda;add'= {
        }
        &'quorum;help;meeting;agenda;move'= {
        }
        &'quorum;help;meeting;agenda;remove'= {
        }
        &'quorum;help;meeting;agenda;list'= {
        }
        &'quorum;help;meeting;document'= {
            cand add 'Record a document of an agenda item and where members can read it (before the convocation; after it only with --force, recorded as late)'
            cand list 'The documents of a meeting, by agenda item'
            cand remove 'Remove a document (before the convocation; after it only with --force)'
            cand supplement 'Write the supplement (aanvulling) that sends the documents added after the convocation; the letter itself stays as it was sent'
        }
        &'quorum;help;meeting;document;add'= {
        }
        &'quorum;help;meeting;document;list'= {
        }
        &'quorum;help;meeting;document;remove'= {
        }
        &'quorum;help;meeting;document;supplement'= {
        }
        &'quorum;help;meeting;convene'= {
        }
        &'quorum;help;meeting;ics'= {
        }
        &'quorum;help;meeting;request'= {
            cand list 'List the recorded requests'
        }
        &'quorum;help;meeting;request;list'= {
        }
        &'quorum;help;meeting;checkin'= {
        }
        &'quorum;help;meeting;checkout'= {
        }
        &'quorum;help;meeting;apologies'= {
        }
        &'quorum;help;meeting;proxy'= {
            cand list 'List the proxies of a meeting'
            cand revoke 'Revoke a member''s proxy'
        }
        &'quorum;help;meeting;proxy;list'= {
        }
        &'quorum;help;meeting;proxy;revoke'= {
        }
        &'quorum;help;meeting;attendance'= {
        }
        &'quorum;help;meeting;quorum'= {
        }
        &'quorum;help;meeting;guest'= {
            cand add 'Register a guest: by name, or a donateur from the registry by number'
            cand list 'List a meeting''s guests'
            cand remove 'Remove a guest registered by mistake'
        }
        &'quorum;help;meeting;guest;add'= {
        }
        &'quorum;help;meeting;guest;list'= {
        }
        &'quorum;help;meeting;guest;remove'= {
        }
        &'quorum;help;proposal'= {
            cand new 'Draft a proposal, by the board or by members; --meeting puts it on that agenda'
            cand list 'List the proposals, each followed by its amendments'
            cand show 'Show one proposal: text, signers, amendments, exclusions, the BW 2:42 checks'
            cand edit 'Change a draft''s title, text, kind or the day its text lies open for inspection'
            cand amend 'Propose an amendment of a proposal (voted before it, at the same meeting)'
            cand exclude 'Exclude members from the vote on a proposal (BW 2:12: a decision about themselves)'
            cand withdraw 'Withdraw a draft'
        }
        &'quorum;help;proposal;new'= {
        }
        &'quorum;help;proposal;list'= {
        }
        &'quorum;help;proposal;show'= {
        }
        &'quorum;help;proposal;edit'= {
        }
        &'quorum;help;proposal;amend'= {
        }
        &'quorum;help;proposal;exclude'= {
        }
        &'quorum;help;proposal;withdraw'= {
        }
        &'quorum;help;vote'= {
            cand open 'Open a vote on a proposal at its (open) meeting; stores the quorum statement'
            cand count 'Enter the counts of a show of hands'
            cand cast 'Cast a roll-call vote: in person, for a proxy giver, or with all proxies held'
            cand close 'Close a vote: the result under the rules, explained; records the chair''s declaration'
            cand challenge 'Demand a new vote at once after the declaration (BW 2:13 lid 4)'
            cand convert 'Turn an open vote into a written ballot on request (written_vote_on_request)'
            cand codes 'Issue the secret ballot''s codes: one per vote present, random order, no names'
            cand show 'Show one vote: grounds, counts, result, explanation, declaration, roll call'
            cand list 'List the votes'
            cand export 'Export the votes with counts, base, threshold, result and explanation'
        }
        &'quorum;help;vote;open'= {
        }
        &'quorum;help;vote;count'= {
        }
        &'quorum;help;vote;cast'= {
        }
        &'quorum;help;vote;close'= {
        }
        &'quorum;help;vote;challenge'= {
        }
        &'quorum;help;vote;convert'= {
        }
        &'quorum;help;vote;codes'= {
        }
        &'quorum;help;vote;show'= {
        }
        &'quorum;help;vote;list'= {
        }
        &'quorum;help;vote;export'= {
        }
        &'quorum;help;resolution'= {
            cand new 'Put a draft proposal to all members with a vote in writing; takes the roll''s snapshot'
            cand sign 'Record members'' signatures: agreed, or against with --against'
            cand close 'Close a resolution: adopted if every member with a vote agreed, else failed'
            cand show 'Show one resolution: grounds, snapshot, signatures, outcome and explanation'
            cand list 'List the resolutions'
        }
        &'quorum;help;resolution;new'= {
        }
        &'quorum;help;resolution;sign'= {
        }
        &'quorum;help;resolution;close'= {
        }
        &'quorum;help;resolution;show'= {
        }
        &'quorum;help;resolution;list'= {
        }
        &'quorum;help;election'= {
            cand new 'Make an election in a meeting (its seed for lots is printed and recorded)'
            cand list 'List the elections'
            cand show 'Show an election: candidates, rounds, figures, outcome'
            cand candidate 'Nominate, withdraw and list candidates'
            cand binding 'Record the meeting''s vote on removing a binding nomination''s force (BW 2:37)'
            cand ballot 'Enter paper ballots of the open round: one paper, or a CSV ballot file'
            cand codes 'Issue the voting codes of the open round, one per vote present or represented'
            cand cast 'Cast a secret ballot with a voting code'
            cand count 'Count the open round (or recount every counted round with --recount)'
            cand round 'Open the next round with the candidates the last count sent to it'
            cand export 'Export the stages as CSV/JSON, and the anonymous ballots as BLT'
        }
        &'quorum;help;election;new'= {
        }
        &'quorum;help;election;list'= {
        }
        &'quorum;help;election;show'= {
        }
        &'quorum;help;election;candidate'= {
            cand add 'Nominate a member, or a person by name'
            cand withdraw 'Withdraw a candidate (kept, and skipped on every ballot)'
            cand list 'List the candidates'
        }
        &'quorum;help;election;candidate;add'= {
        }
        &'quorum;help;election;candidate;withdraw'= {
        }
        &'quorum;help;election;candidate;list'= {
        }
        &'quorum;help;election;binding'= {
        }
        &'quorum;help;election;ballot'= {
        }
        &'quorum;help;election;codes'= {
        }
        &'quorum;help;election;cast'= {
        }
        &'quorum;help;election;count'= {
        }
        &'quorum;help;election;round'= {
        }
        &'quorum;help;election;export'= {
        }
        &'quorum;help;minutes'= {
            cand note 'Add a note to the minutes (under an agenda item with --item): what was said'
            cand notes 'List the notes of the minutes with their numbers (for `minutes note edit` and `remove`)'
            cand action 'Record an action item agreed in the meeting: who does what, by when'
            cand draft 'Draft the complete minutes from what was recorded, in the association''s language'
            cand approve 'Approve the minutes at a later meeting (or the same, where the statutes say so) and seal them'
            cand show 'Show the minutes: the approved, sealed text with --approved, else the draft'
            cand verify 'Check approved minutes against their seal and the journal'
        }
        &'quorum;help;minutes;note'= {
            cand edit 'Correct the text of a note (its number from `minutes notes M`), until the minutes are approved'
            cand remove 'Take a note out of the minutes (its number from `minutes notes M`), until they are approved'
        }
        &'quorum;help;minutes;note;edit'= {
        }
        &'quorum;help;minutes;note;remove'= {
        }
        &'quorum;help;minutes;notes'= {
        }
        &'quorum;help;minutes;action'= {
        }
        &'quorum;help;minutes;draft'= {
        }
        &'quorum;help;minutes;approve'= {
        }
        &'quorum;help;minutes;show'= {
        }
        &'quorum;help;minutes;verify'= {
        }
        &'quorum;help;actions'= {
            cand list 'List the action items (the same as `quorum actions` without a verb)'
            cand done 'Mark an action item done'
        }
        &'quorum;help;actions;list'= {
        }
        &'quorum;help;actions;done'= {
        }
        &'quorum;help;board'= {
            cand add 'Record a member''s seat on the board, with the decision that appointed them'
            cand end 'End a member''s seat (resigned, dismissed, retired)'
            cand role 'Continue a sitting member in another role'
            cand schedule 'The retirement schedule (rooster van aftreden): who retires at which annual meeting'
            cand reports 'Board changes to report to the Handelsregister, and whether they were'
            cand reported 'Mark a board change reported to the Handelsregister'
        }
        &'quorum;help;board;add'= {
        }
        &'quorum;help;board;end'= {
        }
        &'quorum;help;board;role'= {
        }
        &'quorum;help;board;schedule'= {
        }
        &'quorum;help;board;reports'= {
        }
        &'quorum;help;board;reported'= {
        }
        &'quorum;help;kascommissie'= {
            cand show 'Show the committee of a financial year, its report, or why none is needed'
            cand set 'Record the committee the general meeting appointed for a financial year'
            cand report 'Record the committee''s report (or an accountant''s statement) on a year''s accounts'
        }
        &'quorum;help;kascommissie;show'= {
        }
        &'quorum;help;kascommissie;set'= {
        }
        &'quorum;help;kascommissie;report'= {
        }
        &'quorum;help;todo'= {
        }
        &'quorum;help;decisions'= {
            cand list 'List the register (the same as `quorum decisions` without a verb)'
            cand show 'Show one decision with its grounds: the figures or the elected, the rules, the history'
            cand set 'Record the notarial deed (in-force) or a later decision that supersedes it'
        }
        &'quorum;help;decisions;list'= {
        }
        &'quorum;help;decisions;show'= {
        }
        &'quorum;help;decisions;set'= {
        }
        &'quorum;help;category'= {
            cand add 'Add a category'
            cand list 'List the categories with their number of members'
            cand edit 'Change a category''s name, vote, weight or description'
        }
        &'quorum;help;category;add'= {
        }
        &'quorum;help;category;list'= {
        }
        &'quorum;help;category;edit'= {
        }
        &'quorum;help;roll'= {
        }
        &'quorum;help;journal'= {
            cand list 'List journal entries, oldest first'
            cand verify 'Check the hash chain: detects any entry edited, deleted or inserted outside quorum'
        }
        &'quorum;help;journal;list'= {
        }
        &'quorum;help;journal;verify'= {
        }
        &'quorum;help;db'= {
            cand path 'Print the database path and where it comes from'
            cand backup 'Copy the database to FILE while it is in use (SQLite online backup)'
            cand check 'Run SQLite''s integrity and foreign-key checks'
            cand restore 'Put a backup back: checked first, the current file kept aside'
        }
        &'quorum;help;db;path'= {
        }
        &'quorum;help;db;backup'= {
        }
        &'quorum;help;db;check'= {
        }
        &'quorum;help;db;restore'= {
        }
        &'quorum;help;rules'= {
            cand show 'Show the rules in force: value, default, allowed values, source and meaning of each key'
            cand set 'Change one rule: in the version in force today, or in the version from --from'
            cand history 'List the versions of the rules and what each one changed'
            cand export 'Write the rules in force as a commented TOML file to stdout'
            cand import 'Read rules from a TOML file: every key is checked, and it is all or nothing'
        }
        &'quorum;help;rules;show'= {
        }
        &'quorum;help;rules;set'= {
        }
        &'quorum;help;rules;history'= {
        }
        &'quorum;help;rules;export'= {
        }
        &'quorum;help;rules;import'= {
        }
        &'quorum;help;tally'= {
        }
        &'quorum;help;completions'= {
        }
        &'quorum;help;man'= {
        }
        &'quorum;help;help'= {
        }
    ]
    $completions[$command]
}
