//! The article of the statutes a rule comes from, as the secretary records it ("artikel 18 lid
//! 2"), and how the minutes cite it after a ground: "(artikel 18 lid 2 van de statuten)", in
//! English "(article 18(2) of the statutes)". A member checks a decision against the statutes
//! on the desk, so the citation names the article they have, not the rule key.

use crate::domain::lang::Lang;

/// Longer than any article reference; catches a pasted paragraph.
const MAX_CHARS: usize = 80;

/// The article as stored, or None for "remove it" (empty or `none`); the error says why.
pub fn check(text: &str) -> Result<Option<String>, String> {
    let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.is_empty() || t == "none" {
        return Ok(None);
    }
    if t.chars().count() > MAX_CHARS {
        return Err(format!(
            "'{t}' is longer than {MAX_CHARS} characters; write the article only, such as \"artikel 18 lid 2\""
        ));
    }
    if t.chars().any(char::is_control) || !t.chars().any(|c| c.is_ascii_digit()) {
        return Err(format!(
            "'{t}' names no article; write it as the statutes number it, such as \"artikel 18 lid 2\""
        ));
    }
    Ok(Some(t))
}

/// An article reference read from the Dutch or the English way of writing it.
#[derive(Debug, PartialEq, Eq)]
struct Reference<'a> {
    article: &'a str,
    paragraph: Option<&'a str>,
    item: Option<&'a str>,
}

fn is_number(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit()) && s.chars().all(|c| c.is_ascii_alphanumeric())
}

/// "artikel 18 lid 2 sub a", "art. 18 lid 2", "article 18(2)(a)", "18.2": None for anything
/// else, which is then cited as recorded.
fn parse(text: &str) -> Option<Reference<'_>> {
    let lower = text.to_lowercase();
    let start = ["artikel ", "article ", "art. ", "art "]
        .iter()
        .find(|p| lower.starts_with(*p))
        .map_or(0, |p| p.len());
    let rest = text.get(start..)?.trim();
    let words: Vec<&str> = rest.split_whitespace().collect();
    match words.as_slice() {
        [one] => {
            // "18(2)(a)" or "18.2" or "18"
            let (article, tail) = one.split_once(['(', '.']).unwrap_or((one, ""));
            let parts: Vec<&str> = tail
                .split(['(', ')', '.'])
                .filter(|p| !p.is_empty())
                .collect();
            let ok = is_number(article)
                && parts.len() <= 2
                && parts
                    .iter()
                    .all(|p| is_number(p) || p.chars().all(|c| c.is_ascii_lowercase()));
            ok.then(|| Reference {
                article,
                paragraph: parts.first().copied(),
                item: parts.get(1).copied(),
            })
        }
        [article, lid, paragraph] if lid.eq_ignore_ascii_case("lid") => {
            (is_number(article) && is_number(paragraph)).then_some(Reference {
                article,
                paragraph: Some(paragraph),
                item: None,
            })
        }
        [article, lid, paragraph, sub, item]
            if lid.eq_ignore_ascii_case("lid")
                && (sub.eq_ignore_ascii_case("sub") || sub.eq_ignore_ascii_case("onder")) =>
        {
            (is_number(article) && is_number(paragraph)).then_some(Reference {
                article,
                paragraph: Some(paragraph),
                item: Some(item),
            })
        }
        _ => None,
    }
}

/// The article in the words of `lang`: "artikel 18 lid 2" / "article 18(2)".
fn words(text: &str, lang: Lang) -> String {
    let Some(r) = parse(text) else {
        return text.to_string();
    };
    match lang {
        Lang::Nl => {
            let mut s = format!("artikel {}", r.article);
            if let Some(p) = r.paragraph {
                s.push_str(&format!(" lid {p}"));
            }
            if let Some(i) = r.item {
                s.push_str(&format!(" sub {i}"));
            }
            s
        }
        Lang::En => {
            let mut s = format!("article {}", r.article);
            for part in [r.paragraph, r.item].into_iter().flatten() {
                s.push_str(&format!("({part})"));
            }
            s
        }
    }
}

/// " (artikel 18 lid 2 van de statuten)" for the articles recorded, each once in the order
/// given; empty where none is recorded, so the ground reads as before.
pub fn cite(articles: &[&str], lang: Lang) -> String {
    let mut shown: Vec<String> = Vec::new();
    for a in articles {
        let w = words(a, lang);
        if !shown.contains(&w) {
            shown.push(w);
        }
    }
    if shown.is_empty() {
        return String::new();
    }
    let list = crate::domain::vote::words::join(&shown, lang);
    match lang {
        Lang::Nl => format!(" ({list} van de statuten)"),
        Lang::En => format!(" ({list} of the statutes)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_minutes_cite_the_article_in_the_documents_language() {
        assert_eq!(
            cite(&["artikel 18 lid 2"], Lang::Nl),
            " (artikel 18 lid 2 van de statuten)"
        );
        assert_eq!(
            cite(&["artikel 18 lid 2"], Lang::En),
            " (article 18(2) of the statutes)"
        );
        assert_eq!(
            cite(&["article 18(2)(a)"], Lang::Nl),
            " (artikel 18 lid 2 sub a van de statuten)"
        );
        assert_eq!(
            cite(&["Art. 7 lid 3 onder b"], Lang::En),
            " (article 7(3)(b) of the statutes)"
        );
        assert_eq!(cite(&["12a"], Lang::Nl), " (artikel 12a van de statuten)");
        assert_eq!(
            cite(&["artikel 12", "art 18 lid 2", "artikel 12"], Lang::Nl),
            " (artikel 12 en artikel 18 lid 2 van de statuten)"
        );
        // What does not read as an article number is cited as recorded.
        assert_eq!(
            cite(&["het huishoudelijk reglement, regel 4"], Lang::En),
            " (het huishoudelijk reglement, regel 4 of the statutes)"
        );
        assert_eq!(cite(&[], Lang::Nl), "");
    }

    #[test]
    fn check_keeps_a_reference_and_refuses_what_is_none() {
        assert_eq!(
            check("  artikel  18 lid 2 "),
            Ok(Some("artikel 18 lid 2".into()))
        );
        assert_eq!(check(""), Ok(None));
        assert_eq!(check("none"), Ok(None));
        assert!(
            check("de statuten")
                .unwrap_err()
                .contains("names no article")
        );
        assert!(check(&"artikel 1 ".repeat(20)).unwrap_err().contains("80"));
    }
}
