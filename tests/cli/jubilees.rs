//! `member jubilees` and `member birthdays`: the year's jubilees counting every period, and a
//! month's birthdays with the age turned, through the binary.

use crate::common::TestEnv;

fn registry() -> TestEnv {
    let env = TestEnv::new();
    let add = |args: &[&str]| {
        let mut all = vec!["member", "add"];
        all.extend_from_slice(args);
        env.ok(&all);
    };
    add(&[
        "--given-name",
        "Jan",
        "--family-name",
        "Berg",
        "--birth-date",
        "1960-05-12",
        "--joined",
        "2002-03-01",
    ]);
    // 1987-01-01..1996-12-31 and from 1998-01-01: 25 years a year later than without the gap.
    add(&[
        "--family-name",
        "Vos",
        "--birth-date",
        "1952-02-29",
        "--joined",
        "1987-01-01",
    ]);
    env.ok(&["member", "leave", "2", "--date", "1996-12-31"]);
    env.ok(&["member", "rejoin", "2", "--date", "1998-01-01"]);
    add(&[
        "--family-name",
        "Kort",
        "--joined",
        "2014-07-01",
        "--birth-date",
        "1990-05-01",
    ]);
    // Would reach 25 years in 2027, but leaves before.
    add(&[
        "--family-name",
        "Weg",
        "--joined",
        "2002-06-01",
        "--birth-date",
        "1970-05-20",
    ]);
    env.ok(&["member", "leave", "4", "--date", "2026-12-31"]);
    env
}

#[test]
fn jubilees_count_every_period_and_only_members_on_the_day() {
    let env = registry();
    let rows = env.json(&["member", "jubilees", "--year", "2027"]);
    let got: Vec<(String, String, i64)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["date"].as_str().unwrap().to_string(),
                r["years"].as_str().unwrap().to_string(),
                r["number"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("2027-01-01".to_string(), "12.5".to_string(), 3),
            ("2027-03-01".to_string(), "25".to_string(), 1),
        ]
    );
    // Vos: ten years, a gap of one year, then on: 40 years on 1 January 2028.
    let csv = env.ok(&[
        "member", "jubilees", "--year", "2028", "--years", "40", "--format", "csv",
    ]);
    assert_eq!(
        csv,
        "date,years,number,name,category,member_since\n2028-01-01,40,2,Vos,regular,1987-01-01\n"
    );
    let none = env.ok(&["member", "jubilees", "--year", "2030", "--years", "12.5"]);
    assert!(none.is_empty(), "{none}");
    let err = env.fails(&["member", "jubilees", "--years", "12.3"], 2);
    assert!(err.contains("not a whole number of months"), "{err}");
}

#[test]
fn birthdays_of_a_month_with_the_age_turned() {
    let env = registry();
    // Weg (member 4) is still a member in May 2026.
    let csv = env.ok(&["member", "birthdays", "--month", "5", "--format", "csv"]);
    assert_eq!(
        csv,
        "date,age,number,name,birth_date\n2026-05-01,36,3,Kort,1990-05-01\n2026-05-12,66,1,Jan Berg,1960-05-12\n2026-05-20,56,4,Weg,1970-05-20\n"
    );
    // In 2027 Weg has left; a 29 February birthday counts on 28 February.
    let may = env.json(&["member", "birthdays", "--month", "5", "--year", "2027"]);
    assert_eq!(may.as_array().unwrap().len(), 2);
    let feb = env.json(&["member", "birthdays", "--month", "2", "--year", "2027"]);
    assert_eq!(feb[0]["date"], "2027-02-28");
    assert_eq!(feb[0]["age"], 75);
    env.fails(&["member", "birthdays", "--month", "13"], 2);
}
