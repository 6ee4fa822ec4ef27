//! What a convocation must name before it goes out: the agenda and the place (the date is part
//! of every meeting). A letter that says "… om 20.00 uur." with an empty agenda tells a member
//! neither where to go nor what will be decided; the meeting may still be convened at its own
//! risk with `--force`.

use chrono::NaiveDate;

use super::Meeting;
use super::agenda::Item;
use crate::domain::member::Member;

/// A board member who retires at the annual meeting, as the convocation names the open seat.
#[derive(Debug, Clone)]
pub struct Retiring {
    pub name: String,
    /// The Dutch role (voorzitter, secretaris, penningmeester, lid).
    pub role: String,
    pub re_eligible: bool,
}

/// An election on the meeting's agenda with the candidates recorded when the letter is written,
/// as the convocation names them (the members may then nominate others where the statutes allow).
#[derive(Debug, Clone)]
pub struct Nominees {
    pub title: String,
    pub seats: i64,
    pub names: Vec<String>,
}

/// Whether member `x` may be convened by e-mail for a convocation sent on `sent`: with an
/// address and consent given by then (BW 2:41 lid 5); the others are convened by post.
pub fn by_email(x: &Member, sent: NaiveDate) -> bool {
    x.data.email.is_some() && x.data.email_consent.is_some_and(|c| c <= sent)
}

/// What the convocation of `m` with agenda `items` lacks: stable names, in the letter's order.
pub fn missing(m: &Meeting, items: &[Item]) -> Vec<&'static str> {
    let mut out = Vec::new();
    if m.location.as_deref().is_none_or(|l| l.trim().is_empty()) {
        out.push("place");
    }
    if items.is_empty() {
        out.push("agenda");
    }
    out
}

/// The addressee block of a convocation by post, line by line: the name as the register writes
/// it (an organisation by its own name), the street, postcode and city as PostNL asks them
/// ("1234 AB  UTRECHT": two spaces, the city in capitals), and the country where it is not the
/// Netherlands. None where the register lacks the street or the city: such a letter cannot go.
pub fn address_block(x: &Member) -> Option<Vec<String>> {
    let d = &x.data;
    let field = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let (street, city) = (field(&d.street)?, field(&d.city)?);
    let mut lines = vec![d.full_name(), street];
    lines.push(match field(&d.postcode) {
        Some(pc) => format!("{pc}  {}", city.to_uppercase()),
        None => city.to_uppercase(),
    });
    if let Some(country) = field(&d.country) {
        let home = ["nl", "nld", "nederland", "netherlands", "the netherlands"];
        if !home.contains(&country.to_lowercase().as_str()) {
            lines.push(country.to_uppercase());
        }
    }
    Some(lines)
}

#[cfg(test)]
mod address_tests {
    use super::*;
    use crate::domain::member::MemberData;

    fn member(data: MemberData) -> Member {
        Member {
            id: 1,
            number: 7,
            data,
            category: "regular".into(),
            source: "cli".into(),
            erased_at: None,
            created_at: String::new(),
            updated_at: String::new(),
            periods: Vec::new(),
            suspensions: Vec::new(),
        }
    }

    #[test]
    fn a_letter_is_addressed_as_the_post_asks_or_not_at_all() {
        let person = MemberData {
            given_name: Some("Jan".into()),
            name_prefix: Some("van der".into()),
            family_name: Some("Berg".into()),
            street: Some("Dorpsstraat 1".into()),
            postcode: Some("1234 AB".into()),
            city: Some("Utrecht".into()),
            country: Some("Nederland".into()),
            ..Default::default()
        };
        assert_eq!(
            address_block(&member(person.clone())).unwrap(),
            ["Jan van der Berg", "Dorpsstraat 1", "1234 AB  UTRECHT"]
        );
        let club = MemberData {
            organisation: Some("Bewonerscollectief De Wilgen".into()),
            street: Some("Rue Haute 5".into()),
            postcode: Some("1000".into()),
            city: Some("Bruxelles".into()),
            country: Some("België".into()),
            ..Default::default()
        };
        assert_eq!(
            address_block(&member(club)).unwrap(),
            [
                "Bewonerscollectief De Wilgen",
                "Rue Haute 5",
                "1000  BRUXELLES",
                "BELGIË"
            ]
        );
        let nowhere = MemberData {
            city: Some(" ".into()),
            ..person
        };
        assert_eq!(address_block(&member(nowhere)), None);
    }
}
