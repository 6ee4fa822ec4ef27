//! Rules pinned to decisions. A meeting (and later a vote) keeps the values of the rules it was
//! convened or held under; a change of the rules that would give one of those dates other values
//! is refused, so that nothing already decided is judged again under rules it never had. A
//! correction goes into a new version that starts after the last pinned date it would touch.

use crate::domain::msg::msg;
use chrono::{Days, NaiveDate};

use super::Rules;
use crate::domain::DomainError;

/// Something decided under the rules of a date, with the values it keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pin {
    /// What it is, for the message: "meeting 3 (Jaarvergadering)".
    pub what: String,
    pub on: NaiveDate,
    /// Key and canonical value, as pinned.
    pub values: Vec<(String, String)>,
}

/// The canonical text of pinned rules: a JSON object of every key to its canonical value, in
/// table order. Meetings and votes store it; `digest` fingerprints it.
pub fn pinned_text(rules: &Rules) -> String {
    let values: serde_json::Map<String, serde_json::Value> = rules
        .values()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.into()))
        .collect();
    serde_json::Value::Object(values).to_string()
}

/// The (key, value) pairs of pinned text, as stored.
pub fn pinned_pairs(text: &str) -> Result<Vec<(String, String)>, DomainError> {
    let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(text)
        .map_err(|e| DomainError::said(msg!("rules-pinned-unreadable", error = e.to_string())))?;
    Ok(map
        .into_iter()
        .map(|(k, v)| (k, v.as_str().unwrap_or_default().to_string()))
        .collect())
}

/// The rules of pinned text (keys it lacks keep their Dutch default, as for any stored version).
pub fn from_pinned(text: &str) -> Result<Rules, DomainError> {
    let pairs = pinned_pairs(text)?;
    Rules::from_values(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// The SHA-256 of pinned text, as lowercase hex.
pub fn digest(text: &str) -> String {
    crate::domain::journal::sha256_hex(text.as_bytes())
}

/// A pinned key whose value the change would alter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Altered {
    pub key: String,
    pub pinned: String,
    pub now: String,
}

/// The keys of `pin` that `rules` (the rules that would be in force on its date) gives other
/// values. Keys the pin does not hold (added by a later release) are not compared: the pin
/// never had them.
pub fn altered(pin: &Pin, rules: &Rules) -> Vec<Altered> {
    let now = rules.values();
    pin.values
        .iter()
        .filter_map(|(key, pinned)| {
            let value = match now.iter().find(|(k, _)| k == key) {
                Some((_, v)) => v.clone(),
                // An article the pin cites and the change removes is altered too.
                None if key.starts_with("article.") => String::new(),
                None => return None,
            };
            (value != *pinned).then(|| Altered {
                key: key.clone(),
                pinned: pinned.clone(),
                now: value,
            })
        })
        .collect()
}

/// A rules change refused because it alters the rules of something decided. The command line
/// turns `correction_from` into the command to run instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Refusal {
    pub message: String,
    /// The first day a new version may start without altering a pinned date.
    pub correction_from: NaiveDate,
}

/// The refusal for a change that alters the rules of `hit` (each pin with what it would alter),
/// naming the first; a correction starts today or, when a pinned date lies ahead, the day after
/// the last of them.
pub fn refusal(hit: &[(Pin, Vec<Altered>)], today: NaiveDate) -> Refusal {
    let last = hit.iter().map(|(p, _)| p.on).max().unwrap_or(today);
    let correction_from = correction_from(last, today);
    let Some((first, keys)) = hit.first() else {
        return Refusal {
            message: "the change alters no pinned decision".into(),
            correction_from,
        };
    };
    let shown: Vec<String> = keys
        .iter()
        .take(3)
        .map(|a| format!("{} {} → {}", a.key, a.pinned, a.now))
        .collect();
    let more = match hit.len() {
        1 => String::new(),
        2 => " and of 1 more".to_string(),
        n => format!(" and of {} more", n - 1),
    };
    Refusal {
        message: format!(
            "the change would alter the rules of {} on {} ({}){more}: a decision keeps the rules \
             it was taken under; record the change as a new version starting {correction_from}",
            first.what,
            first.on,
            shown.join(", "),
        ),
        correction_from,
    }
}

/// The first day a correction may start: today, or the day after the last pinned date when
/// that lies ahead.
pub fn correction_from(last_pinned: NaiveDate, today: NaiveDate) -> NaiveDate {
    let after = last_pinned
        .checked_add_days(Days::new(1))
        .unwrap_or(NaiveDate::MAX);
    after.max(today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn pin_of(rules: &Rules, on: NaiveDate) -> Pin {
        Pin {
            what: "meeting 1 (Jaarvergadering)".into(),
            on,
            values: rules
                .values()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        }
    }

    #[test]
    fn the_same_rules_alter_nothing_and_a_changed_key_is_named_with_both_values() {
        let rules = Rules::default();
        let pin = pin_of(&rules, ymd(2026, 3, 20));
        assert!(altered(&pin, &rules).is_empty());
        let mut changed = rules.clone();
        changed.set("notice_days_ordinary", "21").unwrap();
        let hit = altered(&pin, &changed);
        assert_eq!(
            hit,
            vec![Altered {
                key: "notice_days_ordinary".into(),
                pinned: "14".into(),
                now: "21".into()
            }]
        );
        let message = refusal(&[(pin, hit)], ymd(2026, 12, 2)).to_string();
        assert!(message.contains("meeting 1 (Jaarvergadering)"), "{message}");
        assert!(
            message.contains("notice_days_ordinary 14 → 21"),
            "{message}"
        );
        assert!(message.contains("starting 2026-12-02"), "{message}");
    }

    #[test]
    fn pinned_text_reads_back_to_the_same_rules_and_digest() {
        let mut rules = Rules::default();
        rules.set("quorum_ordinary", "1/2").unwrap();
        let text = pinned_text(&rules);
        assert_eq!(from_pinned(&text).unwrap(), rules);
        assert_eq!(pinned_text(&from_pinned(&text).unwrap()), text);
        assert_eq!(digest(&text).len(), 64);
        assert!(from_pinned("not json").is_err());
    }

    /// An article is part of the rules: the digest changes with it, it reads back from the pin,
    /// and a change that removes or rewords a pinned article alters the pin.
    #[test]
    fn an_article_is_pinned_and_digested_like_a_value() {
        let plain = Rules::default();
        let mut cited = plain.clone();
        crate::domain::rules::key("dissolution_majority")
            .unwrap()
            .set_article(&mut cited, "artikel 21 lid 1")
            .unwrap();
        let text = pinned_text(&cited);
        assert!(text.contains("\"article.dissolution_majority\":\"artikel 21 lid 1\""));
        assert_ne!(digest(&text), digest(&pinned_text(&plain)));
        assert_eq!(from_pinned(&text).unwrap(), cited);
        let pin = pin_of(&cited, ymd(2026, 3, 20));
        let removed = altered(&pin, &plain);
        assert_eq!(removed.len(), 1);
        assert_eq!(removed[0].key, "article.dissolution_majority");
        assert_eq!(removed[0].now, "");
        // A pin from before articles existed holds none, so recording one alters nothing.
        assert!(altered(&pin_of(&plain, ymd(2026, 3, 20)), &cited).is_empty());
    }

    #[test]
    fn keys_a_pin_never_had_are_not_compared() {
        let rules = Rules::default();
        let mut pin = pin_of(&rules, ymd(2026, 3, 20));
        pin.values.retain(|(k, _)| k != "notice_days_ordinary");
        let mut changed = rules.clone();
        changed.set("notice_days_ordinary", "21").unwrap();
        assert!(altered(&pin, &changed).is_empty());
    }

    #[test]
    fn a_correction_starts_today_or_after_a_pinned_date_still_ahead() {
        assert_eq!(
            correction_from(ymd(2026, 3, 20), ymd(2026, 12, 2)),
            ymd(2026, 12, 2)
        );
        assert_eq!(
            correction_from(ymd(2026, 12, 20), ymd(2026, 12, 2)),
            ymd(2026, 12, 21)
        );
    }
}
