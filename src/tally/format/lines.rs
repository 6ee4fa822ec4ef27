//! The lines of a ballot file, read from any `BufRead` into one reused buffer, so that reading a
//! file takes memory for its longest line, not for the whole file.

use std::io::{self, BufRead, Read};

use crate::tally::TallyError;

/// How much of a file is looked at to tell its format and its line ending (the lines begun in it
/// are completed).
pub const PREFIX: u64 = 64 * 1024;

/// Lines split as `str::lines` splits them (`\n`, or `\r\n`), or at each CR alone for old Mac
/// files; numbered from 1.
pub struct Lines<R> {
    reader: R,
    /// The line last read, without its ending; its bytes are reused for the next one.
    text: String,
    line: usize,
    terminator: u8,
}

impl<R: BufRead> Lines<R> {
    pub fn new(reader: R, cr_only: bool) -> Self {
        Lines {
            reader,
            text: String::new(),
            line: 0,
            terminator: if cr_only { b'\r' } else { b'\n' },
        }
    }

    /// How many lines have been read so far (all of them, once `next_line` has said `None`).
    pub fn count(&self) -> usize {
        self.line
    }

    /// Reads the next line into `text`, without its ending; false at the end of the file. Each
    /// line is checked as UTF-8 once, here.
    fn advance(&mut self) -> io::Result<bool> {
        let mut buf = std::mem::take(&mut self.text).into_bytes();
        buf.clear();
        if self.reader.read_until(self.terminator, &mut buf)? == 0 {
            return Ok(false);
        }
        if buf.last() == Some(&self.terminator) {
            buf.pop();
            if self.terminator == b'\n' && buf.last() == Some(&b'\r') {
                buf.pop();
            }
        }
        self.line += 1;
        self.text = String::from_utf8(buf).map_err(|_| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("line {} is not valid UTF-8", self.line),
            )
        })?;
        Ok(true)
    }

    /// The next line and its number, or `None` at the end of the file.
    pub fn next_line(&mut self) -> Option<io::Result<(usize, &str)>> {
        match self.advance() {
            Ok(true) => Some(Ok((self.line, self.text.as_str()))),
            Ok(false) => None,
            Err(err) => Some(Err(err)),
        }
    }

    /// `next_line`, with a failure to read turned into the error a reader returns.
    pub fn try_next(&mut self) -> Result<Option<(usize, &str)>, TallyError> {
        match self.advance() {
            Ok(true) => Ok(Some((self.line, self.text.as_str()))),
            Ok(false) => Ok(None),
            Err(err) => Err(stopped(self.line, &err)),
        }
    }

    /// The next line that is not blank, trimmed, and its number; `None` at the end of the file.
    pub fn next_content(&mut self) -> Option<io::Result<(usize, &str)>> {
        loop {
            match self.advance() {
                Ok(true) if self.text.trim().is_empty() => {}
                Ok(true) => return Some(Ok((self.line, self.text.trim()))),
                Ok(false) => return None,
                Err(err) => return Some(Err(err)),
            }
        }
    }
}

/// A read that failed part way, as the user sees it.
pub fn stopped(after_line: usize, err: &io::Error) -> TallyError {
    TallyError::Io(format!("reading stopped after line {after_line}: {err}"))
}

/// A reader that gives each CR as a line feed, for files whose lines end with CR alone (told from
/// the first 64 KiB): every CR in the file is a line end, and a CRLF further on is two, as when
/// the whole text had its CRs replaced. A CR is never part of a UTF-8 character, so the bytes can
/// be swapped one by one.
pub struct CrAsLf<R>(pub R);

impl<R: Read> Read for CrAsLf<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.0.read(buf)?;
        for byte in &mut buf[..n] {
            if *byte == b'\r' {
                *byte = b'\n';
            }
        }
        Ok(n)
    }
}

/// The start of a file, for detection: up to `PREFIX` bytes and the rest of the line they end in.
/// Returns the bytes read, which the caller puts back in front of the reader.
pub fn prefix(reader: &mut impl BufRead) -> io::Result<Vec<u8>> {
    let mut head = Vec::new();
    reader.by_ref().take(PREFIX).read_to_end(&mut head)?;
    // A file without `\n` in its first 64 KiB may end lines with CR alone: complete that line.
    let end = if head.contains(&b'\n') || !head.contains(&b'\r') {
        b'\n'
    } else {
        b'\r'
    };
    if head.len() as u64 == PREFIX && head.last() != Some(&end) {
        reader.read_until(end, &mut head)?;
    }
    Ok(head)
}

/// A reader that decodes its input from `encoding` to UTF-8 as it goes (for UTF-16 files and
/// Windows-1252 ones), a buffer at a time.
pub struct Decoding<R> {
    inner: R,
    decoder: encoding_rs::Decoder,
    out: Vec<u8>,
    pos: usize,
    done: bool,
}

impl<R: BufRead> Decoding<R> {
    pub fn new(inner: R, encoding: &'static encoding_rs::Encoding) -> Self {
        Decoding {
            inner,
            decoder: encoding.new_decoder_without_bom_handling(),
            out: Vec::new(),
            pos: 0,
            done: false,
        }
    }
}

impl<R: BufRead> Read for Decoding<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.pos == self.out.len() {
            if self.done {
                return Ok(0);
            }
            let input = self.inner.fill_buf()?;
            let last = input.is_empty();
            let room = self
                .decoder
                .max_utf8_buffer_length(input.len())
                .unwrap_or(input.len() * 3 + 16);
            self.out.clear();
            self.out.resize(room, 0);
            self.pos = 0;
            let (_, read, written, _) = self.decoder.decode_to_utf8(input, &mut self.out, last);
            self.out.truncate(written);
            self.inner.consume(read);
            self.done = last;
        }
        let n = buf.len().min(self.out.len() - self.pos);
        buf[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// Whether everything `reader` gives is UTF-8, checked a chunk at a time (a character cut by a
/// chunk's end is carried over to the next).
pub fn is_utf8(mut reader: impl Read) -> io::Result<bool> {
    let mut buf = vec![0u8; 64 * 1024];
    let mut have = 0;
    loop {
        let n = match reader.read(&mut buf[have..]) {
            Ok(n) => n,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        };
        if n == 0 {
            return Ok(have == 0);
        }
        let end = have + n;
        match std::str::from_utf8(&buf[..end]) {
            Ok(_) => have = 0,
            Err(err) if err.error_len().is_some() => return Ok(false),
            Err(err) => {
                let valid = err.valid_up_to();
                buf.copy_within(valid..end, 0);
                have = end - valid;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &[u8], cr_only: bool) -> Vec<(usize, String)> {
        let mut lines = Lines::new(text, cr_only);
        let mut out = Vec::new();
        while let Some(line) = lines.next_line() {
            let (n, l) = line.unwrap();
            out.push((n, l.to_string()));
        }
        out
    }

    fn like_str_lines(text: &str) {
        let want: Vec<(usize, String)> = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.to_string()))
            .collect();
        assert_eq!(all(text.as_bytes(), false), want, "{text:?}");
    }

    #[test]
    fn splits_lines_as_str_lines_does() {
        for text in [
            "",
            "a\nb\n",
            "a\r\nb\r\n",
            "a\nb",
            "a\r\nb",
            "\n\n",
            "a\n\n\nb\n",
            "x\r\ny\nz",
            "\u{feff}3 1\n",
        ] {
            like_str_lines(text);
        }
    }

    #[test]
    fn cr_only_lines() {
        let got = all(b"3 1\r1 1 0\r\r0\r", true);
        let lines: Vec<&str> = got.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(lines, ["3 1", "1 1 0", "", "0"]);
        assert_eq!(all(b"a\rb", true).len(), 2);
    }

    #[test]
    fn skips_blank_lines_and_counts_them() {
        let mut lines = Lines::new(&b"\n  3 1  \n\n \t\n0"[..], false);
        assert_eq!(lines.next_content().unwrap().unwrap(), (2, "3 1"));
        assert_eq!(lines.next_content().unwrap().unwrap(), (5, "0"));
        assert!(lines.next_content().is_none());
        assert_eq!(lines.count(), 5);
    }

    #[test]
    fn the_prefix_ends_at_a_line_end() {
        let line = "1 1 2 3 0\n";
        let text = line.repeat(20_000);
        let mut reader = text.as_bytes();
        let head = prefix(&mut reader).unwrap();
        assert!(head.len() as u64 >= PREFIX);
        assert!(head.ends_with(b"\n"));
        assert_eq!(head.len() + reader.len(), text.len());
        let cr = "1 1 0\r".repeat(20_000);
        let mut reader = cr.as_bytes();
        assert!(prefix(&mut reader).unwrap().ends_with(b"\r"));
    }

    #[test]
    fn decodes_utf16_and_windows_1252_as_a_stream() {
        let text = "3 1\n\"Jöns\"\n".repeat(5000);
        let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let mut out = String::new();
        Decoding::new(std::io::BufReader::new(&utf16[..]), encoding_rs::UTF_16LE)
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, text);
        let mut out = String::new();
        Decoding::new(&b"Jos\xe9\n"[..], encoding_rs::WINDOWS_1252)
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, "José\n");
    }

    #[test]
    fn checks_utf8_across_chunks() {
        let mut text = "a".repeat(64 * 1024 - 1).into_bytes();
        text.extend("é and more".as_bytes());
        assert!(is_utf8(&text[..]).unwrap());
        assert!(!is_utf8(&b"Jos\xe9"[..]).unwrap());
        assert!(!is_utf8(&"é".as_bytes()[..1]).unwrap());
        assert!(is_utf8(&b""[..]).unwrap());
    }
}
