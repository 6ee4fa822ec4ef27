# De Nederlandse woorden voor de waarden in tabellen en bij `show` (--format table, html, md):
# val-KOLOM-WAARDE. CSV en JSON houden de Engelse waarde (het contract voor scripts); in het
# Engels is de waarde zelf het woord. src/i18n/values.rs somt op welke waarden er zijn, en een
# test eist hier voor elk een woord.

## ja/nee (true/false)

val-yes = ja
val-no = nee

## status: leden, besluiten, stemmingen, voorstellen, verkiezingen, schriftelijke besluiten

val-status-active = actief
val-status-suspended = geschorst
val-status-former = oud-lid
val-status-future = nog geen lid
val-status-adopted = aangenomen
val-status-rejected = verworpen
val-status-awaiting-deed = wacht op akte
val-status-in-force = van kracht
val-status-superseded = vervangen
val-status-open = open
val-status-closed = gesloten
val-status-draft = concept
val-status-withdrawn = ingetrokken
val-status-voting = in stemming
val-status-decided = besloten
val-status-failed = niet aangenomen
val-status-elected = gekozen
val-status-postponed = aangehouden
val-status-counted = geteld
val-status-present = aanwezig
val-status-left = eerder vertrokken
val-status-apologies = afwezig met kennisgeving
val-status-proxy = bij volmacht
val-status-guest = gast

## state: vergaderingen

val-state-planned = gepland
val-state-convened = bijeengeroepen
val-state-open = geopend
val-state-closed = gesloten
val-state-cancelled = afgelast

## kind: vergaderingen, voorstellen, besluiten, stemronden

val-kind-regular = gewone vergadering
val-kind-annual = jaarvergadering
val-kind-extraordinary = buitengewone vergadering
val-kind-ordinary = gewoon
val-kind-statutes = statutenwijziging
val-kind-dissolution = ontbinding
val-kind-budget = begroting
val-kind-accounts = jaarrekening
val-kind-discharge = decharge
val-kind-appointment = benoeming
val-kind-other = overig
val-kind-board-dismissal = ontslag bestuurslid
val-kind-board-suspension = schorsing bestuurslid
val-kind-proposal = voorstel
val-kind-election = verkiezing
val-kind-resolution = schriftelijk besluit
val-kind-free = vrije stemming
val-kind-runoff = herstemming

## method: stemwijze en verkiezingsmethode

val-method-hands = bij handopsteken
val-method-roll_call = hoofdelijk
val-method-ballot = schriftelijk
val-method-majority = volstrekte meerderheid
val-method-majority-runoff = volstrekte meerderheid met herstemming
val-method-plurality = meeste stemmen
val-method-approval = goedkeuringsstemming
val-method-irv = alternatieve stemming (irv)
val-method-stv-scottish = stv (Schotse regels)
val-method-stv-meek = stv (Meek)
val-method-schulze = schulze

## result: de uitslag van een stemming, de aanmelding bij de deur

val-result-adopted = aangenomen
val-result-rejected = verworpen
val-result-no_quorum = geen quorum
val-result-postponed = aangehouden
val-result-present = aanwezig
val-result-left = vertrokken
val-result-apologies = afwezig met kennisgeving
val-result-refused = geweigerd

## choice, declaration, outcome

val-choice-for = voor
val-choice-against = tegen
val-choice-abstain = onthouding
val-choice-blank = blanco
val-declaration-adopted = aangenomen
val-declaration-rejected = verworpen
val-outcome-adopted = aangenomen
val-outcome-rejected = verworpen
val-outcome-elected = gekozen
val-outcome-runoff = herstemming
val-outcome-free = vrije stemming
val-outcome-tie = staking van stemmen
val-outcome-postponed = aangehouden

## decides: het soort besluit van een agendapunt

val-decides-none = geen besluit
val-decides-ordinary = gewoon besluit
val-decides-statute_amendment = statutenwijziging
val-decides-dissolution = ontbinding

## form, standing

val-form-paper = op papier
val-form-electronic = elektronisch
val-standing-valid = geldig
val-standing-voidable = vernietigbaar
val-standing-void = nietig

## base, threshold, question: de meerderheid van een stemming

val-base-cast = uitgebrachte stemmen
val-base-present = aanwezige of vertegenwoordigde stemmen
val-base-all = alle stemgerechtigden
val-threshold-more_than_half = meer dan de helft
val-threshold-half_plus_one = de helft plus één
val-question-ordinary = gewoon besluit
val-question-statute_amendment = statutenwijziging
val-question-statute_amendment_second_meeting = statutenwijziging, tweede vergadering
val-question-dissolution = ontbinding
val-question-binding_nomination_override = ontnemen bindende voordracht
val-question-board_dismissal = ontslag bestuurslid
