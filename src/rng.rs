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
            counter_mode(seed.as_bytes(), counter, buf);
            Ok(())
        }
        None => {
            drop(seeded);
            from_os(buf)
        }
    }
}

/// The seeded sequence: SHA-256 over the seed and a block counter, from block `counter` on.
fn counter_mode(seed: &[u8], counter: &mut u64, buf: &mut [u8]) {
    for chunk in buf.chunks_mut(32) {
        let mut h = Sha256::new();
        h.update(seed);
        h.update(counter.to_le_bytes());
        *counter += 1;
        chunk.copy_from_slice(&h.finalize()[..chunk.len()]);
    }
}

/// Bytes from the operating system, drawn a page at a time: a bulk import salts every member,
/// and a system call per salt cost more than the salt's use.
fn from_os(buf: &mut [u8]) -> anyhow::Result<()> {
    static POOL: Mutex<(Vec<u8>, usize)> = Mutex::new((Vec::new(), 0));
    const PAGE: usize = 4096;
    let os = |b: &mut [u8]| {
        getrandom::fill(b).map_err(|e| anyhow::anyhow!("no randomness available: {e}"))
    };
    if buf.len() > PAGE / 4 {
        return os(buf);
    }
    let mut pool = POOL.lock().unwrap_or_else(|e| e.into_inner());
    let (bytes, used) = &mut *pool;
    if bytes.len() - *used < buf.len() {
        bytes.resize(PAGE, 0);
        os(bytes)?;
        *used = 0;
    }
    buf.copy_from_slice(&bytes[*used..*used + buf.len()]);
    // What was handed out is not kept.
    bytes[*used..*used + buf.len()].fill(0);
    *used += buf.len();
    Ok(())
}

/// Random bytes for another thread, in a sequence of its own: with `QUORUM_SEED` set, the
/// draws of two threads from `fill` would interleave by chance and the seeded run would no longer
/// repeat, so a stream is seeded once (by one draw, where it is made) and counts on from there.
pub struct Stream {
    /// The stream's seed and the blocks drawn from it; None when drawing from the system.
    seeded: Option<([u8; 32], u64)>,
}

impl Stream {
    pub fn new() -> anyhow::Result<Self> {
        init();
        let seeded = SEEDED.lock().unwrap_or_else(|e| e.into_inner()).is_some();
        if !seeded {
            return Ok(Stream { seeded: None });
        }
        let mut seed = [0u8; 32];
        fill(&mut seed)?;
        Ok(Stream {
            seeded: Some((seed, 0)),
        })
    }

    pub fn fill(&mut self, buf: &mut [u8]) -> anyhow::Result<()> {
        match self.seeded.as_mut() {
            Some((seed, counter)) => {
                counter_mode(seed, counter, buf);
                Ok(())
            }
            None => from_os(buf),
        }
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

    #[test]
    fn a_stream_draws_differ() {
        let mut s = Stream::new().unwrap();
        let (mut a, mut b) = ([0u8; 16], [0u8; 16]);
        s.fill(&mut a).unwrap();
        s.fill(&mut b).unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn the_pool_never_hands_out_the_same_bytes_twice() {
        // Across a refill of the page too: 300 salts of 16 bytes are more than 4 KiB.
        let mut seen = std::collections::HashSet::new();
        for _ in 0..300 {
            let mut salt = [0u8; 16];
            from_os(&mut salt).unwrap();
            assert!(seen.insert(salt), "a salt came twice");
        }
        let mut big = vec![0u8; 2000];
        from_os(&mut big).unwrap();
        assert!(big.iter().any(|&x| x != 0));
    }
}
