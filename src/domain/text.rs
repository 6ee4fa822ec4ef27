//! Folding text for search and for the order of a Dutch register: lower case, accents removed
//! ("Müller" → "muller", "Émile" → "emile"), and family names sorted without their prefix.

use unicode_normalization::UnicodeNormalization as _;

/// Lower case without diacritics, for case- and accent-insensitive comparison.
pub fn fold(s: &str) -> String {
    s.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ß' => 's',
            'ø' => 'o',
            'æ' => 'a',
            'ł' => 'l',
            'đ' => 'd',
            c => c,
        })
        .collect()
}

/// The key a Dutch register sorts by: family name without its prefix ("van der Berg" → "berg"),
/// then the given name; folded so that "Émile" sits next to "Emile".
pub fn sort_name(name_prefix: Option<&str>, family_name: &str, given_name: &str) -> String {
    // A prefix typed into the family name field ("van der Berg") is split off here too.
    let family = strip_prefix(family_name, name_prefix);
    format!("{}\u{1}{}", fold(family.trim()), fold(given_name.trim()))
}

const PREFIXES: &[&str] = &[
    "van der", "van den", "van de", "van 't", "van het", "in 't", "in de", "op de", "op den",
    "uit de", "van", "de", "den", "der", "het", "'t", "ten", "ter", "te", "la", "le", "du", "d'",
];

fn strip_prefix<'a>(family: &'a str, given_prefix: Option<&str>) -> &'a str {
    if given_prefix.is_some_and(|p| !p.trim().is_empty()) {
        return family;
    }
    let lower = family.to_lowercase();
    for p in PREFIXES {
        if lower.starts_with(p) && lower[p.len()..].starts_with(' ') && lower.len() > p.len() + 1 {
            return family[p.len()..].trim_start();
        }
    }
    family
}

/// The full name as written: "Jan van der Berg".
pub fn full_name(given: Option<&str>, prefix: Option<&str>, family: Option<&str>) -> String {
    [given, prefix, family]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A name split into its Dutch parts: given name, tussenvoegsel and family name, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitName {
    pub given: Option<String>,
    pub prefix: Option<String>,
    pub family: String,
}

/// Prefixes a Dutch family name can carry, longest first so "van der" wins over "van".
const NAME_PREFIXES: &[&str] = &[
    "van de la",
    "van der",
    "van den",
    "van de",
    "van 't",
    "van het",
    "in 't",
    "in de",
    "in het",
    "op de",
    "op den",
    "op 't",
    "op ten",
    "uit de",
    "uit den",
    "uit het",
    "van",
    "de",
    "den",
    "der",
    "het",
    "'t",
    "ten",
    "ter",
    "te",
    "la",
    "le",
    "du",
    "d'",
    "von",
    "zu",
];

/// First words that make a name an organisation's, kept whole.
const ORGANISATIONS: &[&str] = &[
    "stichting",
    "vereniging",
    "coöperatie",
    "cooperatie",
    "gemeente",
    "club",
    "kerk",
    "parochie",
    "bv",
    "nv",
    "vof",
    "firma",
    "school",
    "werkgroep",
    "comité",
    "comite",
];

/// Splits one "Naam" cell: "Piet van der Berg", or "Berg, Piet van der" (family name first, as
/// registers sort). None when the parts cannot be told apart without guessing: a single word,
/// or several given names or family names without a prefix between them ("Anna Maria Smit").
pub fn split_name(full: &str) -> Option<SplitName> {
    let full = full.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some((family, rest)) = full.split_once(',') {
        let (family, rest) = (family.trim(), rest.trim());
        if family.is_empty() || rest.is_empty() || rest.contains(',') {
            return None;
        }
        // "Berg, Piet van der": the prefix trails the given name.
        let words: Vec<&str> = rest.split(' ').collect();
        for n in (1..words.len()).rev() {
            let tail = words[words.len() - n..].join(" ");
            if is_prefix(&tail) {
                return Some(SplitName {
                    given: Some(words[..words.len() - n].join(" ")),
                    prefix: Some(tail),
                    family: family.to_string(),
                });
            }
        }
        return Some(SplitName {
            given: Some(rest.to_string()),
            prefix: None,
            family: family.to_string(),
        });
    }
    let words: Vec<&str> = full.split(' ').collect();
    if words.len() < 2 {
        return None;
    }
    // An organisation's name has no given name to split off.
    if is_organisation_name(&full) {
        return None;
    }
    // The given name is the first word; a prefix, if any, starts right after it.
    let given = words[0];
    if is_prefix(given) || given.ends_with('.') && words.len() > 2 && !is_prefix(words[1]) {
        return None;
    }
    let rest = &words[1..];
    for n in (1..rest.len()).rev() {
        let head = rest[..n].join(" ");
        if is_prefix(&head) {
            return Some(SplitName {
                given: Some(given.to_string()),
                prefix: Some(head),
                family: rest[n..].join(" "),
            });
        }
    }
    (rest.len() == 1).then(|| SplitName {
        given: Some(given.to_string()),
        prefix: None,
        family: rest[0].to_string(),
    })
}

/// Takes the prefix out of a family name that carries it, for files without a prefix column:
/// before it ("van der Berg"), or after it as registers sorted by family name write it ("Vries,
/// de", "Hof van 't"). Returns (prefix, family name), both as written; None when there is no
/// prefix to take out, so "el Amrani", "Hoekstra-de Boer" and a lone "Van" stay whole.
pub fn split_family_prefix(family: &str) -> Option<(String, String)> {
    let family = family.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some((name, prefix)) = family.split_once(',') {
        let (name, prefix) = (name.trim(), prefix.trim());
        return (!name.is_empty() && !name.contains(' ') && is_prefix(prefix))
            .then(|| (prefix.to_string(), name.to_string()));
    }
    let words: Vec<&str> = family.split(' ').collect();
    for n in (1..words.len()).rev() {
        let head = words[..n].join(" ");
        if is_prefix(&head) {
            return Some((head, words[n..].join(" ")));
        }
    }
    // "Hof van 't": one family name word, the prefix after it.
    let tail = words[1..].join(" ");
    (words.len() > 1 && is_prefix(&tail)).then(|| (tail, words[0].to_string()))
}

/// Whether a name starts with a word only an organisation's name starts with ("Stichting Het
/// Anker", "Vereniging …"): such a name in a full-name column is an organisation's.
pub fn is_organisation_name(full: &str) -> bool {
    full.split_whitespace()
        .next()
        .is_some_and(|w| ORGANISATIONS.contains(&w.to_lowercase().as_str()))
        && full.split_whitespace().nth(1).is_some()
}

fn is_prefix(words: &str) -> bool {
    let folded = words.to_lowercase().replace('’', "'");
    NAME_PREFIXES.contains(&folded.as_str())
}

/// "1 member", "2 members": a count with its noun; the one helper for a plural in documents and
/// in text not worded by the terminal's catalogues (which choose by Fluent's selectors).
pub fn counted(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", plural(n, one, many))
}

/// The form of a word for `n`: `one` for 1, `many` otherwise ("volmacht"/"volmachten",
/// "verzoekt"/"verzoeken"), where the number is written elsewhere in the sentence.
pub fn plural<'a>(n: u64, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_and_two_take_their_own_forms_in_both_languages() {
        assert_eq!(counted(1, "vote", "votes"), "1 vote");
        assert_eq!(counted(2, "vote", "votes"), "2 votes");
        assert_eq!(counted(0, "vote", "votes"), "0 votes");
        assert_eq!(
            counted(1, "stemde tegen", "stemden tegen"),
            "1 stemde tegen"
        );
        assert_eq!(
            counted(2, "stemde tegen", "stemden tegen"),
            "2 stemden tegen"
        );
        assert_eq!(plural(1, "volmacht", "volmachten"), "volmacht");
        assert_eq!(plural(3, "volmacht", "volmachten"), "volmachten");
    }

    #[test]
    fn a_prefix_inside_a_family_name_is_taken_out_and_nothing_else() {
        let split = |s: &str| split_family_prefix(s);
        let pair = |p: &str, f: &str| Some((p.to_string(), f.to_string()));
        assert_eq!(split("van der Berg"), pair("van der", "Berg"));
        assert_eq!(split("Van  den Heuvel"), pair("Van den", "Heuvel"));
        assert_eq!(split("Vries, de"), pair("de", "Vries"));
        assert_eq!(split("Hof van 't"), pair("van 't", "Hof"));
        assert_eq!(split("op de Weegh"), pair("op de", "Weegh"));
        assert_eq!(split("de Wit-Müller"), pair("de", "Wit-Müller"));
        for whole in [
            "el Amrani",
            "Hoekstra-de Boer",
            "Jansen",
            "Van",
            "Berg, Piet",
            "Anna Maria",
        ] {
            assert_eq!(split(whole), None, "{whole}");
        }
    }

    fn split(s: &str) -> Option<(String, String, String)> {
        split_name(s).map(|n| {
            (
                n.given.unwrap_or_default(),
                n.prefix.unwrap_or_default(),
                n.family,
            )
        })
    }

    fn parts(g: &str, p: &str, f: &str) -> Option<(String, String, String)> {
        Some((g.into(), p.into(), f.into()))
    }

    #[test]
    fn dutch_names_split_at_their_prefix_kept_as_written() {
        assert_eq!(split("Piet van der Berg"), parts("Piet", "van der", "Berg"));
        assert_eq!(
            split("Anna Van Den Heuvel"),
            parts("Anna", "Van Den", "Heuvel")
        );
        assert_eq!(split("Kees van 't Hof"), parts("Kees", "van 't", "Hof"));
        assert_eq!(split("Joop in 't Veld"), parts("Joop", "in 't", "Veld"));
        assert_eq!(split("Mark ter Horst"), parts("Mark", "ter", "Horst"));
        assert_eq!(split("Sanne 't Hart"), parts("Sanne", "'t", "Hart"));
        assert_eq!(split("Jan Jansen"), parts("Jan", "", "Jansen"));
        // The family name may itself have more words after the prefix.
        assert_eq!(
            split("Eva de Vries Bakker"),
            parts("Eva", "de", "Vries Bakker")
        );
        assert_eq!(
            split("Berg, Piet van der"),
            parts("Piet", "van der", "Berg")
        );
        assert_eq!(split("Jansen, Jan"), parts("Jan", "", "Jansen"));
    }

    #[test]
    fn names_that_need_a_guess_are_not_split() {
        assert_eq!(split("Jansen"), None);
        assert_eq!(split("Anna Maria Smit"), None);
        assert_eq!(split("van der Berg"), None);
        assert_eq!(split("Stichting Buurtkracht"), None);
        assert_eq!(split(", Piet"), None);
        assert_eq!(split(""), None);
    }

    proptest::proptest! {
        /// Splitting loses nothing: the parts, joined, are the name with its spaces tidied.
        #[test]
        fn a_split_name_joins_back_to_the_name(
            given in "[A-Z][a-z]{1,8}",
            prefix in proptest::sample::select(vec!["", "van", "van der", "de", "ter", "'t", "van 't", "in 't", "Van Den"]),
            family in "[A-Z][a-z]{1,10}",
        ) {
            // A given name that is itself a prefix or an organisation's word is not split.
            proptest::prop_assume!(!is_prefix(&given) && !ORGANISATIONS.contains(&given.to_lowercase().as_str()));
            let full = format!("{given} {prefix} {family}");
            let n = split_name(&full).expect("given, optional prefix and one family word split");
            proptest::prop_assert_eq!(
                full_name(n.given.as_deref(), n.prefix.as_deref(), Some(&n.family)),
                full.split_whitespace().collect::<Vec<_>>().join(" ")
            );
            proptest::prop_assert_eq!(n.prefix.as_deref().unwrap_or(""), prefix);
        }
    }

    #[test]
    fn folding_removes_case_and_accents() {
        assert_eq!(fold("Müller"), "muller");
        assert_eq!(fold("ÉMILE"), "emile");
        assert_eq!(fold("Çelik"), "celik");
        assert_eq!(fold("Søren"), "soren");
    }

    #[test]
    fn register_order_ignores_the_prefix() {
        let berg = sort_name(Some("van der"), "Berg", "Jan");
        let bakker = sort_name(None, "Bakker", "Piet");
        let dijk = sort_name(None, "Dijk", "Anna");
        assert!(bakker < berg && berg < dijk);
        assert_eq!(sort_name(None, "van der Berg", "Jan"), berg);
        assert_eq!(sort_name(None, "Émile", "x"), sort_name(None, "Emile", "x"));
    }

    #[test]
    fn full_name_skips_missing_parts() {
        assert_eq!(
            full_name(Some("Jan"), Some("van der"), Some("Berg")),
            "Jan van der Berg"
        );
        assert_eq!(full_name(Some("Anna"), None, Some("Dijk")), "Anna Dijk");
    }
}
