//! `meeting convene` (notice check, letter, mailing lists) and `meeting ics`.

use crate::domain::msg::msg;
use std::io::Write as _;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use super::date_arg;
use crate::app::Ctx;
use crate::domain::lang::Lang;
use crate::domain::meeting::ics;
use crate::ops::meeting as ops;
use crate::output::export::neutralise;
use crate::output::file::AtomicFile;
use crate::output::meeting_letter::{Letter, mail_merge, render};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Channel {
    Email,
    Post,
    Both,
}

impl Channel {
    fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Post => "post",
            Channel::Both => "both",
        }
    }
}

#[derive(Debug, Args)]
pub struct ConveneArgs {
    /// The meeting (its number)
    pub meeting: i64,
    /// The day the convocation went out [default: today]
    #[arg(long = "on", visible_alias = "sent", value_parser = date_arg)]
    pub sent: Option<NaiveDate>,
    /// Which lists to write for sending: email, post or both
    #[arg(long, value_enum, default_value_t = Channel::Both)]
    pub channel: Channel,
    /// Convene although the notice is too short; the override is journaled
    #[arg(long)]
    pub force: bool,
    /// Write the convocation letter (Markdown) to this file
    #[arg(long, value_name = "FILE")]
    pub letter: Option<PathBuf>,
    /// Language of the letter for this once: nl or en [default: the association's]
    // Typed as the global --lang is: clap keeps one value per id, so a String here would not
    // downcast.
    #[arg(long, value_parser = crate::cli::choices::LangChoice::parser(), ignore_case = true)]
    pub lang: Option<Lang>,
    /// Place of sending, in the letter's heading ("Utrecht, 20 februari 2027")
    #[arg(long)]
    pub place: Option<String>,
    /// Name of the secretary who signs the letter
    #[arg(long)]
    pub signed: Option<String>,
    /// Where the documents can be inspected ("bij de secretaris")
    #[arg(long)]
    pub inspection: Option<String>,
    /// Write members who consented to e-mail (number, name, address) to this CSV file
    #[arg(long, value_name = "FILE")]
    pub mail_list: Option<PathBuf>,
    /// Write the other members with their postal address to this CSV file
    #[arg(long, value_name = "FILE")]
    pub post_list: Option<PathBuf>,
    /// Write one letter per member convened by post, each with its addressee block, to this
    /// Markdown file (the --post-list CSV holds the same fields for a word processor)
    #[arg(long, value_name = "FILE")]
    pub mail_merge: Option<PathBuf>,
}

impl ConveneArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let lang = self.lang;
        let mut store = ctx.open_store()?;
        let changed = ops::convene::convene(
            &mut store,
            &ctx.actor("meeting convene"),
            ops::convene::Convene {
                meeting: self.meeting,
                sent: self.sent,
                today: ctx.clock.today(),
                channel: self.channel.as_str().to_string(),
                force: self.force,
                members: self.mail_list.is_some()
                    || self.post_list.is_some()
                    || self.mail_merge.is_some()
                    || matches!(self.channel, Channel::Email),
            },
        )
        .map_err(super::plan::with_flags)?;
        let c = &changed.value;
        let (m, notice) = (&c.meeting, &c.notice);
        let sent = notice.sent;
        if !c.new {
            ctx.out
                .note_msg(&msg!("meeting-convened-again", meeting = m.id, sent = sent));
        } else {
            if !notice.ok {
                ctx.out.warn_msg(&msg!(
                    "meeting-convened-forced",
                    shortfall = notice.shortfall()
                ));
            }
            ctx.out.outcome_msg(&msg!(
                "meeting-convened",
                meeting = m.id,
                sent = sent,
                given = notice.given,
                key = notice.key,
                required = notice.required
            ));
        }
        let letter = Letter {
            association: &c.association,
            lang: lang.unwrap_or(c.lang),
            meeting: m,
            items: &c.agenda,
            rules: &c.rules,
            sent,
            place: self.place.as_deref(),
            signed: self.signed.as_deref(),
            inspection: self.inspection.as_deref(),
            text_open_from: c.text_open_from,
            retiring: &c.retiring,
            counter_candidates_until: c.counter_candidates_until,
            documents: &c.documents,
            nominees: &c.nominees,
        };
        if let Some(path) = &self.mail_merge {
            let mut f = AtomicFile::create(path)?;
            f.writer()
                .write_all(mail_merge(&letter, &c.letters).as_bytes())?;
            f.commit()?;
            ctx.out.outcome_msg(&msg!(
                "convene-wrote-letters",
                count = c.letters.len(),
                path = path.display().to_string()
            ));
            // A convocation that cannot be delivered leaves a member unconvened (BW 2:15):
            // the secretary must know who, while there is still time to find the address.
            if !c.unaddressed.is_empty() {
                let who: Vec<String> = c
                    .unaddressed
                    .iter()
                    .map(|x| format!("{} {}", x.number, x.data.full_name()))
                    .collect();
                ctx.out.warn_msg(&msg!(
                    "convene-unaddressed",
                    count = who.len(),
                    path = path.display().to_string(),
                    who = who.join(", ")
                ));
            }
        }
        if let Some(path) = &self.letter {
            let text = render(&letter);
            let mut f = AtomicFile::create(path)?;
            f.writer().write_all(text.as_bytes())?;
            f.commit()?;
            ctx.out.outcome_msg(&msg!(
                "convene-wrote-letter",
                path = path.display().to_string()
            ));
        }
        if let Some(path) = &self.mail_list {
            let mut f = AtomicFile::create(path)?;
            let mut w = csv::Writer::from_writer(f.writer());
            w.write_record(["number", "name", "email"])?;
            let mut n = 0;
            for x in &c.by_email {
                w.write_record([
                    x.number.to_string(),
                    neutralise(&x.data.full_name()).into_owned(),
                    x.data.email.clone().unwrap_or_default(),
                ])?;
                n += 1;
            }
            w.flush()?;
            drop(w);
            f.commit()?;
            ctx.out.outcome_msg(&msg!(
                "convene-wrote-mail-list",
                count = n,
                path = path.display().to_string()
            ));
        }
        if let Some(path) = &self.post_list {
            let mut f = AtomicFile::create(path)?;
            let mut w = csv::Writer::from_writer(f.writer());
            w.write_record(["number", "name", "street", "postcode", "city", "country"])?;
            let mut n = 0;
            for x in &c.by_post {
                let d = &x.data;
                let c = |v: &Option<String>| neutralise(v.as_deref().unwrap_or("")).into_owned();
                w.write_record([
                    x.number.to_string(),
                    neutralise(&d.full_name()).into_owned(),
                    c(&d.street),
                    c(&d.postcode),
                    c(&d.city),
                    c(&d.country),
                ])?;
                n += 1;
            }
            w.flush()?;
            drop(w);
            f.commit()?;
            ctx.out.outcome_msg(&msg!(
                "convene-wrote-post-list",
                count = n,
                path = path.display().to_string()
            ));
        }
        // BW 2:41 lid 5: e-mail reaches only the members who consented to it; the others are
        // convened by post, whatever channel was asked for.
        let by_post = c.by_post.len();
        if matches!(self.channel, Channel::Email) && by_post > 0 {
            ctx.out.warn_msg(&match &self.post_list {
                Some(p) => msg!(
                    "convene-by-post-listed",
                    count = by_post,
                    path = p.display().to_string()
                ),
                None => msg!("convene-by-post", count = by_post),
            });
        }
        let shown = |p: &Option<PathBuf>| p.as_ref().map(|p| p.display().to_string());
        let value = Convened {
            meeting: m.id,
            sent: sent.to_string(),
            convened_now: c.new,
            notice_given: notice.given,
            notice_required: notice.required,
            notice_key: notice.key,
            notice_ok: notice.ok,
            letter: shown(&self.letter),
            mail_list: shown(&self.mail_list),
            post_list: shown(&self.post_list),
            mail_merge: shown(&self.mail_merge),
            without_address: c
                .unaddressed
                .iter()
                .map(|x| Unaddressed {
                    member: x.number,
                    name: x.data.full_name(),
                })
                .collect(),
            board_seats_open: c.retiring.len(),
            counter_candidates_until: c.counter_candidates_until.map(|d| d.to_string()),
        };
        crate::cli::report(ctx, "meeting convene", changed.map(|_| value))
    }
}

/// A convocation as `meeting convene` recorded it: the notice given against the rule that sets
/// it, and the documents written.
#[derive(Debug, serde::Serialize)]
struct Convened {
    meeting: i64,
    sent: String,
    convened_now: bool,
    notice_given: i64,
    notice_required: u32,
    notice_key: &'static str,
    notice_ok: bool,
    letter: Option<String>,
    mail_list: Option<String>,
    post_list: Option<String>,
    mail_merge: Option<String>,
    /// Members to be convened by post without a postal address: they got no letter.
    without_address: Vec<Unaddressed>,
    board_seats_open: usize,
    counter_candidates_until: Option<String>,
}

#[derive(Debug, serde::Serialize)]
struct Unaddressed {
    member: i64,
    name: String,
}

/// `meeting ics` as JSON: the iCalendar text as a value.
#[derive(Debug, serde::Serialize)]
struct Ics {
    meeting: i64,
    ics: String,
}

pub fn ics(ctx: &mut Ctx, id: i64) -> anyhow::Result<()> {
    let (m, name, items) = ops::ics::ics(&mut ctx.open_store()?, id)?;
    let mut description = String::from("Agenda:\n");
    for i in &items {
        description.push_str(&format!("{}. {}\n", i.position, i.title));
    }
    let slug: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    let text = ics::render(&ics::Event {
        uid: format!(
            "meeting-{}-{}@{}.quorum",
            m.id,
            m.created_at.replace([':', '-'], ""),
            if slug.is_empty() {
                "association"
            } else {
                &slug
            }
        ),
        stamp: ctx.clock.now(),
        starts: m.starts_at,
        ends: m
            .ends_at
            .map_or_else(|| ics::default_end(m.starts_at), |e| m.date().and_time(e)),
        summary: &format!("{name}: {}", m.title),
        location: m.location.as_deref(),
        description: description.trim_end(),
    });
    match ctx.out.format {
        // Scripts get the event text as a value; everything else prints the iCalendar itself.
        crate::output::Format::Json => ctx.out.record(&Ics {
            meeting: m.id,
            ics: text,
        }),
        _ => ctx.out.text(&text),
    }
}
