//! The distinct lines of a file, each with the numbers of the lines that hold it, for a reader
//! that can read no line before it has seen them all (a CSV file's separator is chosen by every
//! line). Memory grows with the distinct lines; a run of identical lines costs a few bytes however
//! long it is.

use std::cmp::Reverse;
use std::collections::HashMap;
use std::collections::binary_heap::{BinaryHeap, PeekMut};

use crate::tally::model::Repeats;

#[derive(Default)]
pub struct Distinct {
    index: HashMap<String, usize>,
    /// For each distinct line, in order of first appearance: its first line and the later ones.
    lines: Vec<(usize, Option<Box<Repeats>>)>,
}

/// One line of the file given back by `Distinct::replay`.
pub struct Occurrence<'a> {
    pub line: usize,
    pub text: &'a str,
    /// Which distinct line this is (its rank by first appearance).
    pub index: usize,
    /// Whether no later line holds the same text.
    pub last: bool,
}

impl Distinct {
    /// Records that line `line`, after every line recorded so far, holds `text`; true when no line
    /// before it did.
    pub fn add(&mut self, line: usize, text: &str) -> bool {
        if let Some(&i) = self.index.get(text) {
            let (first, repeats) = &mut self.lines[i];
            match repeats {
                Some(r) => r.push(line),
                // A line of text carries no weight: 1 keeps `Repeats` to its line numbers.
                None => *repeats = Some(Box::new(Repeats::new(*first, 1, line))),
            }
            return false;
        }
        self.index.insert(text.to_string(), self.lines.len());
        self.lines.push((line, None));
        true
    }

    /// How many distinct lines there are.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// Gives every line back in file order, stopping at the first error.
    pub fn replay<E>(self, mut each: impl FnMut(Occurrence<'_>) -> Result<(), E>) -> Result<(), E> {
        let mut texts = vec![String::new(); self.lines.len()];
        for (text, i) in self.index {
            texts[i] = text;
        }
        let mut later: Vec<_> = self
            .lines
            .iter()
            .map(|(_, r)| r.as_ref().map(|r| r.lines()))
            .collect();
        // The next line of each distinct text, smallest first.
        let mut next: BinaryHeap<Reverse<(usize, usize)>> = self
            .lines
            .iter()
            .enumerate()
            .map(|(i, &(first, _))| Reverse((first, i)))
            .collect();
        while let Some(mut top) = next.peek_mut() {
            let Reverse((line, index)) = *top;
            let following = later[index].as_mut().and_then(Iterator::next);
            let last = following.is_none();
            each(Occurrence {
                line,
                text: &texts[index],
                index,
                last,
            })?;
            match following {
                Some(line) => *top = Reverse((line, index)),
                None => {
                    PeekMut::pop(top);
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gives_back_every_line_in_file_order() {
        let text = ["a", "b", "a", "a", "", "b", "c", "a", "", "a"];
        let mut d = Distinct::default();
        let new: Vec<bool> = (1..).zip(text).map(|(n, t)| d.add(n, t)).collect();
        assert_eq!(new.iter().filter(|&&b| b).count(), 4);
        assert_eq!(d.len(), 4);
        let mut back = Vec::new();
        d.replay(|o| {
            back.push((o.line, o.text.to_string(), o.index, o.last));
            Ok::<(), ()>(())
        })
        .unwrap();
        let lines: Vec<&str> = back.iter().map(|(_, t, _, _)| t.as_str()).collect();
        assert_eq!(lines, text);
        assert_eq!(
            back.iter().map(|b| b.0).collect::<Vec<_>>(),
            (1..=10).collect::<Vec<_>>()
        );
        let lasts: Vec<usize> = back.iter().filter(|b| b.3).map(|b| b.0).collect();
        assert_eq!(lasts, [6, 7, 9, 10]);
        assert_eq!(back[6].2, 3);
    }

    #[test]
    fn stops_at_the_first_error() {
        let mut d = Distinct::default();
        for n in 1..=5 {
            d.add(n, if n == 3 { "x" } else { "y" });
        }
        let mut seen = 0;
        let r = d.replay(|o| {
            seen += 1;
            if o.text == "x" { Err(o.line) } else { Ok(()) }
        });
        assert_eq!((r, seen), (Err(3), 3));
    }
}
