//! The convocation letter (oproeping) in Markdown, in Dutch or English, in the order and register
//! of `documents-nl.md`: heading, place and date, salutation, the invitation, the agenda as sent,
//! the statute-amendment statement, how to give a proxy, closing and signature.

use crate::domain::text::plural;
use chrono::NaiveDate;

use crate::domain::lang::Lang;
use crate::domain::meeting::agenda::{Decides, Item};
use crate::domain::meeting::{Kind, Meeting};
use crate::domain::rules::{Count, Rules};

// The dates in words are the domain's (the minutes' use case writes them into sealed text too).
pub use crate::domain::date::{date_text, day_text};

/// What the letter is made from.
pub struct Letter<'a> {
    pub association: &'a str,
    pub lang: Lang,
    pub meeting: &'a Meeting,
    pub items: &'a [Item],
    pub rules: &'a Rules,
    pub sent: NaiveDate,
    pub place: Option<&'a str>,
    pub signed: Option<&'a str>,
    pub inspection: Option<&'a str>,
    /// The first day the verbatim text of a statute amendment lies open, as recorded on the
    /// proposals (`proposal edit --text-open-from`); the earliest where there are several.
    pub text_open_from: Option<NaiveDate>,
    /// At an annual meeting: the board members who retire at it (the retirement schedule);
    /// empty at another meeting, or when nobody retires.
    pub retiring: &'a [Retiring],
    /// The last day counter-candidates may be nominated, where the statutes set one
    /// (`counter_candidates_days_before`).
    pub counter_candidates_until: Option<NaiveDate>,
    /// The meeting documents (stukken), listed under their agenda item.
    pub documents: &'a [crate::domain::meeting::document::Document],
    /// The meeting's elections with their candidates, as recorded when the letter is written.
    pub nominees: &'a [Nominees],
}

/// Where a document lies, as the letter and the minutes say it: "ter inzage bij de secretaris",
/// "bijgevoegd (jaarrekening.pdf)".
pub fn document_place(d: &crate::domain::meeting::document::Document, lang: Lang) -> String {
    use crate::domain::meeting::document::Lies;
    match (&d.lies, lang) {
        (Lies::At(at), _) => at.clone(),
        (Lies::Enclosed { file, .. }, Lang::Nl) => format!("bijgevoegd ({file})"),
        (Lies::Enclosed { file, .. }, Lang::En) => format!("enclosed ({file})"),
    }
}

pub use crate::domain::meeting::convocation::{Nominees, Retiring};

/// "A", "A en B", "A, B en C" / "A and B".
fn join(names: &[String], nl: bool) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!(
            "{} {} {last}",
            rest.join(", "),
            if nl { "en" } else { "and" }
        ),
    }
}

fn number_en(n: u32) -> String {
    match n {
        1 => "one".into(),
        2 => "two".into(),
        3 => "three".into(),
        4 => "four".into(),
        5 => "five".into(),
        n => n.to_string(),
    }
}

/// The candidates standing in each election of the meeting, one line per election.
fn candidates(l: &Letter<'_>, s: &mut String) {
    let nl = l.lang == Lang::Nl;
    for e in l.nominees {
        let n = u64::try_from(e.seats).unwrap_or(0);
        let seats = format!(
            "{n} {}",
            plural(
                n,
                if nl { "zetel" } else { "seat" },
                if nl { "zetels" } else { "seats" },
            )
        );
        s.push_str(&if nl {
            format!(
                "- Kandidaten voor ‘{}’ ({seats}): {}.\n",
                e.title,
                join(&e.names, nl)
            )
        } else {
            format!(
                "- Candidates for ‘{}’ ({seats}): {}.\n",
                e.title,
                join(&e.names, nl)
            )
        });
    }
}

/// The board election section: who retires, re-eligible or not, the open seats and the deadline
/// for counter-candidates.
fn board_election(l: &Letter<'_>, s: &mut String) {
    let nl = l.lang == Lang::Nl;
    if l.retiring.is_empty() {
        if !l.nominees.is_empty() {
            s.push_str(if nl {
                "## Verkiezingen\n\n"
            } else {
                "## Elections\n\n"
            });
            candidates(l, s);
            s.push('\n');
        }
        return;
    }
    s.push_str(if nl {
        "## Bestuursverkiezing\n\n"
    } else {
        "## Board election\n\n"
    });
    let one = l.retiring.len() == 1;
    s.push_str(match (nl, one) {
        (true, true) => "Volgens het rooster van aftreden treedt op deze vergadering af:\n\n",
        (true, false) => "Volgens het rooster van aftreden treden op deze vergadering af:\n\n",
        (false, true) => {
            "Under the retirement schedule, this board member retires at this meeting:\n\n"
        }
        (false, false) => {
            "Under the retirement schedule, these board members retire at this meeting:\n\n"
        }
    });
    let named = |again: bool| -> Vec<String> {
        l.retiring
            .iter()
            .filter(|r| r.re_eligible == again)
            .map(|r| {
                let role = if nl {
                    r.role.clone()
                } else {
                    r.role
                        .parse::<crate::domain::office::Role>()
                        .map(|x| x.english().to_string())
                        .unwrap_or_else(|_| r.role.clone())
                };
                format!("{} ({role})", r.name)
            })
            .collect()
    };
    for (again, nl_text, en_text) in [
        (
            true,
            "Aftredend en herkiesbaar",
            "Retiring and eligible for re-election",
        ),
        (
            false,
            "Aftredend en niet herkiesbaar",
            "Retiring and not eligible for re-election",
        ),
    ] {
        let names = named(again);
        if !names.is_empty() {
            s.push_str(&format!(
                "- {}: {}.\n",
                if nl { nl_text } else { en_text },
                join(&names, nl)
            ));
        }
    }
    s.push('\n');
    let n = l.retiring.len() as u32;
    s.push_str(&match (nl, n) {
        (true, 1) => "Er is daarmee één bestuurszetel te vervullen.".to_string(),
        (true, n) => format!(
            "Er zijn daarmee {} bestuurszetels te vervullen.",
            number_nl(n)
        ),
        (false, 1) => "There is therefore one seat on the board to fill.".to_string(),
        (false, n) => format!(
            "There are therefore {} seats on the board to fill.",
            number_en(n)
        ),
    });
    if let Some(until) = l.counter_candidates_until {
        s.push_str(&if nl {
            format!(
                " Tegenkandidaten kunnen tot en met {} schriftelijk worden voorgedragen bij de secretaris.",
                day_text(until, l.lang)
            )
        } else {
            format!(
                " Other candidates may be nominated in writing to the secretary up to and including {}.",
                day_text(until, l.lang)
            )
        });
    }
    s.push_str("\n\n");
    candidates(l, s);
    if !l.nominees.is_empty() {
        s.push('\n');
    }
}

fn number_nl(n: u32) -> String {
    match n {
        1 => "één".into(),
        2 => "twee".into(),
        3 => "drie".into(),
        4 => "vier".into(),
        5 => "vijf".into(),
        n => n.to_string(),
    }
}

pub fn render(l: &Letter<'_>) -> String {
    addressed(l, None)
}

/// The letters of a mail merge: one per addressee block, the block where a window envelope shows
/// it (under the heading, before place and date), each letter on its own page when printed.
pub fn mail_merge(l: &Letter<'_>, letters: &[crate::ops::meeting::convene::Addressee]) -> String {
    letters
        .iter()
        .map(|to| addressed(l, Some(to)))
        .collect::<Vec<_>>()
        .join("\n<div style=\"page-break-after: always\"></div>\n\n")
}

fn addressed(l: &Letter<'_>, to: Option<&crate::ops::meeting::convene::Addressee>) -> String {
    let m = l.meeting;
    let nl = l.lang == Lang::Nl;
    let time = if nl {
        m.starts_at.format("%H.%M uur").to_string()
    } else {
        m.starts_at.format("%H:%M").to_string()
    };
    let mut s = format!("# {}\n\n", l.association);
    if let Some(to) = to {
        // A backslash at the end of a line is Markdown's hard line break.
        s.push_str(&to.lines.join("\\\n"));
        s.push_str("\n\n");
    }
    let when = date_text(l.sent, l.lang);
    s.push_str(&match l.place {
        Some(p) => format!("{p}, {when}\n\n"),
        None => format!("{when}\n\n"),
    });
    // A letter with an addressee block greets that addressee, not the membership at large.
    s.push_str(&match (to, nl) {
        (Some(to), true) => format!("Beste {},\n\n", to.name),
        (Some(to), false) => format!("Dear {},\n\n", to.name),
        (None, true) => "Beste leden,\n\n".to_string(),
        (None, false) => "Dear members,\n\n".to_string(),
    });
    let what = match (m.kind, nl) {
        (Kind::Annual, true) => "de algemene ledenvergadering (jaarvergadering)",
        (Kind::Extraordinary, true) => "een buitengewone algemene ledenvergadering",
        (_, true) => "de algemene ledenvergadering",
        (Kind::Annual, false) => "the annual general meeting",
        (Kind::Extraordinary, false) => "an extraordinary general meeting",
        (_, false) => "the general meeting",
    };
    let at = m
        .location
        .as_deref()
        .map(|p| {
            if nl {
                format!(" in {p}")
            } else {
                format!(" at {p}")
            }
        })
        .unwrap_or_default();
    s.push_str(&if nl {
        format!(
            "Het bestuur nodigt u uit voor {what} op {} om {time}{at}.\n\n",
            day_text(m.date(), l.lang)
        )
    } else {
        format!(
            "The board invites you to {what} on {} at {time}{at}.\n\n",
            day_text(m.date(), l.lang)
        )
    });
    if let Some(first) = m.second_of {
        s.push_str(&if nl {
            format!("Dit is de tweede vergadering na vergadering {first}, waarin het vereiste quorum niet werd bereikt.\n\n")
        } else {
            format!("This is the second meeting after meeting {first}, at which the required quorum was not present.\n\n")
        });
    }
    s.push_str("## Agenda\n\n");
    for i in l.items.iter().filter(|i| i.sent_position.is_some()) {
        let mark = match (i.decides, nl) {
            (Decides::None, _) => "",
            (_, true) => " (ter besluitvorming)",
            (_, false) => " (for decision)",
        };
        // "Notulen (16 april 2026)" for decision reads "(16 april 2026; ter besluitvorming)":
        // one pair of brackets.
        let line = match i.title.strip_suffix(')') {
            Some(open) if !mark.is_empty() && open.contains('(') => {
                format!("{open}; {})", &mark[2..mark.len() - 1])
            }
            _ => format!("{}{mark}", i.title),
        };
        s.push_str(&format!(
            "{}. {line}\n",
            i.sent_position.unwrap_or(i.position),
        ));
        // The letter as sent: a document added after it went out is in a supplement.
        for d in l
            .documents
            .iter()
            .filter(|d| d.item == i.position && !d.late)
        {
            document_line(&mut s, d, l.lang);
        }
    }
    s.push('\n');
    let inspect = l.inspection.unwrap_or(if nl {
        "bij de secretaris"
    } else {
        "with the secretary"
    });
    let amendment = l
        .items
        .iter()
        .any(|i| i.sent_position.is_some() && i.decides == Decides::StatuteAmendment);
    if amendment {
        // The day recorded on the proposal; the latest day the law allows only where none is.
        let from = l.text_open_from.unwrap_or_else(|| {
            m.date()
                .checked_sub_days(chrono::Days::new(
                    l.rules.inspection_days_statute_amendment.into(),
                ))
                .unwrap_or(m.date())
        });
        s.push_str(&if nl {
            format!(
                "De vergadering wordt voorgesteld de statuten te wijzigen. Het voorstel, met de letterlijke tekst van de wijziging, ligt van {} tot en met de dag van de vergadering ter inzage {inspect}.\n\n",
                day_text(from, l.lang)
            )
        } else {
            format!(
                "The meeting will be asked to amend the statutes. The proposal, with the verbatim text of the amendment, is open for inspection {inspect} from {} until the end of the day of the meeting.\n\n",
                day_text(from, l.lang)
            )
        });
    }
    s.push_str(&if nl {
        format!("De stukken voor de vergadering liggen ter inzage {inspect}.\n\n")
    } else {
        format!("The documents for the meeting are open for inspection {inspect}.\n\n")
    });
    board_election(l, &mut s);
    s.push_str(if nl {
        "## Volmacht\n\n"
    } else {
        "## Proxy\n\n"
    });
    if !l.rules.proxy_allowed {
        s.push_str(if nl {
            "De statuten staan stemmen bij volmacht niet toe.\n\n"
        } else {
            "The statutes do not allow voting by proxy.\n\n"
        });
    } else {
        let limit = match (l.rules.max_proxies_per_holder, nl) {
            (Count::Unlimited, true) => String::new(),
            (Count::AtMost(n), true) => format!(
                " Een lid kan ten hoogste {} {} uitoefenen.",
                number_nl(n),
                plural(u64::from(n), "volmacht", "volmachten")
            ),
            (Count::Unlimited, false) => String::new(),
            (Count::AtMost(n), false) => format!(
                " One member may hold at most {n} {}.",
                plural(u64::from(n), "proxy", "proxies")
            ),
        };
        s.push_str(&if nl {
            format!("Kunt u niet aanwezig zijn, dan kunt u een ander stemgerechtigd lid schriftelijk (ook per e-mail) machtigen om namens u te stemmen.{limit} De volmacht moet uiterlijk bij de aanvang van de vergadering bij de secretaris zijn.\n\n")
        } else {
            format!("If you cannot attend, you may authorise another member with a vote, in writing (e-mail counts), to vote on your behalf.{limit} The proxy must reach the secretary before the meeting starts.\n\n")
        });
    }
    closing(&mut s, l);
    s
}

fn document_line(s: &mut String, d: &crate::domain::meeting::document::Document, lang: Lang) {
    let doc = if lang == Lang::Nl { "Stuk" } else { "Document" };
    s.push_str(&format!(
        "   - {doc}: {}, {}\n",
        d.title,
        document_place(d, lang)
    ));
}

/// The supplement (aanvulling) to a convocation sent on `convened_on`: the documents added after
/// it (`l.documents`, all late), under their agenda items, sent separately on `l.sent`, so that
/// the letter itself stays as it was sent.
pub fn supplement(l: &Letter<'_>, convened_on: NaiveDate) -> String {
    let m = l.meeting;
    let nl = l.lang == Lang::Nl;
    let mut s = format!("# {}\n\n", l.association);
    let when = date_text(l.sent, l.lang);
    s.push_str(&match l.place {
        Some(p) => format!("{p}, {when}\n\n"),
        None => format!("{when}\n\n"),
    });
    s.push_str(&if nl {
        format!(
            "## Aanvulling op de oproeping\n\nBeste leden,\n\nOp {} ontving u de oproeping voor de vergadering ‘{}’ op {}. Na het versturen daarvan zijn de volgende stukken toegevoegd. Zij liggen ter inzage zoals hieronder staat; u had er minder tijd voor dan voor de stukken bij de oproeping.\n\n",
            day_text(convened_on, l.lang),
            m.title,
            day_text(m.date(), l.lang)
        )
    } else {
        format!(
            "## Supplement to the convocation\n\nDear members,\n\nOn {} you received the convocation of the meeting ‘{}’ on {}. Since it was sent, the documents below have been added. They can be read as stated; you had less time for them than for the documents sent with the convocation.\n\n",
            day_text(convened_on, l.lang),
            m.title,
            day_text(m.date(), l.lang)
        )
    });
    for i in l.items {
        let docs: Vec<_> = l
            .documents
            .iter()
            .filter(|d| d.item == i.position)
            .collect();
        if docs.is_empty() {
            continue;
        }
        s.push_str(&format!(
            "{}. {}\n",
            i.sent_position.unwrap_or(i.position),
            i.title
        ));
        for d in docs {
            document_line(&mut s, d, l.lang);
        }
    }
    s.push('\n');
    closing(&mut s, l);
    s
}

fn closing(s: &mut String, l: &Letter<'_>) {
    let nl = l.lang == Lang::Nl;
    s.push_str(if nl {
        "Met vriendelijke groet,\nnamens het bestuur,\n\n"
    } else {
        "Yours sincerely,\non behalf of the board,\n\n"
    });
    match l.signed {
        Some(name) => s.push_str(&format!(
            "{name}\n{}\n",
            if nl { "secretaris" } else { "secretary" }
        )),
        None => s.push_str(if nl {
            "de secretaris\n"
        } else {
            "the secretary\n"
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_dates_are_written_out() {
        let d = NaiveDate::from_ymd_opt(2027, 3, 14).unwrap();
        assert_eq!(day_text(d, Lang::Nl), "zondag 14 maart 2027");
        assert_eq!(day_text(d, Lang::En), "Sunday 14 March 2027");
    }
}
