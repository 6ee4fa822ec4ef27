//! Which seat a round fills and which ballot for that seat it is. Seats filled one by one
//! (majority-runoff) each begin with their own first ballot (rules.md B7, B8): the count of
//! ballots starts again after every seat that is filled, so the minutes, `election show` and the
//! status lines can say "zetel 2, eerste stemming".

use serde::Serialize;

use crate::domain::lang::{Lang, ordinal};

/// A round's place: the seat it is for (1-based) and its ballot for that seat (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Place {
    pub seat: u32,
    pub ballot: u32,
}

/// The places of an election's rounds in order, from whether each round filled a seat. A round
/// that fills a seat still belongs to that seat; the next round is the next seat's first ballot.
pub fn places(filled: &[bool]) -> Vec<Place> {
    let mut at = Place { seat: 1, ballot: 1 };
    filled
        .iter()
        .map(|&f| {
            let here = at;
            at = if f {
                Place {
                    seat: here.seat + 1,
                    ballot: 1,
                }
            } else {
                Place {
                    seat: here.seat,
                    ballot: here.ballot + 1,
                }
            };
            here
        })
        .collect()
}

/// "zetel 2, eerste stemming" / "seat 2, first ballot"; without the seat where one ballot fills
/// every seat (one seat, or a method that fills them all at once).
pub fn label(place: Place, seat_by_seat: bool, lang: Lang) -> String {
    let ballot = ordinal(i64::from(place.ballot), lang);
    match (seat_by_seat, lang) {
        (true, Lang::Nl) => format!("zetel {}, {ballot} stemming", place.seat),
        (true, Lang::En) => format!("seat {}, {ballot} ballot", place.seat),
        (false, Lang::Nl) => format!("{ballot} stemming"),
        (false, Lang::En) => format!("{ballot} ballot"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_seat_begins_with_its_own_first_ballot() {
        // Two seats: seat 1 filled on its first ballot; seat 2 ties (new ballot), then elects.
        let p = places(&[true, false, true]);
        assert_eq!(
            p,
            vec![
                Place { seat: 1, ballot: 1 },
                Place { seat: 2, ballot: 1 },
                Place { seat: 2, ballot: 2 },
            ]
        );
        assert_eq!(label(p[1], true, Lang::Nl), "zetel 2, eerste stemming");
        assert_eq!(label(p[2], true, Lang::En), "seat 2, second ballot");
        assert_eq!(label(p[0], false, Lang::Nl), "eerste stemming");
    }
}
