//! What `quorum tally` refuses before counting a file, whatever the method: more candidates than a
//! ballot file of people plausibly has (a sign that the file was read in the wrong format, and
//! a count whose time grows fast with the candidates), and more seats than candidates who stand.

use super::TallyError;
use super::method::TallyOptions;
use super::model::Election;

/// The most candidates counted unless `--max-candidates` says more: a large council ward has 15,
/// a Debian vote 10, a board election a handful. Every method counts 200 in well under a second.
pub const MAX_CANDIDATES: usize = 200;

/// Refuses a file with more than `max` candidates, saying how many and how to insist.
pub fn check_candidates(election: &Election, max: usize) -> Result<(), TallyError> {
    let n = election.candidates.len();
    if n <= max {
        return Ok(());
    }
    Err(TallyError::Unsuitable(format!(
        "{} candidates: is this the right format? At most {} are counted; \
         --max-candidates {n} counts this file",
        thousands(n),
        thousands(max)
    )))
}

/// Refuses more seats than candidates who have not withdrawn: no method can fill them, and each
/// would otherwise say so differently (or elect fewer without a word).
pub fn check_seats(election: &Election, opts: &TallyOptions) -> Result<(), TallyError> {
    let seats = opts.seats_for(election);
    let standing = (0..election.candidates.len())
        .filter(|c| !election.withdrawn.contains(c))
        .count();
    if seats <= standing {
        return Ok(());
    }
    Err(TallyError::Unsuitable(format!(
        "{seats} seats to fill but only {standing} candidate{} who {} not withdrawn; \
         give fewer seats with --seats",
        if standing == 1 { "" } else { "s" },
        if standing == 1 { "has" } else { "have" },
    )))
}

/// 2536 as "2,536".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn election(n: usize, withdrawn: &[usize]) -> Election {
        Election {
            candidates: (0..n).map(|c| format!("C{c}")).collect(),
            withdrawn: withdrawn.iter().copied().collect(),
            ..Election::default()
        }
    }

    #[test]
    fn too_many_candidates_are_refused_with_the_number_and_the_flag() {
        assert!(check_candidates(&election(200, &[]), MAX_CANDIDATES).is_ok());
        let err = check_candidates(&election(2536, &[]), MAX_CANDIDATES)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("2,536 candidates"), "{err}");
        assert!(err.contains("--max-candidates 2536"), "{err}");
        assert!(check_candidates(&election(2536, &[]), 3000).is_ok());
    }

    #[test]
    fn seats_beyond_the_standing_candidates_are_refused() {
        let opts = |seats| TallyOptions {
            seats: Some(seats),
            seed: 1,
        };
        assert!(check_seats(&election(3, &[2]), &opts(2)).is_ok());
        let err = check_seats(&election(3, &[2]), &opts(3))
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("3 seats to fill but only 2 candidates"),
            "{err}"
        );
        let mut e = election(1, &[]);
        e.seats = Some(2);
        let err = check_seats(
            &e,
            &TallyOptions {
                seats: None,
                seed: 1,
            },
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("only 1 candidate who has"), "{err}");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(12), "12");
    }
}
