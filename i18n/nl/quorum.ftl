# De woorden van quorum in de terminal, in het Nederlands. Dezelfde sleutels als
# i18n/en/quorum.ftl. De hulp per opdracht staat in i18n/nl/help.ftl, de kolomkoppen in
# i18n/nl/columns.ftl.

## --help

help-heading-usage = Gebruik:
help-heading-options = Opties
help-heading-arguments = Argumenten
help-heading-commands = Opdrachten
help-heading-global = Algemene opties
help-examples = Voorbeelden:

## Tabellen

record-field = veld
record-value = waarde
rows-left-out = { $count ->
    [one] 1 kolom weggelaten
   *[other] { $count } kolommen weggelaten
}: { $columns } (alle kolommen: --format csv of json)

## Fouten

report-error = fout
report-caused-by = oorzaak
report-help = hulp
report-warning = waarschuwing

## Hulp na een weigering van de database (src/cli/hints.rs)

hint-file-exists = quorum init maakt een nieuwe database; kies een andere --db, of gebruik de bestaande
hint-no-folder = maak eerst de map aan, of kies een andere --db
hint-no-database = maak er een met `quorum init --name "…"`, of wijs met --db / QUORUM_DB naar de uwe
hint-not-quorum = controleer --db / QUORUM_DB; `quorum init` maakt een nieuwe database
hint-read-only-with-wal = kopieer de database met het -wal-bestand naar een schijf waarop u kunt schrijven en open hem daar één keer
hint-newer = installeer de nieuwere quorum; deze versie laat het bestand ongemoeid
hint-incomplete = het bestand is gemaakt of gewijzigd door een andere versie; zet een reservekopie terug, of vraag hulp voordat u het wijzigt (quorum heeft het niet aangeraakt)
hint-read-only-filesystem = kopieer het naar een schijf waarop u kunt schrijven om het te wijzigen (lezen, opvragen en exporteren kan hier wel)
hint-read-only-file = maak het schrijfbaar voor de eigenaar (chmod u+w), of werk met een kopie
hint-clock-backwards = controleer de datum en tijd van de computer (en QUORUM_NOW) en geef de opdracht opnieuw
hint-bad-stored-rules = misschien heeft een nieuwere quorum ze geschreven; zet anders een reservekopie terug
hint-no-rules-on = leg de statuten vast die toen golden, met `quorum rules set SLEUTEL WAARDE --from { $date }` of `quorum rules import BESTAND --from { $date }`
hint-backup-unreadable = kies een reservekopie gemaakt met `quorum db backup`
hint-backup-broken = kies een eerdere reservekopie
hint-no-backup = geef het bestand dat `quorum db backup` schreef
hint-backup-with-wal = open hem eerst één keer met quorum (`quorum --db BESTAND db check`) en zet hem dan terug

## Het databasebestand (src/store)

store-file-exists = er staat al een bestand op { $path }
store-no-folder = de map { $folder } bestaat niet
store-no-database = geen database op { $path }
store-not-sqlite = { $path } is geen database van quorum (geen SQLite-bestand)
store-read-only-with-wal = { $path } staat op een alleen-lezen schijf, met wijzigingen nog in het -wal-bestand
store-not-quorum = { $path } is een SQLite-bestand, maar geen database van quorum
store-newer = { $path } is geschreven door een nieuwere quorum (schema { $version }; deze quorum kent tot en met { $latest })
store-incomplete = { $path } zegt schema { $version }, maar mist wat bij dat schema hoort: { $missing }
store-read-only-filesystem = de database { $path } staat op een alleen-lezen schijf
store-read-only-file = de database { $path } is alleen-lezen

## init, db

init-created = ledenregister van { $name } aangemaakt in { $db }
init-empty-name = --name mag niet leeg zijn
db-backed-up = reservekopie van { $db } gemaakt in { $file }
db-restore-upgraded = De reservekopie had schema { $version }; de teruggezette database is bijgewerkt (de reservekopie zelf niet).
db-restored = database { $db } teruggezet uit { $file }: { $entries ->
    [one] 1 journaalregel
   *[other] { $entries } journaalregels
} gecontroleerd{ $kept ->
    [none] {""}
   *[other] ; het bestand van daarvoor staat nog als { $kept }
}
db-checked = database { $path } gecontroleerd: samenhang en verwijzingen zijn in orde

## member leave, rejoin, suspend, unsuspend

member-leave-withdrawn = uitschrijving van lid { $number } per { $left } ingetrokken; nog steeds lid
member-resigned = lid { $number } heeft opgezegd op { $notice }; laatste dag als lid { $last } (resignation_notice_weeks, resignation_effective_at)
member-left = lid { $number } uitgeschreven; laatste dag als lid { $date }
member-rejoined-unbroken = lid { $number } is weer lid, de dag na het vertrek: het lidmaatschap loopt zonder onderbreking door
member-rejoined = lid { $number } is weer lid vanaf { $date }
member-suspended-appeal = lid { $number } geschorst van { $from } tot en met { $until }, het einde van de beroepstermijn (expulsion_appeal_months, BW 2:35)
member-suspended = lid { $number } geschorst vanaf { $from } { $until ->
    [none] tot de schorsing wordt opgeheven
   *[other] tot en met { $until }
}
member-suspension-lifted = schorsing van lid { $number } opgeheven vanaf { $date }

## meeting convene, checkin, proxy

notice-too-short = oproepingstermijn te kort: een oproeping verstuurd op { $sent } geeft { $given ->
    [one] 1 dag
   *[other] { $given } dagen
} voor de vergadering op { $meeting }, en { $key } = { $required } (geteld zoals notice_day_counting zegt); de laatste dag om rechtsgeldig te versturen was { $last }
notice-too-short-hint = kies een latere vergaderdatum (`quorum meeting edit M --at …`), of leg de afwijking vast met --force
meeting-convened-again = Vergadering { $meeting } is al bijeengeroepen op { $sent }; de stukken worden opnieuw geschreven.
meeting-convened-forced = { $shortfall }; toch bijeengeroepen (--force), en de afwijking staat in het journaal
meeting-convened = vergadering { $meeting } bijeengeroepen op { $sent }: oproepingstermijn { $given ->
    [one] 1 dag
   *[other] { $given } dagen
} ({ $key } = { $required })
checkin-scans = { $done } van { $total ->
    [one] 1 scan
   *[other] { $total } scans
} aangemeld bij vergadering { $meeting }
checkin-numbers = { $done } van { $total ->
    [one] 1 lid
   *[other] { $total } leden
} aangemeld bij vergadering { $meeting }
checkin-delegate = lid { $number } aangemeld bij vergadering { $meeting }, via { $name }
checkin-dash-alone = `-` leest de nummers van stdin; geef het zonder andere nummers
checkin-dash-alone-hint = quorum meeting checkin M -   (of de nummers, zonder -)
checkin-delegate-one = --delegate meldt één lid aan: geef één nummer
proxy-revoked = volmacht van lid { $giver } aan lid { $holder } ingetrokken
proxy-recorded = volmacht van lid { $giver } aan lid { $holder } voor vergadering { $meeting } vastgelegd

## vote cast, close

vote-cast = lid { $number } stemt { $how ->
        [for] voor
        [against] tegen
        [blank] blanco
        [abstain] onthouding
       *[other] { $how }
    } in { $named }
vote-cast-changed = lid { $number } stemt nu { $how ->
        [for] voor
        [against] tegen
        [blank] blanco
        [abstain] onthouding
       *[other] { $how }
    } in { $named } (gewijzigd)
vote-ballot-cast = stembiljet uitgebracht in stemming { $vote }
vote-closed = { $named } gesloten: { $computed ->
    [adopted] aangenomen
    [rejected] verworpen
    [no_quorum] geen quorum
    [postponed] aangehouden
   *[other] { $computed }
}
vote-closed-declared = { $named } gesloten: berekend { $computed ->
    [adopted] aangenomen
    [rejected] verworpen
    [no_quorum] geen quorum
    [postponed] aangehouden
   *[other] { $computed }
}, vastgesteld { $declared ->
    [adopted] aangenomen
    [rejected] verworpen
   *[other] { $declared }
}
vote-declaration-differs = de uitspraak van de voorzitter ({ $declared }) wijkt af van de berekende uitslag; beide zijn vastgelegd

## journal verify

journal-verified = het journaal is ongeschonden: { $entries ->
    [one] 1 regel
   *[other] { $entries } regels
}, nieuwste hash { $head }
journal-anchor-found = de genoteerde hash is regel { $seq } van het journaal ({ $after ->
    [one] 1 regel
   *[other] { $after } regels
} daarna)
journal-registry-compared = het register klopt met wat het journaal het laatst vastlegde: { $members ->
    [one] 1 lid
   *[other] { $members } leden
}, { $categories ->
    [one] 1 categorie
   *[other] { $categories } categorieën
} en { $rules ->
    [one] 1 versie van de regels
   *[other] { $rules } versies van de regels
}

## Keuzewoorden

vote-method-unknown = '{ $given }' is geen stemwijze; kies hand, hoofdelijk of schriftelijk

## voorstellen

proposal-added = voorstel { $proposal } ({ $kind }) ingediend
proposal-added-on-agenda = voorstel { $proposal } ({ $kind }) ingediend, als agendapunt { $item } van vergadering { $meeting }
proposal-amendment-added = voorstel { $proposal } ingediend, een amendement op voorstel { $of }
proposal-changed = voorstel { $proposal } gewijzigd
proposal-excluded = lid { $number } uitgesloten van de stemming over voorstel { $proposal }
proposal-excluded-already = lid { $number } was al uitgesloten van de stemming over voorstel { $proposal }
proposal-withdrawn = voorstel { $proposal } ingetrokken
proposal-amendment-withdrawn = voorstel { $proposal } ingetrokken, een amendement erop

## vote challenge, convert

vote-superseded = stemming { $vote } vervangen door stemming { $by }, die nu open is
vote-converted = stemming { $vote } wordt nu { $method ->
    [hands] bij handopsteken
    [roll_call] hoofdelijk
    [ballot] schriftelijk
   *[other] als { $method }
} gehouden

## meeting agenda, guest, request

agenda-item-after-convocation = de oproeping is al verstuurd: het punt wordt gemarkeerd als "niet in de oproeping", en een besluit erover is vernietigbaar (BW 2:15; agenda_items_only)
agenda-items-added = { $count ->
    [one] 1 agendapunt
   *[other] { $count } agendapunten
} toegevoegd aan vergadering { $meeting }
agenda-item-moved = punt { $from } van vergadering { $meeting } verplaatst naar { $to }
agenda-item-removed = punt { $item } van vergadering { $meeting } geschrapt
guest-added = gast { $guest } toegevoegd bij vergadering { $meeting }: { $name } (telt niet mee)
guest-removed = gast { $guest } verwijderd van vergadering { $meeting }
request-recorded = verzoek van leden { $request } vastgelegd: { $text }
request-board-must-convene = Het bestuur moet een vergadering bijeenroepen die uiterlijk { $held_by } wordt gehouden (BW 2:41: binnen 4 weken). Heeft het op { $acts_by } nog niets gedaan (14 dagen), dan mogen de verzoekers haar zelf bijeenroepen.

## category, association, member delete, arrears

category-added = categorie { $name } toegevoegd ({ $votes ->
    [one] 1 stem
   *[other] { $votes } stemmen
} per lid)
category-added-no-vote = categorie { $name } toegevoegd (geen stem)
category-changed = categorie { $name } gewijzigd
category-unchanged = Categorie { $name } heeft deze instellingen al; er is niets gewijzigd.
association-lang-changed = taal van de stukken voor de leden gewijzigd in { $lang }
association-lang-unchanged = De taal is al { $lang }.
member-deleted-wal-in-use = een ander programma heeft de database open, dus oude kopieën van het gewiste lid kunnen in het -wal-bestand blijven tot dat programma hem sluit
member-deleted = lid { $number } ({ $name }) verwijderd; het nummer is weer vrij
member-arrears = achterstand van lid { $number } vastgelegd, sinds { $since }
member-arrears-cleared = lid { $number } heeft de achterstand van { $since } bijbetaald per { $date }

## volmachten (src/domain/meeting/proxy.rs)

rule-refuses = { $what } (regel { $key }; zie `quorum rules show { $key }`)
proxy-not-allowed = de statuten staan geen volmacht toe: proxy_allowed = false
proxy-wrong-form = een volmacht op { $form ->
    [paper] papier
    [electronic] elektronische wijze
   *[other] { $form }
} telt niet: proxy_form = { $allowed }
proxy-own = { $number }: een lid kan geen volmacht aan zichzelf geven (BW 2:38 lid 4: aan een ander lid met stemrecht)
proxy-giver-no-vote = lid { $number } heeft geen stem om te geven: { $why }
proxy-given-already = lid { $number } heeft al een volmacht gegeven aan lid { $to }; trek die eerst in met `quorum meeting proxy revoke M --from { $number }`
proxy-giver-present = lid { $number } is aanwezig en stemt zelf; een volmacht is voor een lid dat afwezig is
proxy-holder-no-vote = lid { $number } kan geen volmacht houden: { $why }
proxy-chain-giver = geen ketens: lid { $number } houdt { $holds ->
    [one] 1 volmacht
   *[other] { $holds } volmachten
} en kan dus zelf geen volmacht geven; de gehouden volmachten zouden worden doorgegeven
proxy-chain-holder = geen ketens: lid { $number } heeft de eigen volmacht gegeven aan lid { $to } en kan dus geen volmacht houden
proxy-holder-full = lid { $number } houdt al { $holds ->
    [one] 1 volmacht
   *[other] { $holds } volmachten
}: max_proxies_per_holder = { $max }
no-vote = geen stem

vote-on-proposal = stemming { $vote } over voorstel { $proposal } ‘{ $title }’
vote-opened = { $named } geopend ({ $method ->
    [hands] bij handopsteken
    [roll_call] hoofdelijk
    [ballot] schriftelijk
   *[other] { $method }
})
vote-counted = { $named } geteld: { $for } voor, { $against } tegen, { $blank } blanco, { $invalid } ongeldig, { $abstain ->
    [one] 1 onthouding
   *[other] { $abstain } onthoudingen
}

## gebruiksfouten

cast-which-vote = geef het nummer van de stemming, of --proposal P
cast-not-a-vote-number = '{ $given }' is geen nummer van een stemming
cast-not-a-vote-number-hint = schrijf `quorum vote cast V N KEUZE`, of `--proposal P N KEUZE`
cast-code-only-choice = geef bij --code alleen de keuze: `quorum vote cast V --code CODE for|against|blank|abstain`
cast-member-and-choice = geef het lid en de keuze: `quorum vote cast V N for|against|abstain|blank`
not-a-member-number = '{ $given }' is geen lidnummer
not-a-member-number-on-line = '{ $given }' is geen lidnummer (stdin regel { $line })
cast-not-a-member-number-hint = schrijf `quorum vote cast V N KEUZE`, of `--code CODE KEUZE` bij een geheime stemming
no-member-numbers = geen lidnummers gegeven
no-member-numbers-hint = geef nummers, of - om ze van stdin te lezen
nothing-to-change = er is niets te wijzigen
proposal-edit-nothing-hint = geef --title, --text, --text-file, --kind of --text-open-from
confirm-not-a-terminal = { $question } vraagt om bevestiging, en stdin is geen terminal
confirm-not-a-terminal-hint = voeg --yes toe om te bevestigen
confirm-cancelled = afgebroken; er is niets gewijzigd

## regels

rules-in-force = De regels die gelden op { $on } (de versie vanaf { $from }).
rules-version-started = nieuwe versie van de regels vanaf { $from } begonnen (een kopie van die vanaf { $copied })
rules-value-changed = regel { $key } gewijzigd: { $old } → { $new } (regels vanaf { $from })
rules-note-changed = nieuwe toelichting bij de regels vanaf { $from } vastgelegd
rules-unchanged = niets gewijzigd: de regels vanaf { $from } hebben deze waarden al
rules-later-keep-theirs = de regels vanaf { $later } houden hun eigen waarden; wijzig die ook als dit moet doorlopen

## msgcli

flag-invalid = { $flag }: { $why }
meeting-planned = vergadering { $meeting } gepland op { $at }
meeting-agenda-heading = Agenda:
meeting-changed = vergadering { $meeting } gewijzigd
meeting-cancelled = vergadering { $meeting } afgelast
meeting-open-undo-at = --at hoort bij een opening, niet bij --undo
meeting-open-undone = opening van vergadering { $meeting } teruggedraaid; die is weer { $state ->
    [planned] gepland
    [convened] bijeengeroepen
    [open] geopend
    [closed] gesloten
    [cancelled] afgelast
   *[other] { $state }
}
meeting-opened-forced = geopend met --force: { $why }; besluiten van deze vergadering zijn vernietigbaar (BW 2:15)
meeting-opened = vergadering { $meeting } geopend op { $at }; { $roll ->
    [one] 1 lid
   *[other] { $roll } leden
} op de presentielijst, die nu vastligt
meeting-closed = vergadering { $meeting } gesloten op { $at }
convene-wrote-letters = { $count ->
    [one] 1 brief aan het lid dat
   *[other] { $count } brieven aan de leden die
} per post wordt opgeroepen geschreven naar { $path }
convene-unaddressed = { $count ->
    [one] 1 lid dat per post moet worden opgeroepen heeft
   *[other] { $count } leden die per post moeten worden opgeroepen hebben
} geen postadres en geen brief in { $path }: { $who }; vul straat en plaats aan (`quorum member edit N --street … --postcode … --city …`) of leg hun toestemming voor e-mail vast
convene-wrote-letter = oproepingsbrief geschreven naar { $path }
convene-wrote-mail-list = lijst van { $count ->
    [one] 1 lid dat met e-mail instemde
   *[other] { $count } leden die met e-mail instemden
} geschreven naar { $path }
convene-wrote-post-list = lijst van { $count ->
    [one] 1 lid dat per post wordt opgeroepen
   *[other] { $count } leden die per post worden opgeroepen
} geschreven naar { $path }
convene-by-post-listed = { $count ->
    [one] 1 lid heeft niet ingestemd met oproeping per e-mail (BW 2:41 lid 5) en wordt
   *[other] { $count } leden hebben niet ingestemd met oproeping per e-mail (BW 2:41 lid 5) en worden
} per post opgeroepen: zij staan in { $path }
convene-by-post = { $count ->
    [one] 1 lid heeft niet ingestemd met oproeping per e-mail (BW 2:41 lid 5) en wordt
   *[other] { $count } leden hebben niet ingestemd met oproeping per e-mail (BW 2:41 lid 5) en worden
} per post opgeroepen (`--post-list FILE` schrijft hun adressen)
checkin-some-refused = { $refused } van { $total ->
    [one] 1 lid
   *[other] { $total } leden
} geweigerd (de redenen staan erbij); de anderen zijn vastgelegd
scan-present = Lid { $number }: aanwezig ({ $votes ->
    [one] 1 stem
   *[other] { $votes } stemmen
})
scan-present-noted = Lid { $number }: aanwezig ({ $votes ->
    [one] 1 stem
   *[other] { $votes } stemmen
}; { $note })
scan-refused = Lid { $number }: geweigerd ({ $reason })
scan-unreadable = Regel { $line }: '{ $text }' is geen lidnummer; niets vastgelegd
codes-output-dash = --output - zou de codes mengen met het csv- of json-resultaat op stdout
codes-output-dash-hint = schrijf de codes naar een bestand: --output codes.csv
codes-issued = { $codes ->
    [one] 1 stemcode
   *[other] { $codes } stemcodes
} uitgereikt voor stemming { $vote } aan { $voters ->
    [one] 1 aanwezige stemgerechtigde
   *[other] { $voters } aanwezige stemgerechtigden
} ({ $files })
member-data-wrote = alles wat over lid { $number } is vastgelegd geschreven naar { $path } (alleen door u te lezen)
erase-already = de persoonsgegevens van lid { $number } zijn al gewist
erase-already-hint = `quorum member show { $number }` toont het anonieme gegeven dat bewaard blijft
erase-still-member = lid { $number } is { $status ->
    [active] actief lid
    [suspended] geschorst
    [former] oud-lid
    [future] pas later lid
   *[other] { $status }
} en heeft het lidmaatschap niet beëindigd; alleen van oud-leden kunnen de gegevens worden gewist
erase-still-member-hint = beëindig eerst het lidmaatschap: `quorum member leave { $number } --on DATUM` (de laatste dag als lid), en wis vanaf de dag erna
erase-member-until = lid { $number } is { $status ->
    [future] vanaf een latere datum weer lid
    [active] lid
    [suspended] geschorst lid
   *[other] { $status }
} tot en met { $end } (de laatste dag als lid); alleen van oud-leden kunnen de gegevens worden gewist
erase-member-until-hint = wis de gegevens na { $end }
erase-wal-kept = een ander programma heeft de database open, dus oude kopieën van de gewiste gegevens kunnen in het -wal-bestand blijven staan tot dat programma het sluit
member-erased = persoonsgegevens van lid { $number } gewist; een anoniem gegeven (nummer, categorie, data) blijft bewaard
export-format-refused = member export schrijft CSV of JSON, geen { $format ->
    [html] HTML
    [md] Markdown
   *[other] tabel
}
export-format-refused-hint = laat --format weg (CSV), of gebruik --format json; `quorum member list` toont een tabel
export-csv-options-json = --excel en --delimiter horen bij CSV, niet bij JSON
export-csv-options-json-hint = laat --format json weg, of de CSV-opties
members-exported = { $count ->
    [one] 1 lid
   *[other] { $count } leden
} geëxporteerd naar { $path }
board-report-change = meld deze wijziging uiterlijk { $due } bij het Handelsregister (binnen een week; `quorum board reports`, `quorum todo`)
board-report-change-ubo = meld deze wijziging uiterlijk { $due } bij het Handelsregister en het UBO-register (binnen een week; `quorum board reports`, `quorum todo`)
board-term-not-set = niet vastgelegd
board-added = lid { $member } benoemd als { $role } vanaf { $since } (zetel { $seat }, { $by }); termijn eindigt { $end }
board-ended = zetel { $seat } van lid { $member } ({ $role }) beëindigd op { $on }
board-role-changed = lid { $member } is { $role } vanaf { $on } (zetel { $seat })
board-reported = bestuurswijziging { $id } ({ $role } { $change }) gemeld op { $on }
kascommissie-which-year = noem een boekjaar
kascommissie-which-year-hint = `quorum kascommissie 2025`, of `quorum kascommissie set 2025 --members N N`
kascommissie-recorded = kascommissie voor { $year } vastgelegd: { $members }
kascommissie-report-recorded = { $accountant ->
    [yes] accountantsverklaring
   *[other] verslag van de kascommissie
} over { $year } van { $on } vastgelegd
quorum-counts = Vergadering { $meeting }: { $total_votes ->
    [one] 1 stem
   *[other] { $total_votes } stemmen
} van { $voters ->
    [one] 1 stemgerechtigd lid
   *[other] { $voters } stemgerechtigde leden
} (BW 2:24d); aanwezig { $present_members ->
    [one] 1 lid
   *[other] { $present_members } leden
} met { $present_votes ->
    [one] 1 stem
   *[other] { $present_votes } stemmen
}, { $proxies ->
    [one] 1 volmacht
   *[other] { $proxies } volmachten
} met { $represented_votes ->
    [one] 1 stem
   *[other] { $represented_votes } stemmen
}: { $available ->
    [one] 1 stem
   *[other] { $available } stemmen
} beschikbaar{ $fixed ->
    [yes] .
   *[other] {" "}(voorlopig: de presentielijst ligt vast zodra de vergadering opent).
}
delegate-added = vertegenwoordiger { $id } van lid { $member } toegevoegd: { $name }
delegate-ended = vertegenwoordiger { $id } van lid { $member } beëindigd na { $on }
jubilees-bad-year = --year { $year } is geen jaar waarmee quorum kan werken
jubilees-bad-year-hint = geef een jaar zoals 2027
journal-no-member-hint = `quorum member list --status all` toont ze allemaal
journal-anchor-missing = het journaal bevat de regel { $hash } niet: regels die sindsdien zijn geschreven zijn afgeknipt, of de keten is opnieuw opgebouwd
journal-anchor-missing-hint = vergelijk met een back-up die is gemaakt nadat die hash werd genoteerd (`quorum db backup` legt de laatste regel vast)
journal-broken = het journaal is gebroken bij regel { $seq }: { $reason }
journal-broken-hint = de database is buiten quorum gewijzigd; zet een back-up terug (`quorum db restore FILE`) en vergelijk
vote-roll-call-heading = Hoofdelijke stemming:

## msgops: weigeringen van src/ops en src/domain

# src/domain/meeting/mod.rs
meeting-kind-unknown = '{ $given }' is geen soort vergadering; kies regular (gewone), annual (jaarvergadering) of extraordinary (buitengewone)
meeting-convened-date-fixed = vergadering { $meeting } is bijeengeroepen voor { $at }; een andere datum vraagt om een nieuwe oproeping: annuleer deze vergadering en plan een nieuwe
no-reason-recorded = geen reden vastgelegd
meeting-cancelled-no-changes = vergadering { $meeting } is geannuleerd ({ $why }); er kan niets meer aan worden gewijzigd
meeting-closed-no-changes = vergadering { $meeting } is gesloten op { $at }; aan een gesloten vergadering kan niets meer worden gewijzigd
meeting-closed-door = { $why }; presentie, volmachten, stemmingen en verkiezingen blijven zoals ze bij de sluiting waren: herstel een vergissing via de notulen (`quorum minutes note { $meeting }`)
meeting-not-convened = vergadering { $meeting } is niet bijeengeroepen: er is geen oproeping vastgelegd (`quorum meeting convene { $meeting }`)
meeting-other-day = vergadering { $meeting } staat gepland op { $planned }, niet op { $on }
meeting-open-already = vergadering { $meeting } is al geopend (sinds { $at })
meeting-never-opened = vergadering { $meeting } is nooit geopend; open haar eerst (`quorum meeting open { $meeting }`), of annuleer haar
meeting-close-still-open = vergadering { $meeting } kan niet sluiten zolang { $count ->
        [one] dit nog open is
       *[other] deze nog open zijn
    }: { $open }; sluit of tel ze eerst
meeting-opened-not-cancelled = vergadering { $meeting } is geopend op { $at }; een geopende vergadering wordt niet geannuleerd: sluit haar met een aantekening (`quorum meeting close { $meeting } --note "…"`)
meeting-not-open-no-undo = vergadering { $meeting } is niet geopend; er is geen opening om ongedaan te maken
meeting-undo-open-recorded = de opening van vergadering { $meeting } kan niet ongedaan worden gemaakt: er is al iets in vastgelegd ({ $recorded }); sluit haar in plaats daarvan met een aantekening (`quorum meeting close { $meeting } --note "…"`)
second-meeting-outside-window = { $at } valt buiten de termijn voor een tweede vergadering na vergadering { $first } van { $first_date }: van { $from } tot en met { $to } (second_meeting_min_gap_days = { $min_gap }, second_meeting_window_days = { $window })

# src/ops/meeting
list-semicolon = { $first }; { $then }
agenda-meeting-open = vergadering { $meeting } is geopend; de agenda is nu aan de vergadering zelf
agenda-item-needs-title = een agendapunt heeft een titel nodig
agenda-item-has-documents = bij agendapunt { $item } '{ $title }' horen vergaderstukken; verwijder die eerst (`quorum meeting document list { $meeting }`)
close-before-opening = { $at } ligt vóór de opening op { $opened }
meeting-convened-already = vergadering { $meeting } is al bijeengeroepen op { $on }; die oproeping is vastgelegd
sent-after-meeting = { $sent } ligt na de vergadering van { $meeting }
convene-missing = vergadering { $meeting } kan nog niet worden bijeengeroepen: de oproeping moet { $what } noemen
convene-missing-place = een plaats (`quorum meeting edit { $meeting } --location …`)
convene-missing-items = de agendapunten (`quorum meeting agenda { $meeting } add …`)
convene-missing-place-and-items = een plaats (`quorum meeting edit { $meeting } --location …`) en de agendapunten (`quorum meeting agenda { $meeting } add …`)
convene-missing-hint = vul die eerst aan, of roep toch bijeen op eigen risico van de vergadering met --force (dat wordt vastgelegd)
no-member-with-number = er is geen lid met nummer { $number }; `quorum member list --status all` toont alle leden
second-meeting-after-cancelled = vergadering { $meeting } is geannuleerd; een tweede vergadering volgt op een vergadering die is gehouden
received-after-meeting = { $received } ligt na de vergadering van { $meeting }
no-proxy-at-meeting = lid { $member } heeft geen volmacht gegeven voor vergadering { $meeting }
request-not-enough-votes = te weinig stemmen voor een verzoek van leden: { $outcome } (member_request_threshold = { $threshold }, BW 2:41); er is niets vastgelegd
meeting-cannot-open = vergadering { $meeting } kan niet worden geopend: { $problems }
meeting-cannot-open-hint = roep haar bijeen voor de dag waarop ze wordt gehouden; of, als de vergadering op eigen risico doorgaat, leg dat vast met `quorum meeting open { $meeting } --force` (haar besluiten zijn dan vernietigbaar, BW 2:15)

# src/domain/member_change.rs
member-erased-no-changes = de persoonsgegevens van lid { $number } zijn gewist ({ $on }); het anonieme gegeven dat bewaard blijft kan niet worden gewijzigd
member-no-period = { $who } heeft geen lidmaatschapsperiode om te corrigeren
member-not-left = { $who } is niet uitgeschreven; er is geen opzegging om in te trekken
joined-after-end = { $joined } ligt na het einde van dat lidmaatschap ({ $left })
joined-not-after-previous = { $joined } ligt niet na het einde van het vorige lidmaatschap ({ $previous })
date-before-birth = { $date } ligt vóór de geboortedatum { $birth }
left-before-joined = { $left } ligt vóór het begin van dat lidmaatschap ({ $joined })
member-number-too-low = { $number } is geen lidnummer (gebruik 1 of hoger)
member-number-taken = lidnummer { $number } is al in gebruik
birth-after-joined = { $birth } ligt na de datum waarop het lid lid werd ({ $joined })
until-before-suspension = { $until } ligt vóór het begin van de schorsing ({ $from })
suspend-not-member = { $who } is op { $on } geen lid; alleen leden kunnen worden geschorst
suspended-already-until = { $who } is al geschorst van { $from } tot en met { $until }; hef die schorsing eerst op met `quorum member unsuspend`
suspended-already = { $who } is al geschorst vanaf { $from }, zonder einddatum; hef die schorsing eerst op met `quorum member unsuspend`
not-suspended-later = { $who } is op { $on } niet geschorst; er begint een schorsing op { $starts } (hef die op met --on { $starts } om haar te schrappen)
not-suspended = { $who } is op { $on } niet geschorst; er is niets op te heffen
this-member = dit lid
member-numbered = lid { $number }

# src/domain/meeting/agenda.rs, proxy.rs
agenda-decides-unknown = '{ $given }' is geen van none (geen besluit), ordinary (gewoon besluit), statute-amendment (statutenwijziging), dissolution (ontbinding)
agenda-position-outside = { $position } is geen plaats op deze agenda (1 tot en met { $max })
agenda-item-in-convocation = agendapunt { $item } '{ $title }' stond in de oproeping; het blijft op de agenda (de voorzitter kan het op de vergadering terugnemen)
proxy-form-unknown = '{ $given }' is geen paper (op papier) of electronic (elektronisch)

## cells

# de gebruiksfouten van clap, in het Nederlands (src/cli/usage_error.rs)
clap-invalid-value = ongeldige waarde '{ $value }' voor '{ $arg }'
clap-value-required = '{ $arg }' vraagt om een waarde, maar er is geen gegeven
clap-possible-values = mogelijke waarden
clap-subcommands = opdrachten
clap-unknown-argument = onverwacht argument '{ $arg }'
clap-invalid-subcommand = onbekende opdracht '{ $name }'
clap-missing-required = deze verplichte argumenten ontbreken:
clap-missing-subcommand = '{ $name }' vraagt om een opdracht, maar er is geen gegeven
clap-too-many-values = onverwachte waarde '{ $value }' voor '{ $arg }'; er werden er niet meer verwacht
clap-number-of-values = '{ $arg }' vraagt om { $needed } waarden, maar er { $given ->
    [one] is er 1
   *[other] zijn er { $given }
} gegeven
clap-used-twice = het argument '{ $arg }' mag maar één keer worden gegeven
clap-conflict = het argument '{ $arg }' gaat niet samen met '{ $other }'
clap-no-equals = bij '{ $arg }' hoort een isgelijkteken: { $arg }=WAARDE
clap-invalid-utf8 = een van de argumenten is geen geldige UTF-8
clap-other = de opdrachtregel kon niet worden gelezen
clap-similar-subcommand = bedoelt u de opdracht '{ $value }'?
clap-similar-argument = bedoelt u '{ $value }'?
clap-similar-value = bedoelt u '{ $value }'?
clap-more-information = Meer informatie: '{ $help }'.

# lege lijsten (een notitie op stderr) en de vraag vóór het wissen
list-empty-birthdays = Geen lid is in die maand jarig.
list-empty-members = Geen leden gevonden.
list-empty-jubilees = Geen lid viert in { $year } een jubileum.
list-empty-delegates = Geen vertegenwoordigers vastgelegd.
list-empty-journal = Geen journaalregels gevonden.
list-empty-votes = Geen stemmingen.
list-empty-agenda = De agenda is leeg.
list-empty-attendance = Er staat nog niemand op de presentielijst.
list-empty-guests = Geen gasten vastgelegd voor deze vergadering.
list-empty-meetings = Nog geen vergaderingen; plan er een met `quorum meeting new`.
list-empty-proxies = Geen volmachten.
list-empty-requests = Geen verzoeken van leden vastgelegd.
list-empty-board = Geen bestuursleden vastgelegd op { $on }; leg er een vast met `quorum board add N --role R --from D --decision CODE`.
list-empty-board-schedule = Geen bestuursleden vastgelegd op { $on }.
list-empty-board-reports-open = Geen bestuurswijzigingen meer om te melden.
list-empty-board-reports = Geen bestuurswijzigingen vastgelegd.
list-empty-rules = Geen regels.
list-empty-rules-versions = Geen versies van de regels.
list-empty-categories = Geen categorieën.
list-empty-decisions = Geen besluiten.
list-empty-proposals = Nog geen voorstellen; stel er een op met `quorum proposal new`.
erase-confirm = De persoonsgegevens van lid { $number } ({ $name }) voorgoed wissen
clap-tip-escape = om '{ $arg }' als waarde te geven, schrijf '{ $escaped }'
## msgops: the store's lookups, src/ops and src/domain

# src/store: a number that names nothing
lookup-vote = er is geen stemming { $id }; `quorum vote list` toont de stemmingen
lookup-election = er is geen verkiezing { $id }; `quorum election list` toont de verkiezingen
lookup-meeting = er is geen vergadering { $id }; `quorum meeting list` toont de vergaderingen
lookup-meeting-document = vergadering { $meeting } heeft geen stuk { $id }; `quorum meeting document list { $meeting }` toont de vergaderstukken
lookup-resolution = er is geen schriftelijk besluit { $id }; `quorum resolution list` toont ze
lookup-action-item = er is geen actiepunt { $id }; `quorum actions` toont de actiepunten
lookup-minutes-note = vergadering { $meeting } heeft geen aantekening { $number }; `quorum minutes notes { $meeting }` toont ze met hun nummers
lookup-proposal = er is geen voorstel { $id }; `quorum proposal list` toont de voorstellen
lookup-decision = er is geen besluit { $what }; `quorum decisions` toont de besluitenlijst (geef een code zoals ALV-2027-03-14/4, of het nummer)
lookup-member = er is geen lid met nummer { $number }; `quorum member list --status all --search …` vindt leden

# src/ops/meeting/checkin.rs, checkout.rs: what the door says about one number
door-no-member = er is geen lid met nummer { $number }
door-no-access = geen toegang
door-proxy-cancelled = de volmacht aan lid { $holder } vervalt: de volmachtgever is zelf binnen
door-already-present = was al aanwezig
door-back-in-room = weer in de zaal
door-admitted-for-suspension = alleen toegelaten voor het agendapunt over de eigen schorsing; geen stem
door-already-on-list = staat al op de presentielijst
door-not-in-room = was niet in de zaal

# Toestanden als woord in een zin
meeting-state = { $state ->
    [planned] gepland
    [convened] bijeengeroepen
    [open] geopend
    [closed] gesloten
    [cancelled] afgelast
   *[other] { $state }
}
proposal-status = { $status ->
    [draft] een ontwerp
    [withdrawn] ingetrokken
    [voting] in stemming
    [decided] al besloten
   *[other] { $status }
}
vote-status = { $status ->
    [open] open
    [closed] gesloten
    [superseded] vervangen
   *[other] { $status }
}
vote-result-word = { $result ->
    [adopted] aangenomen
    [rejected] verworpen
    [no_quorum] quorum niet bereikt
    [postponed] uitgesteld
    [closed] gesloten
    [superseded] vervangen
   *[other] { $result }
}

# src/ops/vote
cast-not-roll-call = stemming { $vote } gaat { $method ->
    [hands] bij handopsteken
    [ballot] schriftelijk
   *[other] als { $method }
}; `vote cast N KEUZE` is voor een hoofdelijke stemming
cast-not-present = lid { $number } is niet aanwezig op vergadering { $meeting } (`quorum meeting checkin { $meeting } { $number }`)
cast-no-proxy-from = lid { $number } heeft op vergadering { $meeting } geen volmacht van lid { $giver }
cast-split-one-member = een verdeelde stem verdeelt de stemmen van één lid; breng elke volmacht apart uit met --for-member
cast-member-no-vote = lid { $number } heeft geen stem op vergadering { $meeting }
cast-member-excluded = lid { $number } is uitgesloten van de stemming over voorstel { $proposal } (BW 2:12)
proposal-no-open-vote = over voorstel { $proposal } loopt geen stemming; geef het nummer van de stemming (`quorum vote list` toont ze)
vote-number-or-proposal = geef het nummer van de stemming of --proposal P, niet allebei
vote-number-or-proposal-hint = `quorum vote list` toont de stemmingen met hun voorstellen
challenge-not-present-voter = lid { $number } is geen aanwezige stemgerechtigde op vergadering { $meeting }; alleen aanwezige stemgerechtigden kunnen om een nieuwe stemming vragen
challenge-member-excluded = lid { $number } is uitgesloten van de stemming over voorstel { $proposal } (BW 2:12) en kan dus niet om een nieuwe vragen
convert-has-counts = stemming { $vote } heeft al tellingen of uitgebrachte stemmen; om een schriftelijke stemming wordt vóór de stemming gevraagd
convert-codes-issued = stemming { $vote } is een geheime stemming waarvan de codes zijn uitgereikt; ze blijft schriftelijk
convert-too-few-requesters = { $requesters ->
    [one] 1 stemgerechtigde vroeg
   *[other] { $requesters } stemgerechtigden vroegen
} om een schriftelijke stemming; er zijn er { $needed } nodig (written_vote_on_request = { $needed })
vote-meeting-not-open = vergadering { $meeting } is niet geopend ({ $state }); over stemming { $vote } wordt gestemd terwijl de vergadering open is
vote-proposal-not-on-agenda = voorstel { $proposal } staat niet op de agenda van een vergadering; zet het daar eerst op (`quorum proposal edit { $proposal } --meeting M`)
vote-open-meeting-not-open = vergadering { $meeting } is niet geopend ({ $state }); er wordt gestemd terwijl de vergadering open is (`quorum meeting open { $meeting }`)
vote-open-being-voted = over voorstel { $proposal } wordt al gestemd (stemming { $vote }); sluit die eerst
vote-open-in-writing = voorstel { $proposal } ligt schriftelijk aan de leden voor (`quorum resolution list`); sluit die ronde eerst
vote-open-not-draft = voorstel { $proposal } is { $status }; alleen over een ontwerpvoorstel kan worden gestemd
vote-open-question-open = op vergadering { $meeting } loopt al een stemming: { $open }; één vraag tegelijk
vote-open-question-open-hint = sluit die eerst, of open deze stemming ernaast met `quorum vote open { $proposal } … --parallel`
vote-open-statute-problems = de stemming over voorstel { $proposal } kan niet worden geopend: { $problems }
vote-open-statute-problems-hint = herstel de oproeping of de terinzagelegging, of leg met --force vast dat de vergadering toch doorgaat: het besluit is dan vernietigbaar (BW 2:15), tenzij alle leden aanwezig of vertegenwoordigd zijn en alle stemmen voor zijn (BW 2:42 lid 3)
vote-quorum-not-present = het quorum is niet aanwezig: { $present } van de { $total } stemmen aanwezig of vertegenwoordigd, { $key } = { $fraction } vraagt er { $needed }
vote-quorum-second-meeting-hint = een tweede vergadering kan erover besluiten, hoeveel leden er ook zijn (second_meeting_quorum = { $second }): houd haar tussen { $earliest } en { $latest }, bijeengeroepen uiterlijk { $convene_by } (`quorum meeting new … --second-of { $meeting }`)
vote-quorum-wait-hint = wacht tot meer leden aanwezig of vertegenwoordigd zijn, of leg het voorstel aan een latere vergadering voor
vote-not-open-any-more = { $named } is al { $status }; er kan niet meer worden gestemd
count-roll-call = stemming { $vote } is hoofdelijk; de stemmen worden per naam uitgebracht (`quorum vote cast { $vote } N KEUZE`), niet geteld
count-ballot-with-codes = stemming { $vote } is een geheime stemming met codes; de stembriefjes worden ingevoerd met `quorum vote cast { $vote } --code CODE KEUZE` en bij het sluiten geteld
count-more-than-present = de tellingen komen samen op { $total }, maar er zijn maar { $present } stemmen aanwezig of vertegenwoordigd voor dit voorstel (uitgesloten leden niet meegeteld)
vote-no-counts = stemming { $vote } heeft nog geen tellingen
vote-no-counts-hint = voer ze in met `quorum vote count { $vote } --for N --against N`
vote-closed-already = { $named } is al gesloten ({ $result }); een stemming wordt één keer gesloten

# src/ops/proposal
decides-word = { $decides ->
    [none] geen besluit
    [ordinary] een gewoon besluit
    [statute_amendment] een statutenwijziging
    [dissolution] de ontbinding
   *[other] { $decides }
}
not-a-member = geen lid
member-vanished = lid { $number } is verdwenen
proposal-amendment-kind = voorstel { $proposal } is een amendement op voorstel { $of } en heeft diens soort ({ $kind })
proposal-kind-after-convocation = voorstel { $proposal } stond in de oproeping als agendapunt { $item } over { $decides }; een voorstel van soort { $kind } zou gaan over { $would } (BW 2:42, notice_days_*): dien een nieuw voorstel in voor de volgende vergadering
proposal-signer-no-access = lid { $number } kan geen voorstel indienen of ondertekenen: { $why }
proposal-amendment-no-item = voorstel { $proposal } is een amendement op voorstel { $of }; er wordt samen mee over gestemd, dus het krijgt geen eigen agendapunt
proposal-other-meeting = voorstel { $proposal } hoort bij vergadering { $other }, niet bij vergadering { $meeting }
proposal-on-agenda-already = voorstel { $proposal } is al agendapunt { $item } van vergadering { $meeting }
proposal-by-whom = zeg wie het voorstel indient
proposal-kind-no-board-member = een voorstel van soort { $kind } gaat niet over een bestuurslid; --member hoort bij board-dismissal of board-suspension
proposal-kind-names-board-member = een voorstel van soort { $kind } noemt het bestuurslid waarover het gaat
proposal-no-board-seat = lid { $number } heeft op { $on } geen zetel in het bestuur; alleen een bestuurslid kan worden ontslagen of geschorst (`quorum board` toont de zetels)

# src/domain/vote
challenge-vote-open = de stemming is nog open: alleen een uitgesproken uitslag kan worden betwist; sluit eerst de stemming
challenge-superseded = de stemming is al vervangen door een nieuwe stemming; betwist die
challenge-too-late = te laat: { $since }, dus de betwisting is niet onmiddellijk (BW 2:13 lid 4); het oordeel van de voorzitter blijft staan, en er rest alleen een vordering tot vernietiging binnen een jaar (BW 2:15)
challenge-vote-opened-since = stemming { $vote } is intussen geopend
challenge-meeting-closed-since = vergadering { $meeting } is niet meer open
challenge-nobody = niemand vraagt om een nieuwe stemming; noem de stemgerechtigden die dat doen met --by
challenge-needs-majority = na een { $method ->
    [ballot] schriftelijke
   *[other] hoofdelijke
} stemming is voor een nieuwe stemming de meerderheid van de vergadering nodig (BW 2:13 lid 4): wie erom vragen hebben { $demand } van de { $present } aanwezige of vertegenwoordigde stemmen, er zijn er { $needed } nodig
choice-unknown = '{ $given }' is geen keuze; kies voor, tegen, onthouding of blanco (for, against, abstain, blank)
split-part-not-choice = '{ $part }' is geen KEUZE=N; schrijf bijvoorbeeld voor=3,tegen=2
split-not-whole = '{ $given }' in '{ $part }' is geen heel aantal stemmen
split-named-twice = { $choice ->
    [for] voor
    [against] tegen
    [blank] blanco
    [abstain] onthouding
   *[other] { $choice }
} staat twee keer in '{ $text }'
split-empty = de verdeling is leeg; schrijf bijvoorbeeld voor=3,tegen=2
split-too-many = meer dan te tellen is
split-sum-wrong = de delen komen samen op { $sum }, maar de stemgerechtigde heeft { $weight ->
    [one] 1 stem
   *[other] { $weight } stemmen
}; de delen moeten samen { $weight } zijn
declaration-unknown = '{ $given }' is geen uitspraak; kies adopted (aangenomen) of rejected (verworpen)
vote-status-unknown = '{ $given }' is geen toestand van een stemming (open, closed, superseded)

# src/domain/decision, src/domain/proposal
decision-status-word = { $status ->
    [adopted] aangenomen
    [rejected] verworpen
    [awaiting-deed] in afwachting van de akte
    [in-force] van kracht
    [superseded] vervangen
    [elected] gekozen
   *[other] { $status }
}
decision-status-unknown = '{ $given }' is geen toestand van een besluit; kies uit { $names }
decision-status-before-decided = { $on } ligt vóór de dag van het besluit ({ $decided }); een toestand geldt vanaf de dag van het besluit of later
decision-rejected-cannot-become = een verworpen besluit kan niet { $to } worden: er is niets besloten om in werking te laten treden of te vervangen
decision-superseded-already = het besluit is al vervangen; een vervangen besluit houdt die toestand
decision-needs-no-deed = het besluit heeft geen notariële akte nodig: het geldt sinds het werd aangenomen (alleen een aangenomen statutenwijziging wacht op haar akte, BW 2:43)
decision-status-already = het besluit is al { $status }
decision-change-not-allowed = een besluit kan niet van { $from } naar { $to }; wel: awaiting-deed naar in-force, en adopted, awaiting-deed of in-force naar superseded
standing-unknown = '{ $given }' is niet valid (geldig), voidable (vernietigbaar) of void (nietig)
ground-unknown = '{ $given }' is geen grond
grounds-not-codes = geen lijst van codes: { $error }
decision-confirmed-already = het besluit is al bevestigd door { $by }
confirm-valid = het besluit is geldig; alleen een vernietigbaar besluit wordt bevestigd (BW 2:15 lid 6)
confirm-void = het besluit is nietig (BW 2:14); een nietig besluit kan niet worden bevestigd: neem een nieuw besluit
proposal-kind-unknown = '{ $given }' is geen soort voorstel; kies { $names }
proposal-status-unknown = '{ $given }' is geen toestand van een voorstel
proposal-withdrawn-cannot = voorstel { $proposal } is ingetrokken; het kan niet meer worden { $what ->
    [edited] gewijzigd
    [changed] gewijzigd
    [withdrawn] ingetrokken
    [amended] geamendeerd
    [put-on-an-agenda] geagendeerd
   *[other] { $what }
}
proposal-voted-cannot = voorstel { $proposal } is { $status } (er is een stemming over geopend); het kan niet meer worden { $what ->
    [edited] gewijzigd
    [changed] gewijzigd
    [withdrawn] ingetrokken
    [amended] geamendeerd
    [put-on-an-agenda] geagendeerd
   *[other] { $what }
}
proposal-amend-amendment = voorstel { $proposal } is zelf een amendement op voorstel { $of }; amendeer voorstel { $of }
proposal-text-empty = de tekst is leeg
proposal-title-empty = de titel is leeg
proposal-title-one-line = de titel moet op één regel

# src/domain/member.rs, roll.rs, category.rs
email-invalid = '{ $given }' is geen e-mailadres ({ $fault ->
    [not-one-at] er hoort precies één @ in
    [missing-around-at] er ontbreekt iets rond de @
    [separator] er staat een spatie of scheidingsteken in
    [no-domain] na de @ hoort een domein zoals example.org
   *[misplaced-dot] een punt staat verkeerd vóór de @
})
date-in-future = { $date } ligt in de toekomst
date-before-joined = { $date } ligt vóór de dag waarop het lid lid werd ({ $joined })
family-name-required = is verplicht (of, voor een lid dat een organisatie is, haar naam als organisatie)
person-name-of-organisation = '{ $name }' is de naam van een persoon, maar dit lid is de organisatie '{ $organisation }'; een lid is een persoon of een organisatie (laat de naam van de persoon leeg, of de organisatie)
leave-already-left = { $who } is al uitgeschreven; er is niets te beëindigen
rejoin-still-member = { $who } is nog lid; er is niets om opnieuw lid van te worden
rejoin-not-after-last = { $date } ligt niet na het einde van het laatste lidmaatschap ({ $last })
arrears-already = { $who } heeft al een achterstand sinds { $since }; los die eerst af met --clear
arrears-before-cleared = { $since } ligt vóór de dag waarop de laatste achterstand werd afgelost ({ $last })
arrears-not-member-on = op { $since } is deze persoon geen lid
arrears-none = { $who } heeft geen achterstand; er is niets af te lossen
arrears-clear-not-after = { $date } ligt niet na het begin van de achterstand ({ $since })
field-required = is verplicht
weight-above-max = { $weight } is meer dan het maximum van { $max }
weight-zero = 0 stemmen per lid; een categorie zonder stem maak je met --no-vote
category-non-member-vote = een categorie die in de wet geen lid is, kan geen stem hebben (BW 2:38)

# src/domain/office.rs, resolution.rs, rules.rs, rules/pin.rs
board-role-unknown = { $given } is geen bestuursfunctie; kies voorzitter, secretaris, penningmeester of lid
resolution-status-unknown = '{ $given }' is geen toestand van een schriftelijk besluit; open, adopted of failed
resolution-informed-future = { $informed } ligt na vandaag ({ $today }); leg de dag vast waarop het bestuur werd ingelicht
resolution-on-future = { $on } ligt na vandaag ({ $today }); de peildatum is een dag die al is geweest
resolution-informed-after-roll = het bestuur werd op { $informed } ingelicht, na de peildatum { $on }: een besluit buiten vergadering vraagt dat het bestuur er vooraf van weet (BW 2:40 lid 1); neem het besluit met --on { $flag } of later
signature-future = { $signed } ligt na vandaag ({ $today }); een handtekening wordt vastgelegd als ze is gezet
signature-before-informed = een handtekening van { $signed } is gezet voordat het bestuur werd ingelicht ({ $informed }): een besluit buiten vergadering vraagt dat het bestuur er vooraf van weet (BW 2:40 lid 1); laat het lid na die dag opnieuw tekenen
rule-article-invalid = { $why }
rule-value-invalid = { $why }; toegestaan: { $allowed }
rule-key-unknown = onbekende regel '{ $name }' (`quorum rules show` toont de regels)
rule-key-unknown-near = onbekende regel '{ $name }'; bedoelt u { $near }? (`quorum rules show` toont de regels)
rule-gap-above-window = { $gap } is meer dan second_meeting_window_days ({ $window }): de tweede vergadering zou nooit kunnen worden gehouden
rules-none-stored = de database bevat geen regels
rules-none-in-force-today = vandaag ({ $today }) geldt geen versie van de regels; de eerste begint op { $first }; geef --from DATUM
rules-pinned-unreadable = vastgelegde regels die niet te lezen zijn: { $error }

# src/ops/ballot.rs
codes-not-ballot = stemming { $vote } gaat { $method ->
    [hands] bij handopsteken
    [roll_call] hoofdelijk
   *[other] als { $method }
}, niet met geheime stembriefjes; codes zijn voor een schriftelijke stemming (`quorum vote convert { $vote } --method ballot` op verzoek om een schriftelijke stemming)
ballot-vote-not-open = stemming { $vote } is { $status }; er kunnen geen stembriefjes meer bij
codes-counted-on-paper = de totalen van de stemopnemers voor stemming { $vote } zijn al ingevoerd (`vote count`); een stemming die op papier is geteld krijgt geen codes
codes-issued-already = de codes van stemming { $vote } zijn al uitgereikt ({ $codes } codes aan { $voters ->
    [one] 1 stemgerechtigde
   *[other] { $voters } stemgerechtigden
}); codes worden één keer uitgereikt, zodat niemand twee keer kan stemmen
codes-differ-from-present = het aantal uit te reiken codes ({ $total }) wijkt af van het aantal aanwezige of vertegenwoordigde stemmen ({ $present }); controleer de presentie met `quorum meeting quorum { $meeting }`
codes-nobody-present = niemand die aanwezig is mag stemmen over voorstel { $proposal }; meld eerst leden aan
code-mistyped = de code is verkeerd overgetypt: { $why }
code-mistyped-length = een stemcode heeft { $len } tekens (streepjes en spaties niet meegeteld), deze heeft er { $given }
code-mistyped-character = '{ $character }' komt niet voor in stemcodes (die bestaan uit 2-9 en A-Z zonder I, L en O)
code-mistyped-check = het controleteken klopt niet: er is een teken verkeerd overgetypt
code-mistyped-hint = typ de code opnieuw zoals hij op het stembriefje staat (streepjes en hoofdletters doen er niet toe)
code-not-of-vote = deze code hoort niet bij stemming { $vote }
code-not-of-vote-hint = controleer het nummer van de stemming en de code op het stembriefje
code-used = deze code is al gebruikt in stemming { $vote }; elke code geldt voor één stembriefje
code-changed-while-casting = de code van stemming { $vote } veranderde tijdens het stemmen; probeer het opnieuw

# src/ops/decision
standing-word = { $standing ->
    [valid] geldig
    [voidable] vernietigbaar
    [void] nietig
   *[other] { $standing }
}
confirm-by-not-found = { $error }; leg het bevestigende besluit eerst vast
confirm-by-not-later-adopted = besluit { $by } ({ $outcome }, { $by_on }) kan { $code } ({ $on }) niet bevestigen: een bevestiging is een later aangenomen besluit
confirm-by-not-valid = besluit { $by } is zelf { $standing }; een bevestiging moet voldoen aan de eisen die het eerste besluit miste
made-known-not-voidable = besluit { $code } is { $standing }; de termijn om vernietiging te vorderen (BW 2:15 lid 5) geldt voor een vernietigbaar besluit
made-known-before-decided = { $on } ligt vóór de dag van het besluit ({ $decided })
decision-by-needs-superseded = noemt het besluit dat dit besluit vervangt; hoort bij --status superseded
decision-supersedes-itself = een besluit kan zichzelf niet vervangen
decision-by-rejected = besluit { $by } is verworpen; alleen een genomen besluit kan een ander vervangen
decision-by-earlier = besluit { $by } is genomen op { $by_on }, vóór { $code } ({ $on }); alleen een later besluit vervangt het

# src/ops/resolution
resolution-status-word = { $status ->
    [open] open
    [adopted] aangenomen
    [failed] niet aangenomen
   *[other] { $status }
}
resolution-closed = schriftelijk besluit { $resolution } is gesloten ({ $status }, { $at }); er kan niets meer worden getekend of gesloten
being-decided-by-resolution = schriftelijk besluit { $resolution }
being-decided-by-vote = stemming { $vote }
resolution-proposal-being-decided = over voorstel { $proposal } wordt al besloten ({ $by }); sluit dat eerst
resolution-proposal-not-draft = voorstel { $proposal } is { $status }; alleen over een ontwerpvoorstel kan buiten vergadering worden besloten
resolution-nobody-votes = op { $on } heeft niemand een stem; `quorum roll --on { $flag }` laat zien waarom
sign-excluded = uitgesloten van de stemming over dit voorstel (BW 2:12)
sign-no-vote = lid { $number } heeft geen stem in schriftelijk besluit { $resolution } ({ $why } op { $on }); alleen de leden met een stem op de peildatum tekenen (`quorum resolution show { $resolution }`)
sign-named-twice = lid { $number } staat er twee keer in
sign-already = lid { $number } heeft schriftelijk besluit { $resolution } al getekend op { $on } ({ $how ->
    [agreed] akkoord
   *[against] tegen
}); een handtekening wordt één keer gezet
sign-not-member = lid { $number } is op { $on } geen lid ({ $status ->
    [active] actief lid
    [suspended] geschorst
    [former] oud-lid
    [future] pas later lid
   *[other] { $status }
}); een oud-lid kan niet tekenen

# src/ops/election
either-or = { $first } of { $rest }
must-not-be-empty = mag niet leeg zijn
election-status-word = { $status ->
    [open] open
    [elected] beslist
    [postponed] uitgesteld
   *[other] { $status }
}
election-meeting-not-open = vergadering { $meeting } is niet geopend ({ $state }); stembriefjes worden ingevoerd en geteld terwijl de vergadering open is (`quorum meeting open { $meeting }`)
election-not-open = verkiezing { $election } is { $status }; er kunnen geen kandidaten, stembriefjes of rondes meer bij
election-no-seats = een verkiezing is voor ten minste 1 zetel
election-meeting-over = vergadering { $meeting } is { $state }; een verkiezing hoort bij een vergadering die nog komt of open is
election-voting-begun-candidates = in verkiezing { $election } is al gestemd; kandidaten worden vóór de eerste ronde gesteld
election-binding-kept = de vergadering heeft de bindende voordracht van verkiezing { $election } gehandhaafd; { $rule }
election-binding-kept-hint = draag alleen voor zoals de statuten toestaan (--nominated-by board{ $members ->
    [yes] {" "}of members
   *[no] {""}
}); de vergadering stemde de voordracht bindend te houden (`quorum election show { $election }`). Staat de vergadering erop, dan legt --force dat vast: de benoeming is dan nietig (BW 2:14)
election-board-from-members = verkiezing { $election } is voor bestuurszetels, en bestuurders komen uit de leden (BW 2:37 lid 1; regel board_members_from_outside = false)
election-board-from-members-hint = draag een lid voor met --member N; staan de statuten bestuurders van buiten toe, leg dat dan eerst vast met `quorum rules set board_members_from_outside true`
election-candidate-already = '{ $name }' is al kandidaat in verkiezing { $election }
lookup-candidate = er is geen kandidaat { $number } in verkiezing { $election }; `quorum election candidate { $election } list` toont de kandidaten
election-candidate-withdrawn-already = kandidaat { $number } van verkiezing { $election } heeft zich al teruggetrokken
election-round-with-codes = in ronde { $round } van verkiezing { $election } wordt met codes gestemd; elke kiezer stemt met `quorum election cast { $election } --code CODE …`, dus er worden geen stembriefjes ingevoerd
election-too-many-papers = ronde { $round } van verkiezing { $election } zou { $total } stembriefjes tellen ({ $held } ingevoerd, { $now } nu), maar er zijn { $available } stemmen aanwezig of vertegenwoordigd op vergadering { $meeting }
election-too-many-papers-hint = controleer of wie stemde is aangemeld (`quorum meeting checkin { $meeting } N…`) en tel de stembriefjes opnieuw; of voer ze in met --force, wat het journaal vastlegt
election-not-a-candidate = '{ $name }' is geen kandidaat in verkiezing { $election }; controleer de spelling (`quorum election candidate { $election } list`), of leg het stembriefje vast als ongeldig met --invalid "noemt iemand die niet is voorgedragen"
election-too-few-candidates = verkiezing { $election } heeft { $standing ->
    [one] 1 kandidaat
   *[other] { $standing } kandidaten
} voor { $seats ->
    [one] 1 zetel
   *[other] { $seats } zetels
}; draag er meer voor (`quorum election candidate { $election } add`)
election-round-closed = ronde { $round } van verkiezing { $election } is geteld en gesloten; open de volgende met `quorum election round { $election }`
election-no-round = verkiezing { $election } heeft nog geen ronde; ronde 1 begint met het eerste stembriefje (`quorum election ballot { $election } …`)
election-round-open = ronde { $round } van verkiezing { $election } is nog open; tel haar eerst (`quorum election count { $election }`)
election-round-no-count = van ronde { $round } is geen telling bewaard
election-round-decided = ronde { $round } besliste de verkiezing ({ $outcome }); er is geen volgende ronde
election-voting-begun-binding = in verkiezing { $election } is al gestemd; over het bindend karakter van een voordracht wordt vóór de eerste ronde gestemd
election-binding-voted-already = de vergadering heeft al gestemd over de bindende voordracht van verkiezing { $election }
election-no-binding-nomination = de statuten kennen geen bindende voordracht (regel binding_nomination_enabled = false)
election-no-nominee = verkiezing { $election } heeft geen kandidaat met een bindende voordracht (`candidate { $election } add … --nominated-by board`)
election-override-too-many = { $cast } stemmen uitgebracht, maar er zijn { $present } stemmen aanwezig of vertegenwoordigd op vergadering { $meeting }
election-codes-issued-already = de codes van ronde { $round } van verkiezing { $election } zijn al uitgereikt ({ $codes } codes aan { $voters ->
    [one] 1 kiezer
   *[other] { $voters } kiezers
}); codes worden één keer uitgereikt, zodat niemand twee keer kan stemmen
election-codes-papers-entered = in ronde { $round } van verkiezing { $election } { $papers ->
    [one] is 1 stembriefje
   *[other] zijn { $papers } stembriefjes
} ingevoerd door de stemopnemers; een ronde op papier krijgt geen codes
election-codes-nobody-present = niemand die aanwezig is op vergadering { $meeting } mag stemmen; meld eerst leden aan (`quorum meeting checkin { $meeting } N…`)
election-ballot-form = verkiezing { $election } gaat volgens { $method } voor { $seats ->
    [one] 1 zetel
   *[other] { $seats } zetels
}: een stembriefje is { $allowed } (of --blank), niet { $given }
election-no-round-with-codes = verkiezing { $election } heeft nog geen ronde met codes; reik ze uit met `quorum election codes { $election } --output codes.csv`
election-round-closed-ballots = ronde { $round } van verkiezing { $election } is geteld en gesloten; er kunnen geen stembriefjes meer bij
election-code-not-of-round = deze code hoort niet bij ronde { $round } van verkiezing { $election }
election-code-not-of-round-hint = controleer het nummer van de verkiezing en de code op het stembriefje; elke ronde heeft eigen codes
election-code-used = deze code is al gebruikt in ronde { $round } van verkiezing { $election }; elke code geldt voor één stembriefje
election-code-ballot-invalid = dit stembriefje { $reason }; er is niets uitgebracht en de code blijft ongebruikt: controleer de namen met `quorum election candidate { $election } list`
election-code-changed = de code veranderde tijdens het stemmen; probeer het opnieuw
election-no-such-round = verkiezing { $election } heeft geen ronde { $round }
election-no-round-at-all = verkiezing { $election } heeft geen ronde
election-cannot-count = verkiezing { $election } kan niet worden geteld: { $error }
election-no-open-round = verkiezing { $election } heeft geen open ronde om te tellen; voer stembriefjes in (`quorum election ballot { $election } …`) of open de volgende ronde (`quorum election round { $election }`)
election-nothing-to-recount = verkiezing { $election } heeft geen getelde ronde om na te tellen
election-recount-differs = de hertelling van ronde { $round } van verkiezing { $election } wijkt af van de bewaarde telling; de stembriefjes of de regels zijn buiten quorum gewijzigd

# src/ops/board
board-not-re-eligible = lid { $number } heeft { $terms ->
    [one] 1 termijn
   *[other] { $terms } termijnen
} achter elkaar gediend en is niet herbenoembaar (board_max_terms = { $max ->
    [unlimited] onbeperkt
   *[other] { $max }
})
board-not-re-eligible-hint = beëindig de zetel met `quorum board end`, of benoem een ander lid
board-end-same-day = zetel { $seat } begint op { $on }; een zetel eindigt na de dag waarop hij begint
board-decision-or-before = geef het besluit of --before-quorum, niet allebei
board-decision-needed = noem het besluit waarbij dit werd besloten (een code uit `quorum decisions`), of --before-quorum voor geschiedenis van vóór quorum
board-decision-not-standing = besluit { $code } is { $status }; alleen een besluit dat staat kan benoemen of ontslaan
board-decision-after = besluit { $code } is genomen op { $decided }, na { $on }; een zetel kan niet veranderen vóór het besluit erover
board-why-status = is op { $on } { $status ->
    [active] actief lid
    [suspended] geschorst
    [former] oud-lid
    [future] pas later lid
   *[other] { $status }
}
board-why-category = zit in categorie '{ $category }', die geen lidmaatschap is
board-not-a-member = lid { $number } { $why }: bestuurders worden uit de leden benoemd (BW 2:37 lid 1; de statuten kunnen buitenstaanders toestaan, wat quorum nog niet vastlegt)
board-not-a-member-hint = leg eerst het lidmaatschap vast (`quorum member add` / `member rejoin`), of kies een lid
board-seat-already = lid { $number } heeft al zetel { $seat } ({ $role }) vanaf { $since }; wijzig de functie met `quorum board role`
date-not-after = { $date } ligt niet na { $after }
board-seat-vanished = zetel { $seat } is na het vastleggen niet gevonden
board-no-seat = lid { $number } heeft op { $on } geen zetel in het bestuur
board-no-seat-hint = `quorum board --on DATUM` toont het bestuur op een datum
lookup-board-change = er is geen bestuurswijziging { $id } om te melden; `quorum board reports` toont ze
board-change-reported-already = bestuurswijziging { $id } is al gemeld op { $on }
board-report-before-change = { $on } ligt vóór de wijziging zelf ({ $changed })
board-role-already = lid { $number } is op { $on } al { $role }
board-role-same-day = zetel { $seat } begint op { $on }; een functie verandert na de dag waarop de zetel begint

# src/ops/guest.rs, src/ops/actions/done.rs
guest-meeting-cancelled = vergadering { $meeting } is afgelast
guest-needs-name = een gast heeft een naam nodig
guest-is-member = { $number } is lid op { $on }: leden zijn aanwezig als lid, niet als gast
guest-is-member-hint = meld het lid aan met `quorum meeting checkin { $meeting } { $number }`
guest-already = { $number } is al gast van vergadering { $meeting }
guest-vanished = gast { $guest } is na het vastleggen niet gevonden
lookup-guest = vergadering { $meeting } heeft geen gast { $guest }; `quorum meeting guest list { $meeting }` toont de gasten
action-done-already = actiepunt { $id } is al afgehandeld op { $on }

# src/ops/delegate.rs, src/ops/kascommissie.rs
delegate-member-is-person = lid { $number } is een persoon; alleen een lid dat een organisatie is, registreert vertegenwoordigers
delegate-member-is-person-hint = leg de naam van de organisatie vast met `quorum member edit { $number } --organisation NAAM`
delegate-needs-name = een vertegenwoordiger heeft een naam nodig
date-before = { $date } ligt vóór { $before }
delegate-vanished = vertegenwoordiger { $delegate } is na het vastleggen niet gevonden
lookup-delegate = lid { $number } heeft geen vertegenwoordiger { $delegate }; `quorum member delegate list { $number }` toont ze
delegate-end-before-start = { $on } ligt vóór het begin van de machtiging ({ $from })
delegate-not-known-none = { $name } is op { $on } geen vertegenwoordiger van lid { $number } (het lid heeft er dan geen)
delegate-not-known = { $name } is op { $on } geen vertegenwoordiger van lid { $number }; de vertegenwoordigers zijn: { $names }
delegate-not-known-hint = registreer de vertegenwoordiger met `quorum member delegate add { $number } --name …`
kascommissie-committee-kept = het verslag over { $year } is vastgelegd (van { $on }); de commissie die het maakte blijft zoals ze was
kascommissie-report-unreadable = het verslag { $file } kan niet worden gelezen: { $error }
kascommissie-report-in-year = { $date } ligt niet na het einde van boekjaar { $year } ({ $end }); de rekening wordt na afloop van het jaar gecontroleerd
kascommissie-none = er is geen kascommissie vastgelegd voor { $year }
kascommissie-none-hint = leg haar eerst vast met `quorum kascommissie set { $year } --members N N --decision CODE`, of geef --accountant voor een verklaring van een accountant

## msgcli

list-nobody = niemand
member-add-duplicate = { $name } lijkt al als lid ingeschreven ({ $found }); er is niemand toegevoegd
member-add-duplicate-hint = kijk het na met `quorum member show { $number }`; is dit een ander persoon, voeg hem of haar dan opnieuw toe met --allow-duplicate
member-add-cancelled = afgebroken; er is niemand toegevoegd
member-likeness-email = hetzelfde e-mailadres
member-likeness-name-birth = dezelfde naam en geboortedatum
member-likely-same = lid { $number } ({ $name }) heeft { $why }
member-consent-without-email = de instemming met oproeping per e-mail is vastgelegd, maar er is geen e-mailadres
member-likely-duplicate = waarschijnlijk dubbel: { $found }
member-add-number-taken-hint = laat --number weg om het eerstvolgende vrije nummer te nemen
member-added = lid { $number } { $name } toegevoegd
member-edit-nothing = niets te wijzigen: er is geen gegeven opgegeven
member-edit-nothing-hint = geef de gegevens die veranderen, bijvoorbeeld `quorum member edit { $number } --city Utrecht` (zie --help)
member-changed = lid { $number } gewijzigd: { $fields }
member-consent-no-email = lid { $number } heeft ingestemd met oproeping per e-mail, maar heeft geen e-mailadres
member-edit-no-change = Lid { $number } heeft deze gegevens al; er is niets gewijzigd.
member-delete-referred = lid { $number } is niet alleen een vergissing: { $uses } verwijzen ernaar; er is niets verwijderd
member-delete-referred-hint = wie heeft meegedaan blijft in het ledenregister: na de opzegging (`quorum member leave { $number } --date DATE`) wist `quorum member erase { $number }` de persoonsgegevens
member-delete-confirm = Lid { $number } ({ $name }) wordt uit het ledenregister verwijderd
list-comma = { $first }, { $then }
import-column-unknown = kolom "{ $column }" wordt niet ingelezen: quorum kent hem niet; lees hem in met --map "{ $column }=VELD", of verberg deze melding met --map "{ $column }=-"
import-columns-unknown = { $count } kolommen worden niet ingelezen, want quorum kent ze niet: { $columns }; lees er een in met --map "KOLOM=VELD", of verberg ze met --map "KOLOM=-"
import-holds-dates = datums
import-holds-postcodes = postcodes
import-holds-emails = e-mailadressen
import-column-holds-taken = kolom "{ $column }" wordt niet ingelezen: quorum kent hem niet, en hij bevat { $holds }, waarvan de velden al een kolom hebben; verberg deze melding met --map "{ $column }=-"
import-column-holds-one = kolom "{ $column }" wordt niet ingelezen: quorum kent hem niet, maar hij bevat { $holds }: lees hem in met --map "{ $column }={ $field }", of verberg deze melding met --map "{ $column }=-"
import-column-holds-dates = kolom "{ $column }" wordt niet ingelezen: quorum kent hem niet, en hij bevat { $holds }; zijn het geboorte-, inschrijf- of uitschrijfdatums van leden, lees hem dan in met --map "{ $column }=VELD" (VELD een van { $fields }), en verberg deze melding anders met --map "{ $column }=-"
import-column-derived = kolom "{ $column }" wordt vergeleken met de datums, niet ingelezen: quorum leidt de status af uit de datums
import-column-family-name = kolom "{ $column }" wordt gelezen als achternaam, naast "{ $given }" (niet gesplitst als volledige naam; --map "{ $column }=full_name" splitst hem)
import-preview = regel { $line }: { $fields }
import-more-warnings = … en nog { $count } waarschuwingen van andere soorten
import-names-split = { $split } van de { $total } namen gesplitst in voornaam, tussenvoegsel en achternaam
import-names-not-split = { $count ->
    [one] 1 naam kon niet worden gesplitst en is
   *[other] { $count } namen konden niet worden gesplitst en zijn
} in zijn geheel als achternaam bewaard: { $listed }; verbeter die van een persoon met member edit N --given-name … --family-name …, die van een organisatie met member edit N --organisation … --family-name "", of splits de kolom in het rekenblad
import-prefixes-taken = het tussenvoegsel is uit { $count ->
    [one] 1 achternaam
   *[other] { $count } achternamen
} gehaald waarin het stond, want het bestand heeft geen kolom voor tussenvoegsels: { $listed }
import-organisations = { $count ->
    [one] 1 naam is van een organisatie (hij begint met een woord als Stichting of Vereniging)
   *[other] { $count } namen zijn van organisaties (ze beginnen met een woord als Stichting of Vereniging)
} en blijft als naam in zijn geheel bewaard: { $listed }
import-consent-dated = { $count } leden stemden in met e-mail met een ja zonder datum: hun instemming krijgt de datum { $today }, de dag van het inlezen
import-matched-one-way = { $count ->
    [one] 1 regel
   *[other] { $count } regels
} gekoppeld aan ingeschreven leden { $how ->
    [number] op lidnummer
    [email] op e-mailadres
   *[name] op naam en geboortedatum
}
import-matched-by = { $count } { $how ->
    [number] op lidnummer
    [email] op e-mailadres
   *[name] op naam en geboortedatum
}
import-matched-ways = { $count ->
    [one] 1 regel
   *[other] { $count } regels
} gekoppeld aan ingeschreven leden: { $ways }
import-matched-line = regel { $line } → lid { $number }
import-matched-line-why = regel { $line } → lid { $number } ({ $why })
import-more = nog { $count }
import-line-named = regel { $line } "{ $name }"
import-and-more = { $listed } en nog { $count }
import-refused = { $count ->
    [one] 1 fout
   *[other] { $count } fouten
} in { $file }; er is niets ingelezen
import-refused-hint = verbeter het bestand en lees het opnieuw in; --dry-run controleert een bestand zonder iets vast te leggen
import-unnamed-column = een kolom zonder kop heeft waarden; die worden niet ingelezen (geef de kolom een kop)
import-category-made = de categorie '{ $category }' { $dry_run ->
    [yes] zou worden aangemaakt
   *[no] is aangemaakt
} (leden met één stem); kijk na of de statuten dat zo zeggen
import-counts = { $new } nieuwe, { $changed } gewijzigde en { $unchanged } ongewijzigde leden uit { $file }
import-imported = ingelezen: { $counts } (import { $import })
import-checked = gecontroleerd: { $counts }; er is niets vastgelegd (--dry-run)
file-unreadable = { $path } kan niet worden gelezen: { $why }
file-wrong = { $path }: { $why }
election-ballot-empty = zeg wat er op het stembiljet staat: een NAAM, --rank "A,B,C", --blank, --invalid REDEN of --file F
election-ballots-entered = { $papers ->
    [one] 1 stembiljet
   *[other] { $papers } stembiljetten
} ingevoerd in stemronde { $round } van verkiezing { $election }: { $valid } geldig, { $blank } blanco, { $invalid } ongeldig
election-binding-recorded = stemming over de bindende voordracht bij verkiezing { $election } vastgelegd
election-candidate-added = kandidaat { $candidate } toegevoegd bij verkiezing { $election }
election-candidate-withdrawn = kandidaat { $candidate } teruggetrokken bij verkiezing { $election }
election-round-counted = stemronde { $round } ({ $label }, { $kind }) van verkiezing { $election } geteld volgens { $method }, seed { $seed }
election-papers = { $papers ->
    [one] 1 stembiljet
   *[other] { $papers } stembiljetten
}: { $blank } blanco, { $invalid } ongeldig
election-invalid-reason = ongeldig ({ $papers ->
    [one] 1 stembiljet
   *[other] { $papers } stembiljetten
}): { $reason }
election-lot = loting voor { $purpose } tussen { $among }: { $chosen }
election-elected = Gekozen: { $names }
election-held-over = De verkiezing wordt aangehouden tot de volgende vergadering.
list-and = {" "}en{" "}
election-tie = De stemmen staken: een nieuwe stemming tussen { $between }; open die met `quorum election round { $election }`
election-next-round = Volgende stemronde ({ $kind }): { $names }; open die met `quorum election round { $election }`
election-recounted = alle stemronden nageteld: de opgeslagen uitslagen
election-round-opened = stemronde { $round } ({ $label }, { $kind }) van verkiezing { $election } geopend
election-codes-issued = { $codes ->
    [one] 1 stemcode
   *[other] { $codes } stemcodes
} uitgereikt voor stemronde { $round } van verkiezing { $election } aan { $voters ->
    [one] 1 aanwezige stemgerechtigde
   *[other] { $voters } aanwezige stemgerechtigden
} ({ $files })
election-ballot-cast = stembiljet uitgebracht in stemronde { $round } van verkiezing { $election }
election-blt-wrote = bestand { $path } geschreven ({ $ballots ->
    [one] 1 stembiljet
   *[other] { $ballots } stembiljetten
} van stemronde { $round })
election-created = verkiezing { $election } aangemaakt in vergadering { $meeting } ({ $seats ->
    [one] 1 zetel
   *[other] { $seats } zetels
}, { $method }); seed { $seed }
election-heading = Verkiezing { $election }: { $title } (vergadering { $meeting }, { $status })
election-seats-method = { $seats ->
    [one] 1 zetel
   *[other] { $seats } zetels
} volgens { $method }; seed { $seed }
election-round-votes = stemronde { $round }: { $votes }
tally-to-blt-format = --to blt schrijft BLT, dus --format heeft hier geen betekenis
tally-to-blt-format-hint = laat --format weg, of laat --to weg om de stembiljetten te tellen
tally-repaired = bestand { $file } hersteld: { $repair }
tally-read = bestand { $file } gelezen ({ $format }{ $detected ->
    [yes] , herkend
   *[no] {""}
}): { $candidates ->
    [one] 1 kandidaat
   *[other] { $candidates } kandidaten
}, { $ballots ->
    [one] 1 stembiljet
   *[other] { $ballots } stembiljetten
}
tally-seed = seed { $given ->
    [yes] { $seed } (opgegeven)
    [batch] { $seed }
   *[no] { $seed } (willekeurig; herhaal deze telling met --seed { $seed })
}
tally-unsuitable = { $file }: tellen volgens { $method } kan niet: { $why }
tally-counted = geteld volgens { $method }, { $seats ->
    [one] 1 zetel
   *[other] { $seats } zetels
}: { $stages ->
    [one] 1 telronde
   *[other] { $stages } telronden
}, { $invalid } ongeldig, { $lots ->
    [one] 1 keer geloot
   *[other] { $lots } keer geloot
}
tally-missing-method = --method ontbreekt
tally-choose-method = kies een van: { $methods }
tally-batch-convert = meerdere bestanden kunnen alleen worden geteld, niet omgezet
tally-batch-convert-hint = geef --method, of zet de bestanden een voor een om met --to blt
tally-batch-counted = { $counted } van de { $files } bestanden geteld volgens { $method }
tally-batch-failed = { $failed } van de { $files } bestanden konden niet worden geteld; de reden staat bij elk in zijn regel
tally-stdin-unreadable = de stembiljetten kunnen niet van de standaardinvoer worden gelezen: { $why }
tally-not-utf8 = { $file } is geen UTF-8; het wordt gelezen als Windows-1252
tally-file-unreadable = het stembiljettenbestand { $file } kan niet worden gelezen: { $why }
tally-file-unreadable-hint = kijk het pad na; `quorum tally` telt een BLT-, ABIF-, Debian-, CSV- of Dublin-bestand met stembiljetten
tally-detected-hint = gelezen als { $format } (herkend aan de inhoud); is het een ander formaat, zeg dat dan met --input-format ({ $formats })
tally-blt-no-seats = het bestand noemt geen aantal zetels; de kop van het BLT-bestand zegt 1 (geef het aantal met --seats)
tally-blt-no-default = BLT kan de standaardkeuze en de meerderheidseisen niet vastleggen; die worden weggelaten
tally-blt-no-metadata = BLT heeft geen plaats voor { $count ->
    [one] de ene regel metagegevens
   *[other] de { $count } regels metagegevens
} van het bestand; die worden weggelaten
decision-made-known = besluit { $code } bekendgemaakt op { $on }; vernietiging kan worden gevorderd tot en met { $until } (BW 2:15 lid 5)
decision-confirmed = besluit { $code } bevestigd door besluit { $by }; het is nu { $standing } (BW 2:15 lid 6)
decision-status-set = besluit { $code } is { $status } vanaf { $from }
decision-history-heading = Geschiedenis:
resolution-adopted = schriftelijk besluit { $resolution } aangenomen
resolution-failed = schriftelijk besluit { $resolution } verworpen
resolution-made = schriftelijk besluit { $resolution } over voorstel { $proposal } opgesteld: { $voters ->
    [one] het enige lid
   *[other] alle { $voters } leden
} met stemrecht op { $on } ({ $votes ->
    [one] 1 stem
   *[other] { $votes } stemmen
}) { $voters ->
    [one] moet
   *[other] moeten
} instemmen
resolution-signatures-heading = Handtekeningen:
resolution-signed = schriftelijk besluit { $resolution } getekend: lid { $member } { $how ->
    [against] tegen
   *[agreed] stemt in
}
resolution-cannot-pass = schriftelijk besluit { $resolution } kan niet meer worden aangenomen; leg de uitkomst vast met `quorum resolution close { $resolution }`
document-late = de oproeping is al verstuurd: het stuk wordt vastgelegd als te laat, en een besluit over het agendapunt kan vernietigbaar zijn (BW 2:15)
document-added = vergaderstuk { $document } ‘{ $title }’ toegevoegd bij agendapunt { $item } van vergadering { $meeting }
document-supplement-wrote = aanvulling op de oproeping van vergadering { $meeting } met { $documents ->
    [one] 1 vergaderstuk
   *[other] { $documents } vergaderstukken
} geschreven naar { $path }
document-removed = vergaderstuk { $document } ‘{ $title }’ verwijderd van vergadering { $meeting }
action-done = actiepunt { $action } afgehandeld op { $on }
db-problems = { $path } heeft problemen:
    {"  "}{ $problems }
db-problems-hint = zet de laatste back-up terug (`quorum db restore BESTAND`), of maak een kopie met `quorum db backup` voordat u iets herstelt
man-cannot-create = { $path } aanmaken: { $why }
man-cannot-write = { $path } schrijven: { $why }
man-pages-wrote = { $count } man-pagina's geschreven naar { $path }
format-own-file = `quorum { $path }` drukt een bestand in een eigen formaat af, niet { $format }
format-own-file-hint = laat --format weg
format-not-offered = `quorum { $path }` heeft geen vorm { $format }
format-use = gebruik --format { $formats }
proposal-text-file-unreadable = het tekstbestand { $path } kan niet worden gelezen: { $why }
proposal-by-missing = --by N… of --by-board ontbreekt (de invoer is geen terminal, dus quorum kan het niet vragen)
proposal-by-missing-hint = geef --by-board, of --by met de nummers van de leden die het voorstel indienen
proposal-by-word = '{ $word }': { $why }
proposal-by-answer-hint = antwoord bestuur, of de nummers van de leden die het voorstel indienen
reading-file = { $path } lezen: { $why }
rules-file-problem = { $problem }
rules-file-problems = { $count } problemen in { $file }:
    {"  "}{ $problems }
rules-file-problems-hint = er is niets ingelezen; verbeter het bestand en lees het opnieuw in
todo-nothing-open = Op { $on } staat niets open wat de wet of de statuten verwachten.
todo-overdue = { $overdue } van de { $duties } verplichtingen zijn op { $on } te laat
prompt-birth-date = Geboortedatum
prompt-category = Categorie
prompt-joined = Lid sinds
prompt-email-consent = Ingestemd met oproeping per e-mail?
prompt-notes = Notities
prompt-add-anyway = Dit lid toch toevoegen?

# src/domain/office.rs, src/ops/member/pipeline.rs
committee-too-small = een kascommissie heeft ten minste { $min } leden nodig (kascommissie_min_members = { $min }; BW 2:48 lid 2: ten minste 2); genoemd: { $given }
committee-outsiders = de kascommissie bestaat uit leden (BW 2:48 lid 2); geen lid: { $outsiders }
committee-on-board = { $number } ({ $name }, in het bestuur van { $from } tot en met { $to })
committee-board = leden van de kascommissie over { $year } mogen in dat jaar niet in het bestuur zitten (BW 2:48 lid 2): { $board }; kies andere leden
comma-list = { $first }, { $rest }
pipeline-writer-stopped = het schrijvende deel is gestopt

## contract: quorum demo (src/cli/demo.rs)

demo-intro = Bewonersfederatie De Eendracht (demo): een federatie van bewonerscollectieven.
demo-members-on = Leden op { $on }:
demo-no-members = Geen leden.
demo-members-then = Wie was lid op { $on }? { $count ->
    [one] 1 lid
   *[other] { $count } leden
}:
demo-votes-today = Stemmen op een ledenvergadering vandaag (geschorste leden hebben er geen, BW 2:24d):
demo-no-categories = Geen categorieën.
demo-votes-total = Totaal: { $total ->
    [one] 1 stem
   *[other] { $total } stemmen
}.
demo-board-on = Het bestuur op { $on } (`quorum board`), zoals het was samengesteld voordat de vereniging quorum ging gebruiken:
demo-no-board = Geen bestuur.
demo-committee = De kascommissie over { $year } (BW 2:48 lid 2): { $members }; geen van hen zat dat jaar in het bestuur.
demo-meeting = Een ledenvergadering op { $on }: vandaag bijeengeroepen (oproepingstermijn { $days } dagen), geopend, twee gasten ingeschreven (tellen nooit mee), en aan de deur:
demo-door-refused = {"  "}lid { $number } geweigerd: { $reason }
demo-door-delegate = {"  "}lid { $number } ({ $name }) aangemeld via de afgevaardigde { $delegate }, met { $votes ->
    [one] 1 stem
   *[other] { $votes } stemmen
}
demo-proxy = {"  "}lid { $from } gaf een volmacht aan lid { $to }
demo-vote = Stemming { $vote } over "{ $title }" ({ $method ->
    [hands] bij handopsteken
    [roll_call] hoofdelijk
    [ballot] schriftelijk
   *[other] { $method }
}), toegelicht in de taal van de vereniging:
demo-vote-declared = De voorzitter stelde vast: { $declared ->
    [adopted] aangenomen
    [rejected] verworpen
   *[other] { $declared }
}.
demo-election = Verkiezing van een bestuurslid met stembiljetten (modelstatuten; docs/reference/law.md#model-statutes):
demo-election-round = {"  "}Ronde { $round } ({ $kind ->
    [free] vrije stemming
    [runoff] herstemming
   *[other] { $kind }
}): { $papers } stembiljetten, { $blank } blanco, { $invalid } ongeldig; { $votes }
demo-election-line = {"    "}{ $line }
demo-election-elected = {"    "}Gekozen: { $names }
demo-election-runoff = {"    "}Herstemming tussen: { $names }
demo-minutes = De notulen, opgesteld uit wat is vastgelegd (`quorum minutes draft { $meeting }`), in de taal van de vereniging:
demo-journal-intact = Het journaal bevat { $entries ->
    [one] 1 regel
   *[other] { $entries } regels
} en de hashketen is ongeschonden.
demo-journal-broken = het journaal is beschadigd bij regel { $seq }: { $reason }
demo-look-around = De demodatabase is { $db }. Kijk rond, bijvoorbeeld:
    {"  "}quorum --db { $db } member list --search muller
    {"  "}quorum --db { $db } member show 12
    {"  "}quorum --db { $db } journal list
list-empty-actions-open = Geen openstaande actiepunten.
list-empty-actions = Nog geen actiepunten; leg er een vast met `quorum minutes action M --who … --what …`.
list-empty-candidates = Geen kandidaten.
list-empty-counted-rounds = Geen getelde stemronden.
list-empty-rounds = Nog geen stemronden.
list-empty-elections = Geen verkiezingen.
list-empty-documents = Geen vergaderstukken; `meeting document add` legt er een vast.
list-empty-resolutions = Geen schriftelijke besluiten.
restore-confirm = { $db } vervangen door de reservekopie { $file } (het huidige bestand blijft ernaast bewaard)

## docs27
rules-article-recorded = artikel bij { $key } vastgelegd: { $new } (regels vanaf { $from })
rules-article-changed = artikel bij { $key } gewijzigd: { $new }, was { $old } (regels vanaf { $from })
rules-article-removed = artikel bij { $key } ({ $old }) verwijderd uit de regels vanaf { $from }
# src/cli/minutes
minutes-not-a-table = { $command } maakt een document, geen tabel
minutes-not-a-table-hint = gebruik --format md (de standaard), html of json
minutes-circulated = versie { $version } van de notulen van vergadering { $meeting } ter goedkeuring rondgestuurd (sha256 { $sha256 })
minutes-no-chair = de voorzitter van vergadering { $meeting } is niet vastgelegd; de notulen zeggen dat (`quorum meeting edit { $meeting } --chair N`)
minutes-no-secretary = de notulist van vergadering { $meeting } is niet vastgelegd; de notulen zeggen dat (`quorum meeting edit { $meeting } --secretary N`)
minutes-draft-wrote = conceptnotulen van vergadering { $meeting } geschreven naar { $path }
minutes-sealed-by-vote = notulen van vergadering { $meeting } verzegeld, goedgekeurd in vergadering { $at } bij stemming { $vote } (sha256 { $sha256 })
minutes-sealed-by-acclamation = notulen van vergadering { $meeting } verzegeld, goedgekeurd in vergadering { $at } bij acclamatie (sha256 { $sha256 })
minutes-seal-verified = zegel { $seal } van de notulen van vergadering { $meeting } gecontroleerd: de tekst past bij zijn SHA-256 { $sha256 } en journaalregel { $entry }
minutes-seal-text-changed = zegel { $seal } van de notulen van vergadering { $meeting }: de tekst past niet meer bij zijn SHA-256: hij is na de goedkeuring gewijzigd
minutes-seal-not-journaled = zegel { $seal } van de notulen van vergadering { $meeting }: de SHA-256 is niet die het journaal bij de goedkeuring vastlegde
minutes-seal-chain-broken = zegel { $seal } van de notulen van vergadering { $meeting }: de hashketen van het journaal is verbroken (`quorum journal verify` zegt waar)
minutes-seal-mismatch = de goedgekeurde notulen van vergadering { $meeting } passen niet bij hun zegel
minutes-editor-failed = de editor '{ $editor }' is mislukt ({ $status }); er is geen notitie toegevoegd
minutes-editor-failed-hint = zet VISUAL of EDITOR op een editor die werkt, of geef de notitie als argument mee
minutes-editor-not-started = de editor '{ $editor }' kon niet starten: { $error }; er is geen notitie toegevoegd
minutes-editor-not-started-hint = zet VISUAL of EDITOR, of geef de notitie als argument mee
minutes-note-corrected = notitie { $note } van de notulen van vergadering { $meeting } verbeterd
minutes-note-removed = notitie { $note } verwijderd uit de notulen van vergadering { $meeting }; de notities erna schuiven één nummer op
minutes-note-which-meeting = noem de vergadering: `minutes note M "tekst"`
minutes-note-empty = de notitie is leeg; er is geen notitie toegevoegd
minutes-note-empty-hint = schrijf wat er gezegd is, als argument, via stdin (-) of met --edit
minutes-note-added = notitie { $note } toegevoegd aan de notulen van vergadering { $meeting }
minutes-note-added-under = notitie { $note } toegevoegd aan de notulen van vergadering { $meeting }, onder agendapunt { $item }
minutes-action-recorded = actiepunt { $action } vastgelegd in vergadering { $meeting }
# src/ops/minutes, src/domain/minutes, src/domain/lang.rs
minutes-no-such-item = vergadering { $meeting } heeft geen agendapunt { $position }; `quorum meeting agenda { $meeting } list` toont de agendapunten
minutes-note-text-empty = de notitie is leeg; schrijf op wat er gezegd is
minutes-action-who-empty = zeg wie het doet
minutes-action-what-empty = zeg wat er moet gebeuren
minutes-cancelled-because = vergadering { $meeting } is afgelast ({ $reason }), is dus nooit gehouden en heeft geen notulen; `quorum minutes draft { $meeting } --cancelled` drukt het bericht af dat zij niet doorgaat
minutes-cancelled = vergadering { $meeting } is afgelast, is dus nooit gehouden en heeft geen notulen; `quorum minutes draft { $meeting } --cancelled` drukt het bericht af dat zij niet doorgaat
minutes-not-cancelled = vergadering { $meeting } is niet afgelast; `quorum minutes draft { $meeting }` maakt haar conceptnotulen
minutes-circulate-not-closed = vergadering { $meeting } is nog niet gesloten; notulen worden na de vergadering rondgestuurd (`quorum meeting close { $meeting }`)
minutes-circulate-approved = de notulen van vergadering { $meeting } zijn al goedgekeurd in vergadering { $at }; er valt niets ter goedkeuring rond te sturen
minutes-not-circulated = de notulen van vergadering { $meeting } zijn niet rondgestuurd; `quorum minutes draft { $meeting } --circulate` doet dat
minutes-notes-sealed = de notulen van vergadering { $meeting } zijn goedgekeurd in vergadering { $at } en verzegeld; hun notities blijven zoals ze zijn goedgekeurd
minutes-notes-sealed-hint = voeg een correctie toe voor de volgende goedkeuring: `quorum minutes note { $meeting } --correction "…"`
minutes-note-edit-empty = de notitie is leeg; om haar weg te halen gebruikt u `minutes note remove`
minutes-vote-other-meeting = stemming { $vote } is gehouden in vergadering { $taken }, niet in vergadering { $at }; noem een stemming van de vergadering die goedkeurt
minutes-vote-open = stemming { $vote } is nog open; sluit haar eerst (`quorum vote close { $vote }`)
minutes-vote-not-adopted = stemming { $vote } heeft niets aangenomen ({ $result }); notulen worden goedgekeurd bij een stemming die ze aanneemt, of bij acclamatie zonder --vote
minutes-approved-already = de notulen van vergadering { $meeting } zijn al goedgekeurd in vergadering { $at } (zegel { $seal }); een correctie is een nieuwe goedkeuring met --correction
minutes-correction-unapproved = de notulen van vergadering { $meeting } zijn nog niet goedgekeurd; keur ze goed zonder --correction
minutes-changed-since-circulated = de notulen van vergadering { $meeting } zijn gewijzigd sinds ze op { $on } zijn rondgestuurd (sha256 { $sha256 }); de leden zouden een tekst goedkeuren die zij niet hebben gekregen:
    { $lines }
minutes-changed-since-circulated-hint = stuur eerst de nieuwe tekst rond (`quorum minutes draft { $meeting } --circulate`) en keur dan goed
minutes-seal-not-stored = zegel { $seal } is niet opgeslagen
minutes-not-approved = de notulen van vergadering { $meeting } zijn nog niet goedgekeurd; `quorum minutes draft { $meeting }` toont het concept
minutes-circulation-missing = de rondgestuurde versie { $circulation } van zegel { $seal } ontbreekt
minutes-no-seal-to-check = de notulen van vergadering { $meeting } zijn nog niet goedgekeurd; er is geen zegel om te controleren
minutes-approve-cancelled = vergadering { $meeting } is afgelast; een afgelaste vergadering heeft geen notulen om goed te keuren
minutes-approve-not-held = vergadering { $meeting } is niet gehouden (zij is nooit geopend); notulen worden na de vergadering goedgekeurd
minutes-approve-at-cancelled = vergadering { $meeting } is afgelast; notulen worden goedgekeurd door een vergadering die gehouden wordt
minutes-approve-at-not-open = vergadering { $meeting } is niet geopend; notulen worden tijdens een vergadering goedgekeurd: leg eerst `quorum meeting open { $meeting }` vast
minutes-approve-same-meeting = volgens de statuten stelt de volgende vergadering de notulen vast (minutes_adopted_by = { $rule }); keur de notulen van vergadering { $meeting } goed in een latere vergadering
minutes-approve-earlier = vergadering { $at } ({ $at_start }) is gehouden vóór vergadering { $meeting } ({ $start }); notulen worden goedgekeurd door een latere vergadering
minutes-approve-still-open = vergadering { $meeting } is nog open; sluit haar (`quorum meeting close { $meeting }`) voordat een latere vergadering haar notulen goedkeurt
minutes-said-not-a-time = '{ $given }' is geen tijd; schrijf 20.15, of een datum met tijd (15-04-2027 20:15)
minutes-note-cancelled = vergadering { $meeting } is afgelast ({ $reason }); een afgelaste vergadering heeft geen notulen
minutes-note-cancelled-no-reason = vergadering { $meeting } is afgelast (geen reden vastgelegd); een afgelaste vergadering heeft geen notulen
minutes-note-sealed = de notulen van vergadering { $meeting } zijn goedgekeurd en verzegeld; een notitie is nu een correctie, voor een nieuwe goedkeuring (--correction)
minutes-note-not-sealed = de notulen van vergadering { $meeting } zijn nog niet verzegeld; schrijf de notitie zonder --correction
minutes-action-sealed = de notulen van vergadering { $meeting } zijn goedgekeurd en verzegeld; leg het actiepunt vast in de vergadering waar het wordt afgesproken
minutes-action-due-before = { $due } ligt vóór vergadering { $meeting } van { $date }; een actiepunt valt na de vergadering die het afsprak
lang-unknown = '{ $given }' is geen taal waarin quorum schrijft; kies nl of en


## joined
# Een lid met een onbekende datum van toetreden (issue 29)
joined-unknown-not-first = alleen de eerste periode van een lid kan een onbekende datum van toetreden hebben; dit lid is na { $previous } opnieuw lid geworden, en die datum is bekend
joined-unknown-cell = onbekend
import-joined-unknown = { $count ->
    [one] 1 lid heeft
   *[other] { $count } leden hebben
} een onbekende datum van toetreden (--joined unknown): zij tellen als lid van vóór elke vergadering in het ledenbestand; een datum verbeteren kan met `quorum member edit N --joined DATUM`
import-joined-conflicts = { $count ->
    [one] 1 rij is
   *[other] { $count } rijen zijn
} vóór { $date } afgemeld of erna geboren: die leden krijgen een onbekende datum van toetreden in plaats van --joined { $given } (regel { $lines })
jubilees-joined-unknown = { $count ->
    [one] 1 lid heeft
   *[other] { $count } leden hebben
} een onbekende datum van toetreden; een jubileum is dan niet te berekenen: niet in deze lijst (vul de datum in met `quorum member edit N --joined DATUM`)
list-empty-notes = geen notities
