//! The only source of randomness, as `clock.rs` is the only reader of the time. `QUORUM_SEED`
//! (any text) makes it a fixed sequence, so that tests, README transcripts and demos are
//! reproducible; otherwise it draws from the operating system. Journal salts and tally lots draw
//! from it, and secret ballot codes will too.
//!
//! The seeded sequence is SHA-256 in counter mode over the seed: deterministic, and as hard to
//! predict as the seed is to guess. A seed must never be set in real use.

use std::sync::Mutex;

use sha2::{Digest as _, Sha256};

/// Seeded state: (seed, blocks drawn so far). None when drawing from the operating system.
static SEEDED: Mutex<Option<(String, u64)>> = Mutex::new(None);
static INIT: std::sync::Once = std::sync::Once::new();

fn init() {
    INIT.call_once(|| {
        if let Ok(seed) = std::env::var("QUORUM_SEED")
            && !seed.is_empty()
        {
            *SEEDED.lock().unwrap_or_else(|e| e.into_inner()) = Some((seed, 0));
        }
    });
}

/// Fills `buf` with random bytes.
pub fn fill(buf: &mut [u8]) -> anyhow::Result<()> {
    init();
    let mut seeded = SEEDED.lock().unwrap_or_else(|e| e.into_inner());
    match seeded.as_mut() {
        Some((seed, counter)) => {
            for chunk in buf.chunks_mut(32) {
                let mut h = Sha256::new();
                h.update(seed.as_bytes());
                h.update(counter.to_le_bytes());
                *counter += 1;
                chunk.copy_from_slice(&h.finalize()[..chunk.len()]);
            }
            Ok(())
        }
        None => getrandom::fill(buf).map_err(|e| anyhow::anyhow!("no randomness available: {e}")),
    }
}

/// A random u64.
pub fn next_u64() -> anyhow::Result<u64> {
    let mut b = [0u8; 8];
    fill(&mut b)?;
    Ok(u64::from_le_bytes(b))
}

/// `n` random bytes as lowercase hex (salts, codes).
pub fn hex(n: usize) -> anyhow::Result<String> {
    let mut b = vec![0u8; n];
    fill(&mut b)?;
    Ok(crate::domain::journal::hex(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_differ_and_have_the_asked_length() {
        let a = hex(16).unwrap();
        let b = hex(16).unwrap();
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
        let mut long = [0u8; 70];
        fill(&mut long).unwrap();
        assert!(long[40..].iter().any(|&x| x != 0));
    }
}
