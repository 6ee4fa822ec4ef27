
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'quorum' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'quorum'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'quorum' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new database for an association')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build a demo association in a temporary database and show it')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Keep the member registry: add, list, edit, leave, import, export, erase')
            [CompletionResult]::new('association', 'association', [CompletionResultType]::ParameterValue, 'Show or change the association''s name and language')
            [CompletionResult]::new('meeting', 'meeting', [CompletionResultType]::ParameterValue, 'General meetings: agenda, convocation, attendance, proxies, quorum')
            [CompletionResult]::new('proposal', 'proposal', [CompletionResultType]::ParameterValue, 'Proposals for a general meeting: draft, amend, withdraw, exclude members from a vote')
            [CompletionResult]::new('vote', 'vote', [CompletionResultType]::ParameterValue, 'Votes on proposals: open, count, cast, close, challenge, show, list, export')
            [CompletionResult]::new('resolution', 'resolution', [CompletionResultType]::ParameterValue, 'Written resolutions outside a meeting (BW 2:40): new, sign, close, show, list')
            [CompletionResult]::new('election', 'election', [CompletionResultType]::ParameterValue, 'Elections of persons in a meeting: candidates, paper ballots, rounds, count, export')
            [CompletionResult]::new('minutes', 'minutes', [CompletionResultType]::ParameterValue, 'Minutes of a meeting: notes, action items, the draft, approval and the seal')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'Action items across meetings: list them (--open), mark one done')
            [CompletionResult]::new('board', 'board', [CompletionResultType]::ParameterValue, 'The board on a date, its seats and terms, the retirement schedule, changes to report')
            [CompletionResult]::new('kascommissie', 'kascommissie', [CompletionResultType]::ParameterValue, 'The audit committee (kascommissie, BW 2:48 lid 2) of a financial year, and its report')
            [CompletionResult]::new('todo', 'todo', [CompletionResultType]::ParameterValue, 'What the law and the statutes expect next, with dates: meetings, reports, terms, data')
            [CompletionResult]::new('decisions', 'decisions', [CompletionResultType]::ParameterValue, 'The decision register across all meetings: list, show, record the notarial deed')
            [CompletionResult]::new('decision', 'decision', [CompletionResultType]::ParameterValue, 'The decision register across all meetings: list, show, record the notarial deed')
            [CompletionResult]::new('category', 'category', [CompletionResultType]::ParameterValue, 'Manage member categories: who is a member in law, who votes, with what weight')
            [CompletionResult]::new('roll', 'roll', [CompletionResultType]::ParameterValue, 'Print the voting roll on a date: who votes, with how many votes, and why not')
            [CompletionResult]::new('journal', 'journal', [CompletionResultType]::ParameterValue, 'Show and verify the journal of changes')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Inspect, back up and check the database file')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Show and change the statutes'' decision rules, versioned by the date they take effect')
            [CompletionResult]::new('tally', 'tally', [CompletionResultType]::ParameterValue, 'Count a ballot file by a voting method (no database needed)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write one page per command into a folder')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;init' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The association''s name, as in its statutes')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of documents for members (letters, agendas, minutes): nl or en')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;demo' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member (asks for the fields on a terminal when no flags are given)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members on a date, filtered and sorted')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List members on a date, filtered and sorted')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every field of one member')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a member (an empty value clears an optional field)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'End a membership: the member leaves after the given last day')
            [CompletionResult]::new('rejoin', 'rejoin', [CompletionResultType]::ParameterValue, 'Start a new membership period for a former member')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a member: no vote and not counted in any base (BW 2:24d)')
            [CompletionResult]::new('unsuspend', 'unsuspend', [CompletionResultType]::ParameterValue, 'Lift a member''s suspension')
            [CompletionResult]::new('arrears', 'arrears', [CompletionResultType]::ParameterValue, 'Record contribution arrears (--from DATE) or that they were paid (--clear)')
            [CompletionResult]::new('data', 'data', [CompletionResultType]::ParameterValue, 'Print everything held about one member as JSON (access and portability requests)')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase the personal data of a former member, keeping an anonymous record')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a record added by mistake (only while nothing refers to it)')
            [CompletionResult]::new('delegate', 'delegate', [CompletionResultType]::ParameterValue, 'Delegates of a member that is an organisation: add, list, end')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import members from a spreadsheet (CSV)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export members as CSV or JSON')
            [CompletionResult]::new('jubilees', 'jubilees', [CompletionResultType]::ParameterValue, 'List members who reach 12.5, 25, 40, 50… years of membership in a year')
            [CompletionResult]::new('birthdays', 'birthdays', [CompletionResultType]::ParameterValue, 'List the birthdays of members in a month, with the age they turn')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;member;add' {
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'Member number [default: the next free one]')
            [CompletionResult]::new('--given-name', '--given-name', [CompletionResultType]::ParameterName, 'Given name (voornaam)')
            [CompletionResult]::new('--name-prefix', '--name-prefix', [CompletionResultType]::ParameterName, 'Name prefix (tussenvoegsel), e.g. "van der"')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Name prefix (tussenvoegsel), e.g. "van der"')
            [CompletionResult]::new('--family-name', '--family-name', [CompletionResultType]::ParameterName, 'Family name without the prefix (required, unless the member is an organisation)')
            [CompletionResult]::new('--organisation', '--organisation', [CompletionResultType]::ParameterName, 'The name of a member that is an organisation ("Bewonerscollectief De Wilgen"), instead of a person''s name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail address')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number')
            [CompletionResult]::new('--phone2', '--phone2', [CompletionResultType]::ParameterName, 'A second phone number')
            [CompletionResult]::new('--external-code', '--external-code', [CompletionResultType]::ParameterName, 'A code the member has elsewhere (a federation''s relation code "J-012"), kept as typed')
            [CompletionResult]::new('--street', '--street', [CompletionResultType]::ParameterName, 'Street and house number')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Street and house number')
            [CompletionResult]::new('--postcode', '--postcode', [CompletionResultType]::ParameterName, 'Postcode')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'City (woonplaats)')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Country')
            [CompletionResult]::new('--birth-date', '--birth-date', [CompletionResultType]::ParameterName, 'Birth date (YYYY-MM-DD or DD-MM-YYYY)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category, see `quorum category list` [default: regular]')
            [CompletionResult]::new('--joined', '--joined', [CompletionResultType]::ParameterName, 'First day of membership, or "unknown" for a member from before the registry [default: today]')
            [CompletionResult]::new('--left', '--left', [CompletionResultType]::ParameterName, 'Last day of membership, to register someone who has already left')
            [CompletionResult]::new('--email-consent', '--email-consent', [CompletionResultType]::ParameterName, 'Consent to convocation by e-mail (BW 2:41 lid 5), given on DATE [default: today]')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Free-text notes (keep them factual: the member may ask to see them)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Add even when a member with the same e-mail address, or the same name and birth date, is registered (without it a script is refused, a terminal asks)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which members, judged on the --on date')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The date to judge membership and status on [default: today]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date to judge membership and status on [default: today]')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Text in the number, names, e-mail or city (case and accents ignored)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the list')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which members, judged on the --on date')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The date to judge membership and status on [default: today]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date to judge membership and status on [default: today]')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Text in the number, names, e-mail or city (case and accents ignored)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the list')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;show' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;edit' {
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'New member number')
            [CompletionResult]::new('--given-name', '--given-name', [CompletionResultType]::ParameterName, 'Given name (voornaam)')
            [CompletionResult]::new('--name-prefix', '--name-prefix', [CompletionResultType]::ParameterName, 'Name prefix (tussenvoegsel), e.g. "van der"')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Name prefix (tussenvoegsel), e.g. "van der"')
            [CompletionResult]::new('--family-name', '--family-name', [CompletionResultType]::ParameterName, 'Family name without the prefix ("" clears it, when the member becomes an organisation)')
            [CompletionResult]::new('--organisation', '--organisation', [CompletionResultType]::ParameterName, 'The name of a member that is an organisation ("" clears it; the member then needs a family name)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail address')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number')
            [CompletionResult]::new('--phone2', '--phone2', [CompletionResultType]::ParameterName, 'A second phone number')
            [CompletionResult]::new('--external-code', '--external-code', [CompletionResultType]::ParameterName, 'A code the member has elsewhere (a federation''s relation code), kept as typed')
            [CompletionResult]::new('--street', '--street', [CompletionResultType]::ParameterName, 'Street and house number')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Street and house number')
            [CompletionResult]::new('--postcode', '--postcode', [CompletionResultType]::ParameterName, 'Postcode')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'City (woonplaats)')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Country')
            [CompletionResult]::new('--birth-date', '--birth-date', [CompletionResultType]::ParameterName, 'Birth date, or "" to clear')
            [CompletionResult]::new('--email-consent', '--email-consent', [CompletionResultType]::ParameterName, 'Consent to convocation by e-mail given on DATE [default: today]; "" withdraws it')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Free-text notes')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Move the member to another category')
            [CompletionResult]::new('--joined', '--joined', [CompletionResultType]::ParameterName, 'Correct the first day of the current (or last) membership period; "unknown" for a member''s first period')
            [CompletionResult]::new('--left', '--left', [CompletionResultType]::ParameterName, 'Correct the last day of the last membership period, or "none" to withdraw the leave')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;leave' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Last day as a member; may lie ahead, e.g. the end of the year [default: today]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Last day as a member; may lie ahead, e.g. the end of the year [default: today]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the membership ends (resignation, expulsion, death…)')
            [CompletionResult]::new('--resigned', '--resigned', [CompletionResultType]::ParameterName, 'The member resigned on this day: the last day follows from the statutes (resignation_notice_weeks, resignation_effective_at; BW 2:36)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--undo', '--undo', [CompletionResultType]::ParameterName, 'Withdraw the last leave instead: the membership runs on as if it never ended')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;rejoin' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'First day of the new membership [default: today]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'First day of the new membership [default: today]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;suspend' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (the decision and its ground); required')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day of the suspension [default: today]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day of the suspension [default: until lifted with `member unsuspend`]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--appeal-term', '--appeal-term', [CompletionResultType]::ParameterName, 'The board expelled the member, told on --from: suspended during the appeal term (expulsion_appeal_months, BW 2:35)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;unsuspend' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'First day without the suspension [default: today]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'First day without the suspension [default: today]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;arrears' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day in arrears')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'First day in arrears')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'With --clear: first day paid up [default: today]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'With --clear: first day paid up [default: today]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'The member paid up: end the open arrears')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;data' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE (owner-only; it appears only when complete) instead of stdout, e.g. to send to the member')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE (owner-only; it appears only when complete) instead of stdout, e.g. to send to the member')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;erase' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;delete' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;delegate' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a delegate of a member that is an organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a member''s delegates')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a delegate''s mandate')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;member;delegate;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The delegate''s name, as it goes on the attendance list')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The delegate''s e-mail address')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The delegate''s phone number')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day of the mandate [default: today]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day of the mandate [default: until ended]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;delegate;list' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;delegate;end' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The mandate''s last day [default: today]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;delegate;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a delegate of a member that is an organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a member''s delegates')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a delegate''s mandate')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;member;delegate;help;add' {
            break
        }
        'quorum;member;delegate;help;list' {
            break
        }
        'quorum;member;delegate;help;end' {
            break
        }
        'quorum;member;delegate;help;help' {
            break
        }
        'quorum;member;import' {
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Read column COLUMN as FIELD (repeatable); `COLUMN=-` ignores a column')
            [CompletionResult]::new('--category-map', '--category-map', [CompletionResultType]::ParameterName, 'Read the sheet''s category names as the registry''s (repeatable): "Steunend lid=supporter,Gewoon lid=regular"')
            [CompletionResult]::new('--status-map', '--status-map', [CompletionResultType]::ParameterName, 'What the status column''s words mean (repeatable): "Afgemeld=former,Proeflid=current"; the statuses of CiviCRM, Galette, Admidio and Sportlink are known without it')
            [CompletionResult]::new('--consent-map', '--consent-map', [CompletionResultType]::ParameterName, 'What the answers in the consent column mean (repeatable): "Ja=yes,Nee, stuur mij een brief=no"; "1=no,0=yes" for a column that asks the opposite (CiviCRM''s Do Not Email)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category of members whose row names none')
            [CompletionResult]::new('--joined', '--joined', [CompletionResultType]::ParameterName, 'Date of joining of members whose row gives none, or "unknown" (members from before the registry); a row whose own leaving or birth date contradicts the date gets unknown')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding [default: detected]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The separator: , ; or tab [default: detected from the header row]')
            [CompletionResult]::new('--max-errors', '--max-errors', [CompletionResultType]::ParameterName, 'How many errors to list (all are counted)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--update', '--update', [CompletionResultType]::ParameterName, 'Change the registered members the rows are about (only what differs): by number, or in a row without one by the same e-mail address, or name and birth date')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, without writing anything')
            [CompletionResult]::new('--left-is-first-day-out', '--left-is-first-day-out', [CompletionResultType]::ParameterName, 'The end date in the file is the first day without membership (Sportlink''s Afmelddatum): the last day as a member is the day before')
            [CompletionResult]::new('--end-only-when-former', '--end-only-when-former', [CompletionResultType]::ParameterName, 'The end date counts only in rows whose status says the member left: for a current member it is the end of the paid period (CiviCRM''s Membership End Date), not a leaving date')
            [CompletionResult]::new('--fix-mobile', '--fix-mobile', [CompletionResultType]::ParameterName, 'Put back the 0 of mobile numbers a spreadsheet dropped ("612345678" → "0612345678")')
            [CompletionResult]::new('--create-categories', '--create-categories', [CompletionResultType]::ParameterName, 'Create categories the registry does not know yet (as member categories with a vote)')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Import rows that look like a registered member or another row of the file (the same e-mail address, or the same name and birth date); without it the file is refused')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;export' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE (owner-only; it appears only when complete) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE (owner-only; it appears only when complete) instead of stdout')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns, comma-separated, e.g. number,family_name,email [default: every registry field]')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The date membership and status are judged on, e.g. 2025-12-31 [default: today]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date membership and status are judged on, e.g. 2025-12-31 [default: today]')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which members, on the --on date')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only members of this category')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The separator: , ; or tab [default: , and with --excel ;]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'For Excel: UTF-8 byte-order mark, ; and CRLF, and cells that would run as formulas (starting with = + - @) made text with a leading ''')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;jubilees' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year, e.g. 2027 [default: this year]')
            [CompletionResult]::new('--years', '--years', [CompletionResultType]::ParameterName, 'The jubilees, in years, comma-separated [default: 12.5,25,40,50,60,75]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;birthdays' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month, 1 to 12')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year [default: this year]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;member;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member (asks for the fields on a terminal when no flags are given)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members on a date, filtered and sorted')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every field of one member')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a member (an empty value clears an optional field)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'End a membership: the member leaves after the given last day')
            [CompletionResult]::new('rejoin', 'rejoin', [CompletionResultType]::ParameterValue, 'Start a new membership period for a former member')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a member: no vote and not counted in any base (BW 2:24d)')
            [CompletionResult]::new('unsuspend', 'unsuspend', [CompletionResultType]::ParameterValue, 'Lift a member''s suspension')
            [CompletionResult]::new('arrears', 'arrears', [CompletionResultType]::ParameterValue, 'Record contribution arrears (--from DATE) or that they were paid (--clear)')
            [CompletionResult]::new('data', 'data', [CompletionResultType]::ParameterValue, 'Print everything held about one member as JSON (access and portability requests)')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase the personal data of a former member, keeping an anonymous record')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a record added by mistake (only while nothing refers to it)')
            [CompletionResult]::new('delegate', 'delegate', [CompletionResultType]::ParameterValue, 'Delegates of a member that is an organisation: add, list, end')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import members from a spreadsheet (CSV)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export members as CSV or JSON')
            [CompletionResult]::new('jubilees', 'jubilees', [CompletionResultType]::ParameterValue, 'List members who reach 12.5, 25, 40, 50… years of membership in a year')
            [CompletionResult]::new('birthdays', 'birthdays', [CompletionResultType]::ParameterValue, 'List the birthdays of members in a month, with the age they turn')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;member;help;add' {
            break
        }
        'quorum;member;help;list' {
            break
        }
        'quorum;member;help;show' {
            break
        }
        'quorum;member;help;edit' {
            break
        }
        'quorum;member;help;leave' {
            break
        }
        'quorum;member;help;rejoin' {
            break
        }
        'quorum;member;help;suspend' {
            break
        }
        'quorum;member;help;unsuspend' {
            break
        }
        'quorum;member;help;arrears' {
            break
        }
        'quorum;member;help;data' {
            break
        }
        'quorum;member;help;erase' {
            break
        }
        'quorum;member;help;delete' {
            break
        }
        'quorum;member;help;delegate' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a delegate of a member that is an organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a member''s delegates')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a delegate''s mandate')
            break
        }
        'quorum;member;help;delegate;add' {
            break
        }
        'quorum;member;help;delegate;list' {
            break
        }
        'quorum;member;help;delegate;end' {
            break
        }
        'quorum;member;help;import' {
            break
        }
        'quorum;member;help;export' {
            break
        }
        'quorum;member;help;jubilees' {
            break
        }
        'quorum;member;help;birthdays' {
            break
        }
        'quorum;member;help;help' {
            break
        }
        'quorum;association' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the name and the language of documents for members')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change the language of documents for members (journaled)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;association;show' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;association;edit' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'nl (Dutch) or en (English)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;association;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the name and the language of documents for members')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change the language of documents for members (journaled)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;association;help;show' {
            break
        }
        'quorum;association;help;edit' {
            break
        }
        'quorum;association;help;help' {
            break
        }
        'quorum;meeting' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Plan a meeting')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the meetings')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the meetings')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one meeting with its agenda')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a meeting''s title, date, place or kind')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a meeting that has not been opened')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Record that the chair opened the convened meeting; fixes who may vote (the snapshot)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Record that the chair closed the meeting (no vote or election round may be open)')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'The agenda: add, move, remove, list')
            [CompletionResult]::new('document', 'document', [CompletionResultType]::ParameterValue, 'The meeting documents (stukken) of the agenda items: add, list, remove')
            [CompletionResult]::new('convene', 'convene', [CompletionResultType]::ParameterValue, 'Record that the convocation went out, check the notice, write the letter and lists')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Print the meeting as an iCalendar event (RFC 5545)')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'A members'' request to convene a meeting (BW 2:41); `request list` lists them')
            [CompletionResult]::new('checkin', 'checkin', [CompletionResultType]::ParameterValue, 'Check members in at the door (numbers, or - for stdin)')
            [CompletionResult]::new('checkout', 'checkout', [CompletionResultType]::ParameterValue, 'Check members out (they left the room)')
            [CompletionResult]::new('apologies', 'apologies', [CompletionResultType]::ParameterValue, 'Record apologies (afwezig met kennisgeving)')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Proxies: give one (`proxy M --from N --to N`), `proxy list M`, `proxy revoke M --from N`')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'The attendance list: present, by proxy, apologies')
            [CompletionResult]::new('quorum', 'quorum', [CompletionResultType]::ParameterValue, 'Is the quorum present? Every quorum rule with the numbers')
            [CompletionResult]::new('guest', 'guest', [CompletionResultType]::ParameterValue, 'Guests (donateurs, invited non-members): on the attendance list, never counted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;meeting;new' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The title, e.g. "Algemene ledenvergadering voorjaar 2027"')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Date and time: 2027-03-14T19:30 or 14-03-2027 19:30 (local time)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date and time: 2027-03-14T19:30 or 14-03-2027 19:30 (local time)')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Time it ends (HH:MM), for the calendar event')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where it is held')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'regular, annual (jaarvergadering) or extraordinary')
            [CompletionResult]::new('--second-of', '--second-of', [CompletionResultType]::ParameterName, 'This is the second meeting after meeting M had no quorum (as model statutes provide)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;list' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;ls' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;show' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;edit' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The new title')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The new date and time: 2027-03-14T19:30 or 14-03-2027 19:30 (local time)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The new date and time: 2027-03-14T19:30 or 14-03-2027 19:30 (local time)')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'The new end time (HH:MM), for the calendar event')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'The new place where it is held')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The new kind: regular, annual (jaarvergadering) or extraordinary')
            [CompletionResult]::new('--chair', '--chair', [CompletionResultType]::ParameterName, 'The member who chairs the meeting (for the minutes); also after it closed')
            [CompletionResult]::new('--secretary', '--secretary', [CompletionResultType]::ParameterName, 'The member who takes the minutes (notulist); also after it closed')
            [CompletionResult]::new('--tellers', '--tellers', [CompletionResultType]::ParameterName, 'The tellers (stemcommissie), by member number; replaces those recorded before')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;cancel' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, for the record')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;open' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened, for entering it afterwards [default: now]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Open a meeting that was not convened, or on another day, at its own risk (recorded; its decisions are voidable, BW 2:15)')
            [CompletionResult]::new('--undo', '--undo', [CompletionResultType]::ParameterName, 'Take back an opening made by mistake, while nothing has been recorded in the meeting')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;close' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened, for entering it afterwards [default: now]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why an opened meeting did not take place, or what the chair noted at closing')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;agenda' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an item (at the end, or at --position), or the annual meeting''s items with --template')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move item FROM to position TO')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an item')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agenda')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the agenda')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;meeting;agenda;add' {
            [CompletionResult]::new('--position', '--position', [CompletionResultType]::ParameterName, 'Its position on the agenda [default: at the end]')
            [CompletionResult]::new('--decides', '--decides', [CompletionResultType]::ParameterName, 'What a decision on it is: none, ordinary, statute-amendment, dissolution')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the template for this once: nl or en')
            [CompletionResult]::new('--proposal', '--proposal', [CompletionResultType]::ParameterName, 'The item decides on proposal P (titled as it unless TITLE is given; its kind says what it decides)')
            [CompletionResult]::new('--about-member', '--about-member', [CompletionResultType]::ParameterName, 'The item deals with member N''s suspension or expulsion: a suspended member is then convened for this meeting, without a vote (BW 2:38 lid 1)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The standard items of an annual meeting, in the association''s language')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;agenda;move' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;agenda;remove' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;agenda;list' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;agenda;ls' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;agenda;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an item (at the end, or at --position), or the annual meeting''s items with --template')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move item FROM to position TO')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an item')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agenda')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;meeting;agenda;help;add' {
            break
        }
        'quorum;meeting;agenda;help;move' {
            break
        }
        'quorum;meeting;agenda;help;remove' {
            break
        }
        'quorum;meeting;agenda;help;list' {
            break
        }
        'quorum;meeting;agenda;help;help' {
            break
        }
        'quorum;meeting;document' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a document of an agenda item and where members can read it (before the convocation; after it only with --force, recorded as late)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The documents of a meeting, by agenda item')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'The documents of a meeting, by agenda item')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a document (before the convocation; after it only with --force)')
            [CompletionResult]::new('supplement', 'supplement', [CompletionResultType]::ParameterValue, 'Write the supplement (aanvulling) that sends the documents added after the convocation; the letter itself stays as it was sent')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;meeting;document;add' {
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'The agenda item it belongs to (its position)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Its title, as the letter lists it ("Jaarrekening 2026")')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Where members can read it ("ter inzage bij de secretaris")')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A file sent along with the convocation (its SHA-256 is recorded)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Add it after the convocation went out, recorded as late')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;document;list' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;document;ls' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;document;remove' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Remove it after the convocation went out, recorded as late')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;document;supplement' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the supplement (Markdown) to this file')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day the supplement goes out [default: today]')
            [CompletionResult]::new('--sent', '--sent', [CompletionResultType]::ParameterName, 'The day the supplement goes out [default: today]')
            [CompletionResult]::new('--place', '--place', [CompletionResultType]::ParameterName, 'Place of sending, in the heading ("Utrecht, 20 februari 2027")')
            [CompletionResult]::new('--signed', '--signed', [CompletionResultType]::ParameterName, 'Name of the secretary who signs it')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;document;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a document of an agenda item and where members can read it (before the convocation; after it only with --force, recorded as late)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The documents of a meeting, by agenda item')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a document (before the convocation; after it only with --force)')
            [CompletionResult]::new('supplement', 'supplement', [CompletionResultType]::ParameterValue, 'Write the supplement (aanvulling) that sends the documents added after the convocation; the letter itself stays as it was sent')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;meeting;document;help;add' {
            break
        }
        'quorum;meeting;document;help;list' {
            break
        }
        'quorum;meeting;document;help;remove' {
            break
        }
        'quorum;meeting;document;help;supplement' {
            break
        }
        'quorum;meeting;document;help;help' {
            break
        }
        'quorum;meeting;convene' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day the convocation went out [default: today]')
            [CompletionResult]::new('--sent', '--sent', [CompletionResultType]::ParameterName, 'The day the convocation went out [default: today]')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Which lists to write for sending: email, post or both')
            [CompletionResult]::new('--letter', '--letter', [CompletionResultType]::ParameterName, 'Write the convocation letter (Markdown) to this file')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the letter for this once: nl or en [default: the association''s]')
            [CompletionResult]::new('--place', '--place', [CompletionResultType]::ParameterName, 'Place of sending, in the letter''s heading ("Utrecht, 20 februari 2027")')
            [CompletionResult]::new('--signed', '--signed', [CompletionResultType]::ParameterName, 'Name of the secretary who signs the letter')
            [CompletionResult]::new('--inspection', '--inspection', [CompletionResultType]::ParameterName, 'Where the documents can be inspected ("bij de secretaris")')
            [CompletionResult]::new('--mail-list', '--mail-list', [CompletionResultType]::ParameterName, 'Write members who consented to e-mail (number, name, address) to this CSV file')
            [CompletionResult]::new('--post-list', '--post-list', [CompletionResultType]::ParameterName, 'Write the other members with their postal address to this CSV file')
            [CompletionResult]::new('--mail-merge', '--mail-merge', [CompletionResultType]::ParameterName, 'Write one letter per member convened by post, each with its addressee block, to this Markdown file (the --post-list CSV holds the same fields for a word processor)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Convene although the notice is too short; the override is journaled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;ics' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;request' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'The requesting members'' numbers')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day the written (or e-mailed) request arrived')
            [CompletionResult]::new('--received', '--received', [CompletionResultType]::ParameterName, 'The day the written (or e-mailed) request arrived')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the recorded requests')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;meeting;request;list' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;request;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the recorded requests')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;meeting;request;help;list' {
            break
        }
        'quorum;meeting;request;help;help' {
            break
        }
        'quorum;meeting;checkin' {
            [CompletionResult]::new('--suspension-item', '--suspension-item', [CompletionResultType]::ParameterName, 'Admit suspended members for the item on their own suspension (BW 2:38 lid 1), without a vote')
            [CompletionResult]::new('--delegate', '--delegate', [CompletionResultType]::ParameterName, 'Check one member that is an organisation in through its registered delegate (`member delegate add`); the collective''s votes are cast by the delegate')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;checkout' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;apologies' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;proxy' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The member who gives the proxy')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The member who holds it (a member with a vote)')
            [CompletionResult]::new('--instruction', '--instruction', [CompletionResultType]::ParameterName, 'A voting instruction, as written on the proxy')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day the secretary received it [default: today]')
            [CompletionResult]::new('--received', '--received', [CompletionResultType]::ParameterName, 'The day the secretary received it [default: today]')
            [CompletionResult]::new('--form', '--form', [CompletionResultType]::ParameterName, 'paper or electronic (checked against proxy_form)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the proxies of a meeting')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a member''s proxy')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;meeting;proxy;list' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;proxy;revoke' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The member who gave the proxy')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;proxy;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the proxies of a meeting')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a member''s proxy')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;meeting;proxy;help;list' {
            break
        }
        'quorum;meeting;proxy;help;revoke' {
            break
        }
        'quorum;meeting;proxy;help;help' {
            break
        }
        'quorum;meeting;attendance' {
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'table, csv, json or html (the same as --format; kept for scripts that use it)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;quorum' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;guest' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a guest: by name, or a donateur from the registry by number')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a meeting''s guests')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a guest registered by mistake')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;meeting;guest;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The guest''s name as it goes on the attendance list and in the minutes')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'A person in the registry who is not a member (a donateur), by number')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;guest;list' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;guest;remove' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;meeting;guest;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a guest: by name, or a donateur from the registry by number')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a meeting''s guests')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a guest registered by mistake')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;meeting;guest;help;add' {
            break
        }
        'quorum;meeting;guest;help;list' {
            break
        }
        'quorum;meeting;guest;help;remove' {
            break
        }
        'quorum;meeting;guest;help;help' {
            break
        }
        'quorum;meeting;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Plan a meeting')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the meetings')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one meeting with its agenda')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a meeting''s title, date, place or kind')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a meeting that has not been opened')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Record that the chair opened the convened meeting; fixes who may vote (the snapshot)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Record that the chair closed the meeting (no vote or election round may be open)')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'The agenda: add, move, remove, list')
            [CompletionResult]::new('document', 'document', [CompletionResultType]::ParameterValue, 'The meeting documents (stukken) of the agenda items: add, list, remove')
            [CompletionResult]::new('convene', 'convene', [CompletionResultType]::ParameterValue, 'Record that the convocation went out, check the notice, write the letter and lists')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Print the meeting as an iCalendar event (RFC 5545)')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'A members'' request to convene a meeting (BW 2:41); `request list` lists them')
            [CompletionResult]::new('checkin', 'checkin', [CompletionResultType]::ParameterValue, 'Check members in at the door (numbers, or - for stdin)')
            [CompletionResult]::new('checkout', 'checkout', [CompletionResultType]::ParameterValue, 'Check members out (they left the room)')
            [CompletionResult]::new('apologies', 'apologies', [CompletionResultType]::ParameterValue, 'Record apologies (afwezig met kennisgeving)')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Proxies: give one (`proxy M --from N --to N`), `proxy list M`, `proxy revoke M --from N`')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'The attendance list: present, by proxy, apologies')
            [CompletionResult]::new('quorum', 'quorum', [CompletionResultType]::ParameterValue, 'Is the quorum present? Every quorum rule with the numbers')
            [CompletionResult]::new('guest', 'guest', [CompletionResultType]::ParameterValue, 'Guests (donateurs, invited non-members): on the attendance list, never counted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;meeting;help;new' {
            break
        }
        'quorum;meeting;help;list' {
            break
        }
        'quorum;meeting;help;show' {
            break
        }
        'quorum;meeting;help;edit' {
            break
        }
        'quorum;meeting;help;cancel' {
            break
        }
        'quorum;meeting;help;open' {
            break
        }
        'quorum;meeting;help;close' {
            break
        }
        'quorum;meeting;help;agenda' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an item (at the end, or at --position), or the annual meeting''s items with --template')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move item FROM to position TO')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an item')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agenda')
            break
        }
        'quorum;meeting;help;agenda;add' {
            break
        }
        'quorum;meeting;help;agenda;move' {
            break
        }
        'quorum;meeting;help;agenda;remove' {
            break
        }
        'quorum;meeting;help;agenda;list' {
            break
        }
        'quorum;meeting;help;document' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a document of an agenda item and where members can read it (before the convocation; after it only with --force, recorded as late)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The documents of a meeting, by agenda item')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a document (before the convocation; after it only with --force)')
            [CompletionResult]::new('supplement', 'supplement', [CompletionResultType]::ParameterValue, 'Write the supplement (aanvulling) that sends the documents added after the convocation; the letter itself stays as it was sent')
            break
        }
        'quorum;meeting;help;document;add' {
            break
        }
        'quorum;meeting;help;document;list' {
            break
        }
        'quorum;meeting;help;document;remove' {
            break
        }
        'quorum;meeting;help;document;supplement' {
            break
        }
        'quorum;meeting;help;convene' {
            break
        }
        'quorum;meeting;help;ics' {
            break
        }
        'quorum;meeting;help;request' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the recorded requests')
            break
        }
        'quorum;meeting;help;request;list' {
            break
        }
        'quorum;meeting;help;checkin' {
            break
        }
        'quorum;meeting;help;checkout' {
            break
        }
        'quorum;meeting;help;apologies' {
            break
        }
        'quorum;meeting;help;proxy' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the proxies of a meeting')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a member''s proxy')
            break
        }
        'quorum;meeting;help;proxy;list' {
            break
        }
        'quorum;meeting;help;proxy;revoke' {
            break
        }
        'quorum;meeting;help;attendance' {
            break
        }
        'quorum;meeting;help;quorum' {
            break
        }
        'quorum;meeting;help;guest' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a guest: by name, or a donateur from the registry by number')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a meeting''s guests')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a guest registered by mistake')
            break
        }
        'quorum;meeting;help;guest;add' {
            break
        }
        'quorum;meeting;help;guest;list' {
            break
        }
        'quorum;meeting;help;guest;remove' {
            break
        }
        'quorum;meeting;help;help' {
            break
        }
        'quorum;proposal' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Draft a proposal, by the board or by members; --meeting puts it on that agenda')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the proposals, each followed by its amendments')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the proposals, each followed by its amendments')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one proposal: text, signers, amendments, exclusions, the BW 2:42 checks')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a draft''s title, text, kind or the day its text lies open for inspection')
            [CompletionResult]::new('amend', 'amend', [CompletionResultType]::ParameterValue, 'Propose an amendment of a proposal (voted before it, at the same meeting)')
            [CompletionResult]::new('exclude', 'exclude', [CompletionResultType]::ParameterValue, 'Exclude members from the vote on a proposal (BW 2:12: a decision about themselves)')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a draft')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;proposal;new' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The title, e.g. "Budget 2027" or "Statute amendment: article 12"')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The text of the proposal (for a statute amendment: the amendment word for word)')
            [CompletionResult]::new('--text-file', '--text-file', [CompletionResultType]::ParameterName, 'Read the text from this file (UTF-8)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'ordinary, statutes, dissolution, budget, accounts, discharge, appointment, other, board-dismissal or board-suspension')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'The board member a board-dismissal or board-suspension is about (member number)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Member numbers who bring the proposal (the first) and co-sign it')
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'Put it on the agenda of meeting M (an item that decides as the kind says)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--by-board', '--by-board', [CompletionResultType]::ParameterName, 'The board brings the proposal')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;proposal;list' {
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'Only the proposals of meeting M')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;proposal;ls' {
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'Only the proposals of meeting M')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;proposal;show' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;proposal;edit' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The new title')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The text of the proposal (for a statute amendment: the amendment word for word)')
            [CompletionResult]::new('--text-file', '--text-file', [CompletionResultType]::ParameterName, 'Read the text from this file (UTF-8)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'ordinary, statutes, dissolution, budget, accounts, discharge, appointment or other')
            [CompletionResult]::new('--text-open-from', '--text-open-from', [CompletionResultType]::ParameterName, 'The first day the verbatim text lies open for inspection (statute amendments, BW 2:42)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;proposal;amend' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The amendment''s title, e.g. "Budget 2027: €500 more for the youth team"')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The text of the proposal (for a statute amendment: the amendment word for word)')
            [CompletionResult]::new('--text-file', '--text-file', [CompletionResultType]::ParameterName, 'Read the text from this file (UTF-8)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Member numbers who bring the proposal (the first) and co-sign it')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--by-board', '--by-board', [CompletionResultType]::ParameterName, 'The board brings the proposal')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;proposal;exclude' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, e.g. "the decision is about their own contract" (kept with the record, not the journal summary)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Exclude although the statutes provide no exclusion (vote_exclusion_enabled = false): recorded, and the decision is voidable (BW 2:12, 2:15)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;proposal;withdraw' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;proposal;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Draft a proposal, by the board or by members; --meeting puts it on that agenda')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the proposals, each followed by its amendments')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one proposal: text, signers, amendments, exclusions, the BW 2:42 checks')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a draft''s title, text, kind or the day its text lies open for inspection')
            [CompletionResult]::new('amend', 'amend', [CompletionResultType]::ParameterValue, 'Propose an amendment of a proposal (voted before it, at the same meeting)')
            [CompletionResult]::new('exclude', 'exclude', [CompletionResultType]::ParameterValue, 'Exclude members from the vote on a proposal (BW 2:12: a decision about themselves)')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a draft')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;proposal;help;new' {
            break
        }
        'quorum;proposal;help;list' {
            break
        }
        'quorum;proposal;help;show' {
            break
        }
        'quorum;proposal;help;edit' {
            break
        }
        'quorum;proposal;help;amend' {
            break
        }
        'quorum;proposal;help;exclude' {
            break
        }
        'quorum;proposal;help;withdraw' {
            break
        }
        'quorum;proposal;help;help' {
            break
        }
        'quorum;vote' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a vote on a proposal at its (open) meeting; stores the quorum statement')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Enter the counts of a show of hands')
            [CompletionResult]::new('cast', 'cast', [CompletionResultType]::ParameterValue, 'Cast a roll-call vote: in person, for a proxy giver, or with all proxies held')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a vote: the result under the rules, explained; records the chair''s declaration')
            [CompletionResult]::new('challenge', 'challenge', [CompletionResultType]::ParameterValue, 'Demand a new vote at once after the declaration (BW 2:13 lid 4)')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Turn an open vote into a written ballot on request (written_vote_on_request)')
            [CompletionResult]::new('codes', 'codes', [CompletionResultType]::ParameterValue, 'Issue the secret ballot''s codes: one per vote present, random order, no names')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one vote: grounds, counts, result, explanation, declaration, roll call')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the votes')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the votes')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the votes with counts, base, threshold, result and explanation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;vote;open' {
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'How the vote is taken: hands, roll-call or ballot')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Open a statute amendment''s vote although BW 2:42 is not met; recorded, and the decision is voidable (BW 2:15)')
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'Open it while another vote or election round of the meeting is open (one question at a time otherwise)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;vote;count' {
            [CompletionResult]::new('--proposal', '--proposal', [CompletionResultType]::ParameterName, 'The proposal instead of the vote''s number, where it has exactly one open vote')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Votes for')
            [CompletionResult]::new('--against', '--against', [CompletionResultType]::ParameterName, 'Votes against')
            [CompletionResult]::new('--blank', '--blank', [CompletionResultType]::ParameterName, 'Blank votes')
            [CompletionResult]::new('--invalid', '--invalid', [CompletionResultType]::ParameterName, 'Invalid votes')
            [CompletionResult]::new('--abstain', '--abstain', [CompletionResultType]::ParameterName, 'Abstentions')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;vote;cast' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'Cast a secret ballot with this code from a ballot paper (no member number)')
            [CompletionResult]::new('--for-member', '--for-member', [CompletionResultType]::ParameterName, 'Cast the votes of this proxy giver instead of one''s own')
            [CompletionResult]::new('--split', '--split', [CompletionResultType]::ParameterName, 'Divide a weighted vote, e.g. for=3,against=2 (the parts add up to the weight)')
            [CompletionResult]::new('--proposal', '--proposal', [CompletionResultType]::ParameterName, 'The proposal instead of the vote''s number, where it has exactly one open vote: `vote cast --proposal P N CHOICE`')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--with-proxies', '--with-proxies', [CompletionResultType]::ParameterName, 'Cast one''s own votes and those of every proxy held, the same way')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;vote;close' {
            [CompletionResult]::new('--proposal', '--proposal', [CompletionResultType]::ParameterName, 'The proposal instead of the vote''s number, where it has exactly one open vote')
            [CompletionResult]::new('--declare', '--declare', [CompletionResultType]::ParameterName, 'What the chair declared: adopted or rejected (BW 2:13 lid 3)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;vote;challenge' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Numbers of the voters present who demand a new vote')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'How the new vote is taken (default: roll-call after a show of hands, else the same)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;vote;convert' {
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'The method it becomes (ballot: a written vote)')
            [CompletionResult]::new('--requested-by', '--requested-by', [CompletionResultType]::ParameterName, 'How many voters asked for it')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;vote;codes' {
            [CompletionResult]::new('--proposal', '--proposal', [CompletionResultType]::ParameterName, 'The proposal instead of the vote''s number, where it has exactly one open vote')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write the codes (CSV, one a line; `-` is stdout)')
            [CompletionResult]::new('--html', '--html', [CompletionResultType]::ParameterName, 'Also write one printable ballot paper per code (HTML)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;vote;show' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;vote;list' {
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'Only the votes of this meeting')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;vote;ls' {
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'Only the votes of this meeting')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;vote;export' {
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'Only the votes of this meeting')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;vote;help' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a vote on a proposal at its (open) meeting; stores the quorum statement')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Enter the counts of a show of hands')
            [CompletionResult]::new('cast', 'cast', [CompletionResultType]::ParameterValue, 'Cast a roll-call vote: in person, for a proxy giver, or with all proxies held')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a vote: the result under the rules, explained; records the chair''s declaration')
            [CompletionResult]::new('challenge', 'challenge', [CompletionResultType]::ParameterValue, 'Demand a new vote at once after the declaration (BW 2:13 lid 4)')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Turn an open vote into a written ballot on request (written_vote_on_request)')
            [CompletionResult]::new('codes', 'codes', [CompletionResultType]::ParameterValue, 'Issue the secret ballot''s codes: one per vote present, random order, no names')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one vote: grounds, counts, result, explanation, declaration, roll call')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the votes')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the votes with counts, base, threshold, result and explanation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;vote;help;open' {
            break
        }
        'quorum;vote;help;count' {
            break
        }
        'quorum;vote;help;cast' {
            break
        }
        'quorum;vote;help;close' {
            break
        }
        'quorum;vote;help;challenge' {
            break
        }
        'quorum;vote;help;convert' {
            break
        }
        'quorum;vote;help;codes' {
            break
        }
        'quorum;vote;help;show' {
            break
        }
        'quorum;vote;help;list' {
            break
        }
        'quorum;vote;help;export' {
            break
        }
        'quorum;vote;help;help' {
            break
        }
        'quorum;resolution' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Put a draft proposal to all members with a vote in writing; takes the roll''s snapshot')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Record members'' signatures: agreed, or against with --against')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a resolution: adopted if every member with a vote agreed, else failed')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one resolution: grounds, snapshot, signatures, outcome and explanation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the resolutions')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the resolutions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;resolution;new' {
            [CompletionResult]::new('--board-informed', '--board-informed', [CompletionResultType]::ParameterName, 'The day the board was informed of it (BW 2:40: its prior knowledge is required)')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The date of the voting roll that says who must agree (default: today)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;resolution;sign' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day they signed (default: today)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day they signed (default: today)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--against', '--against', [CompletionResultType]::ParameterName, 'They signed against: the resolution can then not be adopted')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;resolution;close' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;resolution;show' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;resolution;list' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;resolution;ls' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;resolution;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Put a draft proposal to all members with a vote in writing; takes the roll''s snapshot')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Record members'' signatures: agreed, or against with --against')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a resolution: adopted if every member with a vote agreed, else failed')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one resolution: grounds, snapshot, signatures, outcome and explanation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the resolutions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;resolution;help;new' {
            break
        }
        'quorum;resolution;help;sign' {
            break
        }
        'quorum;resolution;help;close' {
            break
        }
        'quorum;resolution;help;show' {
            break
        }
        'quorum;resolution;help;list' {
            break
        }
        'quorum;resolution;help;help' {
            break
        }
        'quorum;election' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Make an election in a meeting (its seed for lots is printed and recorded)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the elections')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the elections')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an election: candidates, rounds, figures, outcome')
            [CompletionResult]::new('candidate', 'candidate', [CompletionResultType]::ParameterValue, 'Nominate, withdraw and list candidates')
            [CompletionResult]::new('binding', 'binding', [CompletionResultType]::ParameterValue, 'Record the meeting''s vote on removing a binding nomination''s force (BW 2:37)')
            [CompletionResult]::new('ballot', 'ballot', [CompletionResultType]::ParameterValue, 'Enter paper ballots of the open round: one paper, or a CSV ballot file')
            [CompletionResult]::new('codes', 'codes', [CompletionResultType]::ParameterValue, 'Issue the voting codes of the open round, one per vote present or represented')
            [CompletionResult]::new('cast', 'cast', [CompletionResultType]::ParameterValue, 'Cast a secret ballot with a voting code')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count the open round (or recount every counted round with --recount)')
            [CompletionResult]::new('round', 'round', [CompletionResultType]::ParameterValue, 'Open the next round with the candidates the last count sent to it')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the stages as CSV/JSON, and the anonymous ballots as BLT')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;election;new' {
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'The meeting that holds the election')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'What is elected ("Bestuur 2027")')
            [CompletionResult]::new('--seats', '--seats', [CompletionResultType]::ParameterName, 'Seats to fill (majority-runoff fills them seat by seat, the other methods in one ballot)')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'Counting method; majority-runoff is the Dutch rule, one seat a ballot, round by round')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed for lots (default: drawn now and printed); every lot of every round comes from it')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--board', '--board', [CompletionResultType]::ParameterName, 'The election fills board seats: each elected candidate who is a member gets a board term from the meeting''s date (`member show`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;election;list' {
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'Only the elections of this meeting')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;election;ls' {
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'Only the elections of this meeting')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;election;show' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;election;candidate' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Nominate a member, or a person by name')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a candidate (kept, and skipped on every ballot)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the candidates')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the candidates')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;election;candidate;add' {
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'The member''s number')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A candidate who is not a member, by name as it goes on the ballot')
            [CompletionResult]::new('--nominated-by', '--nominated-by', [CompletionResultType]::ParameterName, 'Who nominated the candidate')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Add a candidate outside a binding nomination the meeting kept, because the meeting insists; recorded, and an appointment of this candidate is void (BW 2:14)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;election;candidate;withdraw' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;election;candidate;list' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;election;candidate;ls' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;election;candidate;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Nominate a member, or a person by name')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a candidate (kept, and skipped on every ballot)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the candidates')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;election;candidate;help;add' {
            break
        }
        'quorum;election;candidate;help;withdraw' {
            break
        }
        'quorum;election;candidate;help;list' {
            break
        }
        'quorum;election;candidate;help;help' {
            break
        }
        'quorum;election;binding' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Votes for removing the binding force')
            [CompletionResult]::new('--against', '--against', [CompletionResultType]::ParameterName, 'Votes against (blank and invalid votes are not cast and are left out)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;election;ballot' {
            [CompletionResult]::new('--rank', '--rank', [CompletionResultType]::ParameterName, 'A ranking, most preferred first: "A,B,C"')
            [CompletionResult]::new('--invalid', '--invalid', [CompletionResultType]::ParameterName, 'A paper the tellers hold invalid, with their reason (signed, unreadable, …)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Papers from a CSV ballot file (the format `quorum tally` reads): one paper a row')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--blank', '--blank', [CompletionResultType]::ParameterName, 'A blank paper (not a vote cast)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Enter the papers although the round then holds more than the votes present or represented (recorded in the journal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;election;codes' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write the codes (CSV, one a line; `-` is stdout)')
            [CompletionResult]::new('--html', '--html', [CompletionResultType]::ParameterName, 'Also write one printable ballot paper per code (HTML)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;election;cast' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The code from the ballot paper (dashes and case do not matter)')
            [CompletionResult]::new('--choice', '--choice', [CompletionResultType]::ParameterName, 'One name')
            [CompletionResult]::new('--approve', '--approve', [CompletionResultType]::ParameterName, 'The names approved, comma-separated (approval; plurality for several seats)')
            [CompletionResult]::new('--rank', '--rank', [CompletionResultType]::ParameterName, 'A ranking, most preferred first (irv, stv-scottish, stv-meek, schulze)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--blank', '--blank', [CompletionResultType]::ParameterName, 'A blank ballot (not a vote cast)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;election;count' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--recount', '--recount', [CompletionResultType]::ParameterName, 'Count every counted round again from the stored papers and seed, and check the figures against the stored count (changes nothing)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;election;round' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;election;export' {
            [CompletionResult]::new('--round', '--round', [CompletionResultType]::ParameterName, 'The round whose ballots go to --blt (default: the last counted one)')
            [CompletionResult]::new('--blt', '--blt', [CompletionResultType]::ParameterName, 'Write the round''s ballots as BLT to FILE (owner-only), which `quorum tally` counts')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;election;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Make an election in a meeting (its seed for lots is printed and recorded)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the elections')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an election: candidates, rounds, figures, outcome')
            [CompletionResult]::new('candidate', 'candidate', [CompletionResultType]::ParameterValue, 'Nominate, withdraw and list candidates')
            [CompletionResult]::new('binding', 'binding', [CompletionResultType]::ParameterValue, 'Record the meeting''s vote on removing a binding nomination''s force (BW 2:37)')
            [CompletionResult]::new('ballot', 'ballot', [CompletionResultType]::ParameterValue, 'Enter paper ballots of the open round: one paper, or a CSV ballot file')
            [CompletionResult]::new('codes', 'codes', [CompletionResultType]::ParameterValue, 'Issue the voting codes of the open round, one per vote present or represented')
            [CompletionResult]::new('cast', 'cast', [CompletionResultType]::ParameterValue, 'Cast a secret ballot with a voting code')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count the open round (or recount every counted round with --recount)')
            [CompletionResult]::new('round', 'round', [CompletionResultType]::ParameterValue, 'Open the next round with the candidates the last count sent to it')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the stages as CSV/JSON, and the anonymous ballots as BLT')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;election;help;new' {
            break
        }
        'quorum;election;help;list' {
            break
        }
        'quorum;election;help;show' {
            break
        }
        'quorum;election;help;candidate' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Nominate a member, or a person by name')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a candidate (kept, and skipped on every ballot)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the candidates')
            break
        }
        'quorum;election;help;candidate;add' {
            break
        }
        'quorum;election;help;candidate;withdraw' {
            break
        }
        'quorum;election;help;candidate;list' {
            break
        }
        'quorum;election;help;binding' {
            break
        }
        'quorum;election;help;ballot' {
            break
        }
        'quorum;election;help;codes' {
            break
        }
        'quorum;election;help;cast' {
            break
        }
        'quorum;election;help;count' {
            break
        }
        'quorum;election;help;round' {
            break
        }
        'quorum;election;help;export' {
            break
        }
        'quorum;election;help;help' {
            break
        }
        'quorum;minutes' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note to the minutes (under an agenda item with --item): what was said')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'List the notes of the minutes with their numbers (for `minutes note edit` and `remove`)')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Record an action item agreed in the meeting: who does what, by when')
            [CompletionResult]::new('draft', 'draft', [CompletionResultType]::ParameterValue, 'Draft the complete minutes from what was recorded, in the association''s language')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve the minutes at a later meeting (or the same, where the statutes say so) and seal them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the minutes: the approved, sealed text with --approved, else the draft')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check approved minutes against their seal and the journal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;minutes;note' {
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'The agenda item it belongs to (its position); without it, the note is about the meeting')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When in the meeting it was said (20.15, or a date and time), for a note written afterwards: the minutes tell notes, votes and elections in the order they happened')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--edit', '--edit', [CompletionResultType]::ParameterName, 'Write the note in $VISUAL or $EDITOR')
            [CompletionResult]::new('--correction', '--correction', [CompletionResultType]::ParameterName, 'A note for minutes already approved: it waits for a new approval that corrects them')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct the text of a note (its number from `minutes notes M`), until the minutes are approved')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a note out of the minutes (its number from `minutes notes M`), until they are approved')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;minutes;note;edit' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;minutes;note;remove' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;minutes;note;help' {
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct the text of a note (its number from `minutes notes M`), until the minutes are approved')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a note out of the minutes (its number from `minutes notes M`), until they are approved')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;minutes;note;help;edit' {
            break
        }
        'quorum;minutes;note;help;remove' {
            break
        }
        'quorum;minutes;note;help;help' {
            break
        }
        'quorum;minutes;notes' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;minutes;action' {
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'The agenda item it came from (its position)')
            [CompletionResult]::new('--who', '--who', [CompletionResultType]::ParameterName, 'Who will do it (a name, a committee, "het bestuur")')
            [CompletionResult]::new('--what', '--what', [CompletionResultType]::ParameterName, 'What is to be done')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'By when: 2027-04-01 or 01-04-2027')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;minutes;draft' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the minutes for this once: nl or en [default: the association''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the minutes to this file (owner-only: they name members) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the minutes to this file (owner-only: they name members) instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'Name the members present (apologies and proxies are always named)')
            [CompletionResult]::new('--appendix', '--appendix', [CompletionResultType]::ParameterName, 'Add a technical appendix: internal numbers, the rules applied by key, the journal anchor')
            [CompletionResult]::new('--circulate', '--circulate', [CompletionResultType]::ParameterName, 'Freeze this text as the version sent to members for approval (journaled with its SHA-256); `minutes approve` then seals exactly this text')
            [CompletionResult]::new('--cancelled', '--cancelled', [CompletionResultType]::ParameterName, 'For a cancelled meeting: the short notice that it does not take place ("vervallen")')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;minutes;approve' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The meeting that approves them (the next one, or the same where minutes_adopted_by says so)')
            [CompletionResult]::new('--vote', '--vote', [CompletionResultType]::ParameterName, 'The vote that adopted them; without it, approved by acclamation (no vote counted)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--correction', '--correction', [CompletionResultType]::ParameterName, 'Minutes already approved are corrected: a new seal that names the one it corrects')
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'Name the members present in the sealed text')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;minutes;show' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of a draft for this once: nl or en')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file (owner-only) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file (owner-only) instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--approved', '--approved', [CompletionResultType]::ParameterName, 'The approved, sealed text exactly as approved (else the current draft)')
            [CompletionResult]::new('--circulated', '--circulated', [CompletionResultType]::ParameterName, 'The version last circulated for approval (`minutes draft --circulate`), exactly as sent')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;minutes;verify' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;minutes;help' {
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note to the minutes (under an agenda item with --item): what was said')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'List the notes of the minutes with their numbers (for `minutes note edit` and `remove`)')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Record an action item agreed in the meeting: who does what, by when')
            [CompletionResult]::new('draft', 'draft', [CompletionResultType]::ParameterValue, 'Draft the complete minutes from what was recorded, in the association''s language')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve the minutes at a later meeting (or the same, where the statutes say so) and seal them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the minutes: the approved, sealed text with --approved, else the draft')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check approved minutes against their seal and the journal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;minutes;help;note' {
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct the text of a note (its number from `minutes notes M`), until the minutes are approved')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a note out of the minutes (its number from `minutes notes M`), until they are approved')
            break
        }
        'quorum;minutes;help;note;edit' {
            break
        }
        'quorum;minutes;help;note;remove' {
            break
        }
        'quorum;minutes;help;notes' {
            break
        }
        'quorum;minutes;help;action' {
            break
        }
        'quorum;minutes;help;draft' {
            break
        }
        'quorum;minutes;help;approve' {
            break
        }
        'quorum;minutes;help;show' {
            break
        }
        'quorum;minutes;help;verify' {
            break
        }
        'quorum;minutes;help;help' {
            break
        }
        'quorum;actions' {
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'Only those agreed at meeting M')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Only the action items not yet done')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the action items (the same as `quorum actions` without a verb)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an action item done')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;actions;list' {
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'Only those agreed at meeting M')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Only the action items not yet done')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;actions;done' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day it was done [default: today]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;actions;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the action items (the same as `quorum actions` without a verb)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an action item done')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;actions;help;list' {
            break
        }
        'quorum;actions;help;done' {
            break
        }
        'quorum;actions;help;help' {
            break
        }
        'quorum;board' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day to show the board on [default: today]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a member''s seat on the board, with the decision that appointed them')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a member''s seat (resigned, dismissed, retired)')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Continue a sitting member in another role')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'The retirement schedule (rooster van aftreden): who retires at which annual meeting')
            [CompletionResult]::new('reports', 'reports', [CompletionResultType]::ParameterValue, 'Board changes to report to the Handelsregister, and whether they were')
            [CompletionResult]::new('reported', 'reported', [CompletionResultType]::ParameterValue, 'Mark a board change reported to the Handelsregister')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;board;add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'voorzitter, secretaris, penningmeester or lid (chair, secretary, treasurer, member)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day of the seat')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'The first day of the seat')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The end of the term, where the appointment named one [default: from board_term_years]')
            [CompletionResult]::new('--decision', '--decision', [CompletionResultType]::ParameterName, 'The decision that appointed the member (a code from `quorum decisions`)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--before-quorum', '--before-quorum', [CompletionResultType]::ParameterName, 'History entered by hand: appointed before the association used quorum')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;board;end' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day the seat ends (the member is no longer on the board from this day)')
            [CompletionResult]::new('--decision', '--decision', [CompletionResultType]::ParameterName, 'The decision that dismissed the member; none for a resignation or the end of a term')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;board;role' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day the new role begins [default: today]')
            [CompletionResult]::new('--decision', '--decision', [CompletionResultType]::ParameterName, 'The decision that assigned the role, where one did (boards often divide roles themselves)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;board;schedule' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day of the board whose schedule is shown [default: today]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;board;reports' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Only the changes not yet reported')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;board;reported' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day it was reported [default: today]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;board;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a member''s seat on the board, with the decision that appointed them')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a member''s seat (resigned, dismissed, retired)')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Continue a sitting member in another role')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'The retirement schedule (rooster van aftreden): who retires at which annual meeting')
            [CompletionResult]::new('reports', 'reports', [CompletionResultType]::ParameterValue, 'Board changes to report to the Handelsregister, and whether they were')
            [CompletionResult]::new('reported', 'reported', [CompletionResultType]::ParameterValue, 'Mark a board change reported to the Handelsregister')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;board;help;add' {
            break
        }
        'quorum;board;help;end' {
            break
        }
        'quorum;board;help;role' {
            break
        }
        'quorum;board;help;schedule' {
            break
        }
        'quorum;board;help;reports' {
            break
        }
        'quorum;board;help;reported' {
            break
        }
        'quorum;board;help;help' {
            break
        }
        'quorum;kascommissie' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the committee of a financial year, its report, or why none is needed')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record the committee the general meeting appointed for a financial year')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Record the committee''s report (or an accountant''s statement) on a year''s accounts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;kascommissie;show' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;kascommissie;set' {
            [CompletionResult]::new('--members', '--members', [CompletionResultType]::ParameterName, 'The members'' numbers (at least kascommissie_min_members, none on the board that year)')
            [CompletionResult]::new('--decision', '--decision', [CompletionResultType]::ParameterName, 'The decision of the general meeting that appointed them')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--before-quorum', '--before-quorum', [CompletionResultType]::ParameterName, 'History entered by hand: appointed before the association used quorum')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;kascommissie;report' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The report as signed (any file; quorum keeps its name and SHA-256)')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day of the report')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day of the report')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--accountant', '--accountant', [CompletionResultType]::ParameterName, 'The file is an accountant''s statement, which replaces the committee where kascommissie_exempt_if_accountant')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;kascommissie;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the committee of a financial year, its report, or why none is needed')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record the committee the general meeting appointed for a financial year')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Record the committee''s report (or an accountant''s statement) on a year''s accounts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;kascommissie;help;show' {
            break
        }
        'quorum;kascommissie;help;set' {
            break
        }
        'quorum;kascommissie;help;report' {
            break
        }
        'quorum;kascommissie;help;help' {
            break
        }
        'quorum;todo' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day to judge on [default: today]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--fail-on-overdue', '--fail-on-overdue', [CompletionResultType]::ParameterName, 'Exit with 1 when anything is overdue (for a cron job); the list is printed all the same')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;decisions' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only decisions taken on or after this day')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only decisions taken on or after this day')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only decisions with this status: adopted, rejected, awaiting-deed, in-force, superseded')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only decisions whose title or code contains this text')
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'Only the decisions of this meeting')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the register (the same as `quorum decisions` without a verb)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one decision with its grounds: the figures or the elected, the rules, the history')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record the notarial deed (in-force) or a later decision that supersedes it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;decision' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only decisions taken on or after this day')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only decisions taken on or after this day')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only decisions with this status: adopted, rejected, awaiting-deed, in-force, superseded')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only decisions whose title or code contains this text')
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'Only the decisions of this meeting')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the register (the same as `quorum decisions` without a verb)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one decision with its grounds: the figures or the elected, the rules, the history')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record the notarial deed (in-force) or a later decision that supersedes it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;decisions;list' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only decisions taken on or after this day')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only decisions taken on or after this day')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only decisions with this status: adopted, rejected, awaiting-deed, in-force, superseded')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only decisions whose title or code contains this text')
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'Only the decisions of this meeting')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;decision;list' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only decisions taken on or after this day')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only decisions taken on or after this day')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only decisions with this status: adopted, rejected, awaiting-deed, in-force, superseded')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only decisions whose title or code contains this text')
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'Only the decisions of this meeting')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;decisions;show' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;decision;show' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;decisions;set' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'The new status: in-force (the notarial deed was passed) or superseded')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day it holds from: the day of the deed, or of the superseding decision')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day it holds from: the day of the deed, or of the superseding decision')
            [CompletionResult]::new('--made-known', '--made-known', [CompletionResultType]::ParameterName, 'The day a voidable decision was made known to the members: annulment can be claimed for one year from it (BW 2:15 lid 5)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'The later decision (code or number) that confirmed a voidable decision, which makes it valid (BW 2:15 lid 6)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why, for the history: the notary and the deed''s number, say')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'The later decision that supersedes it (code or number), with --status superseded')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;decision;set' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'The new status: in-force (the notarial deed was passed) or superseded')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day it holds from: the day of the deed, or of the superseding decision')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day it holds from: the day of the deed, or of the superseding decision')
            [CompletionResult]::new('--made-known', '--made-known', [CompletionResultType]::ParameterName, 'The day a voidable decision was made known to the members: annulment can be claimed for one year from it (BW 2:15 lid 5)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'The later decision (code or number) that confirmed a voidable decision, which makes it valid (BW 2:15 lid 6)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why, for the history: the notary and the deed''s number, say')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'The later decision that supersedes it (code or number), with --status superseded')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;decisions;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the register (the same as `quorum decisions` without a verb)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one decision with its grounds: the figures or the elected, the rules, the history')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record the notarial deed (in-force) or a later decision that supersedes it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;decisions;help;list' {
            break
        }
        'quorum;decisions;help;show' {
            break
        }
        'quorum;decisions;help;set' {
            break
        }
        'quorum;decisions;help;help' {
            break
        }
        'quorum;decision;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the register (the same as `quorum decisions` without a verb)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one decision with its grounds: the figures or the elected, the rules, the history')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record the notarial deed (in-force) or a later decision that supersedes it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;decision;help;list' {
            break
        }
        'quorum;decision;help;show' {
            break
        }
        'quorum;decision;help;set' {
            break
        }
        'quorum;decision;help;help' {
            break
        }
        'quorum;category' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a category')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the categories with their number of members')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the categories with their number of members')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a category''s name, vote, weight or description')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;category;add' {
            [CompletionResult]::new('--weight', '--weight', [CompletionResultType]::ParameterName, 'Votes per member, e.g. for a federation whose members are clubs')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the category is for')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--no-vote', '--no-vote', [CompletionResultType]::ParameterName, 'Members of this category have no vote')
            [CompletionResult]::new('--not-member', '--not-member', [CompletionResultType]::ParameterName, 'Not members in law, e.g. supporters (donateurs); implies --no-vote')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;category;list' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;category;ls' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;category;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name')
            [CompletionResult]::new('--weight', '--weight', [CompletionResultType]::ParameterName, 'Votes per member')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the category is for ("" clears it)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--vote', '--vote', [CompletionResultType]::ParameterName, 'Members of this category have a vote')
            [CompletionResult]::new('--no-vote', '--no-vote', [CompletionResultType]::ParameterName, 'Members of this category have no vote')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Members of this category are members in law')
            [CompletionResult]::new('--not-member', '--not-member', [CompletionResultType]::ParameterName, 'Not members in law (supporters); implies --no-vote')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;category;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a category')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the categories with their number of members')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a category''s name, vote, weight or description')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;category;help;add' {
            break
        }
        'quorum;category;help;list' {
            break
        }
        'quorum;category;help;edit' {
            break
        }
        'quorum;category;help;help' {
            break
        }
        'quorum;roll' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The date of the meeting [default: today]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;journal' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List journal entries, oldest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List journal entries, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain: detects any entry edited, deleted or inserted outside quorum')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;journal;list' {
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only entries naming this member, in any role (member number)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only entries on or after this date (YYYY-MM-DD or DD-MM-YYYY)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries on or after this date (YYYY-MM-DD or DD-MM-YYYY)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'Include the old and new values (personal data: mind where the output goes)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;journal;ls' {
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only entries naming this member, in any role (member number)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only entries on or after this date (YYYY-MM-DD or DD-MM-YYYY)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries on or after this date (YYYY-MM-DD or DD-MM-YYYY)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'Include the old and new values (personal data: mind where the output goes)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;journal;verify' {
            [CompletionResult]::new('--head', '--head', [CompletionResultType]::ParameterName, 'A head hash written down earlier (in minutes, a backup''s record): the chain must still hold that entry, which catches a tail cut off and a chain rebuilt since')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;journal;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List journal entries, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain: detects any entry edited, deleted or inserted outside quorum')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;journal;help;list' {
            break
        }
        'quorum;journal;help;verify' {
            break
        }
        'quorum;journal;help;help' {
            break
        }
        'quorum;db' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the database path and where it comes from')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database to FILE while it is in use (SQLite online backup)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Run SQLite''s integrity and foreign-key checks')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a backup back: checked first, the current file kept aside')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;db;path' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;db;backup' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;db;check' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;db;restore' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;db;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the database path and where it comes from')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database to FILE while it is in use (SQLite online backup)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Run SQLite''s integrity and foreign-key checks')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a backup back: checked first, the current file kept aside')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;db;help;path' {
            break
        }
        'quorum;db;help;backup' {
            break
        }
        'quorum;db;help;check' {
            break
        }
        'quorum;db;help;restore' {
            break
        }
        'quorum;db;help;help' {
            break
        }
        'quorum;rules' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the rules in force: value, default, allowed values, source and meaning of each key')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one rule: in the version in force today, or in the version from --from')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List the versions of the rules and what each one changed')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the versions of the rules and what each one changed')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the rules in force as a commented TOML file to stdout')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read rules from a TOML file: every key is checked, and it is all or nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;rules;show' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Show the version in force on this date [default: today]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;rules;set' {
            [CompletionResult]::new('--article', '--article', [CompletionResultType]::ParameterName, 'The article of the statutes the rule comes from, cited in the minutes after the ground, e.g. "artikel 18 lid 2"; "none" removes it')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Change the version that takes effect on this date (a new version if none starts then)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note on the version, e.g. the deed or the meeting that decided it')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;rules;history' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;rules;list' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;rules;export' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Export the version in force on this date [default: today]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;rules;import' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Change the version that takes effect on this date (a new version if none starts then)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note on the version, e.g. the deed or the meeting that decided it')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;rules;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the rules in force: value, default, allowed values, source and meaning of each key')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one rule: in the version in force today, or in the version from --from')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List the versions of the rules and what each one changed')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the rules in force as a commented TOML file to stdout')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read rules from a TOML file: every key is checked, and it is all or nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;rules;help;show' {
            break
        }
        'quorum;rules;help;set' {
            break
        }
        'quorum;rules;help;history' {
            break
        }
        'quorum;rules;help;export' {
            break
        }
        'quorum;rules;help;import' {
            break
        }
        'quorum;rules;help;help' {
            break
        }
        'quorum;tally' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Counting method')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'Counting method')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Seats to fill [default: the number the file gives, else 1]')
            [CompletionResult]::new('--seats', '--seats', [CompletionResultType]::ParameterName, 'Seats to fill [default: the number the file gives, else 1]')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed for drawing lots, to repeat a count [default: random, and printed]')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Read the file in this format instead of detecting it')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Convert the ballots to this format on stdout instead of counting them')
            [CompletionResult]::new('--max-candidates', '--max-candidates', [CompletionResultType]::ParameterName, 'Most candidates counted; a file with more is refused (it is usually read in the wrong format)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('--stages', '--stages', [CompletionResultType]::ParameterName, 'With several files, also show each file''s stages after the summary')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;completions' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write `quorum.1`, `quorum-member.1`, `quorum-member-add.1`, … into this folder (made if missing) instead of printing `quorum.1`')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of help and tables: nl or en [default: QUORUM_LANG, the association''s language, the locale]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Name recorded in the journal as who made a change [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records [default: table; CSV for `member export`]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error naming its flag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines, only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'quorum;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new database for an association')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build a demo association in a temporary database and show it')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Keep the member registry: add, list, edit, leave, import, export, erase')
            [CompletionResult]::new('association', 'association', [CompletionResultType]::ParameterValue, 'Show or change the association''s name and language')
            [CompletionResult]::new('meeting', 'meeting', [CompletionResultType]::ParameterValue, 'General meetings: agenda, convocation, attendance, proxies, quorum')
            [CompletionResult]::new('proposal', 'proposal', [CompletionResultType]::ParameterValue, 'Proposals for a general meeting: draft, amend, withdraw, exclude members from a vote')
            [CompletionResult]::new('vote', 'vote', [CompletionResultType]::ParameterValue, 'Votes on proposals: open, count, cast, close, challenge, show, list, export')
            [CompletionResult]::new('resolution', 'resolution', [CompletionResultType]::ParameterValue, 'Written resolutions outside a meeting (BW 2:40): new, sign, close, show, list')
            [CompletionResult]::new('election', 'election', [CompletionResultType]::ParameterValue, 'Elections of persons in a meeting: candidates, paper ballots, rounds, count, export')
            [CompletionResult]::new('minutes', 'minutes', [CompletionResultType]::ParameterValue, 'Minutes of a meeting: notes, action items, the draft, approval and the seal')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'Action items across meetings: list them (--open), mark one done')
            [CompletionResult]::new('board', 'board', [CompletionResultType]::ParameterValue, 'The board on a date, its seats and terms, the retirement schedule, changes to report')
            [CompletionResult]::new('kascommissie', 'kascommissie', [CompletionResultType]::ParameterValue, 'The audit committee (kascommissie, BW 2:48 lid 2) of a financial year, and its report')
            [CompletionResult]::new('todo', 'todo', [CompletionResultType]::ParameterValue, 'What the law and the statutes expect next, with dates: meetings, reports, terms, data')
            [CompletionResult]::new('decisions', 'decisions', [CompletionResultType]::ParameterValue, 'The decision register across all meetings: list, show, record the notarial deed')
            [CompletionResult]::new('category', 'category', [CompletionResultType]::ParameterValue, 'Manage member categories: who is a member in law, who votes, with what weight')
            [CompletionResult]::new('roll', 'roll', [CompletionResultType]::ParameterValue, 'Print the voting roll on a date: who votes, with how many votes, and why not')
            [CompletionResult]::new('journal', 'journal', [CompletionResultType]::ParameterValue, 'Show and verify the journal of changes')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Inspect, back up and check the database file')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Show and change the statutes'' decision rules, versioned by the date they take effect')
            [CompletionResult]::new('tally', 'tally', [CompletionResultType]::ParameterValue, 'Count a ballot file by a voting method (no database needed)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write one page per command into a folder')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;help;init' {
            break
        }
        'quorum;help;demo' {
            break
        }
        'quorum;help;member' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member (asks for the fields on a terminal when no flags are given)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members on a date, filtered and sorted')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every field of one member')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a member (an empty value clears an optional field)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'End a membership: the member leaves after the given last day')
            [CompletionResult]::new('rejoin', 'rejoin', [CompletionResultType]::ParameterValue, 'Start a new membership period for a former member')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a member: no vote and not counted in any base (BW 2:24d)')
            [CompletionResult]::new('unsuspend', 'unsuspend', [CompletionResultType]::ParameterValue, 'Lift a member''s suspension')
            [CompletionResult]::new('arrears', 'arrears', [CompletionResultType]::ParameterValue, 'Record contribution arrears (--from DATE) or that they were paid (--clear)')
            [CompletionResult]::new('data', 'data', [CompletionResultType]::ParameterValue, 'Print everything held about one member as JSON (access and portability requests)')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase the personal data of a former member, keeping an anonymous record')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a record added by mistake (only while nothing refers to it)')
            [CompletionResult]::new('delegate', 'delegate', [CompletionResultType]::ParameterValue, 'Delegates of a member that is an organisation: add, list, end')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import members from a spreadsheet (CSV)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export members as CSV or JSON')
            [CompletionResult]::new('jubilees', 'jubilees', [CompletionResultType]::ParameterValue, 'List members who reach 12.5, 25, 40, 50… years of membership in a year')
            [CompletionResult]::new('birthdays', 'birthdays', [CompletionResultType]::ParameterValue, 'List the birthdays of members in a month, with the age they turn')
            break
        }
        'quorum;help;member;add' {
            break
        }
        'quorum;help;member;list' {
            break
        }
        'quorum;help;member;show' {
            break
        }
        'quorum;help;member;edit' {
            break
        }
        'quorum;help;member;leave' {
            break
        }
        'quorum;help;member;rejoin' {
            break
        }
        'quorum;help;member;suspend' {
            break
        }
        'quorum;help;member;unsuspend' {
            break
        }
        'quorum;help;member;arrears' {
            break
        }
        'quorum;help;member;data' {
            break
        }
        'quorum;help;member;erase' {
            break
        }
        'quorum;help;member;delete' {
            break
        }
        'quorum;help;member;delegate' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a delegate of a member that is an organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a member''s delegates')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a delegate''s mandate')
            break
        }
        'quorum;help;member;delegate;add' {
            break
        }
        'quorum;help;member;delegate;list' {
            break
        }
        'quorum;help;member;delegate;end' {
            break
        }
        'quorum;help;member;import' {
            break
        }
        'quorum;help;member;export' {
            break
        }
        'quorum;help;member;jubilees' {
            break
        }
        'quorum;help;member;birthdays' {
            break
        }
        'quorum;help;association' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the name and the language of documents for members')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change the language of documents for members (journaled)')
            break
        }
        'quorum;help;association;show' {
            break
        }
        'quorum;help;association;edit' {
            break
        }
        'quorum;help;meeting' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Plan a meeting')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the meetings')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one meeting with its agenda')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a meeting''s title, date, place or kind')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a meeting that has not been opened')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Record that the chair opened the convened meeting; fixes who may vote (the snapshot)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Record that the chair closed the meeting (no vote or election round may be open)')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'The agenda: add, move, remove, list')
            [CompletionResult]::new('document', 'document', [CompletionResultType]::ParameterValue, 'The meeting documents (stukken) of the agenda items: add, list, remove')
            [CompletionResult]::new('convene', 'convene', [CompletionResultType]::ParameterValue, 'Record that the convocation went out, check the notice, write the letter and lists')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Print the meeting as an iCalendar event (RFC 5545)')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'A members'' request to convene a meeting (BW 2:41); `request list` lists them')
            [CompletionResult]::new('checkin', 'checkin', [CompletionResultType]::ParameterValue, 'Check members in at the door (numbers, or - for stdin)')
            [CompletionResult]::new('checkout', 'checkout', [CompletionResultType]::ParameterValue, 'Check members out (they left the room)')
            [CompletionResult]::new('apologies', 'apologies', [CompletionResultType]::ParameterValue, 'Record apologies (afwezig met kennisgeving)')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Proxies: give one (`proxy M --from N --to N`), `proxy list M`, `proxy revoke M --from N`')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'The attendance list: present, by proxy, apologies')
            [CompletionResult]::new('quorum', 'quorum', [CompletionResultType]::ParameterValue, 'Is the quorum present? Every quorum rule with the numbers')
            [CompletionResult]::new('guest', 'guest', [CompletionResultType]::ParameterValue, 'Guests (donateurs, invited non-members): on the attendance list, never counted')
            break
        }
        'quorum;help;meeting;new' {
            break
        }
        'quorum;help;meeting;list' {
            break
        }
        'quorum;help;meeting;show' {
            break
        }
        'quorum;help;meeting;edit' {
            break
        }
        'quorum;help;meeting;cancel' {
            break
        }
        'quorum;help;meeting;open' {
            break
        }
        'quorum;help;meeting;close' {
            break
        }
        'quorum;help;meeting;agenda' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an item (at the end, or at --position), or the annual meeting''s items with --template')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move item FROM to position TO')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an item')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agenda')
            break
        }
        'quorum;help;meeting;agenda;add' {
            break
        }
        'quorum;help;meeting;agenda;move' {
            break
        }
        'quorum;help;meeting;agenda;remove' {
            break
        }
        'quorum;help;meeting;agenda;list' {
            break
        }
        'quorum;help;meeting;document' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a document of an agenda item and where members can read it (before the convocation; after it only with --force, recorded as late)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The documents of a meeting, by agenda item')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a document (before the convocation; after it only with --force)')
            [CompletionResult]::new('supplement', 'supplement', [CompletionResultType]::ParameterValue, 'Write the supplement (aanvulling) that sends the documents added after the convocation; the letter itself stays as it was sent')
            break
        }
        'quorum;help;meeting;document;add' {
            break
        }
        'quorum;help;meeting;document;list' {
            break
        }
        'quorum;help;meeting;document;remove' {
            break
        }
        'quorum;help;meeting;document;supplement' {
            break
        }
        'quorum;help;meeting;convene' {
            break
        }
        'quorum;help;meeting;ics' {
            break
        }
        'quorum;help;meeting;request' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the recorded requests')
            break
        }
        'quorum;help;meeting;request;list' {
            break
        }
        'quorum;help;meeting;checkin' {
            break
        }
        'quorum;help;meeting;checkout' {
            break
        }
        'quorum;help;meeting;apologies' {
            break
        }
        'quorum;help;meeting;proxy' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the proxies of a meeting')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a member''s proxy')
            break
        }
        'quorum;help;meeting;proxy;list' {
            break
        }
        'quorum;help;meeting;proxy;revoke' {
            break
        }
        'quorum;help;meeting;attendance' {
            break
        }
        'quorum;help;meeting;quorum' {
            break
        }
        'quorum;help;meeting;guest' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a guest: by name, or a donateur from the registry by number')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a meeting''s guests')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a guest registered by mistake')
            break
        }
        'quorum;help;meeting;guest;add' {
            break
        }
        'quorum;help;meeting;guest;list' {
            break
        }
        'quorum;help;meeting;guest;remove' {
            break
        }
        'quorum;help;proposal' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Draft a proposal, by the board or by members; --meeting puts it on that agenda')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the proposals, each followed by its amendments')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one proposal: text, signers, amendments, exclusions, the BW 2:42 checks')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a draft''s title, text, kind or the day its text lies open for inspection')
            [CompletionResult]::new('amend', 'amend', [CompletionResultType]::ParameterValue, 'Propose an amendment of a proposal (voted before it, at the same meeting)')
            [CompletionResult]::new('exclude', 'exclude', [CompletionResultType]::ParameterValue, 'Exclude members from the vote on a proposal (BW 2:12: a decision about themselves)')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a draft')
            break
        }
        'quorum;help;proposal;new' {
            break
        }
        'quorum;help;proposal;list' {
            break
        }
        'quorum;help;proposal;show' {
            break
        }
        'quorum;help;proposal;edit' {
            break
        }
        'quorum;help;proposal;amend' {
            break
        }
        'quorum;help;proposal;exclude' {
            break
        }
        'quorum;help;proposal;withdraw' {
            break
        }
        'quorum;help;vote' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a vote on a proposal at its (open) meeting; stores the quorum statement')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Enter the counts of a show of hands')
            [CompletionResult]::new('cast', 'cast', [CompletionResultType]::ParameterValue, 'Cast a roll-call vote: in person, for a proxy giver, or with all proxies held')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a vote: the result under the rules, explained; records the chair''s declaration')
            [CompletionResult]::new('challenge', 'challenge', [CompletionResultType]::ParameterValue, 'Demand a new vote at once after the declaration (BW 2:13 lid 4)')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Turn an open vote into a written ballot on request (written_vote_on_request)')
            [CompletionResult]::new('codes', 'codes', [CompletionResultType]::ParameterValue, 'Issue the secret ballot''s codes: one per vote present, random order, no names')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one vote: grounds, counts, result, explanation, declaration, roll call')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the votes')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the votes with counts, base, threshold, result and explanation')
            break
        }
        'quorum;help;vote;open' {
            break
        }
        'quorum;help;vote;count' {
            break
        }
        'quorum;help;vote;cast' {
            break
        }
        'quorum;help;vote;close' {
            break
        }
        'quorum;help;vote;challenge' {
            break
        }
        'quorum;help;vote;convert' {
            break
        }
        'quorum;help;vote;codes' {
            break
        }
        'quorum;help;vote;show' {
            break
        }
        'quorum;help;vote;list' {
            break
        }
        'quorum;help;vote;export' {
            break
        }
        'quorum;help;resolution' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Put a draft proposal to all members with a vote in writing; takes the roll''s snapshot')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Record members'' signatures: agreed, or against with --against')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a resolution: adopted if every member with a vote agreed, else failed')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one resolution: grounds, snapshot, signatures, outcome and explanation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the resolutions')
            break
        }
        'quorum;help;resolution;new' {
            break
        }
        'quorum;help;resolution;sign' {
            break
        }
        'quorum;help;resolution;close' {
            break
        }
        'quorum;help;resolution;show' {
            break
        }
        'quorum;help;resolution;list' {
            break
        }
        'quorum;help;election' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Make an election in a meeting (its seed for lots is printed and recorded)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the elections')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an election: candidates, rounds, figures, outcome')
            [CompletionResult]::new('candidate', 'candidate', [CompletionResultType]::ParameterValue, 'Nominate, withdraw and list candidates')
            [CompletionResult]::new('binding', 'binding', [CompletionResultType]::ParameterValue, 'Record the meeting''s vote on removing a binding nomination''s force (BW 2:37)')
            [CompletionResult]::new('ballot', 'ballot', [CompletionResultType]::ParameterValue, 'Enter paper ballots of the open round: one paper, or a CSV ballot file')
            [CompletionResult]::new('codes', 'codes', [CompletionResultType]::ParameterValue, 'Issue the voting codes of the open round, one per vote present or represented')
            [CompletionResult]::new('cast', 'cast', [CompletionResultType]::ParameterValue, 'Cast a secret ballot with a voting code')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count the open round (or recount every counted round with --recount)')
            [CompletionResult]::new('round', 'round', [CompletionResultType]::ParameterValue, 'Open the next round with the candidates the last count sent to it')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the stages as CSV/JSON, and the anonymous ballots as BLT')
            break
        }
        'quorum;help;election;new' {
            break
        }
        'quorum;help;election;list' {
            break
        }
        'quorum;help;election;show' {
            break
        }
        'quorum;help;election;candidate' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Nominate a member, or a person by name')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a candidate (kept, and skipped on every ballot)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the candidates')
            break
        }
        'quorum;help;election;candidate;add' {
            break
        }
        'quorum;help;election;candidate;withdraw' {
            break
        }
        'quorum;help;election;candidate;list' {
            break
        }
        'quorum;help;election;binding' {
            break
        }
        'quorum;help;election;ballot' {
            break
        }
        'quorum;help;election;codes' {
            break
        }
        'quorum;help;election;cast' {
            break
        }
        'quorum;help;election;count' {
            break
        }
        'quorum;help;election;round' {
            break
        }
        'quorum;help;election;export' {
            break
        }
        'quorum;help;minutes' {
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note to the minutes (under an agenda item with --item): what was said')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'List the notes of the minutes with their numbers (for `minutes note edit` and `remove`)')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Record an action item agreed in the meeting: who does what, by when')
            [CompletionResult]::new('draft', 'draft', [CompletionResultType]::ParameterValue, 'Draft the complete minutes from what was recorded, in the association''s language')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve the minutes at a later meeting (or the same, where the statutes say so) and seal them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the minutes: the approved, sealed text with --approved, else the draft')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check approved minutes against their seal and the journal')
            break
        }
        'quorum;help;minutes;note' {
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct the text of a note (its number from `minutes notes M`), until the minutes are approved')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a note out of the minutes (its number from `minutes notes M`), until they are approved')
            break
        }
        'quorum;help;minutes;note;edit' {
            break
        }
        'quorum;help;minutes;note;remove' {
            break
        }
        'quorum;help;minutes;notes' {
            break
        }
        'quorum;help;minutes;action' {
            break
        }
        'quorum;help;minutes;draft' {
            break
        }
        'quorum;help;minutes;approve' {
            break
        }
        'quorum;help;minutes;show' {
            break
        }
        'quorum;help;minutes;verify' {
            break
        }
        'quorum;help;actions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the action items (the same as `quorum actions` without a verb)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an action item done')
            break
        }
        'quorum;help;actions;list' {
            break
        }
        'quorum;help;actions;done' {
            break
        }
        'quorum;help;board' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a member''s seat on the board, with the decision that appointed them')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a member''s seat (resigned, dismissed, retired)')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Continue a sitting member in another role')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'The retirement schedule (rooster van aftreden): who retires at which annual meeting')
            [CompletionResult]::new('reports', 'reports', [CompletionResultType]::ParameterValue, 'Board changes to report to the Handelsregister, and whether they were')
            [CompletionResult]::new('reported', 'reported', [CompletionResultType]::ParameterValue, 'Mark a board change reported to the Handelsregister')
            break
        }
        'quorum;help;board;add' {
            break
        }
        'quorum;help;board;end' {
            break
        }
        'quorum;help;board;role' {
            break
        }
        'quorum;help;board;schedule' {
            break
        }
        'quorum;help;board;reports' {
            break
        }
        'quorum;help;board;reported' {
            break
        }
        'quorum;help;kascommissie' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the committee of a financial year, its report, or why none is needed')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record the committee the general meeting appointed for a financial year')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Record the committee''s report (or an accountant''s statement) on a year''s accounts')
            break
        }
        'quorum;help;kascommissie;show' {
            break
        }
        'quorum;help;kascommissie;set' {
            break
        }
        'quorum;help;kascommissie;report' {
            break
        }
        'quorum;help;todo' {
            break
        }
        'quorum;help;decisions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the register (the same as `quorum decisions` without a verb)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one decision with its grounds: the figures or the elected, the rules, the history')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record the notarial deed (in-force) or a later decision that supersedes it')
            break
        }
        'quorum;help;decisions;list' {
            break
        }
        'quorum;help;decisions;show' {
            break
        }
        'quorum;help;decisions;set' {
            break
        }
        'quorum;help;category' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a category')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the categories with their number of members')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a category''s name, vote, weight or description')
            break
        }
        'quorum;help;category;add' {
            break
        }
        'quorum;help;category;list' {
            break
        }
        'quorum;help;category;edit' {
            break
        }
        'quorum;help;roll' {
            break
        }
        'quorum;help;journal' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List journal entries, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain: detects any entry edited, deleted or inserted outside quorum')
            break
        }
        'quorum;help;journal;list' {
            break
        }
        'quorum;help;journal;verify' {
            break
        }
        'quorum;help;db' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the database path and where it comes from')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database to FILE while it is in use (SQLite online backup)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Run SQLite''s integrity and foreign-key checks')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a backup back: checked first, the current file kept aside')
            break
        }
        'quorum;help;db;path' {
            break
        }
        'quorum;help;db;backup' {
            break
        }
        'quorum;help;db;check' {
            break
        }
        'quorum;help;db;restore' {
            break
        }
        'quorum;help;rules' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the rules in force: value, default, allowed values, source and meaning of each key')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one rule: in the version in force today, or in the version from --from')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List the versions of the rules and what each one changed')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the rules in force as a commented TOML file to stdout')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read rules from a TOML file: every key is checked, and it is all or nothing')
            break
        }
        'quorum;help;rules;show' {
            break
        }
        'quorum;help;rules;set' {
            break
        }
        'quorum;help;rules;history' {
            break
        }
        'quorum;help;rules;export' {
            break
        }
        'quorum;help;rules;import' {
            break
        }
        'quorum;help;tally' {
            break
        }
        'quorum;help;completions' {
            break
        }
        'quorum;help;man' {
            break
        }
        'quorum;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
