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
