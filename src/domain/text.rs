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

#[cfg(test)]
mod tests {
    use super::*;

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
