//! The agenda: what an item decides (which selects the notice period and the quorum), and the
//! standard items of an annual meeting in the association's language.

use crate::domain::msg::msg;
use std::str::FromStr;

use serde::Serialize;

use crate::domain::DomainError;
use crate::domain::lang::Lang;

/// What a decision on an agenda item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decides {
    /// Nothing to decide (opening, announcements, any other business).
    #[default]
    None,
    /// An ordinary decision.
    Ordinary,
    /// A statute amendment (BW 2:42: announced in the convocation, longer notice).
    StatuteAmendment,
    Dissolution,
}

impl Decides {
    pub fn as_str(self) -> &'static str {
        match self {
            Decides::None => "none",
            Decides::Ordinary => "ordinary",
            Decides::StatuteAmendment => "statute_amendment",
            Decides::Dissolution => "dissolution",
        }
    }
}

impl FromStr for Decides {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().replace('-', "_").as_str() {
            "none" => Ok(Decides::None),
            "ordinary" => Ok(Decides::Ordinary),
            "statute_amendment" => Ok(Decides::StatuteAmendment),
            "dissolution" => Ok(Decides::Dissolution),
            other => Err(DomainError::invalid_said(
                "decides",
                msg!("agenda-decides-unknown", given = other),
            )),
        }
    }
}

/// One item of the agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    pub id: i64,
    pub position: u32,
    pub title: String,
    pub decides: Decides,
    /// Its number in the convocation; None when added after the convocation went out.
    pub sent_position: Option<u32>,
}

/// The standard items of an annual meeting (BW 2:48), in `lang`.
pub fn annual_template(lang: Lang) -> Vec<(&'static str, Decides)> {
    use Decides::{None as Info, Ordinary};
    match lang {
        Lang::Nl => vec![
            ("Opening en mededelingen", Info),
            ("Notulen van de vorige vergadering", Ordinary),
            ("Jaarverslag", Ordinary),
            ("Jaarrekening en verslag van de kascommissie", Ordinary),
            ("Decharge van het bestuur", Ordinary),
            ("Bestuursverkiezing", Ordinary),
            ("Rondvraag", Info),
            ("Sluiting", Info),
        ],
        Lang::En => vec![
            ("Opening and announcements", Info),
            ("Minutes of the last meeting", Ordinary),
            ("Annual report", Ordinary),
            ("Accounts and the audit committee's report", Ordinary),
            ("Discharge of the board", Ordinary),
            ("Board elections", Ordinary),
            ("Any other business", Info),
            ("Closing", Info),
        ],
    }
}

/// Where an item stands among the closing items: 0 for an ordinary item, 1 for any other
/// business ("Rondvraag", "W.v.t.t.k."), 2 for the closing ("Sluiting").
fn closing_rank(title: &str) -> u8 {
    let t = title.trim().trim_end_matches('.').to_lowercase();
    let of = |i: usize| {
        [Lang::Nl, Lang::En]
            .into_iter()
            .any(|l| annual_template(l)[i].0.to_lowercase() == t)
    };
    if of(7) {
        2
    } else if of(6) || t == "w.v.t.t.k" || t == "wvttk" {
        1
    } else {
        0
    }
}

/// Where an item titled `title` goes when no position is asked for: before the closing items at
/// the end of the agenda ("Rondvraag", "Sluiting"), so that those stay last; "Rondvraag" itself
/// before "Sluiting", and "Sluiting" at the very end.
pub fn append_position(items: &[Item], title: &str) -> u32 {
    let rank = closing_rank(title);
    let after = items
        .iter()
        .rev()
        .take_while(|i| closing_rank(&i.title) > rank)
        .count();
    (items.len() - after) as u32 + 1
}

/// Checks a requested position against an agenda of `len` items (`len + 1` appends).
pub fn check_position(position: u32, len: usize, adding: bool) -> Result<(), DomainError> {
    let max = if adding { len + 1 } else { len };
    if position == 0 || position as usize > max {
        return Err(DomainError::invalid_said(
            "position",
            msg!("agenda-position-outside", position = position, max = max),
        ));
    }
    Ok(())
}

/// A warning for deciding on an item that was not in the convocation (BW 2:15, A6).
pub fn not_in_convocation_warning(item: &Item) -> Option<String> {
    (item.sent_position.is_none() && item.decides != Decides::None).then(|| {
        format!(
            "item {} '{}' was not in the convocation: a decision on it is voidable (BW 2:15; agenda_items_only)",
            item.position, item.title
        )
    })
}

/// An item that was in the convocation stays on the agenda: the members were convened for it,
/// so only the meeting itself may drop it (the chair withdraws it there).
pub fn check_remove(item: &Item) -> Result<(), DomainError> {
    if item.sent_position.is_some() {
        return Err(DomainError::said(msg!(
            "agenda-item-in-convocation",
            item = item.position,
            title = &item.title
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_in_the_convocation_stays_on_the_agenda() {
        let mut item = Item {
            id: 7,
            position: 2,
            title: "Begroting".into(),
            decides: Decides::Ordinary,
            sent_position: None,
        };
        assert!(
            check_remove(&item).is_ok(),
            "added after the convocation: removable"
        );
        item.sent_position = Some(2);
        let e = check_remove(&item).unwrap_err().to_string();
        assert!(
            e.contains("item 2 'Begroting' was in the convocation"),
            "{e}"
        );
    }

    #[test]
    fn the_template_has_the_same_items_in_both_languages() {
        let nl = annual_template(Lang::Nl);
        let en = annual_template(Lang::En);
        assert_eq!(nl.len(), 8);
        assert_eq!(
            nl.iter().map(|i| i.1).collect::<Vec<_>>(),
            en.iter().map(|i| i.1).collect::<Vec<_>>()
        );
        assert_eq!(nl[6].0, "Rondvraag");
    }

    fn item(position: u32, title: &str) -> Item {
        Item {
            id: position as i64,
            position,
            title: title.into(),
            decides: Decides::None,
            sent_position: None,
        }
    }

    #[test]
    fn a_new_item_goes_before_the_closing_items() {
        let titled =
            |titles: &[&str]| -> Vec<Item> { (1..).zip(titles).map(|(p, t)| item(p, t)).collect() };
        let template: Vec<&str> = annual_template(Lang::Nl).iter().map(|i| i.0).collect();
        // The template's eight items: a proposal becomes item 7, Rondvraag 8 and Sluiting 9.
        assert_eq!(append_position(&titled(&template), "Begroting 2027"), 7);
        let english: Vec<&str> = annual_template(Lang::En).iter().map(|i| i.0).collect();
        assert_eq!(append_position(&titled(&english), "Budget"), 7);
        assert_eq!(append_position(&titled(&["Opening", "Begroting"]), "X"), 3);
        assert_eq!(append_position(&[], "X"), 1);
        // Only the trailing run counts: a "Rondvraag" in the middle was placed there on purpose.
        assert_eq!(
            append_position(&titled(&["Rondvraag", "Begroting"]), "X"),
            3
        );
        let wvttk = titled(&["Opening", "W.v.t.t.k.", "sluiting"]);
        assert_eq!(append_position(&wvttk, "X"), 2);
        // Written one by one, the closing items keep their own order.
        let aob = titled(&["Opening", "Rondvraag"]);
        assert_eq!(append_position(&aob, "Sluiting"), 3);
        let closing = titled(&["Opening", "Sluiting"]);
        assert_eq!(append_position(&closing, "Rondvraag"), 2);
        assert_eq!(append_position(&closing, "Sluiting van de kas"), 2);
    }

    #[test]
    fn positions() {
        assert!(check_position(1, 0, true).is_ok());
        assert!(check_position(2, 0, true).is_err());
        assert!(check_position(3, 3, false).is_ok());
        assert!(check_position(4, 3, false).is_err());
        assert!(check_position(0, 3, true).is_err());
        assert_eq!(
            "statute-amendment".parse::<Decides>(),
            Ok(Decides::StatuteAmendment)
        );
    }
}
