# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_quorum_global_optspecs
    string join \n db= format= color= y/yes no-input actor= q/quiet lang= h/help V/version
end

function __fish_quorum_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_quorum_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_quorum_using_subcommand
    set -l cmd (__fish_quorum_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c quorum -n "__fish_quorum_needs_command" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_needs_command" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_needs_command" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_needs_command" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_needs_command" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_needs_command" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_needs_command" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_needs_command" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_needs_command" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "init" -d 'Create a new database for an association'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "demo" -d 'Build a demo association in a temporary database and show it'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "member" -d 'Keep the member registry: add, list, edit, leave, import, export, erase'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "association" -d 'Show or change the association\'s name and language'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "meeting" -d 'General meetings: agenda, convocation, attendance, proxies, quorum'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "proposal" -d 'Proposals for a general meeting: draft, amend, withdraw, exclude members from a vote'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "vote" -d 'Votes on proposals: open, count, cast, close, challenge, show, list, export'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "resolution" -d 'Written resolutions outside a meeting (BW 2:40): new, sign, close, show, list'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "election" -d 'Elections of persons in a meeting: candidates, paper ballots, rounds, count, export'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "minutes" -d 'Minutes of a meeting: notes, action items, the draft, approval and the seal'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "actions" -d 'Action items across meetings: list them (--open), mark one done'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "board" -d 'The board on a date, its seats and terms, the retirement schedule, changes to report'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "kascommissie" -d 'The audit committee (kascommissie, BW 2:48 lid 2) of a financial year, and its report'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "todo" -d 'What the law and the statutes expect next, with dates: meetings, reports, terms, data'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "decisions" -d 'The decision register across all meetings: list, show, record the notarial deed'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "decision" -d 'The decision register across all meetings: list, show, record the notarial deed'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "category" -d 'Manage member categories: who is a member in law, who votes, with what weight'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "roll" -d 'Print the voting roll on a date: who votes, with how many votes, and why not'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "journal" -d 'Show and verify the journal of changes'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "db" -d 'Inspect, back up and check the database file'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "rules" -d 'Show and change the statutes\' decision rules, versioned by the date they take effect'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "tally" -d 'Count a ballot file by a voting method (no database needed)'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "man" -d 'Print the man page, or write one page per command into a folder'
complete -c quorum -n "__fish_quorum_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand init" -l name -d 'The association\'s name, as in its statutes' -r
complete -c quorum -n "__fish_quorum_using_subcommand init" -l lang -d 'Language of documents for members (letters, agendas, minutes): nl or en' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand init" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand init" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand init" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand init" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand init" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand init" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand init" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand init" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand demo" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand demo" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand demo" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand demo" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand demo" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand demo" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand demo" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand demo" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand demo" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "add" -d 'Add a member (asks for the fields on a terminal when no flags are given)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "list" -d 'List members on a date, filtered and sorted'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "ls" -d 'List members on a date, filtered and sorted'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "show" -d 'Show every field of one member'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "edit" -d 'Change fields of a member (an empty value clears an optional field)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "leave" -d 'End a membership: the member leaves after the given last day'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "rejoin" -d 'Start a new membership period for a former member'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "suspend" -d 'Suspend a member: no vote and not counted in any base (BW 2:24d)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "unsuspend" -d 'Lift a member\'s suspension'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "arrears" -d 'Record contribution arrears (--from DATE) or that they were paid (--clear)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "data" -d 'Print everything held about one member as JSON (access and portability requests)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "erase" -d 'Erase the personal data of a former member, keeping an anonymous record'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "delete" -d 'Delete a record added by mistake (only while nothing refers to it)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "delegate" -d 'Delegates of a member that is an organisation: add, list, end'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "import" -d 'Import members from a spreadsheet (CSV)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "export" -d 'Export members as CSV or JSON'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "jubilees" -d 'List members who reach 12.5, 25, 40, 50… years of membership in a year'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "birthdays" -d 'List the birthdays of members in a month, with the age they turn'
complete -c quorum -n "__fish_quorum_using_subcommand member; and not __fish_seen_subcommand_from add list ls show edit leave rejoin suspend unsuspend arrears data erase delete delegate import export jubilees birthdays help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l number -d 'Member number [default: the next free one]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l given-name -d 'Given name (voornaam)' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l name-prefix -l prefix -d 'Name prefix (tussenvoegsel), e.g. "van der"' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l family-name -d 'Family name without the prefix (required, unless the member is an organisation)' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l organisation -d 'The name of a member that is an organisation ("Bewonerscollectief De Wilgen"), instead of a person\'s name' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l email -d 'E-mail address' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l phone -d 'Phone number' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l phone2 -d 'A second phone number' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l external-code -d 'A code the member has elsewhere (a federation\'s relation code "J-012"), kept as typed' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l street -l address -d 'Street and house number' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l postcode -d 'Postcode' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l city -d 'City (woonplaats)' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l country -d 'Country' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l birth-date -d 'Birth date (YYYY-MM-DD or DD-MM-YYYY)' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l category -d 'Category, see `quorum category list` [default: regular]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l joined -d 'First day of membership, or "unknown" for a member from before the registry [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l left -d 'Last day of membership, to register someone who has already left' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l email-consent -d 'Consent to convocation by e-mail (BW 2:41 lid 5), given on DATE [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l notes -d 'Free-text notes (keep them factual: the member may ask to see them)' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l allow-duplicate -d 'Add even when a member with the same e-mail address, or the same name and birth date, is registered (without it a script is refused, a terminal asks)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from list" -l status -d 'Which members, judged on the --on date' -r -f -a "current\t'Members on the date, suspended or not'
active\t'Members on the date who are not suspended'
suspended\t'Members suspended on the date'
former\t'Registered people who left and are not members on the date'
future\t'Registered people whose membership starts after the date'
all\t'Everyone in the registry'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from list" -l category -d 'Only this category' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from list" -l on -l as-of -d 'The date to judge membership and status on [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from list" -l search -d 'Text in the number, names, e-mail or city (case and accents ignored)' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from list" -l sort -d 'Order of the list' -r -f -a "name\t'Family name without its prefix, then given name: van der Berg under B'
number\t'Member number'
joined\t'Start of the latest membership period'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from list" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from list" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from list" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from list" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from ls" -l status -d 'Which members, judged on the --on date' -r -f -a "current\t'Members on the date, suspended or not'
active\t'Members on the date who are not suspended'
suspended\t'Members suspended on the date'
former\t'Registered people who left and are not members on the date'
future\t'Registered people whose membership starts after the date'
all\t'Everyone in the registry'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from ls" -l category -d 'Only this category' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from ls" -l on -l as-of -d 'The date to judge membership and status on [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from ls" -l search -d 'Text in the number, names, e-mail or city (case and accents ignored)' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from ls" -l sort -d 'Order of the list' -r -f -a "name\t'Family name without its prefix, then given name: van der Berg under B'
number\t'Member number'
joined\t'Start of the latest membership period'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from ls" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from ls" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from ls" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from ls" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from ls" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from show" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from show" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from show" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l number -d 'New member number' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l given-name -d 'Given name (voornaam)' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l name-prefix -l prefix -d 'Name prefix (tussenvoegsel), e.g. "van der"' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l family-name -d 'Family name without the prefix ("" clears it, when the member becomes an organisation)' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l organisation -d 'The name of a member that is an organisation ("" clears it; the member then needs a family name)' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l email -d 'E-mail address' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l phone -d 'Phone number' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l phone2 -d 'A second phone number' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l external-code -d 'A code the member has elsewhere (a federation\'s relation code), kept as typed' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l street -l address -d 'Street and house number' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l postcode -d 'Postcode' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l city -d 'City (woonplaats)' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l country -d 'Country' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l birth-date -d 'Birth date, or "" to clear' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l email-consent -d 'Consent to convocation by e-mail given on DATE [default: today]; "" withdraws it' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l notes -d 'Free-text notes' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l category -d 'Move the member to another category' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l joined -d 'Correct the first day of the current (or last) membership period; "unknown" for a member\'s first period' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l left -d 'Correct the last day of the last membership period, or "none" to withdraw the leave' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from leave" -l on -l date -d 'Last day as a member; may lie ahead, e.g. the end of the year [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from leave" -l reason -d 'Why the membership ends (resignation, expulsion, death…)' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from leave" -l resigned -d 'The member resigned on this day: the last day follows from the statutes (resignation_notice_weeks, resignation_effective_at; BW 2:36)' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from leave" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from leave" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from leave" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from leave" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from leave" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from leave" -l undo -d 'Withdraw the last leave instead: the membership runs on as if it never ended'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from leave" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from leave" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from leave" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from leave" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from rejoin" -l on -l date -d 'First day of the new membership [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from rejoin" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from rejoin" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from rejoin" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from rejoin" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from rejoin" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from rejoin" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from rejoin" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from rejoin" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from rejoin" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from rejoin" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from suspend" -l reason -d 'Why (the decision and its ground); required' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from suspend" -l from -d 'First day of the suspension [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from suspend" -l until -d 'Last day of the suspension [default: until lifted with `member unsuspend`]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from suspend" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from suspend" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from suspend" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from suspend" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from suspend" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from suspend" -l appeal-term -d 'The board expelled the member, told on --from: suspended during the appeal term (expulsion_appeal_months, BW 2:35)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from suspend" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from suspend" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from unsuspend" -l on -l date -d 'First day without the suspension [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from unsuspend" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from unsuspend" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from unsuspend" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from unsuspend" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from unsuspend" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from unsuspend" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from unsuspend" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from unsuspend" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from unsuspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from unsuspend" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from arrears" -l from -l since -d 'First day in arrears' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from arrears" -l on -l date -d 'With --clear: first day paid up [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from arrears" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from arrears" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from arrears" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from arrears" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from arrears" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from arrears" -l clear -d 'The member paid up: end the open arrears'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from arrears" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from arrears" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from arrears" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from arrears" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from arrears" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from data" -s o -l output -d 'Write to FILE (owner-only; it appears only when complete) instead of stdout, e.g. to send to the member' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from data" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from data" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from data" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from data" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from data" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from data" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from data" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from data" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from data" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from data" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from erase" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from erase" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from erase" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from erase" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from erase" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from erase" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from erase" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from erase" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from erase" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from erase" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delete" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delete" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delete" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delete" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delete" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delegate" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delegate" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delegate" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delegate" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delegate" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delegate" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delegate" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delegate" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delegate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delegate" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delegate" -f -a "add" -d 'Register a delegate of a member that is an organisation'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delegate" -f -a "list" -d 'List a member\'s delegates'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delegate" -f -a "end" -d 'End a delegate\'s mandate'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from delegate" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l map -d 'Read column COLUMN as FIELD (repeatable); `COLUMN=-` ignores a column' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l category-map -d 'Read the sheet\'s category names as the registry\'s (repeatable): "Steunend lid=supporter,Gewoon lid=regular"' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l status-map -d 'What the status column\'s words mean (repeatable): "Afgemeld=former,Proeflid=current"; the statuses of CiviCRM, Galette, Admidio and Sportlink are known without it' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l consent-map -d 'What the answers in the consent column mean (repeatable): "Ja=yes,Nee, stuur mij een brief=no"; "1=no,0=yes" for a column that asks the opposite (CiviCRM\'s Do Not Email)' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l category -d 'Category of members whose row names none' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l joined -d 'Date of joining of members whose row gives none, or "unknown" (members from before the registry); a row whose own leaving or birth date contradicts the date gets unknown' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding [default: detected]' -r -f -a "utf-8\t''
windows-1252\t'What Dutch Excel writes; also reads Latin-1 (ISO-8859-1)'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l delimiter -d 'The separator: , ; or tab [default: detected from the header row]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l max-errors -d 'How many errors to list (all are counted)' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l update -d 'Change the registered members the rows are about (only what differs): by number, or in a row without one by the same e-mail address, or name and birth date'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the file and report what would change, without writing anything'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l left-is-first-day-out -d 'The end date in the file is the first day without membership (Sportlink\'s Afmelddatum): the last day as a member is the day before'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l end-only-when-former -d 'The end date counts only in rows whose status says the member left: for a current member it is the end of the paid period (CiviCRM\'s Membership End Date), not a leaving date'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l fix-mobile -d 'Put back the 0 of mobile numbers a spreadsheet dropped ("612345678" → "0612345678")'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l create-categories -d 'Create categories the registry does not know yet (as member categories with a vote)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l allow-duplicate -d 'Import rows that look like a registered member or another row of the file (the same e-mail address, or the same name and birth date); without it the file is refused'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to FILE (owner-only; it appears only when complete) instead of stdout' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -l columns -d 'Columns, comma-separated, e.g. number,family_name,email [default: every registry field]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -l on -l as-of -d 'The date membership and status are judged on, e.g. 2025-12-31 [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -l status -d 'Which members, on the --on date' -r -f -a "current\t'Members on the date, suspended or not'
active\t'Members on the date who are not suspended'
suspended\t'Members suspended on the date'
former\t'Registered people who left and are not members on the date'
future\t'Registered people whose membership starts after the date'
all\t'Everyone in the registry'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -l category -d 'Only members of this category' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -l delimiter -d 'The separator: , ; or tab [default: , and with --excel ;]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -l excel -d 'For Excel: UTF-8 byte-order mark, ; and CRLF, and cells that would run as formulas (starting with = + - @) made text with a leading \''
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from jubilees" -l year -d 'The year, e.g. 2027 [default: this year]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from jubilees" -l years -d 'The jubilees, in years, comma-separated [default: 12.5,25,40,50,60,75]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from jubilees" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from jubilees" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from jubilees" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from jubilees" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from jubilees" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from jubilees" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from jubilees" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from jubilees" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from jubilees" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from jubilees" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from birthdays" -l month -d 'The month, 1 to 12' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from birthdays" -l year -d 'The year [default: this year]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from birthdays" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from birthdays" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from birthdays" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from birthdays" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from birthdays" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from birthdays" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from birthdays" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from birthdays" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from birthdays" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from birthdays" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a member (asks for the fields on a terminal when no flags are given)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "list" -d 'List members on a date, filtered and sorted'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every field of one member'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a member (an empty value clears an optional field)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "leave" -d 'End a membership: the member leaves after the given last day'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "rejoin" -d 'Start a new membership period for a former member'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend a member: no vote and not counted in any base (BW 2:24d)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "unsuspend" -d 'Lift a member\'s suspension'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "arrears" -d 'Record contribution arrears (--from DATE) or that they were paid (--clear)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "data" -d 'Print everything held about one member as JSON (access and portability requests)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "erase" -d 'Erase the personal data of a former member, keeping an anonymous record'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a record added by mistake (only while nothing refers to it)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "delegate" -d 'Delegates of a member that is an organisation: add, list, end'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import members from a spreadsheet (CSV)'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export members as CSV or JSON'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "jubilees" -d 'List members who reach 12.5, 25, 40, 50… years of membership in a year'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "birthdays" -d 'List the birthdays of members in a month, with the age they turn'
complete -c quorum -n "__fish_quorum_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand association; and not __fish_seen_subcommand_from show edit help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand association; and not __fish_seen_subcommand_from show edit help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand association; and not __fish_seen_subcommand_from show edit help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand association; and not __fish_seen_subcommand_from show edit help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand association; and not __fish_seen_subcommand_from show edit help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand association; and not __fish_seen_subcommand_from show edit help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand association; and not __fish_seen_subcommand_from show edit help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand association; and not __fish_seen_subcommand_from show edit help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand association; and not __fish_seen_subcommand_from show edit help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand association; and not __fish_seen_subcommand_from show edit help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand association; and not __fish_seen_subcommand_from show edit help" -f -a "show" -d 'Print the name and the language of documents for members'
complete -c quorum -n "__fish_quorum_using_subcommand association; and not __fish_seen_subcommand_from show edit help" -f -a "edit" -d 'Change the language of documents for members (journaled)'
complete -c quorum -n "__fish_quorum_using_subcommand association; and not __fish_seen_subcommand_from show edit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from show" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from show" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from show" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from edit" -l lang -d 'nl (Dutch) or en (English)' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from edit" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from edit" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from edit" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from edit" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the name and the language of documents for members'
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change the language of documents for members (journaled)'
complete -c quorum -n "__fish_quorum_using_subcommand association; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "new" -d 'Plan a meeting'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "list" -d 'List the meetings'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "ls" -d 'List the meetings'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "show" -d 'Show one meeting with its agenda'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "edit" -d 'Change a meeting\'s title, date, place or kind'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "cancel" -d 'Cancel a meeting that has not been opened'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "open" -d 'Record that the chair opened the convened meeting; fixes who may vote (the snapshot)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "close" -d 'Record that the chair closed the meeting (no vote or election round may be open)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "agenda" -d 'The agenda: add, move, remove, list'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "document" -d 'The meeting documents (stukken) of the agenda items: add, list, remove'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "convene" -d 'Record that the convocation went out, check the notice, write the letter and lists'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "ics" -d 'Print the meeting as an iCalendar event (RFC 5545)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "request" -d 'A members\' request to convene a meeting (BW 2:41); `request list` lists them'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "checkin" -d 'Check members in at the door (numbers, or - for stdin)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "checkout" -d 'Check members out (they left the room)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "apologies" -d 'Record apologies (afwezig met kennisgeving)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "proxy" -d 'Proxies: give one (`proxy M --from N --to N`), `proxy list M`, `proxy revoke M --from N`'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "attendance" -d 'The attendance list: present, by proxy, apologies'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "quorum" -d 'Is the quorum present? Every quorum rule with the numbers'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "guest" -d 'Guests (donateurs, invited non-members): on the attendance list, never counted'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and not __fish_seen_subcommand_from new list ls show edit cancel open close agenda document convene ics request checkin checkout apologies proxy attendance quorum guest help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from new" -l title -d 'The title, e.g. "Algemene ledenvergadering voorjaar 2027"' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from new" -l at -l date -d 'Date and time: 2027-03-14T19:30 or 14-03-2027 19:30 (local time)' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from new" -l end -d 'Time it ends (HH:MM), for the calendar event' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from new" -l location -d 'Where it is held' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from new" -l kind -d 'regular, annual (jaarvergadering) or extraordinary' -r -f -a "regular\t''
annual\t''
extraordinary\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from new" -l second-of -d 'This is the second meeting after meeting M had no quorum (as model statutes provide)' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from new" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from new" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from new" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from new" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from new" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from new" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from new" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from new" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from list" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from list" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from list" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from list" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ls" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ls" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ls" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ls" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ls" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from show" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from show" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from show" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -l title -d 'The new title' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -l at -l date -d 'The new date and time: 2027-03-14T19:30 or 14-03-2027 19:30 (local time)' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -l end -d 'The new end time (HH:MM), for the calendar event' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -l location -d 'The new place where it is held' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -l kind -d 'The new kind: regular, annual (jaarvergadering) or extraordinary' -r -f -a "regular\t''
annual\t''
extraordinary\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -l chair -d 'The member who chairs the meeting (for the minutes); also after it closed' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -l secretary -d 'The member who takes the minutes (notulist); also after it closed' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -l tellers -d 'The tellers (stemcommissie), by member number; replaces those recorded before' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -l reason -d 'Why, for the record' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from open" -l at -d 'When it happened, for entering it afterwards [default: now]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from open" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from open" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from open" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from open" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from open" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from open" -l force -d 'Open a meeting that was not convened, or on another day, at its own risk (recorded; its decisions are voidable, BW 2:15)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from open" -l undo -d 'Take back an opening made by mistake, while nothing has been recorded in the meeting'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from open" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from open" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from open" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from open" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from close" -l at -d 'When it happened, for entering it afterwards [default: now]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from close" -l note -d 'Why an opened meeting did not take place, or what the chair noted at closing' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from close" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from close" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from close" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from close" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from close" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from close" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from close" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from agenda" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from agenda" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from agenda" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from agenda" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from agenda" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from agenda" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from agenda" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from agenda" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from agenda" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from agenda" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from agenda" -a "add" -d 'Add an item (at the end, or at --position), or the annual meeting\'s items with --template'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from agenda" -a "move" -d 'Move item FROM to position TO'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from agenda" -a "remove" -d 'Remove an item'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from agenda" -a "list" -d 'List the agenda'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from agenda" -a "ls" -d 'List the agenda'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from agenda" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from document" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from document" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from document" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from document" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from document" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from document" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from document" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from document" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from document" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from document" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from document" -f -a "add" -d 'Record a document of an agenda item and where members can read it (before the convocation; after it only with --force, recorded as late)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from document" -f -a "list" -d 'The documents of a meeting, by agenda item'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from document" -f -a "ls" -d 'The documents of a meeting, by agenda item'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from document" -f -a "remove" -d 'Remove a document (before the convocation; after it only with --force)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from document" -f -a "supplement" -d 'Write the supplement (aanvulling) that sends the documents added after the convocation; the letter itself stays as it was sent'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from document" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -l on -l sent -d 'The day the convocation went out [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -l channel -d 'Which lists to write for sending: email, post or both' -r -f -a "email\t''
post\t''
both\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -l letter -d 'Write the convocation letter (Markdown) to this file' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -l lang -d 'Language of the letter for this once: nl or en [default: the association\'s]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -l place -d 'Place of sending, in the letter\'s heading ("Utrecht, 20 februari 2027")' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -l signed -d 'Name of the secretary who signs the letter' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -l inspection -d 'Where the documents can be inspected ("bij de secretaris")' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -l mail-list -d 'Write members who consented to e-mail (number, name, address) to this CSV file' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -l post-list -d 'Write the other members with their postal address to this CSV file' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -l mail-merge -d 'Write one letter per member convened by post, each with its addressee block, to this Markdown file (the --post-list CSV holds the same fields for a word processor)' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -l force -d 'Convene although the notice is too short; the override is journaled'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from convene" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ics" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ics" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ics" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ics" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ics" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ics" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ics" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ics" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ics" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from ics" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from request" -l by -d 'The requesting members\' numbers' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from request" -l on -l received -d 'The day the written (or e-mailed) request arrived' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from request" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from request" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from request" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from request" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from request" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from request" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from request" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from request" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from request" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from request" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from request" -f -a "list" -d 'List the recorded requests'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from request" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkin" -l suspension-item -d 'Admit suspended members for the item on their own suspension (BW 2:38 lid 1), without a vote' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkin" -l delegate -d 'Check one member that is an organisation in through its registered delegate (`member delegate add`); the collective\'s votes are cast by the delegate' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkin" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkin" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkin" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkin" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkin" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkin" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkin" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkin" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkin" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkin" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkout" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkout" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkout" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkout" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkout" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkout" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkout" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkout" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from checkout" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from apologies" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from apologies" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from apologies" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from apologies" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from apologies" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from apologies" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from apologies" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from apologies" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from apologies" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from apologies" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -l from -d 'The member who gives the proxy' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -l to -d 'The member who holds it (a member with a vote)' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -l instruction -d 'A voting instruction, as written on the proxy' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -l on -l received -d 'The day the secretary received it [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -l form -d 'paper or electronic (checked against proxy_form)' -r -f -a "paper\t''
electronic\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -a "list" -d 'List the proxies of a meeting'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -a "revoke" -d 'Revoke a member\'s proxy'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from proxy" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from attendance" -l as -d 'table, csv, json or html (the same as --format; kept for scripts that use it)' -r -f -a "table\t''
csv\t''
json\t''
html\t'A printable page with a signature column'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from attendance" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from attendance" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from attendance" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from attendance" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from attendance" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from attendance" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from attendance" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from attendance" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from attendance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from attendance" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from quorum" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from quorum" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from quorum" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from quorum" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from quorum" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from quorum" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from quorum" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from quorum" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from quorum" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from quorum" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from guest" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from guest" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from guest" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from guest" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from guest" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from guest" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from guest" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from guest" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from guest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from guest" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from guest" -f -a "add" -d 'Register a guest: by name, or a donateur from the registry by number'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from guest" -f -a "list" -d 'List a meeting\'s guests'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from guest" -f -a "remove" -d 'Remove a guest registered by mistake'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from guest" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "new" -d 'Plan a meeting'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the meetings'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one meeting with its agenda'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a meeting\'s title, date, place or kind'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a meeting that has not been opened'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "open" -d 'Record that the chair opened the convened meeting; fixes who may vote (the snapshot)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "close" -d 'Record that the chair closed the meeting (no vote or election round may be open)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "agenda" -d 'The agenda: add, move, remove, list'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "document" -d 'The meeting documents (stukken) of the agenda items: add, list, remove'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "convene" -d 'Record that the convocation went out, check the notice, write the letter and lists'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "ics" -d 'Print the meeting as an iCalendar event (RFC 5545)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "request" -d 'A members\' request to convene a meeting (BW 2:41); `request list` lists them'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "checkin" -d 'Check members in at the door (numbers, or - for stdin)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "checkout" -d 'Check members out (they left the room)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "apologies" -d 'Record apologies (afwezig met kennisgeving)'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "proxy" -d 'Proxies: give one (`proxy M --from N --to N`), `proxy list M`, `proxy revoke M --from N`'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "attendance" -d 'The attendance list: present, by proxy, apologies'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "quorum" -d 'Is the quorum present? Every quorum rule with the numbers'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "guest" -d 'Guests (donateurs, invited non-members): on the attendance list, never counted'
complete -c quorum -n "__fish_quorum_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -f -a "new" -d 'Draft a proposal, by the board or by members; --meeting puts it on that agenda'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -f -a "list" -d 'List the proposals, each followed by its amendments'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -f -a "ls" -d 'List the proposals, each followed by its amendments'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -f -a "show" -d 'Show one proposal: text, signers, amendments, exclusions, the BW 2:42 checks'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -f -a "edit" -d 'Change a draft\'s title, text, kind or the day its text lies open for inspection'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -f -a "amend" -d 'Propose an amendment of a proposal (voted before it, at the same meeting)'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -f -a "exclude" -d 'Exclude members from the vote on a proposal (BW 2:12: a decision about themselves)'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -f -a "withdraw" -d 'Withdraw a draft'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and not __fish_seen_subcommand_from new list ls show edit amend exclude withdraw help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -l title -d 'The title, e.g. "Budget 2027" or "Statute amendment: article 12"' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -l text -d 'The text of the proposal (for a statute amendment: the amendment word for word)' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -l text-file -d 'Read the text from this file (UTF-8)' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -l kind -d 'ordinary, statutes, dissolution, budget, accounts, discharge, appointment, other, board-dismissal or board-suspension' -r -f -a "ordinary\t''
statutes\t''
dissolution\t''
budget\t''
accounts\t''
discharge\t''
appointment\t''
other\t''
board-dismissal\t''
board-suspension\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -l member -d 'The board member a board-dismissal or board-suspension is about (member number)' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -l by -d 'Member numbers who bring the proposal (the first) and co-sign it' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -l meeting -d 'Put it on the agenda of meeting M (an item that decides as the kind says)' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -l by-board -d 'The board brings the proposal'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from new" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from list" -l meeting -d 'Only the proposals of meeting M' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from list" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from list" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from list" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from list" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l meeting -d 'Only the proposals of meeting M' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from show" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from show" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from show" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l title -d 'The new title' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l text -d 'The text of the proposal (for a statute amendment: the amendment word for word)' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l text-file -d 'Read the text from this file (UTF-8)' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l kind -d 'ordinary, statutes, dissolution, budget, accounts, discharge, appointment or other' -r -f -a "ordinary\t''
statutes\t''
dissolution\t''
budget\t''
accounts\t''
discharge\t''
appointment\t''
other\t''
board-dismissal\t''
board-suspension\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l text-open-from -d 'The first day the verbatim text lies open for inspection (statute amendments, BW 2:42)' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from amend" -l title -d 'The amendment\'s title, e.g. "Budget 2027: €500 more for the youth team"' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from amend" -l text -d 'The text of the proposal (for a statute amendment: the amendment word for word)' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from amend" -l text-file -d 'Read the text from this file (UTF-8)' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from amend" -l by -d 'Member numbers who bring the proposal (the first) and co-sign it' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from amend" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from amend" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from amend" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from amend" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from amend" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from amend" -l by-board -d 'The board brings the proposal'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from amend" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from amend" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from amend" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from amend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from amend" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from exclude" -l reason -d 'Why, e.g. "the decision is about their own contract" (kept with the record, not the journal summary)' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from exclude" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from exclude" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from exclude" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from exclude" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from exclude" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from exclude" -l force -d 'Exclude although the statutes provide no exclusion (vote_exclusion_enabled = false): recorded, and the decision is voidable (BW 2:12, 2:15)'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from exclude" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from exclude" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from exclude" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from exclude" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from exclude" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "new" -d 'Draft a proposal, by the board or by members; --meeting puts it on that agenda'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the proposals, each followed by its amendments'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one proposal: text, signers, amendments, exclusions, the BW 2:42 checks'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a draft\'s title, text, kind or the day its text lies open for inspection'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "amend" -d 'Propose an amendment of a proposal (voted before it, at the same meeting)'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "exclude" -d 'Exclude members from the vote on a proposal (BW 2:12: a decision about themselves)'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "withdraw" -d 'Withdraw a draft'
complete -c quorum -n "__fish_quorum_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -f -a "open" -d 'Open a vote on a proposal at its (open) meeting; stores the quorum statement'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -f -a "count" -d 'Enter the counts of a show of hands'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -f -a "cast" -d 'Cast a roll-call vote: in person, for a proxy giver, or with all proxies held'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -f -a "close" -d 'Close a vote: the result under the rules, explained; records the chair\'s declaration'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -f -a "challenge" -d 'Demand a new vote at once after the declaration (BW 2:13 lid 4)'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -f -a "convert" -d 'Turn an open vote into a written ballot on request (written_vote_on_request)'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -f -a "codes" -d 'Issue the secret ballot\'s codes: one per vote present, random order, no names'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -f -a "show" -d 'Show one vote: grounds, counts, result, explanation, declaration, roll call'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -f -a "list" -d 'List the votes'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -f -a "ls" -d 'List the votes'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -f -a "export" -d 'Export the votes with counts, base, threshold, result and explanation'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and not __fish_seen_subcommand_from open count cast close challenge convert codes show list ls export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from open" -l method -d 'How the vote is taken: hands, roll-call or ballot' -r -f -a "hands\t''
roll-call\t''
ballot\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from open" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from open" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from open" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from open" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from open" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from open" -l force -d 'Open a statute amendment\'s vote although BW 2:42 is not met; recorded, and the decision is voidable (BW 2:15)'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from open" -l parallel -d 'Open it while another vote or election round of the meeting is open (one question at a time otherwise)'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from open" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from open" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from open" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from open" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from count" -l proposal -d 'The proposal instead of the vote\'s number, where it has exactly one open vote' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from count" -l for -d 'Votes for' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from count" -l against -d 'Votes against' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from count" -l blank -d 'Blank votes' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from count" -l invalid -d 'Invalid votes' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from count" -l abstain -d 'Abstentions' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from count" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from count" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from count" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from count" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from count" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from count" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from count" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from count" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from count" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from count" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from cast" -l code -d 'Cast a secret ballot with this code from a ballot paper (no member number)' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from cast" -l for-member -d 'Cast the votes of this proxy giver instead of one\'s own' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from cast" -l split -d 'Divide a weighted vote, e.g. for=3,against=2 (the parts add up to the weight)' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from cast" -l proposal -d 'The proposal instead of the vote\'s number, where it has exactly one open vote: `vote cast --proposal P N CHOICE`' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from cast" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from cast" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from cast" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from cast" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from cast" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from cast" -l with-proxies -d 'Cast one\'s own votes and those of every proxy held, the same way'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from cast" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from cast" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from cast" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from cast" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from cast" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from close" -l proposal -d 'The proposal instead of the vote\'s number, where it has exactly one open vote' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from close" -l declare -d 'What the chair declared: adopted or rejected (BW 2:13 lid 3)' -r -f -a "adopted\t''
rejected\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from close" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from close" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from close" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from close" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from close" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from close" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from close" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from challenge" -l by -d 'Numbers of the voters present who demand a new vote' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from challenge" -l method -d 'How the new vote is taken (default: roll-call after a show of hands, else the same)' -r -f -a "hands\t''
roll-call\t''
ballot\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from challenge" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from challenge" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from challenge" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from challenge" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from challenge" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from challenge" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from challenge" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from challenge" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from challenge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from challenge" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from convert" -l method -d 'The method it becomes (ballot: a written vote)' -r -f -a "hands\t''
roll-call\t''
ballot\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from convert" -l requested-by -d 'How many voters asked for it' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from convert" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from convert" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from convert" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from convert" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from convert" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from convert" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from convert" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from convert" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from convert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from convert" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from codes" -l proposal -d 'The proposal instead of the vote\'s number, where it has exactly one open vote' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from codes" -l output -d 'Where to write the codes (CSV, one a line; `-` is stdout)' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from codes" -l html -d 'Also write one printable ballot paper per code (HTML)' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from codes" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from codes" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from codes" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from codes" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from codes" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from codes" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from codes" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from codes" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from codes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from codes" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from show" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from show" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from show" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from list" -l meeting -d 'Only the votes of this meeting' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from list" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from list" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from list" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from list" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from ls" -l meeting -d 'Only the votes of this meeting' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from ls" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from ls" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from ls" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from ls" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from ls" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from export" -l meeting -d 'Only the votes of this meeting' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from export" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from export" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from export" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from export" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from export" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from export" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from help" -f -a "open" -d 'Open a vote on a proposal at its (open) meeting; stores the quorum statement'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from help" -f -a "count" -d 'Enter the counts of a show of hands'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from help" -f -a "cast" -d 'Cast a roll-call vote: in person, for a proxy giver, or with all proxies held'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a vote: the result under the rules, explained; records the chair\'s declaration'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from help" -f -a "challenge" -d 'Demand a new vote at once after the declaration (BW 2:13 lid 4)'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from help" -f -a "convert" -d 'Turn an open vote into a written ballot on request (written_vote_on_request)'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from help" -f -a "codes" -d 'Issue the secret ballot\'s codes: one per vote present, random order, no names'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one vote: grounds, counts, result, explanation, declaration, roll call'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the votes'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export the votes with counts, base, threshold, result and explanation'
complete -c quorum -n "__fish_quorum_using_subcommand vote; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -f -a "new" -d 'Put a draft proposal to all members with a vote in writing; takes the roll\'s snapshot'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -f -a "sign" -d 'Record members\' signatures: agreed, or against with --against'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -f -a "close" -d 'Close a resolution: adopted if every member with a vote agreed, else failed'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -f -a "show" -d 'Show one resolution: grounds, snapshot, signatures, outcome and explanation'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -f -a "list" -d 'List the resolutions'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -f -a "ls" -d 'List the resolutions'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and not __fish_seen_subcommand_from new sign close show list ls help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from new" -l board-informed -d 'The day the board was informed of it (BW 2:40: its prior knowledge is required)' -r
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from new" -l on -d 'The date of the voting roll that says who must agree (default: today)' -r
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from new" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from new" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from new" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from new" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from new" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from new" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from new" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from new" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from sign" -l on -l date -d 'The day they signed (default: today)' -r
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from sign" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from sign" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from sign" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from sign" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from sign" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from sign" -l against -d 'They signed against: the resolution can then not be adopted'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from sign" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from sign" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from sign" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from close" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from close" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from close" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from close" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from close" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from close" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from close" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from show" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from show" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from show" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from list" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from list" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from list" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from list" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from ls" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from ls" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from ls" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from ls" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from ls" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from help" -f -a "new" -d 'Put a draft proposal to all members with a vote in writing; takes the roll\'s snapshot'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Record members\' signatures: agreed, or against with --against'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a resolution: adopted if every member with a vote agreed, else failed'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one resolution: grounds, snapshot, signatures, outcome and explanation'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the resolutions'
complete -c quorum -n "__fish_quorum_using_subcommand resolution; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -f -a "new" -d 'Make an election in a meeting (its seed for lots is printed and recorded)'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -f -a "list" -d 'List the elections'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -f -a "ls" -d 'List the elections'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -f -a "show" -d 'Show an election: candidates, rounds, figures, outcome'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -f -a "candidate" -d 'Nominate, withdraw and list candidates'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -f -a "binding" -d 'Record the meeting\'s vote on removing a binding nomination\'s force (BW 2:37)'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -f -a "ballot" -d 'Enter paper ballots of the open round: one paper, or a CSV ballot file'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -f -a "codes" -d 'Issue the voting codes of the open round, one per vote present or represented'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -f -a "cast" -d 'Cast a secret ballot with a voting code'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -f -a "count" -d 'Count the open round (or recount every counted round with --recount)'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -f -a "round" -d 'Open the next round with the candidates the last count sent to it'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -f -a "export" -d 'Export the stages as CSV/JSON, and the anonymous ballots as BLT'
complete -c quorum -n "__fish_quorum_using_subcommand election; and not __fish_seen_subcommand_from new list ls show candidate binding ballot codes cast count round export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from new" -l meeting -d 'The meeting that holds the election' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from new" -l title -d 'What is elected ("Bestuur 2027")' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from new" -l seats -d 'Seats to fill (majority-runoff fills them seat by seat, the other methods in one ballot)' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from new" -l method -d 'Counting method; majority-runoff is the Dutch rule, one seat a ballot, round by round' -r -f -a "majority\t'more than half of the valid votes elects'
majority-runoff\t'absolute majority, else a runoff between the top two'
plurality\t'each ballot names up to N candidates; the N with most votes win'
approval\t'each ballot approves any number; the N with most approvals win'
irv\t'instant runoff: exclude the last, transfer, until a majority'
stv-scottish\t'single transferable vote by the Scottish 2007 rules'
stv-meek\t'single transferable vote by Meek\'s method'
schulze\t'Condorcet: the Schulze method, as Debian uses it'"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from new" -l seed -d 'Seed for lots (default: drawn now and printed); every lot of every round comes from it' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from new" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from new" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from new" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from new" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from new" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from new" -l board -d 'The election fills board seats: each elected candidate who is a member gets a board term from the meeting\'s date (`member show`)'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from new" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from new" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from new" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from list" -l meeting -d 'Only the elections of this meeting' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from list" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from list" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from list" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from list" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ls" -l meeting -d 'Only the elections of this meeting' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ls" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ls" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ls" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ls" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ls" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from show" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from show" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from show" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from candidate" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from candidate" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from candidate" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from candidate" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from candidate" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from candidate" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from candidate" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from candidate" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from candidate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from candidate" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from candidate" -a "add" -d 'Nominate a member, or a person by name'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from candidate" -a "withdraw" -d 'Withdraw a candidate (kept, and skipped on every ballot)'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from candidate" -a "list" -d 'List the candidates'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from candidate" -a "ls" -d 'List the candidates'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from candidate" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from binding" -l for -d 'Votes for removing the binding force' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from binding" -l against -d 'Votes against (blank and invalid votes are not cast and are left out)' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from binding" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from binding" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from binding" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from binding" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from binding" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from binding" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from binding" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from binding" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from binding" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from binding" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ballot" -l rank -d 'A ranking, most preferred first: "A,B,C"' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ballot" -l invalid -d 'A paper the tellers hold invalid, with their reason (signed, unreadable, …)' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ballot" -l file -d 'Papers from a CSV ballot file (the format `quorum tally` reads): one paper a row' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ballot" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ballot" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ballot" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ballot" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ballot" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ballot" -l blank -d 'A blank paper (not a vote cast)'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ballot" -l force -d 'Enter the papers although the round then holds more than the votes present or represented (recorded in the journal)'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ballot" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ballot" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ballot" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ballot" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from ballot" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from codes" -l output -d 'Where to write the codes (CSV, one a line; `-` is stdout)' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from codes" -l html -d 'Also write one printable ballot paper per code (HTML)' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from codes" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from codes" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from codes" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from codes" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from codes" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from codes" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from codes" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from codes" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from codes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from codes" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from cast" -l code -d 'The code from the ballot paper (dashes and case do not matter)' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from cast" -l choice -d 'One name' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from cast" -l approve -d 'The names approved, comma-separated (approval; plurality for several seats)' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from cast" -l rank -d 'A ranking, most preferred first (irv, stv-scottish, stv-meek, schulze)' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from cast" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from cast" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from cast" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from cast" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from cast" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from cast" -l blank -d 'A blank ballot (not a vote cast)'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from cast" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from cast" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from cast" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from cast" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from cast" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from count" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from count" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from count" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from count" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from count" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from count" -l recount -d 'Count every counted round again from the stored papers and seed, and check the figures against the stored count (changes nothing)'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from count" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from count" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from count" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from count" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from count" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from round" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from round" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from round" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from round" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from round" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from round" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from round" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from round" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from round" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from round" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from export" -l round -d 'The round whose ballots go to --blt (default: the last counted one)' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from export" -l blt -d 'Write the round\'s ballots as BLT to FILE (owner-only), which `quorum tally` counts' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from export" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from export" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from export" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from export" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from export" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from export" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from help" -f -a "new" -d 'Make an election in a meeting (its seed for lots is printed and recorded)'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the elections'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an election: candidates, rounds, figures, outcome'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from help" -f -a "candidate" -d 'Nominate, withdraw and list candidates'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from help" -f -a "binding" -d 'Record the meeting\'s vote on removing a binding nomination\'s force (BW 2:37)'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from help" -f -a "ballot" -d 'Enter paper ballots of the open round: one paper, or a CSV ballot file'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from help" -f -a "codes" -d 'Issue the voting codes of the open round, one per vote present or represented'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from help" -f -a "cast" -d 'Cast a secret ballot with a voting code'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from help" -f -a "count" -d 'Count the open round (or recount every counted round with --recount)'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from help" -f -a "round" -d 'Open the next round with the candidates the last count sent to it'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export the stages as CSV/JSON, and the anonymous ballots as BLT'
complete -c quorum -n "__fish_quorum_using_subcommand election; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -f -a "note" -d 'Add a note to the minutes (under an agenda item with --item): what was said'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -f -a "notes" -d 'List the notes of the minutes with their numbers (for `minutes note edit` and `remove`)'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -f -a "action" -d 'Record an action item agreed in the meeting: who does what, by when'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -f -a "draft" -d 'Draft the complete minutes from what was recorded, in the association\'s language'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -f -a "approve" -d 'Approve the minutes at a later meeting (or the same, where the statutes say so) and seal them'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -f -a "show" -d 'Show the minutes: the approved, sealed text with --approved, else the draft'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -f -a "verify" -d 'Check approved minutes against their seal and the journal'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and not __fish_seen_subcommand_from note notes action draft approve show verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -l item -d 'The agenda item it belongs to (its position); without it, the note is about the meeting' -r
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -l at -d 'When in the meeting it was said (20.15, or a date and time), for a note written afterwards: the minutes tell notes, votes and elections in the order they happened' -r
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -l edit -d 'Write the note in $VISUAL or $EDITOR'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -l correction -d 'A note for minutes already approved: it waits for a new approval that corrects them'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -a "edit" -d 'Correct the text of a note (its number from `minutes notes M`), until the minutes are approved'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -a "remove" -d 'Take a note out of the minutes (its number from `minutes notes M`), until they are approved'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from note" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from notes" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from notes" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from notes" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from notes" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from notes" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from notes" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from notes" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from notes" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from notes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from notes" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from action" -l item -d 'The agenda item it came from (its position)' -r
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from action" -l who -d 'Who will do it (a name, a committee, "het bestuur")' -r
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from action" -l what -d 'What is to be done' -r
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from action" -l due -d 'By when: 2027-04-01 or 01-04-2027' -r
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from action" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from action" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from action" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from action" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from action" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from action" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from action" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from action" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from action" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from action" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from draft" -l lang -d 'Language of the minutes for this once: nl or en [default: the association\'s]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from draft" -s o -l output -d 'Write the minutes to this file (owner-only: they name members) instead of stdout' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from draft" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from draft" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from draft" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from draft" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from draft" -l names -d 'Name the members present (apologies and proxies are always named)'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from draft" -l appendix -d 'Add a technical appendix: internal numbers, the rules applied by key, the journal anchor'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from draft" -l circulate -d 'Freeze this text as the version sent to members for approval (journaled with its SHA-256); `minutes approve` then seals exactly this text'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from draft" -l cancelled -d 'For a cancelled meeting: the short notice that it does not take place ("vervallen")'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from draft" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from draft" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from draft" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from draft" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from draft" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from approve" -l at -d 'The meeting that approves them (the next one, or the same where minutes_adopted_by says so)' -r
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from approve" -l vote -d 'The vote that adopted them; without it, approved by acclamation (no vote counted)' -r
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from approve" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from approve" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from approve" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from approve" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from approve" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from approve" -l correction -d 'Minutes already approved are corrected: a new seal that names the one it corrects'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from approve" -l names -d 'Name the members present in the sealed text'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from approve" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from approve" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from show" -l lang -d 'Language of a draft for this once: nl or en' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from show" -s o -l output -d 'Write to this file (owner-only) instead of stdout' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from show" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from show" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from show" -l approved -d 'The approved, sealed text exactly as approved (else the current draft)'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from show" -l circulated -d 'The version last circulated for approval (`minutes draft --circulate`), exactly as sent'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from verify" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from verify" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from verify" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from verify" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from verify" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from help" -f -a "note" -d 'Add a note to the minutes (under an agenda item with --item): what was said'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from help" -f -a "notes" -d 'List the notes of the minutes with their numbers (for `minutes note edit` and `remove`)'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from help" -f -a "action" -d 'Record an action item agreed in the meeting: who does what, by when'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from help" -f -a "draft" -d 'Draft the complete minutes from what was recorded, in the association\'s language'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve the minutes at a later meeting (or the same, where the statutes say so) and seal them'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the minutes: the approved, sealed text with --approved, else the draft'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check approved minutes against their seal and the journal'
complete -c quorum -n "__fish_quorum_using_subcommand minutes; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and not __fish_seen_subcommand_from list done help" -l meeting -d 'Only those agreed at meeting M' -r
complete -c quorum -n "__fish_quorum_using_subcommand actions; and not __fish_seen_subcommand_from list done help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand actions; and not __fish_seen_subcommand_from list done help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand actions; and not __fish_seen_subcommand_from list done help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand actions; and not __fish_seen_subcommand_from list done help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand actions; and not __fish_seen_subcommand_from list done help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand actions; and not __fish_seen_subcommand_from list done help" -l open -d 'Only the action items not yet done'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and not __fish_seen_subcommand_from list done help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and not __fish_seen_subcommand_from list done help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and not __fish_seen_subcommand_from list done help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and not __fish_seen_subcommand_from list done help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and not __fish_seen_subcommand_from list done help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and not __fish_seen_subcommand_from list done help" -f -a "list" -d 'List the action items (the same as `quorum actions` without a verb)'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and not __fish_seen_subcommand_from list done help" -f -a "done" -d 'Mark an action item done'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and not __fish_seen_subcommand_from list done help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from list" -l meeting -d 'Only those agreed at meeting M' -r
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from list" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from list" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from list" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from list" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from list" -l open -d 'Only the action items not yet done'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from done" -l on -d 'The day it was done [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from done" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from done" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from done" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from done" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from done" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from done" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from done" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from done" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from done" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the action items (the same as `quorum actions` without a verb)'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark an action item done'
complete -c quorum -n "__fish_quorum_using_subcommand actions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -l on -d 'The day to show the board on [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -f -a "add" -d 'Record a member\'s seat on the board, with the decision that appointed them'
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -f -a "end" -d 'End a member\'s seat (resigned, dismissed, retired)'
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -f -a "role" -d 'Continue a sitting member in another role'
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -f -a "schedule" -d 'The retirement schedule (rooster van aftreden): who retires at which annual meeting'
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -f -a "reports" -d 'Board changes to report to the Handelsregister, and whether they were'
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -f -a "reported" -d 'Mark a board change reported to the Handelsregister'
complete -c quorum -n "__fish_quorum_using_subcommand board; and not __fish_seen_subcommand_from add end role schedule reports reported help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from add" -l role -d 'voorzitter, secretaris, penningmeester or lid (chair, secretary, treasurer, member)' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from add" -l from -l since -d 'The first day of the seat' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from add" -l until -d 'The end of the term, where the appointment named one [default: from board_term_years]' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from add" -l decision -d 'The decision that appointed the member (a code from `quorum decisions`)' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from add" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from add" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from add" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from add" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from add" -l before-quorum -d 'History entered by hand: appointed before the association used quorum'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from add" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from end" -l on -d 'The day the seat ends (the member is no longer on the board from this day)' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from end" -l decision -d 'The decision that dismissed the member; none for a resignation or the end of a term' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from end" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from end" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from end" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from end" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from end" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from end" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from end" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from end" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from end" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from end" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from role" -l on -d 'The day the new role begins [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from role" -l decision -d 'The decision that assigned the role, where one did (boards often divide roles themselves)' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from role" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from role" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from role" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from role" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from role" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from role" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from role" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from role" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from role" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from schedule" -l on -d 'The day of the board whose schedule is shown [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from schedule" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from schedule" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from schedule" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from schedule" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from schedule" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from schedule" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from schedule" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from schedule" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reports" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reports" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reports" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reports" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reports" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reports" -l open -d 'Only the changes not yet reported'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reports" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reports" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reports" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reports" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reports" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reported" -l on -d 'The day it was reported [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reported" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reported" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reported" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reported" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reported" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reported" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reported" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reported" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reported" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from reported" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a member\'s seat on the board, with the decision that appointed them'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from help" -f -a "end" -d 'End a member\'s seat (resigned, dismissed, retired)'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from help" -f -a "role" -d 'Continue a sitting member in another role'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'The retirement schedule (rooster van aftreden): who retires at which annual meeting'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from help" -f -a "reports" -d 'Board changes to report to the Handelsregister, and whether they were'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from help" -f -a "reported" -d 'Mark a board change reported to the Handelsregister'
complete -c quorum -n "__fish_quorum_using_subcommand board; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and not __fish_seen_subcommand_from show set report help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and not __fish_seen_subcommand_from show set report help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and not __fish_seen_subcommand_from show set report help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and not __fish_seen_subcommand_from show set report help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and not __fish_seen_subcommand_from show set report help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and not __fish_seen_subcommand_from show set report help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and not __fish_seen_subcommand_from show set report help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and not __fish_seen_subcommand_from show set report help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and not __fish_seen_subcommand_from show set report help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and not __fish_seen_subcommand_from show set report help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and not __fish_seen_subcommand_from show set report help" -a "show" -d 'Show the committee of a financial year, its report, or why none is needed'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and not __fish_seen_subcommand_from show set report help" -a "set" -d 'Record the committee the general meeting appointed for a financial year'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and not __fish_seen_subcommand_from show set report help" -a "report" -d 'Record the committee\'s report (or an accountant\'s statement) on a year\'s accounts'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and not __fish_seen_subcommand_from show set report help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from show" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from show" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from show" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from set" -l members -d 'The members\' numbers (at least kascommissie_min_members, none on the board that year)' -r
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from set" -l decision -d 'The decision of the general meeting that appointed them' -r
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from set" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from set" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from set" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from set" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from set" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from set" -l before-quorum -d 'History entered by hand: appointed before the association used quorum'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from set" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from report" -l file -d 'The report as signed (any file; quorum keeps its name and SHA-256)' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from report" -l on -l date -d 'The day of the report' -r
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from report" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from report" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from report" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from report" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from report" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from report" -l accountant -d 'The file is an accountant\'s statement, which replaces the committee where kascommissie_exempt_if_accountant'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from report" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from report" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from report" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from report" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the committee of a financial year, its report, or why none is needed'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from help" -f -a "set" -d 'Record the committee the general meeting appointed for a financial year'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from help" -f -a "report" -d 'Record the committee\'s report (or an accountant\'s statement) on a year\'s accounts'
complete -c quorum -n "__fish_quorum_using_subcommand kascommissie; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand todo" -l on -d 'The day to judge on [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand todo" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand todo" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand todo" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand todo" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand todo" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand todo" -l fail-on-overdue -d 'Exit with 1 when anything is overdue (for a cron job); the list is printed all the same'
complete -c quorum -n "__fish_quorum_using_subcommand todo" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand todo" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand todo" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand todo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand todo" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -l from -l since -d 'Only decisions taken on or after this day' -r
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -l status -d 'Only decisions with this status: adopted, rejected, awaiting-deed, in-force, superseded' -r -f -a "adopted\t''
rejected\t''
awaiting-deed\t''
in-force\t''
superseded\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -l search -d 'Only decisions whose title or code contains this text' -r
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -l meeting -d 'Only the decisions of this meeting' -r
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -f -a "list" -d 'List the register (the same as `quorum decisions` without a verb)'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -f -a "show" -d 'Show one decision with its grounds: the figures or the elected, the rules, the history'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -f -a "set" -d 'Record the notarial deed (in-force) or a later decision that supersedes it'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and not __fish_seen_subcommand_from list show set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from list" -l from -l since -d 'Only decisions taken on or after this day' -r
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from list" -l status -d 'Only decisions with this status: adopted, rejected, awaiting-deed, in-force, superseded' -r -f -a "adopted\t''
rejected\t''
awaiting-deed\t''
in-force\t''
superseded\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from list" -l search -d 'Only decisions whose title or code contains this text' -r
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from list" -l meeting -d 'Only the decisions of this meeting' -r
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from list" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from list" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from list" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from list" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from show" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from show" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from show" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from set" -l status -d 'The new status: in-force (the notarial deed was passed) or superseded' -r -f -a "adopted\t''
rejected\t''
awaiting-deed\t''
in-force\t''
superseded\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from set" -l on -l date -d 'The day it holds from: the day of the deed, or of the superseding decision' -r
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from set" -l made-known -d 'The day a voidable decision was made known to the members: annulment can be claimed for one year from it (BW 2:15 lid 5)' -r
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from set" -l confirmed-by -d 'The later decision (code or number) that confirmed a voidable decision, which makes it valid (BW 2:15 lid 6)' -r
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from set" -l note -d 'Why, for the history: the notary and the deed\'s number, say' -r
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from set" -l by -d 'The later decision that supersedes it (code or number), with --status superseded' -r
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from set" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from set" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from set" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from set" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from set" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from set" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the register (the same as `quorum decisions` without a verb)'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one decision with its grounds: the figures or the elected, the rules, the history'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from help" -f -a "set" -d 'Record the notarial deed (in-force) or a later decision that supersedes it'
complete -c quorum -n "__fish_quorum_using_subcommand decisions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -l from -l since -d 'Only decisions taken on or after this day' -r
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -l status -d 'Only decisions with this status: adopted, rejected, awaiting-deed, in-force, superseded' -r -f -a "adopted\t''
rejected\t''
awaiting-deed\t''
in-force\t''
superseded\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -l search -d 'Only decisions whose title or code contains this text' -r
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -l meeting -d 'Only the decisions of this meeting' -r
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -f -a "list" -d 'List the register (the same as `quorum decisions` without a verb)'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -f -a "show" -d 'Show one decision with its grounds: the figures or the elected, the rules, the history'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -f -a "set" -d 'Record the notarial deed (in-force) or a later decision that supersedes it'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and not __fish_seen_subcommand_from list show set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from list" -l from -l since -d 'Only decisions taken on or after this day' -r
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from list" -l status -d 'Only decisions with this status: adopted, rejected, awaiting-deed, in-force, superseded' -r -f -a "adopted\t''
rejected\t''
awaiting-deed\t''
in-force\t''
superseded\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from list" -l search -d 'Only decisions whose title or code contains this text' -r
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from list" -l meeting -d 'Only the decisions of this meeting' -r
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from list" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from list" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from list" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from list" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from show" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from show" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from show" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from set" -l status -d 'The new status: in-force (the notarial deed was passed) or superseded' -r -f -a "adopted\t''
rejected\t''
awaiting-deed\t''
in-force\t''
superseded\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from set" -l on -l date -d 'The day it holds from: the day of the deed, or of the superseding decision' -r
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from set" -l made-known -d 'The day a voidable decision was made known to the members: annulment can be claimed for one year from it (BW 2:15 lid 5)' -r
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from set" -l confirmed-by -d 'The later decision (code or number) that confirmed a voidable decision, which makes it valid (BW 2:15 lid 6)' -r
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from set" -l note -d 'Why, for the history: the notary and the deed\'s number, say' -r
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from set" -l by -d 'The later decision that supersedes it (code or number), with --status superseded' -r
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from set" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from set" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from set" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from set" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from set" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from set" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the register (the same as `quorum decisions` without a verb)'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one decision with its grounds: the figures or the elected, the rules, the history'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from help" -f -a "set" -d 'Record the notarial deed (in-force) or a later decision that supersedes it'
complete -c quorum -n "__fish_quorum_using_subcommand decision; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit help" -f -a "add" -d 'Add a category'
complete -c quorum -n "__fish_quorum_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit help" -f -a "list" -d 'List the categories with their number of members'
complete -c quorum -n "__fish_quorum_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit help" -f -a "ls" -d 'List the categories with their number of members'
complete -c quorum -n "__fish_quorum_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit help" -f -a "edit" -d 'Change a category\'s name, vote, weight or description'
complete -c quorum -n "__fish_quorum_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from add" -l weight -d 'Votes per member, e.g. for a federation whose members are clubs' -r
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from add" -l description -d 'What the category is for' -r
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from add" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from add" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from add" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from add" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from add" -l no-vote -d 'Members of this category have no vote'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from add" -l not-member -d 'Not members in law, e.g. supporters (donateurs); implies --no-vote'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from add" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from list" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from list" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from list" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from list" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from ls" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from ls" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from ls" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from ls" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from ls" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -l name -d 'A new name' -r
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -l weight -d 'Votes per member' -r
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -l description -d 'What the category is for ("" clears it)' -r
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -l vote -d 'Members of this category have a vote'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -l no-vote -d 'Members of this category have no vote'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -l member -d 'Members of this category are members in law'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -l not-member -d 'Not members in law (supporters); implies --no-vote'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a category'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the categories with their number of members'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a category\'s name, vote, weight or description'
complete -c quorum -n "__fish_quorum_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand roll" -l on -d 'The date of the meeting [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand roll" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand roll" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand roll" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand roll" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand roll" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand roll" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand roll" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand roll" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand roll" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand roll" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and not __fish_seen_subcommand_from list ls verify help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand journal; and not __fish_seen_subcommand_from list ls verify help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand journal; and not __fish_seen_subcommand_from list ls verify help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand journal; and not __fish_seen_subcommand_from list ls verify help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand journal; and not __fish_seen_subcommand_from list ls verify help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand journal; and not __fish_seen_subcommand_from list ls verify help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and not __fish_seen_subcommand_from list ls verify help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and not __fish_seen_subcommand_from list ls verify help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and not __fish_seen_subcommand_from list ls verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and not __fish_seen_subcommand_from list ls verify help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and not __fish_seen_subcommand_from list ls verify help" -f -a "list" -d 'List journal entries, oldest first'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and not __fish_seen_subcommand_from list ls verify help" -f -a "ls" -d 'List journal entries, oldest first'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and not __fish_seen_subcommand_from list ls verify help" -f -a "verify" -d 'Check the hash chain: detects any entry edited, deleted or inserted outside quorum'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and not __fish_seen_subcommand_from list ls verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from list" -l member -d 'Only entries naming this member, in any role (member number)' -r
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from list" -l from -l since -d 'Only entries on or after this date (YYYY-MM-DD or DD-MM-YYYY)' -r
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from list" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from list" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from list" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from list" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from list" -l values -d 'Include the old and new values (personal data: mind where the output goes)'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from ls" -l member -d 'Only entries naming this member, in any role (member number)' -r
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from ls" -l from -l since -d 'Only entries on or after this date (YYYY-MM-DD or DD-MM-YYYY)' -r
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from ls" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from ls" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from ls" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from ls" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from ls" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from ls" -l values -d 'Include the old and new values (personal data: mind where the output goes)'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from verify" -l head -d 'A head hash written down earlier (in minutes, a backup\'s record): the chain must still hold that entry, which catches a tail cut off and a chain rebuilt since' -r
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from verify" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from verify" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from verify" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from verify" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from verify" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from help" -f -a "list" -d 'List journal entries, oldest first'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the hash chain: detects any entry edited, deleted or inserted outside quorum'
complete -c quorum -n "__fish_quorum_using_subcommand journal; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand db; and not __fish_seen_subcommand_from path backup check restore help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand db; and not __fish_seen_subcommand_from path backup check restore help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand db; and not __fish_seen_subcommand_from path backup check restore help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand db; and not __fish_seen_subcommand_from path backup check restore help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand db; and not __fish_seen_subcommand_from path backup check restore help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand db; and not __fish_seen_subcommand_from path backup check restore help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand db; and not __fish_seen_subcommand_from path backup check restore help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand db; and not __fish_seen_subcommand_from path backup check restore help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand db; and not __fish_seen_subcommand_from path backup check restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand db; and not __fish_seen_subcommand_from path backup check restore help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand db; and not __fish_seen_subcommand_from path backup check restore help" -f -a "path" -d 'Print the database path and where it comes from'
complete -c quorum -n "__fish_quorum_using_subcommand db; and not __fish_seen_subcommand_from path backup check restore help" -f -a "backup" -d 'Copy the database to FILE while it is in use (SQLite online backup)'
complete -c quorum -n "__fish_quorum_using_subcommand db; and not __fish_seen_subcommand_from path backup check restore help" -f -a "check" -d 'Run SQLite\'s integrity and foreign-key checks'
complete -c quorum -n "__fish_quorum_using_subcommand db; and not __fish_seen_subcommand_from path backup check restore help" -f -a "restore" -d 'Put a backup back: checked first, the current file kept aside'
complete -c quorum -n "__fish_quorum_using_subcommand db; and not __fish_seen_subcommand_from path backup check restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from path" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from path" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from path" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from path" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from path" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from path" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from path" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from backup" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from backup" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from backup" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from backup" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from backup" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from check" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from check" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from check" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from check" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from check" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from restore" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from restore" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from restore" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from restore" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from restore" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from restore" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the database path and where it comes from'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Copy the database to FILE while it is in use (SQLite online backup)'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Run SQLite\'s integrity and foreign-key checks'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Put a backup back: checked first, the current file kept aside'
complete -c quorum -n "__fish_quorum_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -f -a "show" -d 'Show the rules in force: value, default, allowed values, source and meaning of each key'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -f -a "set" -d 'Change one rule: in the version in force today, or in the version from --from'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -f -a "history" -d 'List the versions of the rules and what each one changed'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -f -a "list" -d 'List the versions of the rules and what each one changed'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -f -a "export" -d 'Write the rules in force as a commented TOML file to stdout'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -f -a "import" -d 'Read rules from a TOML file: every key is checked, and it is all or nothing'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and not __fish_seen_subcommand_from show set history list export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from show" -l on -d 'Show the version in force on this date [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from show" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from show" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from show" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from set" -l article -d 'The article of the statutes the rule comes from, cited in the minutes after the ground, e.g. "artikel 18 lid 2"; "none" removes it' -r
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from set" -l from -d 'Change the version that takes effect on this date (a new version if none starts then)' -r
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from set" -l note -d 'A note on the version, e.g. the deed or the meeting that decided it' -r
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from set" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from set" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from set" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from set" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from set" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from set" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from history" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from history" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from history" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from history" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from history" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from history" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from list" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from list" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from list" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from list" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from export" -l on -d 'Export the version in force on this date [default: today]' -r
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from export" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from export" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from export" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from export" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from export" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from export" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from import" -l from -d 'Change the version that takes effect on this date (a new version if none starts then)' -r
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from import" -l note -d 'A note on the version, e.g. the deed or the meeting that decided it' -r
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from import" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from import" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from import" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from import" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from import" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from import" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the rules in force: value, default, allowed values, source and meaning of each key'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change one rule: in the version in force today, or in the version from --from'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "history" -d 'List the versions of the rules and what each one changed'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the rules in force as a commented TOML file to stdout'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "import" -d 'Read rules from a TOML file: every key is checked, and it is all or nothing'
complete -c quorum -n "__fish_quorum_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand tally" -s m -l method -d 'Counting method' -r -f -a "majority\t'more than half of the valid votes elects'
majority-runoff\t'absolute majority, else a runoff between the top two'
plurality\t'each ballot names up to N candidates; the N with most votes win'
approval\t'each ballot approves any number; the N with most approvals win'
irv\t'instant runoff: exclude the last, transfer, until a majority'
stv-scottish\t'single transferable vote by the Scottish 2007 rules'
stv-meek\t'single transferable vote by Meek\'s method'
schulze\t'Condorcet: the Schulze method, as Debian uses it'"
complete -c quorum -n "__fish_quorum_using_subcommand tally" -s s -l seats -d 'Seats to fill [default: the number the file gives, else 1]' -r
complete -c quorum -n "__fish_quorum_using_subcommand tally" -l seed -d 'Seed for drawing lots, to repeat a count [default: random, and printed]' -r
complete -c quorum -n "__fish_quorum_using_subcommand tally" -l input-format -d 'Read the file in this format instead of detecting it' -r -f -a "blt\t''
blt-csv\t''
abif\t''
debian\t''
csv\t''
dublin\t''"
complete -c quorum -n "__fish_quorum_using_subcommand tally" -l to -d 'Convert the ballots to this format on stdout instead of counting them' -r -f -a "blt\t'BLT, read by OpenSTV, OpaVote, Droop and most STV counters'"
complete -c quorum -n "__fish_quorum_using_subcommand tally" -l max-candidates -d 'Most candidates counted; a file with more is refused (it is usually read in the wrong format)' -r
complete -c quorum -n "__fish_quorum_using_subcommand tally" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand tally" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand tally" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand tally" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand tally" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand tally" -l stages -d 'With several files, also show each file\'s stages after the summary'
complete -c quorum -n "__fish_quorum_using_subcommand tally" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand tally" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand tally" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand tally" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand tally" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand completions" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand completions" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand completions" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand completions" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand completions" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand completions" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand completions" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand completions" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand completions" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand man" -l dir -d 'Write `quorum.1`, `quorum-member.1`, `quorum-member-add.1`, … into this folder (made if missing) instead of printing `quorum.1`' -r -f -a "(__fish_complete_directories)"
complete -c quorum -n "__fish_quorum_using_subcommand man" -l lang -d 'Language of help and tables: nl or en [default: QUORUM_LANG, the association\'s language, the locale]' -r -f -a "nl\t''
en\t''"
complete -c quorum -n "__fish_quorum_using_subcommand man" -l db -d 'Database file [default: the platform data directory, see `quorum db path`]' -r -F
complete -c quorum -n "__fish_quorum_using_subcommand man" -l actor -d 'Name recorded in the journal as who made a change [default: the OS user]' -r
complete -c quorum -n "__fish_quorum_using_subcommand man" -l format -d 'Output format of listings and records [default: table; CSV for `member export`]' -r -f -a "table\t'A table for people, sized to the terminal'
csv\t'Comma-separated values with a header row, for scripts and spreadsheets'
json\t'JSON: an array for listings, an object for one record'
html\t'An HTML page, for printing: a document where the command has one (the attendance list with a signature column), else the table as HTML'
md\t'Markdown: a document where the command has one (the minutes), else the table in Markdown'"
complete -c quorum -n "__fish_quorum_using_subcommand man" -l color -d 'When to use color' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c quorum -n "__fish_quorum_using_subcommand man" -s y -l yes -d 'Confirm destructive actions without asking'
complete -c quorum -n "__fish_quorum_using_subcommand man" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error naming its flag'
complete -c quorum -n "__fish_quorum_using_subcommand man" -s q -l quiet -d 'Print no status lines, only data and errors'
complete -c quorum -n "__fish_quorum_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c quorum -n "__fish_quorum_using_subcommand man" -s V -l version -d 'Print version'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "init" -d 'Create a new database for an association'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "demo" -d 'Build a demo association in a temporary database and show it'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "member" -d 'Keep the member registry: add, list, edit, leave, import, export, erase'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "association" -d 'Show or change the association\'s name and language'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "meeting" -d 'General meetings: agenda, convocation, attendance, proxies, quorum'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "proposal" -d 'Proposals for a general meeting: draft, amend, withdraw, exclude members from a vote'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "vote" -d 'Votes on proposals: open, count, cast, close, challenge, show, list, export'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "resolution" -d 'Written resolutions outside a meeting (BW 2:40): new, sign, close, show, list'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "election" -d 'Elections of persons in a meeting: candidates, paper ballots, rounds, count, export'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "minutes" -d 'Minutes of a meeting: notes, action items, the draft, approval and the seal'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "actions" -d 'Action items across meetings: list them (--open), mark one done'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "board" -d 'The board on a date, its seats and terms, the retirement schedule, changes to report'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "kascommissie" -d 'The audit committee (kascommissie, BW 2:48 lid 2) of a financial year, and its report'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "todo" -d 'What the law and the statutes expect next, with dates: meetings, reports, terms, data'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "decisions" -d 'The decision register across all meetings: list, show, record the notarial deed'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "category" -d 'Manage member categories: who is a member in law, who votes, with what weight'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "roll" -d 'Print the voting roll on a date: who votes, with how many votes, and why not'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "journal" -d 'Show and verify the journal of changes'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "db" -d 'Inspect, back up and check the database file'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "rules" -d 'Show and change the statutes\' decision rules, versioned by the date they take effect'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "tally" -d 'Count a ballot file by a voting method (no database needed)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "completions" -d 'Print shell completions'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "man" -d 'Print the man page, or write one page per command into a folder'
complete -c quorum -n "__fish_quorum_using_subcommand help; and not __fish_seen_subcommand_from init demo member association meeting proposal vote resolution election minutes actions board kascommissie todo decisions category roll journal db rules tally completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "add" -d 'Add a member (asks for the fields on a terminal when no flags are given)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "list" -d 'List members on a date, filtered and sorted'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "show" -d 'Show every field of one member'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "edit" -d 'Change fields of a member (an empty value clears an optional field)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "leave" -d 'End a membership: the member leaves after the given last day'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "rejoin" -d 'Start a new membership period for a former member'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "suspend" -d 'Suspend a member: no vote and not counted in any base (BW 2:24d)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "unsuspend" -d 'Lift a member\'s suspension'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "arrears" -d 'Record contribution arrears (--from DATE) or that they were paid (--clear)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "data" -d 'Print everything held about one member as JSON (access and portability requests)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "erase" -d 'Erase the personal data of a former member, keeping an anonymous record'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "delete" -d 'Delete a record added by mistake (only while nothing refers to it)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "delegate" -d 'Delegates of a member that is an organisation: add, list, end'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "import" -d 'Import members from a spreadsheet (CSV)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "export" -d 'Export members as CSV or JSON'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "jubilees" -d 'List members who reach 12.5, 25, 40, 50… years of membership in a year'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "birthdays" -d 'List the birthdays of members in a month, with the age they turn'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from association" -f -a "show" -d 'Print the name and the language of documents for members'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from association" -f -a "edit" -d 'Change the language of documents for members (journaled)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "new" -d 'Plan a meeting'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "list" -d 'List the meetings'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "show" -d 'Show one meeting with its agenda'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "edit" -d 'Change a meeting\'s title, date, place or kind'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "cancel" -d 'Cancel a meeting that has not been opened'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "open" -d 'Record that the chair opened the convened meeting; fixes who may vote (the snapshot)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "close" -d 'Record that the chair closed the meeting (no vote or election round may be open)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "agenda" -d 'The agenda: add, move, remove, list'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "document" -d 'The meeting documents (stukken) of the agenda items: add, list, remove'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "convene" -d 'Record that the convocation went out, check the notice, write the letter and lists'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "ics" -d 'Print the meeting as an iCalendar event (RFC 5545)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "request" -d 'A members\' request to convene a meeting (BW 2:41); `request list` lists them'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "checkin" -d 'Check members in at the door (numbers, or - for stdin)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "checkout" -d 'Check members out (they left the room)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "apologies" -d 'Record apologies (afwezig met kennisgeving)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "proxy" -d 'Proxies: give one (`proxy M --from N --to N`), `proxy list M`, `proxy revoke M --from N`'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "attendance" -d 'The attendance list: present, by proxy, apologies'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "quorum" -d 'Is the quorum present? Every quorum rule with the numbers'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "guest" -d 'Guests (donateurs, invited non-members): on the attendance list, never counted'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from proposal" -f -a "new" -d 'Draft a proposal, by the board or by members; --meeting puts it on that agenda'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from proposal" -f -a "list" -d 'List the proposals, each followed by its amendments'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from proposal" -f -a "show" -d 'Show one proposal: text, signers, amendments, exclusions, the BW 2:42 checks'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from proposal" -f -a "edit" -d 'Change a draft\'s title, text, kind or the day its text lies open for inspection'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from proposal" -f -a "amend" -d 'Propose an amendment of a proposal (voted before it, at the same meeting)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from proposal" -f -a "exclude" -d 'Exclude members from the vote on a proposal (BW 2:12: a decision about themselves)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from proposal" -f -a "withdraw" -d 'Withdraw a draft'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from vote" -f -a "open" -d 'Open a vote on a proposal at its (open) meeting; stores the quorum statement'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from vote" -f -a "count" -d 'Enter the counts of a show of hands'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from vote" -f -a "cast" -d 'Cast a roll-call vote: in person, for a proxy giver, or with all proxies held'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from vote" -f -a "close" -d 'Close a vote: the result under the rules, explained; records the chair\'s declaration'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from vote" -f -a "challenge" -d 'Demand a new vote at once after the declaration (BW 2:13 lid 4)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from vote" -f -a "convert" -d 'Turn an open vote into a written ballot on request (written_vote_on_request)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from vote" -f -a "codes" -d 'Issue the secret ballot\'s codes: one per vote present, random order, no names'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from vote" -f -a "show" -d 'Show one vote: grounds, counts, result, explanation, declaration, roll call'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from vote" -f -a "list" -d 'List the votes'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from vote" -f -a "export" -d 'Export the votes with counts, base, threshold, result and explanation'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from resolution" -f -a "new" -d 'Put a draft proposal to all members with a vote in writing; takes the roll\'s snapshot'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from resolution" -f -a "sign" -d 'Record members\' signatures: agreed, or against with --against'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from resolution" -f -a "close" -d 'Close a resolution: adopted if every member with a vote agreed, else failed'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from resolution" -f -a "show" -d 'Show one resolution: grounds, snapshot, signatures, outcome and explanation'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from resolution" -f -a "list" -d 'List the resolutions'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from election" -f -a "new" -d 'Make an election in a meeting (its seed for lots is printed and recorded)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from election" -f -a "list" -d 'List the elections'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from election" -f -a "show" -d 'Show an election: candidates, rounds, figures, outcome'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from election" -f -a "candidate" -d 'Nominate, withdraw and list candidates'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from election" -f -a "binding" -d 'Record the meeting\'s vote on removing a binding nomination\'s force (BW 2:37)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from election" -f -a "ballot" -d 'Enter paper ballots of the open round: one paper, or a CSV ballot file'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from election" -f -a "codes" -d 'Issue the voting codes of the open round, one per vote present or represented'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from election" -f -a "cast" -d 'Cast a secret ballot with a voting code'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from election" -f -a "count" -d 'Count the open round (or recount every counted round with --recount)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from election" -f -a "round" -d 'Open the next round with the candidates the last count sent to it'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from election" -f -a "export" -d 'Export the stages as CSV/JSON, and the anonymous ballots as BLT'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from minutes" -f -a "note" -d 'Add a note to the minutes (under an agenda item with --item): what was said'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from minutes" -f -a "notes" -d 'List the notes of the minutes with their numbers (for `minutes note edit` and `remove`)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from minutes" -f -a "action" -d 'Record an action item agreed in the meeting: who does what, by when'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from minutes" -f -a "draft" -d 'Draft the complete minutes from what was recorded, in the association\'s language'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from minutes" -f -a "approve" -d 'Approve the minutes at a later meeting (or the same, where the statutes say so) and seal them'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from minutes" -f -a "show" -d 'Show the minutes: the approved, sealed text with --approved, else the draft'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from minutes" -f -a "verify" -d 'Check approved minutes against their seal and the journal'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from actions" -f -a "list" -d 'List the action items (the same as `quorum actions` without a verb)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from actions" -f -a "done" -d 'Mark an action item done'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from board" -f -a "add" -d 'Record a member\'s seat on the board, with the decision that appointed them'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from board" -f -a "end" -d 'End a member\'s seat (resigned, dismissed, retired)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from board" -f -a "role" -d 'Continue a sitting member in another role'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from board" -f -a "schedule" -d 'The retirement schedule (rooster van aftreden): who retires at which annual meeting'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from board" -f -a "reports" -d 'Board changes to report to the Handelsregister, and whether they were'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from board" -f -a "reported" -d 'Mark a board change reported to the Handelsregister'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from kascommissie" -f -a "show" -d 'Show the committee of a financial year, its report, or why none is needed'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from kascommissie" -f -a "set" -d 'Record the committee the general meeting appointed for a financial year'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from kascommissie" -f -a "report" -d 'Record the committee\'s report (or an accountant\'s statement) on a year\'s accounts'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from decisions" -f -a "list" -d 'List the register (the same as `quorum decisions` without a verb)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from decisions" -f -a "show" -d 'Show one decision with its grounds: the figures or the elected, the rules, the history'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from decisions" -f -a "set" -d 'Record the notarial deed (in-force) or a later decision that supersedes it'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from category" -f -a "add" -d 'Add a category'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from category" -f -a "list" -d 'List the categories with their number of members'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from category" -f -a "edit" -d 'Change a category\'s name, vote, weight or description'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from journal" -f -a "list" -d 'List journal entries, oldest first'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from journal" -f -a "verify" -d 'Check the hash chain: detects any entry edited, deleted or inserted outside quorum'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "path" -d 'Print the database path and where it comes from'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Copy the database to FILE while it is in use (SQLite online backup)'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Run SQLite\'s integrity and foreign-key checks'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "restore" -d 'Put a backup back: checked first, the current file kept aside'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "show" -d 'Show the rules in force: value, default, allowed values, source and meaning of each key'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "set" -d 'Change one rule: in the version in force today, or in the version from --from'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "history" -d 'List the versions of the rules and what each one changed'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "export" -d 'Write the rules in force as a commented TOML file to stdout'
complete -c quorum -n "__fish_quorum_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "import" -d 'Read rules from a TOML file: every key is checked, and it is all or nothing'
