//! Reading on one thread and writing on another. SQLite's cursor and the formatting of rows each
//! take about half of a large export; with two cores they overlap. Values travel in a few batches
//! that go back and forth, so memory stays the same for ten rows or a million, and a value's
//! strings are reused for the rows after it instead of allocated again.

use crate::domain::msg::msg;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

/// Values a batch holds: enough to make the hand-over cheap, few enough to stay small.
const BATCH: usize = 256;
/// Batches in circulation: one being filled, one being written, one waiting.
const IN_FLIGHT: usize = 3;

/// The reading end: `hand_over` takes a value that the writing thread will see, in order.
pub struct Feed<T> {
    full: SyncSender<(Vec<T>, usize)>,
    empty: Receiver<(Vec<T>, usize)>,
    current: Vec<T>,
    filled: usize,
}

/// The writing thread went away (it failed; its error is the one to report).
#[derive(Debug)]
pub struct Closed;

impl<T: Default> Feed<T> {
    /// Swaps `value` into the batch; `value` comes back holding an older value's allocations,
    /// for the caller to overwrite.
    pub fn hand_over(&mut self, value: &mut T) -> Result<(), Closed> {
        std::mem::swap(value, &mut self.current[self.filled]);
        self.filled += 1;
        if self.filled == self.current.len() {
            self.send()?;
        }
        Ok(())
    }

    fn send(&mut self) -> Result<(), Closed> {
        let (next, _) = self.empty.recv().map_err(|_| Closed)?;
        let full = std::mem::replace(&mut self.current, next);
        self.full
            .send((full, std::mem::take(&mut self.filled)))
            .map_err(|_| Closed)
    }

    fn finish(mut self) -> Result<(), Closed> {
        if self.filled > 0 {
            self.send()?;
        }
        Ok(())
    }
}

/// Runs `read` on this thread and `write` on another, `write` seeing every value `read` hands
/// over, in order. An error on either side stops both; the writer's error wins, since a reader
/// stopped by a gone writer has nothing of its own to say.
pub fn pipeline<T, W>(
    read: impl FnOnce(&mut Feed<T>) -> anyhow::Result<()>,
    write: impl FnOnce(&mut dyn FnMut() -> Option<Batch<T>>) -> anyhow::Result<W> + Send,
) -> anyhow::Result<W>
where
    T: Default + Send,
    W: Send,
{
    let (full_tx, full_rx) = sync_channel::<(Vec<T>, usize)>(IN_FLIGHT);
    let (empty_tx, empty_rx) = sync_channel::<(Vec<T>, usize)>(IN_FLIGHT);
    for _ in 1..IN_FLIGHT {
        let batch = (0..BATCH).map(|_| T::default()).collect();
        let _ = empty_tx.send((batch, 0));
    }
    let mut feed = Feed {
        full: full_tx,
        empty: empty_rx,
        current: (0..BATCH).map(|_| T::default()).collect(),
        filled: 0,
    };
    std::thread::scope(|scope| {
        let writer = scope.spawn(move || {
            let mut next = || {
                full_rx.recv().ok().map(|(values, len)| Batch {
                    values: Some(values),
                    len,
                    back: empty_tx.clone(),
                })
            };
            write(&mut next)
        });
        let read_result = read(&mut feed).and_then(|()| feed.finish().map_err(anyhow::Error::from));
        // Dropping the feed (done by `finish`, or here on an error) ends the writer's loop.
        let write_result = writer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        match (read_result, write_result) {
            (_, Err(err)) => Err(err),
            (Err(err), Ok(_)) => Err(err),
            (Ok(()), Ok(value)) => Ok(value),
        }
    })
}

impl From<Closed> for anyhow::Error {
    fn from(_: Closed) -> Self {
        crate::exit::Failed(msg!("pipeline-writer-stopped")).into()
    }
}

/// Values handed over together; dropping the batch sends it back to be filled again.
pub struct Batch<T> {
    values: Option<Vec<T>>,
    len: usize,
    back: SyncSender<(Vec<T>, usize)>,
}

impl<T> Batch<T> {
    pub fn values(&self) -> &[T] {
        &self.values.as_deref().unwrap_or_default()[..self.len]
    }
}

impl<T> Drop for Batch<T> {
    fn drop(&mut self) {
        if let Some(values) = self.values.take() {
            // The reader may be gone already; then nobody needs the batch.
            let _ = self.back.send((values, 0));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_arrives_once_in_order() {
        for n in [0, 1, BATCH - 1, BATCH, BATCH + 1, 10 * BATCH + 7] {
            let seen = pipeline(
                |feed: &mut Feed<usize>| {
                    for i in 0..n {
                        let mut v = i;
                        feed.hand_over(&mut v)?;
                    }
                    Ok(())
                },
                |next| {
                    let mut seen = Vec::new();
                    while let Some(batch) = next() {
                        seen.extend_from_slice(batch.values());
                    }
                    Ok(seen)
                },
            )
            .unwrap();
            assert_eq!(seen, (0..n).collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_failing_writer_stops_the_reader_and_its_error_is_reported() {
        let err = pipeline(
            |feed: &mut Feed<u32>| {
                loop {
                    feed.hand_over(&mut 1)?;
                }
            },
            |next| -> anyhow::Result<()> {
                let _ = next();
                anyhow::bail!("disk full")
            },
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "disk full");
    }

    #[test]
    fn a_failing_reader_reports_its_own_error() {
        let err = pipeline(
            |feed: &mut Feed<u32>| {
                feed.hand_over(&mut 1)?;
                anyhow::bail!("no such table")
            },
            |next| {
                while next().is_some() {}
                Ok(())
            },
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "no such table");
    }
}
