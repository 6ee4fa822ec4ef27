//! The examples that end each command's `--help` and fill the EXAMPLES section of its man page.
//! Kept in one table, by command path, so that derive structs stay about parsing; a test walks
//! clap's command tree and fails for a command without examples, so a new command brings its own.

/// `(command path, example lines)`. Lines are shell commands, `#` lines say what the next does.
pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "quorum member delegate",
        "  quorum member delegate add 8 --name \"J. Jansen\" --email j.jansen@example.org\n  quorum member delegate list 8",
    ),
    (
        "quorum member delegate add",
        "  quorum member delegate add 8 --name \"J. Jansen\" --email j.jansen@example.org\n  # A mandate for one meeting\n  quorum member delegate add 8 --name \"A. de Wit\" --from 2027-03-14 --until 2027-03-14",
    ),
    (
        "quorum member delegate list",
        "  quorum member delegate list 8",
    ),
    (
        "quorum member delegate end",
        "  quorum member delegate end 8 1 --on 2027-06-30",
    ),
    (
        "quorum meeting guest",
        "  quorum meeting guest add 1 --name \"Wethouder P. de Boer\"\n  quorum meeting guest list 1",
    ),
    (
        "quorum meeting guest add",
        "  quorum meeting guest add 1 --name \"Wethouder P. de Boer\"\n  # A donateur from the registry, named from it\n  quorum meeting guest add 1 --member 212",
    ),
    (
        "quorum meeting guest list",
        "  quorum meeting guest list 1\n  quorum meeting guest list 1 --format csv",
    ),
    (
        "quorum meeting guest remove",
        "  quorum meeting guest remove 1 2",
    ),
    (
        "quorum board",
        "  quorum board\n  # The board as it sat on a date\n  quorum board --on 2026-06-01 --format json",
    ),
    (
        "quorum board add",
        "  quorum board add 12 --role voorzitter --from 2027-03-14 --decision ALV-2027-03-14/3\n  # The board as it was when the association started using quorum\n  quorum board add 31 --role secretaris --from 2024-05-20 --before-quorum",
    ),
    (
        "quorum board end",
        "  quorum board end 31 --on 2027-03-14\n  # Dismissed by the general meeting\n  quorum board end 31 --on 2027-03-14 --decision ALV-2027-03-14/5",
    ),
    (
        "quorum board role",
        "  quorum board role 7 penningmeester --on 2027-04-01",
    ),
    (
        "quorum board schedule",
        "  quorum board schedule\n  quorum board schedule --format csv",
    ),
    ("quorum board reports", "  quorum board reports --open"),
    (
        "quorum board reported",
        "  quorum board reported 2 --on 2027-03-18",
    ),
    (
        "quorum kascommissie",
        "  quorum kascommissie set 2026 --members 4 5 --decision ALV-2026-05-20/4\n  quorum kascommissie report 2026 --file kascommissie-2026.pdf --on 2027-03-01\n  quorum kascommissie show 2026",
    ),
    (
        "quorum kascommissie show",
        "  quorum kascommissie show 2026\n  quorum kascommissie show 2026 --format json",
    ),
    (
        "quorum kascommissie set",
        "  quorum kascommissie set 2026 --members 4 5 --decision ALV-2026-05-20/4\n  # Appointed before the association used quorum\n  quorum kascommissie set 2025 --members 4 9 --before-quorum",
    ),
    (
        "quorum kascommissie report",
        "  quorum kascommissie report 2026 --file kascommissie-2026.pdf --on 2027-03-01\n  # An accountant's statement instead of a committee\n  quorum kascommissie report 2026 --file verklaring.pdf --on 2027-03-01 --accountant",
    ),
    (
        "quorum todo",
        "  quorum todo\n  quorum todo --on 2027-06-01 --format csv\n  # In a cron job: exit 1 when anything is overdue\n  quorum todo --fail-on-overdue --quiet",
    ),
    (
        "quorum association",
        "  quorum association show\n  quorum association edit --lang en",
    ),
    (
        "quorum association show",
        "  quorum association show\n  quorum association show --format json",
    ),
    (
        "quorum association edit",
        "  quorum association edit --lang en\n  # Letters, agendas and results for members in Dutch again\n  quorum association edit --lang nl",
    ),
    (
        "quorum meeting",
        "  quorum meeting new --title \"Jaarvergadering\" --at 20-03-2026T19:30 --kind annual\n  quorum meeting agenda 1 add --template\n  quorum meeting convene 1 --letter oproeping.md\n  quorum meeting checkin 1 12 31 7\n  quorum meeting quorum 1",
    ),
    (
        "quorum meeting new",
        "  quorum meeting new --title \"Jaarvergadering\" --at 2026-03-20T19:30 --kind annual --location \"Buurthuis\"\n  # The second meeting after one without the quorum for a statute amendment\n  quorum meeting new --title \"Tweede vergadering\" --at 2026-04-10T19:30 --kind extraordinary --second-of 1",
    ),
    (
        "quorum meeting list",
        "  quorum meeting list\n  quorum meeting list --format csv",
    ),
    (
        "quorum meeting show",
        "  quorum meeting show 1\n  quorum meeting show 1 --format html > vergadering.html",
    ),
    (
        "quorum meeting edit",
        "  quorum meeting edit 1 --location \"Dorpshuis\"\n  quorum meeting edit 1 --at 2026-03-27T20:00\n  # The chair and the minute-taker, for the minutes\n  quorum meeting edit 1 --chair 12 --secretary 31\n  # The tellers (stemcommissie)\n  quorum meeting edit 1 --tellers 7 19",
    ),
    (
        "quorum meeting cancel",
        "  quorum meeting cancel 2 --reason \"moved to April\"",
    ),
    (
        "quorum meeting open",
        "  quorum meeting open 1\n  # Entered afterwards\n  quorum meeting open 1 --at 2026-03-20T19:35",
    ),
    (
        "quorum meeting close",
        "  quorum meeting close 1\n  quorum meeting close 1 --at 2026-03-20T22:10",
    ),
    (
        "quorum meeting agenda",
        "  quorum meeting agenda 1 add --template\n  quorum meeting agenda 1 list",
    ),
    (
        "quorum meeting agenda add",
        "  quorum meeting agenda 1 add --template\n  quorum meeting agenda 1 add \"Wijziging van de statuten\" --decides statute-amendment\n  quorum meeting agenda 1 add --proposal 3",
    ),
    (
        "quorum meeting agenda move",
        "  quorum meeting agenda 1 move 9 3\n  # (item 9 becomes item 3, the items between move down)",
    ),
    (
        "quorum meeting agenda remove",
        "  quorum meeting agenda 1 remove 4",
    ),
    (
        "quorum meeting agenda list",
        "  quorum meeting agenda 1 list\n  quorum meeting agenda 1 list --format csv",
    ),
    (
        "quorum meeting document",
        "  quorum meeting document add 1 --item 4 --title \"Jaarrekening 2026\" --where \"ter inzage bij de secretaris\"\n  quorum meeting document list 1",
    ),
    (
        "quorum meeting document add",
        "  quorum meeting document add 1 --item 4 --title \"Jaarrekening 2026\" --where \"ter inzage bij de secretaris\"\n  quorum meeting document add 1 --item 7 --title \"Begroting 2027\" --file begroting-2027.pdf\n  # After the convocation went out: recorded as late\n  quorum meeting document add 1 --item 7 --title \"Toelichting\" --where \"op de website\" --force",
    ),
    (
        "quorum meeting document list",
        "  quorum meeting document list 1\n  quorum meeting document list 1 --format csv",
    ),
    (
        "quorum meeting document supplement",
        "  quorum meeting document supplement 1 --output aanvulling.md\n  quorum meeting document supplement 1 --output aanvulling.md --on 10-03-2027 --signed \"Anna Bakker\"",
    ),
    (
        "quorum meeting document remove",
        "  quorum meeting document remove 1 2",
    ),
    (
        "quorum meeting convene",
        "  quorum meeting convene 1 --letter oproeping.md --mail-list email.csv --post-list post.csv\n  # Sent on an earlier day, entered now\n  quorum meeting convene 1 --on 01-03-2026",
    ),
    (
        "quorum meeting ics",
        "  quorum meeting ics 1 > jaarvergadering.ics",
    ),
    (
        "quorum meeting request",
        "  quorum meeting request --by 12 31 7 --on 02-03-2026\n  quorum meeting request list",
    ),
    (
        "quorum meeting request list",
        "  quorum meeting request list\n  quorum meeting request list --format json",
    ),
    (
        "quorum meeting checkin",
        "  quorum meeting checkin 1 12 31 7\n  # One number a line, e.g. from a barcode scanner\n  quorum meeting checkin 1 - < scanned.txt",
    ),
    ("quorum meeting checkout", "  quorum meeting checkout 1 31"),
    (
        "quorum meeting apologies",
        "  quorum meeting apologies 1 5 18",
    ),
    (
        "quorum meeting proxy",
        "  quorum meeting proxy 1 --from 5 --to 12 --instruction \"voor agendapunt 6\"\n  quorum meeting proxy list 1\n  quorum meeting proxy revoke 1 --from 5",
    ),
    (
        "quorum meeting proxy list",
        "  quorum meeting proxy list 1\n  quorum meeting proxy list 1 --format csv",
    ),
    (
        "quorum meeting proxy revoke",
        "  quorum meeting proxy revoke 1 --from 5",
    ),
    (
        "quorum meeting attendance",
        "  quorum meeting attendance 1\n  # The presentielijst with a signature column, for printing\n  quorum meeting attendance 1 --format html > presentielijst.html",
    ),
    (
        "quorum meeting quorum",
        "  quorum meeting quorum 1\n  quorum meeting quorum 1 --format json",
    ),
    (
        "quorum",
        "  quorum init --name \"Vereniging De Eendracht\"\n  quorum member add --given-name Jan --family-name Berg --joined 01-01-2020\n  quorum member list\n  quorum demo",
    ),
    (
        "quorum init",
        "  quorum init --name \"Vereniging De Eendracht\"\n  quorum --db eendracht.db init --name \"Vereniging De Eendracht\"",
    ),
    (
        "quorum demo",
        "  quorum demo\n  # The walk-through in Dutch\n  quorum demo --lang nl\n  # One JSON document; the minutes go to a file beside the demo database\n  quorum demo --format json",
    ),
    (
        "quorum member",
        "  quorum member list --search berg\n  quorum member show 12",
    ),
    (
        "quorum member add",
        "  quorum member add --given-name Jan --prefix \"van der\" --family-name Berg --joined 01-01-2020\n  quorum member add --given-name Anna --family-name Visser --email anna@example.org --category supporter\n  quorum member add --given-name Jan --family-name Berg --email jan2@example.org --allow-duplicate",
    ),
    (
        "quorum member list",
        "  quorum member list\n  quorum member list --status all --sort number\n  quorum member list --on 31-12-2025 --category regular --format csv > leden.csv\n  quorum member list --search Jansen",
    ),
    (
        "quorum member show",
        "  quorum member show 12\n  quorum member show 12 --format json",
    ),
    (
        "quorum member edit",
        "  quorum member edit 12 --city Amersfoort --postcode \"3811 AB\"\n  # An empty value clears the field\n  quorum member edit 12 --phone \"\"",
    ),
    (
        "quorum member leave",
        "  quorum member leave 12 --on 31-12-2025 --reason \"moved abroad\"",
    ),
    (
        "quorum member rejoin",
        "  quorum member rejoin 12 --on 01-01-2027",
    ),
    (
        "quorum member suspend",
        "  quorum member suspend 12 --reason \"contribution 2025 unpaid\" --from 01-01-2026",
    ),
    (
        "quorum member unsuspend",
        "  quorum member unsuspend 12 --on 15-02-2026",
    ),
    (
        "quorum member data",
        "  quorum member data 12\n  quorum member data 12 --format json > data-12.json\n  quorum member data 12 --output data-12.json",
    ),
    (
        "quorum member erase",
        "  quorum member erase 12\n  quorum member erase 12 --yes",
    ),
    (
        "quorum member jubilees",
        "  quorum member jubilees --year 2027\n  quorum member jubilees --year 2027 --years 12.5,25,40,50 --format csv",
    ),
    (
        "quorum member birthdays",
        "  quorum member birthdays --month 5\n  quorum member birthdays --month 12 --year 2026 --format csv",
    ),
    (
        "quorum member delete",
        "  quorum member delete 12\n  quorum member delete 12 --yes --format json",
    ),
    (
        "quorum member arrears",
        "  quorum member arrears 12 --from 01-04-2026\n  quorum member arrears 12 --clear --on 20-05-2026",
    ),
    (
        "quorum roll",
        "  quorum roll --on 15-06-2026\n  quorum roll --on 15-06-2026 --format csv > presentielijst.csv",
    ),
    (
        "quorum member import",
        "  quorum member import ledenlijst.csv --dry-run\n  quorum member import ledenlijst.csv\n  quorum member import sportlink.csv --joined unknown",
    ),
    (
        "quorum member export",
        "  quorum member export > leden.csv\n  quorum member export --on 31-12-2025 --columns number,given_name,family_name,city",
    ),
    ("quorum category", "  quorum category list"),
    (
        "quorum category add",
        "  quorum category add club --weight 3 --description \"Member club of the federation\"",
    ),
    (
        "quorum category list",
        "  quorum category list\n  quorum category list --format json",
    ),
    (
        "quorum category edit",
        "  quorum category edit observer --name guest --description \"Attends, does not vote\"",
    ),
    (
        "quorum journal",
        "  quorum journal list\n  quorum journal verify",
    ),
    (
        "quorum journal list",
        "  quorum journal list\n  quorum journal list --values --format csv",
    ),
    ("quorum journal verify", "  quorum journal verify"),
    (
        "quorum db",
        "  quorum db path\n  quorum db backup backup.db",
    ),
    ("quorum db path", "  quorum db path"),
    (
        "quorum db backup",
        "  quorum db backup backup-2026-01-01.db",
    ),
    ("quorum db check", "  quorum db check"),
    (
        "quorum db restore",
        "  quorum db restore backup-2026-01-01.db\n  # In a script: confirmed beforehand\n  quorum db restore backup-2026-01-01.db --yes",
    ),
    (
        "quorum rules",
        "  quorum rules show\n  quorum rules history",
    ),
    (
        "quorum rules show",
        "  quorum rules show\n  quorum rules show quorum_ordinary --format json",
    ),
    (
        "quorum rules set",
        "  quorum rules set member_request_threshold 1/20",
    ),
    (
        "quorum rules history",
        "  quorum rules history --format csv",
    ),
    ("quorum rules export", "  quorum rules export > rules.toml"),
    (
        "quorum rules import",
        "  quorum rules import rules.toml --from 01-09-2026",
    ),
    (
        "quorum proposal",
        "  quorum proposal new --title \"Budget 2027\" --kind budget --by-board --meeting 1\n  quorum proposal list --meeting 1",
    ),
    (
        "quorum proposal new",
        "  quorum proposal new --title \"Budget 2027\" --kind budget --by-board --meeting 1 --text-file begroting.md\n  # A members' proposal: member 12 brings it, 14 and 31 co-sign\n  quorum proposal new --title \"Statute amendment: article 12\" --kind statutes --by 12 14 31 --text-file art12.txt",
    ),
    (
        "quorum proposal list",
        "  quorum proposal list\n  quorum proposal list --meeting 1 --format csv",
    ),
    (
        "quorum proposal show",
        "  quorum proposal show 2\n  quorum proposal show 2 --format json",
    ),
    (
        "quorum proposal edit",
        "  quorum proposal edit 2 --text-file art12-v2.txt\n  # The day the verbatim text lies open for inspection (BW 2:42)\n  quorum proposal edit 2 --text-open-from 09-03-2027",
    ),
    (
        "quorum proposal amend",
        "  quorum proposal amend 1 --title \"€500 more for the youth team\" --by 14\n  quorum proposal amend 2 --title \"Two thirds, not three quarters\" --text \"…\" --by-board",
    ),
    (
        "quorum proposal exclude",
        "  quorum proposal exclude 3 12 --reason \"the decision is about their own contract\"\n  # Where the statutes provide no exclusion: recorded, and the decision is voidable\n  quorum proposal exclude 3 12 --reason \"their own contract\" --force",
    ),
    ("quorum proposal withdraw", "  quorum proposal withdraw 3"),
    (
        "quorum vote",
        "  quorum vote open 1 --method hands\n  quorum vote count 1 --for 40 --against 30 --blank 10 --invalid 5\n  quorum vote close 1 --declare adopted",
    ),
    (
        "quorum vote open",
        "  quorum vote open 1 --method hands\n  quorum vote open 2 --method roll-call\n  # A statute amendment whose inspection period was missed: recorded as voidable\n  quorum vote open 3 --method ballot --force",
    ),
    (
        "quorum vote count",
        "  quorum vote count 1 --for 40 --against 30 --blank 10 --invalid 5",
    ),
    (
        "quorum vote cast",
        "  quorum vote cast 2 12 for\n  # Member 12 also casts for the proxies they hold\n  quorum vote cast 2 12 against --with-proxies\n  quorum vote cast 2 12 for --for-member 31\n  # A club with 5 votes divides them\n  quorum vote cast 2 7 for --split for=3,against=2\n  # A secret ballot: the code from the ballot paper and the choice\n  quorum vote cast 3 --code K7QM-3XRT-9PWC against",
    ),
    (
        "quorum vote close",
        "  quorum vote close 1 --declare adopted\n  quorum vote close 2 --format json",
    ),
    (
        "quorum vote challenge",
        "  quorum vote challenge 1 --by 12\n  # After a roll call or a ballot the majority of the meeting must ask\n  quorum vote challenge 2 --by 3 7 12 --method ballot",
    ),
    (
        "quorum vote convert",
        "  quorum vote convert 1 --method ballot --requested-by 1",
    ),
    (
        "quorum vote codes",
        "  quorum vote codes 3 --output codes.csv --html stembiljetten.html\n  # Each ballot paper is entered with its code; no journal entry per ballot\n  quorum vote cast 3 --code K7QM-3XRT-9PWC for",
    ),
    (
        "quorum decisions",
        "  quorum decisions\n  quorum decisions --status awaiting-deed\n  quorum decisions --from 01-01-2027 --search begroting --format csv > besluiten.csv\n  quorum decisions --meeting 1 --format json",
    ),
    (
        "quorum decisions list",
        "  quorum decisions list\n  quorum decisions list --status in-force --format csv > besluiten.csv",
    ),
    (
        "quorum decisions show",
        "  quorum decisions show ALV-2027-03-14/4\n  quorum decisions show 7 --format json",
    ),
    (
        "quorum decisions set",
        "  quorum decisions set ALV-2027-03-14/4 --status in-force --on 02-05-2027 --note \"akte notaris De Vries\"\n  # A later decision replaced it\n  quorum decisions set ALV-2026-03-20/2 --status superseded --on 2027-03-14 --by ALV-2027-03-14/3",
    ),
    (
        "quorum vote show",
        "  quorum vote show 1\n  quorum vote show 2 --format json",
    ),
    (
        "quorum vote list",
        "  quorum vote list\n  quorum vote list --meeting 1 --format json",
    ),
    (
        "quorum vote export",
        "  quorum vote export --meeting 1 --format csv > stemmingen.csv\n  quorum vote export --format json",
    ),
    (
        "quorum minutes",
        "  quorum minutes note 1 --item 3 \"De penningmeester licht de jaarrekening toe.\"\n  quorum minutes draft 1 --output notulen.md\n  quorum minutes approve 1 --at 2\n  quorum minutes verify 1",
    ),
    (
        "quorum minutes note",
        "  quorum minutes note 1 --item 3 \"Op een vraag van mevrouw De Vries antwoordt hij dat de contributie gelijk blijft.\"\n  # Longer notes in your editor, or from a file\n  quorum minutes note 1 --item 4 --edit\n  quorum minutes note 1 --item 5 - < punt5.md",
    ),
    (
        "quorum minutes note edit",
        "  quorum minutes notes 1\n  quorum minutes note edit 1 2 \"De secretaris licht het jaarverslag toe.\"",
    ),
    (
        "quorum minutes note remove",
        "  quorum minutes notes 1\n  quorum minutes note remove 1 4",
    ),
    (
        "quorum minutes notes",
        "  quorum minutes notes 1\n  quorum minutes notes 1 --format json",
    ),
    (
        "quorum minutes action",
        "  quorum minutes action 1 --item 6 --who \"het bestuur\" --what \"een nieuwe kascommissie zoeken\" --due 01-06-2027",
    ),
    (
        "quorum minutes draft",
        "  quorum minutes draft 1 --output notulen.md\n  # Printable, with the names of those present\n  quorum minutes draft 1 --format html --names --output notulen.html\n  quorum minutes draft 1 --lang en\n  # Freeze the text sent to members; approval seals exactly this text\n  quorum minutes draft 1 --circulate --output notulen-concept.md\n  # With the rules applied by key and the journal anchor, for whoever checks\n  quorum minutes draft 1 --appendix",
    ),
    (
        "quorum minutes approve",
        "  quorum minutes approve 1 --at 2\n  # Approved by vote 7 of meeting 2 (without --vote: by acclamation)\n  quorum minutes approve 1 --at 2 --vote 7",
    ),
    (
        "quorum minutes show",
        "  quorum minutes show 1 --approved\n  quorum minutes show 1 --approved --format html --output notulen.html\n  # The version circulated for approval, exactly as sent\n  quorum minutes show 1 --circulated",
    ),
    (
        "quorum minutes verify",
        "  quorum minutes verify 1\n  quorum minutes verify 1 --format json",
    ),
    (
        "quorum actions",
        "  quorum actions --open\n  quorum actions --meeting 1 --format csv\n  quorum actions done 3",
    ),
    (
        "quorum actions list",
        "  quorum actions list --open\n  quorum actions list --meeting 1 --format json",
    ),
    (
        "quorum actions done",
        "  quorum actions done 3\n  quorum actions done 3 --on 15-04-2027",
    ),
    (
        "quorum resolution",
        "  quorum resolution new 4 --board-informed 02-03-2026\n  quorum resolution sign 1 1 2 3 5 8\n  quorum resolution show 1",
    ),
    (
        "quorum resolution new",
        "  quorum resolution new 4 --board-informed 02-03-2026\n  # Who must agree is judged on the roll of 5 March, not of today\n  quorum resolution new 4 --board-informed 02-03-2026 --on 05-03-2026",
    ),
    (
        "quorum resolution sign",
        "  quorum resolution sign 1 1 2 3 5 8 --on 06-03-2026\n  # One member against: the resolution can no longer be adopted\n  quorum resolution sign 1 12 --against",
    ),
    (
        "quorum resolution close",
        "  quorum resolution close 1\n  quorum resolution close 1 --format json",
    ),
    (
        "quorum resolution show",
        "  quorum resolution show 1\n  quorum resolution show 1 --format json",
    ),
    (
        "quorum resolution list",
        "  quorum resolution list\n  quorum resolution list --format csv",
    ),
    (
        "quorum election",
        "  quorum election new --meeting 1 --title \"Bestuur 2027\"\n  quorum election candidate 1 add --member 12 --nominated-by board\n  quorum election ballot 1 --file ronde1.csv\n  quorum election count 1",
    ),
    (
        "quorum election new",
        "  quorum election new --meeting 1 --title \"Bestuur 2027\"\n  quorum election new --meeting 1 --title \"Ledenraad\" --seats 3 --method stv-scottish\n  # Lots drawn from a seed chosen in the meeting\n  quorum election new --meeting 1 --title Voorzitter --seed 2027\n  # A board seat: the elected member's term shows in `member show`\n  quorum election new --meeting 1 --title Penningmeester --board\n  # Two seats by majority-runoff: seat by seat, each with its own rounds\n  quorum election new --meeting 1 --title Bestuur --seats 2",
    ),
    (
        "quorum election list",
        "  quorum election list\n  quorum election list --meeting 1 --format json",
    ),
    (
        "quorum election show",
        "  quorum election show 1\n  quorum election show 1 --format json",
    ),
    (
        "quorum election candidate",
        "  quorum election candidate 1 add --member 12 --nominated-by board\n  quorum election candidate 1 add --name \"Piet de Vries\"\n  quorum election candidate 1 withdraw 2\n  quorum election candidate 1 list",
    ),
    (
        "quorum election candidate add",
        "  quorum election candidate 1 add --member 12 --nominated-by board\n  quorum election candidate 1 add --name \"Piet de Vries\" --nominated-by members",
    ),
    (
        "quorum election candidate withdraw",
        "  quorum election candidate 1 withdraw 2",
    ),
    (
        "quorum election candidate list",
        "  quorum election candidate 1 list\n  quorum election candidate 1 list --format json",
    ),
    (
        "quorum election binding",
        "  quorum election binding 1 --for 50 --against 30\n  # 50 of 80 votes cast for removal is under 2/3: the board's nomination stays binding",
    ),
    (
        "quorum election ballot",
        "  quorum election ballot 1 \"Anna Aalbers\"\n  quorum election ballot 2 --rank \"Ada,Ben,Cas\"\n  quorum election ballot 1 --blank\n  quorum election ballot 1 --invalid signed\n  # The papers of a round, one a row, typed in by the tellers\n  quorum election ballot 1 --file ronde1.csv",
    ),
    (
        "quorum election codes",
        "  quorum election codes 1 --output codes.csv --html stembiljetten.html\n  # The runoff is a new ballot: new codes for round 2\n  quorum election round 1\n  quorum election codes 1 --output codes-ronde2.csv",
    ),
    (
        "quorum election cast",
        "  quorum election cast 1 --code K7QM-3XRT-9PWC --choice \"Anna Aalbers\"\n  quorum election cast 2 --code K7QM-3XRT-9PWC --rank \"Ada,Ben,Cas\"\n  quorum election cast 3 --code K7QM-3XRT-9PWC --approve \"Ada,Cas\"\n  quorum election cast 1 --code K7QM-3XRT-9PWC --blank",
    ),
    (
        "quorum election count",
        "  quorum election count 1\n  # Years later: the same figures from the stored papers and seed\n  quorum election count 1 --recount",
    ),
    ("quorum election round", "  quorum election round 1"),
    (
        "quorum election export",
        "  quorum election export 1 --format csv > stemronden.csv\n  quorum election export 2 --blt raad.blt\n  quorum tally raad.blt --method stv-scottish",
    ),
    (
        "quorum tally",
        "  quorum tally ballots.csv --method plurality\n  quorum tally election.blt --method stv-scottish --format json",
    ),
    (
        "quorum completions",
        "  quorum completions bash > ~/.local/share/bash-completion/completions/quorum\n  quorum completions zsh > ~/.zfunc/_quorum\n  quorum completions fish > ~/.config/fish/completions/quorum.fish",
    ),
    (
        "quorum man",
        "  quorum man | man -l -\n  quorum man --dir ~/.local/share/man/man1",
    ),
];

/// The examples of the command at `path` ("quorum member add"), if it has any.
pub fn for_path(path: &str) -> Option<&'static str> {
    EXAMPLES.iter().find(|(p, _)| *p == path).map(|(_, e)| *e)
}

/// Puts each command's examples at the end of its `--help`, after what it says already.
pub fn attach(cmd: clap::Command) -> clap::Command {
    attach_at(cmd, "")
}

fn attach_at(cmd: clap::Command, parent: &str) -> clap::Command {
    let path = if parent.is_empty() {
        cmd.get_name().to_string()
    } else {
        format!("{parent} {}", cmd.get_name())
    };
    let mut cmd = match for_path(&path) {
        Some(examples) => {
            let with = |h: Option<&clap::builder::StyledStr>| {
                let before = h.map(|h| format!("{h}\n\n")).unwrap_or_default();
                format!("{before}Examples:\n{examples}")
            };
            let long = cmd.get_after_long_help().map(|h| with(Some(h)));
            let short = with(cmd.get_after_help());
            let cmd = cmd.after_help(short);
            match long {
                Some(long) => cmd.after_long_help(long),
                None => cmd,
            }
        }
        None => cmd,
    };
    let path_for_subs = path.clone();
    cmd = cmd.mut_subcommands(move |sub| attach_at(sub, &path_for_subs));
    cmd
}
