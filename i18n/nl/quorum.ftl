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
