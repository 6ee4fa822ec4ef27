//! The end of the minutes: the action items as a table, the decision list as the register
//! numbers it, the departures from the rules recorded with `--force`, and the approval line
//! with the signatures.

use super::super::{Block, Facts};
use super::words::t;
use crate::domain::decision::{Outcome, Status};
use crate::domain::lang::Lang;
use crate::domain::meeting::agenda::Decides;
use crate::domain::rules::types::MinutesSignatories;
use crate::domain::vote::words::join;
use crate::output::meeting_letter::{date_text, day_text};

pub(super) fn action_table(f: &Facts, b: &mut Vec<Block>) {
    if f.actions.is_empty() {
        return;
    }
    let lang = f.lang;
    b.push(Block::Heading(t(lang, "Actiepunten", "Action items")));
    let header = match lang {
        Lang::Nl => ["Nr.", "Wat", "Wie", "Wanneer"],
        Lang::En => ["No.", "What", "Who", "When"],
    };
    b.push(Block::Table {
        header: header.iter().map(|s| s.to_string()).collect(),
        rows: f
            .actions
            .iter()
            .map(|a| {
                vec![
                    a.id.to_string(),
                    a.what.clone(),
                    a.who.clone(),
                    a.due.map(|d| date_text(d, lang)).unwrap_or_default(),
                ]
            })
            .collect(),
    });
}

pub(super) fn decision_list(f: &Facts, b: &mut Vec<Block>) {
    if f.decisions.is_empty() {
        return;
    }
    let lang = f.lang;
    b.push(Block::Heading(t(lang, "Besluitenlijst", "Decisions")));
    let header = match lang {
        Lang::Nl => ["Nr.", "Besluit", "Uitslag"],
        Lang::En => ["No.", "Decision", "Result"],
    };
    b.push(Block::Table {
        header: header.iter().map(|s| s.to_string()).collect(),
        rows: f
            .decisions
            .iter()
            .map(|d| {
                let outcome = match (d.outcome, lang) {
                    (Outcome::Adopted, Lang::Nl) => "aangenomen",
                    (Outcome::Rejected, Lang::Nl) => "verworpen",
                    (Outcome::Elected, Lang::Nl) => "gekozen",
                    (Outcome::Adopted, Lang::En) => "carried",
                    (Outcome::Rejected, Lang::En) => "lost",
                    (Outcome::Elected, Lang::En) => "elected",
                };
                let mut outcome = outcome.to_string();
                if let Some(e) = f.elections.iter().find(|e| Some(e.id) == d.election) {
                    outcome = format!("{outcome}: {}", join(&e.elected, lang));
                }
                match (d.status, lang) {
                    // A vote that was taken again after a challenge decided nothing that stands.
                    (Status::Superseded, Lang::Nl) => outcome = "vervallen; opnieuw gestemd".into(),
                    (Status::Superseded, Lang::En) => {
                        outcome = "lapsed; the vote was taken again".into()
                    }
                    (Status::AwaitingDeed, Lang::Nl) => {
                        outcome.push_str(" (wacht op de notariële akte)")
                    }
                    (Status::AwaitingDeed, Lang::En) => {
                        outcome.push_str(" (awaiting the notarial deed)")
                    }
                    _ => {}
                }
                // standing sentence (issue 26)
                vec![d.code.clone(), d.title.clone(), outcome]
            })
            .collect(),
    });
    // The register numbers a decision when it is recorded, and a register's numbers never
    // change; where recording did not follow the agenda (an election counted after the votes of
    // later items), the reader is told why the numbers in the text do not run in order.
    if !numbered_in_order(f, b) {
        b.push(Block::Para(t(
            lang,
            "De besluiten zijn genummerd zoals het besluitenregister ze nummert: in de volgorde waarin ze zijn vastgelegd. Daarom lopen de nummers in deze notulen niet in de volgorde van de agenda.",
            "The decisions are numbered as the decision register numbers them: in the order in which they were recorded. That is why the numbers in these minutes do not follow the order of the agenda.",
        )));
    }
    // A decision that is not simply valid says so in one plain sentence under the list.
    for d in &f.decisions {
        if let Some(s) = crate::domain::decision::standing::standing_sentence(
            lang,
            &d.code,
            &d.grounds,
            d.confirmed_by.as_deref(),
        ) {
            b.push(Block::Para(s));
        }
    }
}

/// What was done despite a rule, as recorded with `--force`: stated, never hidden.
pub(super) fn departures(f: &Facts, b: &mut Vec<Block>) {
    let lang = f.lang;
    let m = &f.meeting;
    let mut lines = Vec::new();
    if m.notice_forced {
        let given = m.notice_given.unwrap_or(0);
        let required = m.notice_required.unwrap_or(0);
        lines.push(match lang {
            Lang::Nl => format!(
                "De oproeping is verzonden {} dagen voor de vergadering; de statuten vragen {} dagen. De oproeping is toch verzonden; dit is als afwijking vastgelegd.",
                given, required,
            ),
            Lang::En => format!(
                "The convocation went out {} days before the meeting; the statutes require {} days. It was sent regardless, recorded as a departure.",
                given, required,
            ),
        });
    }
    if m.convened_on.is_none() {
        lines.push(t(
            lang,
            "Van de oproeping van deze vergadering is niets vastgelegd; of zij op tijd en met deze agenda is opgeroepen, blijkt daarom niet uit deze notulen.",
            "No convocation of this meeting was recorded; these minutes therefore cannot show that it was convened in time and with this agenda.",
        ));
    }
    for i in f.items.iter().filter(|i| {
        m.convened_on.is_some() && i.sent_position.is_none() && i.decides != Decides::None
    }) {
        lines.push(match lang {
            Lang::Nl => format!(
                "Agendapunt {} ({}) stond niet in de oproeping; een besluit daarover is vernietigbaar (BW 2:15).",
                i.position, i.title
            ),
            Lang::En => format!(
                "Item {} ({}) was not in the convocation; a decision on it is voidable (BW 2:15).",
                i.position, i.title
            ),
        });
    }
    for p in &f.proposals {
        for _ in p.votes.iter().filter(|v| v.forced.is_some()) {
            lines.push(match lang {
                Lang::Nl => format!(
                    "Over het voorstel ‘{}’ is gestemd hoewel een regel dat niet toeliet; dit is als afwijking vastgelegd.",
                    p.title
                ),
                Lang::En => format!(
                    "The motion ‘{}’ was put to the vote although a rule did not allow it; this was recorded as a departure.",
                    p.title
                ),
            });
        }
    }
    if lines.is_empty() {
        return;
    }
    b.push(Block::Heading(t(
        lang,
        "Afwijkingen van de regels",
        "Departures from the rules",
    )));
    for l in lines {
        b.push(Block::Para(l));
    }
}

pub(super) fn approval(f: &Facts, b: &mut Vec<Block>) {
    let lang = f.lang;
    let line = match (&f.approval, lang) {
        (Some(a), Lang::Nl) => {
            let how = if a.vote.is_some() {
                "bij stemming"
            } else {
                "bij acclamatie"
            };
            let corr = a.corrects.map_or_else(String::new, |d| {
                format!(
                    ", met verbetering van de op {} vastgestelde tekst",
                    date_text(d, lang)
                )
            });
            if a.same_meeting {
                format!("Aldus vastgesteld aan het einde van deze vergadering, {how}{corr}.")
            } else {
                format!(
                    "Aldus vastgesteld in de algemene ledenvergadering van {}, {how}{corr}.",
                    day_text(a.at, lang)
                )
            }
        }
        (Some(a), Lang::En) => {
            let how = if a.vote.is_some() {
                "by vote"
            } else {
                "by acclamation"
            };
            let corr = a.corrects.map_or_else(String::new, |d| {
                format!(", correcting the text approved on {}", date_text(d, lang))
            });
            if a.same_meeting {
                format!("Approved at the end of this meeting, {how}{corr}.")
            } else {
                format!(
                    "Approved at the general meeting of {}, {how}{corr}.",
                    day_text(a.at, lang)
                )
            }
        }
        (None, Lang::Nl) => {
            "Aldus vastgesteld in de algemene ledenvergadering van ………………………….".into()
        }
        (None, Lang::En) => "Approved at the general meeting of ………………………….".into(),
    };
    b.push(Block::Para(line));
    let second = match f.rules.minutes_signatories {
        MinutesSignatories::ChairAndSecretary => t(lang, "secretaris", "secretary"),
        MinutesSignatories::ChairAndMinuteTaker => t(lang, "notulist", "minute-taker"),
    };
    b.push(Block::Signatures(vec![
        (t(lang, "voorzitter", "chair"), f.chair.clone()),
        (second, f.secretary.clone()),
    ]));
}

/// Do the decisions appear in the body of the minutes (`b`, before the list) in the order of
/// their register numbers?
fn numbered_in_order(f: &Facts, b: &[Block]) -> bool {
    let shown: Vec<i64> = b
        .iter()
        .filter_map(|block| match block {
            Block::Labeled(label, _) => f
                .decisions
                .iter()
                // "Besluit ALV-…/1:", "Resolved (ALV-…/1):": the whole code, not a prefix of /10.
                .find(|d| {
                    label.contains(&format!("{}:", d.code))
                        || label.contains(&format!("({})", d.code))
                })
                .map(|d| d.number),
            _ => None,
        })
        .collect();
    shown.windows(2).all(|w| w[0] < w[1])
}
