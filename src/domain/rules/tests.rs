//! Every key's bounds, the legal floors and ceilings by name, and the versioning plan.

use super::types::{Count, Limits};
use super::*;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn refused(key_name: &str, text: &str) -> String {
    let mut r = Rules::default();
    let err = r.set(key_name, text).expect_err(text).to_string();
    assert_eq!(
        r,
        Rules::default(),
        "a refused value must leave the rules alone"
    );
    err
}

fn accepted(key_name: &str, text: &str) -> String {
    let mut r = Rules::default();
    r.set(key_name, text)
        .unwrap_or_else(|e| panic!("{key_name} = {text}: {e}"));
    r.get(key_name).unwrap()
}

#[test]
fn keys_are_unique_documented_and_their_defaults_valid() {
    let mut names: Vec<&str> = KEYS.iter().map(|k| k.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), KEYS.len());
    for k in KEYS {
        assert!(!k.source.is_empty() && !k.meaning.is_empty(), "{}", k.name);
        assert!(
            !k.meaning.contains('\n') && k.meaning.len() <= 100,
            "{}",
            k.name
        );
        assert_eq!(accepted(k.name, &k.default_value()), k.default_value());
    }
    Rules::default().check().unwrap();
}

/// Every key, by the kind of its limits: the edges inside are accepted, the ones outside refused
/// with a message that names the key and the allowed range.
#[test]
fn every_key_accepts_its_range_and_refuses_outside_it() {
    for k in KEYS {
        let n = k.name;
        let outside = |text: &str| {
            let err = refused(n, text);
            assert!(err.starts_with(&format!("{n}: ")), "{err}");
            assert!(err.contains(&format!("allowed: {}", k.allowed())), "{err}");
        };
        match k.limits {
            Limits::Int { min, max, .. } => {
                assert_eq!(accepted(n, &min.to_string()), min.to_string());
                assert_eq!(accepted(n, &max.to_string()), max.to_string());
                if min > 0 {
                    outside(&(min - 1).to_string());
                }
                outside(&(max + 1).to_string());
                outside("1.5");
                outside("many");
            }
            Limits::Only { value, .. } => {
                accepted(n, &value.to_string());
                outside(&(!value).to_string());
            }
            Limits::Fraction { above, max, .. } => {
                outside(&above.to_string());
                assert_eq!(accepted(n, &max.to_string()), max.to_string());
                let just_above = format!("{}/{}", max.num() * 1000 + 1, max.den() * 1000);
                outside(&just_above);
                let just_inside = format!("{}/{}", max.num() * 1000 - 1, max.den() * 1000);
                accepted(n, &just_inside);
                outside("0.5");
                outside("2/0");
            }
            Limits::None => {
                let allowed = k.allowed();
                if allowed != "true or false" {
                    let names: Vec<&str> = allowed
                        .split([',', ' '])
                        .filter(|w| !w.is_empty() && *w != "or")
                        .collect();
                    assert!(names.len() >= 2, "{n}: {allowed}");
                    for name in names {
                        assert_eq!(accepted(n, name), name);
                    }
                } else {
                    assert_eq!(allowed, "true or false", "{n}");
                    accepted(n, "true");
                    accepted(n, "false");
                    outside("yes");
                }
                outside("bogus");
            }
        }
    }
}

#[test]
fn legal_floors_and_ceilings_by_name() {
    let err = refused("notice_days_statute_amendment", "6");
    assert_eq!(
        err,
        "notice_days_statute_amendment: 6 is less than 7; allowed: a whole number from 7 to 365 (BW 2:42: at least 7 days)"
    );
    accepted("notice_days_statute_amendment", "7");
    refused("inspection_days_statute_amendment", "4");
    accepted("inspection_days_statute_amendment", "5");
    refused("inspection_days_statute_amendment_delegates", "13");
    let err = refused("member_request_threshold", "1/9");
    assert!(err.contains("1/9 is more than 1/10"), "{err}");
    assert_eq!(accepted("member_request_threshold", "1/20"), "1/20");
    refused("member_request_threshold", "0/1");
    refused("member_request_self_convene_days", "13");
    refused("member_request_meeting_days", "29");
    refused("e_advance_vote_days", "31");
    accepted("e_advance_vote_days", "30");
    refused("fully_digital_meeting", "true");
    refused("proxy_holder_must_have_vote", "false");
    refused("max_proxies_per_holder", "0");
    assert_eq!(accepted("max_proxies_per_holder", "unlimited"), "unlimited");
    let err = refused("quorum_ordinary", "0.66");
    assert!(err.contains("decimal") && err.contains("2/3"), "{err}");
    assert_eq!(accepted("quorum_ordinary", "4/6"), "2/3");
    assert_eq!(accepted("quorum_ordinary", "none"), "none");
    refused("statute_amendment_majority", "1/2");
    assert_eq!(
        accepted("statute_amendment_majority", "ordinary"),
        "ordinary"
    );
    assert_eq!(accepted("statute_amendment_majority", "3/4"), "3/4");
    refused("binding_nomination_override_majority", "3/4");
    refused("binding_nomination_override_presence", "3/4");
    accepted("binding_nomination_override_presence", "2/3");
    refused("retention_financial_years", "6");
    refused("retention_member_core_years", "3");
    refused("expulsion_appeal_months", "0");
    refused("kascommissie_min_members", "1");
    refused("annual_meeting_deadline_months", "7");
    refused("min_age_own_vote", "19");
    assert_eq!(accepted("min_age_own_vote", "none"), "none");
    refused("runoff_size", "1");
    refused("majority_formula", "helft_plus_een");
}

#[test]
fn defaults_are_the_dutch_defaults_of_the_table() {
    let r = Rules::default();
    assert_eq!(r.notice_days_ordinary, 14);
    assert_eq!(r.notice_days_statute_amendment, 14);
    assert_eq!(r.inspection_days_statute_amendment, 5);
    assert_eq!(r.quorum_ordinary, None);
    assert_eq!(r.member_request_threshold, Fraction::of(1, 10));
    assert_eq!(
        r.statute_amendment_majority,
        Majority::AtLeast(Fraction::of(2, 3))
    );
    assert_eq!(r.max_proxies_per_holder, Count::Unlimited);
    assert!(r.proxy_allowed && !r.e_participation_allowed && !r.blank_counts_as_cast);
    assert_eq!(r.get("majority_formula").unwrap(), "strict_more_than_half");
    assert_eq!(r.get("tie_matters").unwrap(), "rejected");
    assert_eq!(r.get("majority_ordinary_base").unwrap(), "cast");
    assert_eq!(r.second_meeting_window_days, 28);
    assert_eq!(r.retention_financial_years, 7);
}

#[test]
fn unknown_keys_are_named_with_a_suggestion() {
    let err = Rules::default()
        .set("notice_days", "7")
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("unknown rule key 'notice_days'; did you mean"),
        "{err}"
    );
    let err = key("quorom_ordinary").err().unwrap().to_string();
    assert!(err.contains("did you mean quorum_ordinary?"), "{err}");
    let err = key("zzzzzzzzzzzzzzzzzzzzzzz").err().unwrap().to_string();
    assert!(!err.contains("did you mean"), "{err}");
}

#[test]
fn stored_values_read_back_and_missing_keys_keep_defaults() {
    let r =
        Rules::from_values([("notice_days_ordinary", "21"), ("quorum_ordinary", "1/2")]).unwrap();
    assert_eq!(r.notice_days_ordinary, 21);
    assert_eq!(r.notice_days_statute_amendment, 14);
    assert!(Rules::from_values([("nope", "1")]).is_err());
    assert!(Rules::from_values([("notice_days_statute_amendment", "3")]).is_err());
    let r2 = Rules::from_values(r.values().iter().map(|(k, v)| (*k, v.as_str()))).unwrap();
    assert_eq!(r2, r);
    let changes = r.changes_from(&Rules::default());
    assert_eq!(
        changes,
        vec![
            KeyChange {
                key: "notice_days_ordinary",
                old: "14".into(),
                new: "21".into()
            },
            KeyChange {
                key: "quorum_ordinary",
                old: "none".into(),
                new: "1/2".into()
            },
        ]
    );
}

#[test]
fn combinations_are_checked() {
    let mut r = Rules::default();
    r.set("second_meeting_min_gap_days", "30").unwrap();
    let err = r.check().unwrap_err();
    assert_eq!(err.field(), Some("second_meeting_min_gap_days"));
    r.set("second_meeting_window_days", "42").unwrap();
    r.check().unwrap();
}

#[test]
fn a_change_goes_into_the_right_version() {
    let v = [ymd(2026, 3, 1), ymd(2027, 1, 1)];
    let today = ymd(2026, 6, 1);
    // No date: the version in force today changes.
    assert_eq!(
        plan_change(&v, None, today),
        Ok((v[0], Target::Existing(0)))
    );
    assert_eq!(
        plan_change(&v, None, ymd(2027, 2, 1)),
        Ok((v[1], Target::Existing(1)))
    );
    // The date of an existing version: that version changes.
    assert_eq!(
        plan_change(&v, Some(v[1]), today),
        Ok((v[1], Target::Existing(1)))
    );
    // Another date: a new version, copying the one in force then.
    let d = ymd(2026, 9, 1);
    assert_eq!(
        plan_change(&v, Some(d), today),
        Ok((d, Target::New { copy_of: 0 }))
    );
    let d = ymd(2028, 1, 1);
    assert_eq!(
        plan_change(&v, Some(d), today),
        Ok((d, Target::New { copy_of: 1 }))
    );
    // Before the first version: a new earliest version, copying the first.
    let d = ymd(1998, 6, 1);
    assert_eq!(
        plan_change(&v, Some(d), today),
        Ok((d, Target::New { copy_of: 0 }))
    );
    // Nothing in force today, no date given: refused, naming --from.
    let err = plan_change(&v, None, ymd(2025, 1, 1))
        .unwrap_err()
        .to_string();
    assert!(err.contains("--from"), "{err}");
    assert!(plan_change(&[], None, today).is_err());
    assert_eq!(in_force_index(&v, ymd(2026, 12, 31)), Some(0));
    assert_eq!(in_force_index(&v, ymd(2026, 2, 28)), None);
}
