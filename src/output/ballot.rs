//! Secret ballot papers: the codes as CSV (one a line, no names) and as printable HTML slips
//! with the question and the choices, in the association's language.

use std::io::Write;

use super::html;
use crate::domain::lang::Lang;
use crate::domain::vote::code::Code;

/// The two sheets of a set of secret codes: the codes as CSV (for the tellers' records, no
/// names) and one printable paper per code. A vote's paper names the proposal and its choices,
/// an election round's the candidates and how to cast.
pub trait CodeSheet {
    fn codes_csv(&self, w: &mut dyn Write, codes: &[Code]) -> anyhow::Result<()>;
    fn slips_html(&self, w: &mut dyn Write, codes: &[Code]) -> anyhow::Result<()>;
}

impl CodeSheet for Paper<'_> {
    fn codes_csv(&self, w: &mut dyn Write, codes: &[Code]) -> anyhow::Result<()> {
        codes_csv(w, self, codes)
    }
    fn slips_html(&self, w: &mut dyn Write, codes: &[Code]) -> anyhow::Result<()> {
        slips_html(w, self, codes)
    }
}

impl CodeSheet for ElectionPaper<'_> {
    fn codes_csv(&self, w: &mut dyn Write, codes: &[Code]) -> anyhow::Result<()> {
        election_codes_csv(w, self, codes)
    }
    fn slips_html(&self, w: &mut dyn Write, codes: &[Code]) -> anyhow::Result<()> {
        election_slips_html(w, self, codes)
    }
}

/// What a ballot paper shows besides its code.
pub struct Paper<'a> {
    pub vote_id: i64,
    pub proposal_id: i64,
    pub title: &'a str,
    pub lang: Lang,
    pub association: &'a str,
    pub meeting: &'a str,
    pub day: chrono::NaiveDate,
    /// A box for abstaining beside the blank one: the rules count the two apart.
    pub abstain: bool,
}

/// `vote,code` then one line per code, in the order given.
fn codes_csv(w: &mut dyn Write, paper: &Paper<'_>, codes: &[Code]) -> anyhow::Result<()> {
    writeln!(w, "vote,code")?;
    for c in codes {
        writeln!(w, "{},{c}", paper.vote_id)?;
    }
    Ok(())
}

struct Words {
    lang: &'static str,
    heading: &'static str,
    proposal: &'static str,
    choices: [&'static str; 3],
    abstain: &'static str,
    how: &'static str,
    how_abstain: &'static str,
    code: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::Nl => Words {
            lang: "nl",
            heading: "Stembiljet",
            proposal: "Voorstel",
            choices: ["Voor", "Tegen", "Blanco"],
            abstain: "Onthouding",
            how: "Kruis één vakje aan. Deze code is geheim en geldt voor één stem. Stemt u met de code, kies dan voor, tegen of blanco.",
            how_abstain: "Kruis één vakje aan. Deze code is geheim en geldt voor één stem. Stemt u met de code, kies dan voor, tegen, blanco of onthouding.",
            code: "Code",
        },
        Lang::En => Words {
            lang: "en",
            heading: "Ballot paper",
            proposal: "Proposal",
            choices: ["For", "Against", "Blank"],
            abstain: "Abstain",
            how: "Tick one box. This code is secret and casts one vote. Voting with the code, choose for, against or blank.",
            how_abstain: "Tick one box. This code is secret and casts one vote. Voting with the code, choose for, against, blank or abstain.",
            code: "Code",
        },
    }
}

/// One slip per code, each on its own printed page section.
fn slips_html(w: &mut dyn Write, paper: &Paper<'_>, codes: &[Code]) -> anyhow::Result<()> {
    let t = words(paper.lang);
    let title = html::escape(paper.title);
    writeln!(
        w,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} — {} {}</title>",
        t.lang, t.heading, t.proposal, paper.proposal_id
    )?;
    writeln!(
        w,
        "<style>\nbody {{ font-family: sans-serif; }}\n.slip {{ border: 1px dashed #444; padding: 1em; margin: 1em 0; page-break-inside: avoid; }}\n.code {{ font-family: monospace; font-size: 1.4em; letter-spacing: 0.1em; }}\n.choice {{ margin-right: 2em; }}\n</style>\n</head>\n<body>"
    )?;
    // Which association, which meeting and which day: a paper found on the floor says where
    // it belongs; the question in the association's words, without internal numbers.
    let whose = format!(
        "{} — {}, {}",
        html::escape(paper.association),
        html::escape(paper.meeting),
        super::meeting_letter::day_text(paper.day, paper.lang)
    );
    let (how, abstain) = if paper.abstain {
        (t.how_abstain, Some(t.abstain))
    } else {
        (t.how, None)
    };
    for c in codes {
        writeln!(
            w,
            "<div class=\"slip\">\n<h2>{}</h2>\n<p>{whose}</p>\n<p>{}: {title}</p>\n<p>{how}</p>",
            t.heading, t.proposal
        )?;
        write!(w, "<p>")?;
        for choice in t.choices.into_iter().chain(abstain) {
            write!(w, "<span class=\"choice\">&#9744; {choice}</span>")?;
        }
        writeln!(
            w,
            "</p>\n<p>{}: <span class=\"code\">{c}</span></p>\n</div>",
            t.code
        )?;
    }
    writeln!(w, "</body>\n</html>")?;
    Ok(())
}

/// What an election's ballot paper shows besides its code.
pub struct ElectionPaper<'a> {
    pub election: i64,
    pub round: i64,
    pub title: &'a str,
    pub lang: Lang,
    /// The names on this round's ballot.
    pub candidates: &'a [String],
    /// How to fill it in ("--choice NAME" …), for the voter.
    pub how: &'a str,
}

/// `election,round,code` then one line per code, in the order given.
fn election_codes_csv(
    w: &mut dyn Write,
    paper: &ElectionPaper<'_>,
    codes: &[Code],
) -> anyhow::Result<()> {
    writeln!(w, "election,round,code")?;
    for c in codes {
        writeln!(w, "{},{},{c}", paper.election, paper.round)?;
    }
    Ok(())
}

/// One slip per code: the election, the round, the candidates and the code.
fn election_slips_html(
    w: &mut dyn Write,
    paper: &ElectionPaper<'_>,
    codes: &[Code],
) -> anyhow::Result<()> {
    let t = words(paper.lang);
    let (election, round, how) = match paper.lang {
        Lang::Nl => (
            "Verkiezing",
            "stemronde",
            "Deze code is geheim en geldt voor één stem in deze stemronde.",
        ),
        Lang::En => (
            "Election",
            "round",
            "This code is secret and casts one ballot in this round.",
        ),
    };
    let title = html::escape(paper.title);
    writeln!(
        w,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} — {election} {} {round} {}</title>",
        t.lang, t.heading, paper.election, paper.round
    )?;
    writeln!(
        w,
        "<style>\nbody {{ font-family: sans-serif; }}\n.slip {{ border: 1px dashed #444; padding: 1em; margin: 1em 0; page-break-inside: avoid; }}\n.code {{ font-family: monospace; font-size: 1.4em; letter-spacing: 0.1em; }}\n</style>\n</head>\n<body>"
    )?;
    for c in codes {
        writeln!(
            w,
            "<div class=\"slip\">\n<h2>{}</h2>\n<p>{election} {}: {title}, {round} {}</p>\n<p>{how} <code>{}</code></p>\n<ul>",
            t.heading,
            paper.election,
            paper.round,
            html::escape(paper.how)
        )?;
        for name in paper.candidates {
            writeln!(w, "<li>{}</li>", html::escape(name))?;
        }
        writeln!(
            w,
            "</ul>\n<p>{}: <span class=\"code\">{c}</span></p>\n</div>",
            t.code
        )?;
    }
    writeln!(w, "</body>\n</html>")?;
    Ok(())
}
