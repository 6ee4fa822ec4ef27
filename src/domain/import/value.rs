//! Values as people type them into a spreadsheet: dates with a time (Google Forms), consent as
//! Ja/Nee or a cross, Dutch postcodes in any spacing, phone numbers, and category names mapped
//! to the registry's with `--category-map`.

use chrono::NaiveDate;

use super::fast_date;
use super::field::header_key;

/// What Excel and LibreOffice need to write four-digit years, for the refusal of `01-03-24`.
pub const FOUR_DIGIT_YEARS: &str = "the year needs four digits: in Excel select the column, Format Cells > Date, pick a format with a four-digit year (or Custom: dd-mm-jjjj) and save as CSV again; in LibreOffice Format > Cells > Date, DD-MM-YYYY";

/// A date cell: a date, or a date and a time as Google Forms writes its timestamp
/// (`15-3-2025 10:23:45`, `2025-03-15T10:23:45`); the time is dropped.
pub fn date_cell(s: &str) -> Result<NaiveDate, String> {
    // Shorter than any timestamp: the usual date, no second look.
    if s.len() > 12
        && let Some(d) = form_timestamp(s)
    {
        return Ok(d);
    }
    let date = match s.split_once([' ', 'T']) {
        Some((d, time)) if is_time(time.trim()) => d,
        _ => s,
    };
    fast_date(date).map_err(|e| {
        if e.0.contains("ambiguous") {
            format!("'{s}': {FOUR_DIGIT_YEARS}")
        } else {
            e.0
        }
    })
}

/// A Google Forms timestamp as its CSV download writes it: `2024/12/03 8:48:17 p.m. CET` (Dutch
/// locale) or `2024/12/03 8:48:17 PM GMT+1` (English): year first, so never ambiguous. The date
/// is the one the form showed; the time and zone are not kept.
fn form_timestamp(s: &str) -> Option<NaiveDate> {
    let mut words = s.split_whitespace();
    let (date, time) = (words.next()?, words.next()?);
    let mut ymd = date.split('/');
    let (y, m, d) = (ymd.next()?, ymd.next()?, ymd.next()?);
    if ymd.next().is_some() || y.len() != 4 || m.len() > 2 || d.len() > 2 || !is_time(time) {
        return None;
    }
    let marker = |w: &str| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "am" | "pm" | "a.m." | "p.m." | "vm" | "nm" | "v.m." | "n.m."
        )
    };
    let zone = |w: &str| {
        w.len() <= 9
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | ':'))
    };
    let rest: Vec<&str> = words.collect();
    let fits = match rest[..] {
        [] => true,
        [a] => marker(a) || zone(a),
        [a, b] => marker(a) && zone(b),
        _ => false,
    };
    if !fits {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// `10:23`, `10:23:45`, `10:23:45.123`, optionally with a UTC offset or `Z`.
fn is_time(t: &str) -> bool {
    let t = t.trim_end_matches('Z');
    let t = t.split(['+']).next().unwrap_or(t);
    let mut parts = t.split(':');
    let ok = |p: Option<&str>, max: u32| {
        p.is_some_and(|p| {
            let p = p.split('.').next().unwrap_or(p);
            (1..=2).contains(&p.len()) && p.parse::<u32>().is_ok_and(|n| n <= max)
        })
    };
    ok(parts.next(), 23) && ok(parts.next(), 59) && parts.next().is_none_or(|s| ok(Some(s), 60))
}

/// Consent to convocation by e-mail: a date, or yes/no as a form or a sheet writes it. A yes
/// without a date is dated `today` (the import), which the summary states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consent {
    On(NaiveDate),
    Yes,
    No,
}

pub fn consent_cell(s: &str) -> Result<Consent, String> {
    match header_key(s).as_str() {
        "ja" | "j" | "yes" | "y" | "x" | "true" | "waar" | "akkoord" | "1" => Ok(Consent::Yes),
        "nee" | "n" | "no" | "false" | "onwaar" | "0" => Ok(Consent::No),
        _ if s.trim() == "✓" || s.trim() == "✔" => Ok(Consent::Yes),
        _ => date_cell(s).map(Consent::On).map_err(|_| {
            format!("'{s}' is not a consent; write a date, or Ja/Nee (yes/no, or x for yes)")
        }),
    }
}

/// `--consent-map "Ja=yes,Nee, stuur mij een brief=no"`: a form's answers and whether they
/// consent; "1=no,0=yes" for a column that asks the opposite (CiviCRM's Do Not Email). A comma
/// inside an answer stays in it: a part without = belongs to the answer after it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConsentMap(Vec<(String, bool)>);

impl std::str::FromStr for ConsentMap {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let mut pairs = Vec::new();
        let mut pending = String::new();
        for part in s.split(',') {
            if !pending.is_empty() {
                pending.push(',');
            }
            pending.push_str(part);
            let Some((answer, meaning)) = pending.rsplit_once('=') else {
                continue;
            };
            let yes = match meaning.trim() {
                "yes" => true,
                "no" => false,
                other => {
                    return Err(format!(
                        "'{}' is not ANSWER=yes or ANSWER=no ('{other}' is neither)",
                        pending.trim()
                    ));
                }
            };
            if answer.trim().is_empty() {
                return Err(format!("'{}' needs an answer before =", pending.trim()));
            }
            pairs.push((header_key(answer), yes));
            pending.clear();
        }
        if !pending.trim().is_empty() {
            return Err(format!(
                "'{}' is not ANSWER=yes or ANSWER=no",
                pending.trim()
            ));
        }
        Ok(ConsentMap(pairs))
    }
}

impl ConsentMap {
    /// Several `--consent-map` flags make one map.
    pub fn merged(maps: &[ConsentMap]) -> ConsentMap {
        ConsentMap(maps.iter().flat_map(|m| m.0.iter().cloned()).collect())
    }

    /// What the map says an answer means, if it names it.
    pub fn get(&self, answer: &str) -> Option<Consent> {
        if self.0.is_empty() {
            return None;
        }
        let key = header_key(answer);
        self.0
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|(_, yes)| if *yes { Consent::Yes } else { Consent::No })
    }
}

/// Whether a country cell means the Netherlands (an empty one does: the registry is Dutch).
pub fn is_dutch(country: Option<&str>) -> bool {
    country.is_none_or(|c| {
        matches!(
            header_key(c).as_str(),
            "" | "nl" | "nld" | "nederland" | "netherlands" | "thenetherlands" | "holland"
        )
    })
}

/// A postcode as the registry keeps it: Dutch ones as `1234 AB`; others as written (upper
/// case). The warning says why a Dutch one cannot be one; the value is then kept as typed.
pub fn postcode(s: &str, dutch: bool) -> (String, Option<String>) {
    let upper = s.trim().to_uppercase();
    if !dutch {
        return (upper, None);
    }
    let compact: String = upper.chars().filter(|c| !c.is_whitespace()).collect();
    let b = compact.as_bytes();
    if b.len() == 6
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4..].iter().all(u8::is_ascii_uppercase)
        && b[0] != b'0'
    {
        return (format!("{} {}", &compact[..4], &compact[4..]), None);
    }
    (
        upper,
        Some(format!(
            "'{s}' is not a Dutch postcode (four digits, not starting with 0, and two letters: 1234 AB); kept as written, correct it with member edit --postcode, or fill in the country"
        )),
    )
}

/// Whether `s` is a Dutch postcode as people write it (`1234 AB`, `1234AB`, `1234 ab`).
pub fn is_dutch_postcode(s: &str) -> bool {
    let compact: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    compact.len() == 6
        && compact[0] != b'0'
        && compact[..4].iter().all(u8::is_ascii_digit)
        && compact[4..].iter().all(u8::is_ascii_alphabetic)
}

/// A warning when a cell cannot be a phone number: letters, or too few or too many digits.
pub fn phone_warning(s: &str) -> Option<String> {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let odd = s
        .chars()
        .find(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '.' | '/' | '+')));
    let why = match odd {
        Some(c) => format!("has '{c}', which a phone number does not"),
        None if digits < 6 => format!("has {digits} digits, too few for a phone number"),
        None if digits > 15 => format!("has {digits} digits, too many for a phone number"),
        None => return None,
    };
    Some(format!("'{s}' {why}; kept as written"))
}

/// A Dutch mobile number whose leading 0 a spreadsheet dropped when it took the cell for a
/// number ("612345678"): nine digits starting with 6. Returns the number with its 0.
pub fn lost_mobile_zero(s: &str) -> Option<String> {
    (s.len() == 9 && s.starts_with('6') && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("0{s}"))
}

/// What a status column says of a member: still a member, or gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Current,
    Former,
}

/// Status words of the systems associations export from, in `header_key` form: CiviCRM's
/// membership statuses, Galette's and Admidio's, Sportlink's, Dutch sheets' and quorum's own
/// export (`active`, `suspended`, `future`, `former`).
const KNOWN_STATUSES: &[(&str, Standing)] = &[
    ("active", Standing::Current),
    ("suspended", Standing::Current),
    ("future", Standing::Current),
    ("current", Standing::Current),
    ("new", Standing::Current),
    ("grace", Standing::Current),
    ("member", Standing::Current),
    ("activemember", Standing::Current),
    ("benefactormember", Standing::Current),
    ("foundermember", Standing::Current),
    ("honormember", Standing::Current),
    ("oldtimer", Standing::Current),
    ("actief", Standing::Current),
    ("lid", Standing::Current),
    ("aangemeld", Standing::Current),
    ("definitief", Standing::Current),
    ("geschorst", Standing::Current),
    ("former", Standing::Former),
    ("formermember", Standing::Former),
    ("expired", Standing::Former),
    ("cancelled", Standing::Former),
    ("canceled", Standing::Former),
    ("deceased", Standing::Former),
    ("nonmember", Standing::Former),
    ("exmember", Standing::Former),
    ("ehemalig", Standing::Former),
    ("afgemeld", Standing::Former),
    ("opgezegd", Standing::Former),
    ("oudlid", Standing::Former),
    ("exlid", Standing::Former),
    ("beeindigd", Standing::Former),
    ("overleden", Standing::Former),
    ("inactief", Standing::Former),
    ("uitgeschreven", Standing::Former),
];

/// `--status-map "Afgemeld=former,Proeflid=current"`: a status column's words and what they
/// mean, over the words quorum knows (`KNOWN_STATUSES`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatusMap(Vec<(String, Standing)>);

impl std::str::FromStr for StatusMap {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let mut pairs = Vec::new();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let standing = match part.split_once('=').map(|(a, b)| (a.trim(), b.trim())) {
                Some((from, "current")) if !from.is_empty() => (from, Standing::Current),
                Some((from, "former")) if !from.is_empty() => (from, Standing::Former),
                _ => {
                    return Err(format!(
                        "'{part}' is not VALUE=current or VALUE=former (such as \"Afgemeld=former\")"
                    ));
                }
            };
            pairs.push((header_key(standing.0), standing.1));
        }
        Ok(StatusMap(pairs))
    }
}

impl StatusMap {
    /// Several `--status-map` flags make one map.
    pub fn merged(maps: &[StatusMap]) -> StatusMap {
        StatusMap(maps.iter().flat_map(|m| m.0.iter().cloned()).collect())
    }

    /// What a status cell says: the map's word first, then the words quorum knows.
    pub fn get(&self, value: &str) -> Option<Standing> {
        let key = header_key(value);
        self.0
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|(_, s)| *s)
            .or_else(|| {
                KNOWN_STATUSES
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, s)| *s)
            })
    }
}

/// `--category-map "Steunend lid=supporter,Gewoon lid=regular"`: the sheet's category names
/// and the registry's, compared as headers are (case, accents and spaces aside).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CategoryMap(Vec<(String, String)>);

impl std::str::FromStr for CategoryMap {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let mut pairs = Vec::new();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((from, to)) = part.split_once('=') else {
                return Err(format!(
                    "'{part}' is not VALUE=CATEGORY (such as \"Steunend lid=supporter\")"
                ));
            };
            let (from, to) = (from.trim(), to.trim());
            if from.is_empty() || to.is_empty() {
                return Err(format!(
                    "'{part}' needs a value and a category on both sides of ="
                ));
            }
            pairs.push((header_key(from), to.to_string()));
        }
        Ok(CategoryMap(pairs))
    }
}

impl CategoryMap {
    /// Several `--category-map` flags make one map.
    pub fn merged(maps: &[CategoryMap]) -> CategoryMap {
        CategoryMap(maps.iter().flat_map(|m| m.0.iter().cloned()).collect())
    }

    /// The registry's category for a cell, if the map names it.
    pub fn get(&self, value: &str) -> Option<&str> {
        // Asked for every row; most imports have no map.
        if self.0.is_empty() {
            return None;
        }
        let key = header_key(value);
        self.0
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|(_, c)| c.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn google_forms_timestamps_are_dates() {
        assert_eq!(date_cell("15-3-2025 10:23:45"), Ok(d("2025-03-15")));
        assert_eq!(date_cell("2025-03-15 10:23"), Ok(d("2025-03-15")));
        assert_eq!(date_cell("2025-03-15T10:23:45.120Z"), Ok(d("2025-03-15")));
        assert_eq!(date_cell("1-3-2024"), Ok(d("2024-03-01")));
        assert!(date_cell("15-3-2025 25:00").is_err());
        assert!(date_cell("15-3-2025 half elf").is_err());
    }

    #[test]
    fn two_digit_years_are_refused_with_the_fix() {
        let e = date_cell("15-3-25").unwrap_err();
        assert!(
            e.contains("four digits") && e.contains("Format Cells"),
            "{e}"
        );
        let e = date_cell("15-3-25 10:23:45").unwrap_err();
        assert!(e.contains("LibreOffice"), "{e}");
    }

    #[test]
    fn consent_as_people_write_it() {
        for yes in ["Ja", "ja", "JA", "yes", "x", "X", "Akkoord", "✓"] {
            assert_eq!(consent_cell(yes), Ok(Consent::Yes), "{yes}");
        }
        for no in ["Nee", "no", "N", "0"] {
            assert_eq!(consent_cell(no), Ok(Consent::No), "{no}");
        }
        assert_eq!(consent_cell("1-2-2024"), Ok(Consent::On(d("2024-02-01"))));
        assert!(consent_cell("misschien").unwrap_err().contains("Ja/Nee"));
    }

    #[test]
    fn dutch_postcodes_are_normalised_and_others_left_alone() {
        for typed in ["1234ab", "1234 AB", " 1234  ab ", "1234Ab"] {
            assert_eq!(postcode(typed, true), ("1234 AB".into(), None), "{typed}");
        }
        let (kept, warning) = postcode("123 AB", true);
        assert_eq!(kept, "123 AB");
        assert!(warning.unwrap().contains("1234 AB"));
        assert!(postcode("0123 AB", true).1.is_some());
        assert_eq!(postcode("b-2000", false), ("B-2000".into(), None));
        assert_eq!(postcode("SW1A 1AA", false), ("SW1A 1AA".into(), None));
        assert!(is_dutch(None) && is_dutch(Some("Nederland")) && is_dutch(Some("NL")));
        assert!(!is_dutch(Some("België")) && !is_dutch(Some("DE")));
    }

    #[test]
    fn phones_that_cannot_be_one_are_warned_about() {
        for ok in [
            "06-12345678",
            "+31 6 1234 5678",
            "(030) 123 45 67",
            "0031.20.1234567",
        ] {
            assert_eq!(phone_warning(ok), None, "{ok}");
        }
        assert!(phone_warning("geen").unwrap().contains("'g'"));
        assert!(phone_warning("0612").unwrap().contains("too few"));
        assert!(
            phone_warning("1234567890123456")
                .unwrap()
                .contains("too many")
        );
    }

    #[test]
    fn consent_maps_keep_commas_inside_answers_and_can_say_the_opposite() {
        let m: ConsentMap = "Ja=yes,Nee, stuur mij een brief=no".parse().unwrap();
        assert_eq!(m.get("Ja"), Some(Consent::Yes));
        assert_eq!(m.get("Nee, stuur mij een brief"), Some(Consent::No));
        assert_eq!(m.get("Nee"), None);
        let inverted: ConsentMap = "1=no,0=yes".parse().unwrap();
        assert_eq!(inverted.get("1"), Some(Consent::No));
        assert_eq!(inverted.get("0"), Some(Consent::Yes));
        assert!("Ja=misschien".parse::<ConsentMap>().is_err());
        assert!("Ja=yes,Nee".parse::<ConsentMap>().is_err());
    }

    #[test]
    fn google_forms_timestamps_in_both_locales_are_dates() {
        let d = |s: &str| date_cell(s).map(|d| d.to_string());
        assert_eq!(
            d("2024/12/03 8:48:17 p.m. CET").as_deref(),
            Ok("2024-12-03")
        );
        assert_eq!(
            d("2024/12/03 8:48:17 PM GMT+1").as_deref(),
            Ok("2024-12-03")
        );
        assert_eq!(d("2025/3/9 10:02:11 a.m. CET").as_deref(), Ok("2025-03-09"));
        assert!(d("2024/12/03 8:48:17 p.m. CET extra").is_err());
        assert!(d("2024/13/03 8:48:17").is_err());
    }

    #[test]
    fn a_mobile_number_that_lost_its_zero_is_found() {
        assert_eq!(lost_mobile_zero("612345678").as_deref(), Some("0612345678"));
        for fine in [
            "0612345678",
            "06-12345678",
            "301234567",
            "61234567",
            "+31612345678",
        ] {
            assert_eq!(lost_mobile_zero(fine), None, "{fine}");
        }
    }

    #[test]
    fn status_words_of_the_systems_are_known_and_a_map_overrides_them() {
        let none = StatusMap::default();
        for former in [
            "Expired",
            "Cancelled",
            "Non-member",
            "Former member",
            "Afgemeld",
            "former",
        ] {
            assert_eq!(none.get(former), Some(Standing::Former), "{former}");
        }
        for current in [
            "Current",
            "Grace",
            "Active member",
            "Actief",
            "Definitief",
            "active",
            "suspended",
        ] {
            assert_eq!(none.get(current), Some(Standing::Current), "{current}");
        }
        assert_eq!(none.get("Proeflid"), None);
        let m: StatusMap = "Proeflid=current, Actief=former".parse().unwrap();
        assert_eq!(m.get("proeflid"), Some(Standing::Current));
        assert_eq!(m.get("Actief"), Some(Standing::Former));
        assert!("Afgemeld=weg".parse::<StatusMap>().is_err());
        assert!("=former".parse::<StatusMap>().is_err());
    }

    #[test]
    fn category_maps_match_like_headers() {
        let m: CategoryMap = "Steunend lid=supporter, Gewoon lid=regular"
            .parse()
            .unwrap();
        assert_eq!(m.get("steunend  LID"), Some("supporter"));
        assert_eq!(m.get("Gewoon lid"), Some("regular"));
        assert_eq!(m.get("Erelid"), None);
        assert!("Steunend lid".parse::<CategoryMap>().is_err());
        assert!("=regular".parse::<CategoryMap>().is_err());
        let later: CategoryMap = "Gewoon lid=youth".parse().unwrap();
        assert_eq!(
            CategoryMap::merged(&[m, later]).get("gewoon lid"),
            Some("youth")
        );
    }

    proptest::proptest! {
        /// Any spacing and case of a valid Dutch postcode normalises to the same `1234 AB`.
        #[test]
        fn postcode_normalising_is_idempotent(n in 1000u32..10000, a in "[a-zA-Z]{2}", sp in " {0,3}") {
            let typed = format!("{n}{sp}{a}");
            let (once, w) = postcode(&typed, true);
            proptest::prop_assert!(w.is_none());
            proptest::prop_assert_eq!(&once, &format!("{n} {}", a.to_uppercase()));
            proptest::prop_assert_eq!(postcode(&once, true), (once.clone(), None));
        }
    }
}
