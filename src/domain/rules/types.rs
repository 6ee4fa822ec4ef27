//! The value types of rule keys, each with its text form and range check: whole numbers, booleans,
//! named choices, and exact fractions ("2/3"). Never floats: a quorum or a majority must come out
//! the same on every machine, so "0.66" is refused rather than rounded.

use std::cmp::Ordering;
use std::fmt;

/// What a key accepts beyond its type, and why (the law, or a guard against typos).
#[derive(Debug, Clone, Copy)]
pub enum Limits {
    /// No limit beyond the type (booleans, choices).
    None,
    /// A whole number from `min` to `max`, both included.
    Int {
        min: u32,
        max: u32,
        why: &'static str,
    },
    /// A boolean that may only take one value (the law leaves no choice).
    Only { value: bool, why: &'static str },
    /// A fraction more than `above` and at most `max`.
    Fraction {
        above: Fraction,
        max: Fraction,
        why: &'static str,
    },
}

impl Limits {
    pub(crate) fn why(&self) -> &'static str {
        match self {
            Limits::None => "",
            Limits::Int { why, .. } | Limits::Only { why, .. } | Limits::Fraction { why, .. } => {
                why
            }
        }
    }
}

/// A type a rule key can have: parsed from and written as text, checked against its limits.
pub trait RuleValue: Sized {
    /// Parses `text`; the error says what is wrong with it (the caller adds the key and range).
    fn parse(text: &str, limits: &Limits) -> Result<Self, String>;
    /// The canonical text, as stored and shown.
    fn text(&self) -> String;
    /// The allowed values, for `rules show` and error messages.
    fn describe(limits: &Limits) -> String;
    /// The value as a TOML literal: numbers and booleans bare, everything else quoted.
    fn toml(&self) -> String {
        format!(
            "\"{}\"",
            self.text().replace('\\', "\\\\").replace('"', "\\\"")
        )
    }
}

fn int_range(limits: &Limits) -> (u32, u32) {
    match limits {
        Limits::Int { min, max, .. } => (*min, *max),
        _ => (0, u32::MAX),
    }
}

fn parse_int(text: &str, limits: &Limits) -> Result<u32, String> {
    let t = text.trim();
    if t.contains(['.', ',']) {
        return Err(format!("'{t}' is not a whole number"));
    }
    let n: u32 = t
        .parse()
        .map_err(|_| format!("'{t}' is not a whole number"))?;
    let (min, max) = int_range(limits);
    if n < min {
        return Err(format!("{n} is less than {min}"));
    }
    if n > max {
        return Err(format!("{n} is more than {max}"));
    }
    Ok(n)
}

fn describe_int(limits: &Limits) -> String {
    let (min, max) = int_range(limits);
    if min == max {
        format!("only {min}")
    } else {
        format!("a whole number from {min} to {max}")
    }
}

impl RuleValue for u32 {
    fn parse(text: &str, limits: &Limits) -> Result<Self, String> {
        parse_int(text, limits)
    }
    fn text(&self) -> String {
        self.to_string()
    }
    fn describe(limits: &Limits) -> String {
        describe_int(limits)
    }
    fn toml(&self) -> String {
        self.to_string()
    }
}

/// `none`, or a whole number (an age limit, a count of members that is optional).
impl RuleValue for Option<u32> {
    fn parse(text: &str, limits: &Limits) -> Result<Self, String> {
        if text.trim() == "none" {
            return Ok(None);
        }
        parse_int(text, limits).map(Some)
    }
    fn text(&self) -> String {
        self.map_or_else(|| "none".to_string(), |n| n.to_string())
    }
    fn describe(limits: &Limits) -> String {
        format!("none, or {}", describe_int(limits))
    }
    fn toml(&self) -> String {
        self.map_or_else(|| "\"none\"".to_string(), |n| n.to_string())
    }
}

/// A maximum that may also be `unlimited` (proxies per holder).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Unlimited,
    AtMost(u32),
}

impl RuleValue for Count {
    fn parse(text: &str, limits: &Limits) -> Result<Self, String> {
        if text.trim() == "unlimited" {
            return Ok(Count::Unlimited);
        }
        parse_int(text, limits).map(Count::AtMost)
    }
    fn text(&self) -> String {
        match self {
            Count::Unlimited => "unlimited".into(),
            Count::AtMost(n) => n.to_string(),
        }
    }
    fn describe(limits: &Limits) -> String {
        format!("unlimited, or {}", describe_int(limits))
    }
    fn toml(&self) -> String {
        match self {
            Count::Unlimited => "\"unlimited\"".into(),
            Count::AtMost(n) => n.to_string(),
        }
    }
}

impl RuleValue for bool {
    fn parse(text: &str, limits: &Limits) -> Result<Self, String> {
        let b = match text.trim() {
            "true" => true,
            "false" => false,
            t => return Err(format!("'{t}' is not true or false")),
        };
        match limits {
            Limits::Only { value, .. } if *value != b => Err(format!("{b} is not allowed")),
            _ => Ok(b),
        }
    }
    fn text(&self) -> String {
        self.to_string()
    }
    fn describe(limits: &Limits) -> String {
        match limits {
            Limits::Only { value, .. } => format!("only {value}"),
            _ => "true or false".into(),
        }
    }
    fn toml(&self) -> String {
        self.to_string()
    }
}

/// An exact fraction `num/den` in lowest terms, `den > 0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fraction {
    num: u32,
    den: u32,
}

impl Fraction {
    /// A fraction for constants: the caller writes it in lowest terms with `den > 0`.
    pub const fn of(num: u32, den: u32) -> Fraction {
        Fraction { num, den }
    }

    /// `num/den` in lowest terms; None when `den` is 0.
    pub fn new(num: u32, den: u32) -> Option<Fraction> {
        if den == 0 {
            return None;
        }
        let g = gcd(num, den);
        Some(Fraction {
            num: num / g,
            den: den / g,
        })
    }

    pub fn num(self) -> u32 {
        self.num
    }

    pub fn den(self) -> u32 {
        self.den
    }

    /// True when `part` is at least this fraction of `whole`: `den * part >= num * whole`.
    pub fn reached(self, part: u64, whole: u64) -> bool {
        u128::from(self.den) * u128::from(part) >= u128::from(self.num) * u128::from(whole)
    }

    /// The smallest `part` that reaches this fraction of `whole`: ⌈num · whole / den⌉.
    pub fn needed(self, whole: u64) -> u64 {
        let n = u128::from(self.num) * u128::from(whole);
        let d = u128::from(self.den);
        n.div_ceil(d) as u64
    }

    /// Parses `N/D` with whole numbers; decimals and percentages are refused, not rounded.
    pub fn parse_text(text: &str) -> Result<Fraction, String> {
        let t = text.trim();
        let exact = "write an exact fraction of whole numbers, such as 2/3";
        let Some((n, d)) = t.split_once('/') else {
            if let Ok(whole) = t.parse::<u32>() {
                return Ok(Fraction::of(whole, 1));
            }
            if t.contains(['.', ',']) {
                return Err(format!("'{t}' is a decimal number; {exact}"));
            }
            return Err(format!("'{t}' is not a fraction; {exact}"));
        };
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let (n, d) = (n.trim(), d.trim());
        if !digits(n) || !digits(d) {
            return Err(format!("'{t}' is not a fraction; {exact}"));
        }
        let (n, d): (u32, u32) = match (n.parse(), d.parse()) {
            (Ok(n), Ok(d)) => (n, d),
            _ => return Err(format!("'{t}' has numbers that are too large")),
        };
        Fraction::new(n, d).ok_or_else(|| format!("'{t}' divides by zero"))
    }
}

fn gcd(mut a: u32, mut b: u32) -> u32 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

impl Ord for Fraction {
    fn cmp(&self, other: &Self) -> Ordering {
        (u64::from(self.num) * u64::from(other.den))
            .cmp(&(u64::from(other.num) * u64::from(self.den)))
    }
}

impl PartialOrd for Fraction {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// `N/D`, or just `N` for a whole number ("1" rather than "1/1").
impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.den {
            1 => write!(f, "{}", self.num),
            _ => write!(f, "{}/{}", self.num, self.den),
        }
    }
}

fn fraction_range(limits: &Limits) -> (Fraction, Fraction) {
    match limits {
        Limits::Fraction { above, max, .. } => (*above, *max),
        _ => (Fraction::of(0, 1), Fraction::of(1, 1)),
    }
}

fn parse_fraction(text: &str, limits: &Limits) -> Result<Fraction, String> {
    let f = Fraction::parse_text(text)?;
    let (above, max) = fraction_range(limits);
    if f <= above {
        return Err(format!("{f} is not more than {above}"));
    }
    if f > max {
        return Err(format!("{f} is more than {max}"));
    }
    Ok(f)
}

fn describe_fraction(limits: &Limits, what: &str) -> String {
    let (above, max) = fraction_range(limits);
    format!("a fraction N/D{what}, more than {above} and at most {max}")
}

impl RuleValue for Fraction {
    fn parse(text: &str, limits: &Limits) -> Result<Self, String> {
        parse_fraction(text, limits)
    }
    fn text(&self) -> String {
        self.to_string()
    }
    fn describe(limits: &Limits) -> String {
        describe_fraction(limits, "")
    }
}

/// `none`, or a fraction (a quorum the statutes may or may not set).
impl RuleValue for Option<Fraction> {
    fn parse(text: &str, limits: &Limits) -> Result<Self, String> {
        if text.trim() == "none" {
            return Ok(None);
        }
        parse_fraction(text, limits).map(Some)
    }
    fn text(&self) -> String {
        self.map_or_else(|| "none".to_string(), |f| f.to_string())
    }
    fn describe(limits: &Limits) -> String {
        format!("none, or {}", describe_fraction(limits, ""))
    }
}

/// The majority a kind of decision needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Majority {
    /// The ordinary majority: `majority_ordinary_base` and `majority_formula`.
    Ordinary,
    /// At least this fraction of the votes cast.
    AtLeast(Fraction),
}

impl RuleValue for Majority {
    fn parse(text: &str, limits: &Limits) -> Result<Self, String> {
        if text.trim() == "ordinary" {
            return Ok(Majority::Ordinary);
        }
        parse_fraction(text, limits).map(Majority::AtLeast)
    }
    fn text(&self) -> String {
        match self {
            Majority::Ordinary => "ordinary".into(),
            Majority::AtLeast(f) => f.to_string(),
        }
    }
    fn describe(limits: &Limits) -> String {
        format!(
            "ordinary, or {}",
            describe_fraction(limits, " (at least that share of the votes cast)")
        )
    }
}

/// Declares an enum of named choices with its `RuleValue` implementation.
macro_rules! choice {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            /// The names, in the order `rules show` lists them.
            pub const NAMES: &'static [&'static str] = &[$($text),+];

            pub fn name(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl RuleValue for $name {
            fn parse(text: &str, _: &Limits) -> Result<Self, String> {
                match text.trim() {
                    $($text => Ok($name::$variant),)+
                    t => Err(format!("'{t}' is not one of the choices")),
                }
            }
            fn text(&self) -> String {
                self.name().to_string()
            }
            fn describe(_: &Limits) -> String {
                let (last, rest) = Self::NAMES.split_last().expect("a choice has names");
                format!("{} or {last}", rest.join(", "))
            }
        }
    };
}

choice! {
    /// Whether the association was founded by notarial deed (A26).
    LegalCapacity { Full = "full", Limited = "limited" }
}

choice! {
    /// Which written proxies count (A17).
    ProxyForm { Both = "both", Paper = "paper", Electronic = "electronic" }
}

choice! {
    /// How the days of a notice period are counted (A24).
    NoticeDayCounting {
        /// Neither the day of sending nor the meeting day counts.
        ExcludeBoth = "exclude_both",
        /// The day of sending counts, the meeting day does not.
        IncludeSendingDay = "include_sending_day",
    }
}

choice! {
    /// What an ordinary majority is a majority of (B1, C4).
    MajorityBase {
        /// Votes cast: for + against (+ blank/invalid/abstentions where the statutes count them).
        Cast = "cast",
        /// Votes of the members present or represented.
        Present = "present",
        /// Votes of all members with a vote.
        All = "all",
    }
}

choice! {
    /// How "a majority" is computed (B2).
    MajorityFormula {
        /// `2*for > base`.
        StrictMoreThanHalf = "strict_more_than_half",
        /// Literal "helft plus één": `2*for >= base + 2`; one vote more on odd counts.
        HalfPlusOne = "half_plus_one",
    }
}

choice! {
    /// A tie on a matter (B6).
    TieMatters { Rejected = "rejected", PostponeThenReject = "postpone_then_reject" }
}

choice! {
    /// A tie for a place in the runoff (B7).
    RunoffPlaceTie { Lot = "lot", Revote = "revote" }
}

choice! {
    /// A tie in the runoff itself (B8).
    RunoffTie { Lot = "lot", Postpone = "postpone" }
}

choice! {
    /// A tie that decides a seat (B8): first a new ballot between the tied, and `runoff_tie`
    /// only when that ballot ties again; or `runoff_tie` at once.
    ElectionTie { NewBallot = "new_ballot", AtOnce = "at_once" }
}

choice! {
    /// When a resignation takes effect (A13).
    ResignationEffect { EndOfFinancialYear = "end_of_financial_year", EndOfNotice = "end_of_notice" }
}

choice! {
    /// Which meeting adopts the minutes (A34).
    MinutesAdoption { NextMeeting = "next_meeting", SameMeeting = "same_meeting" }
}

choice! {
    /// Who signs the minutes (A34).
    MinutesSignatories {
        ChairAndSecretary = "chair_and_secretary",
        ChairAndMinuteTaker = "chair_and_minute_taker",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TENTH: Limits = Limits::Fraction {
        above: Fraction::of(0, 1),
        max: Fraction::of(1, 10),
        why: "",
    };

    #[test]
    fn fractions_are_exact_and_reduced() {
        assert_eq!(Fraction::parse_text("2/3"), Ok(Fraction::of(2, 3)));
        assert_eq!(Fraction::parse_text(" 4 / 6 "), Ok(Fraction::of(2, 3)));
        assert_eq!(Fraction::parse_text("0/5"), Ok(Fraction::of(0, 1)));
        assert_eq!(Fraction::parse_text("1"), Ok(Fraction::of(1, 1)));
        assert_eq!(Fraction::of(1, 1).to_string(), "1");
        let err = Fraction::parse_text("0.66").unwrap_err();
        assert!(err.contains("decimal") && err.contains("2/3"), "{err}");
        assert!(
            Fraction::parse_text("0,66")
                .unwrap_err()
                .contains("decimal")
        );
        assert!(Fraction::parse_text("66%").is_err());
        assert!(Fraction::parse_text("2/0").unwrap_err().contains("zero"));
        assert!(Fraction::parse_text("-1/2").is_err());
        assert!(Fraction::parse_text("1/2/3").is_err());
        assert!(Fraction::parse_text("1.5/2").is_err());
        assert!(Fraction::parse_text("99999999999/2").is_err());
        assert!(Fraction::of(2, 3) > Fraction::of(1, 2));
        assert_eq!(Fraction::of(2, 4).cmp(&Fraction::of(1, 2)), Ordering::Equal);
    }

    #[test]
    fn reached_and_needed_use_integer_arithmetic() {
        let two_thirds = Fraction::of(2, 3);
        assert!(!two_thirds.reached(46, 70));
        assert!(two_thirds.reached(47, 70));
        assert_eq!(two_thirds.needed(70), 47);
        assert_eq!(two_thirds.needed(65), 44);
        assert_eq!(two_thirds.needed(194), 130);
        assert_eq!(Fraction::of(1, 10).needed(225), 23);
        assert_eq!(two_thirds.needed(0), 0);
        // No overflow at the edges of u64.
        assert!(Fraction::of(1, 1).reached(u64::MAX, u64::MAX));
    }

    #[test]
    fn fraction_limits_are_exclusive_below_and_inclusive_above() {
        assert_eq!(Fraction::parse("1/10", &TENTH), Ok(Fraction::of(1, 10)));
        assert_eq!(Fraction::parse("1/20", &TENTH), Ok(Fraction::of(1, 20)));
        assert!(
            Fraction::parse("1/9", &TENTH)
                .unwrap_err()
                .contains("more than 1/10")
        );
        assert_eq!(
            Fraction::parse("0/1", &TENTH),
            Err("0 is not more than 0".into())
        );
        assert_eq!(Option::<Fraction>::parse("none", &TENTH), Ok(None));
        assert_eq!(Majority::parse("ordinary", &TENTH), Ok(Majority::Ordinary));
    }

    #[test]
    fn integers_booleans_and_choices() {
        let lim = Limits::Int {
            min: 7,
            max: 365,
            why: "",
        };
        assert_eq!(u32::parse("7", &lim), Ok(7));
        assert_eq!(u32::parse("6", &lim), Err("6 is less than 7".into()));
        assert_eq!(u32::parse("366", &lim), Err("366 is more than 365".into()));
        assert!(u32::parse("7.0", &lim).is_err());
        assert!(u32::parse("-7", &lim).is_err());
        assert_eq!(Option::<u32>::parse("none", &lim), Ok(None));
        assert_eq!(Count::parse("unlimited", &lim), Ok(Count::Unlimited));
        let only_false = Limits::Only {
            value: false,
            why: "",
        };
        assert_eq!(bool::parse("false", &only_false), Ok(false));
        assert!(bool::parse("true", &only_false).is_err());
        assert!(bool::parse("yes", &Limits::None).is_err());
        assert_eq!(
            MajorityFormula::parse("half_plus_one", &Limits::None),
            Ok(MajorityFormula::HalfPlusOne)
        );
        assert!(MajorityFormula::parse("half", &Limits::None).is_err());
        assert_eq!(
            MajorityFormula::describe(&Limits::None),
            "strict_more_than_half or half_plus_one"
        );
    }

    #[test]
    fn toml_literals_quote_text_only() {
        assert_eq!(14u32.toml(), "14");
        assert_eq!(true.toml(), "true");
        assert_eq!(Some(Fraction::of(2, 3)).toml(), "\"2/3\"");
        assert_eq!(Option::<u32>::None.toml(), "\"none\"");
        assert_eq!(Some(12u32).toml(), "12");
        assert_eq!(TieMatters::Rejected.toml(), "\"rejected\"");
    }

    mod laws {
        use super::*;
        use proptest::prelude::*;

        fn fraction() -> impl Strategy<Value = Fraction> {
            (0u32..=1000, 1u32..=1000).prop_map(|(n, d)| Fraction::new(n, d).unwrap())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]

            /// The order is the order of the rationals: a/b < c/d exactly when a·d < c·b.
            #[test]
            fn ordering_agrees_with_cross_multiplication(a in fraction(), b in fraction()) {
                let cross = (u64::from(a.num()) * u64::from(b.den()))
                    .cmp(&(u64::from(b.num()) * u64::from(a.den())));
                prop_assert_eq!(a.cmp(&b), cross);
                prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
                // Lowest terms: equal values are equal structs.
                prop_assert_eq!(a.cmp(&b) == Ordering::Equal, a == b);
            }

            #[test]
            fn new_reduces_to_the_same_value(n in 0u32..=100_000, d in 1u32..=100_000, k in 1u32..=40) {
                let f = Fraction::new(n, d).unwrap();
                prop_assert_eq!(Fraction::new(n * k, d * k), Some(f));
                prop_assert_eq!(gcd(f.num(), f.den()), 1);
                prop_assert!(Fraction::new(n, 0).is_none());
            }

            #[test]
            fn ordering_is_transitive(a in fraction(), b in fraction(), c in fraction()) {
                if a <= b && b <= c {
                    prop_assert!(a <= c);
                }
            }

            /// `needed` is the least part that `reached` accepts, and `reached` is monotone.
            #[test]
            fn needed_is_the_threshold_of_reached(f in fraction(), whole in 0u64..100_000) {
                let n = f.needed(whole);
                prop_assert!(f.reached(n, whole));
                if n > 0 {
                    prop_assert!(!f.reached(n - 1, whole));
                }
                prop_assert!(f.reached(n + 1, whole));
            }

            /// A larger fraction never needs fewer votes.
            #[test]
            fn needed_grows_with_the_fraction(a in fraction(), b in fraction(), whole in 0u64..100_000) {
                if a <= b {
                    prop_assert!(a.needed(whole) <= b.needed(whole));
                }
            }

            #[test]
            fn display_and_parse_round_trip(f in fraction()) {
                prop_assert_eq!(Fraction::parse_text(&f.to_string()), Ok(f));
                prop_assert_eq!(Fraction::parse_text(&format!(" {} / {} ", f.num(), f.den())), Ok(f));
            }
        }
    }
}
