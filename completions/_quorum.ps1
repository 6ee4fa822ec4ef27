
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new database for an association')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Keep the member registry: add, list, edit, leave, import, export, erase')
            [CompletionResult]::new('journal', 'journal', [CompletionResultType]::ParameterValue, 'Show and verify the journal of changes')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Inspect, back up and check the database file')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Show and change the statutes'' decision rules, versioned by the date they take effect')
            [CompletionResult]::new('tally', 'tally', [CompletionResultType]::ParameterValue, 'Count a ballot file by a voting method (no database needed)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;init' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The association''s name, as in its statutes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import members from a spreadsheet (CSV)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export members as CSV or JSON')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;member;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
        'quorum;member;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import members from a spreadsheet (CSV)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export members as CSV or JSON')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;member;help;import' {
            break
        }
        'quorum;member;help;export' {
            break
        }
        'quorum;member;help;help' {
            break
        }
        'quorum;journal' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only entries about this member (member number)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries on or after this date (YYYY-MM-DD or DD-MM-YYYY)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only entries about this member (member number)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries on or after this date (YYYY-MM-DD or DD-MM-YYYY)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;db;path' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
        'quorum;db;help;help' {
            break
        }
        'quorum;rules' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the rules in force as a commented TOML file to stdout')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read rules from a TOML file: every key is checked, and it is all or nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;rules;show' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Show the version in force on this date [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Change the version that takes effect on this date (a new version if none starts then)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note on the version, e.g. the deed or the meeting that decided it')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
        'quorum;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
        'quorum;man' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: the platform data directory, see `quorum db path`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and records')
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
        'quorum;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new database for an association')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Keep the member registry: add, list, edit, leave, import, export, erase')
            [CompletionResult]::new('journal', 'journal', [CompletionResultType]::ParameterValue, 'Show and verify the journal of changes')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Inspect, back up and check the database file')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Show and change the statutes'' decision rules, versioned by the date they take effect')
            [CompletionResult]::new('tally', 'tally', [CompletionResultType]::ParameterValue, 'Count a ballot file by a voting method (no database needed)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'quorum;help;init' {
            break
        }
        'quorum;help;member' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import members from a spreadsheet (CSV)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export members as CSV or JSON')
            break
        }
        'quorum;help;member;import' {
            break
        }
        'quorum;help;member;export' {
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
