//! The demo association's registry: its categories, rules and members, written into a fresh
//! database, and what the walk-through shows of it.

use std::path::Path;

use chrono::{Datelike as _, NaiveDate};

use crate::domain::category::{Category, defaults};
use crate::domain::journal::Break;
use crate::domain::member::{Member, MemberData, NewMember};
use crate::domain::roll::Selection;
use crate::ops::demo::{CategoryVotes, votes_by_category};
use crate::store::members::MemberFilter;
use crate::store::{Actor, Store};

/// A demo member: number, given, prefix, family, e-mail, city, category, joined, left.
type Seed = (
    i64,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
);

const MEMBERS: &[Seed] = &[
    (
        1,
        "Anna",
        "van der",
        "Berg",
        "anna@vdberg.example",
        "Utrecht",
        "regular",
        "2012-03-01",
        None,
    ),
    (
        2,
        "Émile",
        "",
        "Müller",
        "emile.muller@example.org",
        "Zwolle",
        "regular",
        "2016-09-15",
        None,
    ),
    (
        3,
        "Daan",
        "de",
        "Vries",
        "daan@devries.example",
        "Utrecht",
        "regular",
        "2019-01-10",
        None,
    ),
    (
        4,
        "Fatima",
        "",
        "El Amrani",
        "fatima@example.nl",
        "Amersfoort",
        "regular",
        "2020-05-04",
        None,
    ),
    (
        5,
        "Sanne",
        "",
        "Bakker",
        "sanne.bakker@example.nl",
        "Utrecht",
        "regular",
        "2018-02-20",
        Some("2025-06-30"),
    ),
    (
        6,
        "Kees",
        "",
        "Jansen",
        "kees@jansen.example",
        "Houten",
        "honorary",
        "1998-04-01",
        None,
    ),
    (
        7,
        "Zoë",
        "",
        "Öztürk",
        "zoe.ozturk@example.org",
        "Utrecht",
        "youth",
        "2023-09-01",
        None,
    ),
    (
        8,
        "",
        "",
        "Bewonerscollectief De Wilgen",
        "bestuur@dewilgen.example",
        "Utrecht",
        "collective",
        "2021-01-01",
        None,
    ),
    (
        9,
        "",
        "",
        "Woongroep 't Hofje",
        "post@hofje.example",
        "Nieuwegein",
        "collective",
        "2022-06-01",
        None,
    ),
    (
        10,
        "Pieter",
        "",
        "Visser",
        "p.visser@example.nl",
        "Zeist",
        "regular",
        "2024-11-01",
        None,
    ),
    (
        11,
        "Noor",
        "van",
        "Dijk",
        "noor.vandijk@example.org",
        "Utrecht",
        "supporter",
        "2021-03-15",
        None,
    ),
    (
        12,
        "Joost",
        "ter",
        "Horst",
        "joost@terhorst.example",
        "Bunnik",
        "regular",
        "2015-05-05",
        None,
    ),
];

fn date(s: &str) -> NaiveDate {
    s.parse().expect("demo dates are valid")
}

fn opt(s: &str) -> Option<String> {
    Some(s.to_string()).filter(|s| !s.is_empty())
}

/// Creates the database at `path` and writes the demo association into it.
pub fn create(path: &Path, actor: &Actor, today: NaiveDate) -> anyhow::Result<Store> {
    let mut store = Store::create(path)?;
    store.write(actor, |tx| {
        tx.set_association("Bewonersfederatie De Eendracht (demo)")?;
        for c in defaults() {
            tx.add_category(&c)?;
        }
        tx.add_category(&Category {
            name: "collective".into(),
            is_member: true,
            has_vote: true,
            weight: 3,
            description: Some("Member collective of the federation: three votes".into()),
        })?;
        // The federation's members are collectives; its statutes let the meeting elect
        // persons to the board who are not members themselves (BW 2:37 lid 1).
        let rules = crate::domain::rules::Rules {
            board_members_from_outside: true,
            ..Default::default()
        };
        tx.init_rules_as(date("2010-01-01"), &rules)?;
        for &(number, given, prefix, family, email, city, category, joined, left) in MEMBERS {
            let m = NewMember {
                number: Some(number),
                data: MemberData {
                    given_name: opt(given),
                    name_prefix: opt(prefix),
                    // A collective is an organisation: it sends delegates to the door.
                    family_name: opt(family).filter(|_| category != "collective"),
                    organisation: opt(family).filter(|_| category == "collective"),
                    email: opt(email),
                    city: opt(city),
                    email_consent: Some(date(joined)),
                    ..Default::default()
                },
                category: category.into(),
                joined: date(joined).into(),
                left: None,
                ..Default::default()
            };
            m.validate(today)?;
            tx.add_member(&m, "demo")?;
            if let Some(l) = left {
                tx.leave_member(number, date(l), Some("moved away"))?;
            }
        }
        tx.suspend_member(12, today, None, "contribution unpaid")?;
        Ok(())
    })?;
    Ok(store)
}

/// What the walk-through shows of the registry.
#[derive(Debug)]
pub struct Registry {
    /// The members on `today`.
    pub members: Vec<Member>,
    /// The end of last year, and who was a member then.
    pub year_end: NaiveDate,
    pub then: Vec<Member>,
    pub votes: Vec<CategoryVotes>,
}

pub fn registry(store: &mut Store, today: NaiveDate) -> anyhow::Result<Registry> {
    store.read(|tx| {
        let cats = tx.categories()?;
        let members = tx.list_members(&MemberFilter {
            on: today,
            ..Default::default()
        })?;
        let year_end = NaiveDate::from_ymd_opt(today.year() - 1, 12, 31).expect("a date");
        let then = tx.list_members(&MemberFilter {
            on: year_end,
            status: Selection::Current,
            ..Default::default()
        })?;
        let votes = votes_by_category(tx, &cats, today)?;
        Ok(Registry {
            members,
            year_end,
            then,
            votes,
        })
    })
}

/// The journal's chain, checked: the number of entries, or the first break.
pub fn verify(store: &mut Store) -> anyhow::Result<Result<u64, Break>> {
    store.read(|tx| tx.journal_verify())
}
