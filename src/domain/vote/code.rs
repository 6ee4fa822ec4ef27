//! Secret ballot codes: random, single-use, easy to read aloud and to type, with a check
//! character so that a typo is caught as "mistyped" before any lookup.
//!
//! A code is 11 random characters and one check character from a 31-letter alphabet without the
//! look-alikes 0/O and 1/I/L, written in three groups of four: `K7QM-3XRT-9PWC`. That is
//! 11 × log2(31) ≈ 54.5 bits. Because 31 is prime, the check "Σ position × value ≡ 0 (mod 31)"
//! with positions 1..=12 catches every single wrong character and every swap of two neighbours.
//! The database keeps only `hash(salt, code)` with a salt of the vote, never the code.
//! Pure: the random bytes come in from the caller (`crate::rng`).

use std::fmt;

use sha2::{Digest as _, Sha256};

/// The characters of a code: digits 2–9 and A–Z without I, L and O.
pub const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// Random characters in a code.
pub const RANDOM_LEN: usize = 11;
/// Characters in a code, check character included.
pub const LEN: usize = RANDOM_LEN + 1;
const GROUP: usize = 4;
const M: u32 = ALPHABET.len() as u32;

/// What a set of codes is for: a secret-ballot vote, or one round of an election. Each has its
/// own salt, codes and record of who received how many; a code is looked up in its own set only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodesFor {
    Vote(i64),
    Round { election: i64, round: i64 },
}

/// A code as looked up in its set: unknown there, or known and used or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeState {
    Unknown,
    Unused,
    Used,
}

/// A well-formed code (its check character is right), in the normal form without dashes.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code([u8; LEN]);

/// Why typed text is not a code. Each is a typo to correct, found before any lookup.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Mistyped {
    #[error("a ballot code has {LEN} characters (dashes and spaces aside), this has {0}")]
    Length(usize),
    #[error("'{0}' does not occur in ballot codes (they use 2-9 and A-Z without I, L and O)")]
    Character(char),
    #[error("the check character does not match: a character is mistyped")]
    Check,
}

fn value(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == c).map(|p| p as u32)
}

/// The weighted sum of the values, position 1 first, modulo 31.
fn weighted(values: impl Iterator<Item = u32>) -> u32 {
    values
        .zip(1u32..)
        .fold(0, |acc, (v, pos)| (acc + pos * v) % M)
}

/// The inverse of the check position (12) modulo 31: 12 × 13 = 156 = 5 × 31 + 1.
const CHECK_POS_INVERSE: u32 = 13;
const _: () = assert!((LEN as u32 * CHECK_POS_INVERSE) % M == 1);

impl Code {
    /// A code from random bytes: each byte below 248 (8 × 31) gives one character, so every
    /// character is equally likely; others are skipped. Returns None when `random` runs out
    /// before 11 characters (the caller draws more).
    pub fn from_random(random: &[u8]) -> Option<Code> {
        let limit = (256 / M * M) as u8;
        let mut chars = [0u8; LEN];
        let mut n = 0;
        for &b in random.iter().filter(|&&b| b < limit) {
            if n == RANDOM_LEN {
                break;
            }
            chars[n] = ALPHABET[(u32::from(b) % M) as usize];
            n += 1;
        }
        if n < RANDOM_LEN {
            return None;
        }
        let s = weighted(chars[..RANDOM_LEN].iter().map(|&c| value(c).unwrap_or(0)));
        // Choose the check value v with s + 12 v ≡ 0 (mod 31).
        let check = ((M - s) % M * CHECK_POS_INVERSE) % M;
        chars[RANDOM_LEN] = ALPHABET[check as usize];
        Some(Code(chars))
    }

    /// Reads typed text: case, spaces and dashes do not matter.
    pub fn parse(text: &str) -> Result<Code, Mistyped> {
        let mut chars = Vec::with_capacity(LEN);
        for c in text.chars() {
            if c == '-' || c.is_whitespace() {
                continue;
            }
            let u = c.to_ascii_uppercase();
            if !u.is_ascii() || value(u as u8).is_none() {
                return Err(Mistyped::Character(c));
            }
            chars.push(u as u8);
        }
        let arr: [u8; LEN] = chars
            .as_slice()
            .try_into()
            .map_err(|_| Mistyped::Length(chars.len()))?;
        if weighted(arr.iter().map(|&c| value(c).unwrap_or(0))) != 0 {
            return Err(Mistyped::Check);
        }
        Ok(Code(arr))
    }

    /// The normal form: twelve characters, no dashes.
    pub fn normal(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// The stored form: SHA-256 of the vote's salt, a separator and the normal form, as hex.
    pub fn hash(&self, salt: &str) -> String {
        let mut h = Sha256::new();
        h.update(salt.as_bytes());
        h.update(b"\0");
        h.update(self.0);
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// Grouped for printing and reading aloud: `K7QM-3XRT-9PWC`.
impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, group) in self.0.chunks(GROUP).enumerate() {
            if i > 0 {
                f.write_str("-")?;
            }
            f.write_str(std::str::from_utf8(group).unwrap_or_default())?;
        }
        Ok(())
    }
}

/// Never the code itself in logs or debug output.
impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Code(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn code(seed: u8) -> Code {
        let bytes: Vec<u8> = (0..64u8)
            .map(|i| i.wrapping_mul(37).wrapping_add(seed))
            .collect();
        Code::from_random(&bytes).unwrap()
    }

    #[test]
    fn alphabet_has_no_look_alikes_and_a_prime_size() {
        for c in b"01OIL" {
            assert!(!ALPHABET.contains(c), "{}", *c as char);
        }
        let mut sorted = ALPHABET.to_vec();
        sorted.dedup();
        assert_eq!(sorted.len(), 31);
        // ≥ 50 bits of entropy: 31^11 > 2^50.
        assert!(31u128.pow(RANDOM_LEN as u32) > 1u128 << 50);
    }

    #[test]
    fn shows_three_groups_and_reads_back_in_any_case_and_spacing() {
        let c = code(3);
        let shown = c.to_string();
        assert_eq!(shown.len(), 14);
        assert_eq!(shown.matches('-').count(), 2);
        assert_eq!(Code::parse(&shown), Ok(c.clone()));
        let sloppy = format!(" {} ", shown.to_lowercase().replace('-', " - "));
        assert_eq!(Code::parse(&sloppy), Ok(c.clone()));
        assert_eq!(Code::parse(c.normal()), Ok(c));
        assert!(!format!("{:?}", code(3)).contains(code(3).normal()));
    }

    #[test]
    fn says_what_is_mistyped() {
        let c = code(9).normal().to_string();
        assert_eq!(Code::parse(&c[..11]), Err(Mistyped::Length(11)));
        assert_eq!(Code::parse(&format!("{c}2")), Err(Mistyped::Length(13)));
        let with_o = format!("O{}", &c[1..]);
        assert_eq!(Code::parse(&with_o), Err(Mistyped::Character('O')));
        assert_eq!(Code::parse(""), Err(Mistyped::Length(0)));
        assert!(Mistyped::Check.to_string().contains("mistyped"));
    }

    #[test]
    fn skips_bytes_that_would_bias_and_needs_enough() {
        assert_eq!(Code::from_random(&[255; 40]), None);
        assert_eq!(Code::from_random(&[1; 10]), None);
        let mut bytes = vec![250u8; 5];
        bytes.extend([0u8; 11]);
        assert_eq!(
            Code::from_random(&bytes).unwrap().normal()[..11],
            *"22222222222"
        );
    }

    #[test]
    fn hash_depends_on_salt_and_code_not_on_spelling() {
        let c = code(5);
        let typed = Code::parse(&c.to_string().to_lowercase()).unwrap();
        assert_eq!(c.hash("s1"), typed.hash("s1"));
        assert_ne!(c.hash("s1"), c.hash("s2"));
        assert_ne!(c.hash("s1"), code(6).hash("s1"));
        assert_eq!(c.hash("s1").len(), 64);
        assert!(!c.hash("s1").contains(&c.normal().to_lowercase()));
    }

    proptest! {
        #[test]
        fn every_generated_code_checks_and_round_trips(bytes in proptest::collection::vec(0u8..248, 11..40)) {
            let c = Code::from_random(&bytes).unwrap();
            prop_assert_eq!(Code::parse(&c.to_string()), Ok(c.clone()));
            prop_assert_eq!(Code::parse(&c.to_string().to_lowercase().replace('-', " ")), Ok(c));
        }

        #[test]
        fn every_single_character_typo_is_caught(
            bytes in proptest::collection::vec(0u8..248, 11..20),
            pos in 0usize..LEN,
            other in 0usize..31,
        ) {
            let c = Code::from_random(&bytes).unwrap();
            let mut typed = c.normal().as_bytes().to_vec();
            prop_assume!(typed[pos] != ALPHABET[other]);
            typed[pos] = ALPHABET[other];
            let typed = String::from_utf8(typed).unwrap();
            prop_assert_eq!(Code::parse(&typed), Err(Mistyped::Check));
        }

        #[test]
        fn every_swap_of_neighbours_is_caught(
            bytes in proptest::collection::vec(0u8..248, 11..20),
            pos in 0usize..LEN - 1,
        ) {
            let c = Code::from_random(&bytes).unwrap();
            let mut typed = c.normal().as_bytes().to_vec();
            prop_assume!(typed[pos] != typed[pos + 1]);
            typed.swap(pos, pos + 1);
            let typed = String::from_utf8(typed).unwrap();
            prop_assert_eq!(Code::parse(&typed), Err(Mistyped::Check));
        }
    }

    #[test]
    fn every_single_character_typo_of_one_code_exhaustively() {
        let c = code(11);
        for pos in 0..LEN {
            for &a in ALPHABET {
                let mut typed = c.normal().as_bytes().to_vec();
                if typed[pos] == a {
                    continue;
                }
                typed[pos] = a;
                let typed = String::from_utf8(typed).unwrap();
                assert_eq!(Code::parse(&typed), Err(Mistyped::Check), "{typed}");
            }
        }
    }
}
