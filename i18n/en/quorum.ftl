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
