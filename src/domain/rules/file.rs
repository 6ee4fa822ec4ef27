//! The rules as a TOML file (`rules export` / `rules import`): one `key = value` line per key with
//! a comment saying what it means, what is allowed and where it comes from. Reading checks every
//! key and value and reports each problem with its line and column; nothing is half-applied.

use std::fmt;

use toml::de::{DeTable, DeValue};

use super::{KEYS, Rules, key};

/// Something wrong in a rules file, at a 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn problem(text: &str, offset: usize, message: String) -> Problem {
    let (line, column) = position(text, offset);
    Problem {
        line,
        column,
        message,
    }
}

/// A TOML value as the text the key parses; floats and structures are refused here.
fn value_text(v: &DeValue<'_>) -> Result<String, String> {
    match v {
        DeValue::String(s) => Ok(s.to_string()),
        DeValue::Boolean(b) => Ok(b.to_string()),
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
            .map(|n| n.to_string())
            .map_err(|_| format!("{} is too large", i.as_str())),
        DeValue::Float(f) => Err(format!(
            "{f} is a decimal number; write a whole number, or an exact fraction in quotes such as \"2/3\""
        )),
        other => Err(format!(
            "a {} is not a rule value; write a number, true/false or a quoted text",
            other.type_str()
        )),
    }
}

/// Applies the keys of a rules file to `base`. Keys the file leaves out keep their value in
/// `base`. Every problem is reported, in line order; the result is all or nothing.
pub fn read(text: &str, base: &Rules) -> Result<Rules, Vec<Problem>> {
    // Windows editors often start a file with a byte-order mark; it is not part of the TOML.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let table = DeTable::parse(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        let message = e.message().trim_end().to_string();
        vec![problem(text, offset, format!("not valid TOML: {message}"))]
    })?;
    let mut rules = base.clone();
    let mut problems = Vec::new();
    let mut positions = Vec::new();
    for (k, v) in table.get_ref() {
        let name = k.get_ref().as_ref();
        if name == "articles" {
            read_articles(text, v, &mut rules, &mut problems);
            continue;
        }
        let def = match key(name) {
            Ok(def) => def,
            Err(e) => {
                problems.push(problem(text, k.span().start, e.to_string()));
                continue;
            }
        };
        positions.push((def.name, k.span().start));
        let result = value_text(v.get_ref())
            .map_err(|why| format!("{name}: {why}"))
            .and_then(|t| def.set(&mut rules, &t).map_err(|e| e.to_string()));
        if let Err(message) = result {
            problems.push(problem(text, v.span().start, message));
        }
    }
    if problems.is_empty()
        && let Err(e) = rules.check()
    {
        let at = positions
            .iter()
            .find(|(n, _)| Some(*n) == e.field())
            .map_or(0, |(_, offset)| *offset);
        problems.push(problem(text, at, e.to_string()));
    }
    if problems.is_empty() {
        Ok(rules)
    } else {
        problems.sort_by_key(|p| (p.line, p.column));
        Err(problems)
    }
}

/// The `[articles]` table: per key, the article of the statutes it comes from.
fn read_articles(
    text: &str,
    v: &toml::Spanned<DeValue<'_>>,
    rules: &mut Rules,
    problems: &mut Vec<Problem>,
) {
    let DeValue::Table(table) = v.get_ref() else {
        problems.push(problem(
            text,
            v.span().start,
            "articles: write a table, [articles], of key = \"artikel 18 lid 2\"".into(),
        ));
        return;
    };
    for (k, a) in table {
        let name = k.get_ref().as_ref();
        let def = match key(name) {
            Ok(def) => def,
            Err(e) => {
                problems.push(problem(text, k.span().start, format!("articles: {e}")));
                continue;
            }
        };
        let result = match a.get_ref() {
            DeValue::String(s) => def.set_article(rules, s).map_err(|e| e.to_string()),
            other => Err(format!(
                "{}: a {} is not an article; write it in quotes, such as \"artikel 18 lid 2\"",
                def.article_key,
                other.type_str()
            )),
        };
        if let Err(message) = result {
            problems.push(problem(text, a.span().start, message));
        }
    }
}

/// The rules as a commented TOML file. `header` lines become comments at the top.
pub fn render(rules: &Rules, header: &[String]) -> String {
    let mut out = String::new();
    for line in header {
        out.push_str(&format!("# {line}\n"));
    }
    for k in KEYS {
        out.push_str(&format!(
            "\n# {}\n# Allowed: {}. Default: {}. Source: {}.{}\n{} = {}\n",
            k.meaning,
            k.allowed(),
            k.default_value(),
            k.source,
            if k.applied() {
                ""
            } else {
                " Recorded, not applied."
            },
            k.name,
            k.toml_value(rules)
        ));
    }
    out.push_str(
        "\n# The article of the statutes each key comes from; the minutes cite it after the ground.\n[articles]\n",
    );
    for k in KEYS {
        if let Some(a) = k.article(rules) {
            out.push_str(&format!(
                "{} = \"{}\"\n",
                k.name,
                a.replace('\\', "\\\\").replace('"', "\\\"")
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_reads_back_to_the_same_rules() {
        let mut r = Rules::default();
        r.set("quorum_ordinary", "1/2").unwrap();
        r.set("max_proxies_per_holder", "2").unwrap();
        r.set("min_age_own_vote", "16").unwrap();
        let text = render(&r, &["a header".into()]);
        assert!(text.starts_with("# a header\n"));
        assert!(text.contains("\nquorum_ordinary = \"1/2\"\n"), "{text}");
        assert!(text.contains("\nnotice_days_ordinary = 14\n"));
        assert!(text.contains("\nproxy_allowed = true\n"));
        assert_eq!(read(&text, &Rules::default()), Ok(r));
    }

    #[test]
    fn articles_export_and_read_back() {
        let mut r = Rules::default();
        r.set("statute_amendment_majority", "3/4").unwrap();
        let def = key("statute_amendment_majority").unwrap();
        def.set_article(&mut r, "artikel 18 lid 2").unwrap();
        key("quorum_ordinary")
            .unwrap()
            .set_article(&mut r, "art. 15 \"lid\" 1")
            .unwrap();
        let text = render(&r, &[]);
        assert!(
            text.contains("\n[articles]\nquorum_ordinary = \"art. 15 \\\"lid\\\" 1\"\nstatute_amendment_majority = \"artikel 18 lid 2\"\n"),
            "{text}"
        );
        assert_eq!(read(&text, &Rules::default()), Ok(r.clone()));

        let p = read(
            "[articles]\nquorom_ordinary = \"artikel 1\"\ndissolution_majority = 3\nquorum_ordinary = \"de statuten\"\n",
            &Rules::default(),
        )
        .unwrap_err();
        let shown: Vec<String> = p.iter().map(ToString::to_string).collect();
        assert_eq!(shown.len(), 3, "{shown:#?}");
        assert!(shown[0].starts_with("2:1: articles: unknown rule key 'quorom_ordinary'"));
        assert!(
            shown[1].starts_with("3:24: article.dissolution_majority: a integer is not an article")
        );
        assert!(shown[2].contains("names no article"), "{}", shown[2]);
        // An empty article in a file removes the one recorded.
        let none = read("[articles]\nquorum_ordinary = \"\"\n", &r).unwrap();
        assert_eq!(def.article(&none), Some("artikel 18 lid 2"));
        assert_eq!(key("quorum_ordinary").unwrap().article(&none), None);
    }

    #[test]
    fn a_partial_file_changes_only_its_keys() {
        let text = "notice_days_ordinary = 21\nquorum_ordinary = \"2/3\"\n";
        let r = read(text, &Rules::default()).unwrap();
        assert_eq!(r.notice_days_ordinary, 21);
        assert_eq!(r.get("quorum_ordinary").unwrap(), "2/3");
        assert_eq!(r.notice_days_statute_amendment, 14);
    }

    #[test]
    fn every_problem_is_reported_with_its_line_and_column() {
        let text = "notice_days_ordinary = 21\n\
                    notice_days_statute_amendment = 6\n\
                    quorom_ordinary = \"1/2\"\n\
                    quorum_ordinary = 0.66\n\
                    member_request_threshold = \"1/5\"\n\
                    proxy_allowed = \"yes\"\n";
        let problems = read(text, &Rules::default()).unwrap_err();
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(shown.len(), 5, "{shown:#?}");
        assert!(shown[0].starts_with("2:33: notice_days_statute_amendment: 6 is less than 7"));
        assert!(shown[0].contains("BW 2:42"));
        assert!(shown[1].starts_with("3:1: unknown rule key 'quorom_ordinary'"));
        assert!(shown[1].contains("did you mean quorum_ordinary"));
        assert!(shown[2].starts_with("4:19: quorum_ordinary: 0.66 is a decimal number"));
        assert!(shown[3].starts_with("5:28: member_request_threshold: 1/5 is more than 1/10"));
        assert!(shown[4].starts_with("6:17: proxy_allowed: 'yes' is not true or false"));
    }

    #[test]
    fn syntax_errors_sections_and_combinations() {
        let p = read("a = 1\nnotice_days_ordinary = = 3\n", &Rules::default()).unwrap_err();
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].line, 2);
        assert!(p[0].message.starts_with("not valid TOML"), "{}", p[0]);

        let p = read("[rules]\nnotice_days_ordinary = 3\n", &Rules::default()).unwrap_err();
        assert!(
            p[0].message.contains("unknown rule key 'rules'"),
            "{}",
            p[0]
        );

        let p = read("quorum_ordinary = [1, 2]\n", &Rules::default()).unwrap_err();
        assert!(
            p[0].message.contains("array is not a rule value"),
            "{}",
            p[0]
        );

        let text = "second_meeting_window_days = 10\nsecond_meeting_min_gap_days = 20\n";
        let p = read(text, &Rules::default()).unwrap_err();
        assert_eq!(p.len(), 1);
        assert_eq!((p[0].line, p[0].column), (2, 1));
        assert!(p[0].message.contains("second_meeting_window_days (10)"));

        assert_eq!(read("", &Rules::default()), Ok(Rules::default()));
        let bom = read("\u{feff}notice_days_ordinary = 10\r\n", &Rules::default()).unwrap();
        assert_eq!(bom.notice_days_ordinary, 10);
        let r = read("notice_days_ordinary = 0x10\n", &Rules::default()).unwrap();
        assert_eq!(r.notice_days_ordinary, 16);
        let p = read("notice_days_ordinary = -1\n", &Rules::default()).unwrap_err();
        assert!(
            p[0].message.contains("'-1' is not a whole number"),
            "{}",
            p[0]
        );
    }

    #[test]
    fn positions_count_characters() {
        assert_eq!(position("ab\ncd", 0), (1, 1));
        assert_eq!(position("ab\ncd", 4), (2, 2));
        assert_eq!(position("é = 1", 3), (1, 3));
    }
}
